"""Training sessions and webinars: planning, enrolment with a waiting list, required trainings per
role and each person's training record.

Sessions live in ``training_session`` and enrolments in ``enrolment`` (schema 6). A session's start
is one instant: it is written in UTC (``2026-11-25T09:00:00+00:00``, so text order is time order)
and shown in the session's own IANA time zone — a webinar planned at 10:00 in Paris stays at 10:00
Paris time for everyone, whatever the zone of the computer that opens the file. Rows written with
another offset (``…+01:00``) are read as the same instant.

The ``.ics`` invitations are in :mod:`esn_desk.core.training_ics`.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from esn_desk.core.activities import is_web_link
from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, number, translate
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.settings import SettingsService
from esn_desk.core.text import clean, fold

FORMATS: Final = ("webinar", "on_site", "hybrid")
# Display names in English; shown through format_label() / status_label() in the interface language.
FORMAT_LABELS: Final = {
    "webinar": QT_TRANSLATE_NOOP("Training", "Webinar"),
    "on_site": QT_TRANSLATE_NOOP("Training", "On site"),
    "hybrid": QT_TRANSLATE_NOOP("Training", "Hybrid"),
}
STATUSES: Final = ("invited", "registered", "waiting", "attended", "absent", "excused")
STATUS_LABELS: Final = {
    "invited": QT_TRANSLATE_NOOP("Training", "Invited"),
    "registered": QT_TRANSLATE_NOOP("Training", "Registered"),
    "waiting": QT_TRANSLATE_NOOP("Training", "Waiting list"),
    "attended": QT_TRANSLATE_NOOP("Training", "Attended"),
    "absent": QT_TRANSLATE_NOOP("Training", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Training", "Excused"),
}
# Stored in English (sessions and requirements keep these names); shown through kind_label().
DEFAULT_KINDS: Final = (
    QT_TRANSLATE_NOOP("TrainingKinds", "Onboarding"),
    QT_TRANSLATE_NOOP("TrainingKinds", "Further training"),
    QT_TRANSLATE_NOOP("TrainingKinds", "Preview of new features"),
    QT_TRANSLATE_NOOP("TrainingKinds", "Webinar for a remote site"),
    QT_TRANSLATE_NOOP("TrainingKinds", "Community meeting"),
)
# Who holds a seat: counted against the capacity.
SEATED: Final = ("invited", "registered", "attended")
# Who receives the invitation (.ics ATTENDEE lines, ``enrolled`` in the CLI).
INVITEES: Final = SEATED
# Candidacies whose role is shown next to an enrolled person (not refused or past ones).
_ROLE_STATUSES: Final = ("applied", "nominated", "hr_validated", "manager_confirmed", "active", "paused")

KINDS_KEY: Final = "training_kinds"
REQUIREMENTS_KEY: Final = "training_requirements"
UID_DOMAIN: Final = "esn-desk"

MIN_DURATION, MAX_DURATION = 5, 1440
MAX_TITLE = 200
MAX_KIND = 60
MAX_SHORT = 200
MAX_DESCRIPTION = 5000


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def format_label(code: str) -> str:
    """A session format's name in the interface language (``on_site`` → “On site”)."""
    label = FORMAT_LABELS.get(code)
    return translate("Training", label) if label else code


def status_label(code: str) -> str:
    """An enrolment status's name in the interface language (``waiting`` → “Waiting list”)."""
    label = STATUS_LABELS.get(code)
    return translate("Training", label) if label else code


def kind_label(kind: str) -> str:
    """A kind of session as the interface shows it: the default kinds (stored in English) in the
    interface language, the user's own kinds as they were typed."""
    folded = fold(kind)
    for default in DEFAULT_KINDS:
        if folded == fold(default):
            return translate("TrainingKinds", default)
    return kind


def kind_from_label(text: str) -> str:
    """The kind to store for ``text`` chosen or typed in the interface: the translation of a
    default kind gives back its English name (what sessions and requirements hold)."""
    folded = fold(text)
    for default in DEFAULT_KINDS:
        if folded and folded == fold(translate("TrainingKinds", default)):
            return default
    return text


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (``Europe/Paris``); a clear error for anything else."""
    text = clean(name)
    if not text:
        raise UserError(translate("Training", "Choose the session's time zone (for example Europe/Paris)."))
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            translate(
                "Training",
                "“{zone}” is not a time zone: use a name such as Europe/Paris or America/New_York.",
            ).format(zone=text)
        ) from None


def parse_instant(text: str, timezone: str) -> datetime:
    """A stored start (ISO 8601 with an offset) as an aware datetime in the session's zone."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:  # not written by us; read it as wall time in the session's zone
        value = value.replace(tzinfo=ZoneInfo(timezone))
    try:
        return value.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return value.astimezone(UTC)


# -- data ---------------------------------------------------------------------------------------------
@dataclass
class Session:
    id: int
    uid: str
    title: str
    kind: str
    format: str
    starts_at: datetime  # aware, in ``timezone``
    timezone: str
    duration_minutes: int
    place: str
    link: str
    sites: list[str]
    trainer: str
    capacity: int | None
    audience: str
    description: str
    sequence: int
    cancelled: bool
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ends_at(self) -> datetime:
        """The end, in the session's zone. Added in UTC: wall-clock arithmetic across a change of
        clocks would make a 90-minute session last 2 h 30 (or 30 minutes)."""
        end = self.starts_at.astimezone(UTC) + timedelta(minutes=self.duration_minutes)
        return end.astimezone(self.starts_at.tzinfo)

    @property
    def seated(self) -> int:
        """People holding a seat (invited, registered, attended)."""
        return sum(self.counts.get(s, 0) for s in SEATED)

    @property
    def free_seats(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.seated, 0)


@dataclass
class SessionDraft:
    """The editable fields of a session.

    ``starts_at`` is either aware (any zone: the instant is kept and shown in ``timezone``) or
    naive, read as wall-clock time in ``timezone``. ``timezone`` may be left empty when
    ``starts_at`` carries a :class:`zoneinfo.ZoneInfo`.
    """

    title: str
    kind: str
    format: str
    starts_at: datetime
    timezone: str = ""
    duration_minutes: int = 60
    place: str = ""
    link: str = ""
    sites: list[str] = field(default_factory=list)
    trainer: str = ""
    capacity: int | None = None
    audience: str = ""
    description: str = ""

    @classmethod
    def of(cls, session: Session) -> SessionDraft:
        """A draft holding ``session``'s current values (to edit some of them)."""
        return cls(
            title=session.title,
            kind=session.kind,
            format=session.format,
            starts_at=session.starts_at,
            timezone=session.timezone,
            duration_minutes=session.duration_minutes,
            place=session.place,
            link=session.link,
            sites=list(session.sites),
            trainer=session.trainer,
            capacity=session.capacity,
            audience=session.audience,
            description=session.description,
        )


@dataclass
class Enrolment:
    session_id: int
    person_id: int
    name: str
    email: str
    site: str
    department: str
    role: str  # the person's ambassador role, or ""
    status: str
    minutes: int | None
    source: str


@dataclass
class EnrolResult:
    added: list[int]  # person ids given the requested status
    waiting: list[int]  # put on the waiting list: the session is full
    already: list[int]  # already enrolled: left as they were


class MissingTraining(NamedTuple):
    ambassador_id: int
    person_id: int
    name: str
    site: str
    role: str
    missing_kinds: list[str]


class TrainingRecord(NamedTuple):
    session: Session
    status: str
    minutes: int | None


class PersonTraining(NamedTuple):
    """One person's record in figures: sessions attended, minutes trained, last session attended."""

    attended: int
    minutes: int
    last: date | None


class SummaryRow(NamedTuple):
    population: str
    ambassadors: int
    trained: int  # attended every training their role requires
    to_train: int


@dataclass(frozen=True)
class _Checked:
    title: str
    kind: str
    format: str
    starts_utc: str
    timezone: str
    duration_minutes: int
    place: str
    link: str
    sites: str
    trainer: str
    capacity: int | None
    audience: str
    description: str


def _text(value: object, too_long: str, limit: int, **values: str) -> str:
    """``value`` cleaned; ``too_long`` (translated, with ``{length}``, ``{limit}`` and ``values``) when
    it is longer than ``limit`` characters."""
    text = clean(value)
    if len(text) > limit:
        raise UserError(too_long.format(length=number(len(text)), limit=number(limit), **values))
    return text


def _check(draft: SessionDraft) -> _Checked:
    title = _text(
        draft.title,
        translate("Training", "The title is too long ({length} characters, at most {limit})."),
        MAX_TITLE,
    )
    if not title:
        raise UserError(translate("Training", "Give the session a title."))
    kind = _text(
        draft.kind,
        translate("Training", "The kind of session is too long ({length} characters, at most {limit})."),
        MAX_KIND,
    )
    if not kind:
        raise UserError(
            translate("Training", "Say what kind of session this is (onboarding, further training, …).")
        )
    if draft.format not in FORMATS:
        raise UserError(
            translate("Training", "Unknown format “{format}”: choose webinar, on_site or hybrid.").format(
                format=draft.format
            )
        )
    duration = draft.duration_minutes
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise UserError(
            translate("Training", "The duration must be a whole number of minutes, not “{duration}”.").format(
                duration=duration
            )
        )
    if not MIN_DURATION <= duration <= MAX_DURATION:
        raise UserError(
            translate(
                "Training",
                "The duration must be between {minimum} minutes and {maximum} hours "
                "(got {duration} minutes).",
            ).format(minimum=MIN_DURATION, maximum=MAX_DURATION // 60, duration=number(duration))
        )
    capacity = draft.capacity
    if capacity is not None and (isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1):
        raise UserError(
            translate(
                "Training",
                "The capacity must be at least 1 person, or left empty for no limit (got {capacity}).",
            ).format(capacity=capacity)
        )
    link = clean(draft.link)
    if link and not (link.lower().startswith("https://") and is_web_link(link)):
        raise UserError(
            translate(
                "Training",
                "The meeting link “{link}” must be a web address starting with https:// "
                "(as Teams, Zoom or Webex give it).",
            ).format(link=link)
        )
    if len(link) > 2000:
        raise UserError(
            translate("Training", "The meeting link is too long (at most {limit} characters).").format(
                limit=number(2000)
            )
        )
    timezone = clean(draft.timezone)
    start = draft.starts_at
    if not isinstance(start, datetime):
        raise UserError(translate("Training", "The session needs a start date and time."))
    if not timezone and isinstance(start.tzinfo, ZoneInfo):
        timezone = start.tzinfo.key
    tz = zone(timezone)
    if start.tzinfo is None:
        local = start.replace(tzinfo=tz)
        if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != start:
            raise UserError(
                translate(
                    "Training",
                    "{moment} does not exist in {zone}: the clocks go forward that night. "
                    "Choose another time.",
                ).format(moment=f"{start:%Y-%m-%d %H:%M}", zone=timezone)
            )
        start = local
    sites: list[str] = []
    for site in draft.sites or []:
        name = _text(
            site,
            translate("Training", "A site name is too long ({length} characters, at most {limit})."),
            MAX_SHORT,
        )
        if name and fold(name) not in {fold(s) for s in sites}:
            sites.append(name)
    description = draft.description.strip() if isinstance(draft.description, str) else ""
    if len(description) > MAX_DESCRIPTION:
        raise UserError(
            translate(
                "Training", "The description is too long ({length} characters, at most {limit})."
            ).format(length=number(len(description)), limit=number(MAX_DESCRIPTION))
        )
    return _Checked(
        title=title,
        kind=kind,
        format=draft.format,
        starts_utc=start.astimezone(UTC).isoformat(timespec="seconds"),
        timezone=timezone,
        duration_minutes=duration,
        place=_text(
            draft.place,
            translate("Training", "The place is too long ({length} characters, at most {limit})."),
            MAX_SHORT,
        ),
        link=link,
        sites=json.dumps(sites, ensure_ascii=False),
        trainer=_text(
            draft.trainer,
            translate("Training", "The trainer's name is too long ({length} characters, at most {limit})."),
            MAX_SHORT,
        ),
        capacity=capacity,
        audience=_text(
            draft.audience,
            translate("Training", "The audience is too long ({length} characters, at most {limit})."),
            MAX_SHORT,
        ),
        description=description,
    )


# Fields whose change makes calendars replace the invitation (RFC 5545 SEQUENCE).
_RESCHEDULING: Final = ("title", "starts_utc", "duration_minutes", "place", "link")
_SESSION_COLUMNS: Final = (
    "id, uid, title, kind, format, starts_at, timezone, duration_minutes, place, link, sites, trainer,"
    " capacity, audience, description, sequence, cancelled_at"
)


_PREFIXED_COLUMNS: Final = ", ".join("s." + c.strip() for c in _SESSION_COLUMNS.split(","))


def _session(row: Sequence[Any], counts: Mapping[str, int] | None = None) -> Session:
    (sid, uid, title, kind, fmt, starts, tz, duration, place, link, sites, trainer, capacity, audience,
     description, sequence, cancelled_at) = row  # fmt: skip
    try:
        site_list = [str(s) for s in json.loads(sites or "[]")]
    except (ValueError, TypeError):
        site_list = []
    return Session(
        id=int(sid),
        uid=str(uid),
        title=str(title),
        kind=str(kind),
        format=str(fmt),
        starts_at=parse_instant(str(starts), str(tz)),
        timezone=str(tz),
        duration_minutes=int(duration),
        place=str(place),
        link=str(link),
        sites=site_list,
        trainer=str(trainer),
        capacity=None if capacity is None else int(capacity),
        audience=str(audience),
        description=str(description),
        sequence=int(sequence),
        cancelled=cancelled_at is not None,
        counts={s: int((counts or {}).get(s, 0)) for s in STATUSES},
    )


def _ids(values: Iterable[int]) -> list[int]:
    """Distinct ids in their given order."""
    return list(dict.fromkeys(int(v) for v in values))


# -- the service --------------------------------------------------------------------------------------
class TrainingService:
    """Owns ``training_session`` and ``enrolment``: sessions, who is invited, who came, who still
    needs which training."""

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings
        self._programme = ProgrammeService(db)

    # -- settings -----------------------------------------------------------------------------------
    def _setting(self, key: str) -> Any:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def _save_setting(self, key: str, value: Any) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def kinds(self) -> list[str]:
        """The kinds of session offered in the editor (the user's list, else :data:`DEFAULT_KINDS`)."""
        stored = self._setting(KINDS_KEY)
        if isinstance(stored, list):
            kinds = [clean(k) for k in stored if isinstance(k, str) and clean(k)]
            if kinds:
                return kinds
        return list(DEFAULT_KINDS)

    def save_kinds(self, kinds: Iterable[str]) -> None:
        cleaned: list[str] = []
        for kind in kinds:
            text = _text(
                kind,
                translate(
                    "Training", "The kind “{kind}…” is too long ({length} characters, at most {limit})."
                ),
                MAX_KIND,
                kind=clean(kind)[:30],
            )
            if text and fold(text) not in {fold(k) for k in cleaned}:
                cleaned.append(text)
        if not cleaned:
            raise UserError(translate("Training", "Keep at least one kind of session."))
        self._save_setting(KINDS_KEY, cleaned)

    def requirements(self) -> dict[str, list[str]]:
        """The trainings each programme role requires (default: onboarding for every role).

        A role added to the programme after the requirements were saved starts with onboarding.
        """
        stored = self._setting(REQUIREMENTS_KEY)
        stored = stored if isinstance(stored, dict) else {}
        out: dict[str, list[str]] = {}
        for role in self._programme.rules().roles:
            kinds = stored.get(role)
            if isinstance(kinds, list):
                out[role] = [str(k) for k in kinds if isinstance(k, str) and k.strip()]
            else:
                out[role] = [DEFAULT_KINDS[0]]
        return out

    def save_requirements(self, requirements: Mapping[str, Iterable[str]]) -> None:
        roles = self._programme.rules().roles
        known = {fold(k): k for k in self.kinds()}
        value: dict[str, list[str]] = {}
        for role, kinds in requirements.items():
            if role not in roles:
                raise UserError(
                    translate("Training", "“{role}” is not one of the programme's roles ({roles}).").format(
                        role=role, roles=", ".join(roles)
                    )
                )
            chosen: list[str] = []
            for kind in kinds:
                name = known.get(fold(kind))
                if name is None:
                    raise UserError(
                        translate(
                            "Training",
                            "“{kind}” is not a kind of session: add it to the kinds first, or choose one of "
                            "{kinds}.",
                        ).format(kind=kind, kinds=", ".join(kind_label(k) for k in known.values()))
                    )
                if name not in chosen:
                    chosen.append(name)
            value[role] = chosen
        current = self.requirements()
        self._save_setting(REQUIREMENTS_KEY, {**current, **value})

    # -- sessions -----------------------------------------------------------------------------------
    def create(self, draft: SessionDraft) -> int:
        """Plan a session; returns its id. Its UID (``<uuid4>@esn-desk``) never changes."""
        c = _check(draft)
        now = _now()
        with self._db.write() as conn:
            cur = conn.execute(
                "INSERT INTO training_session (uid, title, kind, format, starts_at, timezone,"
                " duration_minutes, place, link, sites, trainer, capacity, audience, description, sequence,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
                (
                    f"{uuid.uuid4()}@{UID_DOMAIN}",
                    c.title,
                    c.kind,
                    c.format,
                    c.starts_utc,
                    c.timezone,
                    c.duration_minutes,
                    c.place,
                    c.link,
                    c.sites,
                    c.trainer,
                    c.capacity,
                    c.audience,
                    c.description,
                    now,
                    now,
                ),
            )
            return int(cur.lastrowid or 0)

    def update(self, session_id: int, draft: SessionDraft) -> list[int]:
        """Replace a session's fields. A new title, time, duration, place or link bumps its SEQUENCE
        (calendars then replace the invitation they hold). A raised capacity moves people up from the
        waiting list; returns their person ids."""
        c = _check(draft)
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT title, starts_at, timezone, duration_minutes, place, link, sequence, cancelled_at "
                "FROM training_session WHERE id = ?",
                (session_id,),
            ).fetchone()
            if row is None:
                raise self._unknown(session_id)
            title, starts, tz, duration, place, link, sequence, cancelled_at = row
            if cancelled_at is not None:
                raise UserError(
                    translate(
                        "Training", "“{title}” is cancelled: plan a new session instead of editing it."
                    ).format(title=title)
                )
            before = {
                "title": title,
                "starts_utc": parse_instant(starts, tz).astimezone(UTC).isoformat(timespec="seconds"),
                "duration_minutes": duration,
                "place": place,
                "link": link,
            }
            changed = any(before[k] != getattr(c, k) for k in _RESCHEDULING)
            conn.execute(
                "UPDATE training_session SET title = ?, kind = ?, format = ?, starts_at = ?,"
                " timezone = ?, duration_minutes = ?, place = ?, link = ?, sites = ?, trainer = ?,"
                " capacity = ?, audience = ?, description = ?, sequence = ?, updated_at = ? WHERE id = ?",
                (
                    c.title,
                    c.kind,
                    c.format,
                    c.starts_utc,
                    c.timezone,
                    c.duration_minutes,
                    c.place,
                    c.link,
                    c.sites,
                    c.trainer,
                    c.capacity,
                    c.audience,
                    c.description,
                    int(sequence) + (1 if changed else 0),
                    _now(),
                    session_id,
                ),
            )
            return self._fill_seats(conn, session_id)

    def cancel(self, session_id: int) -> None:
        """Cancel a session (kept, with its enrolments, to send the cancellation); bumps SEQUENCE."""
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE training_session SET cancelled_at = ?, sequence = sequence + 1, updated_at = ? "
                "WHERE id = ? AND cancelled_at IS NULL",
                (_now(), _now(), session_id),
            )
            if cur.rowcount == 0:
                exists = conn.execute("SELECT 1 FROM training_session WHERE id = ?", (session_id,)).fetchone()
                if exists is None:
                    raise self._unknown(session_id)

    def delete(self, session_id: int) -> None:
        """Remove a session with its enrolments and attendance imports."""
        with self._db.write() as conn:
            cur = conn.execute("DELETE FROM training_session WHERE id = ?", (session_id,))
            if cur.rowcount == 0:
                raise self._unknown(session_id)

    @staticmethod
    def _unknown(session_id: object) -> UserError:
        return UserError(
            translate("Training", "There is no training session #{id} (it may have been deleted).").format(
                id=session_id
            )
        )

    def get(self, session_id: int) -> Session:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM training_session WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise self._unknown(session_id)
            counts = dict(
                conn.execute(
                    "SELECT status, count(*) FROM enrolment WHERE session_id = ? GROUP BY status",
                    (session_id,),
                ).fetchall()
            )
        return _session(row, counts)

    def sessions(
        self, start: date | None = None, end: date | None = None, include_cancelled: bool = True
    ) -> list[Session]:
        """Sessions starting between ``start`` and ``end`` (both included, each session's own calendar
        day in its time zone), in time order."""
        return self._sessions(start, end, include_cancelled)

    def upcoming(self, limit: int = 5, today: date | None = None) -> list[Session]:
        """The next sessions not cancelled, from ``today`` (default: today) on."""
        day = today or date.today()
        return self._sessions(day, None, include_cancelled=False)[: max(limit, 0)]

    def _sessions(self, start: date | None, end: date | None, include_cancelled: bool) -> list[Session]:
        clauses: list[str] = []
        params: list[Any] = []
        # A coarse bound in SQL (time zones are at most 14 hours from UTC); the exact day in Python.
        if start is not None:
            clauses.append("starts_at >= ?")
            params.append((start - timedelta(days=2)).isoformat())
        if end is not None:
            clauses.append("starts_at < ?")
            params.append((end + timedelta(days=3)).isoformat())
        if not include_cancelled:
            clauses.append("cancelled_at IS NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM training_session {where}", params).fetchall()
            counts: dict[int, dict[str, int]] = {}
            for sid, status, n in conn.execute(
                "SELECT session_id, status, count(*) FROM enrolment GROUP BY session_id, status"
            ):
                counts.setdefault(int(sid), {})[str(status)] = int(n)
        out = [_session(row, counts.get(int(row[0]))) for row in rows]
        out = [
            s
            for s in out
            if (start is None or s.starts_at.date() >= start) and (end is None or s.starts_at.date() <= end)
        ]
        out.sort(key=lambda s: (s.starts_at.astimezone(UTC), s.id))
        return out

    # -- enrolment ----------------------------------------------------------------------------------
    def enrol(self, session_id: int, person_ids: Iterable[int], status: str = "invited") -> EnrolResult:
        """Add people to a session. Beyond its capacity, people asked to take a seat (invited,
        registered, attended) go on the waiting list instead; people already enrolled stay as they are."""
        if status not in STATUSES:
            raise UserError(
                translate("Training", "Unknown enrolment status “{status}”: use one of {statuses}.").format(
                    status=status, statuses=", ".join(STATUSES)
                )
            )
        ids = _ids(person_ids)
        result = EnrolResult(added=[], waiting=[], already=[])
        now = _now()
        with self._db.write() as conn:
            title, capacity, cancelled_at = self._session_row(conn, session_id)
            if cancelled_at is not None:
                raise UserError(
                    translate("Training", "“{title}” is cancelled: nobody can be added to it.").format(
                        title=title
                    )
                )
            self._check_people(conn, ids)
            enrolled = {
                int(p)
                for (p,) in conn.execute(
                    "SELECT person_id FROM enrolment WHERE session_id = ?", (session_id,)
                )
            }
            seated = self._seated(conn, session_id)
            for person_id in ids:
                if person_id in enrolled:
                    result.already.append(person_id)
                    continue
                given = status
                if status in SEATED and capacity is not None:
                    if seated >= capacity:
                        given = "waiting"
                    else:
                        seated += 1
                conn.execute(
                    "INSERT INTO enrolment (session_id, person_id, status, source, updated_at) "
                    "VALUES (?, ?, ?, 'manual', ?)",
                    (session_id, person_id, given, now),
                )
                (result.waiting if given == "waiting" and status != "waiting" else result.added).append(
                    person_id
                )
        return result

    def set_status(
        self,
        session_id: int,
        person_ids: Iterable[int],
        status: str,
        *,
        minutes: int | None = None,
        source: str = "manual",
    ) -> list[int]:
        """Give these people ``status`` in the session (people not yet enrolled are added: someone who
        came without an invitation can be marked as attended). The change is the organiser's
        decision, so it may go beyond the capacity. ``minutes`` (time present) is kept for attended
        people. When someone is excused before the session, the first people of the waiting list take
        the free seats (as invited); returns their person ids."""
        if status not in STATUSES:
            raise UserError(
                translate("Training", "Unknown enrolment status “{status}”: use one of {statuses}.").format(
                    status=status, statuses=", ".join(STATUSES)
                )
            )
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0):
            raise UserError(
                translate(
                    "Training", "The minutes present must be a whole number of 0 or more (got {minutes})."
                ).format(minutes=minutes)
            )
        ids = _ids(person_ids)
        now = _now()
        with self._db.write() as conn:
            self._session_row(conn, session_id)
            self._check_people(conn, ids)
            for person_id in ids:
                conn.execute(
                    "INSERT INTO enrolment (session_id, person_id, status, minutes, source, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, person_id) DO UPDATE SET "
                    "status = excluded.status, minutes = coalesce(excluded.minutes, "
                    "CASE WHEN excluded.status = 'attended' THEN enrolment.minutes END), "
                    "source = excluded.source, updated_at = excluded.updated_at",
                    (session_id, person_id, status, minutes, source, now),
                )
            return self._fill_seats(conn, session_id) if status == "excused" else []

    def remove(self, session_id: int, person_ids: Iterable[int]) -> list[int]:
        """Take people off a session; the waiting list fills the seats freed before the session.
        Returns the person ids moved up from the waiting list."""
        ids = _ids(person_ids)
        with self._db.write() as conn:
            self._session_row(conn, session_id)
            conn.executemany(
                "DELETE FROM enrolment WHERE session_id = ? AND person_id = ?",
                [(session_id, p) for p in ids],
            )
            return self._fill_seats(conn, session_id)

    def enrolments(self, session_id: int) -> list[Enrolment]:
        """Everyone enrolled in a session, by name."""
        with self._db.read() as conn:
            self._session_row(conn, session_id)
            rows = conn.execute(
                "SELECT e.session_id, e.person_id, p.full_name, coalesce(p.email, ''), p.site, p.department,"
                " coalesce((SELECT a.role FROM ambassador a WHERE a.person_id = p.id AND a.status IN"
                f" ({', '.join('?' * len(_ROLE_STATUSES))})), ''), e.status, e.minutes, e.source "
                "FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.session_id = ? "
                "ORDER BY p.sort_key, p.id",
                (*_ROLE_STATUSES, session_id),
            ).fetchall()
        return [Enrolment(*r) for r in rows]

    def invitees(self, session_id: int) -> list[Enrolment]:
        """The people an invitation goes to (invited, registered or attended), by name."""
        return [e for e in self.enrolments(session_id) if e.status in INVITEES]

    def _session_row(self, conn: sqlite3.Connection, session_id: int) -> tuple[str, int | None, str | None]:
        row = conn.execute(
            "SELECT title, capacity, cancelled_at FROM training_session WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise self._unknown(session_id)
        return str(row[0]), row[1], row[2]

    @staticmethod
    def _check_people(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
        if not ids:
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _wanted_person (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM _wanted_person")
        conn.executemany("INSERT OR IGNORE INTO _wanted_person (id) VALUES (?)", [(i,) for i in ids])
        missing = [
            int(r[0])
            for r in conn.execute(
                "SELECT w.id FROM _wanted_person w LEFT JOIN person p ON p.id = w.id WHERE p.id IS NULL"
            )
        ]
        conn.execute("DELETE FROM _wanted_person")
        if missing:
            shown = ", ".join(f"#{i}" for i in missing[:5]) + (" …" if len(missing) > 5 else "")
            raise UserError(
                translate("Training", "Not in the directory: person {people}. Nobody was changed.").format(
                    people=shown
                )
            )

    @staticmethod
    def _seated(conn: sqlite3.Connection, session_id: int) -> int:
        return int(
            conn.execute(
                "SELECT count(*) FROM enrolment WHERE session_id = ? "
                f"AND status IN ({', '.join('?' * len(SEATED))})",
                (session_id, *SEATED),
            ).fetchone()[0]
        )

    def _fill_seats(self, conn: sqlite3.Connection, session_id: int) -> list[int]:
        """Move the waiting list up into free seats (first come, first served; same moment: by name),
        only before the session starts — after it, a free seat is no use to anyone."""
        row = conn.execute(
            "SELECT capacity, starts_at, timezone, cancelled_at FROM training_session WHERE id = ?",
            (session_id,),
        ).fetchone()
        if row is None or row[3] is not None:
            return []
        capacity, starts, tz, _cancelled = row
        if parse_instant(starts, tz) <= datetime.now(UTC):
            return []
        free = None if capacity is None else int(capacity) - self._seated(conn, session_id)
        waiting = [
            int(r[0])
            for r in conn.execute(
                "SELECT e.person_id FROM enrolment e JOIN person p ON p.id = e.person_id "
                "WHERE e.session_id = ? AND e.status = 'waiting' ORDER BY e.updated_at, p.sort_key, p.id",
                (session_id,),
            )
        ]
        promoted = waiting if free is None else waiting[: max(free, 0)]
        now = _now()
        conn.executemany(
            "UPDATE enrolment SET status = 'invited', updated_at = ? WHERE session_id = ? AND person_id = ?",
            [(now, session_id, p) for p in promoted],
        )
        return promoted

    # -- who needs what ---------------------------------------------------------------------------------
    def people_to_invite(
        self,
        site: str | None = None,
        lacking_kind: str | None = None,
        ambassadors_only: bool = True,
        *,
        statuses: Sequence[str] = ("active",),
    ) -> list[int]:
        """Person ids (by name) of people still in the company — only ambassadors in ``statuses`` when
        ``ambassadors_only`` — of ``site`` (any when None), who never attended a session of kind
        ``lacking_kind`` (when given): "everyone of Lyon who has not had onboarding"."""
        clauses = ["p.status = 'active'"]
        params: list[Any] = []
        join = ""
        if ambassadors_only:
            join = "JOIN ambassador a ON a.person_id = p.id"
            clauses.append(f"a.status IN ({', '.join('?' * len(statuses))})")
            params += list(statuses)
        if site is not None:
            clauses.append("p.site = ? COLLATE NOCASE")
            params.append(clean(site))
        if lacking_kind is not None:
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM enrolment e JOIN training_session s ON s.id = e.session_id "
                "WHERE e.person_id = p.id AND e.status = 'attended' AND s.cancelled_at IS NULL "
                "AND s.kind = ? COLLATE NOCASE)"
            )
            params.append(clean(lacking_kind))
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT p.id FROM person p {join} WHERE {' AND '.join(clauses)} ORDER BY p.sort_key, p.id",
                params,
            ).fetchall()
        return [int(r[0]) for r in rows]

    def _attended_kinds(self, conn: sqlite3.Connection) -> dict[int, set[str]]:
        """Person id → folded kinds of the sessions (not cancelled) they attended."""
        out: dict[int, set[str]] = {}
        for person_id, kind in conn.execute(
            "SELECT DISTINCT e.person_id, s.kind FROM enrolment e "
            "JOIN training_session s ON s.id = e.session_id "
            "WHERE e.status = 'attended' AND s.cancelled_at IS NULL"
        ):
            out.setdefault(int(person_id), set()).add(fold(str(kind)))
        return out

    def _ambassadors(
        self, conn: sqlite3.Connection, statuses: Sequence[str]
    ) -> list[tuple[int, int, str, str, str, str]]:
        """(ambassador id, person id, name, site, role, department) of ambassadors in ``statuses``
        still in the company, by name."""
        rows = conn.execute(
            "SELECT a.id, p.id, p.full_name, p.site, a.role, p.department "
            "FROM ambassador a CROSS JOIN person p ON p.id = a.person_id "
            f"WHERE a.status IN ({', '.join('?' * len(statuses))}) AND p.status = 'active' "
            "ORDER BY p.sort_key, a.id",
            list(statuses),
        ).fetchall()
        return [(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5])) for r in rows]

    def missing_trainings(self, statuses: Sequence[str] = ("active",)) -> list[MissingTraining]:
        """Ambassadors (in ``statuses``, still in the company) who have not attended every training
        their role requires, with what they lack, by name."""
        required = self.requirements()
        with self._db.read() as conn:
            ambassadors = self._ambassadors(conn, statuses)
            attended = self._attended_kinds(conn)
        out: list[MissingTraining] = []
        for ambassador_id, person_id, name, site, role, _dept in ambassadors:
            had = attended.get(person_id, set())
            missing = [k for k in required.get(role, [DEFAULT_KINDS[0]]) if fold(k) not in had]
            if missing:
                out.append(MissingTraining(ambassador_id, person_id, name, site, role, missing))
        return out

    # -- records ------------------------------------------------------------------------------------
    def history(self, person_id: int) -> list[TrainingRecord]:
        """Every session a person was enrolled in, newest first, with their status and minutes."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_PREFIXED_COLUMNS}, e.status, e.minutes "
                "FROM enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.person_id = ?",
                (person_id,),
            ).fetchall()
        out = [TrainingRecord(_session(r[:-2]), str(r[-2]), r[-1]) for r in rows]
        out.sort(key=lambda t: (t.session.starts_at.astimezone(UTC), t.session.id), reverse=True)
        return out

    def record(self, person_id: int) -> PersonTraining:
        """Sessions attended (not cancelled), minutes trained (the minutes measured, else the session's
        duration) and the day of the last one."""
        attended = [t for t in self.history(person_id) if t.status == "attended" and not t.session.cancelled]
        minutes = sum(t.minutes if t.minutes is not None else t.session.duration_minutes for t in attended)
        last = max((t.session.starts_at.date() for t in attended), default=None)
        return PersonTraining(len(attended), minutes, last)

    def summary(self, by: str = "site", statuses: Sequence[str] = ("active",)) -> list[SummaryRow]:
        """Per site or role: ambassadors, those trained (attended every required kind) and those still
        to train. Spellings of a site that differ only by case or accents are one population (named
        by its most frequent spelling). Ordered by population name, the empty one last."""
        if by not in ("site", "role"):
            raise UserError(
                translate(
                    "Training", "Training records are summed by site or by role, not by “{by}”."
                ).format(by=by)
            )
        required = self.requirements()
        with self._db.read() as conn:
            ambassadors = self._ambassadors(conn, statuses)
            attended = self._attended_kinds(conn)
        totals: dict[str, list[int]] = {}
        spellings: dict[str, Counter[str]] = {}
        for _aid, person_id, _name, site, role, _dept in ambassadors:
            population = site if by == "site" else role
            key = fold(population)
            spellings.setdefault(key, Counter())[population] += 1
            had = attended.get(person_id, set())
            trained = all(fold(k) in had for k in required.get(role, [DEFAULT_KINDS[0]]))
            counts = totals.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += int(trained)
        return [
            SummaryRow(spellings[key].most_common(1)[0][0], n, trained, n - trained)
            for key, (n, trained) in sorted(totals.items(), key=lambda kv: (kv[0] == "", kv[0]))
        ]

    # -- invitations --------------------------------------------------------------------------------
    def invitation(self, session_id: int, method: str | None = None) -> bytes:
        """The session's ``.ics`` for its invitees, from the organiser of the programme settings:
        ``REQUEST``, or ``CANCEL`` for a cancelled session (or as ``method`` says)."""
        from esn_desk.core.training_ics import invitation

        session = self.get(session_id)
        settings = self._settings.load()
        chosen = method or ("CANCEL" if session.cancelled else "REQUEST")
        return invitation(
            session,
            [(e.name, e.email) for e in self.invitees(session_id)],
            settings.organiser_name,
            settings.organiser_email,
            method=chosen,
        )
