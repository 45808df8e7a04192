"""Attendance reports from Teams and Zoom: parsing, matching with the directory, and recording."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime

import pytest

from esn_desk.core.attendance import (
    Candidate,
    Directory,
    Participant,
    Report,
    SessionRow,
    match,
    parse_duration,
    parse_report,
    parse_time,
)
from esn_desk.core.errors import UserError
from esn_desk.core.store import Store, open_store
from esn_desk.core.text import fold
from tests.support.attendance_files import (
    DOMAIN,
    PEOPLE,
    SESSION_MINUTES,
    TRAINER,
    Join,
    teams_legacy_report,
    teams_report,
    zoom_report,
)

ANNE_SECONDS = 38 * 60 + 11 + 49 * 60 + 40  # two stays: 1h 27m 51s


def by_name(report: Report) -> dict[str, Participant]:
    return {p.name: p for p in report.participants}


def session(duration: int = SESSION_MINUTES, trainer: str = TRAINER) -> SessionRow:
    return SessionRow(1, "Viva Engage: getting started", datetime(2026, 7, 22, 19), duration, trainer=trainer)


def directory(enrolled: tuple[str, ...] = ()) -> Directory:
    people = []
    for i, p in enumerate(PEOPLE, start=1):
        name = f"{p['first_name']} {p['last_name']}"
        keys = (fold(f"{p['last_name']} {p['first_name']}"),)
        people.append(Candidate(i, p["email"], name, keys, enrolled=p["email"] in enrolled))
    return Directory(people)


# -- parsing ---------------------------------------------------------------------------------------


def test_teams_report_in_english() -> None:
    data = teams_report()
    assert data[:2] == b"\xff\xfe" and b"\t\x00" in data  # UTF-16LE with its BOM, tab-separated
    report = parse_report(data, file_name="Attendance report.csv")
    assert report.kind == "teams" and report.file_name == "Attendance report.csv"
    assert report.title == "Viva Engage : prise en main (Lyon)"
    assert report.started_at == datetime(2026, 7, 22, 19, 0, 3)
    assert report.ended_at == datetime(2026, 7, 22, 20, 30, 12)
    people = by_name(report)
    assert len(people) == 8  # Anne's two stays are one participant
    anne = people["Anne Durand"]
    assert anne.seconds == ANNE_SECONDS and anne.minutes == 88 and anne.joins == 2
    assert anne.email == f"anne.durand@{DOMAIN}"  # lower-cased
    assert anne.first_join == datetime(2026, 7, 22, 19, 2) and anne.last_leave == datetime(
        2026, 7, 22, 20, 30, 40
    )
    assert people["Bob Martin"].seconds == 27 * 60 + 5
    assert people[TRAINER].role == "organizer"
    assert people["Rousseau, Émile (IT)"].role == "presenter"
    chloe = people["Chloé Petit"]
    assert chloe.email == "" and chloe.key == "name:chloe petit" and not chloe.guest
    jean = people["Jean Lefort"]  # "(Guest)" taken off the name; the address recovered
    assert jean.guest and jean.email == "jean.lefort@agence-partenaire.com"
    assert people["Otter.ai"].bot and not people["Anne Durand"].bot
    assert report.warnings == ()


def test_teams_report_with_french_headers_and_day_first_times() -> None:
    english = parse_report(teams_report())
    french = parse_report(teams_report(french=True))
    assert french.kind == "teams" and french.started_at == datetime(2026, 7, 22, 19, 0, 3)
    assert [(p.name, p.email, p.seconds, p.role, p.guest, p.bot) for p in french.participants] == [
        (p.name, p.email, p.seconds, p.role, p.guest, p.bot) for p in english.participants
    ]
    assert by_name(french)[TRAINER].role == "organizer"  # "Organisateur"


def test_teams_report_in_utf8_with_odd_capitalisation() -> None:
    report = parse_report(teams_report(encoding="utf-8-sig", upper_headers=True))
    assert by_name(report)["Anne Durand"].seconds == ANNE_SECONDS
    plain = parse_report(teams_report(encoding="utf-8"))
    assert by_name(plain)["Chloé Petit"].seconds == 62 * 60


def test_teams_durations_missing_are_computed_from_the_activities() -> None:
    report = parse_report(teams_report(with_participant_durations=False))
    people = by_name(report)
    assert people["Anne Durand"].seconds == ANNE_SECONDS  # the gap between her stays not counted
    assert people["Bob Martin"].seconds == 27 * 60 + 5


def test_legacy_teams_report_pairs_joined_and_left() -> None:
    report = parse_report(teams_legacy_report())
    people = by_name(report)
    assert report.kind == "teams"
    # Anne's second stay runs to the end of the report (the organiser's last "Left", 20:30:12).
    assert people["Anne Durand"].seconds == 38 * 60 + 11 + (49 * 60 + 12)
    assert people["Anne Durand"].joins == 2
    assert people["Bob Martin"].seconds == 27 * 60 + 5
    assert people["Jean Lefort"].guest and people["Otter.ai"].bot


def test_zoom_report_with_preamble_merges_rejoins() -> None:
    data = zoom_report()
    assert data.startswith(b"\xef\xbb\xbfMeeting ID,Topic")
    report = parse_report(data)
    people = by_name(report)
    assert report.kind == "zoom" and report.title == "Viva Engage, prise en main (Lyon)"
    assert report.started_at == datetime(2026, 7, 22, 19, 0)
    anne = people["Anne Durand"]
    assert anne.joins == 2 and anne.seconds == (39 + 50) * 60  # Zoom's minutes, summed
    assert people[TRAINER].role == "organizer"  # the host's address is in the preamble
    assert people["Jean Lefort"].guest and not people["Bob Martin"].guest


def test_zoom_report_without_preamble_and_older_layout() -> None:
    new = parse_report(zoom_report(preamble=False))
    assert by_name(new)["Anne Durand"].seconds == 89 * 60
    old = parse_report(zoom_report(preamble=False, old=True))
    assert old.kind == "zoom" and by_name(old)["Anne Durand"].seconds == 89 * 60
    assert by_name(old)["Anne Durand"].first_join is None


def test_zoom_overlapping_joins_count_once_and_waiting_room_is_not_attendance() -> None:
    lines = [
        "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room",
        f"Anne Durand,anne.durand@{DOMAIN},07/22/2026 07:00:00 PM,07/22/2026 07:05:00 PM,5,No,Yes",
        f"Anne Durand,anne.durand@{DOMAIN},07/22/2026 07:05:00 PM,07/22/2026 08:00:00 PM,55,No,No",
        f"Anne phone (Anne Durand),anne.durand@{DOMAIN},07/22/2026 07:30:00 PM,"
        "07/22/2026 07:40:00 PM,10,No,No",
    ]
    report = parse_report("\n".join(lines).encode())
    (anne,) = report.participants
    assert anne.seconds == 55 * 60 and anne.joins == 2
    assert "Anne phone" in anne.names


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04" + b"\x00" * 100, "Excel workbook"),
        (b"%PDF-1.7\n", "PDF"),
        (bytes(range(256)) * 20, "damaged"),
        ("Matricule\tNom\tSite\r\n1\tDurand\tLyon\r\n".encode("utf-16"), "no list of participants"),
        (teams_report()[:60], "no list of participants"),  # cut off in the summary
        ("Name\tFirst Join\tLast Leave\tIn-Meeting Duration\r\n".encode("utf-16"), "no participant"),
    ],
)
def test_unreadable_reports_say_what_they_are_and_what_to_do(data: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message) as caught:
        parse_report(data, file_name="rapport.csv")
    assert "rapport.csv" in str(caught.value)


def test_report_from_a_path(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "meetingAttendanceReport(Lyon).csv"  # type: ignore[operator]
    path.write_bytes(teams_report())
    assert parse_report(path).file_name == "meetingAttendanceReport(Lyon).csv"
    with pytest.raises(UserError, match="no file"):
        parse_report(tmp_path / "missing.csv")  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1h 27m 51s", 5271),
        ("27m 5s", 1625),
        ("45s", 45),
        ("1 h 27 min 51 s", 5271),
        ("2h", 7200),
        ("01:27:51", 5271),
        ("", None),
        ("a while", None),
        ("12 apples", None),
    ],
)
def test_durations(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_times() -> None:
    assert parse_time("7/22/26, 7:02:11 PM", month_first=True) == datetime(2026, 7, 22, 19, 2, 11)
    assert parse_time("7/22/26, 12:02:11\u202fAM", month_first=True) == datetime(2026, 7, 22, 0, 2, 11)
    assert parse_time("22/07/2026 19:02:11", month_first=False) == datetime(2026, 7, 22, 19, 2, 11)
    assert parse_time("2026-07-22T19:02:11", month_first=False) == datetime(2026, 7, 22, 19, 2, 11)
    assert parse_time("31/02/2026 10:00", month_first=False) is None
    assert parse_time("soon", month_first=True) is None


# -- matching --------------------------------------------------------------------------------------


def test_match_sorts_participants_into_attended_below_threshold_guests_bots_and_unmatched() -> None:
    result = match(parse_report(teams_report()), session(), directory())
    assert result.required_seconds == 45 * 60
    assert [m.email for m in result.attended] == [
        f"anne.durand@{DOMAIN}",
        f"chloe.petit@{DOMAIN}",  # no address in the report: found by her name
        f"emile.rousseau@{DOMAIN}",
    ]
    assert [(m.email, m.minutes) for m in result.below_threshold] == [(f"bob.martin@{DOMAIN}", 27)]
    how = {m.name: m.matched_by for m in result.matches}
    assert how == {
        "Anne Durand": "email",
        "Bob Martin": "email",
        "Chloé Petit": "name",
        "Émile Rousseau": "email",
    }
    assert [p.name for p in result.guests] == ["Jean Lefort"]
    assert [p.name for p in result.bots] == ["Otter.ai"]
    assert [p.name for p in result.organizers] == [TRAINER]  # never counted as a trainee
    assert [u.participant.name for u in result.unmatched] == ["Xavier Inconnu"]
    summary = result.to_json()
    assert summary["unmatched"] == ["Xavier Inconnu"] and summary["guests"] == ["Jean Lefort"]
    assert summary["below_threshold"] == [f"bob.martin@{DOMAIN}"] and summary["required_minutes"] == 45


def test_threshold_is_a_parameter() -> None:
    report = parse_report(teams_report())
    strict = match(report, session(), directory(), threshold=0.6)  # 54 minutes
    assert f"emile.rousseau@{DOMAIN}" in [m.email for m in strict.below_threshold]
    lenient = match(report, session(), directory(), threshold=0.25)
    assert f"bob.martin@{DOMAIN}" in [m.email for m in lenient.attended]
    with pytest.raises(UserError, match="between 0 and 1"):
        match(report, session(), directory(), threshold=1.5)


def test_trainer_is_excluded_even_without_the_organiser_role() -> None:
    report = parse_report(zoom_report(preamble=False))  # no preamble: Zoom names no host
    assert by_name(report)[TRAINER].role == ""
    result = match(report, session(), directory())
    assert [p.name for p in result.organizers] == [TRAINER]
    assert f"claire.vasseur@{DOMAIN}" not in result.to_json()["matched"]


def test_zoom_guest_is_a_colleague_when_enrolled_under_that_name() -> None:
    report = parse_report(zoom_report())
    assert by_name(report)["Chloé Petit"].guest  # not signed in: Zoom says "Guest: Yes"
    assert [p.name for p in match(report, session(), directory()).guests] == ["Chloé Petit", "Jean Lefort"]
    enrolled = match(report, session(), directory(enrolled=(f"chloe.petit@{DOMAIN}",)))
    assert [p.name for p in enrolled.guests] == ["Jean Lefort"]
    assert f"chloe.petit@{DOMAIN}" in [m.email for m in enrolled.attended]


def test_ambiguous_name_is_unmatched_unless_one_namesake_is_enrolled() -> None:
    report = parse_report(teams_report([Join("Morel, Denis", "", 0, 80)]))  # "Last, First" too
    result = match(report, session(), directory())
    assert [len(u.candidates) for u in result.unmatched] == [2]
    chosen = match(report, session(), directory(enrolled=(f"denis.morel2@{DOMAIN}",)))
    assert [m.email for m in chosen.attended] == [f"denis.morel2@{DOMAIN}"]


def test_manual_match_wins() -> None:
    report = parse_report(teams_report())
    xavier = by_name(report)["Xavier Inconnu"]
    result = match(report, session(), directory(), manual={xavier.key: 3})  # he is Bob's second account
    bob = next(m for m in result.matches if m.person_id == 3)
    # Both accounts were in the meeting at 19:10: the longer stay counts, not the sum.
    assert bob.seconds == 60 * 60 and bob.attended
    assert result.unmatched == ()


# -- recording -------------------------------------------------------------------------------------


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="test")
    with s.db.write() as conn:
        conn.execute(
            "INSERT INTO training_session (uid, title, kind, format, starts_at, timezone, duration_minutes,"
            " trainer, created_at, updated_at) VALUES ('t1', 'Getting started', 'onboarding', 'webinar',"
            " '2026-07-22T19:00:00+02:00', 'Europe/Paris', ?, ?, '2026-07-01', '2026-07-01')",
            (SESSION_MINUTES, TRAINER),
        )
        ids = {row[1]: row[0] for row in conn.execute("SELECT id, email FROM person")}
        for email, status, source in [
            (f"anne.durand@{DOMAIN}", "registered", "manual"),
            (f"bob.martin@{DOMAIN}", "invited", "manual"),
            (f"chloe.petit@{DOMAIN}", "invited", "manual"),
            (f"denis.morel@{DOMAIN}", "excused", "manual"),
        ]:
            conn.execute(
                "INSERT INTO enrolment (session_id, person_id, status, source, updated_at)"
                " VALUES (1, ?, ?, ?, '2026-07-01')",
                (ids[email], status, source),
            )
    yield s
    s.close()


def enrolments(conn: sqlite3.Connection) -> dict[str, tuple[str, int | None, str]]:
    rows = conn.execute(
        "SELECT p.email, e.status, e.minutes, e.source FROM enrolment e JOIN person p ON p.id = e.person_id"
    )
    return {r[0].split("@")[0]: (r[1], r[2], r[3]) for r in rows}


def test_apply_writes_statuses_minutes_and_the_import_in_one_go(store: Store) -> None:
    report = parse_report(teams_report(), file_name="Lyon.csv")
    preview = store.attendance.preview(1, report)
    with store.db.read() as conn:
        assert enrolments(conn)["anne.durand"] == ("registered", None, "manual")  # preview wrote nothing
    result = store.attendance.apply(1, report)
    assert result.to_json() == preview.to_json()
    with store.db.read() as conn:
        rows = enrolments(conn)
    assert rows == {
        "anne.durand": ("attended", 88, "teams"),
        "bob.martin": ("absent", 27, "teams"),  # below half of 90 minutes
        "chloe.petit": ("attended", 62, "teams"),
        "emile.rousseau": ("attended", 50, "teams"),  # came without being enrolled: added
        "denis.morel": ("excused", None, "manual"),  # not in the report: untouched
    }
    (imported,) = store.attendance.imports(1)
    assert imported.kind == "teams" and imported.file_name == "Lyon.csv"
    assert imported.summary["attended"] == [
        f"anne.durand@{DOMAIN}",
        f"chloe.petit@{DOMAIN}",
        f"emile.rousseau@{DOMAIN}",
    ]
    assert imported.summary["not_in_report"] == [f"denis.morel@{DOMAIN}"]

    store.attendance.apply(1, report)  # the same file again: nothing changes but the log
    with store.db.read() as conn:
        assert enrolments(conn) == rows
    assert len(store.attendance.imports(1)) == 2


def test_apply_keeps_a_status_ticked_by_hand(store: Store) -> None:
    with store.db.write() as conn:
        conn.execute(
            "UPDATE enrolment SET status = 'attended', source = 'manual' WHERE person_id ="
            " (SELECT id FROM person WHERE email = ?)",
            (f"bob.martin@{DOMAIN}",),
        )
    store.attendance.apply(1, parse_report(zoom_report()))
    with store.db.read() as conn:
        rows = enrolments(conn)
    assert rows["bob.martin"] == ("attended", 28, "manual")  # in the room; Zoom only saw 28 minutes
    assert rows["anne.durand"] == ("attended", 89, "zoom")


def test_apply_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    report = parse_report(teams_report())

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr("esn_desk.core.attendance.json.dumps", broken)  # fails after the enrolments
    with pytest.raises(RuntimeError):
        store.attendance.apply(1, report)
    with store.db.read() as conn:
        assert enrolments(conn)["anne.durand"] == ("registered", None, "manual")
    assert store.attendance.imports(1) == []


def test_apply_with_a_manual_match_and_unknown_session(store: Store) -> None:
    report = parse_report(teams_report())
    with store.db.read() as conn:
        bob = conn.execute("SELECT id FROM person WHERE email = ?", (f"bob.martin@{DOMAIN}",)).fetchone()[0]
    xavier = by_name(report)["Xavier Inconnu"].key
    result = store.attendance.apply(1, report, manual={xavier: bob})
    assert next(m for m in result.matches if m.person_id == bob).attended
    with pytest.raises(UserError, match="no person number 999"):
        store.attendance.preview(1, report, manual={xavier: 999})
    with pytest.raises(UserError, match="no training session number 7"):
        store.attendance.apply(7, report)


def test_directory_lookup_prefers_the_enrolled_namesake(store: Store) -> None:
    joins = [Join("DENIS MOREL", "", 0, 80)]
    with store.db.write() as conn:
        conn.execute(
            "UPDATE enrolment SET status = 'registered' WHERE person_id ="
            " (SELECT id FROM person WHERE email = ?)",
            (f"denis.morel@{DOMAIN}",),
        )
    result = store.attendance.preview(1, parse_report(teams_report(joins)))
    assert [m.email for m in result.attended] == [f"denis.morel@{DOMAIN}"]


def test_sheet_people_are_the_enrolled_by_last_name(store: Store) -> None:
    people = store.attendance.sheet_people(1)
    assert [p.name for p in people] == ["Anne Durand", "Bob Martin", "Chloé Petit"]  # Denis is excused
    assert people[0].site == "Lyon" and people[0].department == "Finance"
    assert [p.status for p in people] == ["registered", "invited", "invited"]


def test_zoom_webinar_attendee_report() -> None:
    """Zoom webinars export "Attendee Details" with other column names and people who never came."""
    lines = [
        "Attendee Report,",
        "Report Generated:,07/23/2026 09:12 AM",
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,Unique Viewers",
        "Viva Engage for Lyon,812 3456 7890,07/22/2026 07:00:00 PM,90,3,2",
        "Attendee Details,",
        "Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,Join Time,"
        "Leave Time,Time in Session (minutes),Is Guest,Country/Region Name",
        f"Yes,Anne Durand,Anne,Durand,anne.durand@{DOMAIN},07/01/2026 10:00:00 AM,07/22/2026 07:02:00 PM,"
        "07/22/2026 08:30:00 PM,88,No,France",
        f"No,Bob Martin,Bob,Martin,bob.martin@{DOMAIN},07/01/2026 10:05:00 AM,--,--,0,No,",
    ]
    report = parse_report("\r\n".join(lines).encode())
    assert report.kind == "zoom" and report.title == "Viva Engage for Lyon"
    people = by_name(report)
    assert people["Anne Durand"].seconds == 88 * 60 and people["Bob Martin"].seconds == 0
    result = match(report, session(), directory())
    assert [m.email for m in result.attended] == [f"anne.durand@{DOMAIN}"]
    assert [m.email for m in result.below_threshold] == [f"bob.martin@{DOMAIN}"]
