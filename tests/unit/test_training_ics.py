"""Meeting requests: the .ics bytes parsed back with ``icalendar`` as a calendar client would read them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from esn_desk.core.errors import UserError
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import Store, open_store
from esn_desk.core.training import SessionDraft
from esn_desk.core.training_ics import invitation, invitation_text

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(
        [
            {"employee_id": "1", "first_name": "Anne", "last_name": "Durand", "email": "anne@x.fr"},
            {"employee_id": "2", "first_name": "Bruno", "last_name": "Martin", "email": "bruno@x.fr"},
            {"employee_id": "3", "first_name": "Chloé", "last_name": "Petit", "email": None},  # no email
            {"employee_id": "4", "first_name": "David", "last_name": "Roux", "email": "david@x.fr"},
            {"employee_id": "5", "first_name": "Émile", "last_name": "Faure", "email": "emile@x.fr"},
        ],
        source="test",
    )
    s.settings.save(ProgrammeSettings(organiser_name="Claire Vasseur", organiser_email="claire@x.fr"))
    yield s
    s.close()


def webinar(starts_at: datetime, **changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "title": "Onboarding Lyon; part 1, basics",
        "kind": "Onboarding",
        "format": "webinar",
        "starts_at": starts_at,
        "timezone": "Europe/Paris",
        "duration_minutes": 90,
        "link": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        "description": "Agenda:\n1. Why the network\n2. Your role, your objective",
        "trainer": "Claire Vasseur",
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def parse(data: bytes) -> tuple[Calendar, object]:
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 wants
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def ids(store: Store, *employee_ids: str) -> list[int]:
    with store.db.read() as conn:
        return [
            int(conn.execute("SELECT id FROM person WHERE employee_id = ?", (e,)).fetchone()[0])
            for e in employee_ids
        ]


def test_request_has_every_field_a_calendar_needs(store: Store) -> None:
    session_id = store.training.create(webinar(datetime(2026, 12, 3, 10, 0), capacity=3))
    result = store.training.enrol(session_id, ids(store, "1", "2", "3", "4", "5"))
    assert len(result.waiting) == 2  # David and Émile wait: no invitation for them yet
    store.training.set_status(session_id, ids(store, "2"), "registered")
    calendar, event = parse(store.training.invitation(session_id))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//ESN Desk//")
    session = store.training.get(session_id)
    assert str(event["UID"]) == session.uid
    assert int(event["SEQUENCE"]) == 0
    assert event["DTSTAMP"].dt.tzinfo is not None and event["DTSTAMP"].dt.utcoffset() == timedelta(0)
    assert str(event["SUMMARY"]) == "Onboarding Lyon; part 1, basics"  # ; and , survive the escaping
    assert "2. Your role, your objective" in str(event["DESCRIPTION"])
    assert session.link in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == session.link == str(event["URL"])
    assert str(event["STATUS"]) == "CONFIRMED"
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:claire@x.fr" and organizer.params["CN"] == "Claire Vasseur"
    attendees = event["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    # Anne and Bruno hold seats; Chloé has no email; David and Émile are on the waiting list.
    assert sorted(str(a) for a in attendees) == ["mailto:anne@x.fr", "mailto:bruno@x.fr"]
    for attendee in attendees:
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
    assert {a.params["CN"] for a in attendees} == {"Anne Durand", "Bruno Martin"}


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (datetime(2026, 12, 3, 10, 0), datetime(2026, 12, 3, 9, 0, tzinfo=UTC)),  # winter: UTC+1
        (datetime(2026, 7, 2, 10, 0), datetime(2026, 7, 2, 8, 0, tzinfo=UTC)),  # summer: UTC+2
        (datetime(2026, 3, 29, 10, 0), datetime(2026, 3, 29, 8, 0, tzinfo=UTC)),  # the day clocks go forward
        (datetime(2026, 10, 25, 1, 30), datetime(2026, 10, 24, 23, 30, tzinfo=UTC)),  # before they go back
    ],
)
def test_times_are_the_sessions_instant_in_utc(store: Store, local: datetime, utc: datetime) -> None:
    session_id = store.training.create(webinar(local))
    _calendar, event = parse(store.training.invitation(session_id))
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert start == utc and start.utcoffset() == timedelta(0)
    assert end - start == timedelta(minutes=90)
    assert start == store.training.get(session_id).starts_at
    assert b"DTSTART:" + utc.strftime("%Y%m%dT%H%M%SZ").encode() in store.training.invitation(session_id)


def test_uid_stays_and_sequence_grows_across_updates_then_cancel(store: Store) -> None:
    session_id = store.training.create(webinar(datetime(2026, 12, 3, 10, 0)))
    store.training.enrol(session_id, ids(store, "1", "2"))
    _c, first = parse(store.training.invitation(session_id))
    moved = dataclasses.replace(
        webinar(datetime(2026, 12, 3, 10, 0)), starts_at=datetime(2026, 12, 10, 14, 0, tzinfo=PARIS)
    )
    store.training.update(session_id, moved)
    _c, second = parse(store.training.invitation(session_id))
    assert str(second["UID"]) == str(first["UID"])
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1
    assert second["DTSTART"].dt == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)

    store.training.cancel(session_id)
    calendar, cancelled = parse(store.training.invitation(session_id))
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["UID"]) == str(first["UID"])
    assert int(cancelled["SEQUENCE"]) == int(second["SEQUENCE"]) + 1
    attendees = cancelled["ATTENDEE"]
    assert len(attendees) == 2  # the cancellation reaches everyone who was invited


def test_the_organisers_email_is_required(store: Store) -> None:
    session_id = store.training.create(webinar(datetime(2026, 12, 3, 10, 0)))
    session = store.training.get(session_id)
    with pytest.raises(UserError, match="set the organiser's email in Programme settings"):
        invitation(session, [("Anne", "anne@x.fr")], "Claire", "")
    with pytest.raises(UserError, match="set the organiser's email in Programme settings"):
        invitation(session, [], "Claire", "claire at x.fr")
    with pytest.raises(UserError, match="REQUEST or CANCEL"):
        invitation(session, [], "Claire", "claire@x.fr", method="PUBLISH")
    store.settings.save(ProgrammeSettings(organiser_email=""))
    with pytest.raises(UserError, match="set the organiser's email in Programme settings"):
        store.training.invitation(session_id)


def test_attendees_as_pairs_skip_bad_and_repeated_addresses(store: Store) -> None:
    session = store.training.get(store.training.create(webinar(datetime(2026, 12, 3, 10, 0), link="")))
    data = invitation(
        session,
        [("Anne", "anne@x.fr"), ("Anne again", "ANNE@x.fr"), ("Nobody", ""), ("Typo", "bruno.x.fr")],
        "",
        "claire@x.fr",
    )
    _calendar, event = parse(data)
    assert str(event["ATTENDEE"]) == "mailto:anne@x.fr"
    assert "CN" not in event["ORGANIZER"].params
    assert "URL" not in event and "LOCATION" not in event  # no place and no link yet


def test_on_site_session_has_its_place_as_location(store: Store) -> None:
    session_id = store.training.create(
        webinar(datetime(2026, 12, 3, 10, 0), format="on_site", link="", place="Lyon, room Rhône (3rd floor)")
    )
    _calendar, event = parse(store.training.invitation(session_id))
    assert str(event["LOCATION"]) == "Lyon, room Rhône (3rd floor)"


def test_invitation_text_shows_the_sessions_own_time(store: Store) -> None:
    session_id = store.training.create(
        webinar(datetime(2026, 7, 2, 10, 0), sites=["Lyon Part-Dieu"], audience="Lyon ambassadors")
    )
    text = invitation_text(store.training.get(session_id))
    lines = text.splitlines()
    assert lines[0] == "Onboarding Lyon; part 1, basics"
    assert "When: Thursday 2 July 2026, 10:00–11:30 (Europe/Paris, UTC+02:00)" in lines
    assert "Duration: 1 h 30" in lines
    assert "Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc" in lines
    assert "Trainer: Claire Vasseur" in lines and "Sites: Lyon Part-Dieu" in lines
    assert text.endswith("1. Why the network\n2. Your role, your objective\n")
    store.training.cancel(session_id)
    assert invitation_text(store.training.get(session_id)).startswith("CANCELLED: Onboarding Lyon")
