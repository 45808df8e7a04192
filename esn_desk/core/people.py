"""The people directory: derived search fields, bulk writes and the queries behind the Directory page.

Searching, filtering and sorting all happen in SQL over a pre-folded ``search_key`` column, so the
page stays responsive at 100,000 people (see ``tests/benchmarks/test_search_latency.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from esn_desk.core.db import Database
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import fold

# Fields a person record carries from HR data (the import maps spreadsheet columns to these).
HR_FIELDS: Final = (
    "employee_id",
    "email",
    "first_name",
    "last_name",
    "full_name",
    "job_title",
    "department",
    "site",
    "city",
    "country",
    "phone",
    "manager_email",
    "manager_employee_id",
    "hire_date",
)
SEARCHED_FIELDS: Final = ("full_name", "email", "employee_id", "job_title", "department", "site")
FACETS: Final = ("site", "department", "country")


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English: shown as ``shown_title``
    order_by: str

    @property
    def shown_title(self) -> str:
        """The column's title in the interface language."""
        return translate("People", self.title)


# The directory's columns, in display order; ``order_by`` is the SQL that sorts by it.
COLUMNS: Final = (
    Column("full_name", QT_TRANSLATE_NOOP("People", "Name"), "sort_key"),
    Column("employee_id", QT_TRANSLATE_NOOP("People", "Employee ID"), "employee_id"),
    Column("email", QT_TRANSLATE_NOOP("People", "Email"), "email"),
    Column("job_title", QT_TRANSLATE_NOOP("People", "Job title"), "job_title COLLATE NOCASE"),
    Column("department", QT_TRANSLATE_NOOP("People", "Department"), "department COLLATE NOCASE"),
    Column("site", QT_TRANSLATE_NOOP("People", "Site"), "site COLLATE NOCASE"),
    Column("country", QT_TRANSLATE_NOOP("People", "Country"), "country COLLATE NOCASE"),
    Column("status", QT_TRANSLATE_NOOP("People", "Status"), "status"),
)
_SELECT_COLUMNS: Final = ", ".join(["id", *(c.key for c in COLUMNS)])


def display_name(first: str, last: str, full: str = "") -> str:
    return full.strip() or " ".join(p for p in (first.strip(), last.strip()) if p)


def derive(record: Mapping[str, Any]) -> dict[str, Any]:
    """Fill ``full_name``, ``search_key`` and ``sort_key`` from a person's HR fields."""
    out = dict(record)
    first, last = str(out.get("first_name") or ""), str(out.get("last_name") or "")
    out["full_name"] = display_name(first, last, str(out.get("full_name") or ""))
    out["search_key"] = " | ".join(fold(str(out.get(f) or "")) for f in SEARCHED_FIELDS)
    # Sort by last name, then first name, accent-insensitively ("Émile" sorts with "Emile").
    out["sort_key"] = fold(f"{last} {first}") if last else fold(out["full_name"])
    return out


@dataclass(frozen=True)
class DirectoryQuery:
    """What the Directory page asks for: free text, exact-value filters and a sort."""

    text: str = ""
    site: str | None = None
    department: str | None = None
    country: str | None = None
    status: str | None = None
    sort_column: int = 0
    descending: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for term in fold(self.text).split():
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("search_key LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        for name in ("site", "department", "country"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{name} = ? COLLATE NOCASE")
                params.append(value)
        if self.status is not None:
            clauses.append("status = ?")
            params.append(self.status)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order(self) -> str:
        column = COLUMNS[self.sort_column] if 0 <= self.sort_column < len(COLUMNS) else COLUMNS[0]
        direction = "DESC" if self.descending else "ASC"
        tie = "" if column.order_by == "sort_key" else f", sort_key {direction}"
        return f" ORDER BY {column.order_by} {direction}{tie}, id {direction}"


@dataclass(frozen=True)
class Change:
    """One entry of a person's history: an import that changed them, or marked them as left."""

    when: str
    kind: str  # updated, left, returned
    changes: dict[str, list[Any]]
    file_name: str | None


@dataclass
class PersonDetail:
    id: int
    fields: dict[str, Any]
    manager_name: str | None = None
    reports: int = 0
    history: list[Change] = field(default_factory=list)


class PeopleService:
    """Owns every query on the ``person`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing -----------------------------------------------------------------------------
    def insert_many(
        self, records: Iterable[Mapping[str, Any]], *, source: str, seen: date | None = None
    ) -> int:
        """Insert new people in one transaction (Core ``executemany``, no ORM object per row)."""
        today = (seen or date.today()).isoformat()
        rows = []
        for record in records:
            row = {f: record.get(f) for f in HR_FIELDS}
            for f in HR_FIELDS:
                if row[f] is None and f not in (
                    "employee_id",
                    "email",
                    "manager_email",
                    "manager_employee_id",
                    "hire_date",
                ):
                    row[f] = ""
            row = derive(row)
            row.update(
                status=record.get("status", "active"),
                left_on=record.get("left_on"),
                first_seen=today,
                last_seen=today,
                source=source,
            )
            rows.append(row)
        if not rows:
            return 0
        columns = list(rows[0])
        sql = f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        with self._db.write() as conn:
            conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])
        return len(rows)

    # -- reading -----------------------------------------------------------------------------
    def count(self, query: DirectoryQuery | None = None) -> int:
        where, params = (query or DirectoryQuery()).where()
        with self._db.read() as conn:
            return int(conn.execute(f"SELECT count(*) FROM person{where}", params).fetchone()[0])

    def match_ids(self, query: DirectoryQuery) -> list[int]:
        """Ids of the matching people in display order: one set-based query per keystroke."""
        where, params = query.where()
        with self._db.read() as conn:
            cur = conn.execute(f"SELECT id FROM person{where}{query.order()}", params)
            return [row[0] for row in cur]

    def rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display tuples (``COLUMNS`` order) for a block of ids."""
        if not ids:
            return {}
        out: dict[int, tuple[Any, ...]] = {}
        with self._db.read() as conn:
            for start in range(0, len(ids), 900):
                chunk = list(ids[start : start + 900])
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(f"SELECT {_SELECT_COLUMNS} FROM person WHERE id IN ({marks})", chunk):
                    out[row[0]] = tuple(row[1:])
        return out

    def facet_values(self) -> dict[str, list[str]]:
        """Distinct non-empty sites, departments and countries, for the filter menus."""
        out: dict[str, list[str]] = {}
        with self._db.read() as conn:
            for name in FACETS:
                cur = conn.execute(
                    f"SELECT DISTINCT {name} FROM person WHERE {name} != '' ORDER BY {name} COLLATE NOCASE"
                )
                out[name] = [r[0] for r in cur]
        return out

    def detail(self, person_id: int) -> PersonDetail | None:
        with self._db.read() as conn:
            cur = conn.execute("SELECT * FROM person WHERE id = ?", (person_id,))
            row = cur.fetchone()
            if row is None:
                return None
            values: dict[str, Any] = dict(zip([d[0] for d in cur.description], row, strict=True))
            manager = None
            if values.get("manager_employee_id"):
                found = conn.execute(
                    "SELECT full_name FROM person WHERE employee_id = ?", (values["manager_employee_id"],)
                ).fetchone()
                manager = found[0] if found else None
            if manager is None and values.get("manager_email"):
                found = conn.execute(
                    "SELECT full_name FROM person WHERE email = ? LIMIT 1", (values["manager_email"],)
                ).fetchone()
                manager = found[0] if found else None
            reports = 0
            if values.get("email"):
                reports = int(
                    conn.execute(
                        "SELECT count(*) FROM person WHERE manager_email = ? AND status = 'active'",
                        (values["email"],),
                    ).fetchone()[0]
                )
            history = [
                Change(when=r[0], kind=r[1], changes=json.loads(r[2] or "{}"), file_name=r[3])
                for r in conn.execute(
                    "SELECT c.changed_at, c.kind, c.changes, i.file_name FROM person_change c "
                    "LEFT JOIN import_run i ON i.id = c.import_id WHERE c.person_id = ? "
                    "ORDER BY c.id DESC LIMIT 20",
                    (person_id,),
                )
            ]
        return PersonDetail(
            id=person_id, fields=values, manager_name=manager, reports=reports, history=history
        )
