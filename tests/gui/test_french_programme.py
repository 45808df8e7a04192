"""The programme in French: the Directory, Ambassadors, Recognition and Case studies pages, their
dialogs (recruit, recruitment rules, activity, erase), the core's programme messages and a person's
export workbook. The default roles, sources and activity kinds are shown in French but stay stored
in English (the programme's data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from esn_desk.core.errors import UserError
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import DEFAULT_ROLES, DEFAULT_SOURCES, ProgrammeRules, Rule
from esn_desk.core.store import Store
from esn_desk.ui.dialogs.activity_edit import ActivityDialog
from esn_desk.ui.dialogs.privacy import EraseDialog
from esn_desk.ui.dialogs.recruit import RecruitDialog
from esn_desk.ui.models.people_model import COL_EMPLOYEE_ID, COL_STATUS
from esn_desk.ui.views.case_studies import CaseStudiesPage
from esn_desk.ui.views.directory import DirectoryPage
from esn_desk.ui.views.recognition import RecognitionPage
from esn_desk.ui.views.roster import RosterPage, StepDialog

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


def header(model: object, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal))  # type: ignore[attr-defined]


def test_directory_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DirectoryPage(demo_store.people, demo_store.programme, privacy=demo_store.privacy)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.search.placeholderText().startswith("Rechercher un nom, un e-mail, un matricule")
    assert [page.status_filter.itemText(i) for i in range(3)] == ["Tout le monde", "En poste", "Partis"]
    assert page.clear_filters.text() == "Effacer"
    assert header(page.model, COL_EMPLOYEE_ID) == "Matricule"
    assert page.count_label.text().endswith(" personnes")
    assert page.panel.recruit_button.text() == "Ajouter au programme…"
    assert page.panel.export_button.text() == "Exporter ses données…"

    page.status_filter.setCurrentIndex(2)  # people who left
    assert page.model.data(page.model.index(0, COL_STATUS)) == "Parti"
    assert page.count_label.text().split(" sur ")[1].endswith(" personnes")
    tip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(" a quitté l’entreprise")
    page.table.selectRow(0)
    assert page.panel.status.text().startswith("A quitté l’entreprise")
    assert "ajout (" in page.panel.history.text()


def test_roster_page_and_its_actions_in_french(
    qtbot, french: None, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(demo_store.programme, activities=demo_store.activities)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    tabs = [page.stages.tabText(i) for i in range(page.stages.count())]
    assert tabs[0].startswith("Tous (") and tabs[1].startswith("Nouveaux candidats (")
    assert tabs[2].startswith("Validé RH (")
    assert page.summary.text().startswith(f"Actifs{NBSP}: ")
    assert page.rules_button.text() == "Règles de recrutement…"
    assert page.action_buttons["hr_validated"].text().startswith("Valider RH")
    assert header(page.model, 2) == "Statut"
    statuses = {page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())}
    assert "Actif" in statuses and "Active" not in statuses
    roles = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert "Ambassadeur" in roles and "Ambassador" not in roles  # stored "Ambassador", shown in French
    assert page.activity_section is not None
    assert page.activity_section.log_button.text() == "Nouvelle activité…"

    # Moving someone where they cannot go: the core says why, in French.
    active = next(r for r in page.model.items if r["status"] == "active")
    with pytest.raises(UserError, match=f"statut «{NBSP}actif{NBSP}»{NBSP}: passage possible vers"):
        demo_store.programme.transition(active["id"], "hr_validated")
    # …or from a final status, where no move is possible at all.
    demo_store.programme.transition(active["id"], "alumni")
    with pytest.raises(
        UserError, match=f"ancien{NBSP}»{NBSP}: aucun passage possible \\(statut final\\)\\.$"
    ):
        demo_store.programme.transition(active["id"], "active")

    # The step dialog is titled with what it does, also where the button says a status ("Ancien").
    titles: list[str] = []
    monkeypatch.setattr(StepDialog, "exec", lambda self: titles.append(self.windowTitle()) or 0)
    page.refresh()
    row = next(i for i, r in enumerate(page.model.items) if r["status"] == "active")
    page.table.selectRow(row)
    name = page.model.items[row]["name"]
    for status in ("paused", "alumni", "active"):
        page.move_selection(status)
    assert titles == [
        f"Mettre en pause{NBSP}: {name}",
        f"Passer en ancien{NBSP}: {name}",
        f"Activer{NBSP}: {name}",
    ]


def test_recruitment_rules_are_shown_in_french_and_stored_in_english(
    qtbot, french: None, demo_store: Store
) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(demo_store.programme)
    qtbot.addWidget(page)
    demo_store.programme.save_rules(ProgrammeRules())
    dialog = page.edit_rules()
    assert dialog.windowTitle() == "Règles de recrutement"
    assert dialog.flow.currentText() == "Validation RH, puis confirmation par le manager"
    assert dialog.roles.toPlainText().startswith("Ambassadeur — Montre à ses collègues")
    assert "Phase pilote" in dialog.sources.toPlainText()
    dialog.accept()
    saved = demo_store.programme.rules()
    assert saved.roles == dict(DEFAULT_ROLES) and saved.sources == list(DEFAULT_SOURCES)


def test_recruiting_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    demo_store.programme.save_rules(ProgrammeRules(flow="none", rules=[Rule("active")]))
    left = demo_store.people.match_ids(DirectoryQuery(status="left"))[0]
    dialog = RecruitDialog(demo_store.programme, [left], "Bob")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ajouter Bob au programme"
    assert dialog.eligibility.text() == f"Non éligible{NBSP}: a quitté l’entreprise."
    assert dialog.role.currentText() == "Ambassadeur" and dialog.role.currentData() == "Ambassador"
    dialog.source.setCurrentText("Phase pilote")
    dialog.override.setPlainText("Revient le mois prochain")
    dialog.accept()
    assert dialog.ambassador_id is not None
    candidacy = demo_store.programme.get(dialog.ambassador_id)
    assert candidacy is not None and candidacy.source == "Pilot phase"  # stored in English
    with pytest.raises(UserError, match=f"n’est pas éligible{NBSP}: a quitté l’entreprise"):
        demo_store.programme.recruit(demo_store.people.match_ids(DirectoryQuery(status="left"))[1])


def test_eligibility_reasons_in_french_have_no_nested_parentheses(french: None) -> None:
    """They go inside « … ne sont pas éligibles (…) »: no parentheses of their own."""
    today = date(2026, 11, 26)
    it = {"department": "Informatique", "status": "active"}
    assert Rule("not_in", "department", ("Informatique",)).failure(it, today) == (
        f"direction «{NBSP}Informatique{NBSP}», hors du périmètre du programme"
    )
    assert Rule("in", "department", ("Ventes",)).failure(it, today) == (
        f"direction «{NBSP}Informatique{NBSP}», attendu{NBSP}: Ventes"
    )
    assert Rule("in", "site", ("Lyon",)).failure(it, today) == f"site vide, attendu{NBSP}: Lyon"


def test_an_activity_kind_picked_in_french_is_stored_in_english(
    qtbot, french: None, demo_store: Store
) -> None:  # type: ignore[no-untyped-def]
    ambassador = demo_store.programme.roster(statuses=("active",))[0]
    dialog = ActivityDialog(demo_store.activities, ambassador["id"], ambassador["name"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Nouvelle activité{NBSP}: {ambassador['name']}"
    dialog.kind.setCurrentText("Webinaire")
    assert dialog.points.value() == 15  # the webinar's usual points
    dialog.accept()
    activity = demo_store.activities.get(dialog.activity_id)
    assert activity is not None and activity.kind == "Webinar"


def test_recognition_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RecognitionPage(demo_store.activities)
    qtbot.addWidget(page)
    page.show()
    page.set_period("custom", date(2020, 1, 1), date(2030, 12, 31))
    page.refresh()
    assert page.period.currentText() == "Dates personnalisées"
    assert [header(page.model, c) for c in (0, 6)] == ["Rang", "Dernière activité"]
    assert page.headline.text().startswith(f"Sur la période{NBSP}: ")
    assert page.activities_button.text() == "Activités…"
    kinds = " ".join(page.model.data(page.model.index(r, 7)) for r in range(page.model.rowCount()))
    assert "Démo ×" in kinds and "Demo ×" not in kinds


def test_case_studies_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CaseStudiesPage(demo_store.case_studies, demo_store.programme)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.new_button.text() == "Nouveau retour d’expérience…"
    assert page.status_filter.itemText(0) == "Tous les retours d’expérience"
    assert header(page.model, 0) == "Titre"
    assert page.summary.text().startswith(f"Publiés{NBSP}: ")
    statuses = {page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())}
    assert statuses <= {"Publié", "Brouillon"} and statuses


def test_erasing_and_exporting_a_person_in_french(
    qtbot, french: None, demo_store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    person = demo_store.people.match_ids(DirectoryQuery())[0]
    dialog = EraseDialog(demo_store.privacy, None, person, "Ada")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Effacer Ada"
    assert dialog.erase_button.text() == "Effacer"
    assert dialog.summary.text().startswith("•  1 fiche d’annuaire")

    _, xlsx = demo_store.privacy.write_export(person, tmp_path)
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames[:3] == ["À propos", "Fiche annuaire", "Historique des modifications"]
    assert [c.value for c in workbook["À propos"][1]] == ["Champ", "Valeur"]
