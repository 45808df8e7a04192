"""What ambassadors do (the activity log, ranked for recognition) and the case studies they write.

The activity log answers the steering committee's "who is actually helping?" and lets the change
manager thank people by name; case studies are the good practices disseminated to bring more
colleagues on board. Both live in the ``activity`` and ``case_study`` tables (schema 4).
"""

from __future__ import annotations

import calendar
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final
from urllib.parse import urlsplit

from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import clean, fold

# A constant list to pick from; any other kind typed by the user is accepted too. Stored in English
# (the programme's data): kind_label() shows them translated, kind_code() turns them back.
DEFAULT_KINDS: Final = (
    QT_TRANSLATE_NOOP("Activities", "Demo"),
    QT_TRANSLATE_NOOP("Activities", "Webinar"),
    QT_TRANSLATE_NOOP("Activities", "Case study"),
    QT_TRANSLATE_NOOP("Activities", "Helped a team"),
    QT_TRANSLATE_NOOP("Activities", "Workshop"),
    QT_TRANSLATE_NOOP("Activities", "Other"),
)
# What the dialog proposes when a kind is chosen (the user can change it or clear it).
SUGGESTED_POINTS: Final = {
    "Demo": 10,
    "Webinar": 15,
    "Case study": 20,
    "Helped a team": 5,
    "Workshop": 10,
}
MAX_POINTS: Final = 1000
MAX_KIND = 60
MAX_DESCRIPTION = 2000

CASE_STATUSES: Final = {
    "draft": QT_TRANSLATE_NOOP("Activities", "Draft"),
    "published": QT_TRANSLATE_NOOP("Activities", "Published"),
}
MAX_TITLE = 200
MAX_BODY = 50_000

PERIODS: Final = {
    "this_month": QT_TRANSLATE_NOOP("Activities", "This month"),
    "last_3_months": QT_TRANSLATE_NOOP("Activities", "Last 3 months"),
    "this_year": QT_TRANSLATE_NOOP("Activities", "This year"),
    "custom": QT_TRANSLATE_NOOP("Activities", "Custom dates"),
}


def kind_label(kind: str) -> str:
    """An activity kind as shown: the default kinds translated, the others as typed."""
    return translate("Activities", kind) if kind in DEFAULT_KINDS else kind


def kind_code(shown: str) -> str:
    """The stored kind of a kind picked or typed as shown (``kind_label`` reversed)."""
    wanted = fold(shown)
    return next((k for k in DEFAULT_KINDS if fold(translate("Activities", k)) == wanted), shown)


def case_status_label(status: str) -> str:
    return translate("Activities", CASE_STATUSES[status]) if status in CASE_STATUSES else status


def period_label(period: str) -> str:
    return translate("Activities", PERIODS[period]) if period in PERIODS else period


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def parse_day(value: date | str, what: str | None = None) -> date:
    """A calendar day from a ``date`` or an ISO ``YYYY-MM-DD`` string; anything else is refused.

    ``what`` names the date in the error (already translated), "The date" by default.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean(value)
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate(
                "Activities", "{what} “{text}” is not a valid date: use YYYY-MM-DD, e.g. 2026-11-25."
            ).format(what=what or translate("Activities", "The date"), text=text)
        ) from None


def period_bounds(period: str, today: date) -> tuple[date, date]:
    """First and last day (both included) of a named period around ``today``.

    ``last_3_months`` is a rolling window: from the same day three months back (clamped to the end
    of a shorter month) to today.
    """
    if period == "this_month":
        last = calendar.monthrange(today.year, today.month)[1]
        return today.replace(day=1), today.replace(day=last)
    if period == "last_3_months":
        month = today.month - 3
        year = today.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = min(today.day, calendar.monthrange(year, month)[1])
        return date(year, month, day), today
    if period == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    raise UserError(
        translate("Activities", "Unknown period “{period}”: choose one of {periods}.").format(
            period=period, periods=", ".join(PERIODS)
        )
    )


def is_web_link(link: str) -> bool:
    """True for an absolute http(s) address with a host: the only links the app opens."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and " " not in link.strip()


# -- activities ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActivityEntry:
    """A new or edited activity, before it is checked and written."""

    ambassador_id: int
    happened_on: date | str
    kind: str
    description: str = ""
    points: int | None = None


@dataclass(frozen=True)
class Activity:
    id: int
    ambassador_id: int
    happened_on: str
    kind: str
    description: str
    points: int | None


@dataclass(frozen=True)
class ActivityTotals:
    activities: int
    points: int
    last: str | None


@dataclass(frozen=True)
class RecognitionRow:
    """One ambassador's line in the ranking; ``rank`` is shared by exact ties (1, 2, 2, 4)."""

    rank: int
    ambassador_id: int
    name: str
    site: str
    role: str
    status: str
    activities: int
    points: int
    last_activity: str
    kinds: str  # "Demo ×3, Webinar ×1", most frequent first


def _checked(entry: ActivityEntry) -> tuple[int, str, str, str, int | None]:
    kind = clean(entry.kind)
    if not kind:
        raise UserError(
            translate(
                "Activities", "Say what kind of activity this was (a demo, a webinar, helping a team…)."
            )
        )
    if len(kind) > MAX_KIND:
        raise UserError(
            translate(
                "Activities", "The kind of activity is too long ({length} characters, at most {limit})."
            ).format(length=len(kind), limit=MAX_KIND)
        )
    description = entry.description.strip() if isinstance(entry.description, str) else ""
    if len(description) > MAX_DESCRIPTION:
        raise UserError(
            translate(
                "Activities", "The description is too long ({length} characters, at most {limit})."
            ).format(length=len(description), limit=MAX_DESCRIPTION)
        )
    points = entry.points
    if points is not None:
        if isinstance(points, bool) or not isinstance(points, int):
            raise UserError(
                translate("Activities", "Points must be a whole number, not “{points}”.").format(
                    points=points
                )
            )
        if not 0 <= points <= MAX_POINTS:
            raise UserError(
                translate(
                    "Activities", "Points must be between 0 and {limit} (or left empty), not {points}."
                ).format(limit=MAX_POINTS, points=points)
            )
    day = parse_day(entry.happened_on, translate("Activities", "The activity date"))
    return entry.ambassador_id, day.isoformat(), kind, description, points


class ActivityService:
    """Owns the ``activity`` table: the log of what each ambassador did, and the recognition ranking."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        ambassador_id: int,
        happened_on: date | str,
        kind: str,
        description: str = "",
        points: int | None = None,
    ) -> int:
        """Log one activity; returns its id."""
        return self.add_many([ActivityEntry(ambassador_id, happened_on, kind, description, points)])[0]

    def add_many(self, entries: Iterable[ActivityEntry]) -> list[int]:
        """Log several activities in one transaction (all or none); returns their ids."""
        rows = [_checked(e) for e in entries]
        now = _now()
        ids: list[int] = []
        with self._db.write() as conn:
            known = self._existing_ambassadors(conn, {r[0] for r in rows})
            for row in rows:
                if row[0] not in known:
                    raise UserError(_no_ambassador(row[0]))
                cur = conn.execute(
                    "INSERT INTO activity (ambassador_id, happened_on, kind, description, points,"
                    " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                    (*row, now, now),
                )
                ids.append(int(cur.lastrowid or 0))
        return ids

    def update(
        self,
        activity_id: int,
        happened_on: date | str,
        kind: str,
        description: str = "",
        points: int | None = None,
    ) -> None:
        """Replace an activity's date, kind, description and points (the ambassador stays the same)."""
        _, day, kind_, description_, points_ = _checked(
            ActivityEntry(0, happened_on, kind, description, points)
        )
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE activity SET happened_on = ?, kind = ?, description = ?, points = ?, updated_at = ?"
                " WHERE id = ?",
                (day, kind_, description_, points_, _now(), activity_id),
            )
            if cur.rowcount == 0:
                raise UserError(no_activity(activity_id))

    def delete(self, activity_id: int) -> None:
        with self._db.write() as conn:
            cur = conn.execute("DELETE FROM activity WHERE id = ?", (activity_id,))
            if cur.rowcount == 0:
                raise UserError(no_activity(activity_id))

    def get(self, activity_id: int) -> Activity | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id, ambassador_id, happened_on, kind, description, points FROM activity WHERE id = ?",
                (activity_id,),
            ).fetchone()
        return Activity(*row) if row else None

    def for_ambassador(self, ambassador_id: int, *, limit: int | None = None) -> list[Activity]:
        """One ambassador's activities, newest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, ambassador_id, happened_on, kind, description, points FROM activity "
                "WHERE ambassador_id = ? ORDER BY happened_on DESC, id DESC LIMIT ?",
                (ambassador_id, -1 if limit is None else limit),
            ).fetchall()
        return [Activity(*r) for r in rows]

    def totals(self, ambassador_id: int) -> ActivityTotals:
        with self._db.read() as conn:
            n, points, last = conn.execute(
                "SELECT count(*), coalesce(sum(points), 0), max(happened_on) FROM activity "
                "WHERE ambassador_id = ?",
                (ambassador_id,),
            ).fetchone()
        return ActivityTotals(int(n), int(points), last)

    def count(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute("SELECT count(*) FROM activity").fetchone()[0])

    def kinds(self) -> list[str]:
        """The default kinds, then the other kinds already used in this programme (alphabetical)."""
        with self._db.read() as conn:
            used = [r[0] for r in conn.execute("SELECT DISTINCT kind FROM activity").fetchall()]
        extra = sorted({k for k in used if k not in DEFAULT_KINDS}, key=fold)
        return [*DEFAULT_KINDS, *extra]

    def recognition(self, start: date | str, end: date | str) -> list[RecognitionRow]:
        """Ambassadors with at least one activity between ``start`` and ``end`` (both included),
        ranked by points, then number of activities, then the most recent activity."""
        first = parse_day(start, translate("Activities", "The start date"))
        last = parse_day(end, translate("Activities", "The end date"))
        if first > last:
            raise UserError(
                translate(
                    "Activities", "The period starts ({start}) after it ends ({end}): swap the two dates."
                ).format(start=first.isoformat(), end=last.isoformat())
            )
        bounds = (first.isoformat(), last.isoformat())
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT a.id, p.full_name, coalesce(p.site, ''), a.role, a.status, t.n, t.points, t.last "
                "FROM (SELECT ambassador_id, count(*) AS n, coalesce(sum(points), 0) AS points,"
                "      max(happened_on) AS last FROM activity WHERE happened_on BETWEEN ? AND ?"
                "      GROUP BY ambassador_id) t "
                "JOIN ambassador a ON a.id = t.ambassador_id JOIN person p ON p.id = a.person_id "
                "ORDER BY t.points DESC, t.n DESC, t.last DESC, p.sort_key, a.id",
                bounds,
            ).fetchall()
            kinds: dict[int, list[str]] = {}
            for aid, kind, n in conn.execute(
                "SELECT ambassador_id, kind, count(*) AS n FROM activity WHERE happened_on BETWEEN ? AND ? "
                "GROUP BY ambassador_id, kind ORDER BY ambassador_id, n DESC, kind",
                bounds,
            ):
                kinds.setdefault(aid, []).append(f"{kind_label(kind)} ×{n}")
        ranking: list[RecognitionRow] = []
        for position, (aid, name, site, role, status, n, points, last_day) in enumerate(rows, 1):
            previous = ranking[-1] if ranking else None
            tied = previous is not None and (previous.points, previous.activities) == (points, n)
            rank = previous.rank if tied and previous is not None else position
            ranking.append(
                RecognitionRow(
                    rank, aid, name, site, role, status, int(n), int(points), last_day, ", ".join(kinds[aid])
                )
            )
        return ranking

    @staticmethod
    def _existing_ambassadors(conn: sqlite3.Connection, ids: set[int]) -> set[int]:
        if not ids:
            return set()
        if len(ids) > 500:  # a bulk load: cheaper (and within SQLite's parameter limit) to read them all
            return {r[0] for r in conn.execute("SELECT id FROM ambassador")}
        marks = ", ".join("?" * len(ids))
        return {r[0] for r in conn.execute(f"SELECT id FROM ambassador WHERE id IN ({marks})", tuple(ids))}


# -- case studies -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseStudyDraft:
    """A new or edited case study, before it is checked and written."""

    title: str
    written_on: date | str
    ambassador_id: int | None = None
    site: str = ""
    use_case: str = ""
    status: str = "draft"
    body: str = ""
    link: str = ""


@dataclass(frozen=True)
class CaseStudy:
    id: int
    title: str
    ambassador_id: int | None
    ambassador_name: str
    site: str
    use_case: str
    written_on: str
    status: str
    body: str
    link: str


CASE_COLUMNS: Final = (
    "c.id, c.title, c.ambassador_id, coalesce(p.full_name, ''), c.site, c.use_case, c.written_on, "
    "c.status, c.body, c.link"
)
CASE_FROM: Final = (
    "FROM case_study c LEFT JOIN ambassador a ON a.id = c.ambassador_id "
    "LEFT JOIN person p ON p.id = a.person_id"
)


class CaseStudyService:
    """Owns the ``case_study`` table: good practices from the field, drafted then published."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _checked(self, conn: sqlite3.Connection, draft: CaseStudyDraft) -> tuple[object, ...]:
        title = clean(draft.title)
        if not title:
            raise UserError(translate("Activities", "Give the case study a title."))
        if len(title) > MAX_TITLE:
            raise UserError(
                translate(
                    "Activities", "The title is too long ({length} characters, at most {limit})."
                ).format(length=len(title), limit=MAX_TITLE)
            )
        if draft.status not in CASE_STATUSES:
            raise UserError(_unknown_case_status(draft.status))
        link = draft.link.strip()
        if link and not is_web_link(link):
            raise UserError(
                translate(
                    "Activities",
                    "The link “{link}” is not a web address: it must start with http:// or https:// "
                    "(e.g. https://intranet.example.com/case-study).",
                ).format(link=link)
            )
        body = draft.body.strip()
        if len(body) > MAX_BODY:
            raise UserError(
                translate(
                    "Activities", "The text is too long ({length} characters, at most {limit})."
                ).format(length=len(body), limit=MAX_BODY)
            )
        if draft.status == "published" and not body and not link:
            raise UserError(translate("Activities", "A published case study needs its text or a link to it."))
        day = parse_day(draft.written_on, translate("Activities", "The case study's date"))
        site = clean(draft.site)
        if draft.ambassador_id is not None:
            row = conn.execute(
                "SELECT coalesce(p.site, '') FROM ambassador a JOIN person p ON p.id = a.person_id "
                "WHERE a.id = ?",
                (draft.ambassador_id,),
            ).fetchone()
            if row is None:
                raise UserError(_no_ambassador(draft.ambassador_id))
            site = site or row[0]  # by default, the site the ambassador works at
        return (
            title,
            draft.ambassador_id,
            site,
            clean(draft.use_case),
            day.isoformat(),
            draft.status,
            body,
            link,
        )

    def add(self, draft: CaseStudyDraft) -> int:
        now = _now()
        with self._db.write() as conn:
            values = self._checked(conn, draft)
            cur = conn.execute(
                "INSERT INTO case_study (title, ambassador_id, site, use_case, written_on, status, body,"
                " link, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (*values, now, now),
            )
            return int(cur.lastrowid or 0)

    def update(self, case_id: int, draft: CaseStudyDraft) -> None:
        with self._db.write() as conn:
            values = self._checked(conn, draft)
            cur = conn.execute(
                "UPDATE case_study SET title = ?, ambassador_id = ?, site = ?, use_case = ?, written_on = ?,"
                " status = ?, body = ?, link = ?, updated_at = ? WHERE id = ?",
                (*values, _now(), case_id),
            )
            if cur.rowcount == 0:
                raise UserError(no_case_study(case_id))

    def delete(self, case_id: int) -> None:
        with self._db.write() as conn:
            cur = conn.execute("DELETE FROM case_study WHERE id = ?", (case_id,))
            if cur.rowcount == 0:
                raise UserError(no_case_study(case_id))

    def get(self, case_id: int) -> CaseStudy | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {CASE_COLUMNS} {CASE_FROM} WHERE c.id = ?", (case_id,)).fetchone()
        return CaseStudy(*row) if row else None

    def list(self, *, status: str | None = None, text: str = "") -> list[CaseStudy]:
        """Case studies, newest first; ``status`` filters in SQL, the words of ``text`` must all appear
        (without case or accents) in the title, ambassador, site, use case or text."""
        if status is not None and status not in CASE_STATUSES:
            raise UserError(_unknown_case_status(status))
        where, params = ("WHERE c.status = ?", (status,)) if status else ("", ())
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {CASE_COLUMNS} {CASE_FROM} {where} ORDER BY c.written_on DESC, c.id DESC", params
            ).fetchall()
        found = [CaseStudy(*r) for r in rows]
        words = fold(text).split()
        if not words:
            return found
        return [c for c in found if all(w in _haystack(c) for w in words)]

    def counts(self) -> dict[str, int]:
        with self._db.read() as conn:
            found = dict(conn.execute("SELECT status, count(*) FROM case_study GROUP BY status").fetchall())
        return {s: int(found.get(s, 0)) for s in CASE_STATUSES}


def no_activity(activity_id: int) -> str:
    return translate("Activities", "There is no activity #{id} (it may have been deleted).").format(
        id=activity_id
    )


def no_case_study(case_id: int) -> str:
    return translate("Activities", "There is no case study #{id} (it may have been deleted).").format(
        id=case_id
    )


def _no_ambassador(ambassador_id: object) -> str:
    return translate("Activities", "There is no ambassador #{id} in the programme.").format(id=ambassador_id)


def _unknown_case_status(status: str) -> str:
    return translate("Activities", "Unknown status “{status}”: a case study is a draft or published.").format(
        status=status
    )


def _haystack(case: CaseStudy) -> str:
    return fold(" ".join((case.title, case.ambassador_name, case.site, case.use_case, case.body)))
