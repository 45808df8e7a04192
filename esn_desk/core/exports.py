"""Excel exports: the directory, the roster, coverage, the kit, training, and the steering-committee
workbook — formatted, injection-safe, and opened cleanly by Excel and LibreOffice.

Every sheet has a styled header row, a frozen first row, an autofilter and fitted column widths;
dates are real date cells, numbers are numbers, and an "About" sheet says what was exported, when and
with which filters. Text that came from people or HR files is *always* written as an inline string:
the XML this module writes has no formula element at all, so ``=HYPERLINK(...)``, ``@SUM(A1)``,
``+1`` or ``-1`` stay text, and the control characters XML cannot carry are removed.

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
from esn_desk.core.coverage import DIMENSION_LABELS, total
from esn_desk.core.errors import UserError
from esn_desk.core.excel import HEADER_FILL, HEADER_FONT, spool_privately
from esn_desk.core.kit.tracking import ITEMS
from esn_desk.core.people import COLUMNS as DIRECTORY_COLUMNS
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import PIPELINE, STATUS_LABELS, STATUSES
from esn_desk.core.store import Store
from esn_desk.core.training import FORMAT_LABELS
from esn_desk.core.training import STATUS_LABELS as ENROLMENT_LABELS

KINDS: Final = ("people", "roster", "coverage", "training", "kit", "report")

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
    """``ESN-Desk_roster_2026-11-25.xlsx``."""
    return f"ESN-Desk_{kind}_{(today or date.today()).isoformat()}.xlsx"


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
    """The "About" sheet: what this file holds, from which programme, when, with which filters."""
    settings = store.settings.load()
    ws: Any = wb.create_sheet("About")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    title = WriteOnlyCell(ws, value=clean_text(f"{settings.programme_name} — {what}"))
    title.data_type = "s"
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([])
    lines: list[tuple[str, Any]] = [
        ("Programme", settings.programme_name),
        ("Organisation", settings.organisation or "—"),
        ("Exported on", datetime.now().replace(microsecond=0)),
        ("Programme file", store.path.name if store.path else "(in memory)"),
        *details,
        ("Written by", f"ESN Desk {__version__}"),
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
        raise UserError(f"The folder {target.parent} does not exist.")
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
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}") from None
    return target


def _check_folder(path: Path) -> Path:
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")
    return target


# -- people ---------------------------------------------------------------------------------------------
PEOPLE_COLUMNS: Final = (
    ("full_name", Col("Name")),
    ("employee_id", Col("Employee ID")),
    ("email", Col("Email")),
    ("first_name", Col("First name")),
    ("last_name", Col("Last name")),
    ("job_title", Col("Job title")),
    ("department", Col("Department")),
    ("site", Col("Site")),
    ("city", Col("City")),
    ("country", Col("Country")),
    ("manager_email", Col("Manager email")),
    ("hire_date", Col("Hire date", DATE)),
    ("status", Col("Status")),
    ("left_on", Col("Left on", DATE)),
)


def _query_description(query: DirectoryQuery) -> list[tuple[str, Any]]:
    shown: list[tuple[str, Any]] = []
    if query.text.strip():
        shown.append(("Search", query.text.strip()))
    for name in ("site", "department", "country", "status"):
        value = getattr(query, name)
        if value is not None:
            shown.append((name.capitalize(), value or "(not set)"))
    column = DIRECTORY_COLUMNS[query.sort_column] if 0 <= query.sort_column < len(DIRECTORY_COLUMNS) else None
    order = f"{column.title if column else 'Name'}, {'descending' if query.descending else 'ascending'}"
    return [
        ("Filters", "none: the whole directory" if not shown else "see below"),
        *shown,
        ("Sorted by", order),
    ]


def export_people(store: Store, path: Path, query: DirectoryQuery | None = None) -> int:
    """The directory as the Directory page shows it (search, filters and sort of ``query``); returns
    the number of people written. Streams from SQL in batches: memory stays flat at 100,000 people."""
    query = query or DirectoryQuery()
    target = _check_folder(path)
    where, params = query.where()
    keys = [k for k, _ in PEOPLE_COLUMNS]
    columns = [c for _, c in PEOPLE_COLUMNS]
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
        table = _Table(wb, "People", columns, widths=widths)
        cursor = conn.execute(f"SELECT {', '.join(keys)} FROM person{where}{query.order()}", params)
        status_index = keys.index("status")
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                break
            for row in batch:
                values = list(row)
                values[status_index] = "Left the company" if row[status_index] == "left" else "Active"
                table.append(values)
    table.close()
    _about(wb, store, "People", [*_query_description(query), ("People", table.count)])
    _save(wb, target)
    return table.count


# -- roster ---------------------------------------------------------------------------------------------
# The first columns carry the roster import's own headers (importing/fields.py ROSTER): the file,
# edited in Excel, imports back. The other headers match no roster field and are ignored by the import.
ROSTER_COLUMNS: Final = (
    Col("Employee ID"),
    Col("Email"),
    Col("Name"),
    Col("Job title"),
    Col("Site"),
    Col("Department"),
    Col("Country"),
    Col("Role"),
    Col("Status"),
    Col("Source"),
    Col("Applied on", DATE),
    Col("HR validated on", DATE),
    Col("HR validated by"),
    Col("Manager confirmed on", DATE),
    Col("Manager confirmed by"),
    Col("Activated on", DATE),
    Col("Objective"),
    Col("Objective target", NUMBER),
    Col("Objective due", DATE),
    Col("Privileges"),
    Col("Community member"),
    Col("Trainings attended", INT),
    Col("Last training", DATE),
    Col("Kit received"),
    Col("In the company"),
    Col("Notes", width=40),
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
        out.setdefault(int(ambassador_id), []).append(ITEMS.get(item, item))
    return out


def _privileges(text: str | None) -> str:
    try:
        values = json.loads(text or "[]")
    except ValueError:
        return ""
    return ", ".join(str(v) for v in values) if isinstance(values, list) else ""


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
                role,
                STATUS_LABELS.get(status, status),
                source,
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
                "Yes" if community else "No",
                trainings.attended.get(person_id, 0),
                trainings.last.get(person_id),
                ", ".join(kit.get(ambassador_id, [])),
                "No: left the company" if person_status == "left" else "Yes",
                notes,
            ]
        )
    return out


def export_roster(store: Store, path: Path) -> int:
    """Ambassadors and candidates with every step of their candidacy; returns the rows written."""
    target = _check_folder(path)
    wb = _new_workbook()
    table = _table(wb, "Roster", ROSTER_COLUMNS, roster_rows(store))
    _about(
        wb,
        store,
        "Roster",
        [
            ("Filters", "none: every ambassador and candidate"),
            ("Rows", table.count),
            (
                "Importing back",
                "Edit Role, Status, Source, Applied on, Objective or Notes and import the "
                "file with Import → Roster: rows are matched on Employee ID (or Email).",
            ),
        ],
    )
    _save(wb, target)
    return table.count


# -- coverage -------------------------------------------------------------------------------------------
def _coverage_columns(label: str) -> list[Col]:
    return [
        Col(label),
        Col("Employees", INT),
        Col("Ambassadors", INT),
        Col("Employees per ambassador", NUMBER),
        Col("Target", INT),
        Col("To recruit", INT),
        Col("Coverage of target", PERCENT),
        Col("Contributors' share", PERCENT),
        Col("Readers' share", PERCENT),
        Col("Tipping point", PERCENT),
        Col("Tipping point reached"),
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
                ("Yes" if usage.reached(settings.tipping_point) else "No") if usage else "No usage data",
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
        written += _table(wb, f"By {by}", _coverage_columns(DIMENSION_LABELS[by]), rows).count
    overall = total(store.coverage.coverage("site", settings.ambassador_target_per_100), 0)
    latest = store.adoption.latest()
    _about(
        wb,
        store,
        "Coverage",
        [
            ("Filters", _scope_text(store)),
            ("Target", f"{settings.ambassador_target_per_100:g} ambassadors per 100 employees"),
            ("Tipping point", f"{settings.tipping_point:.0%} of employees publishing"),
            ("Employees", overall.employees),
            ("Active ambassadors", overall.ambassadors),
            ("Usage data", f"{latest.start} to {latest.end}" if latest else "none imported yet"),
        ],
    )
    _save(wb, target)
    return written


def _scope_text(store: Store) -> str:
    scope = store.programme.rules().scope()
    if not scope:
        return "none: every active employee"
    return "programme scope: " + "; ".join(f"{k} in {', '.join(v)}" for k, v in scope.items())


# -- kit ------------------------------------------------------------------------------------------------
KIT_COLUMNS: Final = (
    Col("Name"),
    Col("Employee ID"),
    Col("Email"),
    Col("Site"),
    Col("Department"),
    Col("Role"),
    Col("Status"),
    Col("Item"),
    Col("State"),
    Col("Prepared on", DATE),
    Col("Given on", DATE),
    Col("Note"),
)


def kit_rows(store: Store) -> list[list[Any]]:
    with store.db.read() as conn:
        rows = conn.execute(
            "SELECT p.full_name, p.employee_id, p.email, p.site, p.department, a.role, a.status, k.item,"
            " k.state, k.prepared_on, k.given_on, k.note FROM kit_item k"
            " JOIN ambassador a ON a.id = k.ambassador_id JOIN person p ON p.id = a.person_id"
            " ORDER BY p.sort_key, a.id, k.item"
        ).fetchall()
    return [
        [*r[:6], STATUS_LABELS.get(r[6], r[6]), ITEMS.get(r[7], r[7]), str(r[8]).capitalize(), *r[9:]]
        for r in rows
    ]


def export_kit(store: Store, path: Path) -> int:
    """Who was prepared and given which kit item, and when; plus progress per item."""
    target = _check_folder(path)
    wb = _new_workbook()
    table = _table(wb, "Kit", KIT_COLUMNS, kit_rows(store))
    progress = store.kit.progress()
    _table(
        wb,
        "Progress",
        [
            Col("Item"),
            Col("Given", INT),
            Col("Prepared only", INT),
            Col("Active ambassadors", INT),
            Col("Given share", PERCENT),
        ],
        [
            [
                ITEMS[item],
                p["given"],
                p["prepared"],
                p["total"],
                p["given"] / p["total"] if p["total"] else None,
            ]
            for item, p in progress.items()
        ],
    )
    _about(wb, store, "Visibility kit", [("Filters", "none: every ambassador"), ("Rows", table.count)])
    _save(wb, target)
    return table.count


# -- training -------------------------------------------------------------------------------------------
SESSION_COLUMNS: Final = (
    Col("Title"),
    Col("Kind"),
    Col("Format"),
    Col("Starts", DATETIME),
    Col("Time zone"),
    Col("Duration (min)", INT),
    Col("Place"),
    Col("Link"),
    Col("Trainer"),
    Col("Capacity", INT),
    *(Col(label, INT) for label in ENROLMENT_LABELS.values()),
    Col("Cancelled"),
)


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
        "Sessions",
        SESSION_COLUMNS,
        [
            [
                s.title,
                s.kind,
                FORMAT_LABELS.get(s.format, s.format),
                s.starts_at,
                s.timezone,
                s.duration_minutes,
                s.place,
                s.link,
                s.trainer,
                s.capacity,
                *(s.counts.get(key, 0) for key in ENROLMENT_LABELS),
                "Yes" if s.cancelled else "No",
            ]
            for s in data.sessions
        ],
    )
    people: dict[int, Any] = {}
    status: dict[tuple[int, int], str] = {}
    for session in data.sessions:
        for e in data.enrolments[session.id]:
            people.setdefault(e.person_id, e)
            status[(e.person_id, session.id)] = ENROLMENT_LABELS.get(e.status, e.status)
    order = sorted(people.values(), key=lambda e: (e.name.lower(), e.person_id))
    _table(
        wb,
        "Attendance",
        [
            Col("Name"),
            Col("Email"),
            Col("Site"),
            Col("Role"),
            Col("Sessions attended", INT),
            *(Col(_session_header(s) + (" (cancelled)" if s.cancelled else "")) for s in data.sessions),
        ],
        [
            [
                e.name,
                e.email,
                e.site,
                e.role,
                data.attended.get(e.person_id, 0),
                *(status.get((e.person_id, s.id)) for s in data.sessions),
            ]
            for e in order
        ],
    )
    _about(
        wb,
        store,
        "Training",
        [("Filters", "none: every session"), ("Sessions", sessions.count), ("People enrolled", len(order))],
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
    summary: Any = wb.create_sheet("Summary")

    # Coverage by site (largest sites first: the chart shows the first ones).
    by_site = coverage_rows(store, "site")
    coverage_table = _table(wb, "Coverage by site", _coverage_columns("Site"), by_site)
    _table(wb, "Coverage by department", _coverage_columns("Department"), coverage_rows(store, "department"))
    # Pipeline.
    counts = store.programme.counts_by_status()
    pipeline_table = _table(
        wb, "Pipeline", [Col("Stage"), Col("People", INT)], [[STATUS_LABELS[s], counts[s]] for s in STATUSES]
    )
    # Adoption by site against the tipping point.
    adoption = sorted(store.adoption.by_population("site"), key=lambda a: (-a.employees, a.population))
    adoption_table = _table(
        wb,
        "Adoption by site",
        [
            Col("Site"),
            Col("Employees", INT),
            Col("Contributors", INT),
            Col("Readers", INT),
            Col("Contributors' share", PERCENT),
            Col("Readers' share", PERCENT),
            Col("Tipping point", PERCENT),
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
    month_rows = [
        [m.strftime("%b %Y"), m, held, len(trained)] for m, (held, trained) in sorted(months.items())
    ]
    training_table = _table(
        wb,
        "Training by month",
        [Col("Month"), Col("Month starting", DATE), Col("Sessions held", INT), Col("People trained", INT)],
        month_rows,
    )
    _table(wb, "Roster", ROSTER_COLUMNS, roster_rows(store))

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
    summary.column_dimensions["A"].width = 34
    # Printed (or turned into a PDF) on one landscape page, the way a director reads it.
    summary.page_setup.orientation = "landscape"
    summary.page_setup.fitToWidth = 1
    summary.page_setup.fitToHeight = 1
    summary.sheet_properties.pageSetUpPr.fitToPage = True
    summary.column_dimensions["B"].width = 16
    heading = WriteOnlyCell(summary, value=clean_text(settings.programme_name))
    heading.data_type = "s"
    heading.font = Font(bold=True, size=16, color="2F6FDE")
    subtitle = WriteOnlyCell(summary, value=f"Steering committee report — {today:%d %B %Y}")
    subtitle.data_type = "s"
    subtitle.font = Font(italic=True, color="555555")
    summary.append([heading])
    summary.append([subtitle])
    summary.append([])
    figures: list[tuple[str, Any, str | None]] = [
        ("Employees", overall.employees, None),
        ("Active ambassadors", active, None),
        ("Ambassadors wanted (target)", target_total, None),
        ("Coverage of the target", active / target_total if target_total else None, "0%"),
        ("Candidates in the pipeline", in_pipeline, None),
        ("Sites without an ambassador", sum(1 for r in by_site if r[2] == 0), None),
        ("Contributors' share (latest usage)", latest.contributors_share if latest else None, "0.0%"),
        ("Tipping point", settings.tipping_point, "0%"),
        ("People trained (attended a session)", trained_people, None),
        ("Sessions held", sum(h for _, _, h, _ in month_rows), None),
    ]
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
        _chart_style(chart, "Ambassadors vs target, by site", "Ambassadors")
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
        _chart_style(chart, "Pipeline by stage", "People")
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
        _chart_style(bars, "Contributors' share vs tipping point", "Share of employees", percent=True)
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
        _chart_style(chart, "People trained per month", "People")
        chart.legend = None
        summary.add_chart(chart, "M21")
    notes = []
    if not rows_adoption:
        notes.append("No usage data imported yet: adoption is not charted.")
    if not training_table.count:
        notes.append("No training session held yet.")
    for note in notes:
        summary.append([])
        cell = WriteOnlyCell(summary, value=note)
        cell.data_type = "s"
        summary.append([cell])

    _about(
        wb,
        store,
        "Steering committee report",
        [
            ("Filters", _scope_text(store)),
            ("Target", f"{settings.ambassador_target_per_100:g} ambassadors per 100 employees"),
            ("Usage data", f"{latest.start} to {latest.end}" if latest else "none imported yet"),
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
