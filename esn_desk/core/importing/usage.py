"""Importing an ESN usage export: who read and who published on the network during a period.

Not tied to one vendor: any spreadsheet of users with an email (or employee ID) and activity
columns — posts, comments, reactions, views, last active date — goes through the same reading,
header detection, mapping and undo as the HR import.

Definitions (the tipping-point practice counts the people who *publish*):

* a **contributor** wrote at least one post or comment in the period;
* a **reader** did not write but was active in the period: reacted, viewed, or was last active
  within the period's dates.

Rows whose person is not in the directory (guests, external partners, people not yet in the HR
extract) are reported and not counted; shares are always computed over the directory's active
employees.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from esn_desk.core import i18n
from esn_desk.core.errors import ImportIssue, UserError
from esn_desk.core.i18n import translate
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import USAGE
from esn_desk.core.importing.readers import SourceFile
from esn_desk.core.importing.service import (
    Cancelled,
    ImportOptions,
    ImportPlan,
    Progress,
    VocabularyImport,
    _tick,
    _without_gc,
)

COUNT_FIELDS: Final = ("posts", "comments", "reactions", "views")
DEFAULT_PERIOD_DAYS: Final = 30
MAX_COUNT: Final = 1_000_000_000  # posts, comments, reactions or views of one person in one period
_NUMBER = re.compile(r"^\d+([.,]0+)?$")


def count(value: object) -> int:
    """A count cell: ``12``, ``12.0``, ``"1 234"``, empty → 0. Raises for text or negatives."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise values.ValueProblem(translate("UsageImport", "Not a number"))
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):  # NaN or inf in a number cell
            raise values.ValueProblem(translate("UsageImport", "Not a number"))
        if value < 0 or value != int(value):
            raise values.ValueProblem(translate("UsageImport", "Not a whole number of zero or more"))
        return _plausible(int(value))
    text = values.cell_text(value).replace("\u202f", "").replace(" ", "")
    if not text or text == "-":
        return 0
    if not _NUMBER.match(text):
        raise values.ValueProblem(translate("UsageImport", "Not a number"))
    digits = re.split(r"[.,]", text)[0].lstrip("0") or "0"
    return _plausible(int(digits) if len(digits) <= 12 else MAX_COUNT + 1)  # int() refuses 4,300 digits


def _plausible(number: int) -> int:
    # SQLite stores at most 2**63 - 1 (a larger count ended in OverflowError) and sums the counts.
    if number > MAX_COUNT:
        raise values.ValueProblem(
            translate("UsageImport", "Not a plausible count (more than {limit})").format(
                limit=i18n.number(MAX_COUNT)
            )
        )
    return number


class UsageImport(VocabularyImport):
    """Plans and applies usage imports; shares the import history and undo of :class:`ImportService`."""

    vocabulary = USAGE

    @_without_gc
    def plan(
        self,
        path: str | Path,
        options: ImportOptions | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        source: SourceFile | None = None,
        today: date | None = None,
    ) -> ImportPlan:
        """Match every row with the directory and classify contributors and readers; writes nothing."""
        options = options or ImportOptions()
        plan, rows = self._imports.read_table(
            Path(path),
            options,
            USAGE,
            progress=progress,
            cancelled=cancelled,
            source=source,
            example="Email / Adresse e-mail, Posts / Publications, Comments / Commentaires, Last active",
        )
        col_of = {f: i for i, f in plan.mapping.items()}
        key_field = "employee_id" if "employee_id" in col_of else "email"

        header = plan.column_label

        with self._db.read() as conn:
            people = {
                str(key): (pid, status)
                for pid, key, status in conn.execute(
                    f"SELECT id, {key_field}, status FROM person "
                    f"WHERE {key_field} IS NOT NULL AND {key_field} != ''"
                )
            }
        records: list[dict[str, Any]] = []
        first_row_of: dict[str, int] = {}
        not_found = 0
        total = len(rows)
        for position in range(total):
            item = rows[position]
            assert item is not None
            number, raw_row = item
            rows[position] = None
            if position % 5000 == 0:
                _tick(progress, cancelled, position, total, translate("UsageImport", "Checking the rows…"))
            record: dict[str, Any] = {}
            problem: ImportIssue | None = None
            for index, name in plan.mapping.items():
                raw = raw_row[index] if index < len(raw_row) else None
                try:
                    if name == "employee_id":
                        record[name] = values.identifier(raw)
                    elif name == "email":
                        record[name] = values.email(raw)
                    elif name == "last_active":
                        parsed = values.to_date(raw, day_first=options.day_first)
                        record[name] = parsed.isoformat() if parsed else None
                    else:
                        record[name] = count(raw)
                except values.ValueProblem as exc:
                    problem = problem or ImportIssue(number, header(name), values.cell_text(raw), str(exc))
            key = record.get(key_field) or ""
            if problem is None and not key:
                problem = ImportIssue(
                    number,
                    header(key_field),
                    "",
                    translate("UsageImport", "No {field}: every row needs one").format(
                        field=USAGE.label(key_field)
                    ),
                )
            elif problem is None and key in first_row_of:
                problem = ImportIssue(
                    number,
                    header(key_field),
                    key,
                    translate("UsageImport", "Already on row {row}; only that first row is counted").format(
                        row=first_row_of[key]
                    ),
                )
            if problem is not None:
                plan.errors.append(problem)
                plan.rejected_rows.append(
                    (
                        number,
                        raw_row,
                        translate("UsageImport", "{column}: {problem}").format(
                            column=problem.column, problem=problem.message
                        ),
                    )
                )
                continue
            first_row_of[key] = number
            found = people.get(key)  # (id, status)
            if found is None:
                not_found += 1
                plan.warnings.append(
                    ImportIssue(
                        number,
                        header(key_field),
                        key,
                        translate(
                            "UsageImport",
                            "Not in the directory (a guest, an external partner, or someone not yet in the "
                            "HR extract): not counted",
                        ),
                    )
                )
                continue
            record["person_id"] = found[0]
            record["_active"] = found[1] == "active"
            record["_row"] = number
            records.append(record)
        start, end = self._period(options, records, today or date.today())
        contributors = readers = 0
        for record in records:
            wrote = record.get("posts", 0) + record.get("comments", 0) > 0
            last = record.get("last_active")
            seen = bool(record.get("reactions", 0) + record.get("views", 0)) or (
                last is not None and start.isoformat() <= last <= end.isoformat()
            )
            record["contributor"] = int(wrote)
            record["reader"] = int(seen and not wrote)
            if record["_active"]:  # people who have left are stored but never counted
                contributors += wrote
                readers += seen and not wrote
        plan.creates = records
        with self._db.read() as conn:
            employees = int(conn.execute("SELECT count(*) FROM person WHERE status = 'active'").fetchone()[0])
        plan.extra = {
            "period_start": start.isoformat(),
            "period_end": end.isoformat(),
            "matched": len(records),
            "not_in_directory": not_found,
            "employees": employees,
            "contributors": contributors,
            "readers": readers,
        }
        plan.warnings.sort(key=lambda issue: issue.row)
        return plan

    @staticmethod
    def _period(options: ImportOptions, records: list[dict[str, Any]], today: date) -> tuple[date, date]:
        end = options.period_end
        if end is None:
            dates = [r["last_active"] for r in records if r.get("last_active")]
            end = date.fromisoformat(max(dates)) if dates else today
        start = options.period_start or (end - timedelta(days=DEFAULT_PERIOD_DAYS - 1))
        if start > end:
            raise UserError(
                translate(
                    "UsageImport", "The period starts ({start}) after it ends ({end}); check the dates."
                ).format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
            )
        return start, end

    def apply(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        today: date | None = None,
    ) -> int:
        """Store this period's usage in one transaction (undoable from the Imports page)."""
        if plan.what != "usage":
            raise UserError(translate("UsageImport", "This plan is not a usage import."))
        extra = plan.extra
        with self._imports.run(plan, today=today) as (conn, run_id):
            _tick(
                progress,
                cancelled,
                0,
                len(plan.creates),
                translate("UsageImport", "Saving the usage figures…"),
            )
            usage_id = conn.execute(
                "INSERT INTO usage_import (import_id, period_start, period_end, rows_read, matched,"
                " not_in_directory, employees, contributors, readers) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    run_id,
                    extra["period_start"],
                    extra["period_end"],
                    len(plan.creates) + extra["not_in_directory"] + len(plan.rejected_rows),
                    extra["matched"],
                    extra["not_in_directory"],
                    extra["employees"],
                    extra["contributors"],
                    extra["readers"],
                ),
            ).lastrowid
            batch = [
                (
                    usage_id,
                    r["person_id"],
                    r.get("last_active"),
                    r.get("posts", 0),
                    r.get("comments", 0),
                    r.get("reactions", 0),
                    r.get("views", 0),
                    r["contributor"],
                    r["reader"],
                )
                for r in plan.creates
            ]
            for start in range(0, len(batch), 5000):
                conn.executemany(
                    "INSERT INTO usage_record (usage_id, person_id, last_active, posts, comments, reactions,"
                    " views, contributor, reader) VALUES (?,?,?,?,?,?,?,?,?)",
                    batch[start : start + 5000],
                )
                _tick(
                    progress,
                    cancelled,
                    start,
                    len(batch),
                    translate("UsageImport", "Saving the usage figures…"),
                )
        return run_id


__all__ = ["COUNT_FIELDS", "UsageImport", "count"]
