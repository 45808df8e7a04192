"""Planning and applying an HR import: the rules of issue #3 in one place.

``inspect()`` finds the sheet, the header row and a mapping (for the wizard's first pages);
``plan()`` validates every row and compares it with the directory without writing anything;
``apply()`` writes the plan in one transaction, taking an undo snapshot with SQLite's backup API
just before committing; ``undo()`` restores that snapshot.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import getpass
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from esn_desk.core import i18n
from esn_desk.core.db import Database, restrict_permissions
from esn_desk.core.errors import ImportIssue, UserError
from esn_desk.core.i18n import translate
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import FIELD_BY_KEY, FIELDS, HR, VOCABULARIES, Vocabulary
from esn_desk.core.importing.readers import MAX_COLUMNS, ReadError, Row, SourceFile, Table, open_source
from esn_desk.core.people import HR_FIELDS, SEARCHED_FIELDS, derive

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 30
PREVIEW_ROWS = 30
NAME_FIELDS: frozenset[str] = frozenset({"first_name", "last_name", "full_name"})
NULLABLE: frozenset[str] = frozenset(
    {"employee_id", "email", "manager_email", "manager_employee_id", "hire_date"}
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _columns_past_the_limit(table: Table) -> str:
    """The file-level warning for the columns the reader dropped after the first MAX_COLUMNS."""
    limit = i18n.number(MAX_COLUMNS)
    count = table.ignored_columns
    if not count:  # the reader stopped the rows itself (openpyxl): how many is unknown
        return translate(
            "HrImport",
            "Sheet “{sheet}” has columns holding values after the first {limit}, which ESN Desk does "
            "not read: they were ignored. Move the columns to import into the first {limit}.",
        ).format(sheet=table.sheet, limit=limit)
    return i18n.plural(
        count,
        translate(
            "HrImport",
            "Sheet “{sheet}” has {n} column after the first {limit} (column {last}), which ESN Desk "
            "does not read: it was ignored. Move the columns to import into the first {limit}.",
        ),
        translate(
            "HrImport",
            "Sheet “{sheet}” has {n} columns after the first {limit} (up to column {last}), which ESN "
            "Desk does not read: they were ignored. Move the columns to import into the first {limit}.",
        ),
    ).format(sheet=table.sheet, limit=limit, last=column_letter(MAX_COLUMNS + count - 1))


@dataclass
class ImportOptions:
    sheet: str | None = None
    header_row: int | None = None  # as the spreadsheet shows it (1-based)
    mapping: dict[int, str] | None = None  # column index → field; None: saved or automatic
    full: bool = False
    day_first: bool = True
    period_start: date | None = None  # usage imports: the period the export covers
    period_end: date | None = None


@dataclass
class Preview:
    """What the wizard shows before validation: sheets, first rows, detected header and mapping."""

    source: SourceFile
    sheet: str
    rows: list[tuple[int, Row]]
    header_row: int | None
    headers: list[str]
    mapping: dict[int, str]
    mapping_origin: str  # "saved", "automatic" or "none"

    def samples(self, column: int, count: int = 3) -> list[str]:
        out = []
        for number, row in self.rows:
            if self.header_row is not None and number <= self.header_row:
                continue
            if column < len(row) and (text := values.cell_text(row[column])):
                out.append(text)
                if len(out) == count:
                    break
        return out


@dataclass
class PlannedUpdate:
    person_id: int
    row: int
    record: dict[str, Any]
    changes: dict[str, tuple[Any, Any]]
    returning: bool


@dataclass
class ImportPlan:
    """Everything an import would do, computed without writing (``--dry-run`` shows exactly this)."""

    path: Path
    file_hash: str
    kind: str
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    full: bool
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged_ids: list[int] = field(default_factory=list)
    leavers: list[int] = field(default_factory=list)
    leaver_names: list[str] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    rejected_rows: list[tuple[int, Row, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    what: str = "hr"  # "hr", "roster" or "usage"
    extra: dict[str, Any] = field(default_factory=dict)  # kind-specific figures, shown in the JSON

    @property
    def vocabulary(self) -> Vocabulary:
        return VOCABULARIES[self.what]

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.creates),
            "updated": len(self.updates),
            "unchanged": len(self.unchanged_ids),
            "left": len(self.leavers),
            "rejected": len(self.rejected_rows),
        }

    def column_label(self, field: str) -> str:
        """How problems name a mapped column: its header and letter, e.g. ``Matricule (A)``."""
        index = next(i for i, f in self.mapping.items() if f == field)
        return f"{self.headers[index] or self.vocabulary.label(field)} ({column_letter(index)})"

    def mapping_by_header(self) -> dict[str, str]:
        return {self.headers[i] or column_letter(i): f for i, f in sorted(self.mapping.items())}

    def to_json(self) -> dict[str, Any]:
        def issue(i: ImportIssue) -> dict[str, Any]:
            return {"row": i.row, "column": i.column, "value": i.value, "message": i.message}

        return {
            "file": str(self.path),
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": self.mapping_by_header(),
            **self.counts,
            "errors": [issue(i) for i in self.errors],
            "warnings": [issue(i) for i in self.warnings],
            "ignored_columns": self.ignored_columns,
            **self.extra,
        }


@dataclass
class ImportRecord:
    id: int
    started_at: str
    who: str
    file_name: str
    sheet: str
    header_row: int
    full_extract: bool
    created: int
    updated: int
    unchanged: int
    left: int
    rejected: int
    warnings: int
    status: str
    can_undo: bool
    mapping: dict[str, str]
    file_kind: str = "xlsx"
    what: str = "hr"


def _tick(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int, what: str) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total, what)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_header_row(rows: Sequence[tuple[int, Row]], vocabulary: Vocabulary = HR) -> int | None:
    """The first of the first 30 rows where at least two cells name known fields."""
    for number, row in rows:
        if number > HEADER_SEARCH_ROWS:
            break
        if sum(1 for cell in row if isinstance(cell, str) and vocabulary.match(cell)) >= 2:
            return number
    return None


class VocabularyImport:
    """Base of the imports that reuse :class:`ImportService`'s reading, mapping, history and undo
    with their own fields (``vocabulary``): the ambassador roster and the ESN usage export."""

    vocabulary: Vocabulary

    def __init__(self, db: Database, imports: ImportService) -> None:
        self._db = db
        self._imports = imports

    def inspect(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        source: SourceFile | None = None,
    ) -> Preview:
        return self._imports.inspect(
            path, sheet=sheet, header_row=header_row, source=source, vocabulary=self.vocabulary
        )


def check_mapping(mapping: dict[int, str], vocabulary: Vocabulary = HR) -> None:
    """Refuse a mapping that maps a field twice or lacks what the import needs."""
    fields = list(mapping.values())
    duplicated = {f for f in fields if fields.count(f) > 1}
    if duplicated:
        names = ", ".join(vocabulary.label(f) for f in sorted(duplicated))
        raise UserError(
            translate(
                "HrImport",
                "Several columns are mapped to the same field ({fields}); keep one column per field.",
            ).format(fields=names)
        )
    if not set(vocabulary.identity) & set(fields):
        raise UserError(
            translate(
                "HrImport",
                "Map a column to Employee ID or to Email: ESN Desk needs one of them to recognise "
                "each person from one import to the next.",
            )
        )
    if vocabulary.what == "hr" and not {"last_name", "full_name"} & set(fields):
        raise UserError(translate("HrImport", "Map a column to Last name or to Full name."))
    if vocabulary.what == "usage" and not {"posts", "comments"} & set(fields):
        raise UserError(
            translate(
                "HrImport",
                "Map a column to Posts or to Comments: contributors are the people who published "
                "something in the period, so ESN Desk needs at least one of those counts.",
            )
        )


P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: an import makes a million long-lived objects and no
    cycles, and each collection would rescan all of them (measured: ~15 % of a 100k import)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _without_gc(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the garbage collector paused (see :func:`_gc_paused`)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with _gc_paused():
            return func(*args, **kwargs)

    return wrapper


class ImportService:
    """Owns the import tables (``import_run``, ``import_mapping``, ``person_change``) and writes people."""

    def __init__(self, db: Database, snapshot_dir: Path) -> None:
        self._db = db
        # The programme's own folder (see :func:`snapshot_folder`); its files are undo snapshots.
        self._snapshot_dir = snapshot_dir
        # Called with "before-import" before anything is written (the store wires it to a verified
        # backup of the programme file; None for in-memory databases and the demo's generation).
        self.safety_backup: Callable[[str], object] | None = None

    def _before_writing(self) -> None:
        if self.safety_backup is not None:
            self.safety_backup("before-import")

    # -- step 1: look at the file -------------------------------------------------------------------
    def inspect(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        source: SourceFile | None = None,
        vocabulary: Vocabulary = HR,
    ) -> Preview:
        source = source or open_source(path)
        chosen = self._choose_sheet(source, sheet, vocabulary)
        preview = source.table(chosen, limit=max(PREVIEW_ROWS, header_row or 0) + 20)
        detected = header_row if header_row is not None else find_header_row(preview.rows, vocabulary)
        headers: list[str] = []
        mapping: dict[int, str] = {}
        origin = "none"
        if detected is not None:
            header_cells = next((r for n, r in preview.rows if n == detected), [])
            headers = [values.cell_text(c) for c in header_cells]
            saved = self.saved_mapping(headers, vocabulary)
            if saved is not None:
                mapping, origin = saved, "saved"
            else:
                mapping = vocabulary.auto_mapping(headers)
                origin = "automatic" if mapping else "none"
        return Preview(
            source=source,
            sheet=chosen,
            rows=preview.rows[: PREVIEW_ROWS + 10],
            header_row=detected,
            headers=headers,
            mapping=mapping,
            mapping_origin=origin,
        )

    def _choose_sheet(self, source: SourceFile, sheet: str | None, vocabulary: Vocabulary = HR) -> str:
        if sheet is not None:
            if sheet not in {s.name for s in source.sheets}:
                raise ReadError(
                    translate(
                        "HrImport", "{file} has no sheet named “{sheet}”. Its sheets: {sheets}."
                    ).format(
                        file=source.path.name,
                        sheet=sheet,
                        sheets=", ".join(
                            translate("HrImport", "“{sheet}”").format(sheet=s.name) for s in source.sheets
                        ),
                    )
                )
            return sheet
        visible = [s.name for s in source.sheets if s.visible] or [s.name for s in source.sheets]
        for name in visible:
            if find_header_row(source.table(name, limit=HEADER_SEARCH_ROWS).rows, vocabulary) is not None:
                return name
        return visible[0]

    # -- step 2: validate and compare ---------------------------------------------------------------
    def read_table(
        self,
        path: Path,
        options: ImportOptions,
        vocabulary: Vocabulary,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        source: SourceFile | None = None,
        example: str = "",
    ) -> tuple[ImportPlan, list[tuple[int, Row] | None]]:
        """Read the chosen sheet, find its header row and mapping: the part every import shares.

        Returns an empty plan (headers, mapping, ignored columns) and the data rows below the header.
        """
        _tick(progress, cancelled, 0, 0, translate("HrImport", "Reading the file…"))
        source = source or open_source(path)
        sheet = self._choose_sheet(source, options.sheet, vocabulary)
        table = source.table(sheet)
        _tick(progress, cancelled, 0, 0, translate("HrImport", "Checking the rows…"))
        header_row = options.header_row or find_header_row(table.rows, vocabulary)
        if header_row is None:
            sample = next((r for _, r in table.rows[:1]), [])
            if sample:
                message = translate(
                    "HrImport",
                    "No header row found in the first {rows} rows of sheet “{sheet}” of {file}. ESN Desk "
                    "looks for a row naming at least two columns such as {example} "
                    "(row {row} reads: {cells}).",
                ).format(
                    row=table.rows[0][0],
                    cells=", ".join(values.cell_text(c) for c in sample[:6]),
                    rows=HEADER_SEARCH_ROWS,
                    sheet=sheet,
                    file=path.name,
                    example=example,
                )
            else:
                message = translate(
                    "HrImport",
                    "No header row found in the first {rows} rows of sheet “{sheet}” of {file}. ESN Desk "
                    "looks for a row naming at least two columns such as {example}.",
                ).format(rows=HEADER_SEARCH_ROWS, sheet=sheet, file=path.name, example=example)
            raise ReadError(message)
        header_cells = next((r for n, r in table.rows if n == header_row), None)
        if header_cells is None:
            raise ReadError(
                translate(
                    "HrImport", "Row {row} of sheet “{sheet}” is empty; choose the row with the column names."
                ).format(row=header_row, sheet=sheet)
            )
        headers = [values.cell_text(c) for c in header_cells]
        mapping = (
            options.mapping
            if options.mapping is not None
            else (self.saved_mapping(headers, vocabulary) or vocabulary.auto_mapping(headers))
        )
        mapping = {i: f for i, f in mapping.items() if f in vocabulary.by_key and 0 <= i < len(headers)}
        check_mapping(mapping, vocabulary)
        plan = ImportPlan(
            path=path,
            file_hash=_file_hash(path),
            kind=source.kind,
            sheet=sheet,
            header_row=header_row,
            headers=headers,
            mapping=mapping,
            full=options.full,
            what=vocabulary.what,
        )
        plan.ignored_columns = [
            h or column_letter(i) for i, h in enumerate(headers) if i not in mapping and h
        ]
        if table.truncated_columns:
            plan.warnings.append(ImportIssue(0, "", "", _columns_past_the_limit(table)))
        data_rows: list[tuple[int, Row] | None] = [item for item in table.rows if item[0] > header_row]
        table.rows.clear()  # the caller releases each raw row once checked: peak memory ≈ one copy
        return plan, data_rows

    @_without_gc
    def plan(
        self,
        path: str | Path,
        options: ImportOptions | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        source: SourceFile | None = None,
    ) -> ImportPlan:
        """Validate every row and compare with the directory; writes nothing (a dry run shows this)."""
        options = options or ImportOptions()
        path = Path(path)
        plan, data_rows = self.read_table(
            path,
            options,
            HR,
            progress=progress,
            cancelled=cancelled,
            source=source,
            example="Matricule / Employee ID, Nom / Last name, Prénom / First name, Adresse e-mail / Email",
        )
        records = self._validate(plan, data_rows, options, progress, cancelled)
        self._compare(plan, records, progress, cancelled)
        if options.full and not records:
            raise UserError(
                translate(
                    "HrImport",
                    "{file} has no row that can be imported, so as a full extract it would mark "
                    "everyone in the directory as having left. Nothing was imported: check the file "
                    "(and its header row), or import it without “full extract”.",
                ).format(file=path.name)
            )
        plan.warnings.sort(key=lambda issue: issue.row)
        return plan

    def _validate(
        self,
        plan: ImportPlan,
        rows: list[tuple[int, Row] | None],
        options: ImportOptions,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> list[tuple[int, dict[str, Any]]]:
        mapping = plan.mapping
        key_field = "employee_id" if "employee_id" in mapping.values() else "email"
        col_of = {f: i for i, f in mapping.items()}

        header = plan.column_label

        first_row_of: dict[str, int] = {}
        out: list[tuple[int, dict[str, Any]]] = []
        total = len(rows)
        for position in range(total):
            item = rows[position]
            assert item is not None
            number, row = item
            rows[position] = None
            if position % 5000 == 0:
                _tick(progress, cancelled, position, total, translate("HrImport", "Checking the rows…"))
            record: dict[str, Any] = {}
            problem: ImportIssue | None = None
            for index, name in mapping.items():
                raw = row[index] if index < len(row) else None
                try:
                    if name in ("employee_id", "manager_employee_id"):
                        value: Any = values.identifier(raw)
                    elif name == "email":
                        value = values.email(raw)
                    elif name == "manager_email":
                        try:
                            value = values.email(raw)
                        except values.ValueProblem:
                            plan.warnings.append(
                                ImportIssue(
                                    number,
                                    header(name),
                                    values.cell_text(raw),
                                    translate("HrImport", "Not a valid email address; manager left empty"),
                                )
                            )
                            value = ""
                    elif name == "hire_date":
                        try:
                            parsed = values.to_date(raw, day_first=options.day_first)
                        except values.ValueProblem as exc:
                            plan.warnings.append(
                                ImportIssue(
                                    number,
                                    header(name),
                                    values.cell_text(raw),
                                    translate("HrImport", "{problem}; hire date left empty").format(
                                        problem=exc
                                    ),
                                )
                            )
                            parsed = None
                        value = parsed.isoformat() if parsed else ""
                    else:
                        value = values.cell_text(raw)
                except values.ValueProblem as exc:
                    problem = problem or ImportIssue(number, header(name), values.cell_text(raw), str(exc))
                    value = ""
                record[name] = value
            if problem is None:
                key = record.get(key_field, "")
                if not key:
                    problem = ImportIssue(
                        number,
                        header(key_field),
                        "",
                        translate(
                            "HrImport", "No {field}: every row needs one to identify the person"
                        ).format(field=FIELD_BY_KEY[key_field].shown_label),
                    )
                elif not (record.get("last_name") or record.get("full_name")):
                    name_field = "last_name" if "last_name" in col_of else "full_name"
                    problem = ImportIssue(
                        number, header(name_field), "", translate("HrImport", "No last name or full name")
                    )
                elif key in first_row_of:
                    problem = ImportIssue(
                        number,
                        header(key_field),
                        key,
                        translate(
                            "HrImport",
                            "{field} {key} already appears on row {row}; only that first row is imported",
                        ).format(field=FIELD_BY_KEY[key_field].shown_label, key=key, row=first_row_of[key]),
                    )
            if problem is not None:
                plan.errors.append(problem)
                plan.rejected_rows.append(
                    (
                        number,
                        row,
                        translate("HrImport", "{column}: {problem} ({value})").format(
                            column=problem.column, problem=problem.message, value=problem.value
                        )
                        if problem.value and problem.value not in problem.message
                        else translate("HrImport", "{column}: {problem}").format(
                            column=problem.column, problem=problem.message
                        ),
                    )
                )
                continue
            first_row_of[record[key_field]] = number
            out.append((number, record))
        return out

    def _compare(
        self,
        plan: ImportPlan,
        records: list[tuple[int, dict[str, Any]]],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        fields = sorted(set(plan.mapping.values()))
        key_field = "employee_id" if "employee_id" in fields else "email"
        with self._db.read() as conn:
            cur = conn.execute(f"SELECT id, status, {', '.join(HR_FIELDS)} FROM person")
            existing: dict[str, tuple[int, str, dict[str, Any]]] = {}
            # People added earlier by an email-keyed import have no employee ID yet: an ID-keyed
            # file recognises them by their email (and gives them their ID) instead of duplicating them.
            without_id: dict[str, tuple[int, str, dict[str, Any]]] = {}
            all_emails: set[str] = set()
            columns = list(HR_FIELDS)
            key_pos = columns.index(key_field)
            for row in cur:
                hr = row[2:]
                if hr[key_pos]:
                    existing[str(hr[key_pos]).lower() if key_field == "email" else str(hr[key_pos])] = (
                        row[0],
                        row[1],
                        dict(zip(columns, hr, strict=True)),
                    )
                email_value = hr[columns.index("email")]
                if email_value:
                    all_emails.add(email_value)
                    if key_field == "employee_id" and not hr[key_pos]:
                        without_id[str(email_value)] = (row[0], row[1], dict(zip(columns, hr, strict=True)))
        file_emails = {r["email"] for _, r in records if r.get("email")}
        known_emails = all_emails | file_emails
        seen_ids: set[int] = set()
        for position, (number, record) in enumerate(records):
            if position % 5000 == 0:
                _tick(
                    progress,
                    cancelled,
                    position,
                    len(records),
                    translate("HrImport", "Comparing with the directory…"),
                )
            manager = record.get("manager_email")
            if manager and manager not in known_emails:
                col = next(i for i, f in plan.mapping.items() if f == "manager_email")
                plan.warnings.append(
                    ImportIssue(
                        number,
                        f"{plan.headers[col]} ({column_letter(col)})",
                        manager,
                        translate("HrImport", "Matches nobody in the directory or in this file"),
                    )
                )
            key = record[key_field]
            found = existing.get(key)
            if found is None and without_id and record.get("email"):
                found = without_id.pop(record["email"], None)
            if found is None:
                record["_row"] = number
                plan.creates.append(record)
                continue
            person_id, status, current = found
            seen_ids.add(person_id)
            changes: dict[str, tuple[Any, Any]] = {}
            for name in fields:
                old = current.get(name) or ""
                new = record.get(name) or ""
                if str(old) != str(new):
                    changes[name] = (old or None, new or None)
            returning = status == "left"
            if changes or returning:
                plan.updates.append(PlannedUpdate(person_id, number, current | record, changes, returning))
            else:
                plan.unchanged_ids.append(person_id)
        if plan.full:
            with self._db.read() as conn:
                for person_id, name in conn.execute(
                    f"SELECT id, full_name FROM person WHERE status = 'active' AND {key_field} IS NOT NULL "
                    f"AND {key_field} != '' ORDER BY sort_key"
                ):
                    if person_id not in seen_ids:
                        plan.leavers.append(person_id)
                        plan.leaver_names.append(name)
                active = conn.execute("SELECT count(*) FROM person WHERE status = 'active'").fetchone()[0]
            if active >= 10 and len(plan.leavers) > active / 2:
                plan.warnings.append(
                    ImportIssue(
                        0,
                        "",
                        "",
                        translate(
                            "HrImport",
                            "{leavers} of the {active} active people would be marked as having left: check "
                            "this really is the complete HR extract",
                        ).format(leavers=i18n.number(len(plan.leavers)), active=i18n.number(active)),
                    )
                )

    # -- step 3: write --------------------------------------------------------------------------------
    def apply(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        today: date | None = None,
    ) -> int:
        """Write ``plan`` in one transaction; returns the import's id. Cancel leaves no trace."""
        taken: list[Path] = []
        self._before_writing()
        try:
            with _gc_paused():
                return self._write(plan, progress, cancelled, today, taken)
        except BaseException:
            for snapshot in taken:  # not committed: this copy of personal data must not linger
                remove_database_file(snapshot)
            raise

    def _write(
        self,
        plan: ImportPlan,
        progress: Progress | None,
        cancelled: Cancelled | None,
        today: date | None,
        taken: list[Path],
    ) -> int:
        day = (today or date.today()).isoformat()
        now = datetime.now()
        started = (datetime.combine(today, now.time()) if today else now).isoformat(timespec="seconds")
        fields = sorted(set(plan.mapping.values()))
        source = f"HR import: {plan.path.name}"
        name_fields = {"first_name", "last_name"} & set(fields) and "full_name" not in fields
        total = len(plan.creates) + len(plan.updates) + len(plan.leavers)
        self.begin_snapshot(taken)
        with self._db.write() as conn:
            _tick(progress, cancelled, 0, total, translate("HrImport", "Adding new people…"))
            insert_cols = [
                *HR_FIELDS,
                "full_name",
                "search_key",
                "sort_key",
                "status",
                "first_seen",
                "last_seen",
                "source",
            ]
            insert_cols = list(dict.fromkeys(insert_cols))
            rows_new: list[tuple[Any, ...]] = []
            for position, record in enumerate(plan.creates):
                row = {f: (record.get(f) or (None if f in NULLABLE else "")) for f in HR_FIELDS}
                row = derive(row)
                row.update(status="active", first_seen=day, last_seen=day, source=source)
                rows_new.append(tuple(row[c] for c in insert_cols))
                if position % 5000 == 0:
                    _tick(
                        progress, cancelled, position // 2, total, translate("HrImport", "Adding new people…")
                    )
            # In name order, rows land next to each other in the name-ordered indexes: 2–3× faster.
            sort_at = insert_cols.index("sort_key")
            rows_new.sort(key=lambda r: r[sort_at])
            rebuild = self._drop_indexes_for_bulk_insert(conn, len(rows_new))
            insert_sql = (
                f"INSERT INTO person ({', '.join(insert_cols)}) VALUES ({', '.join('?' * len(insert_cols))})"
            )
            for start in range(0, len(rows_new), 5000):
                conn.executemany(insert_sql, rows_new[start : start + 5000])
                _tick(
                    progress,
                    cancelled,
                    (len(rows_new) + start) // 2,
                    total,
                    translate("HrImport", "Adding new people…"),
                )
            for statement in rebuild:
                conn.execute(statement)
            del rows_new
            run_id = self.record_run(conn, plan, started)

            _tick(
                progress,
                cancelled,
                len(plan.creates),
                total,
                translate("HrImport", "Updating changed people…"),
            )
            # Only the columns that really change are written, grouped by column set: an UPDATE that
            # names an indexed column rewrites its index entries even when the value is the same.
            groups: dict[tuple[tuple[str, ...], bool], list[tuple[Any, ...]]] = {}
            history: list[tuple[Any, ...]] = []
            for update in plan.updates:
                merged = {f: update.record.get(f) for f in HR_FIELDS}
                for f in NULLABLE:
                    merged[f] = merged[f] or None
                if name_fields:
                    merged["full_name"] = ""
                merged = derive({k: (v if v is not None or k in NULLABLE else "") for k, v in merged.items()})
                changed = set(update.changes)
                columns = sorted(changed)
                if changed & NAME_FIELDS:
                    columns += ["full_name", "sort_key"]
                if changed & (NAME_FIELDS | set(SEARCHED_FIELDS)):
                    columns.append("search_key")
                key = (tuple(dict.fromkeys(columns)), update.returning)
                groups.setdefault(key, []).append((*(merged[c] for c in key[0]), day, update.person_id))
                kind = "returned" if update.returning else "updated"
                history.append(
                    (
                        update.person_id,
                        run_id,
                        day,
                        kind,
                        json.dumps({k: list(v) for k, v in update.changes.items()}, ensure_ascii=False),
                    )
                )
            for (columns_set, returning), params in groups.items():
                assignments = [f"{c} = ?" for c in columns_set] + ["last_seen = ?"]
                if returning:
                    assignments += ["status = 'active'", "left_on = NULL"]
                conn.executemany(f"UPDATE person SET {', '.join(assignments)} WHERE id = ?", params)
            _tick(
                progress,
                cancelled,
                len(plan.creates) + len(plan.updates),
                total,
                translate("HrImport", "Marking leavers…"),
            )
            conn.executemany(
                "UPDATE person SET status = 'left', left_on = ? WHERE id = ?",
                [(day, pid) for pid in plan.leavers],
            )
            history += [(pid, run_id, day, "left", "{}") for pid in plan.leavers]
            conn.executemany(
                "INSERT INTO person_change (person_id, import_id, changed_at, kind, changes)"
                " VALUES (?,?,?,?,?)",
                history,
            )
            # One statement for the (many) unchanged people rather than one UPDATE each.
            conn.execute(
                "UPDATE person SET last_seen = ? "
                "WHERE last_seen != ? AND id IN (SELECT value FROM json_each(?))",
                (day, day, json.dumps(plan.unchanged_ids)),
            )
            _tick(progress, cancelled, total, total, translate("HrImport", "Saving…"))
            previous = self.finish_run(conn, plan, run_id, taken)
        for old in previous:  # only the latest import can be undone: drop older copies of personal data
            remove_database_file(old)
        log.info("import %s of %s: %s", run_id, plan.path.name, plan.counts)
        return run_id

    # -- shared by every kind of import ----------------------------------------------------------------
    def begin_snapshot(self, taken: list[Path]) -> None:
        """Call before opening the write transaction (see :meth:`finish_run`)."""
        # The undo snapshot is taken with the backup API from a second connection. On a file (WAL)
        # that connection still sees the state before the transaction, so it is taken just before
        # COMMIT; an in-memory database (tests) has no WAL, so there it is taken just before BEGIN.
        if self._db.path is None:
            taken.append(self._take_snapshot())

    @contextlib.contextmanager
    def run(self, plan: ImportPlan, *, today: date | None = None) -> Iterator[tuple[sqlite3.Connection, int]]:
        """One import's write transaction for the roster and usage imports: yields the connection and
        the new ``import_run`` id; the undo snapshot and history are handled as for HR imports, and
        an exception (Cancel included) leaves no trace."""
        now = datetime.now()
        started = (datetime.combine(today, now.time()) if today else now).isoformat(timespec="seconds")
        taken: list[Path] = []
        previous: list[Path] = []
        self._before_writing()
        try:
            with _gc_paused():
                self.begin_snapshot(taken)
                with self._db.write() as conn:
                    run_id = self.record_run(conn, plan, started)
                    yield conn, run_id
                    previous = self.finish_run(conn, plan, run_id, taken)
        except BaseException:
            for snapshot in taken:
                remove_database_file(snapshot)
            raise
        for old in previous:
            remove_database_file(old)
        log.info("%s import %s of %s: %s", plan.what, run_id, plan.path.name, plan.counts)

    def record_run(self, conn: sqlite3.Connection, plan: ImportPlan, started: str) -> int:
        """Insert the ``import_run`` row of ``plan`` (inside the import's transaction)."""
        return int(
            conn.execute(
                "INSERT INTO import_run (started_at, finished_at, who, file_name, file_hash, file_kind,"
                " sheet, header_row, mapping, full_extract, created, updated, unchanged, left_count,"
                " rejected, warnings, what)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    started,
                    started,
                    _who(),
                    plan.path.name,
                    plan.file_hash,
                    plan.kind,
                    plan.sheet,
                    plan.header_row,
                    json.dumps(plan.mapping_by_header(), ensure_ascii=False),
                    int(plan.full),
                    *plan.counts.values(),
                    len(plan.warnings),
                    plan.what,
                ),
            ).lastrowid
            or 0
        )

    def finish_run(
        self, conn: sqlite3.Connection, plan: ImportPlan, run_id: int, taken: list[Path]
    ) -> list[Path]:
        """Remember the mapping, take the undo snapshot and attach it to ``run_id`` (just before
        COMMIT). Returns the older snapshots, to delete once committed: only the latest import
        can be undone."""
        self._remember_mapping(conn, plan.headers, plan.mapping, plan.vocabulary)
        # A second connection still sees the state before this transaction.
        if not taken:
            taken.append(self._take_snapshot())
        conn.execute(
            "UPDATE import_run SET snapshot = ?, finished_at = ? WHERE id = ?",
            (str(taken[0]), datetime.now().isoformat(timespec="seconds"), run_id),
        )
        previous = [
            Path(p)
            for (p,) in conn.execute(
                "SELECT snapshot FROM import_run WHERE snapshot IS NOT NULL AND id != ?", (run_id,)
            )
        ]
        conn.execute("UPDATE import_run SET snapshot = NULL WHERE id != ?", (run_id,))
        return previous

    @staticmethod
    def _drop_indexes_for_bulk_insert(conn: sqlite3.Connection, rows: int) -> list[str]:
        """On a first big import into an empty directory, building the indexes once after the
        inserts is ~3× faster than maintaining them row by row. Returns the statements that
        recreate them (run in the same transaction, so a cancel restores them too)."""
        if rows < 20_000 or conn.execute("SELECT EXISTS (SELECT 1 FROM person)").fetchone()[0]:
            return []
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in indexes]

    def _take_snapshot(self) -> Path:
        self._snapshot_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        stem = self._db.path.stem if self._db.path else "memory"
        target = self._snapshot_dir / f"{stem}.before-import.{datetime.now():%Y%m%d-%H%M%S-%f}.esndesk"
        src = self._db.connect()
        try:
            dst = sqlite3.connect(target)
            try:
                # No journal and no sync while copying (a half-written copy is simply discarded);
                # one fsync at the end makes the finished copy durable.
                dst.execute("PRAGMA journal_mode = OFF")
                dst.execute("PRAGMA synchronous = OFF")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        restrict_permissions(target)
        return target

    def _remember_mapping(
        self, conn: sqlite3.Connection, headers: list[str], mapping: dict[int, str], vocabulary: Vocabulary
    ) -> None:
        conn.execute(
            "INSERT INTO import_mapping (signature, headers, mapping, used_at) VALUES (?,?,?,?) "
            "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, used_at = excluded.used_at",
            (
                vocabulary.signature(headers),
                json.dumps(headers, ensure_ascii=False),
                json.dumps({str(i): f for i, f in mapping.items()}),
                datetime.now().isoformat(timespec="seconds"),
            ),
        )

    def saved_mapping(self, headers: Sequence[object], vocabulary: Vocabulary = HR) -> dict[int, str] | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT mapping FROM import_mapping WHERE signature = ?", (vocabulary.signature(headers),)
            ).fetchone()
        if row is None:
            return None
        try:
            stored = json.loads(row[0])
            return {int(i): f for i, f in stored.items() if f in vocabulary.by_key and int(i) < len(headers)}
        except (ValueError, AttributeError):
            return None

    # -- undo & history -------------------------------------------------------------------------------
    def history(self) -> list[ImportRecord]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, started_at, who, file_name, sheet, header_row, full_extract, created, updated,"
                " unchanged, left_count, rejected, warnings, status, snapshot, mapping, file_kind, what"
                " FROM import_run ORDER BY id DESC"
            ).fetchall()
        out = []
        for r in rows:
            snapshot = r[14]
            out.append(
                ImportRecord(
                    id=r[0],
                    started_at=r[1],
                    who=r[2],
                    file_name=r[3],
                    sheet=r[4],
                    header_row=r[5],
                    full_extract=bool(r[6]),
                    created=r[7],
                    updated=r[8],
                    unchanged=r[9],
                    left=r[10],
                    rejected=r[11],
                    warnings=r[12],
                    status=r[13],
                    can_undo=bool(snapshot) and Path(snapshot).exists() and r[13] == "done",
                    mapping=json.loads(r[15] or "{}"),
                    file_kind=r[16],
                    what=r[17],
                )
            )
        return out

    def discard_undo(self) -> None:
        """Give up the possibility to undo the latest import, deleting its snapshot."""
        with self._db.write() as conn:
            paths = [
                Path(p) for (p,) in conn.execute("SELECT snapshot FROM import_run WHERE snapshot IS NOT NULL")
            ]
            conn.execute("UPDATE import_run SET snapshot = NULL")
        for path in paths:
            remove_database_file(path)

    def undo(self, run_id: int) -> None:
        """Restore the programme as it was just before import ``run_id`` (the latest one)."""
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM import_run WHERE id = ?", (run_id,)).fetchone()
            latest = conn.execute("SELECT max(id) FROM import_run").fetchone()[0]
            names = [d[0] for d in conn.execute("SELECT * FROM import_run LIMIT 0").description]
        if row is None:
            raise UserError(translate("HrImport", "There is no import #{id}.").format(id=run_id))
        record = dict(zip(names, row, strict=True))
        if record["status"] == "undone":
            raise UserError(translate("HrImport", "Import #{id} has already been undone.").format(id=run_id))
        if run_id != latest or not record["snapshot"] or not Path(record["snapshot"]).exists():
            raise UserError(
                translate(
                    "HrImport",
                    "Import #{id} can no longer be undone: only the latest import can be, "
                    "right after it ran.",
                ).format(id=run_id)
            )
        snapshot = Path(record["snapshot"])
        src = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        dst = self._db.connect()
        try:
            src.backup(dst)
            record.update(status="undone", snapshot=None)
            dst.execute(
                f"INSERT INTO import_run ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [record[n] for n in names],
            )
        finally:
            src.close()
            dst.close()
        remove_database_file(snapshot)
        log.info("import %s undone", run_id)

    def sweep_orphan_snapshots(self) -> list[Path]:
        """Delete the files of this programme's snapshot folder that no ``import_run`` refers to
        (with their -wal/-shm/-journal companions); returns the snapshots deleted.

        Such an orphan is left when the process dies between taking an import's undo snapshot and
        committing the import (kill -9, power cut): a full copy of the programme's personal data that
        nothing could ever offer to undo, nor delete. Call it when the programme is opened for writing
        (its lock held: no import of it is running). Only the programme's own folder is looked at
        (:func:`snapshot_folder`): never the shared folder of in-memory databases, nor snapshots
        written by earlier versions beside it, nor another programme's.
        """
        folder = self._snapshot_dir
        if self._db.path is None or self._db.read_only or folder.name != snapshot_key(self._db.path):
            return []
        try:
            entries = list(folder.iterdir())
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("could not look for orphan undo snapshots in %s: %s", folder, exc)
            return []
        with self._db.read() as conn:
            # By name: the names carry the time to the microsecond, and a path recorded through
            # another spelling of the folder (a symlink, a relative backup folder) still matches.
            referenced = {
                Path(p).name
                for (p,) in conn.execute("SELECT snapshot FROM import_run WHERE snapshot IS NOT NULL")
            }
        orphans = set()
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                continue
            name = entry.name
            for suffix in ("-wal", "-shm", "-journal"):
                name = name.removesuffix(suffix)
            if name not in referenced:
                orphans.add(folder / name)
        for orphan in sorted(orphans):
            remove_database_file(orphan)
        if orphans:
            log.info("deleted %d orphan undo snapshot(s) in %s", len(orphans), folder)
        return sorted(orphans)


def snapshot_key(programme: Path) -> str:
    """The name of ``programme``'s snapshot folder: the first 16 hex digits of the SHA-256 of its
    resolved absolute path (case-folded where the file system ignores case)."""
    resolved = os.path.normcase(str(programme.resolve()))
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]


def snapshot_folder(root: Path, programme: Path | None) -> Path:
    """Where the undo snapshots of ``programme``'s imports go: ``root/<snapshot_key>/``, a folder of
    its own, so that the copies none of its imports refers to can be found and deleted
    (:meth:`ImportService.sweep_orphan_snapshots`). In-memory databases use ``root`` itself.
    Snapshots taken by earlier versions directly in ``root`` keep working: ``import_run.snapshot``
    holds the path of each."""
    return root if programme is None else root / snapshot_key(programme)


def remove_database_file(path: Path) -> None:
    """Delete a database file and its WAL companions; a failure is logged, never raised."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete %s%s: %s", path, suffix, exc)


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, containers)
        return ""


def mapping_from_headers(headers: list[str], by_header: dict[str, str]) -> dict[int, str]:
    """Turn a {header: field} mapping (CLI/JSON form) into column indexes."""
    out = {}
    for index, header in enumerate(headers):
        if header in by_header and by_header[header] in FIELD_BY_KEY:
            out[index] = by_header[header]
    return out


__all__ = [
    "FIELDS",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportService",
    "Preview",
    "Table",
    "snapshot_folder",
    "snapshot_key",
]
