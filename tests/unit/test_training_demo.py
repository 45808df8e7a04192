"""The demo's training sessions: past and upcoming, attendance, and ambassadors still to onboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esn_desk.core import demo
from esn_desk.core.store import Store, open_store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    demo.populate(s)
    yield s
    s.close()


def test_demo_has_a_dozen_past_and_upcoming_sessions(store: Store) -> None:
    sessions = store.training.sessions()
    assert len(sessions) >= 12
    past = [s for s in sessions if s.starts_at.date() < demo.DEMO_TODAY]
    upcoming = store.training.upcoming(limit=100, today=demo.DEMO_TODAY)
    assert len(past) >= 6 and len(upcoming) >= 4
    assert {s.kind for s in sessions} == set(store.training.kinds())  # every default kind shown
    assert {s.format for s in sessions} == {"webinar", "on_site", "hybrid"}
    assert sum(s.cancelled for s in sessions) == 1
    held = [s for s in past if not s.cancelled]
    assert all(s.counts["invited"] == s.counts["registered"] == 0 for s in held)  # attendance taken
    assert sum(s.counts["absent"] for s in held) > 0 and sum(s.counts["excused"] for s in held) > 0
    assert all(s.counts["attended"] == 0 for s in upcoming)


def test_demo_lyon_webinar_invites_the_lyon_ambassadors(store: Store) -> None:
    lyon = next(s for s in store.training.upcoming(today=demo.DEMO_TODAY) if s.sites == ["Lyon Part-Dieu"])
    assert lyon.format == "webinar" and lyon.link.startswith("https://")
    invited = {e.person_id for e in store.training.invitees(lyon.id)}
    ambassadors = set(store.training.people_to_invite(site="Lyon Part-Dieu"))
    assert ambassadors and ambassadors <= invited


def test_demo_leaves_some_active_ambassadors_without_onboarding(store: Store) -> None:
    missing = [m for m in store.training.missing_trainings() if "Onboarding" in m.missing_kinds]
    active = len(store.training.people_to_invite())
    assert 0.1 * active < len(missing) < 0.4 * active
    december = next(s for s in store.training.upcoming(today=demo.DEMO_TODAY) if s.kind == "Onboarding")
    assert december.capacity is not None and december.counts["waiting"] > 0  # a waiting list
    webinar_minutes = [
        e.minutes
        for s in store.training.sessions()
        if s.format == "webinar" and not s.cancelled
        for e in store.training.enrolments(s.id)
        if e.status == "attended"
    ]
    assert webinar_minutes and all(m is not None and 5 <= m <= 90 for m in webinar_minutes)
