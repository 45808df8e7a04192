"""Logging activities, the recognition ranking and case studies, as a change manager drives them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.activity_edit import ActivityDialog
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.views.case_studies import CaseStudiesPage
from esn_desk.ui.views.recognition import RecognitionModel, RecognitionPage
from esn_desk.ui.views.roster import RosterPage

PEOPLE = [
    {"employee_id": "1", "first_name": "Anne", "last_name": "Durand", "email": "anne@x.fr", "site": "Lyon"},
    {
        "employee_id": "2",
        "first_name": "Bruno",
        "last_name": "Martin",
        "email": "bruno@x.fr",
        "site": "Paris",
    },
]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="t")
    s.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    with s.db.read() as conn:
        people = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY employee_id")]
    for person in people:
        s.programme.transition(s.programme.recruit(person, on=date(2026, 6, 1)), "active")
    yield s
    s.close()


def ids(store: Store) -> dict[str, int]:
    return {r["name"]: r["id"] for r in store.programme.roster()}


def select(page: RosterPage, name: str) -> None:
    page.table.clearSelection()
    page.table.selectRow(next(i for i, r in enumerate(page.model.items) if r["name"] == name))


# -- activities -------------------------------------------------------------------------------------------
def test_an_activity_logged_from_the_roster_shows_in_the_panel_and_the_ranking(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    roster = RosterPage(store.programme, activities=store.activities)
    qtbot.addWidget(roster)
    roster.show()
    section = roster.activity_section
    assert section is not None
    select(roster, "Anne Durand")
    assert section.summary.text() == "Nothing logged yet."
    assert not section.all_button.isEnabled()

    dialog = roster.log_activity()
    assert dialog is not None and dialog.isVisible()
    assert "Anne Durand" in dialog.windowTitle()
    dialog.kind.setCurrentText("Webinar")
    assert dialog.points.text() == "15"  # the usual points for a webinar are proposed
    dialog.description.setPlainText("Webinaire « Bien démarrer » pour le site de Lyon")
    dialog.accept()
    assert not dialog.isVisible()

    assert section.summary.text().startswith("1 activity · 15 pts · last on ")
    assert "Webinar · 15 pts — Webinaire « Bien démarrer » pour le site de Lyon" in section.recent.text()
    assert section.all_button.isEnabled()

    ranking = RecognitionPage(store.activities)
    qtbot.addWidget(ranking)
    ranking.show()  # "last 3 months" by default: today is in it
    assert ranking.period.currentData() == "last_3_months"
    assert ranking.model.rowCount() == 1
    row = [ranking.model.index(0, c).data() for c in range(ranking.model.columnCount())]
    assert row[:6] == ["1", "Anne Durand", "Lyon", "Ambassador", "1", "15"]
    assert row[7] == "Webinar ×1"
    assert ranking.headline.text().startswith("1 ambassador logged 1 activity worth 15 points in this period")


def test_log_activity_is_in_the_roster_table_context_menu_with_ctrl_l(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    roster = RosterPage(store.programme, activities=store.activities)
    qtbot.addWidget(roster)
    roster.show()
    assert roster.log_action in roster.table.actions()
    assert roster.log_action.shortcut().toString() == "Ctrl+L"
    roster.table.selectAll()  # two people: whose activity would it be?
    assert not roster.log_action.isEnabled()
    select(roster, "Anne Durand")
    assert roster.log_action.isEnabled()
    assert roster.log_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut  # this page
    roster.log_action.trigger()
    dialogs = [d for d in roster.findChildren(ActivityDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Log activity: Anne Durand"
    dialogs[0].reject()


def test_the_activity_dialog_refuses_bad_input_inline(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    roster = RosterPage(store.programme, activities=store.activities)
    qtbot.addWidget(roster)
    roster.show()
    select(roster, "Bruno Martin")
    dialog = roster.log_activity()
    assert dialog is not None
    dialog.kind.setCurrentText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "what kind of activity" in dialog.error.text()
    assert store.activities.count() == 0

    dialog.kind.setCurrentText("Café RSE")  # a kind of one's own
    assert dialog.points.text() == "no points"
    dialog.accept()
    assert not dialog.isVisible()
    logged = store.activities.for_ambassador(ids(store)["Bruno Martin"])
    assert [(a.kind, a.points) for a in logged] == [("Café RSE", None)]


def test_all_activities_can_be_edited_and_deleted(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    anne = ids(store)["Anne Durand"]
    store.activities.add(anne, "2026-10-01", "Demo", "Démo à l'équipe paie", 10)
    store.activities.add(anne, "2026-10-20", "Workshop", "", 10)
    roster = RosterPage(store.programme, activities=store.activities)
    qtbot.addWidget(roster)
    roster.show()
    select(roster, "Anne Durand")
    section = roster.activity_section
    assert section is not None
    changes: list[bool] = []
    section.changed.connect(lambda: changes.append(True))
    listing = section.show_all()
    assert listing is not None
    assert [listing.model.index(r, 1).data() for r in range(2)] == ["Workshop", "Demo"]  # newest first
    qtmodeltester.check(listing.model)

    listing.table.selectRow(1)
    edit = listing.edit_current()
    assert edit is not None and edit.kind.currentText() == "Demo" and edit.points.value() == 10
    edit.points.setValue(25)
    edit.accept()
    assert listing.model.index(1, 2).data() == "25"
    assert section.summary.text().startswith("2 activities · 35 pts")

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    listing.table.selectRow(0)
    listing.delete_current()
    assert listing.model.rowCount() == 1
    assert section.summary.text().startswith("1 activity · 25 pts")
    assert len(changes) == 2


def test_the_kind_column_of_all_activities_fits_the_longest_kind(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Kinds are longer in French (« Retour d’expérience »): the column grows to the longest shown."""
    anne = ids(store)["Anne Durand"]
    long_kind = "Retour d'expérience en atelier de site"  # a kind of one's own
    store.activities.add(anne, "2026-10-01", long_kind, "", None)
    roster = RosterPage(store.programme, activities=store.activities)
    qtbot.addWidget(roster)
    roster.show()
    select(roster, "Anne Durand")
    assert roster.activity_section is not None
    listing = roster.activity_section.show_all()
    assert listing is not None
    column = listing.model.COL_KIND
    needed = listing.table.fontMetrics().horizontalAdvance(long_kind)
    assert listing.table.horizontalHeader().sectionSize(column) > needed


def test_the_ranking_follows_the_period_and_refuses_an_inverted_one(
    qtbot, store: Store, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    people = ids(store)
    store.activities.add(people["Anne Durand"], "2026-09-30", "Demo", points=10)
    store.activities.add(people["Bruno Martin"], "2026-10-01", "Demo", points=5)
    store.activities.add(people["Bruno Martin"], "2026-10-31", "Webinar", points=15)
    page = RecognitionPage(store.activities)
    qtbot.addWidget(page)
    page.show()
    page.set_period("custom", date(2026, 10, 1), date(2026, 10, 31))
    assert [r.name for r in page.model.items] == ["Bruno Martin"]
    assert page.model.index(0, RecognitionModel.COL_POINTS).data() == "20"
    qtmodeltester.check(page.model)

    page.start.setDate(page.start.date().addDays(-1))  # from 30 Sep: Anne's demo counts too
    assert page.period.currentData() == "custom"
    assert [r.name for r in page.model.items] == ["Bruno Martin", "Anne Durand"]

    page.start.setDate(page.end.date().addDays(1))
    assert page.model.rowCount() == 0
    assert "swap the two dates" in page.headline.text()

    page.set_period("this_year")
    start, end = page.bounds()
    assert start == date(date.today().year, 1, 1) and end == date(date.today().year, 12, 31)


def test_the_recognition_page_explains_what_to_do_before_any_activity(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RecognitionPage(store.activities)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert "Log activity" in page.empty.text_label.text()


def test_logging_from_the_roster_refreshes_the_recognition_page_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, store: Store, qsettings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    qtbot.addWidget(window)
    window.show()
    recognition = window.page("recognition")
    assert isinstance(recognition, RecognitionPage)
    window.show_page(window.page_keys().index("recognition"))
    assert recognition.stack.currentWidget() is recognition.empty
    window.show_page(window.page_keys().index("roster"))
    select(window.roster, "Bruno Martin")
    dialog = window.roster.log_activity()
    assert dialog is not None
    dialog.kind.setCurrentText("Demo")
    dialog.accept()
    window.show_page(window.page_keys().index("recognition"))
    assert [r.name for r in recognition.model.items] == ["Bruno Martin"]


# -- case studies -----------------------------------------------------------------------------------------
def test_writing_publishing_and_editing_a_case_study(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = CaseStudiesPage(store.case_studies, store.programme)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty

    dialog = page.new_case()
    dialog.title.setText("Le fil des ventes")
    dialog.ambassador.setCurrentIndex(dialog.ambassador.findData(ids(store)["Anne Durand"]))
    assert dialog.site.currentText() == "Lyon"  # the ambassador's site by default
    dialog.ambassador.setCurrentIndex(dialog.ambassador.findData(ids(store)["Bruno Martin"]))
    assert dialog.site.currentText() == "Paris"  # still following the ambassador
    dialog.use_case.setText("Commercial : retours clients")
    dialog.status.setCurrentIndex(dialog.status.findData("published"))
    dialog.body.setPlainText("Les retours clients <b>partagés</b> en 24 h.\n\nEt ensuite…")
    dialog.link.setText("intranet/fil-des-ventes")
    dialog.accept()
    assert dialog.isVisible() and "not a web address" in dialog.error.text()
    assert store.case_studies.list() == []

    dialog.link.setText("https://intranet.aurore-groupe.fr/cas/fil-des-ventes")
    dialog.accept()
    assert not dialog.isVisible()
    assert page.stack.currentIndex() == 0
    assert page.summary.text() == "1 published · 0 drafts"
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[:3] == ["Le fil des ventes", "Bruno Martin", "Paris"] and row[4] == "Published"
    assert page.panel.use_case.text() == "Commercial : retours clients"
    qtmodeltester.check(page.model)
    # The text is shown as typed, never as HTML.
    assert page.panel.text.textFormat() == Qt.TextFormat.PlainText
    assert page.panel.text.text() == "Les retours clients <b>partagés</b> en 24 h.\n\nEt ensuite…"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page.open_button.isEnabled() and page.open_link()
    assert [u.toString() for u in opened] == ["https://intranet.aurore-groupe.fr/cas/fil-des-ventes"]

    edit = page.edit_current()
    assert edit is not None and edit.title.text() == "Le fil des ventes"
    edit.site.setCurrentText("Paris – La Défense")  # typed by hand: kept when the ambassador changes
    edit.ambassador.setCurrentIndex(edit.ambassador.findData(ids(store)["Anne Durand"]))
    assert edit.site.currentText() == "Paris – La Défense"
    edit.status.setCurrentIndex(edit.status.findData("draft"))
    edit.link.clear()
    edit.accept()
    assert not edit.isVisible()
    assert page.summary.text() == "0 published · 1 draft"
    assert page.model.index(0, 1).data() == "Anne Durand"
    assert not page.open_button.isEnabled() and not page.open_link()
    assert len(opened) == 1

    page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    assert page.model.rowCount() == 0 and not page.panel.isVisibleTo(page)
    page.status_filter.setCurrentIndex(0)
    page.search.setText("ventes anne")
    assert page.model.rowCount() == 1
    page.search.setText("usine")
    assert page.model.rowCount() == 0


def test_a_case_study_is_deleted_after_confirmation(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.core.activities import CaseStudyDraft

    store.case_studies.add(CaseStudyDraft("Clôture sans mails", date.today() - timedelta(days=3)))
    page = CaseStudiesPage(store.case_studies, store.programme)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: next(answers))
    page.delete_current()
    assert page.model.rowCount() == 1  # "No" keeps it
    page.delete_current()
    assert store.case_studies.list() == [] and page.stack.currentWidget() is page.empty
