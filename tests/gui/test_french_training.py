"""The Training area in French: the page and its calendar, the session editor (French kinds stored
under their English names), the training settings, the attendance review, the roster's training
section, the signature sheet and the invitation text."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from esn_desk.core.attendance import parse_report
from esn_desk.core.errors import UserError
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store, open_store
from esn_desk.core.training import SessionDraft
from esn_desk.core.training_ics import invitation_text
from esn_desk.ui.dialogs.attendance_review import AttendanceReviewDialog
from esn_desk.ui.dialogs.session_edit import SessionDialog
from esn_desk.ui.dialogs.training_settings import TrainingSettingsDialog
from esn_desk.ui.printing.signature_sheet import when_text, write_signature_sheet
from esn_desk.ui.views.roster import RosterPage
from esn_desk.ui.views.training import TrainingPage
from tests.support.attendance_files import PEOPLE, SESSION_MINUTES, TRAINER, teams_report

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


def make_page(qtbot: Any, store: Store) -> TrainingPage:
    page = TrainingPage(store.training, store.attendance, store.programme, store.settings, store.people)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_training_page_in_french(qtbot: Any, french: None, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    assert page.new_button.text() == "Nouvelle session…"
    assert page.settings_button.text() == "Paramètres…"
    assert page.sheet_button.text() == "Émargement…"
    assert page.when_filter.itemText(0) == "À venir"
    assert page.tabs.tabText(0) == "Sessions"
    assert page.tabs.tabText(1).startswith("Encore à former (")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Date", "Titre", "Type", "Format", "Sites", "Places", "Statut"]
    assert page.missing_model.headerData(3, Qt.Orientation.Horizontal) == "Formations manquantes"
    assert "sessions à venir" in page.summary.text()
    # The demo's kinds are stored in English and shown in French; so are the states.
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    shown_kinds = {page.model.index(r, page.model.COL_KIND).data() for r in range(page.model.rowCount())}
    assert "Intégration" in shown_kinds and "Onboarding" not in shown_kinds
    states = {page.model.index(r, page.model.COL_STATUS).data() for r in range(page.model.rowCount())}
    assert "Planifiée" in states and any(s.startswith(f"Présents{NBSP}: ") for s in states)
    assert page.status_buttons["attended"].text() == "Présent (A)"
    assert page.people_title.text().startswith("PERSONNES · ")
    assert page.panel.trainer.text()  # the details' captions are French
    # Dates follow the French locale: the list, the day filter and the calendar's names.
    session = next(s for s in page.model.items if not s.cancelled)
    day = session.starts_at.date()
    page.show_day(day)
    assert page.when_filter.currentText().endswith(str(day.year))
    assert page.when_filter.currentText().split()[0].endswith(".")  # « mar. », « jeu. »
    assert page.calendar.locale().monthName(11) == "novembre"
    assert page.calendar.locale().dayName(1) == "lundi"
    assert page.model.index(0, page.model.COL_DATE).data().split()[0] in {
        "lun.",
        "mar.",
        "mer.",
        "jeu.",
        "ven.",
        "sam.",
        "dim.",
    }


def test_the_session_editor_stores_french_kinds_under_their_english_names(
    qtbot: Any, french: None, demo_store: Store
) -> None:
    dialog = SessionDialog(demo_store.training, sites=["Lyon"], trainer=TRAINER)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle session de formation"
    assert dialog.kind.itemText(0) == "Intégration" and dialog.kind.itemData(0) == "Onboarding"
    assert [dialog.format.itemText(i) for i in range(3)] == ["Webinaire", "Présentiel", "Hybride"]
    assert dialog.capacity.specialValueText() == "Sans limite"
    dialog.title.setText("Prise en main Lyon")
    dialog.kind.setCurrentText("intégration")  # typed, in lower case
    start = date.today() + timedelta(days=10)
    dialog.starts.setDate(QDate(start.year, start.month, start.day))
    dialog.accept()
    assert dialog.session_id is not None, dialog.error.text()
    assert demo_store.training.get(dialog.session_id).kind == "Onboarding"
    editor = SessionDialog(demo_store.training, session_id=dialog.session_id)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Modifier la session de formation"
    assert editor.kind.currentText() == "Intégration"


def test_training_settings_in_french_keep_the_english_names(
    qtbot: Any, french: None, demo_store: Store
) -> None:
    training = demo_store.training
    before = training.requirements()
    dialog = TrainingSettingsDialog(training, demo_store.programme)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Paramètres de formation"
    assert dialog.kind_list()[0] == "Intégration"
    assert dialog.checks[("Ambassador", "Intégration")].isChecked()
    # the default roles' names in French, still saved under their English names
    role_labels = {
        item.widget().text()
        for row in range(1, dialog.grid.rowCount())
        if (item := dialog.grid.itemAtPosition(row, 0)) is not None and item.widget() is not None
    }
    assert "Ambassadeur" in role_labels and "Ambassador" not in role_labels
    box = dialog.checks[("Ambassador", "Intégration")]
    assert box.accessibleName() == f"Ambassadeur doit suivre{NBSP}: Intégration"
    dialog.accept()
    assert training.kinds()[0] == "Onboarding" and training.requirements() == before


def test_the_training_pages_roles_are_shown_in_french(qtbot: Any, french: None, demo_store: Store) -> None:
    page = make_page(qtbot, demo_store)
    roles = {
        page.missing_model.index(r, 2).data() for r in range(page.missing_model.rowCount())
    }  # « Encore à former »
    assert "Ambassadeur" in roles and "Ambassador" not in roles
    assert "Par rôle" in page.missing_summary.text() and "Ambassadeur (" in page.missing_summary.text()
    assert "Ambassador (" not in page.missing_summary.text()
    page.when_filter.setCurrentIndex(page.when_filter.findData("all"))
    row = next(
        r for r, s in enumerate(page.model.items) if demo_store.training.enrolments(s.id) and not s.cancelled
    )
    page.table.selectRow(row)
    enrolled = {
        page.enrolment_model.index(r, 2).data() for r in range(page.enrolment_model.rowCount())
    }  # the people of the session
    assert "Ambassadeur" in enrolled and "Ambassador" not in enrolled


def test_the_demo_sessions_are_titled_like_their_kind_in_french(demo_store: Store) -> None:
    """The demo company is French: an onboarding is « Intégration … », as its kind is shown."""
    sessions = demo_store.training.sessions()
    onboardings = [s.title for s in sessions if s.kind == "Onboarding"]
    assert onboardings and all(t.startswith("Intégration") for t in onboardings)
    assert not [s.title for s in sessions if "Onboarding" in s.title]


def test_attendance_review_in_french(qtbot: Any, french: None) -> None:
    store = open_store(":memory:")
    try:
        store.people.insert_many(PEOPLE, source="test")
        session_id = store.training.create(
            SessionDraft(
                title="Viva Engage : prise en main (Lyon)",
                kind="Onboarding",
                format="webinar",
                starts_at=datetime(2026, 7, 22, 19, 0),
                timezone="Europe/Paris",
                duration_minutes=SESSION_MINUTES,
                trainer=TRAINER,
            )
        )
        anne = store.people.match_ids(DirectoryQuery(text="anne.durand@aurore.fr"))[0]
        store.training.enrol(session_id, [anne])
        report = parse_report(teams_report(french=True), file_name="rapport.csv")
        dialog = AttendanceReviewDialog(
            store.attendance, store.people, session_id, "Lyon", report, store.training.enrolments(session_id)
        )
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Rapport de présence — Lyon"
        assert dialog.tabs.tabText(0) == "Présents (3)" and dialog.tabs.tabText(1) == "Sous le seuil (1)"
        assert dialog.apply_button.text() == "Appliquer"
        header = dialog.attended_table.horizontalHeaderItem(0)
        assert header is not None and header.text() == "Personne"
        reasons = {dialog.aside_table.item(r, 3).text() for r in range(dialog.aside_table.rowCount())}
        assert reasons == {"Invité externe", "Robot de prise de notes", "Organisateur / formateur"}
        assert "participants associés" in dialog.explain.text()
    finally:
        store.close()


def test_the_rosters_training_section_in_french(qtbot: Any, french: None, demo_store: Store) -> None:
    page = RosterPage(demo_store.programme, training=demo_store.training)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    missing = {m.ambassador_id for m in demo_store.training.missing_trainings()}
    row = next(
        i
        for i, r in enumerate(page.model.items)
        if r["id"] in missing
        and demo_store.training.record(demo_store.programme.get(r["id"]).person_id).attended
    )
    page.table.selectRow(row)
    section = page.training_section
    assert section is not None and section.isVisible()
    assert " suivie" in section.summary.text() and "la dernière le " in section.summary.text()
    assert section.needs.text().startswith(f"Reste à suivre{NBSP}: ")
    assert "Onboarding" not in section.needs.text()


@dataclass(frozen=True)
class SheetSession:
    title: str = "Viva Engage : prise en main (Lyon)"
    starts_at: datetime = datetime(2026, 9, 15, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    duration_minutes: int = 120
    place: str = "Lyon Part-Dieu, salle Rhône"
    link: str = ""
    trainer: str = "Claire Vasseur"


@dataclass(frozen=True)
class Row:
    name: str
    site: str = "Lyon"
    department: str = "Finance"


def test_signature_sheet_in_french(french: None, tmp_path: Path) -> None:
    assert when_text(SheetSession()) == "mardi 15 septembre 2026 · 09:30–11:30 (Europe/Paris)"
    pdf = tmp_path / "feuille.pdf"
    write_signature_sheet(SheetSession(), [Row("Anne Durand"), Row("Bob Martin")], pdf, "Ambassadeurs Aurore")
    assert pdf.read_bytes().startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "FEUILLE D’ÉMARGEMENT",
        "Formateur",
        "Direction",
        "Signature du formateur",
        "Page 1 sur 1",
    ):
        assert expected in text


def test_invitation_text_and_errors_in_french(french: None) -> None:
    store = open_store(":memory:")
    try:
        session_id = store.training.create(
            SessionDraft(
                title="Prise en main",
                kind="Onboarding",
                format="webinar",
                starts_at=datetime(2026, 7, 2, 10, 0),
                timezone="Europe/Paris",
                duration_minutes=90,
                link="https://teams.microsoft.com/l/meetup-join/abc",
                trainer=TRAINER,
            )
        )
        lines = invitation_text(store.training.get(session_id)).splitlines()
        assert f"Date{NBSP}: jeudi 2 juillet 2026, 10:00–11:30 (Europe/Paris, UTC+02:00)" in lines
        assert f"Durée{NBSP}: 1 h 30" in lines and f"Format{NBSP}: Webinaire" in lines
        assert f"Formateur{NBSP}: {TRAINER}" in lines
        with pytest.raises(UserError, match="Donnez un titre à la session"):
            store.training.create(
                SessionDraft(
                    title="", kind="Onboarding", format="webinar", starts_at=datetime(2026, 7, 2, 10, 0)
                )
            )
    finally:
        store.close()
