"""Training sessions: validation, time zones, capacity and the waiting list, who still needs which
training, and the records — on small hand-checked programmes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store, open_store
from esn_desk.core.training import DEFAULT_KINDS, STATUSES, SessionDraft, SummaryRow

PARIS = ZoneInfo("Europe/Paris")
# employee id, first name, last name, site, department
PEOPLE = [
    ("1", "Anne", "Durand", "Lyon", "Finance"),
    ("2", "Bruno", "Martin", "Lyon", "Commercial"),
    ("3", "Chloé", "Petit", "lyon", "Production"),  # the site spelt differently in the HR file
    ("4", "David", "Roux", "Paris", "Finance"),
    ("5", "Émile", "Faure", "Paris", "Production"),
    ("6", "Fanny", "Girard", "Lyon", "Finance"),  # not an ambassador
    ("7", "Gilles", "Henry", "Lyon", "Finance"),  # an ambassador who left the company
    ("8", "Hélène", "Blanc", "Paris", "Commercial"),  # a candidate, not active yet
]
ROLES = {
    "1": "Ambassador",
    "2": "Coach",
    "3": "Ambassador",
    "4": "Ambassador",
    "5": "Coach",
    "7": "Ambassador",
}


def draft(**changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "title": "Onboarding Lyon",
        "kind": "Onboarding",
        "format": "webinar",
        "starts_at": datetime(2030, 12, 3, 10, 0),
        "timezone": "Europe/Paris",
        "duration_minutes": 90,
        "link": "https://teams.microsoft.com/l/meetup-join/abc",
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(
        [
            {
                "employee_id": e,
                "first_name": f,
                "last_name": last,
                "email": f"p{e}@x.fr",
                "site": site,
                "department": dept,
            }
            for e, f, last, site, dept in PEOPLE
        ],
        source="test",
    )
    s.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    for employee_id, role in ROLES.items():
        ambassador = s.programme.recruit(pid(s, employee_id), role=role, on=date(2026, 1, 5))
        s.programme.transition(ambassador, "active", on=date(2026, 1, 6))
    s.programme.recruit(pid(s, "8"), role="Ambassador", on=date(2026, 1, 5))
    with s.db.write() as conn:
        conn.execute("UPDATE person SET status = 'left' WHERE employee_id = '7'")
    yield s
    s.close()


def pid(store: Store, employee_id: str) -> int:
    with store.db.read() as conn:
        return int(conn.execute("SELECT id FROM person WHERE employee_id = ?", (employee_id,)).fetchone()[0])


def pids(store: Store, *employee_ids: str) -> list[int]:
    return [pid(store, e) for e in employee_ids]


def past(store: Store, kind: str, attended: list[str], **others: list[str]) -> int:
    """A session in 2026 where ``attended`` came and ``others`` (status → employee ids) did not."""
    session = store.training.create(draft(kind=kind, title=kind, starts_at=datetime(2026, 2, 10, 10, 0)))
    store.training.set_status(session, pids(store, *attended), "attended")
    for status, ids in others.items():
        store.training.set_status(session, pids(store, *ids), status)
    return session


# -- validation ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "   "}, "title"),
        ({"kind": ""}, "kind of session"),
        ({"format": "cinema"}, "webinar, on_site or hybrid"),
        ({"duration_minutes": 4}, "between 5 minutes and 24 hours"),
        ({"duration_minutes": 1441}, "between 5 minutes and 24 hours"),
        ({"duration_minutes": 60.5}, "whole number"),
        ({"capacity": 0}, "at least 1"),
        ({"capacity": -3}, "at least 1"),
        ({"link": "http://zoom.us/j/1"}, "https://"),
        ({"link": "javascript:alert(1)"}, "https://"),
        ({"link": "https://"}, "https://"),
        ({"timezone": "Mars/Olympus_Mons"}, "not a time zone"),
        ({"timezone": ""}, "time zone"),
        ({"starts_at": datetime(2030, 3, 31, 2, 30)}, "does not exist in Europe/Paris"),
        ({"title": "x" * 201}, "too long"),
    ],
)
def test_invalid_sessions_are_refused_with_a_clear_message(
    store: Store, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=re.escape(message)):
        store.training.create(draft(**changes))
    assert store.training.sessions() == []


def test_a_valid_session_keeps_its_fields_and_gets_a_stable_uid(store: Store) -> None:
    session_id = store.training.create(
        draft(
            sites=["Lyon", " lyon ", "Paris"],
            capacity=12,
            place="",
            trainer="Claire Vasseur",
            audience="New ambassadors",
            description="Agenda:\n1. The network\n2. Your role",
        )
    )
    s = store.training.get(session_id)
    assert re.fullmatch(r"[0-9a-f-]{36}@esn-desk", s.uid)
    assert s.starts_at == datetime(2030, 12, 3, 10, 0, tzinfo=PARIS)
    assert s.starts_at.utcoffset() is not None and s.starts_at.tzinfo == PARIS
    assert s.sites == ["Lyon", "Paris"]  # the same site twice is kept once
    assert (s.capacity, s.trainer, s.sequence, s.cancelled) == (12, "Claire Vasseur", 0, False)
    assert s.counts == dict.fromkeys(STATUSES, 0)
    with store.db.read() as conn:  # one instant, stored in UTC
        assert (
            conn.execute("SELECT starts_at FROM training_session").fetchone()[0]
            == "2030-12-03T09:00:00+00:00"
        )
    # An aware start in another zone is the same instant, shown in the session's zone.
    other = store.training.create(
        draft(starts_at=datetime(2030, 12, 3, 4, 0, tzinfo=ZoneInfo("America/New_York")))
    )
    assert store.training.get(other).starts_at == datetime(2030, 12, 3, 10, 0, tzinfo=PARIS)
    assert str(store.training.get(other).starts_at.tzinfo) == "Europe/Paris"
    # A ZoneInfo start needs no separate time zone.
    third = store.training.create(draft(timezone="", starts_at=datetime(2030, 7, 1, 9, 0, tzinfo=PARIS)))
    assert store.training.get(third).timezone == "Europe/Paris"
    assert store.training.get(third).uid != s.uid


def test_rows_written_with_a_local_offset_are_read_as_the_same_instant(store: Store) -> None:
    with store.db.write() as conn:  # as the schema-6 fixture writes it
        conn.execute(
            "INSERT INTO training_session (uid, title, kind, format, starts_at, timezone, duration_minutes,"
            " created_at, updated_at) VALUES ('u@x', 'Old', 'Onboarding', 'webinar',"
            " '2026-02-10T10:00:00+01:00', 'Europe/Paris', 60, 'x', 'x')"
        )
    (s,) = store.training.sessions()
    assert s.starts_at == datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
    assert s.starts_at.hour == 10


def test_sessions_between_dates_use_each_sessions_own_calendar_day(store: Store) -> None:
    late = store.training.create(draft(title="Late", starts_at=datetime(2030, 12, 1, 0, 30)))  # 30 Nov in UTC
    tokyo = store.training.create(
        draft(title="Tokyo", timezone="Asia/Tokyo", starts_at=datetime(2030, 12, 1, 8, 0))  # 30 Nov 23:00 UTC
    )
    early = store.training.create(draft(title="Early", starts_at=datetime(2030, 11, 30, 23, 0)))
    cancelled = store.training.create(draft(title="Cancelled", starts_at=datetime(2030, 12, 2, 9, 0)))
    store.training.cancel(cancelled)
    december = store.training.sessions(date(2030, 12, 1), date(2030, 12, 31))
    assert [s.id for s in december] == [tokyo, late, cancelled]  # time order: 23:00Z, 23:30Z, 08:00Z
    assert [s.id for s in store.training.sessions(date(2030, 11, 30), date(2030, 11, 30))] == [early]
    assert cancelled not in [s.id for s in store.training.sessions(include_cancelled=False)]
    assert [s.title for s in store.training.upcoming(limit=2, today=date(2030, 12, 1))] == ["Tokyo", "Late"]
    assert store.training.upcoming(today=date(2031, 1, 1)) == []


def test_editing_the_time_place_link_duration_or_title_bumps_the_sequence(store: Store) -> None:
    session_id = store.training.create(draft())
    session = store.training.get(session_id)
    uid = session.uid

    def edit(**changes: object) -> int:
        current = SessionDraft.of(store.training.get(session_id))
        store.training.update(session_id, dataclasses.replace(current, **changes))  # type: ignore[arg-type]
        return store.training.get(session_id).sequence

    assert edit(description="New agenda", trainer="Someone", capacity=30, sites=["Lyon"]) == 0
    assert edit(starts_at=datetime(2030, 12, 3, 10, 0, tzinfo=PARIS)) == 0  # the same instant
    assert edit(starts_at=datetime(2030, 12, 4, 10, 0)) == 1
    assert edit(duration_minutes=60) == 2
    assert edit(place="Room 4") == 3
    assert edit(link="https://zoom.us/j/123") == 4
    assert edit(title="Onboarding Lyon (new date)") == 5
    store.training.cancel(session_id)
    cancelled = store.training.get(session_id)
    assert (cancelled.sequence, cancelled.cancelled, cancelled.uid) == (6, True, uid)
    store.training.cancel(session_id)  # twice: nothing more changes
    assert store.training.get(session_id).sequence == 6
    with pytest.raises(UserError, match="cancelled"):
        edit(place="Room 5")


def test_unknown_sessions_are_reported(store: Store) -> None:
    for call in (
        lambda: store.training.get(99),
        lambda: store.training.cancel(99),
        lambda: store.training.delete(99),
        lambda: store.training.enrol(99, [1]),
        lambda: store.training.enrolments(99),
        lambda: store.training.update(99, draft()),
    ):
        with pytest.raises(UserError, match="no training session #99"):
            call()


def test_delete_removes_the_enrolments(store: Store) -> None:
    session_id = store.training.create(draft())
    store.training.enrol(session_id, pids(store, "1", "2"))
    store.training.delete(session_id)
    with store.db.read() as conn:
        assert conn.execute("SELECT count(*) FROM enrolment").fetchone()[0] == 0


# -- enrolment -----------------------------------------------------------------------------------------
def test_capacity_puts_the_rest_on_the_waiting_list_and_promotes_in_order(store: Store) -> None:
    anne, bruno, chloe, david, emile = pids(store, "1", "2", "3", "4", "5")
    session_id = store.training.create(draft(capacity=2))
    first = store.training.enrol(session_id, [anne, bruno, chloe, anne])
    assert (first.added, first.waiting, first.already) == ([anne, bruno], [chloe], [])
    second = store.training.enrol(session_id, [bruno, david, emile], status="registered")
    assert (second.added, second.waiting, second.already) == ([], [david, emile], [bruno])
    session = store.training.get(session_id)
    assert session.counts["invited"] == 2 and session.counts["waiting"] == 3
    assert (session.seated, session.free_seats) == (2, 0)

    # Chloé and David waited since the same second: by name (Chloé first).
    with store.db.write() as conn:
        conn.execute(
            "UPDATE enrolment SET updated_at = '2026-01-01T00:00:00' WHERE person_id IN (?, ?)",
            (chloe, david),
        )
        conn.execute("UPDATE enrolment SET updated_at = '2025-12-31T00:00:00' WHERE person_id = ?", (emile,))
    assert store.training.set_status(session_id, [anne], "excused") == [emile]  # waited longest
    assert store.training.remove(session_id, [bruno]) == [chloe]
    assert store.training.set_status(session_id, [emile], "absent") == []  # not a drop: no promotion
    statuses = {e.person_id: e.status for e in store.training.enrolments(session_id)}
    assert statuses == {anne: "excused", chloe: "invited", david: "waiting", emile: "absent"}
    # Raising the capacity fills the new seats from the waiting list.
    assert store.training.update(session_id, draft(capacity=3)) == [david]
    assert store.training.get(session_id).counts["waiting"] == 0


def test_no_capacity_means_no_waiting_list_and_explicit_status_goes_beyond_it(store: Store) -> None:
    anne, bruno, chloe = pids(store, "1", "2", "3")
    open_session = store.training.create(draft())
    result = store.training.enrol(open_session, [anne, bruno, chloe])
    assert result.added == [anne, bruno, chloe] and result.waiting == []
    full = store.training.create(draft(capacity=1))
    store.training.enrol(full, [anne, bruno])
    # The organiser invites Bruno anyway, and Chloé turns up without an invitation.
    store.training.set_status(full, [bruno], "invited")
    store.training.set_status(full, [chloe], "attended", minutes=45, source="teams")
    rows = {e.person_id: (e.status, e.minutes, e.source) for e in store.training.enrolments(full)}
    assert rows == {
        anne: ("invited", None, "manual"),
        bruno: ("invited", None, "manual"),
        chloe: ("attended", 45, "teams"),
    }
    store.training.set_status(full, [chloe], "attended")  # ticked again by hand: minutes kept
    assert next(e.minutes for e in store.training.enrolments(full) if e.person_id == chloe) == 45


def test_no_promotion_once_the_session_has_started(store: Store) -> None:
    anne, bruno = pids(store, "1", "2")
    session_id = store.training.create(draft(capacity=1, starts_at=datetime(2026, 2, 10, 10, 0)))
    store.training.enrol(session_id, [anne, bruno])
    assert store.training.set_status(session_id, [anne], "excused") == []
    assert {e.status for e in store.training.enrolments(session_id)} == {"excused", "waiting"}


def test_enrolment_refusals_change_nothing(store: Store) -> None:
    session_id = store.training.create(draft())
    with pytest.raises(UserError, match="Not in the directory: person #9999"):
        store.training.enrol(session_id, [pid(store, "1"), 9999])
    with pytest.raises(UserError, match="Unknown enrolment status"):
        store.training.enrol(session_id, [pid(store, "1")], status="maybe")
    with pytest.raises(UserError, match="whole number"):
        store.training.set_status(session_id, [pid(store, "1")], "attended", minutes=-5)
    assert store.training.enrolments(session_id) == []
    store.training.cancel(session_id)
    with pytest.raises(UserError, match="cancelled"):
        store.training.enrol(session_id, [pid(store, "1")])


def test_enrolments_are_in_name_order_with_the_ambassador_role(store: Store) -> None:
    session_id = store.training.create(draft())
    store.training.enrol(session_id, pids(store, "6", "2", "8", "1"))
    rows = [(e.name, e.email, e.site, e.role, e.status) for e in store.training.enrolments(session_id)]
    assert rows == [  # by last name, as the directory sorts
        ("Hélène Blanc", "p8@x.fr", "Paris", "Ambassador", "invited"),  # a candidate
        ("Anne Durand", "p1@x.fr", "Lyon", "Ambassador", "invited"),
        ("Fanny Girard", "p6@x.fr", "Lyon", "", "invited"),  # not in the programme
        ("Bruno Martin", "p2@x.fr", "Lyon", "Coach", "invited"),
    ]


# -- who needs what ------------------------------------------------------------------------------------
def test_people_to_invite_everyone_of_a_site_without_onboarding(store: Store) -> None:
    past(store, "Onboarding", attended=["1"], absent=["2"])
    cancelled = past(store, "Onboarding", attended=["3"])
    store.training.cancel(cancelled)  # attendance of a cancelled session does not count
    past(store, "Further training", attended=["2"])
    anne, bruno, chloe, david, emile, fanny = pids(store, "1", "2", "3", "4", "5", "6")
    training = store.training
    assert training.people_to_invite(site="Lyon", lacking_kind="Onboarding") == [bruno, chloe]
    assert training.people_to_invite(site="LYON", lacking_kind="onboarding") == [bruno, chloe]
    # By last name: Faure, Martin, Petit, Roux.
    assert training.people_to_invite(lacking_kind="Onboarding") == [emile, bruno, chloe, david]
    # Any employee still in the company (Gilles has left), ambassadors or not.
    assert training.people_to_invite(site="Lyon", ambassadors_only=False) == [anne, fanny, bruno, chloe]
    assert training.people_to_invite(site="Lyon", lacking_kind="Onboarding", ambassadors_only=False) == [
        fanny,
        bruno,
        chloe,
    ]
    # Candidates too, when asked.
    helene = pid(store, "8")
    assert helene in training.people_to_invite(site="Paris", statuses=("active", "applied"))
    assert training.people_to_invite(site="Genève") == []


def test_requirements_default_to_onboarding_and_are_validated(store: Store) -> None:
    roles = list(store.programme.rules().roles)
    assert store.training.requirements() == {role: ["Onboarding"] for role in roles}
    store.training.save_requirements({"Coach": ["onboarding", "Further training", "Onboarding"]})
    assert store.training.requirements()["Coach"] == ["Onboarding", "Further training"]
    assert store.training.requirements()["Ambassador"] == ["Onboarding"]
    with pytest.raises(UserError, match="not one of the programme's roles"):
        store.training.save_requirements({"Astronaut": ["Onboarding"]})
    with pytest.raises(UserError, match="not a kind of session"):
        store.training.save_requirements({"Coach": ["Juggling"]})
    store.training.save_requirements({"Mentor": []})
    assert store.training.requirements()["Mentor"] == []


def test_kinds_are_configurable(store: Store) -> None:
    assert store.training.kinds() == list(DEFAULT_KINDS)
    store.training.save_kinds(["Onboarding", " Lunch & learn ", "onboarding", ""])
    assert store.training.kinds() == ["Onboarding", "Lunch & learn"]
    with pytest.raises(UserError, match="at least one"):
        store.training.save_kinds(["  "])


def test_missing_trainings_per_role(store: Store) -> None:
    store.training.save_requirements({"Coach": ["Onboarding", "Further training"]})
    past(store, "Onboarding", attended=["1", "2", "5"], excused=["3"])
    past(store, "Further training", attended=["5", "4"])
    missing = store.training.missing_trainings()
    # Gilles left the company and Hélène is not active: neither is listed.
    assert [(m.name, m.site, m.role, m.missing_kinds) for m in missing] == [
        ("Bruno Martin", "Lyon", "Coach", ["Further training"]),
        ("Chloé Petit", "lyon", "Ambassador", ["Onboarding"]),
        ("David Roux", "Paris", "Ambassador", ["Onboarding"]),
    ]
    bruno = missing[0]
    assert bruno.person_id == pid(store, "2")
    assert store.programme.get(bruno.ambassador_id).person_id == bruno.person_id  # type: ignore[union-attr]
    assert [m.name for m in store.training.missing_trainings(statuses=("applied",))] == ["Hélène Blanc"]


def test_summary_by_site_and_role(store: Store) -> None:
    store.training.save_requirements({"Coach": ["Onboarding", "Further training"]})
    past(store, "Onboarding", attended=["1", "2", "5"], excused=["3"])
    past(store, "Further training", attended=["5", "4"])
    # Active ambassadors still in the company: Anne (Lyon, Ambassador, trained), Bruno (Lyon, Coach,
    # lacks further training), Chloé (lyon, Ambassador, lacks onboarding), David (Paris, Ambassador,
    # lacks onboarding), Émile (Paris, Coach, trained).
    # "Lyon" and "lyon" are one site, named by its most frequent spelling.
    assert store.training.summary("site") == [SummaryRow("Lyon", 3, 1, 2), SummaryRow("Paris", 2, 1, 1)]
    assert store.training.summary("role") == [
        SummaryRow("Ambassador", 3, 1, 2),
        SummaryRow("Coach", 2, 1, 1),
    ]
    total = store.training.summary("role")
    assert (
        sum(r.trained for r in total) + sum(r.to_train for r in total)
        == len(store.programme.roster(status="active")) - 1
    )  # Gilles left
    with pytest.raises(UserError, match="by site or by role"):
        store.training.summary("department")


# -- records -------------------------------------------------------------------------------------------
def test_history_and_record_of_a_person(store: Store) -> None:
    anne = pid(store, "1")
    first = past(store, "Onboarding", attended=["1"])
    store.training.set_status(first, [anne], "attended", minutes=80)
    second = store.training.create(
        draft(
            kind="Further training",
            title="Further",
            starts_at=datetime(2026, 5, 4, 14, 0),
            duration_minutes=120,
        )
    )
    store.training.set_status(second, [anne], "attended")  # no measured minutes: the session's duration
    third = store.training.create(draft(title="Preview", starts_at=datetime(2026, 6, 1, 9, 0)))
    store.training.set_status(third, [anne], "absent")
    upcoming = store.training.create(draft(title="Next"))
    store.training.enrol(upcoming, [anne])
    history = store.training.history(anne)
    assert [(h.session.title, h.status, h.minutes) for h in history] == [
        ("Next", "invited", None),
        ("Preview", "absent", None),
        ("Further", "attended", None),
        ("Onboarding", "attended", 80),
    ]
    record = store.training.record(anne)
    assert (record.attended, record.minutes, record.last) == (2, 200, date(2026, 5, 4))
    assert store.training.record(pid(store, "6")) == (0, 0, None)
