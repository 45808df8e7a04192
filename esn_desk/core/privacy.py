"""Privacy: what the programme holds about one person (access / portability), erasing a person from
every table, and the retention of people who left.

Erasing runs in one transaction with ``PRAGMA secure_delete = ON`` (SQLite overwrites the deleted
content and the freed pages with zeros), then checkpoints and truncates the write-ahead log so it
does not keep the old pages. Copies made before the erase (backups, the import undo snapshot) are
not in this file: the undo snapshot is deleted, and the report says plainly that older backups
still hold the person until they rotate out (about 6 months at most, see :mod:`esn_desk.core.backups`).
:func:`purge_from_backups` removes them from those backups at once: each backup that holds them
is erased in place the same way and vacuumed, or deleted when its schema is older than this
version's (the erase code only knows the current schema).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from esn_desk.core import i18n, migrations
from esn_desk.core.db import Database, check_file, restrict_permissions
from esn_desk.core.errors import DatabaseError, UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing.service import remove_database_file

log = logging.getLogger(__name__)

# Shown with backups_note(name).
BACKUPS_NOTE = QT_TRANSLATE_NOOP(
    "Privacy",
    "Older backups of this programme, made before the erase, still hold {name} until they rotate "
    "out: about 6 months at most. Purge the backups now to remove {name} from them at once.",
)

ERASED_MARK = "[erased]"
# A name shorter than this is not searched for in other people's free text (it would match words).
_MIN_NAME_LENGTH = 5
# The person's own identity columns: other people's rows keep theirs, even when names coincide.
_PERSON_OWN = ("employee_id", "email", "first_name", "last_name", "full_name", "search_key", "sort_key")
_INTERNAL = ("search_key", "sort_key")

# Sections of a person's export, in order, with their titles (sheet names in the workbook).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("person", QT_TRANSLATE_NOOP("Privacy", "Directory record")),
    ("changes", QT_TRANSLATE_NOOP("Privacy", "Change history")),
    ("candidacy", QT_TRANSLATE_NOOP("Privacy", "Candidacy")),
    ("candidacy_history", QT_TRANSLATE_NOOP("Privacy", "Candidacy history")),
    ("activities", QT_TRANSLATE_NOOP("Privacy", "Activities")),
    ("case_studies", QT_TRANSLATE_NOOP("Privacy", "Case studies")),
    ("kit", QT_TRANSLATE_NOOP("Privacy", "Kit")),
    ("training", QT_TRANSLATE_NOOP("Privacy", "Training")),
    ("usage", QT_TRANSLATE_NOOP("Privacy", "Network usage")),
)
# Column titles of the export workbook (the stored column names, written out).
COLUMN_TITLES: dict[str, str] = {
    "employee_id": QT_TRANSLATE_NOOP("Privacy", "Employee id"),
    "email": QT_TRANSLATE_NOOP("Privacy", "Email"),
    "first_name": QT_TRANSLATE_NOOP("Privacy", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Privacy", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Privacy", "Full name"),
    "job_title": QT_TRANSLATE_NOOP("Privacy", "Job title"),
    "department": QT_TRANSLATE_NOOP("Privacy", "Department"),
    "site": QT_TRANSLATE_NOOP("Privacy", "Site"),
    "city": QT_TRANSLATE_NOOP("Privacy", "City"),
    "country": QT_TRANSLATE_NOOP("Privacy", "Country"),
    "phone": QT_TRANSLATE_NOOP("Privacy", "Phone"),
    "manager_email": QT_TRANSLATE_NOOP("Privacy", "Manager email"),
    "manager_employee_id": QT_TRANSLATE_NOOP("Privacy", "Manager employee id"),
    "hire_date": QT_TRANSLATE_NOOP("Privacy", "Hire date"),
    "status": QT_TRANSLATE_NOOP("Privacy", "Status"),
    "left_on": QT_TRANSLATE_NOOP("Privacy", "Left on"),
    "first_seen": QT_TRANSLATE_NOOP("Privacy", "First seen"),
    "last_seen": QT_TRANSLATE_NOOP("Privacy", "Last seen"),
    "source": QT_TRANSLATE_NOOP("Privacy", "Source"),
    "changed_at": QT_TRANSLATE_NOOP("Privacy", "Changed at"),
    "kind": QT_TRANSLATE_NOOP("Privacy", "Kind"),
    "import_id": QT_TRANSLATE_NOOP("Privacy", "Import id"),
    "changes": QT_TRANSLATE_NOOP("Privacy", "Changes"),
    "person_id": QT_TRANSLATE_NOOP("Privacy", "Person id"),
    "entry": QT_TRANSLATE_NOOP("Privacy", "Entry"),
    "role": QT_TRANSLATE_NOOP("Privacy", "Role"),
    "applied_on": QT_TRANSLATE_NOOP("Privacy", "Applied on"),
    "motivation": QT_TRANSLATE_NOOP("Privacy", "Motivation"),
    "eligibility_override": QT_TRANSLATE_NOOP("Privacy", "Eligibility override"),
    "hr_validated_on": QT_TRANSLATE_NOOP("Privacy", "Hr validated on"),
    "hr_validated_by": QT_TRANSLATE_NOOP("Privacy", "Hr validated by"),
    "manager_confirmed_on": QT_TRANSLATE_NOOP("Privacy", "Manager confirmed on"),
    "manager_confirmed_by": QT_TRANSLATE_NOOP("Privacy", "Manager confirmed by"),
    "activated_on": QT_TRANSLATE_NOOP("Privacy", "Activated on"),
    "refused_by": QT_TRANSLATE_NOOP("Privacy", "Refused by"),
    "refusal_reason": QT_TRANSLATE_NOOP("Privacy", "Refusal reason"),
    "objective": QT_TRANSLATE_NOOP("Privacy", "Objective"),
    "objective_target": QT_TRANSLATE_NOOP("Privacy", "Objective target"),
    "objective_due": QT_TRANSLATE_NOOP("Privacy", "Objective due"),
    "privileges": QT_TRANSLATE_NOOP("Privacy", "Privileges"),
    "community_member": QT_TRANSLATE_NOOP("Privacy", "Community member"),
    "notes": QT_TRANSLATE_NOOP("Privacy", "Notes"),
    "created_at": QT_TRANSLATE_NOOP("Privacy", "Created at"),
    "updated_at": QT_TRANSLATE_NOOP("Privacy", "Updated at"),
    "at": QT_TRANSLATE_NOOP("Privacy", "At"),
    "from_status": QT_TRANSLATE_NOOP("Privacy", "From status"),
    "to_status": QT_TRANSLATE_NOOP("Privacy", "To status"),
    "by": QT_TRANSLATE_NOOP("Privacy", "By"),
    "note": QT_TRANSLATE_NOOP("Privacy", "Note"),
    "happened_on": QT_TRANSLATE_NOOP("Privacy", "Happened on"),
    "description": QT_TRANSLATE_NOOP("Privacy", "Description"),
    "points": QT_TRANSLATE_NOOP("Privacy", "Points"),
    "title": QT_TRANSLATE_NOOP("Privacy", "Title"),
    "use_case": QT_TRANSLATE_NOOP("Privacy", "Use case"),
    "written_on": QT_TRANSLATE_NOOP("Privacy", "Written on"),
    "body": QT_TRANSLATE_NOOP("Privacy", "Body"),
    "link": QT_TRANSLATE_NOOP("Privacy", "Link"),
    "item": QT_TRANSLATE_NOOP("Privacy", "Item"),
    "state": QT_TRANSLATE_NOOP("Privacy", "State"),
    "prepared_on": QT_TRANSLATE_NOOP("Privacy", "Prepared on"),
    "given_on": QT_TRANSLATE_NOOP("Privacy", "Given on"),
    "session": QT_TRANSLATE_NOOP("Privacy", "Session"),
    "format": QT_TRANSLATE_NOOP("Privacy", "Format"),
    "starts_at": QT_TRANSLATE_NOOP("Privacy", "Starts at"),
    "timezone": QT_TRANSLATE_NOOP("Privacy", "Timezone"),
    "minutes": QT_TRANSLATE_NOOP("Privacy", "Minutes"),
    "period_start": QT_TRANSLATE_NOOP("Privacy", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("Privacy", "Period end"),
    "last_active": QT_TRANSLATE_NOOP("Privacy", "Last active"),
    "posts": QT_TRANSLATE_NOOP("Privacy", "Posts"),
    "comments": QT_TRANSLATE_NOOP("Privacy", "Comments"),
    "reactions": QT_TRANSLATE_NOOP("Privacy", "Reactions"),
    "views": QT_TRANSLATE_NOOP("Privacy", "Views"),
    "contributor": QT_TRANSLATE_NOOP("Privacy", "Contributor"),
    "reader": QT_TRANSLATE_NOOP("Privacy", "Reader"),
    "id": QT_TRANSLATE_NOOP("Privacy", "Id"),
    "what": QT_TRANSLATE_NOOP("Privacy", "What"),
    "exported_at": QT_TRANSLATE_NOOP("Privacy", "Exported at"),
}


def column_title(name: str) -> str:
    """A stored column name as a title of the export workbook, in the interface language."""
    title = COLUMN_TITLES.get(name)
    return translate("Privacy", title) if title else name.replace("_", " ").capitalize()


def backups_note(name: str) -> str:
    """Which backups still hold ``name`` (a person, or "these 3 people") after an erase."""
    return translate("Privacy", BACKUPS_NOTE).format(name=name)


@dataclass(frozen=True)
class ErasureReport:
    """What an erase removed: rows per table, values cleared elsewhere, and what remains outside."""

    person_id: int
    name: str
    deleted: dict[str, int]
    cleared: dict[str, int] = field(default_factory=dict)  # "table.column" → rows whose value was cleared
    undo_snapshot_deleted: bool = False
    checkpointed: bool = True
    note: str = ""
    # Who was erased, to find them in the backups (purge_from_backups); never printed or logged.
    email: str = field(default="", repr=False)
    employee_id: str = field(default="", repr=False)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())

    def lines(self) -> list[str]:
        out = [translate("Privacy", "Erased {name} (#{id}):").format(name=self.name, id=self.person_id)]
        out += [
            "  " + translate("Privacy", "{table}: {count} row(s) deleted").format(table=table, count=count)
            for table, count in self.deleted.items()
            if count
        ]
        out += [
            "  "
            + translate("Privacy", "{column}: {count} value(s) cleared").format(column=where, count=count)
            for where, count in self.cleared.items()
            if count
        ]
        if self.undo_snapshot_deleted:
            out.append(
                "  "
                + translate(
                    "Privacy", "The undo copy of the latest import was deleted (it held this person)."
                )
            )
        if not self.checkpointed:
            out.append(
                "  "
                + translate(
                    "Privacy",
                    "The database log could not be emptied now (the programme is in use); it will be.",
                )
            )
        out.append(self.note)
        return out


def _minus_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _columns(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [d[0] for d in conn.execute(f"SELECT * FROM ({sql}) LIMIT 0").description]


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def file_stem(name: str, person_id: int) -> str:
    """A file name for a person's export: their name, safe on every file system."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-. ")[:80]
    return stem or f"person-{person_id}"


class _Scrubber:
    """Removes one person's email, employee ID and name from values that are not their own rows."""

    def __init__(self, email: str, employee_id: str, names: Iterable[str]) -> None:
        email = email.strip().casefold()
        self.employee_id = employee_id.strip()
        # A whole value equal to the email is cleared; the employee ID only inside JSON (a manager
        # value in a change history): as a plain value, "14" could be anything.
        self.exact = {email} - {""}
        self.exact_in_json = self.exact | ({self.employee_id.casefold()} - {""})
        terms = {email, *(n.strip().casefold() for n in names)} - {""}
        self.terms = sorted(t for t in terms if "@" in t or len(t) >= _MIN_NAME_LENGTH)
        self._pattern = (
            re.compile("|".join(re.escape(t) for t in sorted(self.terms, key=len, reverse=True)), re.I)
            if self.terms
            else None
        )

    def needles(self) -> list[str]:
        """Substrings to look for in stored text: plain, as escaped in ASCII-only JSON, and the
        employee ID as a JSON string."""
        out = set(self.terms)
        out |= {json.dumps(t)[1:-1] for t in self.terms}
        if self.employee_id:
            out |= {
                json.dumps(self.employee_id).casefold(),
                json.dumps(self.employee_id, ensure_ascii=False).casefold(),
            }
        return sorted(out)

    def text(self, value: str, exact: set[str]) -> str:
        if value.strip().casefold() in exact:
            return ""
        return self._pattern.sub(ERASED_MARK, value) if self._pattern else value

    def data(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value, self.exact_in_json)
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, dict):
            return {self.text(str(k), self.exact): self.data(v) for k, v in value.items()}
        return value

    def value(self, stored: str) -> str:
        if stored[:1] in ("{", "["):
            try:
                parsed = json.loads(stored)
            except ValueError:
                return self.text(stored, self.exact)
            return json.dumps(self.data(parsed), ensure_ascii=False)
        if stored[:1] == '"':
            try:
                inner = json.loads(stored)
            except ValueError:
                return self.text(stored, self.exact)
            if isinstance(inner, str):
                return json.dumps(self.text(inner, self.exact), ensure_ascii=False)
        return self.text(stored, self.exact)


class PrivacyService:
    """Access, erasure and retention for the people of one programme."""

    def __init__(self, db: Database, *, safety_backup: Callable[[str], object] | None = None) -> None:
        self._db = db
        # Called with "before-erase" before anyone is erased (a verified backup of the file).
        self._safety_backup = safety_backup

    @property
    def backs_up_first(self) -> bool:
        """Whether a verified backup is taken before each erase (not for the demo or in memory)."""
        return self._safety_backup is not None

    # -- finding a person --------------------------------------------------------------------------
    def find(self, email_or_id: str) -> int:
        """The person with this email (any case) or employee ID; a UserError when none or several."""
        key = email_or_id.strip()
        if not key:
            raise UserError(translate("Privacy", "Give the person's email or employee ID."))
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, full_name, email, employee_id FROM person "
                "WHERE lower(email) = lower(?) OR employee_id = ? ORDER BY id",
                (key, key),
            ).fetchall()
            if not rows and "@" not in key:
                rows = conn.execute(
                    "SELECT id, full_name, email, employee_id FROM person "
                    "WHERE upper(employee_id) = upper(?) ORDER BY id",
                    (key,),
                ).fetchall()
        if not rows:
            raise UserError(
                translate("Privacy", "Nobody in the directory has the email or employee ID “{key}”.").format(
                    key=key
                )
            )
        if len(rows) > 1:
            nameless = translate("Privacy", "(no name)")
            who = "; ".join(
                f"{name or nameless} <{mail or '—'}> {eid or ''}".strip() for _, name, mail, eid in rows
            )
            raise UserError(
                translate(
                    "Privacy",
                    "“{key}” matches {count} people ({who}): give the employee ID of the one you mean.",
                ).format(key=key, count=i18n.number(len(rows)), who=who)
            )
        return int(rows[0][0])

    def _person(self, conn: sqlite3.Connection, person_id: int) -> dict[str, Any]:
        rows = _rows(conn, "SELECT * FROM person WHERE id = ?", (person_id,))
        if not rows:
            raise UserError(
                translate("Privacy", "There is no person #{id} in the directory.").format(id=person_id)
            )
        return rows[0]

    # -- access / portability ----------------------------------------------------------------------
    def export_person(self, person_id: int) -> dict[str, Any]:
        """Everything held about the person, as plain JSON-serialisable data (one key per section)."""
        with self._db.read() as conn:
            person = self._person(conn, person_id)
            for key in _INTERNAL:
                person.pop(key, None)
            changes = _rows(
                conn,
                "SELECT changed_at, kind, import_id, changes FROM person_change "
                "WHERE person_id = ? ORDER BY id",
                (person_id,),
            )
            for change in changes:
                change["changes"] = _json_or_text(change["changes"])
            candidacies = _rows(conn, "SELECT * FROM ambassador WHERE person_id = ?", (person_id,))
            candidacy = candidacies[0] if candidacies else None
            amb = candidacy["id"] if candidacy else -1
            if candidacy is not None:
                candidacy["privileges"] = _json_or_text(candidacy["privileges"])
            history = _rows(
                conn,
                "SELECT at, from_status, to_status, by, note FROM ambassador_event "
                "WHERE ambassador_id = ? ORDER BY id",
                (amb,),
            )
            activities = _rows(
                conn,
                "SELECT happened_on, kind, description, points, created_at, updated_at FROM activity "
                "WHERE ambassador_id = ? ORDER BY happened_on, id",
                (amb,),
            )
            case_studies = _rows(
                conn,
                "SELECT title, site, use_case, written_on, status, body, link, created_at, updated_at "
                "FROM case_study WHERE ambassador_id = ? ORDER BY written_on, id",
                (amb,),
            )
            kit = _rows(
                conn,
                "SELECT item, state, prepared_on, given_on, note FROM kit_item WHERE ambassador_id = ? "
                "ORDER BY item",
                (amb,),
            )
            training = _rows(
                conn,
                "SELECT s.title AS session, s.kind, s.format, s.starts_at, s.timezone, e.status, e.minutes, "
                "e.source, e.updated_at FROM enrolment e JOIN training_session s ON s.id = e.session_id "
                "WHERE e.person_id = ? ORDER BY s.starts_at, s.id",
                (person_id,),
            )
            usage = _rows(
                conn,
                "SELECT u.period_start, u.period_end, r.last_active, r.posts, r.comments, r.reactions, "
                "r.views, r.contributor, r.reader FROM usage_record r "
                "JOIN usage_import u ON u.id = r.usage_id WHERE r.person_id = ? ORDER BY u.period_end",
                (person_id,),
            )
        return {
            "about": {
                "what": translate("Privacy", "Everything this programme holds about one person"),
                "exported_at": datetime.now().replace(microsecond=0).isoformat(sep=" "),
                "person_id": person_id,
            },
            "person": person,
            "changes": changes,
            "candidacy": candidacy,
            "candidacy_history": history,
            "activities": activities,
            "case_studies": case_studies,
            "kit": kit,
            "training": training,
            "usage": usage,
        }

    def write_export(self, person_id: int, out_dir: Path) -> tuple[Path, Path]:
        """Write ``<name>.json`` and ``<name>.xlsx`` (a sheet per section) into ``out_dir``."""
        from esn_desk.core import exports  # exports imports the store, which imports this module

        folder = Path(out_dir).expanduser()
        if not folder.is_dir():
            raise UserError(translate("Privacy", "The folder {folder} does not exist.").format(folder=folder))
        data = self.export_person(person_id)
        stem = file_stem(str(data["person"].get("full_name") or ""), person_id)
        json_path = folder / f"{stem}.json"
        xlsx_path = folder / f"{stem}.xlsx"
        try:
            json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            raise UserError(
                translate("Privacy", "Cannot write {path}: {error}").format(
                    path=json_path, error=exc.strerror or exc
                )
            ) from None

        wb = exports._new_workbook()
        field_value = [exports.Col(translate("Privacy", "Field")), exports.Col(translate("Privacy", "Value"))]
        about = [(column_title(key), value) for key, value in data["about"].items()]
        exports._table(wb, translate("Privacy", "About"), field_value, about)
        # A record's fields: their stored names (as in the JSON), written out in French.
        french = i18n.language() == "fr"
        for key, title in SECTIONS:
            section = data[key]
            sheet = translate("Privacy", title)
            if section is None or isinstance(section, dict):
                pairs = [(column_title(k) if french else k, _cell(v)) for k, v in (section or {}).items()]
                exports._table(wb, sheet, field_value, pairs)
                continue
            names = list(section[0]) if section else []
            columns = [exports.Col(column_title(name), _kind(section, name, exports)) for name in names] or [
                exports.Col(translate("Privacy", "(none)"))
            ]
            exports._table(wb, sheet, columns, [[_cell(row.get(n)) for n in names] for row in section])
        exports._save(wb, xlsx_path)
        return json_path, xlsx_path

    # -- erasure -----------------------------------------------------------------------------------
    def preview(self, person_id: int) -> dict[str, int]:
        """Rows an erase of this person would delete (or detach), per table."""
        with self._db.read() as conn:
            self._person(conn, person_id)
            return self._counts(conn, person_id)

    def _counts(self, conn: sqlite3.Connection, person_id: int) -> dict[str, int]:
        amb = conn.execute("SELECT id FROM ambassador WHERE person_id = ?", (person_id,)).fetchone()
        amb_id = amb[0] if amb else -1

        def count(sql: str, value: int) -> int:
            return int(conn.execute(sql, (value,)).fetchone()[0])

        return {
            "person": count("SELECT count(*) FROM person WHERE id = ?", person_id),
            "person_change": count("SELECT count(*) FROM person_change WHERE person_id = ?", person_id),
            "ambassador": count("SELECT count(*) FROM ambassador WHERE person_id = ?", person_id),
            "ambassador_event": count(
                "SELECT count(*) FROM ambassador_event WHERE ambassador_id = ?", amb_id
            ),
            "activity": count("SELECT count(*) FROM activity WHERE ambassador_id = ?", amb_id),
            "kit_item": count("SELECT count(*) FROM kit_item WHERE ambassador_id = ?", amb_id),
            "enrolment": count("SELECT count(*) FROM enrolment WHERE person_id = ?", person_id),
            "usage_record": count("SELECT count(*) FROM usage_record WHERE person_id = ?", person_id),
            "case_study (author removed)": count(
                "SELECT count(*) FROM case_study WHERE ambassador_id = ?", amb_id
            ),
        }

    def erase(self, person_id: int) -> ErasureReport:
        """Remove the person from every table, in one transaction, overwriting what was deleted."""
        return self.purge([person_id])[0]

    def purge(self, person_ids: Iterable[int]) -> list[ErasureReport]:
        """Erase all these people in one transaction (all or none); one report each."""
        ids = list(dict.fromkeys(int(p) for p in person_ids))
        if not ids:
            return []
        if self._safety_backup is not None:
            self._safety_backup("before-erase")
        return self._erase(ids, remove_snapshots=True)

    def _erase(self, ids: list[int], *, remove_snapshots: bool) -> list[ErasureReport]:
        reports: list[tuple[int, str, dict[str, int], dict[str, int], str, str]] = []
        snapshots: list[Path] = []
        with self._db.write() as conn:
            secure = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
            conn.execute("PRAGMA secure_delete = ON")
            try:
                for person_id in ids:
                    person = self._person(conn, person_id)
                    deleted = self._counts(conn, person_id)
                    self._delete(conn, person_id)
                    cleared = self._clear_elsewhere(conn, person)
                    name = str(person["full_name"] or person["email"] or f"#{person_id}")
                    identity = (str(person["email"] or ""), str(person["employee_id"] or ""))
                    reports.append((person_id, name, deleted, cleared, *identity))
                # The undo copy of the latest import holds everyone as they were: it must go too.
                snapshots = [
                    Path(p)
                    for (p,) in conn.execute("SELECT snapshot FROM import_run WHERE snapshot IS NOT NULL")
                ]
                conn.execute("UPDATE import_run SET snapshot = NULL WHERE snapshot IS NOT NULL")
            finally:
                conn.execute(f"PRAGMA secure_delete = {secure}")
        # In a backup being purged, the snapshot it names was deleted by the erase of the programme
        # (or belongs to a later import, which must keep its undo): only the reference goes.
        for path in snapshots if remove_snapshots else ():
            remove_database_file(path)
        checkpointed = self._checkpoint()
        return [
            ErasureReport(
                person_id=pid,
                name=name,
                deleted=deleted,
                cleared=cleared,
                undo_snapshot_deleted=bool(snapshots) and remove_snapshots,
                checkpointed=checkpointed,
                note=backups_note(name),
                email=email,
                employee_id=employee_id,
            )
            for pid, name, deleted, cleared, email, employee_id in reports
        ]

    @staticmethod
    def _delete(conn: sqlite3.Connection, person_id: int) -> None:
        amb = conn.execute("SELECT id FROM ambassador WHERE person_id = ?", (person_id,)).fetchone()
        if amb is not None:
            amb_id = int(amb[0])
            conn.execute("UPDATE case_study SET ambassador_id = NULL WHERE ambassador_id = ?", (amb_id,))
            for table in ("kit_item", "activity", "ambassador_event"):
                conn.execute(f"DELETE FROM {table} WHERE ambassador_id = ?", (amb_id,))
            conn.execute("DELETE FROM ambassador WHERE id = ?", (amb_id,))
        for table in ("usage_record", "enrolment", "person_change"):
            conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM person WHERE id = ?", (person_id,))

    @staticmethod
    def _clear_elsewhere(conn: sqlite3.Connection, person: dict[str, Any]) -> dict[str, int]:
        """Clear the person's email, employee ID and name where other rows mention them (a manager
        value, a change history, an import mapping, a note…)."""
        email = str(person["email"] or "")
        employee_id = str(person["employee_id"] or "")
        names = {str(person["full_name"] or ""), f"{person['first_name']} {person['last_name']}".strip()}
        scrub = _Scrubber(email, employee_id, names)
        cleared: dict[str, int] = {}
        # Other people whose manager this person was: the manager is no longer known.
        if email:
            cur = conn.execute(
                "UPDATE person SET manager_email = NULL WHERE lower(manager_email) = lower(?)", (email,)
            )
            cleared["person.manager_email"] = cur.rowcount
        if employee_id:
            cur = conn.execute(
                "UPDATE person SET manager_employee_id = NULL WHERE manager_employee_id = ?", (employee_id,)
            )
            cleared["person.manager_employee_id"] = cur.rowcount
        needles = scrub.needles()
        exact = sorted(scrub.exact)
        tables = [
            str(name)
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            for column in _text_columns(conn, table):
                if table == "person" and column in (*_PERSON_OWN, "manager_email", "manager_employee_id"):
                    continue
                where = " OR ".join(
                    [f'instr(lower("{column}"), ?) > 0' for _ in needles]
                    + [f'lower(trim("{column}")) = ?' for _ in exact]
                )
                if not where:
                    continue
                values = conn.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" '
                    f"WHERE typeof(\"{column}\") = 'text' AND ({where})",
                    (*needles, *exact),
                ).fetchall()
                changed = 0
                for (old,) in values:
                    new = scrub.value(old)
                    if new != old:
                        cur = conn.execute(
                            f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, old)
                        )
                        changed += cur.rowcount
                if changed:
                    cleared[f"{table}.{column}"] = changed
        return {k: v for k, v in cleared.items() if v}

    def _checkpoint(self) -> bool:
        """Copy the WAL into the file and empty it, so the old pages do not survive in the log."""
        if self._db.path is None:
            return True
        with self._db.read() as conn:
            pass  # make sure this thread's connection exists and no transaction is open
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy is None or int(busy[0]) == 0

    # -- retention ---------------------------------------------------------------------------------
    def leavers_due(self, months: int, today: date | None = None) -> list[tuple[int, str, str]]:
        """People marked *left* more than ``months`` months ago: ``(person_id, name, left_on)``."""
        if months < 0:
            raise UserError(translate("Privacy", "The retention period cannot be negative."))
        cutoff = _minus_months(today or date.today(), months).isoformat()
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, full_name, substr(coalesce(left_on, last_seen), 1, 10) AS left_day FROM person "
                "WHERE status = 'left' AND substr(coalesce(left_on, last_seen), 1, 10) < ? "
                "ORDER BY left_day, sort_key, id",
                (cutoff,),
            ).fetchall()
        return [(int(pid), str(name), str(day)) for pid, name, day in rows]


# -- backups made before an erase ------------------------------------------------------------------
@dataclass(frozen=True)
class BackupPurge:
    """What :func:`purge_from_backups` did to each backup it was given."""

    rewritten: tuple[Path, ...] = ()  # erased in place (current schema), vacuumed, verified
    deleted: tuple[Path, ...] = ()  # an older schema holding the person: the whole file deleted
    untouched: int = 0  # did not hold them (or was rotated away meanwhile)
    failed: tuple[tuple[Path, str], ...] = ()  # could not be read or rewritten: why
    cancelled: bool = False

    @property
    def changed(self) -> int:
        return len(self.rewritten) + len(self.deleted)

    def lines(self) -> list[str]:
        """Plain sentences for a message or the command line."""
        out = []
        if self.rewritten:
            out.append(
                i18n.plural(
                    len(self.rewritten),
                    translate("Privacy", "{n} backup rewritten without them (the rest of each kept)."),
                    translate("Privacy", "{n} backups rewritten without them (the rest of each kept)."),
                )
            )
        if self.deleted:
            out.append(
                i18n.plural(
                    len(self.deleted),
                    translate(
                        "Privacy",
                        "{n} backup deleted: made by an earlier version of ESN Desk, "
                        "they cannot be rewritten.",
                    ),
                    translate(
                        "Privacy",
                        "{n} backups deleted: made by an earlier version of ESN Desk, "
                        "they cannot be rewritten.",
                    ),
                )
            )
        if self.untouched:
            out.append(
                i18n.plural(
                    self.untouched,
                    translate("Privacy", "{n} backup did not hold them: left as they were."),
                    translate("Privacy", "{n} backups did not hold them: left as they were."),
                )
            )
        if not self.changed and not self.failed:
            out.append(translate("Privacy", "No backup held them."))
        out += [
            translate("Privacy", "Not changed: {file} — {why}").format(file=path.name, why=why)
            for path, why in self.failed
        ]
        if self.cancelled:
            out.append(
                translate(
                    "Privacy",
                    "Stopped before the end: the other backups still hold them until they rotate out.",
                )
            )
        return out


def purge_from_backups(
    backup_paths: Iterable[Path],
    email: str = "",
    employee_id: str = "",
    *,
    people: Iterable[tuple[str, str]] = (),
    changed: Callable[[Path], object] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupPurge:
    """Remove an erased person (``email`` in any case, or ``employee_id``; more with ``people``,
    a list of ``(email, employee_id)``) from backup files.

    A backup that holds one of them is erased in place with the same code as the programme (one
    transaction, ``secure_delete``), then vacuumed so no freed page is left, integrity-checked and
    kept readable by its owner only. A backup of an older schema is deleted instead: the erase code
    only knows the current one. Other backups are not opened for writing. ``changed(path)`` is
    called for each backup rewritten or deleted (the backups index records content fingerprints).
    ``progress(done, total, name)`` and ``cancelled()`` are those of a worker job.
    """
    identities = [(e.strip().lower(), i.strip()) for e, i in [(email, employee_id), *people]]
    identities = list(dict.fromkeys((e, i) for e, i in identities if e or i))
    paths = [Path(p) for p in backup_paths]
    rewritten: list[Path] = []
    deleted: list[Path] = []
    failed: list[tuple[Path, str]] = []
    untouched = 0
    stopped = False
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            stopped = True
            break
        if progress is not None:
            progress(done, len(paths), path.name)
        try:
            outcome = _purge_backup(path, identities) if identities else "untouched"
        except (DatabaseError, sqlite3.Error, OSError) as exc:
            log.warning("could not purge %s: %s", path, exc)
            failed.append((path, str(exc)))
            continue
        if outcome == "untouched":
            untouched += 1
            continue
        (rewritten if outcome == "rewritten" else deleted).append(path)
        log.info("purged erased people from backup %s (%s)", path, outcome)
        if changed is not None:
            changed(path)
    if progress is not None and not stopped:
        progress(len(paths), len(paths), "")
    return BackupPurge(tuple(rewritten), tuple(deleted), untouched, tuple(failed), stopped)


def _purge_backup(path: Path, identities: list[tuple[str, str]]) -> str:
    """What was done to one backup: rewritten, deleted or untouched (see :func:`purge_from_backups`)."""
    if not path.is_file():
        return "untouched"  # rotated away meanwhile
    check_file(path)
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        version = migrations.check_identity(conn, path.name)  # refuses a newer schema or a foreign file
        try:
            ids = _holding(conn, identities)
        except sqlite3.OperationalError:
            if version == migrations.LATEST:
                raise
            ids = [-1]  # an early schema without these columns: it may hold them, it goes
    finally:
        conn.close()
    if not ids:
        return "untouched"
    if version < migrations.LATEST:
        for leftover in (path, path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)
        return "deleted"
    copy = Database(path)  # a standalone file in rollback-journal mode: it stays so
    try:
        PrivacyService(copy)._erase(ids, remove_snapshots=False)
        conn = copy.connect()
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")  # rebuilds the file: no freed page of theirs is left in it
            problem = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    finally:
        copy.close()
    restrict_permissions(path)
    if problem != ["ok"]:
        raise DatabaseError(
            translate("Privacy", "{file} failed its integrity check after the purge ({problems}).").format(
                file=path.name, problems="; ".join(problem[:3])
            )
        )
    return "rewritten"


def _holding(conn: sqlite3.Connection, identities: list[tuple[str, str]]) -> list[int]:
    """Ids of the people in this database with one of these emails (any case) or employee IDs."""
    found: list[int] = []
    for email, employee_id in identities:
        rows = conn.execute(
            "SELECT id FROM person WHERE (? != '' AND lower(email) = ?) OR (? != '' AND employee_id = ?)",
            (email, email, employee_id, employee_id),
        ).fetchall()
        found += [int(r[0]) for r in rows]
    return list(dict.fromkeys(found))


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    out = []
    for _cid, name, declared, *_rest in conn.execute(f'PRAGMA table_info("{table}")'):
        kind = str(declared or "").upper()
        if kind == "" or "TEXT" in kind or "CHAR" in kind or "CLOB" in kind:
            out.append(str(name))
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _kind(rows: list[dict[str, Any]], name: str, exports: Any) -> str:
    values = [r.get(name) for r in rows if r.get(name) is not None]
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return str(exports.INT)
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return str(exports.NUMBER)
    return str(exports.TEXT)
