"""Programme rules: eligibility, approval flows, the status life-cycle and its history."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.programme import (
    FLOWS,
    STATUSES,
    ProgrammeRules,
    Rule,
    allowed_transitions,
    check_eligibility,
)
from esn_desk.core.store import Store, open_store

DAY = date(2026, 11, 25)
PEOPLE = [
    {
        "employee_id": "1",
        "first_name": "Anne",
        "last_name": "Durand",
        "email": "anne@x.fr",
        "department": "Finance",
        "site": "Lyon",
        "country": "France",
        "hire_date": "2019-01-07",
        "manager_email": "claire@x.fr",
    },
    {
        "employee_id": "2",
        "first_name": "Bob",
        "last_name": "Martin",
        "email": "bob@x.fr",
        "department": "Informatique",
        "site": "Lyon",
        "country": "France",
        "hire_date": "2020-05-01",
    },
    {
        "employee_id": "3",
        "first_name": "Chloé",
        "last_name": "Petit",
        "email": "chloe@x.fr",
        "department": "Commercial",
        "site": "Genève",
        "country": "Suisse",
        "hire_date": "2026-10-01",
    },
    {
        "employee_id": "4",
        "first_name": "Claire",
        "last_name": "Vasseur",
        "email": "claire@x.fr",
        "department": "Direction",
        "site": "Lyon",
        "country": "France",
        "hire_date": "2010-01-01",
    },
]
UTILITY = ProgrammeRules(
    flow="hr_then_manager",
    rules=[
        Rule("active"),
        Rule("not_in", "department", ("Informatique", "IT")),
        Rule("in", "country", ("France",)),
        Rule("min_months", months=6),
    ],
)


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="test")
    yield s
    s.close()


def pid(store: Store, employee_id: str) -> int:
    with store.db.read() as conn:
        return int(conn.execute("SELECT id FROM person WHERE employee_id = ?", (employee_id,)).fetchone()[0])


# -- the state machine ---------------------------------------------------------------------------------
@pytest.mark.parametrize("flow", list(FLOWS))
def test_every_path_to_active_follows_the_flow(flow: str) -> None:
    steps = {"none": [], "hr": ["hr_validated"], "hr_then_manager": ["hr_validated", "manager_confirmed"]}[
        flow
    ]
    for start in ("applied", "nominated"):
        status = start
        for step in [*steps, "active"]:
            assert step in allowed_transitions(status, flow)
            status = step
    assert set(allowed_transitions("active", flow)) == {"paused", "alumni"}
    assert set(allowed_transitions("paused", flow)) == {"active", "alumni"}


@pytest.mark.parametrize("flow", list(FLOWS))
def test_final_statuses_go_nowhere_and_no_step_is_skipped(flow: str) -> None:
    for final in ("alumni", "declined", "withdrawn"):
        assert allowed_transitions(final, flow) == ()
    if flow == "hr_then_manager":
        assert "active" not in allowed_transitions("applied", flow)
        assert "active" not in allowed_transitions("hr_validated", flow)
        assert "manager_confirmed" not in allowed_transitions("applied", flow)


def test_every_impossible_transition_is_refused_by_the_service(store: Store) -> None:
    store.programme.save_rules(ProgrammeRules(flow="hr_then_manager", rules=[]))
    anne = pid(store, "1")
    for status_from, status_to in itertools.product(STATUSES, STATUSES):
        allowed = allowed_transitions(status_from, "hr_then_manager")
        if status_to in allowed:
            continue
        with store.db.write() as conn:
            conn.execute("DELETE FROM ambassador")
            conn.execute(
                "INSERT INTO ambassador (person_id, status, entry, applied_on, created_at, updated_at) "
                "VALUES (?, ?, 'application', '2026-11-01', 'x', 'x')",
                (anne, status_from),
            )
            ambassador_id = conn.execute("SELECT id FROM ambassador").fetchone()[0]
        with pytest.raises(UserError):
            store.programme.transition(ambassador_id, status_to, by="test", note="because")
        candidacy = store.programme.get(ambassador_id)
        assert candidacy is not None and candidacy.status == status_from


# -- eligibility ---------------------------------------------------------------------------------------
def test_eligibility_reasons_are_readable() -> None:
    bob = {**PEOPLE[1], "status": "active"}
    chloe = {**PEOPLE[2], "status": "active"}
    assert check_eligibility(UTILITY.rules, bob, DAY) == ["department is Informatique"]
    assert check_eligibility(UTILITY.rules, chloe, DAY) == [
        "country is Suisse, not France",
        "was hired 1 months ago",
    ]
    assert check_eligibility(UTILITY.rules, {**PEOPLE[0], "status": "left"}, DAY) == ["has left the company"]
    assert check_eligibility(UTILITY.rules, {**PEOPLE[0], "status": "active"}, DAY) == []
    assert check_eligibility(
        [Rule("not_in", "department", ("informatique",))], {"department": "INFORMATIQUE"}, DAY
    ) == ["department is INFORMATIQUE"]


def test_rules_round_trip_and_bad_rules_are_refused(store: Store) -> None:
    store.programme.save_rules(UTILITY)
    assert store.programme.rules() == UTILITY
    assert [r.describe() for r in UTILITY.rules] == [
        "Employee is active",
        "Department is not Informatique / IT",
        "Country is France",
        "Hired at least 6 months ago",
    ]
    for bad in (
        ProgrammeRules(flow="boss"),
        ProgrammeRules(rules=[Rule("in", "department", ())]),
        ProgrammeRules(rules=[Rule("min_months", months=0)]),
        ProgrammeRules(roles={}),
    ):
        with pytest.raises(UserError):
            store.programme.save_rules(bad)


# -- recruiting ----------------------------------------------------------------------------------------
def test_the_utility_flow_hr_then_manager(store: Store) -> None:
    store.programme.save_rules(UTILITY)
    anne = store.programme.recruit(
        pid(store, "1"),
        source="Call for applications (email)",
        motivation="Je veux aider mon équipe",
        by="Anne",
        on=DAY,
    )
    with pytest.raises(UserError, match="hr-validated, declined, withdrawn"):
        store.programme.transition(anne, "active", by="Claire")
    store.programme.transition(anne, "hr_validated", by="RH — Sophie", note="OK", on=DAY)
    store.programme.transition(anne, "manager_confirmed", by="Claire Vasseur", on=DAY)
    store.programme.transition(anne, "active", by="Claire", on=DAY)
    candidacy = store.programme.get(anne)
    assert candidacy is not None and candidacy.status == "active"
    assert candidacy.fields["hr_validated_by"] == "RH — Sophie"
    assert candidacy.fields["manager_confirmed_by"] == "Claire Vasseur"
    assert candidacy.fields["activated_on"] == DAY.isoformat()
    history = store.programme.history(anne)
    assert [(e.from_status, e.to_status) for e in history] == [
        (None, "applied"),
        ("applied", "hr_validated"),
        ("hr_validated", "manager_confirmed"),
        ("manager_confirmed", "active"),
    ]
    assert history[0].note == "Je veux aider mon équipe"


def test_an_ineligible_candidate_needs_an_override_note(store: Store) -> None:
    store.programme.save_rules(UTILITY)
    bob = pid(store, "2")
    with pytest.raises(UserError, match="not eligible: department is Informatique"):
        store.programme.recruit(bob, on=DAY)
    ambassador_id = store.programme.recruit(bob, entry="nomination", override_note="Pilot champion", on=DAY)
    candidacy = store.programme.get(ambassador_id)
    assert candidacy is not None and candidacy.status == "nominated"
    assert candidacy.fields["eligibility_override"] == "Pilot champion"


def test_no_double_candidacy_but_a_new_one_after_a_refusal(store: Store) -> None:
    store.programme.save_rules(ProgrammeRules(flow="hr", rules=[]))
    anne = store.programme.recruit(pid(store, "1"), on=DAY)
    with pytest.raises(UserError, match="already in the programme"):
        store.programme.recruit(pid(store, "1"), on=DAY)
    with pytest.raises(UserError, match="Say why"):
        store.programme.transition(anne, "declined", by="RH")
    store.programme.transition(anne, "declined", by="RH", note="Trop de charge ce trimestre")
    assert store.programme.recruit(pid(store, "1"), on=DAY) == anne
    assert [e.to_status for e in store.programme.history(anne)] == ["applied", "declined", "applied"]


def test_bulk_actions_move_what_can_move_and_report_the_rest(store: Store) -> None:
    store.programme.save_rules(ProgrammeRules(flow="hr", rules=[]))
    ids = [store.programme.recruit(pid(store, e), on=DAY) for e in ("1", "3", "4")]
    store.programme.transition(ids[2], "withdrawn", by="Claire")
    result = store.programme.transition_many(ids, "hr_validated", by="RH")
    assert result.changed == ids[:2]
    assert len(result.skipped) == 1 and "withdrawn" in result.skipped[0][1]
    assert "no move is possible (final status)" in result.skipped[0][1]  # not "they can go to nothing"
    assert store.programme.counts_by_status()["hr_validated"] == 2


def test_the_roster_flags_people_who_left(store: Store) -> None:
    store.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    anne = store.programme.recruit(pid(store, "1"), role="Coach", on=DAY)
    store.programme.transition(anne, "active", by="Claire")
    with store.db.write() as conn:
        conn.execute("UPDATE person SET status = 'left' WHERE employee_id = '1'")
    rows = store.programme.roster(status="active")
    assert rows == [
        {
            "id": anne,
            "employee_id": "1",
            "email": "anne@x.fr",
            "name": "Anne Durand",
            "role": "Coach",
            "status": "active",
            "site": "Lyon",
            "department": "Finance",
            "country": "France",
            "source": "",
            "applied_on": "2026-11-25",
            "person_status": "left",
        }
    ]


def test_details_are_editable_and_checked(store: Store) -> None:
    store.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    anne = store.programme.recruit(pid(store, "1"), on=DAY)
    store.programme.update(
        anne,
        objective="Get my team of 40 posting weekly",
        objective_target=40,
        objective_due="2027-03-31",
        privileges=["Further training"],
        community_member=True,
    )
    fields = store.programme.get(anne).fields  # type: ignore[union-attr]
    assert fields["objective"] == "Get my team of 40 posting weekly" and fields["community_member"] == 1
    assert fields["privileges"] == '["Further training"]'
    with pytest.raises(UserError):
        store.programme.update(anne, role="Boss")
    with pytest.raises(UserError):
        store.programme.update(anne, status="active")
