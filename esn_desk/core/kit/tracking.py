"""Who gets a kit, and what each ambassador was prepared and given (``kit_item``).

:class:`KitService` owns the kit tables. :meth:`KitService.people` is the one query every kit output
(signatures, stickers, name badges, directory badges) uses to know who and with which fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.programme import ROSTER_FACETS, STATUSES

# What each item is called, in English: shown translated by :func:`item_label`.
ITEMS: Final = {
    "signature": QT_TRANSLATE_NOOP("KitTracking", "Email signature"),
    "stickers": QT_TRANSLATE_NOOP("KitTracking", "Laptop stickers"),
    "name_badge": QT_TRANSLATE_NOOP("KitTracking", "Name badge"),
    "directory_badge": QT_TRANSLATE_NOOP("KitTracking", "Directory badge"),
}
STATES: Final = ("prepared", "given")
# The programme's default role names (stored in English): printed in the interface language on
# badges, stickers and signatures (a role the programme named itself is printed as it is).
DEFAULT_ROLE_NAMES: Final = (
    QT_TRANSLATE_NOOP("KitTracking", "Ambassador"),
    QT_TRANSLATE_NOOP("KitTracking", "Coach"),
    QT_TRANSLATE_NOOP("KitTracking", "Community manager"),
    QT_TRANSLATE_NOOP("KitTracking", "Mentor"),
)


def item_label(item: str) -> str:
    """The name of a kit item in the interface language ("Email signature"); an unknown key as is."""
    return translate("KitTracking", ITEMS[item]) if item in ITEMS else item


def role_label(role: str) -> str:
    """``role`` as printed: one of the default roles in the interface language, another as it is."""
    clean = role.strip()
    return translate("KitTracking", clean) if clean in DEFAULT_ROLE_NAMES else clean


@dataclass(frozen=True)
class KitPerson:
    """An ambassador with the fields kit templates may show (all plain text, never markup)."""

    ambassador_id: int
    person_id: int
    employee_id: str
    email: str
    first_name: str
    last_name: str
    full_name: str
    job_title: str
    department: str
    site: str
    city: str
    country: str
    phone: str
    role: str
    status: str

    @property
    def initials(self) -> str:
        parts = [p for p in (self.first_name, self.last_name) if p] or self.full_name.split()
        return "".join(p[0] for p in parts[:2]).upper() or "?"


@dataclass(frozen=True)
class KitState:
    ambassador_id: int
    item: str
    state: str
    prepared_on: str | None
    given_on: str | None


_PERSON_COLUMNS: Final = (
    "a.id",
    "p.id",
    "coalesce(p.employee_id, '')",
    "coalesce(p.email, '')",
    "p.first_name",
    "p.last_name",
    "p.full_name",
    "p.job_title",
    "p.department",
    "p.site",
    "p.city",
    "p.country",
    "p.phone",
    "a.role",
    "a.status",
)


class KitService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- who -----------------------------------------------------------------------------------------
    def people(
        self,
        *,
        ambassador_ids: Sequence[int] | None = None,
        statuses: Sequence[str] = ("active",),
        filters: Mapping[str, str] | None = None,
        lacking: str | None = None,
    ) -> list[KitPerson]:
        """Ambassadors in name order: the given ids (any status), else those with ``statuses``
        (default: active) matching ``filters`` (role, site, department, country, source), and with
        ``lacking`` set, only those who have not been *given* that item yet."""
        clauses: list[str] = []
        params: list[object] = []
        if ambassador_ids is not None:
            clauses.append(f"a.id IN ({', '.join('?' * len(ambassador_ids)) or 'NULL'})")
            params += list(ambassador_ids)
        else:
            unknown = set(statuses) - set(STATUSES)
            if unknown:
                raise UserError(
                    translate("KitTracking", "Unknown status: {statuses}.").format(
                        statuses=", ".join(sorted(unknown))
                    )
                )
            if statuses:
                clauses.append(f"a.status IN ({', '.join('?' * len(statuses))})")
                params += list(statuses)
            for facet, value in (filters or {}).items():
                if facet not in ROSTER_FACETS:
                    raise UserError(
                        translate("KitTracking", "Unknown filter “{facet}”: use {facets}.").format(
                            facet=facet, facets=", ".join(ROSTER_FACETS)
                        )
                    )
                clauses.append(f"coalesce({ROSTER_FACETS[facet]}, '') = ? COLLATE NOCASE")
                params.append(value)
        if lacking is not None:
            self._check_item(lacking)
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM kit_item k WHERE k.ambassador_id = a.id AND k.item = ? "
                "AND k.state = 'given')"
            )
            params.append(lacking)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {', '.join(_PERSON_COLUMNS)} "
                "FROM ambassador a CROSS JOIN person p ON p.id = a.person_id "
                f"{where} ORDER BY p.sort_key, a.id",
                params,
            ).fetchall()
        out = []
        for row in rows:
            values: list[Any] = [v if v is not None else "" for v in row]
            out.append(KitPerson(*values))
        return out

    # -- tracking ------------------------------------------------------------------------------------
    @staticmethod
    def _check_item(item: str) -> None:
        if item not in ITEMS:
            raise UserError(
                translate("KitTracking", "Unknown kit item “{item}”: use {items}.").format(
                    item=item, items=", ".join(ITEMS)
                )
            )

    def mark(self, ambassador_ids: Iterable[int], item: str, state: str, *, on: date | None = None) -> int:
        """Record ``item`` as prepared or given for each ambassador (given keeps the prepared date);
        returns how many were recorded."""
        self._check_item(item)
        if state not in STATES:
            raise UserError(
                translate("KitTracking", "Unknown kit state “{state}”: use prepared or given.").format(
                    state=state
                )
            )
        day = (on or date.today()).isoformat()
        ids = list(dict.fromkeys(ambassador_ids))
        with self._db.write() as conn:
            if state == "prepared":
                conn.executemany(
                    "INSERT INTO kit_item (ambassador_id, item, state, prepared_on) "
                    "VALUES (?, ?, 'prepared', ?) "
                    "ON CONFLICT (ambassador_id, item) DO UPDATE SET prepared_on = excluded.prepared_on "
                    "WHERE kit_item.state = 'prepared'",
                    [(i, item, day) for i in ids],
                )
            else:
                conn.executemany(
                    "INSERT INTO kit_item (ambassador_id, item, state, prepared_on, given_on) "
                    "VALUES (?, ?, 'given', ?, ?) ON CONFLICT (ambassador_id, item) DO UPDATE SET "
                    "state = 'given', given_on = excluded.given_on, "
                    "prepared_on = coalesce(kit_item.prepared_on, excluded.prepared_on)",
                    [(i, item, day, day) for i in ids],
                )
        return len(ids)

    def clear(self, ambassador_ids: Iterable[int], item: str) -> None:
        """Forget ``item`` for these ambassadors (recorded by mistake)."""
        self._check_item(item)
        with self._db.write() as conn:
            conn.executemany(
                "DELETE FROM kit_item WHERE ambassador_id = ? AND item = ?",
                [(i, item) for i in ambassador_ids],
            )

    def states(self, ambassador_id: int) -> dict[str, KitState]:
        """What one ambassador has, by item."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT ambassador_id, item, state, prepared_on, given_on FROM kit_item "
                "WHERE ambassador_id = ?",
                (ambassador_id,),
            ).fetchall()
        return {r[1]: KitState(*r) for r in rows}

    def progress(self, statuses: Sequence[str] = ("active",)) -> dict[str, dict[str, int]]:
        """Per item: how many of the ambassadors with ``statuses`` were given it, only prepared, and
        the total — the kit page's progress bars."""
        marks = ", ".join("?" * len(statuses))
        with self._db.read() as conn:
            total = conn.execute(
                f"SELECT count(*) FROM ambassador WHERE status IN ({marks})", statuses
            ).fetchone()[0]
            rows = conn.execute(
                "SELECT k.item, k.state, count(*) FROM kit_item k "
                "JOIN ambassador a ON a.id = k.ambassador_id "
                f"WHERE a.status IN ({marks}) GROUP BY k.item, k.state",
                statuses,
            ).fetchall()
        out = {item: {"given": 0, "prepared": 0, "total": int(total)} for item in ITEMS}
        for item, state, count in rows:
            out[item][state] = int(count)
        return out


__all__ = [
    "DEFAULT_ROLE_NAMES",
    "ITEMS",
    "STATES",
    "KitPerson",
    "KitService",
    "KitState",
    "item_label",
    "role_label",
]
