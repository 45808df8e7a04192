"""Excel exports: the directory, the roster, coverage, the kit, training, and the steering-committee
workbook — formatted, injection-safe, and opened cleanly by Excel and LibreOffice.

Every sheet has a styled header row, a frozen first row, an autofilter and fitted column widths;
dates are real date cells, numbers are numbers, and an "About" sheet says what was exported, when and
with which filters. Sheet names, headers, labels and the values ESN Desk writes itself (statuses, Yes/No)
are in the interface language of the moment (:func:`esn_desk.core.i18n.translate`): the GUI exports in
the language it shows, the CLI in English. Text that came from people or HR files is *always* written as
an inline string: the XML this module writes has no formula element at all, so ``=HYPERLINK(...)``,
``@SUM(A1)``, ``+1`` or ``-1`` stay text, and the control characters XML cannot carry are removed.

Rows are serialised by :class:`_Table` into the sheets of an openpyxl *write-only* workbook. openpyxl
builds one ``Cell`` object and one XML element per cell (about 13 µs a cell here: 7,000 rows/s for the
directory), so the rows are written as ready-made ``<row>`` XML into the sheet's stream instead — about
ten times faster, with memory bounded (inline strings, no shared-strings table). When openpyxl writes
through lxml (no raw access to its stream) the rows go through openpyxl's own cells instead.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.xml import LXML

from esn_desk import __version__
from esn_desk.core import i18n
from esn_desk.core.coverage import DIMENSION_LABELS, total
from esn_desk.core.errors import UserError
from esn_desk.core.excel import HEADER_FILL, HEADER_FONT, spool_privately
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.kit.tracking import item_label
from esn_desk.core.people import COLUMNS as DIRECTORY_COLUMNS
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import (
    PIPELINE,
    RULE_FIELD_WORDS,
    STATUSES,
    privilege_label,
    role_label,
    source_label,
    status_label,
)
from esn_desk.core.store import Store
from esn_desk.core.training import STATUSES as ENROLMENT_STATUSES
from esn_desk.core.training import format_label, kind_label
from esn_desk.core.training import status_label as enrolment_label

KINDS: Final = ("people", "roster", "coverage", "training", "kit", "report")
# The kind in the default file name, in the interface language ("ESN-Desk_ambassadeurs_2026-11-25.xlsx").
_FILE_NAME_KINDS: Final = {
    "people": QT_TRANSLATE_NOOP("Exports", "people"),
    "roster": QT_TRANSLATE_NOOP("Exports", "roster"),
    "coverage": QT_TRANSLATE_NOOP("Exports", "coverage"),
    "training": QT_TRANSLATE_NOOP("Exports", "training"),
    "kit": QT_TRANSLATE_NOOP("Exports", "kit"),
    "report": QT_TRANSLATE_NOOP("Exports", "report"),
}
# Short month names for the report's month column ("Nov 2026"); the core has no QLocale.
_MONTHS: Final = (
    QT_TRANSLATE_NOOP("Exports", "Jan"),
    QT_TRANSLATE_NOOP("Exports", "Feb"),
    QT_TRANSLATE_NOOP("Exports", "Mar"),
    QT_TRANSLATE_NOOP("Exports", "Apr"),
    QT_TRANSLATE_NOOP("Exports", "May"),
    QT_TRANSLATE_NOOP("Exports", "Jun"),
    QT_TRANSLATE_NOOP("Exports", "Jul"),
    QT_TRANSLATE_NOOP("Exports", "Aug"),
    QT_TRANSLATE_NOOP("Exports", "Sep"),
    QT_TRANSLATE_NOOP("Exports", "Oct"),
    QT_TRANSLATE_NOOP("Exports", "Nov"),
    QT_TRANSLATE_NOOP("Exports", "Dec"),
)
_LONG_MONTHS: Final = (
    QT_TRANSLATE_NOOP("Exports", "January"),
    QT_TRANSLATE_NOOP("Exports", "February"),
    QT_TRANSLATE_NOOP("Exports", "March"),
    QT_TRANSLATE_NOOP("Exports", "April"),
    QT_TRANSLATE_NOOP("Exports", "May"),
    QT_TRANSLATE_NOOP("Exports", "June"),
    QT_TRANSLATE_NOOP("Exports", "July"),
    QT_TRANSLATE_NOOP("Exports", "August"),
    QT_TRANSLATE_NOOP("Exports", "September"),
    QT_TRANSLATE_NOOP("Exports", "October"),
    QT_TRANSLATE_NOOP("Exports", "November"),
    QT_TRANSLATE_NOOP("Exports", "December"),
)

# Column kinds: how a value is written.
TEXT, DATE, DATETIME, INT, NUMBER, PERCENT = "text", "date", "datetime", "int", "number", "percent"
_FORMATS: Final = {
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
    NUMBER: "0.0",
    PERCENT: "0.0%",
}
_EPOCH: Final = date(1899, 12, 30)  # day 0 of Excel's 1900 date system (after its 1900 leap-year bug)
# XML 1.0 cannot carry C0 controls other than tab/LF/CR, nor U+FFFE/U+FFFF: removed, as openpyxl's
# ILLEGAL_CHARACTERS_RE does (plus the two non-characters that make Excel report a damaged file).
_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MIN_WIDTH, _MAX_WIDTH = 6, 60
BATCH: Final = 2000  # rows fetched from SQLite at a time by the streaming exports

# Raw row serialisation needs openpyxl's ElementTree writer (et_xmlfile); tests switch it off to check
# that both paths write the same workbook.
FAST_ROWS = not LXML


def default_file_name(kind: str, today: date | None = None) -> str:
    """``ESN-Desk_roster_2026-11-25.xlsx`` (the kind in the interface language)."""
    shown = translate("Exports", _FILE_NAME_KINDS[kind]) if kind in _FILE_NAME_KINDS else kind
    return f"ESN-Desk_{shown}_{(today or date.today()).isoformat()}.xlsx"


def _t(text: str) -> str:
    """A text of this module's tables (marked with QT_TRANSLATE_NOOP) in the interface language."""
    return translate("Exports", text)


def _titled(columns: Iterable[Col]) -> list[Col]:
    """``columns`` (English titles marked with QT_TRANSLATE_NOOP) with their titles translated."""
    return [Col(_t(c.title), c.kind, c.width) for c in columns]


def _yes_no(value: object) -> str:
    return translate("Exports", "Yes") if value else translate("Exports", "No")


def _decimal(value: float) -> str:
    """``1.5`` → ``1.5`` (``1,5`` in French), ``2.0`` → ``2``."""
    text = f"{value:g}"
    return text.replace(".", ",") if i18n.language() == "fr" else text


def _percent(share: float) -> str:
    """``0.15`` → ``15%`` (``15 %`` in French)."""
    return translate("Exports", "{percent}%").format(percent=i18n.number(share * 100))


def _period(start: str, end: str) -> str:
    return translate("Exports", "{start} to {end}").format(start=start, end=end)


def _long_date(day: date) -> str:
    """``25 November 2026`` (``25 novembre 2026`` in French)."""
    return translate("Exports", "{day} {month} {year}").format(
        day=day.day, month=translate("Exports", _LONG_MONTHS[day.month - 1]), year=day.year
    )


def _month_text(day: date) -> str:
    """``Nov 2026`` (``nov. 2026`` in French)."""
    return translate("Exports", "{month} {year}").format(
        month=translate("Exports", _MONTHS[day.month - 1]), year=day.year
    )


def clean_text(value: object) -> str:
    """Text as a cell may hold it: control characters removed, at most Excel's 32,767 characters."""
    return _ILLEGAL.sub("", str(value))[:32767]


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _as_date(value: object) -> date | datetime | None:
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _serial(value: date | datetime) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        days = (value.date() - _EPOCH).days
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return days + seconds / 86400
    return float((value - _EPOCH).days)


@dataclass(frozen=True)
class Col:
    """A column: its header, the kind of value it holds, and a width to use instead of fitting."""

    title: str
    kind: str = TEXT
    width: float | None = None


def _display_length(value: object, kind: str) -> int:
    if value is None or value == "":
        return 0
    if kind in (DATE,):
        return 10
    if kind == DATETIME:
        return 16
    if kind == PERCENT:
        return 6
    if isinstance(value, float):
        return len(f"{value:.1f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def fitted_widths(columns: Sequence[Col], lengths: Sequence[int]) -> list[float]:
    """Column widths for the longest value of each column (header included), within limits."""
    out = []
    for col, longest in zip(columns, lengths, strict=True):
        if col.width is not None:
            out.append(col.width)
            continue
        # The header carries the autofilter's drop-down button: two characters more.
        wanted = max(longest, len(col.title) + 2) + 2
        out.append(float(min(max(wanted, _MIN_WIDTH), _MAX_WIDTH)))
    return out


class _Table:
    """One sheet of a write-only workbook: header, frozen first row, autofilter, widths, typed rows.

    Widths must be known before the first row (openpyxl writes ``<cols>`` first): give ``widths``, or
    the rows are held until :meth:`close` and fitted to their contents (for small sheets).
    """

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[Col],
        *,
        widths: Sequence[float] | None = None,
        index: int | None = None,
        fast: bool | None = None,
    ) -> None:
        self.ws: Any = wb.create_sheet(title[:31], index)
        self.columns = list(columns)
        self._letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        self._fast = FAST_ROWS if fast is None else fast
        self._widths = list(widths) if widths is not None else None
        self._held: list[Sequence[Any]] | None = None if widths is not None else []
        self._rows: Any = None
        self._xf_write: Callable[[str], Any] | None = None
        self._stream: Any = None
        self.count = 0
        self._styles: dict[str, int] = {}
        self._header_style = 0

    # -- styles --------------------------------------------------------------------------------------
    def _style_id(self, kind: str) -> int:
        if kind not in self._styles:
            cell = WriteOnlyCell(self.ws, value=None)
            if kind in _FORMATS:
                cell.number_format = _FORMATS[kind]
            self._styles[kind] = cell.style_id if kind in _FORMATS else 0
        return self._styles[kind]

    def _header_cell(self, title: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=clean_text(title))
        cell.data_type = "s"
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        return cell

    # -- writing -------------------------------------------------------------------------------------
    def append(self, row: Sequence[Any]) -> None:
        if self._held is not None:
            self._held.append(row)
            return
        self._start()
        self.count += 1
        if self._xf_write is not None:
            self._xf_write(self._row_xml(row, self.count + 1))
        elif self._stream is not None:
            self.ws._writer.write_row(self._stream, self._row_cells(row), self.count + 1)
        else:
            self.ws.append(self._row_cells(row))

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.append(row)

    def _start(self) -> None:
        if self._rows is not None:
            return
        self.ws.freeze_panes = "A2"
        # Printed landscape, one page wide, the header row on every page.
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_title_rows = "1:1"
        for letter, width in zip(self._letters, self._widths or [], strict=False):
            self.ws.column_dimensions[letter].width = width
        header = [self._header_cell(c.title) for c in self.columns]
        for kind in {c.kind for c in self.columns}:
            self._style_id(kind)
        if not self._fast:
            self.ws.append(header)
            self._rows = True
            return
        # The same steps as openpyxl's WriteOnlyWorksheet._write_rows, keeping the stream's writer.
        ws = self.ws
        ws._get_writer()
        stream = ws._writer.xf.send(True)

        def rows() -> Iterator[None]:
            with stream.element("sheetData"):
                try:
                    while True:
                        yield
                except GeneratorExit:
                    pass
            ws._writer.xf.send(None)

        generator = rows()
        next(generator)
        ws._rows = self._rows = generator
        raw = getattr(stream, "_file", None)
        if callable(raw):
            header_style = header[0].style_id if header else 0
            cells = "".join(
                f'<c r="{letter}1" s="{header_style}" t="inlineStr"><is><t>{_xml_escape(str(c.value))}</t>'
                "</is></c>"
                for letter, c in zip(self._letters, header, strict=True)
            )
            raw(f'<row r="1">{cells}</row>')
            self._xf_write = raw
        else:  # not et_xmlfile (lxml): rows go through openpyxl's cells, into the same stream
            ws._writer.write_row(stream, header, 1)
            self._stream = stream

    def _row_xml(self, row: Sequence[Any], number: int) -> str:
        parts = [f'<row r="{number}">']
        for letter, col, value in zip(self._letters, self.columns, row, strict=False):
            if value is None or value == "":
                continue
            kind = col.kind
            ref = f"{letter}{number}"
            if kind == TEXT or (isinstance(value, str) and kind not in (DATE, DATETIME)):
                text = _xml_escape(clean_text(value))
                space = ' xml:space="preserve"' if text != text.strip() else ""
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
                continue
            if kind in (DATE, DATETIME):
                when = _as_date(value)
                if when is None:  # not a date after all: keep what was stored, as text
                    text = _xml_escape(clean_text(value))
                    parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
                    continue
                number_value: float = _serial(when)
                style = self._styles[kind]
                parts.append(f'<c r="{ref}" s="{style}"><v>{number_value!r}</v></c>')
                continue
            if isinstance(value, bool):
                parts.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
                continue
            number_value = float(value)
            if not math.isfinite(number_value):
                continue
            style = self._styles.get(kind, 0)
            shown = str(value) if isinstance(value, int) else repr(number_value)
            parts.append(f'<c r="{ref}"' + (f' s="{style}"' if style else "") + f"><v>{shown}</v></c>")
        parts.append("</row>")
        return "".join(parts)

    def _row_cells(self, row: Sequence[Any]) -> list[WriteOnlyCell | None]:
        cells: list[WriteOnlyCell | None] = []
        for col, value in zip(self.columns, row, strict=False):
            if value is None or value == "":
                cells.append(None)
                continue
            kind = col.kind
            if kind in (DATE, DATETIME):
                when = _as_date(value)
                value = when if when is not None else clean_text(value)
                if isinstance(value, datetime) and value.tzinfo is not None:
                    value = value.replace(tzinfo=None)
            elif kind == TEXT or isinstance(value, str):
                value = clean_text(value)
            elif isinstance(value, float) and not math.isfinite(value):
                cells.append(None)
                continue
            cell = WriteOnlyCell(self.ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif kind in _FORMATS:
                cell.number_format = _FORMATS[kind]
            cells.append(cell)
        return cells

    def close(self) -> None:
        """Write held rows (fitting the widths to them first) and set the autofilter."""
        if self._held is not None:
            held, self._held = self._held, None
            lengths = [0] * len(self.columns)
            for row in held:
                for i, (col, value) in enumerate(zip(self.columns, row, strict=False)):
                    lengths[i] = max(lengths[i], _display_length(value, col.kind))
            self._widths = fitted_widths(self.columns, lengths)
            self._start()
            for row in held:
                self.append(row)
        self._start()
        last = self._letters[-1] if self._letters else "A"
        self.ws.auto_filter.ref = f"A1:{last}{self.count + 1}"


def _new_workbook() -> Workbook:
    spool_privately()  # its sheets stream through temp files in the private folder, not the system's
    return Workbook(write_only=True)


def _table(wb: Workbook, title: str, columns: Sequence[Col], rows: Iterable[Sequence[Any]]) -> _Table:
    table = _Table(wb, title, columns)
    table.extend(rows)
    table.close()
    return table


def _about(wb: Workbook, store: Store, what: str, details: Sequence[tuple[str, Any]]) -> None:
    """The "About" sheet: what this file holds, from which programme, when, with which filters
    (``what`` and ``details`` already in the interface language)."""
    settings = store.settings.load()
    ws: Any = wb.create_sheet(translate("Exports", "About"))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    title = WriteOnlyCell(ws, value=clean_text(f"{settings.programme_name} — {what}"))
    title.data_type = "s"
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([])
    lines: list[tuple[str, Any]] = [
        (translate("Exports", "Programme"), settings.programme_name),
        (translate("Exports", "Organisation"), settings.organisation or "—"),
        (translate("Exports", "Exported on"), datetime.now().replace(microsecond=0)),
        (
            translate("Exports", "Programme file"),
            store.path.name if store.path else translate("Exports", "(in memory)"),
        ),
        *details,
        (translate("Exports", "Written by"), f"ESN Desk {__version__}"),
    ]
    for label, value in lines:
        key = WriteOnlyCell(ws, value=clean_text(label))
        key.data_type = "s"
        key.font = Font(bold=True)
        if isinstance(value, datetime | date):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
            cell.alignment = Alignment(horizontal="left")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            cell = WriteOnlyCell(ws, value=value)
            cell.alignment = Alignment(horizontal="left")
        else:
            cell = WriteOnlyCell(ws, value=clean_text(value))
            cell.data_type = "s"
        ws.append([key, cell])


def _save(wb: Workbook, path: Path) -> Path:
    """Write the workbook beside ``path`` (``.<name>.part``), then rename it over ``path``: an existing
    file is only ever replaced by a complete workbook, even if the process is killed while writing."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(
            translate("Exports", "The folder {folder} does not exist.").format(folder=target.parent)
        )
    part = target.with_name(f".{target.name}.part")
    try:
        try:
            wb.save(part)
            with part.open("rb+") as fh:  # on disk before the rename, so a power cut keeps one or the other
                os.fsync(fh.fileno())
            if target.exists():
                with contextlib.suppress(OSError):
                    shutil.copymode(target, part)  # replacing a file keeps its permissions
            os.replace(part, target)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(
            translate("Exports", "Cannot write {path}: {error}").format(
                path=target, error=exc.strerror or exc
            )
        ) from None
    return target


def _check_folder(path: Path) -> Path:
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(
            translate("Exports", "The folder {folder} does not exist.").format(folder=target.parent)
        )
    return target


# -- people ---------------------------------------------------------------------------------------------
# Titles in English, written in the interface language. The headers are the HR import's own (its
# field labels or synonyms, in either language): the file imports back as an HR extract.
PEOPLE_COLUMNS: Final = (
    ("full_name", Col(QT_TRANSLATE_NOOP("Exports", "Name"))),
    ("employee_id", Col(QT_TRANSLATE_NOOP("Exports", "Employee ID"))),
    ("email", Col(QT_TRANSLATE_NOOP("Exports", "Email"))),
    ("first_name", Col(QT_TRANSLATE_NOOP("Exports", "First name"))),
    ("last_name", Col(QT_TRANSLATE_NOOP("Exports", "Last name"))),
    ("job_title", Col(QT_TRANSLATE_NOOP("Exports", "Job title"))),
    ("department", Col(QT_TRANSLATE_NOOP("Exports", "Department"))),
    ("site", Col(QT_TRANSLATE_NOOP("Exports", "Site"))),
    ("city", Col(QT_TRANSLATE_NOOP("Exports", "City"))),
    ("country", Col(QT_TRANSLATE_NOOP("Exports", "Country"))),
    ("manager_email", Col(QT_TRANSLATE_NOOP("Exports", "Manager email"))),
    ("hire_date", Col(QT_TRANSLATE_NOOP("Exports", "Hire date"), DATE)),
    ("status", Col(QT_TRANSLATE_NOOP("Exports", "Status"))),
    ("left_on", Col(QT_TRANSLATE_NOOP("Exports", "Left on"), DATE)),
)
# A person's status as the people export writes it.
_PERSON_STATUSES: Final = {
    "active": QT_TRANSLATE_NOOP("Exports", "Active"),
    "left": QT_TRANSLATE_NOOP("Exports", "Left the company"),
}
# The directory's status filter as the About sheet shows it (the codes themselves in English).
_STATUS_FILTERS: Final = {
    "active": QT_TRANSLATE_NOOP("Exports", "active"),
    "left": QT_TRANSLATE_NOOP("Exports", "left"),
}
_FILTER_NAMES: Final = {
    "site": QT_TRANSLATE_NOOP("Exports", "Site"),
    "department": QT_TRANSLATE_NOOP("Exports", "Department"),
    "country": QT_TRANSLATE_NOOP("Exports", "Country"),
    "status": QT_TRANSLATE_NOOP("Exports", "Status"),
}


def _query_description(query: DirectoryQuery) -> list[tuple[str, Any]]:
    shown: list[tuple[str, Any]] = []
    if query.text.strip():
        shown.append((translate("Exports", "Search"), query.text.strip()))
    for name in ("site", "department", "country", "status"):
        value = getattr(query, name)
        if value is not None:
            if name == "status" and value in _STATUS_FILTERS:
                value = _t(_STATUS_FILTERS[value])
            shown.append((_t(_FILTER_NAMES[name]), value or translate("Exports", "(not set)")))
    column = DIRECTORY_COLUMNS[query.sort_column] if 0 <= query.sort_column < len(DIRECTORY_COLUMNS) else None
    title = translate("People", column.title if column else DIRECTORY_COLUMNS[0].title)
    order = (
        translate("Exports", "{column}, descending").format(column=title)
        if query.descending
        else translate("Exports", "{column}, ascending").format(column=title)
    )
    return [
        (
            translate("Exports", "Filters"),
            translate("Exports", "none: the whole directory")
            if not shown
            else translate("Exports", "see below"),
        ),
        *shown,
        (translate("Exports", "Sorted by"), order),
    ]


def export_people(store: Store, path: Path, query: DirectoryQuery | None = None) -> int:
    """The directory as the Directory page shows it (search, filters and sort of ``query``); returns
    the number of people written. Streams from SQL in batches: memory stays flat at 100,000 people."""
    query = query or DirectoryQuery()
    target = _check_folder(path)
    where, params = query.where()
    keys = [k for k, _ in PEOPLE_COLUMNS]
    columns = _titled(c for _, c in PEOPLE_COLUMNS)
    wb = _new_workbook()
    with store.db.read() as conn:
        lengths = conn.execute(
            "SELECT " + ", ".join(f"coalesce(max(length({k})), 0)" for k in keys) + f" FROM person{where}",
            params,
        ).fetchone()
        widths = fitted_widths(
            columns,
            [
                10 if c.kind == DATE else min(int(n), _MAX_WIDTH)
                for c, n in zip(columns, lengths, strict=True)
            ],
        )
        table = _Table(wb, translate("Exports", "People"), columns, widths=widths)
        cursor = conn.execute(f"SELECT {', '.join(keys)} FROM person{where}{query.order()}", params)
        status_index = keys.index("status")
        left, active = _t(_PERSON_STATUSES["left"]), _t(_PERSON_STATUSES["active"])
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                break
            for row in batch:
                values = list(row)
                values[status_index] = left if row[status_index] == "left" else active
                table.append(values)
    table.close()
    people = translate("Exports", "People")
    _about(wb, store, people, [*_query_description(query), (people, table.count)])
    _save(wb, target)
    return table.count


# -- roster ---------------------------------------------------------------------------------------------
# The first columns carry the roster import's own headers (importing/fields.py ROSTER), in English or
# in French: the file, edited in Excel, imports back. The other headers match no roster field and are
# ignored by the import. The values the import reads back (role, status, source) are written as the
# interface shows them and the import recognises them in both languages.
ROSTER_COLUMNS: Final = (
    Col(QT_TRANSLATE_NOOP("Exports", "Employee ID")),
    Col(QT_TRANSLATE_NOOP("Exports", "Email")),
    Col(QT_TRANSLATE_NOOP("Exports", "Name")),
    Col(QT_TRANSLATE_NOOP("Exports", "Job title")),
    Col(QT_TRANSLATE_NOOP("Exports", "Site")),
    Col(QT_TRANSLATE_NOOP("Exports", "Department")),
    Col(QT_TRANSLATE_NOOP("Exports", "Country")),
    Col(QT_TRANSLATE_NOOP("Exports", "Role")),
    Col(QT_TRANSLATE_NOOP("Exports", "Status")),
    Col(QT_TRANSLATE_NOOP("Exports", "Source")),
    Col(QT_TRANSLATE_NOOP("Exports", "Applied on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "HR validated on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "HR validated by")),
    Col(QT_TRANSLATE_NOOP("Exports", "Manager confirmed on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Manager confirmed by")),
    Col(QT_TRANSLATE_NOOP("Exports", "Activated on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Objective")),
    Col(QT_TRANSLATE_NOOP("Exports", "Objective target"), NUMBER),
    Col(QT_TRANSLATE_NOOP("Exports", "Objective due"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Privileges")),
    Col(QT_TRANSLATE_NOOP("Exports", "Community member")),
    Col(QT_TRANSLATE_NOOP("Exports", "Trainings attended"), INT),
    Col(QT_TRANSLATE_NOOP("Exports", "Last training"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Kit received")),
    Col(QT_TRANSLATE_NOOP("Exports", "In the company")),
    Col(QT_TRANSLATE_NOOP("Exports", "Notes"), width=40),
)


@dataclass
class _Trainings:
    """Per person: sessions attended (not cancelled) and the day of the last one; per session: who."""

    sessions: list[Any] = field(default_factory=list)
    enrolments: dict[int, list[Any]] = field(default_factory=dict)
    attended: Counter[int] = field(default_factory=Counter)
    last: dict[int, date] = field(default_factory=dict)


def _trainings(store: Store) -> _Trainings:
    out = _Trainings(sessions=store.training.sessions())
    for session in out.sessions:
        out.enrolments[session.id] = store.training.enrolments(session.id)
        if session.cancelled:
            continue
        day = session.starts_at.date()
        for e in out.enrolments[session.id]:
            if e.status == "attended":
                out.attended[e.person_id] += 1
                if day > out.last.get(e.person_id, date.min):
                    out.last[e.person_id] = day
    return out


def _kit_given(store: Store) -> dict[int, list[str]]:
    with store.db.read() as conn:
        rows = conn.execute(
            "SELECT ambassador_id, item FROM kit_item WHERE state = 'given' ORDER BY ambassador_id, item"
        ).fetchall()
    out: dict[int, list[str]] = {}
    for ambassador_id, item in rows:
        out.setdefault(int(ambassador_id), []).append(item_label(item))
    return out


def _privileges(text: str | None) -> str:
    try:
        values = json.loads(text or "[]")
    except ValueError:
        return ""
    return ", ".join(privilege_label(str(v)) for v in values) if isinstance(values, list) else ""


def roster_rows(store: Store) -> list[list[Any]]:
    """The roster export's rows (``ROSTER_COLUMNS`` order), by name."""
    trainings = _trainings(store)
    kit = _kit_given(store)
    with store.db.read() as conn:
        rows = conn.execute(
            "SELECT a.id, a.person_id, p.employee_id, p.email, p.full_name, p.job_title, p.site,"
            " p.department,"
            " p.country, a.role, a.status, a.source, a.applied_on, a.hr_validated_on, a.hr_validated_by,"
            " a.manager_confirmed_on, a.manager_confirmed_by, a.activated_on, a.objective,"
            " a.objective_target, a.objective_due, a.privileges, a.community_member, p.status, a.notes"
            " FROM ambassador a CROSS JOIN person p ON p.id = a.person_id ORDER BY p.sort_key, a.id"
        ).fetchall()
    out = []
    left = translate("Exports", "No: left the company")
    for r in rows:
        (ambassador_id, person_id, employee_id, email, name, job, site, department, country, role, status,
         source, applied, hr_on, hr_by, manager_on, manager_by, activated, objective, target, due,
         privileges, community, person_status, notes) = r  # fmt: skip
        out.append(
            [
                employee_id,
                email,
                name,
                job,
                site,
                department,
                country,
                role_label(role) if role else role,
                status_label(status),
                source_label(source) if source else source,
                applied,
                hr_on,
                hr_by,
                manager_on,
                manager_by,
                activated,
                objective,
                target,
                due,
                _privileges(privileges),
                _yes_no(community),
                trainings.attended.get(person_id, 0),
                trainings.last.get(person_id),
                ", ".join(kit.get(ambassador_id, [])),
                left if person_status == "left" else _yes_no(True),
                notes,
            ]
        )
    return out


def export_roster(store: Store, path: Path) -> int:
    """Ambassadors and candidates with every step of their candidacy; returns the rows written."""
    target = _check_folder(path)
    wb = _new_workbook()
    table = _table(wb, translate("Exports", "Roster"), _titled(ROSTER_COLUMNS), roster_rows(store))
    _about(
        wb,
        store,
        translate("Exports", "Roster"),
        [
            (translate("Exports", "Filters"), translate("Exports", "none: every ambassador and candidate")),
            (translate("Exports", "Rows"), table.count),
            (
                translate("Exports", "Importing back"),
                translate(
                    "Exports",
                    "Edit Role, Status, Source, Applied on, Objective or Notes and import the "
                    "file with Import → Roster: rows are matched on Employee ID (or Email).",
                ),
            ),
        ],
    )
    _save(wb, target)
    return table.count


# -- coverage -------------------------------------------------------------------------------------------
def _coverage_columns(by: str) -> list[Col]:
    """The coverage sheet's columns for dimension ``by`` (site, department, country), translated."""
    return [
        Col(translate("Coverage", DIMENSION_LABELS[by])),
        Col(translate("Exports", "Employees"), INT),
        Col(translate("Exports", "Ambassadors"), INT),
        Col(translate("Exports", "Employees per ambassador"), NUMBER),
        Col(translate("Exports", "Target"), INT),
        Col(translate("Exports", "To recruit"), INT),
        Col(translate("Exports", "Coverage of target"), PERCENT),
        Col(translate("Exports", "Contributors' share"), PERCENT),
        Col(translate("Exports", "Readers' share"), PERCENT),
        Col(translate("Exports", "Tipping point"), PERCENT),
        Col(translate("Exports", "Tipping point reached")),
    ]


def coverage_rows(store: Store, by: str) -> list[list[Any]]:
    """Coverage and adoption of each population of dimension ``by``, largest population first."""
    settings = store.settings.load()
    scope = store.programme.rules().scope()
    adoption = {a.population.lower(): a for a in store.adoption.by_population(by)}
    shares = {k: a.contributors_share for k, a in adoption.items()}
    rows = store.coverage.coverage(by, settings.ambassador_target_per_100, shares or None, scope=scope)
    rows.sort(key=lambda r: (-r.employees, r.population.lower()))
    out = []
    no_usage = translate("Exports", "No usage data")
    for r in rows:
        usage = adoption.get(r.population.lower())
        out.append(
            [
                r.population,
                r.employees,
                r.ambassadors,
                r.employees_per_ambassador,
                r.target_ambassadors,
                r.missing,
                r.coverage,
                usage.contributors_share if usage else None,
                usage.readers_share if usage else None,
                settings.tipping_point,
                _yes_no(usage.reached(settings.tipping_point)) if usage else no_usage,
            ]
        )
    return out


def export_coverage(store: Store, path: Path) -> int:
    """One sheet per site, department and country; returns the number of populations written."""
    target = _check_folder(path)
    settings = store.settings.load()
    wb = _new_workbook()
    written = 0
    for by in ("site", "department", "country"):
        rows = coverage_rows(store, by)
        written += _table(wb, _t(_COVERAGE_SHEETS[by]), _coverage_columns(by), rows).count
    overall = total(store.coverage.coverage("site", settings.ambassador_target_per_100), 0)
    latest = store.adoption.latest()
    _about(
        wb,
        store,
        translate("Exports", "Coverage"),
        [
            (translate("Exports", "Filters"), _scope_text(store)),
            (translate("Exports", "Target"), _target_text(settings.ambassador_target_per_100)),
            (
                translate("Exports", "Tipping point"),
                translate("Exports", "{percent} of employees publishing").format(
                    percent=_percent(settings.tipping_point)
                ),
            ),
            (translate("Exports", "Employees"), overall.employees),
            (translate("Exports", "Active ambassadors"), overall.ambassadors),
            (translate("Exports", "Usage data"), _usage_text(latest)),
        ],
    )
    _save(wb, target)
    return written


_COVERAGE_SHEETS: Final = {
    "site": QT_TRANSLATE_NOOP("Exports", "By site"),
    "department": QT_TRANSLATE_NOOP("Exports", "By department"),
    "country": QT_TRANSLATE_NOOP("Exports", "By country"),
}


def _target_text(per_100: float) -> str:
    return translate("Exports", "{target} ambassadors per 100 employees").format(target=_decimal(per_100))


def _usage_text(latest: Any) -> str:
    return _period(latest.start, latest.end) if latest else translate("Exports", "none imported yet")


def _scope_text(store: Store) -> str:
    scope = store.programme.rules().scope()
    if not scope:
        return translate("Exports", "none: every active employee")
    parts = [
        translate("Exports", "{field} in {values}").format(
            field=translate("Programme", RULE_FIELD_WORDS[k]) if k in RULE_FIELD_WORDS else k,
            values=", ".join(v),
        )
        for k, v in scope.items()
    ]
    separator = "\u202f; " if i18n.language() == "fr" else "; "
    return translate("Exports", "programme scope: {scope}").format(scope=separator.join(parts))


# -- kit ------------------------------------------------------------------------------------------------
KIT_COLUMNS: Final = (
    Col(QT_TRANSLATE_NOOP("Exports", "Name")),
    Col(QT_TRANSLATE_NOOP("Exports", "Employee ID")),
    Col(QT_TRANSLATE_NOOP("Exports", "Email")),
    Col(QT_TRANSLATE_NOOP("Exports", "Site")),
    Col(QT_TRANSLATE_NOOP("Exports", "Department")),
    Col(QT_TRANSLATE_NOOP("Exports", "Role")),
    Col(QT_TRANSLATE_NOOP("Exports", "Status")),
    Col(QT_TRANSLATE_NOOP("Exports", "Item")),
    Col(QT_TRANSLATE_NOOP("Exports", "State")),
    Col(QT_TRANSLATE_NOOP("Exports", "Prepared on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Given on"), DATE),
    Col(QT_TRANSLATE_NOOP("Exports", "Note")),
)
_KIT_STATES: Final = {
    "prepared": QT_TRANSLATE_NOOP("Exports", "Prepared"),
    "given": QT_TRANSLATE_NOOP("Exports", "Given"),
}


def kit_rows(store: Store) -> list[list[Any]]:
    with store.db.read() as conn:
        rows = conn.execute(
            "SELECT p.full_name, p.employee_id, p.email, p.site, p.department, a.role, a.status, k.item,"
            " k.state, k.prepared_on, k.given_on, k.note FROM kit_item k"
            " JOIN ambassador a ON a.id = k.ambassador_id JOIN person p ON p.id = a.person_id"
            " ORDER BY p.sort_key, a.id, k.item"
        ).fetchall()
    return [
        [
            *r[:5],
            role_label(r[5]) if r[5] else r[5],
            status_label(r[6]),
            item_label(r[7]),
            _t(_KIT_STATES[r[8]]) if r[8] in _KIT_STATES else str(r[8]).capitalize(),
            *r[9:],
        ]
        for r in rows
    ]


def export_kit(store: Store, path: Path) -> int:
    """Who was prepared and given which kit item, and when; plus progress per item."""
    target = _check_folder(path)
    wb = _new_workbook()
    table = _table(wb, translate("Exports", "Kit"), _titled(KIT_COLUMNS), kit_rows(store))
    progress = store.kit.progress()
    _table(
        wb,
        translate("Exports", "Progress"),
        [
            Col(translate("Exports", "Item")),
            Col(translate("Exports", "Given"), INT),
            Col(translate("Exports", "Prepared only"), INT),
            Col(translate("Exports", "Active ambassadors"), INT),
            Col(translate("Exports", "Given share"), PERCENT),
        ],
        [
            [
                item_label(item),
                p["given"],
                p["prepared"],
                p["total"],
                p["given"] / p["total"] if p["total"] else None,
            ]
            for item, p in progress.items()
        ],
    )
    _about(
        wb,
        store,
        translate("Exports", "Visibility kit"),
        [
            (translate("Exports", "Filters"), translate("Exports", "none: every ambassador")),
            (translate("Exports", "Rows"), table.count),
        ],
    )
    _save(wb, target)
    return table.count


# -- training -------------------------------------------------------------------------------------------
# Then one column per enrolment status (training.STATUSES), then "Cancelled": see _session_columns().
SESSION_COLUMNS: Final = (
    Col(QT_TRANSLATE_NOOP("Exports", "Title")),
    Col(QT_TRANSLATE_NOOP("Exports", "Kind")),
    Col(QT_TRANSLATE_NOOP("Exports", "Format")),
    Col(QT_TRANSLATE_NOOP("Exports", "Starts"), DATETIME),
    Col(QT_TRANSLATE_NOOP("Exports", "Time zone")),
    Col(QT_TRANSLATE_NOOP("Exports", "Duration (min)"), INT),
    Col(QT_TRANSLATE_NOOP("Exports", "Place")),
    Col(QT_TRANSLATE_NOOP("Exports", "Link")),
    Col(QT_TRANSLATE_NOOP("Exports", "Trainer")),
    Col(QT_TRANSLATE_NOOP("Exports", "Capacity"), INT),
)


def _session_columns() -> list[Col]:
    """The Sessions sheet's columns in the interface language."""
    return [
        *_titled(SESSION_COLUMNS),
        *(Col(enrolment_label(status), INT) for status in ENROLMENT_STATUSES),
        Col(translate("Exports", "Cancelled")),
    ]


def _session_header(session: Any) -> str:
    return f"{session.starts_at:%Y-%m-%d} {session.title}"


def export_training(store: Store, path: Path) -> int:
    """The sessions, and an attendance matrix (a row per person, a column per session); returns the
    number of sessions."""
    target = _check_folder(path)
    data = _trainings(store)
    wb = _new_workbook()
    sessions = _table(
        wb,
        translate("Exports", "Sessions"),
        _session_columns(),
        [
            [
                s.title,
                kind_label(s.kind),
                format_label(s.format),
                s.starts_at,
                s.timezone,
                s.duration_minutes,
                s.place,
                s.link,
                s.trainer,
                s.capacity,
                *(s.counts.get(key, 0) for key in ENROLMENT_STATUSES),
                _yes_no(s.cancelled),
            ]
            for s in data.sessions
        ],
    )
    people: dict[int, Any] = {}
    status: dict[tuple[int, int], str] = {}
    for session in data.sessions:
        for e in data.enrolments[session.id]:
            people.setdefault(e.person_id, e)
            status[(e.person_id, session.id)] = enrolment_label(e.status)
    order = sorted(people.values(), key=lambda e: (e.name.lower(), e.person_id))
    _table(
        wb,
        translate("Exports", "Attendance"),
        [
            Col(translate("Exports", "Name")),
            Col(translate("Exports", "Email")),
            Col(translate("Exports", "Site")),
            Col(translate("Exports", "Role")),
            Col(translate("Exports", "Sessions attended"), INT),
            *(
                Col(
                    translate("Exports", "{session} (cancelled)").format(session=_session_header(s))
                    if s.cancelled
                    else _session_header(s)
                )
                for s in data.sessions
            ),
        ],
        [
            [
                e.name,
                e.email,
                e.site,
                role_label(e.role) if e.role else e.role,
                data.attended.get(e.person_id, 0),
                *(status.get((e.person_id, s.id)) for s in data.sessions),
            ]
            for e in order
        ],
    )
    _about(
        wb,
        store,
        translate("Exports", "Training"),
        [
            (translate("Exports", "Filters"), translate("Exports", "none: every session")),
            (translate("Exports", "Sessions"), sessions.count),
            (translate("Exports", "People enrolled"), len(order)),
        ],
    )
    _save(wb, target)
    return sessions.count


# -- the steering-committee report ---------------------------------------------------------------------
_CHART_SITES: Final = 15


def _month(day: date) -> date:
    return day.replace(day=1)


def _chart_style(chart: Any, title: str, y_title: str, *, percent: bool = False) -> None:
    chart.title = title
    chart.y_axis.title = y_title
    chart.height = 9
    chart.width = 16
    chart.legend.position = "b"
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    if percent:
        chart.y_axis.number_format = "0%"


def export_report(store: Store, path: Path) -> Path:
    """The steering-committee workbook: a Summary sheet with the headline figures and four charts,
    then one sheet per section."""
    target = _check_folder(path)
    settings = store.settings.load()
    today = date.today()
    wb = _new_workbook()
    summary: Any = wb.create_sheet(translate("Exports", "Summary"))

    # Coverage by site (largest sites first: the chart shows the first ones).
    by_site = coverage_rows(store, "site")
    coverage_table = _table(wb, translate("Exports", "Coverage by site"), _coverage_columns("site"), by_site)
    _table(
        wb,
        translate("Exports", "Coverage by department"),
        _coverage_columns("department"),
        coverage_rows(store, "department"),
    )
    # Pipeline.
    counts = store.programme.counts_by_status()
    people = translate("Exports", "People")
    pipeline_table = _table(
        wb,
        translate("Exports", "Pipeline"),
        [Col(translate("Exports", "Stage")), Col(people, INT)],
        [[status_label(s), counts[s]] for s in STATUSES],
    )
    # Adoption by site against the tipping point.
    adoption = sorted(store.adoption.by_population("site"), key=lambda a: (-a.employees, a.population))
    adoption_table = _table(
        wb,
        translate("Exports", "Adoption by site"),
        [
            Col(translate("Coverage", DIMENSION_LABELS["site"])),
            Col(translate("Exports", "Employees"), INT),
            Col(translate("Exports", "Contributors"), INT),
            Col(translate("Exports", "Readers"), INT),
            Col(translate("Exports", "Contributors' share"), PERCENT),
            Col(translate("Exports", "Readers' share"), PERCENT),
            Col(translate("Exports", "Tipping point"), PERCENT),
        ],
        [
            [
                a.population,
                a.employees,
                a.contributors,
                a.readers,
                a.contributors_share,
                a.readers_share,
                settings.tipping_point,
            ]
            for a in adoption
        ],
    )
    # Training per month: sessions held and people trained (attended a session that month).
    data = _trainings(store)
    months: dict[date, tuple[int, set[int]]] = {}
    for s in data.sessions:
        if s.cancelled or s.starts_at.date() > today:
            continue
        held, trained = months.setdefault(_month(s.starts_at.date()), (0, set()))
        trained.update(e.person_id for e in data.enrolments[s.id] if e.status == "attended")
        months[_month(s.starts_at.date())] = (held + 1, trained)
    month_rows = [[_month_text(m), m, held, len(trained)] for m, (held, trained) in sorted(months.items())]
    training_table = _table(
        wb,
        translate("Exports", "Training by month"),
        [
            Col(translate("Exports", "Month")),
            Col(translate("Exports", "Month starting"), DATE),
            Col(translate("Exports", "Sessions held"), INT),
            Col(translate("Exports", "People trained"), INT),
        ],
        month_rows,
    )
    _table(wb, translate("Exports", "Roster"), _titled(ROSTER_COLUMNS), roster_rows(store))

    # Headline figures.
    overall = total(store.coverage.coverage("site", settings.ambassador_target_per_100), 0)
    # The same figure as the dashboard: the target on the whole programme's scope (not a sum of
    # per-site targets, which round up site by site).
    scoped = store.coverage.coverage(
        "site", settings.ambassador_target_per_100, scope=store.programme.rules().scope()
    )
    target_total = total(scoped, settings.ambassador_target_per_100).target_ambassadors
    active = counts["active"]
    in_pipeline = sum(counts[s] for s in PIPELINE)
    latest = store.adoption.latest()
    trained_people = len(data.attended)
    # Printed (or turned into a PDF) on one landscape page, the way a director reads it.
    summary.page_setup.orientation = "landscape"
    summary.page_setup.fitToWidth = 1
    summary.page_setup.fitToHeight = 1
    summary.sheet_properties.pageSetUpPr.fitToPage = True
    summary.column_dimensions["B"].width = 16
    heading = WriteOnlyCell(summary, value=clean_text(settings.programme_name))
    heading.data_type = "s"
    heading.font = Font(bold=True, size=16, color="2F6FDE")
    subtitle = WriteOnlyCell(
        summary,
        value=translate("Exports", "Steering committee report — {date}").format(date=_long_date(today)),
    )
    subtitle.data_type = "s"
    subtitle.font = Font(italic=True, color="555555")
    summary.append([heading])
    summary.append([subtitle])
    summary.append([])
    figures: list[tuple[str, Any, str | None]] = [
        (translate("Exports", "Employees"), overall.employees, None),
        (translate("Exports", "Active ambassadors"), active, None),
        (translate("Exports", "Ambassadors wanted (target)"), target_total, None),
        (
            translate("Exports", "Coverage of the target"),
            active / target_total if target_total else None,
            "0%",
        ),
        (translate("Exports", "Candidates in the pipeline"), in_pipeline, None),
        (translate("Exports", "Sites without an ambassador"), sum(1 for r in by_site if r[2] == 0), None),
        (
            translate("Exports", "Contributors' share (latest usage)"),
            latest.contributors_share if latest else None,
            "0.0%",
        ),
        (translate("Exports", "Tipping point"), settings.tipping_point, "0%"),
        (translate("Exports", "People trained (attended a session)"), trained_people, None),
        (translate("Exports", "Sessions held"), sum(h for _, _, h, _ in month_rows), None),
    ]
    # Wide enough for the longest label (French ones are longer).
    summary.column_dimensions["A"].width = max(34, max(len(label) for label, _, _ in figures) + 2)
    for label, value, number_format in figures:
        key = WriteOnlyCell(summary, value=label)
        key.data_type = "s"
        cell = WriteOnlyCell(summary, value=value if value is not None else "—")
        if isinstance(cell.value, str):
            cell.data_type = "s"
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="right")
        if number_format:
            cell.number_format = number_format
        summary.append([key, cell])

    # Charts (native Excel charts, drawn by Excel and LibreOffice from the section sheets).
    sites = min(len(by_site), _CHART_SITES)
    if sites:
        chart = BarChart()
        chart.type = "col"
        ws = coverage_table.ws
        chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=sites + 1), titles_from_data=True)
        chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=sites + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=sites + 1))
        _chart_style(
            chart, translate("Exports", "Ambassadors vs target, by site"), translate("Exports", "Ambassadors")
        )
        summary.add_chart(chart, "D2")
    if pipeline_table.count:
        chart = BarChart()
        chart.type = "bar"
        ws = pipeline_table.ws
        chart.add_data(
            Reference(ws, min_col=2, min_row=1, max_row=pipeline_table.count + 1), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=pipeline_table.count + 1))
        chart.x_axis.scaling.orientation = "maxMin"  # stages top to bottom, in order
        _chart_style(chart, translate("Exports", "Pipeline by stage"), people)
        chart.legend = None
        summary.add_chart(chart, "M2")
    rows_adoption = min(adoption_table.count, _CHART_SITES)
    if rows_adoption:
        ws = adoption_table.ws
        bars = BarChart()
        bars.type = "col"
        bars.add_data(Reference(ws, min_col=5, min_row=1, max_row=rows_adoption + 1), titles_from_data=True)
        bars.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows_adoption + 1))
        line = LineChart()
        line.add_data(Reference(ws, min_col=7, min_row=1, max_row=rows_adoption + 1), titles_from_data=True)
        line.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows_adoption + 1))
        _chart_style(
            bars,
            translate("Exports", "Contributors' share vs tipping point"),
            translate("Exports", "Share of employees"),
            percent=True,
        )
        bars += line
        summary.add_chart(bars, "D21")
    if training_table.count:
        chart = BarChart()
        chart.type = "col"
        ws = training_table.ws
        chart.add_data(
            Reference(ws, min_col=4, min_row=1, max_row=training_table.count + 1), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=training_table.count + 1))
        _chart_style(chart, translate("Exports", "People trained per month"), people)
        chart.legend = None
        summary.add_chart(chart, "M21")
    notes = []
    if not rows_adoption:
        notes.append(translate("Exports", "No usage data imported yet: adoption is not charted."))
    if not training_table.count:
        notes.append(translate("Exports", "No training session held yet."))
    for note in notes:
        summary.append([])
        cell = WriteOnlyCell(summary, value=note)
        cell.data_type = "s"
        summary.append([cell])

    _about(
        wb,
        store,
        translate("Exports", "Steering committee report"),
        [
            (translate("Exports", "Filters"), _scope_text(store)),
            (translate("Exports", "Target"), _target_text(settings.ambassador_target_per_100)),
            (translate("Exports", "Usage data"), _usage_text(latest)),
        ],
    )
    return _save(wb, target)


EXPORTS: Final[Mapping[str, Callable[[Store, Path], object]]] = {
    "people": export_people,
    "roster": export_roster,
    "coverage": export_coverage,
    "training": export_training,
    "kit": export_kit,
    "report": export_report,
}
