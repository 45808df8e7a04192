"""Importing an existing ambassador roster (many programmes start from an Excel list).

Reuses the HR import's machinery — reading, header detection, mapping, saved mappings, history and
undo — with the roster's own fields. Each row names a person already in the directory (employee ID
or email) and what the roster says about them: role, status, source, date, objective, notes. A
person the directory does not know is refused with "import the HR extract first".
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from esn_desk.core import i18n
from esn_desk.core.db import Database
from esn_desk.core.errors import ImportIssue, UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import ROSTER
from esn_desk.core.importing.readers import SourceFile
from esn_desk.core.importing.service import (
    Cancelled,
    ImportOptions,
    ImportPlan,
    ImportService,
    PlannedUpdate,
    Progress,
    VocabularyImport,
    _tick,
    _without_gc,
)
from esn_desk.core.programme import (
    STATUS_LABELS,
    STATUSES,
    ProgrammeService,
    approval_steps,
    check_eligibility,
    role_code,
    role_label,
    source_code,
    source_label,
    status_label,
)
from esn_desk.core.text import fold

# What people write in a roster's status column → our status. Folded (no case, no accents).
_STATUS_WORDS: Final = {
    **{fold(label): key for key, label in STATUS_LABELS.items()},
    **{key.replace("_", " "): key for key in STATUSES},
    "ambassador": "active",
    "ambassadeur": "active",
    "ambassadrice": "active",
    "actif": "active",
    "active": "active",
    "en poste": "active",
    "oui": "active",
    "yes": "active",
    "candidat": "applied",
    "candidate": "applied",
    "candidature": "applied",
    "application": "applied",
    "volontaire": "applied",
    "nomine": "nominated",
    "nominee": "nominated",
    "nomination": "nominated",
    "propose": "nominated",
    "proposee": "nominated",
    "valide rh": "hr_validated",
    "validee rh": "hr_validated",
    "validation rh": "hr_validated",
    "hr approved": "hr_validated",
    "confirme manager": "manager_confirmed",
    "confirmee manager": "manager_confirmed",
    "confirme par le manager": "manager_confirmed",  # the French label (a roster exported in French)
    "confirmee par le manager": "manager_confirmed",
    "confirme": "manager_confirmed",
    "manager approved": "manager_confirmed",
    "en pause": "paused",
    "pause": "paused",
    "suspendu": "paused",
    "on hold": "paused",
    "ancien": "alumni",
    "ancienne": "alumni",
    "former": "alumni",
    "sorti": "alumni",
    "refuse": "declined",
    "refusee": "declined",
    "rejected": "declined",
    "retire": "withdrawn",
    "retiree": "withdrawn",
    "desiste": "withdrawn",
    "abandon": "withdrawn",
}


def parse_status(text: str) -> str | None:
    """``"Validé RH"`` → ``"hr_validated"``; None when the text names no status we know."""
    key = " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())
    return _STATUS_WORDS.get(key) or _STATUS_WORDS.get(key.replace(" ", ""))


_TEXT_FIELDS: Final = ("role", "source", "objective", "notes")


class RosterImport(VocabularyImport):
    """Plans and applies roster imports; shares the import history and undo of :class:`ImportService`."""

    vocabulary = ROSTER

    def __init__(self, db: Database, imports: ImportService, programme: ProgrammeService) -> None:
        super().__init__(db, imports)
        self._programme = programme

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
        """Check every row against the directory and the roster; writes nothing."""
        options = options or ImportOptions()
        day = today or date.today()
        plan, rows = self._imports.read_table(
            Path(path),
            options,
            ROSTER,
            progress=progress,
            cancelled=cancelled,
            source=source,
            example="Matricule / Employee ID, Adresse e-mail / Email, Rôle / Role, Statut / Status",
        )
        rules = self._programme.rules()
        col_of = {f: i for i, f in plan.mapping.items()}
        key_field = "employee_id" if "employee_id" in col_of else "email"

        header = plan.column_label

        with self._db.read() as conn:
            people: dict[str, dict[str, Any]] = {}
            for row in conn.execute(
                "SELECT p.id, p.employee_id, p.email, p.full_name, p.status, p.department, p.site, p.country,"
                " p.city, p.job_title, p.hire_date, a.id, a.status, a.role, a.source, a.applied_on,"
                " a.objective, a.notes FROM person p LEFT JOIN ambassador a ON a.person_id = p.id"
            ):
                person_record: dict[str, Any] = {
                    "person_id": row[0],
                    "full_name": row[3],
                    "status": row[4],
                    "department": row[5],
                    "site": row[6],
                    "country": row[7],
                    "city": row[8],
                    "job_title": row[9],
                    "hire_date": row[10],
                    "ambassador_id": row[11],
                    "current": dict(
                        zip(
                            ("status", "role", "source", "applied_on", "objective", "notes"),
                            row[12:],
                            strict=True,
                        )
                    ),
                }
                key = row[1] if key_field == "employee_id" else row[2]
                if key:
                    people[str(key)] = person_record
        first_row_of: dict[str, int] = {}
        total = len(rows)
        for position in range(total):
            item = rows[position]
            assert item is not None
            number, raw_row = item
            rows[position] = None
            if position % 2000 == 0:
                _tick(progress, cancelled, position, total, translate("RosterImport", "Checking the rows…"))
            record: dict[str, Any] = {}
            problem: ImportIssue | None = None
            for index, name in plan.mapping.items():
                raw = raw_row[index] if index < len(raw_row) else None
                text = values.cell_text(raw)
                try:
                    if name == "employee_id":
                        record[name] = values.identifier(raw)
                    elif name == "email":
                        record[name] = values.email(raw)
                    elif name == "applied_on":
                        parsed = values.to_date(raw, day_first=options.day_first)
                        if parsed is not None and parsed > day:
                            raise values.ValueProblem(translate("RosterImport", "A date in the future"))
                        record[name] = parsed.isoformat() if parsed else ""
                    elif name == "status":
                        status = parse_status(text) if text else "active"
                        if status is None:
                            raise values.ValueProblem(
                                translate(
                                    "RosterImport", "Not a status ESN Desk knows (use e.g. {statuses})"
                                ).format(statuses=", ".join(status_label(s) for s in STATUS_LABELS))
                            )
                        record[name] = status
                    elif name == "source":
                        # A default source exported in the interface language comes back as stored.
                        record[name] = source_code(text) if text else text
                    else:
                        record[name] = text
                except values.ValueProblem as exc:
                    problem = problem or ImportIssue(number, header(name), text, str(exc))
            if not any(values.cell_text(c) for c in raw_row):
                continue
            key = record.get(key_field, "")
            person = people.get(key) if key else None
            if problem is None and not key:
                problem = ImportIssue(
                    number,
                    header(key_field),
                    "",
                    translate("RosterImport", "No {field}: every row needs one").format(
                        field=ROSTER.label(key_field)
                    ),
                )
            elif problem is None and key in first_row_of:
                problem = ImportIssue(
                    number,
                    header(key_field),
                    key,
                    translate("RosterImport", "Already on row {row}; only that first row is imported").format(
                        row=first_row_of[key]
                    ),
                )
            elif problem is None and person is None:
                problem = ImportIssue(
                    number,
                    header(key_field),
                    key,
                    translate(
                        "RosterImport",
                        "Nobody in the directory has this employee ID: import the HR extract first",
                    )
                    if key_field == "employee_id"
                    else translate(
                        "RosterImport", "Nobody in the directory has this email: import the HR extract first"
                    ),
                )
            if problem is not None:
                plan.errors.append(problem)
                plan.rejected_rows.append(
                    (
                        number,
                        raw_row,
                        translate("RosterImport", "{column}: {problem}").format(
                            column=problem.column, problem=problem.message
                        ),
                    )
                )
                continue
            assert person is not None
            first_row_of[key] = number
            role = record.get("role") or ""
            if role and role not in rules.roles:
                # A default role exported in the interface language ("Ambassadeur") comes back as stored.
                role = record["role"] = role_code(role)
            if role and role not in rules.roles:
                known = {fold(r): r for r in rules.roles}
                if fold(role) in known:
                    record["role"] = known[fold(role)]
                else:
                    plan.warnings.append(
                        ImportIssue(
                            number,
                            header("role"),
                            role,
                            translate(
                                "RosterImport",
                                "Not one of the programme's roles; kept as written (add it under "
                                "Recruitment rules if it is a real role)",
                            ),
                        )
                    )
            if person["status"] == "left" and record.get("status", "active") in ("active", *STATUSES[:4]):
                plan.warnings.append(
                    ImportIssue(
                        number,
                        header(key_field),
                        key,
                        translate(
                            "RosterImport",
                            "{name} has left the company according to the HR data; flagged on the roster",
                        ).format(name=person["full_name"]),
                    )
                )
            current = person["current"]
            record["_row"] = number
            record["person_id"] = person["person_id"]
            record["full_name"] = person["full_name"]
            if person["ambassador_id"] is None:
                reasons = check_eligibility(rules.rules, person, day)
                if reasons:
                    plan.warnings.append(
                        ImportIssue(
                            number,
                            header(key_field),
                            key,
                            translate(
                                "RosterImport",
                                "{name} does not meet the programme's rules ({reasons}); imported as the "
                                "roster says, with that exception noted",
                            ).format(name=person["full_name"], reasons=_joined(reasons)),
                        )
                    )
                    record["_override"] = "; ".join(reasons)
                plan.creates.append(record)
                continue
            changes = {}
            for name in (*_TEXT_FIELDS, "status", "applied_on"):
                if name not in record:
                    continue
                old = current.get(name) or ""
                new = record[name] or ""
                if name == "applied_on" and not new:
                    continue
                if str(old) != str(new):
                    changes[name] = (old or None, new or None)
            if changes:
                plan.updates.append(PlannedUpdate(person["ambassador_id"], number, record, changes, False))
            else:
                plan.unchanged_ids.append(person["ambassador_id"])
        plan.warnings.sort(key=lambda issue: issue.row)
        return plan

    def apply(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        today: date | None = None,
    ) -> int:
        """Write the plan in one transaction (undoable from the Imports page like an HR import)."""
        if plan.what != "roster":
            raise UserError(translate("RosterImport", "This plan is not a roster import."))
        day = (today or date.today()).isoformat()
        now = datetime.now().isoformat(timespec="seconds")
        rules = self._programme.rules()
        default_role = next(iter(rules.roles))
        steps = approval_steps(rules.flow)  # a programme without a manager step records no confirmation
        by = f"Roster import: {plan.path.name}"
        total = len(plan.creates) + len(plan.updates)
        with self._imports.run(plan, today=today) as (conn, run_id):
            for position, record in enumerate(plan.creates):
                if position % 500 == 0:
                    _tick(
                        progress, cancelled, position, total, translate("RosterImport", "Adding ambassadors…")
                    )
                status = record.get("status") or "active"
                applied = record.get("applied_on") or day
                # How far along the approval steps the roster's status implies the person went.
                reached = {"declined": 0, "withdrawn": 0, "paused": 4, "alumni": 4}.get(
                    status, STATUSES.index(status)
                )
                if conn.execute(
                    "SELECT 1 FROM ambassador WHERE person_id = ?", (record["person_id"],)
                ).fetchone():
                    raise UserError(
                        translate(
                            "RosterImport",
                            "{name} was added to the programme after the file was checked; nothing was "
                            "imported. Check the file again.",
                        ).format(name=record["full_name"])
                    )
                ambassador_id = conn.execute(
                    "INSERT INTO ambassador (person_id, status, entry, source, role, applied_on, objective,"
                    " notes, eligibility_override, hr_validated_on, hr_validated_by, manager_confirmed_on,"
                    " manager_confirmed_by, activated_on, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        record["person_id"],
                        status,
                        "nomination" if status == "nominated" else "application",
                        record.get("source", ""),
                        record.get("role") or default_role,
                        applied,
                        record.get("objective", ""),
                        record.get("notes", ""),
                        f"Imported from {plan.path.name}: {record['_override']}"
                        if "_override" in record
                        else None,
                        applied if reached >= 2 and "hr_validated" in steps else None,
                        by if reached >= 2 and "hr_validated" in steps else None,
                        applied if reached >= 3 and "manager_confirmed" in steps else None,
                        by if reached >= 3 and "manager_confirmed" in steps else None,
                        applied if status in ("active", "paused", "alumni") else None,
                        now,
                        now,
                    ),
                ).lastrowid
                conn.execute(
                    "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by, note)"
                    " VALUES (?,?,?,?,?,?)",
                    (ambassador_id, applied, None, status, by, f"Row {record['_row']} of the roster file"),
                )
            for position, update in enumerate(plan.updates):
                if position % 500 == 0:
                    _tick(
                        progress,
                        cancelled,
                        len(plan.creates) + position,
                        total,
                        translate("RosterImport", "Updating the roster…"),
                    )
                assignments = {name: new or "" for name, (_old, new) in update.changes.items()}
                assignments["updated_at"] = now
                if assignments.get("status") == "active":
                    assignments["activated_on"] = day
                conn.execute(
                    f"UPDATE ambassador SET {', '.join(f'{c} = ?' for c in assignments)} WHERE id = ?",
                    (*assignments.values(), update.person_id),
                )
                if "status" in update.changes:
                    old, new = update.changes["status"]
                    conn.execute(
                        "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by, note)"
                        " VALUES (?,?,?,?,?,?)",
                        (update.person_id, day, old, new, by, f"Row {update.row} of the roster file"),
                    )
                else:
                    conn.execute(
                        "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by, note)"
                        " SELECT id, ?, status, status, ?, ? FROM ambassador WHERE id = ?",
                        (
                            day,
                            by,
                            # Stored in the candidacy's history (data: English, like its other notes).
                            "Updated " + ", ".join(ROSTER.by_key[n].label.lower() for n in update.changes),
                            update.person_id,
                        ),
                    )
            _tick(progress, cancelled, total, total, translate("RosterImport", "Saving…"))
            conn.execute(
                "UPDATE import_run SET mapping = ? WHERE id = ?",
                (json.dumps(plan.mapping_by_header(), ensure_ascii=False), run_id),
            )
        return run_id


def describe(plan: ImportPlan) -> list[tuple[str, ...]]:
    """Rows for the review's "changes" tab: row, name, what changes."""
    out: list[tuple[str, ...]] = []
    for update in plan.updates:
        text = _joined(
            [
                translate("RosterImport", "{field}: {old} → {new}").format(
                    field=ROSTER.label(n), old=_show(n, old), new=_show(n, new)
                )
                for n, (old, new) in update.changes.items()
            ]
        )
        out.append((str(update.row), str(update.record.get("full_name", "")), text))
    return out


def _show(name: str, value: object) -> str:
    """A value of the changes tab as shown: statuses, default roles and sources translated."""
    if not value:
        return "—"
    shown = {"status": status_label, "role": role_label, "source": source_label}.get(name)
    return shown(str(value)) if shown is not None else str(value)


def _joined(parts: list[str]) -> str:
    """Parts of one message separated by semicolons (a narrow no-break space before it in French)."""
    return ("\u202f; " if i18n.language() == "fr" else "; ").join(parts)


__all__ = ["RosterImport", "describe", "parse_status"]


# -- the history texts a roster import stores, shown in the interface language -----------------------
# The import writes them in English into ``ambassador_event`` (stored data, like every other note);
# :func:`shown_history_text` gives them back in the language of the moment when they are displayed.
_STORED = (
    (
        re.compile(r"^Roster import: (?P<file>.+)$", re.S),
        QT_TRANSLATE_NOOP("RosterImport", "Roster import: {file}"),
    ),
    (
        re.compile(r"^Row (?P<row>\d+) of the roster file$"),
        QT_TRANSLATE_NOOP("RosterImport", "Row {row} of the roster file"),
    ),
    (
        re.compile(r"^Imported from (?P<file>.+?): (?P<note>.*)$", re.S),
        QT_TRANSLATE_NOOP("RosterImport", "Imported from {file}: {note}"),
    ),
)


_OVERRIDE = re.compile(r"\[eligibility override: (?P<note>.*)\]$", re.S)


def shown_history_text(stored: str | None) -> str:
    """A text the roster import stored (who, note) in the interface language; other text unchanged."""
    if not stored:
        return ""
    for pattern, template in _STORED:
        match = pattern.match(stored)
        if match:
            return translate("RosterImport", template).format(**match.groupdict())
    override = _OVERRIDE.search(stored)
    if override:  # ProgrammeService.recruit appends it to the motivation
        shown = translate("RosterImport", "[eligibility exception: {note}]").format(note=override["note"])
        return stored[: override.start()] + shown
    if stored.startswith("Updated "):
        labels = {f.label.lower(): f.shown_label.lower() for f in ROSTER.fields}
        names = [labels.get(name.strip(), name.strip()) for name in stored[len("Updated ") :].split(",")]
        return translate("RosterImport", "Updated {fields}").format(fields=", ".join(names))
    return stored
