"""What kind of file was dropped on the window: an HR extract, an ambassador roster, an ESN usage
export, or a Teams/Zoom attendance report.

Attendance reports are recognised by :func:`esn_desk.core.attendance.parse_report` (their layout is
unlike a table with one header row). Spreadsheets are read only as far as their first 30 rows; the
header row is scored against each import's vocabulary, counting only the columns that set the kinds
apart (an email or an employee ID is in all of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing.fields import HR, ROSTER, USAGE, Vocabulary
from esn_desk.core.importing.readers import open_source
from esn_desk.core.importing.service import HEADER_SEARCH_ROWS

KINDS = ("hr", "roster", "usage", "attendance")
# With their article: French nouns have a gender (« une extraction RH », « un export d’usage »).
KIND_NAMES = {
    "hr": QT_TRANSLATE_NOOP("ImportDetection", "an HR extract"),
    "roster": QT_TRANSLATE_NOOP("ImportDetection", "an ambassador roster"),
    "usage": QT_TRANSLATE_NOOP("ImportDetection", "an ESN usage export"),
    "attendance": QT_TRANSLATE_NOOP("ImportDetection", "a Teams or Zoom attendance report"),
}
_TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}


@dataclass(frozen=True, slots=True)
class Detected:
    """``what`` is one of :data:`KINDS`; ``columns`` the distinctive columns recognised."""

    what: str
    columns: tuple[str, ...] = ()
    report_start: datetime | None = None  # an attendance report's meeting start, when it says

    @property
    def name(self) -> str:
        return translate("ImportDetection", KIND_NAMES[self.what])


def _distinctive(vocabulary: Vocabulary) -> set[str]:
    shared = {f.key for f in HR.fields} & {f.key for f in ROSTER.fields} & {f.key for f in USAGE.fields}
    return {f.key for f in vocabulary.fields} - shared - set(vocabulary.identity)


def _score(headers: list[object], vocabulary: Vocabulary) -> tuple[int, int, tuple[str, ...]]:
    """(distinctive columns, known columns, the distinctive headers) of one row for ``vocabulary``."""
    wanted = _distinctive(vocabulary)
    keys: set[str] = set()
    found: list[str] = []
    for cell in headers:
        if isinstance(cell, str):
            key = vocabulary.match(cell)
            if key is None or key in keys:
                continue
            keys.add(key)
            if key in wanted:
                found.append(cell.strip())
    return len(found), len(keys), tuple(found)


def detect(path: str | Path) -> Detected:
    """The most likely kind of ``path``; :class:`UserError` when it is not a file ESN Desk reads."""
    path = Path(path)
    if path.suffix.lower() in _TEXT_SUFFIXES:
        from esn_desk.core.attendance import parse_report

        try:
            report = parse_report(path)
        except UserError:
            pass  # not a report: read it as a table below
        else:
            return Detected("attendance", report_start=report.started_at)
    source = open_source(path)
    best: Detected | None = None
    best_score = (0, 0)
    for sheet in [s.name for s in source.sheets if s.visible] or [s.name for s in source.sheets]:
        table = source.table(sheet, limit=HEADER_SEARCH_ROWS)
        for _number, row in table.rows:
            for what, vocabulary in (("hr", HR), ("roster", ROSTER), ("usage", USAGE)):
                distinctive, known, columns = _score(list(row), vocabulary)
                # A header row names at least two known columns, as the import itself requires.
                if known >= 2 and distinctive >= 1 and (distinctive, known) > best_score:
                    best, best_score = Detected(what, columns), (distinctive, known)
        if best is not None:
            break  # the first sheet with recognisable columns decides, as the wizard's reading does
    if best is None:
        raise UserError(
            translate(
                "ImportDetection",
                "{file} does not look like an HR extract, an ambassador roster, an ESN usage export or an "
                "attendance report: none of its first {rows} rows names the columns ESN Desk expects. "
                "Choose the kind of import below; the import then lets you pick the header row yourself.",
            ).format(file=path.name, rows=HEADER_SEARCH_ROWS)
        )
    return best
