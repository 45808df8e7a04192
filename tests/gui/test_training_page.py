"""The Training page: plan a session, invite, tick attendance with the keyboard, waiting list, .ics,
Teams report through the review dialog, signature sheet, who still needs training."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidget

from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store, open_store
from esn_desk.core.training import SessionDraft
from esn_desk.ui.dialogs.attendance_review import AttendanceReviewDialog
from esn_desk.ui.dialogs.session_edit import SessionDialog, zone_names
from esn_desk.ui.views.training import TrainingPage, file_stem, seats_text
from tests.support.attendance_files import PEOPLE, SESSION_MINUTES, TRAINER, teams_report


def make_page(qtbot: Any, store: Store, selection: list[int] | None = None) -> TrainingPage:
    page = TrainingPage(
        store.training,
        store.attendance,
        store.programme,
        store.settings,
        store.people,
        selection=lambda: list(selection or []),
    )
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def lyon_ambassadors(store: Store) -> list[dict[str, Any]]:
    return [r for r in store.programme.roster(statuses=("active",)) if (r["site"] or "").startswith("Lyon")]


def plan_lyon_webinar(page: TrainingPage, *, capacity: int = 0) -> int:
    dialog = page.new_session()
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    dialog.title.setText("Onboarding Lyon")
    dialog.kind.setCurrentText("Onboarding")
    dialog.format.setCurrentIndex(dialog.format.findData("webinar"))
    start = date.today() + timedelta(days=20)
    dialog.starts.setDate(QDate(start.year, start.month, start.day))
    dialog.zone.setCurrentText("Europe/Paris")
    dialog.duration.setValue(90)
    dialog.link.setText("https://teams.microsoft.com/l/meetup-join/abc")
    dialog.sites.setText("Lyon Part-Dieu")
    dialog.capacity.setValue(capacity)
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    assert dialog.session_id is not None
    return dialog.session_id


def test_plan_invite_tick_and_waiting_list(qtbot: Any, demo_store: Store) -> None:
    lyon = lyon_ambassadors(demo_store)
    assert len(lyon) >= 4
    page = make_page(qtbot, demo_store, selection=[r["id"] for r in lyon[:4]])
    session_id = plan_lyon_webinar(page, capacity=3)

    session = page.current()
    assert session is not None and session.id == session_id  # the new session is shown and selected
    assert session.title == "Onboarding Lyon" and session.timezone == "Europe/Paris"
    assert session.starts_at.hour == 10 and session.duration_minutes == 90
    assert "Onboarding Lyon" in page.panel.title.text()
    assert "Europe/Paris" in page.panel.when.text()

    with qtbot.waitSignal(page.changed):
        result = page.invite_selection()
    assert result is not None and len(result.added) == 3 and len(result.waiting) == 1
    assert page.enrolment_model.rowCount() == 4
    assert page.waiting.isVisible() and "Waiting list (1)" in page.waiting.text()
    assert "3 people invited, 1 on the waiting list" in page.notice.text()
    row = page.model.items.index(next(s for s in page.model.items if s.id == session_id))
    seats = page.model.index(row, page.model.COL_SEATS).data()
    assert seats == "3/3 (+1 waiting)" == seats_text(demo_store.training.get(session_id))

    # Keyboard ticking: A on the first person marks them attended and moves to the next row.
    page.enrolments.setFocus()
    page.enrolments.selectRow(0)
    first = page.enrolment_model.items[0]
    qtbot.keyClick(page.enrolments, Qt.Key.Key_A)
    statuses = {e.person_id: e.status for e in demo_store.training.enrolments(session_id)}
    assert statuses[first.person_id] == "attended"
    assert page.selected_people() == [page.enrolment_model.items[1].person_id]
    assert page.enrolment_model.index(0, page.enrolment_model.COL_STATUS).data() == "Attended"

    # E excuses someone seated: the waiting list moves up into the free seat.
    seated = next(e for e in page.enrolment_model.items if e.status == "invited")
    page.reload_enrolments(select=[seated.person_id])
    qtbot.keyClick(page.enrolments, Qt.Key.Key_E)
    after = {e.person_id: e.status for e in demo_store.training.enrolments(session_id)}
    assert after[seated.person_id] == "excused"
    assert "waiting" not in after.values()
    assert "moved up from the waiting list" in page.notice.text()
    assert not page.waiting.isVisible()

    # Several rows at once, with the button; then Delete removes them.
    page.enrolments.selectAll()
    page.status_buttons["registered"].click()
    assert {e.status for e in demo_store.training.enrolments(session_id)} == {"registered"}
    page.enrolments.selectRow(0)
    qtbot.keyClick(page.enrolments, Qt.Key.Key_Delete)
    assert len(demo_store.training.enrolments(session_id)) == 3


def test_invite_with_nothing_selected_on_the_roster_says_what_to_do(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    plan_lyon_webinar(page)
    assert page.invite_selection() is None
    assert "Select ambassadors on the Ambassadors page" in page.notice.text()


def test_invite_a_site_who_has_not_had_onboarding(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    session_id = plan_lyon_webinar(page)
    dialog = page.invite_site()
    assert dialog is not None
    assert dialog.site.currentText() == "Lyon Part-Dieu"  # the session's site first
    assert dialog.kind.currentData() == "Onboarding"
    expected = demo_store.training.people_to_invite(site="Lyon Part-Dieu", lacking_kind="Onboarding")
    assert dialog.people() == expected and expected
    assert f"{len(expected)} " in dialog.count.text()
    dialog.accept()
    enrolled = {e.person_id for e in demo_store.training.enrolments(session_id)}
    assert enrolled == set(expected)


def test_the_session_editor_refuses_bad_input_inline_and_edits(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    dialog = page.new_session()
    assert isinstance(dialog, SessionDialog)
    assert dialog.zone.itemText(0) == "Europe/Paris" and "UTC" in zone_names()
    dialog.accept()  # no title
    assert dialog.isVisible() and "title" in dialog.error.text()
    dialog.title.setText("Webinar")
    dialog.link.setText("http://example.com/meeting")
    dialog.accept()
    assert dialog.isVisible() and "https://" in dialog.error.text()
    dialog.link.setText("")
    dialog.zone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible() and "not a time zone" in dialog.error.text()
    dialog.reject()

    session_id = plan_lyon_webinar(page, capacity=1)
    edit = page.edit_session()
    assert isinstance(edit, SessionDialog)
    assert edit.title.text() == "Onboarding Lyon" and edit.capacity.value() == 1
    assert edit.starts.time().hour() == 10 and edit.zone.currentText() == "Europe/Paris"
    edit.zone.setCurrentText("America/New_York")  # the same wall-clock time, in New York
    edit.capacity.setValue(0)
    edit.accept()
    assert not edit.isVisible()
    session = demo_store.training.get(session_id)
    assert session.timezone == "America/New_York" and session.starts_at.hour == 10
    assert session.capacity is None and session.sequence == 1  # the time moved: calendars update
    assert "Send the updated invitation" in page.notice.text()


def test_save_and_copy_the_invitation(
    qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    lyon = lyon_ambassadors(demo_store)[:3]
    page = make_page(qtbot, demo_store, selection=[r["id"] for r in lyon])
    session_id = plan_lyon_webinar(page)
    page.invite_selection()
    session = demo_store.training.get(session_id)
    assert file_stem(session) == f"Onboarding Lyon {session.starts_at:%Y-%m-%d}"

    offered: list[str] = []

    def save_name(*args: Any, **_k: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(tmp_path / "invite"), ""  # no extension typed: .ics is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    path = page.save_invitation()
    assert path == tmp_path / "invite.ics" and path.exists()
    assert Path(offered[0]).name == f"Onboarding Lyon {session.starts_at:%Y-%m-%d}.ics"
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Onboarding Lyon"
    assert event.decoded("DTSTART") == session.starts_at
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    emails = {str(a).lower().removeprefix("mailto:") for a in attendees}
    assert emails == {e.email.lower() for e in demo_store.training.invitees(session_id)} and len(emails) == 3
    assert str(event["ORGANIZER"]).lower().endswith(demo_store.settings.load().organiser_email.lower())

    text = page.copy_invitation()
    assert QApplication.clipboard().text() == text
    assert text.startswith("Onboarding Lyon") and "https://teams.microsoft.com/l/meetup-join/abc" in text

    # Without an organiser email the page says so, before asking for a file name.
    settings = demo_store.settings.load()
    demo_store.settings.save(dataclasses.replace(settings, organiser_email=""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}: {text}"))
    offered.clear()
    assert page.save_invitation() is None
    assert offered == [] and "organiser" in warnings[0] and "Programme settings" in warnings[0]


def test_cancel_then_the_invitation_is_a_cancellation_and_delete(
    qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo_store, selection=[r["id"] for r in lyon_ambassadors(demo_store)[:2]])
    session_id = plan_lyon_webinar(page)
    page.invite_selection()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: next(answers))
    page.cancel_session()  # No: nothing happens
    assert not demo_store.training.get(session_id).cancelled
    page.cancel_session()
    assert demo_store.training.get(session_id).cancelled
    current = page.current()
    assert current is not None and current.id == session_id  # still listed
    assert not page.edit_button.isEnabled() and not page.invite_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.ics"), ""))
    path = page.save_invitation()
    assert path is not None
    assert icalendar.Calendar.from_ical(path.read_bytes())["METHOD"] == "CANCEL"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_session()
    assert session_id not in {s.id for s in demo_store.training.sessions()}
    assert "Deleted" in page.notice.text()


def test_calendar_marks_days_and_a_click_filters_the_list(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    sessions = [s for s in demo_store.training.sessions() if not s.cancelled]
    day = sessions[0].starts_at.date()
    qday = QDate(day.year, day.month, day.day)
    assert page.calendar.dateTextFormat(qday).fontWeight() >= 700  # bold
    page.calendar.clicked.emit(qday)
    assert page.model.items and all(s.starts_at.date() == day for s in page.model.items)
    assert page.when_filter.currentData() == "day"
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    assert len(page.model.items) == len(demo_store.training.sessions())
    assert page.when_filter.findData("day") < 0
    page.when_filter.setCurrentIndex(page.when_filter.findData("past"))
    assert page.model.items and all(s.ends_at < datetime.now(s.starts_at.tzinfo) for s in page.model.items)
    page.calendar_button.setChecked(False)
    assert page.calendar.isHidden() and not page.table.isColumnHidden(page.model.COL_FORMAT)


def test_who_still_needs_training_and_invite_them(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    missing = demo_store.training.missing_trainings()
    assert missing and page.missing_model.rowCount() == len(missing)
    assert page.tabs.tabText(1) == f"Who still needs training ({len(missing)})"
    no_onboarding = next(m for m in missing if "Onboarding" in m.missing_kinds)
    row = next(i for i, m in enumerate(page.missing_model.items) if m.person_id == no_onboarding.person_id)
    assert page.missing_model.index(row, 0).data() == no_onboarding.name
    assert "Onboarding" in page.missing_model.index(row, 3).data()
    assert "have had every training their role requires" in page.missing_summary.text()
    by_role = [r for r in demo_store.training.summary(by="role") if r.to_train]
    assert by_role and f"{by_role[0].population} {by_role[0].to_train} of {by_role[0].ambassadors}" in (
        page.missing_summary.text()
    )

    session_id = plan_lyon_webinar(page, capacity=0)
    page.target.setCurrentIndex(page.target.findData(session_id))
    page.missing.selectRow(row)
    result = page.invite_missing()
    assert result is not None and result.added == [no_onboarding.person_id]
    assert no_onboarding.person_id in {e.person_id for e in demo_store.training.enrolments(session_id)}


# -- attendance reports ------------------------------------------------------------------------------
@pytest.fixture
def report_store() -> Iterator[Store]:
    """The people of the report fixtures, and their 90-minute webinar of 22 July 2026 at 19:00."""
    store = open_store(":memory:")
    store.people.insert_many(PEOPLE, source="test")
    store.training.create(
        SessionDraft(
            title="Viva Engage : prise en main (Lyon)",
            kind="Onboarding",
            format="webinar",
            starts_at=datetime(2026, 7, 22, 19, 0),
            timezone="Europe/Paris",
            duration_minutes=SESSION_MINUTES,
            trainer=TRAINER,
            sites=["Lyon"],
        )
    )
    yield store
    store.close()


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def person(store: Store, email: str) -> int:
    return store.people.match_ids(DirectoryQuery(text=email))[0]


def test_import_a_teams_report_through_the_review_dialog(
    qtbot: Any, report_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = report_store
    session_id = store.training.sessions()[0].id
    anne, bob, chloe, emile = (
        person(store, f"{n}@aurore.fr")
        for n in ("anne.durand", "bob.martin", "chloe.petit", "emile.rousseau")
    )
    denis = person(store, "denis.morel@aurore.fr")
    store.training.enrol(session_id, [anne, bob, chloe, emile])
    page = make_page(qtbot, store)
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    page.select_session(session_id)
    report = tmp_path / "meetingAttendanceReport.csv"
    report.write_bytes(teams_report(french=True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(report), ""))

    dialog = page.import_attendance()
    assert isinstance(dialog, AttendanceReviewDialog) and dialog.isVisible()
    preview = dialog.preview
    assert {m.person_id for m in preview.attended} == {anne, chloe, emile}
    assert [m.person_id for m in preview.below_threshold] == [bob]  # 27 minutes of 90
    assert dialog.tabs.tabText(0) == "Attended (3)" and dialog.tabs.tabText(1) == "Below threshold (1)"
    assert dialog.unmatched_table.rowCount() == 1  # Xavier Inconnu is not in the directory
    assert cell(dialog.unmatched_table, 0, 0) == "Xavier Inconnu"
    aside = {cell(dialog.aside_table, r, 0): cell(dialog.aside_table, r, 3) for r in range(3)}
    assert aside["Jean Lefort"] == "Guest" and aside["Otter.ai"] == "Note-taking bot"
    assert aside[TRAINER] == "Organiser / trainer"

    # A stricter threshold changes who attended; matching Xavier by hand (a search) adds him.
    dialog.threshold.setValue(70)
    assert {m.person_id for m in dialog.preview.attended} == {anne}  # Chloé 62 min, Émile 50 min
    dialog.threshold.setValue(50)
    dialog._find_person = lambda _name: denis
    combo = dialog.combo_for("Xavier Inconnu")
    assert combo is not None
    search_index = combo.findData(-1)
    combo.setCurrentIndex(search_index)
    combo.activated.emit(search_index)
    assert dialog.manual == {"xavier.inconnu@aurore.fr": denis}
    assert denis in {m.person_id for m in dialog.preview.attended}  # 60 minutes
    assert combo.currentData() == denis

    with qtbot.waitSignal(page.changed):
        dialog.accept()
    statuses = {e.person_id: (e.status, e.minutes) for e in store.training.enrolments(session_id)}
    assert statuses[anne][0] == "attended" and statuses[bob] == ("absent", 27)
    assert statuses[chloe][0] == "attended" and statuses[emile][0] == "attended"
    assert statuses[denis][0] == "attended"  # added: came without an invitation
    assert "Attendance imported from meetingAttendanceReport.csv: 4 attended, 1 absent" in page.notice.text()
    shown = {
        e.name: page.enrolment_model.index(i, 3).data() for i, e in enumerate(page.enrolment_model.items)
    }
    assert shown["Bob Martin"] == "Absent" and shown["Anne Durand"] == "Attended"
    assert len(store.attendance.imports(session_id)) == 1


def test_a_file_that_is_not_a_report_is_refused_clearly(
    qtbot: Any, report_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = make_page(qtbot, report_store)
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    bad = tmp_path / "report.csv"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    assert page.import_attendance() is None
    assert warnings and "not an attendance report" in warnings[0]
    assert page.review_report(tmp_path / "missing.csv") is None
    assert len(warnings) == 2 and "Cannot" in warnings[1]


def test_signature_sheet_pdf(
    qtbot: Any, report_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = report_store
    session_id = store.training.sessions()[0].id
    store.training.enrol(
        session_id, [person(store, "anne.durand@aurore.fr"), person(store, "bob.martin@aurore.fr")]
    )
    page = make_page(qtbot, store)
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    page.select_session(session_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet"), ""))
    path = page.save_signature_sheet()
    assert path == tmp_path / "sheet.pdf" and path.read_bytes().startswith(b"%PDF")
    assert "2 people, 1 page" in page.notice.text()


def test_an_empty_programme_explains_what_to_do(qtbot: Any, empty_store: Store) -> None:
    page = make_page(qtbot, empty_store)
    assert page.empty.isVisible() and not page.tabs.isVisible()
    assert page.current() is None and not page.edit_button.isEnabled()
    assert page.invite_selection() is None and page.save_invitation() is None


def test_invite_from_a_directory_search_and_add_sites_in_the_editor(qtbot: Any, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    session_id = plan_lyon_webinar(page)
    dialog = page.invite_search()
    assert dialog is not None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nobody chosen yet
    dialog.search.setText("lyon")
    dialog.run_search()
    assert dialog.results.count() > 2 and "found" in dialog.count.text()
    # the second line (email · site · department) wraps: never a sideways scroll bar
    assert dialog.results.wordWrap()
    assert dialog.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    dialog.results.item(0).setSelected(True)
    dialog.results.item(1).setSelected(True)
    chosen = dialog.chosen()
    assert len(chosen) == 2
    dialog.accept()
    assert {e.person_id for e in demo_store.training.enrolments(session_id)} == set(chosen)
    assert "From the directory: 2 people invited" in page.notice.text()

    editor = page.edit_session()
    assert isinstance(editor, SessionDialog)
    index = editor.add_site.findText("Bruxelles")
    assert index > 0
    editor.add_site.activated.emit(index)
    editor.add_site.activated.emit(index)  # twice: added once
    assert editor.sites.text() == "Lyon Part-Dieu, Bruxelles"
    editor.accept()
    assert demo_store.training.get(session_id).sites == ["Lyon Part-Dieu", "Bruxelles"]
