"""The ambassador programme: applications and nominations, eligibility, approval flow, status life-cycle.

Every status change goes through :meth:`ProgrammeService.transition`, which only allows the moves of
:func:`allowed_transitions` for the programme's approval flow and records who, when and why.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Final

from esn_desk.core import i18n
from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import fold

# -- statuses & approval flows ------------------------------------------------------------------------
PIPELINE: Final = ("applied", "nominated", "hr_validated", "manager_confirmed")
STATUSES: Final = (*PIPELINE, "active", "paused", "alumni", "declined", "withdrawn")
# Display names (English, as stored in exports and matched by imports): show them with status_label().
STATUS_LABELS: Final = {
    "applied": QT_TRANSLATE_NOOP("Programme", "Applied"),
    "nominated": QT_TRANSLATE_NOOP("Programme", "Nominated"),
    "hr_validated": QT_TRANSLATE_NOOP("Programme", "HR-validated"),
    "manager_confirmed": QT_TRANSLATE_NOOP("Programme", "Manager-confirmed"),
    "active": QT_TRANSLATE_NOOP("Programme", "Active"),
    "paused": QT_TRANSLATE_NOOP("Programme", "Paused"),
    "alumni": QT_TRANSLATE_NOOP("Programme", "Alumni"),
    "declined": QT_TRANSLATE_NOOP("Programme", "Declined"),
    "withdrawn": QT_TRANSLATE_NOOP("Programme", "Withdrawn"),
}
# The same inside a sentence ("Ada is hr-validated"): show them with status_word().
STATUS_WORDS: Final = {
    "applied": QT_TRANSLATE_NOOP("Programme", "applied"),
    "nominated": QT_TRANSLATE_NOOP("Programme", "nominated"),
    "hr_validated": QT_TRANSLATE_NOOP("Programme", "hr-validated"),
    "manager_confirmed": QT_TRANSLATE_NOOP("Programme", "manager-confirmed"),
    "active": QT_TRANSLATE_NOOP("Programme", "active"),
    "paused": QT_TRANSLATE_NOOP("Programme", "paused"),
    "alumni": QT_TRANSLATE_NOOP("Programme", "alumni"),
    "declined": QT_TRANSLATE_NOOP("Programme", "declined"),
    "withdrawn": QT_TRANSLATE_NOOP("Programme", "withdrawn"),
}
FLOWS: Final = {
    "none": QT_TRANSLATE_NOOP("Programme", "No approval: candidates can be activated at once"),
    "hr": QT_TRANSLATE_NOOP("Programme", "HR validation"),
    "hr_then_manager": QT_TRANSLATE_NOOP("Programme", "HR validation, then the line manager confirms"),
}
# The default roles, sources and privileges are stored in English (they are the programme's data);
# role_label(), role_description(), source_label() and privilege_label() show them translated.
DEFAULT_ROLES: Final = {
    QT_TRANSLATE_NOOP("Programme", "Ambassador"): QT_TRANSLATE_NOOP(
        "Programme",
        "Shows colleagues how the network helps their work; talks about practices, not technology.",
    ),
    QT_TRANSLATE_NOOP("Programme", "Coach"): QT_TRANSLATE_NOOP(
        "Programme",
        "Coaches a team on new ways of working. Coaching is not technical support: IT answers those.",
    ),
    QT_TRANSLATE_NOOP("Programme", "Community manager"): QT_TRANSLATE_NOOP(
        "Programme", "Runs a community: animates it, welcomes members, shares good practices."
    ),
    QT_TRANSLATE_NOOP("Programme", "Mentor"): QT_TRANSLATE_NOOP(
        "Programme", "Supports new ambassadors and coaches as they start."
    ),
}
DEFAULT_SOURCES: Final = (
    QT_TRANSLATE_NOOP("Programme", "Call for applications (email)"),
    QT_TRANSLATE_NOOP("Programme", "Call for applications (poster)"),
    QT_TRANSLATE_NOOP("Programme", "Pilot phase"),
    QT_TRANSLATE_NOOP("Programme", "Serious game"),
    QT_TRANSLATE_NOOP("Programme", "Digital passport"),
    QT_TRANSLATE_NOOP("Programme", "Community manager / mentor"),
)
PRIVILEGES: Final = (
    QT_TRANSLATE_NOOP("Programme", "Further training"),
    QT_TRANSLATE_NOOP("Programme", "Preview of new features"),
)
# Roster filters: facet → the column it filters on (ambassador ``a`` or person ``p``).
ROSTER_FACETS: Final = {
    "role": "a.role",
    "site": "p.site",
    "department": "p.department",
    "country": "p.country",
    "source": "a.source",
}


def status_label(status: str) -> str:
    """A status as a label or a column value, in the interface language ("HR-validated")."""
    return translate("Programme", STATUS_LABELS[status]) if status in STATUS_LABELS else status


def status_word(status: str) -> str:
    """A status inside a sentence, in the interface language ("hr-validated")."""
    return translate("Programme", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def flow_label(flow: str) -> str:
    return translate("Programme", FLOWS[flow]) if flow in FLOWS else flow


def _shown(value: str, defaults: Iterable[str]) -> str:
    return translate("Programme", value) if value in defaults else value


def _stored(shown: str, defaults: Iterable[str]) -> str:
    """The stored (English) value of a default shown translated; anything else as typed."""
    wanted = fold(shown)
    return next((d for d in defaults if fold(translate("Programme", d)) == wanted), shown)


def role_label(role: str) -> str:
    """A role's name as shown: the default roles are translated, the programme's own are not."""
    return _shown(role, DEFAULT_ROLES)


def role_description(role: str, description: str) -> str:
    """A role's description as shown: translated while it is the default role's own."""
    return translate("Programme", description) if DEFAULT_ROLES.get(role) == description else description


def role_code(shown: str) -> str:
    """The stored name of a role typed or picked as shown (``role_label`` reversed)."""
    return _stored(shown, DEFAULT_ROLES)


def default_description(role: str, shown: str) -> str:
    """The stored description of ``role`` typed as shown (``role_description`` reversed).

    Compared without case, accents or the kind of spaces: a text box gives its no-break spaces
    (French typography) back as plain ones."""
    default = DEFAULT_ROLES.get(role)
    unchanged = default is not None and fold(shown) == fold(translate("Programme", default))
    return default if default is not None and unchanged else shown


def source_label(source: str) -> str:
    return _shown(source, DEFAULT_SOURCES)


def source_code(shown: str) -> str:
    return _stored(shown, DEFAULT_SOURCES)


def privilege_label(privilege: str) -> str:
    return _shown(privilege, PRIVILEGES)


def _reasons(reasons: Iterable[str]) -> str:
    """Eligibility reasons in one sentence (a narrow no-break space before ';' in French)."""
    return ("\u202f; " if i18n.language() == "fr" else "; ").join(reasons)


def approval_steps(flow: str) -> tuple[str, ...]:
    """The validated states a candidate goes through before becoming active."""
    return {"none": (), "hr": ("hr_validated",), "hr_then_manager": ("hr_validated", "manager_confirmed")}[
        flow
    ]


def allowed_transitions(status: str, flow: str) -> tuple[str, ...]:
    """Where a candidacy or an ambassador in ``status`` may go next under approval ``flow``."""
    if flow not in FLOWS:
        raise UserError(translate("Programme", "Unknown approval flow “{flow}”.").format(flow=flow))
    steps = approval_steps(flow)
    if status in ("applied", "nominated"):
        return (steps[0] if steps else "active", "declined", "withdrawn")
    if status in steps:
        position = steps.index(status)
        following = steps[position + 1] if position + 1 < len(steps) else "active"
        return (following, "declined", "withdrawn")
    if status in PIPELINE:  # a validated step that the current flow no longer uses: straight on
        return ("active", "declined", "withdrawn")
    return {"active": ("paused", "alumni"), "paused": ("active", "alumni")}.get(status, ())


# -- eligibility --------------------------------------------------------------------------------------
RULE_FIELDS: Final = {
    "department": QT_TRANSLATE_NOOP("Programme", "Department"),
    "site": QT_TRANSLATE_NOOP("Programme", "Site"),
    "country": QT_TRANSLATE_NOOP("Programme", "Country"),
    "job_title": QT_TRANSLATE_NOOP("Programme", "Job title"),
}
# The same inside a sentence ("department is IT").
RULE_FIELD_WORDS: Final = {
    "department": QT_TRANSLATE_NOOP("Programme", "department"),
    "site": QT_TRANSLATE_NOOP("Programme", "site"),
    "country": QT_TRANSLATE_NOOP("Programme", "country"),
    "job_title": QT_TRANSLATE_NOOP("Programme", "job title"),
}


@dataclass(frozen=True)
class Rule:
    """One eligibility rule. ``kind``: ``in`` / ``not_in`` (``field`` among :data:`RULE_FIELDS`,
    ``values`` compared without case or accents), ``active`` (the person has not left),
    ``min_months`` (hired at least ``months`` ago)."""

    kind: str
    field: str = ""
    values: tuple[str, ...] = ()
    months: int = 0

    def describe(self) -> str:
        if self.kind == "active":
            return translate("Programme", "Employee is active")
        if self.kind == "min_months":
            return translate("Programme", "Hired at least {months} months ago").format(months=self.months)
        label = translate("Programme", RULE_FIELDS[self.field]) if self.field in RULE_FIELDS else self.field
        joined = " / ".join(self.values)
        if self.kind == "not_in":
            return translate("Programme", "{field} is not {values}").format(field=label, values=joined)
        return translate("Programme", "{field} is {values}").format(field=label, values=joined)

    def failure(self, person: Mapping[str, Any], today: date) -> str | None:
        """Why ``person`` fails this rule, or None if they pass."""
        if self.kind == "active":
            return (
                None if person.get("status") == "active" else translate("Programme", "has left the company")
            )
        if self.kind == "min_months":
            hired = person.get("hire_date")
            if not hired:
                return translate("Programme", "has no hire date in the HR data")
            start = date.fromisoformat(str(hired)[:10])
            months = (today.year - start.year) * 12 + today.month - start.month - (today.day < start.day)
            if months >= self.months:
                return None
            return translate("Programme", "was hired {months} months ago").format(months=max(months, 0))
        value = str(person.get(self.field) or "")
        wanted = {fold(v) for v in self.values}
        inside = fold(value) in wanted
        word = RULE_FIELD_WORDS.get(self.field)
        label = translate("Programme", word) if word else self.field
        allowed = " / ".join(self.values)
        if self.kind == "in" and not inside:
            if not value:
                return translate("Programme", "{field} is empty, not {allowed}").format(
                    field=label, allowed=allowed
                )
            return translate("Programme", "{field} is {value}, not {allowed}").format(
                field=label, value=value, allowed=allowed
            )
        if self.kind == "not_in" and inside:
            return translate("Programme", "{field} is {value}").format(field=label, value=value)
        return None

    def validate(self) -> None:
        if self.kind in ("in", "not_in"):
            if self.field not in RULE_FIELDS or not [v for v in self.values if v.strip()]:
                raise UserError(
                    translate("Programme", "An eligibility rule needs a field and at least one value.")
                )
        elif self.kind == "min_months":
            if not 0 < self.months <= 600:
                raise UserError(
                    translate("Programme", "The seniority rule needs a number of months between 1 and 600.")
                )
        elif self.kind != "active":
            raise UserError(
                translate("Programme", "Unknown eligibility rule “{kind}”.").format(kind=self.kind)
            )


@dataclass
class ProgrammeRules:
    """How this programme recruits: approval flow, eligibility rules, roles and sources."""

    flow: str = "hr_then_manager"
    rules: list[Rule] = field(default_factory=lambda: [Rule("active")])
    roles: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ROLES))
    sources: list[str] = field(default_factory=lambda: list(DEFAULT_SOURCES))

    def to_json(self) -> str:
        return json.dumps(
            {
                "flow": self.flow,
                "rules": [asdict(r) | {"values": list(r.values)} for r in self.rules],
                "roles": self.roles,
                "sources": self.sources,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ProgrammeRules:
        data = json.loads(text)
        return cls(
            flow=data.get("flow", "hr_then_manager"),
            rules=[
                Rule(r["kind"], r.get("field", ""), tuple(r.get("values", ())), int(r.get("months", 0)))
                for r in data.get("rules", [])
            ],
            roles=dict(data.get("roles") or DEFAULT_ROLES),
            sources=list(data.get("sources") or DEFAULT_SOURCES),
        )

    def scope(self) -> dict[str, tuple[str, ...]]:
        """The populations the programme recruits from ("country is France" → ``{"country":
        ("France",)}``): coverage counts only those. Exclusions such as "not IT" stay in scope — those
        employees still need someone to help them."""
        return {r.field: r.values for r in self.rules if r.kind == "in" and r.field in ("site", "country")}

    def validate(self) -> None:
        if self.flow not in FLOWS:
            raise UserError(translate("Programme", "Unknown approval flow “{flow}”.").format(flow=self.flow))
        for rule in self.rules:
            rule.validate()
        if not self.roles:
            raise UserError(translate("Programme", "The programme needs at least one role."))


def check_eligibility(rules: Iterable[Rule], person: Mapping[str, Any], today: date) -> list[str]:
    """The reasons ``person`` is not eligible (empty: eligible)."""
    return [reason for rule in rules if (reason := rule.failure(person, today))]


# -- the service --------------------------------------------------------------------------------------
RULES_KEY: Final = "programme_rules"


@dataclass
class Candidacy:
    id: int
    person_id: int
    name: str
    status: str
    role: str
    entry: str
    source: str
    applied_on: str
    fields: dict[str, Any]


@dataclass
class Event:
    at: str
    from_status: str | None
    to_status: str
    by: str
    note: str


@dataclass(frozen=True)
class Attention:
    """Something on the dashboard's "needs attention" list."""

    kind: str  # left_company, waiting_activation, waiting_manager, waiting_hr
    ambassador_id: int
    name: str
    detail: str


@dataclass
class BulkResult:
    changed: list[int]
    skipped: list[tuple[int, str]]  # (ambassador id, or person id when recruiting; why)


EVENT_COLUMNS: Final = ("id", "ambassador_id", "at", "from_status", "to_status", "by", "note")


@dataclass(frozen=True)
class RosterSnapshot:
    """The candidacies of some people at one moment, exactly as stored, to undo or redo a roster edit.

    Keyed by person (one candidacy per person): ``rows`` holds each person's ``ambassador`` row as
    (column, value) pairs, or None when they had no candidacy (so undoing a recruit removes it);
    ``events`` holds every ``ambassador_event`` row of that candidacy. Events are kept whole, not
    as a high-water mark, because redoing a recruit must bring back the history that the undo
    deleted with the row.
    """

    rows: Mapping[int, tuple[tuple[str, Any], ...] | None]
    events: Mapping[int, tuple[tuple[Any, ...], ...]]

    def differs(self, other: RosterSnapshot) -> bool:
        """Whether ``other`` holds different data (the ``updated_at`` stamp alone does not count)."""

        def comparable(snapshot: RosterSnapshot) -> tuple[Any, ...]:
            rows = {
                pid: tuple(p for p in row if p[0] != "updated_at") if row else None
                for pid, row in snapshot.rows.items()
            }
            return tuple(sorted(rows.items())), tuple(sorted(snapshot.events.items()))

        return comparable(self) != comparable(other)


AMBASSADOR_COLUMNS: Final = (
    "id",
    "employee_id",
    "email",
    "name",
    "role",
    "status",
    "site",
    "department",
    "country",
    "source",
    "applied_on",
    "person_status",
)


class ProgrammeService:
    """Owns the ``ambassador`` and ``ambassador_event`` tables and the programme's recruitment rules."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- rules --------------------------------------------------------------------------------------
    def rules(self) -> ProgrammeRules:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (RULES_KEY,)).fetchone()
        if row is None:
            return ProgrammeRules()
        try:
            return ProgrammeRules.from_json(row[0])
        except (ValueError, KeyError, TypeError):
            return ProgrammeRules()

    def save_rules(self, rules: ProgrammeRules) -> None:
        rules.validate()
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (RULES_KEY, rules.to_json()),
            )

    # -- recruiting ---------------------------------------------------------------------------------
    def eligibility(self, person_id: int, *, today: date | None = None) -> list[str]:
        person = self._person(person_id)
        return check_eligibility(self.rules().rules, person, today or date.today())

    def recruit(
        self,
        person_id: int,
        *,
        entry: str = "application",
        source: str = "",
        role: str | None = None,
        motivation: str = "",
        by: str = "",
        on: date | None = None,
        override_note: str = "",
    ) -> int:
        """Record an application (a volunteer) or a nomination (someone solicited); returns its id.

        An ineligible candidate is refused with the reasons, unless ``override_note`` explains why
        the programme makes an exception.
        """
        if entry not in ("application", "nomination"):
            raise UserError(
                translate("Programme", "Unknown entry “{entry}”: use application or nomination.").format(
                    entry=entry
                )
            )
        day = on or date.today()
        rules = self.rules()
        person = self._person(person_id)
        reasons = check_eligibility(rules.rules, person, day)
        if reasons and not override_note.strip():
            raise UserError(
                translate(
                    "Programme", "{name} is not eligible: {reasons}. Add an override note to go ahead anyway."
                ).format(name=person["full_name"], reasons=_reasons(reasons))
            )
        chosen_role = role or next(iter(rules.roles))
        if chosen_role not in rules.roles:
            raise UserError(
                translate("Programme", "“{role}” is not one of the programme's roles ({roles}).").format(
                    role=chosen_role, roles=", ".join(role_label(r) for r in rules.roles)
                )
            )
        status = "applied" if entry == "application" else "nominated"
        now = datetime.now().isoformat(timespec="seconds")
        with self._db.write() as conn:
            existing = conn.execute(
                "SELECT id, status FROM ambassador WHERE person_id = ?", (person_id,)
            ).fetchone()
            previous = existing[1] if existing else None
            if existing and previous not in ("declined", "withdrawn", "alumni"):
                raise UserError(
                    translate("Programme", "{name} is already in the programme ({status}).").format(
                        name=person["full_name"], status=status_word(existing[1])
                    )
                )
            values = (
                status,
                entry,
                source,
                chosen_role,
                day.isoformat(),
                motivation,
                override_note.strip() if reasons else None,
                now,
            )
            if existing:  # a new candidacy after a refusal, a withdrawal or a past term: same history
                ambassador_id = int(existing[0])
                conn.execute(
                    "UPDATE ambassador SET status = ?, entry = ?, source = ?, role = ?, applied_on = ?,"
                    " motivation = ?, eligibility_override = ?, updated_at = ?, hr_validated_on = NULL,"
                    " hr_validated_by = NULL, manager_confirmed_on = NULL, manager_confirmed_by = NULL,"
                    " refused_by = NULL, refusal_reason = NULL WHERE id = ?",
                    (*values, ambassador_id),
                )
            else:
                cur = conn.execute(
                    "INSERT INTO ambassador (status, entry, source, role, applied_on, motivation,"
                    " eligibility_override, updated_at, created_at, person_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*values, now, person_id),
                )
                ambassador_id = int(cur.lastrowid or 0)
            note = (
                motivation if not reasons else f"{motivation} [eligibility override: {override_note.strip()}]"
            )
            conn.execute(
                "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by, note)"
                " VALUES (?,?,?,?,?,?)",
                (ambassador_id, day.isoformat(), previous, status, by, note.strip()),
            )
        return ambassador_id

    def recruit_many(self, person_ids: Sequence[int], **details: Any) -> BulkResult:
        """Bulk "add to the programme": each person separately; who could not be added is reported
        (not eligible without an override note, already in the programme)."""
        result = BulkResult(changed=[], skipped=[])
        for person_id in person_ids:
            try:
                result.changed.append(self.recruit(person_id, **details))
            except UserError as exc:
                result.skipped.append((person_id, str(exc)))
        return result

    def transition(
        self, ambassador_id: int, to_status: str, *, by: str = "", note: str = "", on: date | None = None
    ) -> None:
        """Move one candidacy or ambassador; impossible moves are refused with the allowed ones."""
        result = self.transition_many([ambassador_id], to_status, by=by, note=note, on=on)
        if result.skipped:
            raise UserError(result.skipped[0][1])

    def transition_many(
        self,
        ambassador_ids: Sequence[int],
        to_status: str,
        *,
        by: str = "",
        note: str = "",
        on: date | None = None,
    ) -> BulkResult:
        """Bulk action: move every id that may make this move (one transaction); report the others."""
        if to_status not in STATUSES:
            raise UserError(translate("Programme", "Unknown status “{status}”.").format(status=to_status))
        if to_status == "declined" and not note.strip():
            raise UserError(
                translate("Programme", "Say why the candidacy is declined (the note is kept in its history).")
            )
        flow = self.rules().flow
        day = (on or date.today()).isoformat()
        now = datetime.now().isoformat(timespec="seconds")
        result = BulkResult(changed=[], skipped=[])
        with self._db.write() as conn:
            for ambassador_id in ambassador_ids:
                row = conn.execute(
                    "SELECT a.status, p.full_name FROM ambassador a JOIN person p ON p.id = a.person_id "
                    "WHERE a.id = ?",
                    (ambassador_id,),
                ).fetchone()
                if row is None:
                    result.skipped.append((ambassador_id, _no_candidacy(ambassador_id)))
                    continue
                status, name = row
                allowed = allowed_transitions(status, flow)
                if to_status not in allowed:
                    if allowed:
                        why = translate(
                            "Programme", "{name} is {status}: they can go to {options}, not {target}."
                        ).format(
                            name=name,
                            status=status_word(status),
                            options=", ".join(status_word(s) for s in allowed),
                            target=status_word(to_status),
                        )
                    else:  # alumni, declined, withdrawn
                        why = translate(
                            "Programme", "{name} is {status}: no move is possible (final status)."
                        ).format(name=name, status=status_word(status))
                    result.skipped.append((ambassador_id, why))
                    continue
                extra = {
                    "hr_validated": ("hr_validated_on = ?, hr_validated_by = ?", (day, by)),
                    "manager_confirmed": ("manager_confirmed_on = ?, manager_confirmed_by = ?", (day, by)),
                    "active": ("activated_on = coalesce(activated_on, ?)", (day,)),
                    "declined": ("refused_by = ?, refusal_reason = ?", (by, note)),
                }.get(to_status, ("", ()))
                assignments = ", ".join(p for p in ("status = ?", "updated_at = ?", extra[0]) if p)
                conn.execute(
                    f"UPDATE ambassador SET {assignments} WHERE id = ?",
                    (to_status, now, *extra[1], ambassador_id),
                )
                conn.execute(
                    "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by, note)"
                    " VALUES (?,?,?,?,?,?)",
                    (ambassador_id, day, status, to_status, by, note),
                )
                result.changed.append(ambassador_id)
        return result

    def update(self, ambassador_id: int, **changes: Any) -> None:
        """Edit an ambassador's role, objective, privileges, community membership or notes."""
        editable = {
            "role",
            "objective",
            "objective_target",
            "objective_due",
            "privileges",
            "community_member",
            "notes",
            "source",
        }
        unknown = set(changes) - editable
        if unknown:
            raise UserError(
                translate("Programme", "These cannot be edited here: {fields}.").format(
                    fields=", ".join(sorted(unknown))
                )
            )
        if "role" in changes and changes["role"] not in self.rules().roles:
            raise UserError(
                translate("Programme", "“{role}” is not one of the programme's roles.").format(
                    role=changes["role"]
                )
            )
        if "privileges" in changes:
            changes["privileges"] = json.dumps(list(changes["privileges"]), ensure_ascii=False)
        if "community_member" in changes:
            changes["community_member"] = int(bool(changes["community_member"]))
        if not changes:
            return
        changes["updated_at"] = datetime.now().isoformat(timespec="seconds")
        with self._db.write() as conn:
            cur = conn.execute(
                f"UPDATE ambassador SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                (*changes.values(), ambassador_id),
            )
            if cur.rowcount == 0:
                raise UserError(_no_candidacy(ambassador_id))

    # -- undo & redo --------------------------------------------------------------------------------
    def snapshot(
        self, *, ambassador_ids: Iterable[int] = (), person_ids: Iterable[int] = ()
    ) -> RosterSnapshot:
        """The current state of these candidacies (by id) and of these people's candidacies (by
        person: someone without one is recorded as such), for :meth:`restore`."""
        with self._db.read() as conn:
            wanted = set(person_ids)
            for ambassador_id in ambassador_ids:
                row = conn.execute(
                    "SELECT person_id FROM ambassador WHERE id = ?", (ambassador_id,)
                ).fetchone()
                if row is None:
                    raise UserError(_no_candidacy(ambassador_id))
                wanted.add(int(row[0]))
            rows: dict[int, tuple[tuple[str, Any], ...] | None] = {}
            events: dict[int, tuple[tuple[Any, ...], ...]] = {}
            for person_id in sorted(wanted):
                cur = conn.execute("SELECT * FROM ambassador WHERE person_id = ?", (person_id,))
                found = cur.fetchone()
                if found is None:
                    rows[person_id] = None
                    events[person_id] = ()
                    continue
                rows[person_id] = tuple(zip([d[0] for d in cur.description], found, strict=True))
                events[person_id] = tuple(
                    conn.execute(
                        f"SELECT {', '.join(EVENT_COLUMNS)} FROM ambassador_event WHERE ambassador_id = ? "
                        "ORDER BY id",
                        (found[0],),
                    ).fetchall()
                )
        return RosterSnapshot(rows=rows, events=events)

    def restore(self, snapshot: RosterSnapshot) -> None:
        """Put these people's candidacies back as ``snapshot`` recorded them, in one transaction:
        rows rewritten column by column (or recreated with their id, or deleted if they did not
        exist), events added since deleted and events deleted since recreated.

        Refuses (and changes nothing) when that would destroy what was recorded elsewhere since:
        activities or case studies of a candidacy to remove, or a person gone from the directory.
        """
        with self._db.write() as conn:
            for person_id, row in snapshot.rows.items():
                current = conn.execute(
                    "SELECT a.id, p.full_name FROM ambassador a JOIN person p ON p.id = a.person_id "
                    "WHERE a.person_id = ?",
                    (person_id,),
                ).fetchone()
                if row is None:
                    if current is not None:
                        self._refuse_if_used(conn, int(current[0]), str(current[1]))
                        conn.execute("DELETE FROM ambassador WHERE id = ?", (current[0],))
                    continue
                values = dict(row)
                if current is not None and current[0] != values["id"]:
                    self._refuse_if_used(conn, int(current[0]), str(current[1]))
                    conn.execute("DELETE FROM ambassador WHERE id = ?", (current[0],))
                columns = list(values)
                updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
                try:
                    conn.execute(
                        f"INSERT INTO ambassador ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET {updates}",
                        list(values.values()),
                    )
                except sqlite3.IntegrityError as exc:
                    raise UserError(
                        translate(
                            "Programme",
                            "This change can no longer be undone: person #{id} is no longer in the "
                            "directory as it was.",
                        ).format(id=person_id)
                    ) from exc
                kept = snapshot.events.get(person_id, ())
                present = {
                    int(r[0])
                    for r in conn.execute(
                        "SELECT id FROM ambassador_event WHERE ambassador_id = ?", (values["id"],)
                    ).fetchall()
                }
                wanted = {int(e[0]) for e in kept}
                for event_id in present - wanted:
                    conn.execute("DELETE FROM ambassador_event WHERE id = ?", (event_id,))
                for event in kept:
                    if event[0] in present:
                        continue
                    try:
                        conn.execute(
                            f"INSERT INTO ambassador_event ({', '.join(EVENT_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
                            event,
                        )
                    except sqlite3.IntegrityError as exc:
                        raise UserError(
                            translate(
                                "Programme",
                                "This change can no longer be undone: "
                                "the programme's history has changed since.",
                            )
                        ) from exc

    @staticmethod
    def _refuse_if_used(conn: sqlite3.Connection, ambassador_id: int, name: str) -> None:
        activities, cases = conn.execute(
            "SELECT (SELECT count(*) FROM activity WHERE ambassador_id = ?),"
            " (SELECT count(*) FROM case_study WHERE ambassador_id = ?)",
            (ambassador_id, ambassador_id),
        ).fetchone()
        if activities or cases:
            done = i18n.plural(
                activities, translate("Programme", "{n} activity"), translate("Programme", "{n} activities")
            )
            written = i18n.plural(
                cases, translate("Programme", "{n} case study"), translate("Programme", "{n} case studies")
            )
            if activities and cases:
                recorded = translate("Programme", "{activities} and {case_studies}").format(
                    activities=done, case_studies=written
                )
            else:
                recorded = done if activities else written
            raise UserError(
                translate(
                    "Programme",
                    "This cannot be undone: {name} now has {recorded} recorded, which removing "
                    "their candidacy would lose.",
                ).format(name=name, recorded=recorded)
            )

    # -- reading ------------------------------------------------------------------------------------
    def get(self, ambassador_id: int) -> Candidacy | None:
        with self._db.read() as conn:
            cur = conn.execute(
                "SELECT a.*, p.full_name AS name FROM ambassador a JOIN person p ON p.id = a.person_id "
                "WHERE a.id = ?",
                (ambassador_id,),
            )
            row = cur.fetchone()
            if row is None:
                return None
            values = dict(zip([d[0] for d in cur.description], row, strict=True))
        return Candidacy(
            id=values["id"],
            person_id=values["person_id"],
            name=values["name"],
            status=values["status"],
            role=values["role"],
            entry=values["entry"],
            source=values["source"],
            applied_on=values["applied_on"],
            fields=values,
        )

    def for_person(self, person_id: int) -> Candidacy | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT id FROM ambassador WHERE person_id = ?", (person_id,)).fetchone()
        return self.get(row[0]) if row else None

    def history(self, ambassador_id: int) -> list[Event]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT at, from_status, to_status, by, note FROM ambassador_event WHERE ambassador_id = ? "
                "ORDER BY id",
                (ambassador_id,),
            ).fetchall()
        return [Event(*r) for r in rows]

    def roster(
        self,
        *,
        status: str | None = None,
        statuses: Sequence[str] = (),
        text: str = "",
        filters: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Ambassadors and candidates with their HR fields, for the roster and ``list ambassadors``.

        Filters (in SQL): one ``status``, or any of ``statuses``, the words of ``text`` (matched
        like the directory's search), and ``filters`` — exact values of :data:`ROSTER_FACETS`
        (``{"role": "Coach", "site": "Lyon"}``; ``""`` matches an empty value).
        """
        clauses: list[str] = []
        params: list[Any] = []
        for facet, value in (filters or {}).items():
            column = ROSTER_FACETS[facet]
            clauses.append(f"coalesce({column}, '') = ? COLLATE NOCASE")
            params.append(value)
        wanted = [status] if status else list(statuses)
        if wanted:
            clauses.append(f"a.status IN ({', '.join('?' * len(wanted))})")
            params += wanted
        for term in fold(text).split():
            clauses.append("p.search_key LIKE ? ESCAPE '\\'")
            params.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        # CROSS JOIN keeps ambassadors as the outer loop: otherwise SQLite walks all people in name
        # order (the sort index) to find the few who are ambassadors — 20 ms at 100,000 people.
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT a.id, p.employee_id, p.email, p.full_name, a.role, a.status, p.site, p.department, "
                "p.country, a.source, a.applied_on, p.status "
                "FROM ambassador a CROSS JOIN person p ON p.id = a.person_id "
                f"{where} ORDER BY p.sort_key, a.id",
                params,
            ).fetchall()
        return [dict(zip(AMBASSADOR_COLUMNS, r, strict=True)) for r in rows]

    def manager_of(self, ambassador_id: int) -> str:
        """The candidate's line manager from the HR data ("Name <email>"), to pre-fill the confirmation."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT m.full_name, p.manager_email FROM ambassador a JOIN person p ON p.id = a.person_id "
                "LEFT JOIN person m ON (m.employee_id = p.manager_employee_id) "
                "OR (p.manager_employee_id IS NULL AND m.email = p.manager_email) WHERE a.id = ? LIMIT 1",
                (ambassador_id,),
            ).fetchone()
        if row is None:
            return ""
        name, email = row
        return f"{name} <{email}>" if name and email else (name or email or "")

    def needs_attention(self, *, today: date | None = None, waiting_days: int = 14) -> list[Attention]:
        """Candidacies waiting too long for HR or the manager, and ambassadors who left the company."""
        day = today or date.today()
        flow = self.rules().flow
        waits: dict[int, int] = {}
        out: list[Attention] = []
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT a.id, p.full_name, a.status, p.status, "
                "(SELECT max(e.at) FROM ambassador_event e WHERE e.ambassador_id = a.id) "
                "FROM ambassador a CROSS JOIN person p ON p.id = a.person_id ORDER BY p.sort_key"
            ).fetchall()
        for ambassador_id, name, status, person_status, since in rows:
            if person_status == "left" and status in ("active", "paused", *PIPELINE):
                out.append(
                    Attention(
                        "left_company",
                        ambassador_id,
                        name,
                        translate(
                            "Programme", "{status} but has left the company: pause or end their role"
                        ).format(status=status_label(status)),
                    )
                )
                continue
            if status not in PIPELINE or not since:
                continue
            waited = (day - date.fromisoformat(since[:10])).days
            if waited < waiting_days:
                continue
            following = allowed_transitions(status, flow)[0]
            kind = {"hr_validated": "waiting_hr", "manager_confirmed": "waiting_manager"}.get(
                following, "waiting_activation"
            )
            if kind == "waiting_hr":
                detail = translate("Programme", "{status} {days} days ago, waiting for HR")
            elif kind == "waiting_manager":
                detail = translate("Programme", "{status} {days} days ago, waiting for their manager")
            else:
                detail = translate("Programme", "{status} {days} days ago, waiting for you to activate them")
            out.append(
                Attention(kind, ambassador_id, name, detail.format(status=status_label(status), days=waited))
            )
            waits[ambassador_id] = waited
        order = {"left_company": 0, "waiting_activation": 1, "waiting_manager": 2, "waiting_hr": 3}
        out.sort(key=lambda a: (order[a.kind], -waits.get(a.ambassador_id, 0)))
        return out

    def roster_facets(self) -> dict[str, list[str]]:
        """The values each roster filter can take (those present among candidacies), sorted."""
        out: dict[str, list[str]] = {}
        with self._db.read() as conn:
            for facet, column in ROSTER_FACETS.items():
                out[facet] = [
                    str(v)
                    for (v,) in conn.execute(
                        f"SELECT DISTINCT coalesce({column}, '') FROM ambassador a "
                        "JOIN person p ON p.id = a.person_id"
                    )
                ]
                out[facet].sort(key=lambda v: (v == "", fold(v)))
        return out

    def counts_by_status(self) -> dict[str, int]:
        with self._db.read() as conn:
            found = dict(conn.execute("SELECT status, count(*) FROM ambassador GROUP BY status").fetchall())
        return {s: int(found.get(s, 0)) for s in STATUSES}

    def _person(self, person_id: int) -> dict[str, Any]:
        with self._db.read() as conn:
            cur = conn.execute("SELECT * FROM person WHERE id = ?", (person_id,))
            row = cur.fetchone()
            if row is None:
                raise UserError(
                    translate("Programme", "There is no person #{id} in the directory.").format(id=person_id)
                )
            return dict(zip([d[0] for d in cur.description], row, strict=True))


def _no_candidacy(ambassador_id: int) -> str:
    return translate("Programme", "There is no candidacy #{id}.").format(id=ambassador_id)
