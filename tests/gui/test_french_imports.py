"""Imports and exports in French: the import wizard (HR extract, roster, usage export) with the core's
messages, the refused-rows file, the Excel exports (sheet names, headers, the report's summary), and
the French roster and directory exports importing back with the same mapping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from esn_desk.core import exports
from esn_desk.core.importing.fields import HR, ROSTER, VOCABULARIES
from esn_desk.core.importing.roster import describe as describe_roster_changes
from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.import_wizard import ROSTER_KIND, USAGE_KIND, ImportWizard, encoding_label
from tests.support.hr_files import french_extract, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "imports.esndesk", backup_dir=tmp_path / "backups")
    yield s
    s.close()


def _through_review(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()  # sheet
    wizard.next()  # mapping
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.problem.text()
    wizard.next()  # review
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)


def test_hr_import_wizard_in_french(  # type: ignore[no-untyped-def]
    qtbot, french: None, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = ImportWizard(store.imports, path=french_extract(tmp_path / "extract.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.windowTitle() == "Importer l’extraction RH"
    assert wizard.file_page.title() == "Choisir l’extraction RH"
    assert wizard.file_page.status.text() == (
        f"✓ Classeur Excel (1 feuille). En-tête trouvé en ligne 4 de «{NBSP}Effectifs{NBSP}»."
    )
    wizard.next()
    assert wizard.sheet_page.title() == "Feuille et ligne d’en-tête"
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.title() == "Associer les colonnes"
    headers = [mapping.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Colonne du fichier", "Exemples de valeurs", "Champ de l’annuaire"]
    combo = mapping.combos[0]
    assert combo.itemText(0) == "— ignorer cette colonne —"
    assert combo.currentText() == "Matricule *" and combo.currentData() == "employee_id"
    assert mapping.full.text().startswith(f"Ce fichier liste tous les salariés (extraction complète){NBSP}:")
    # a problem with the mapping, in French (from the core)
    mapping.combos[0].setCurrentIndex(0)
    mapping.combos[3].setCurrentIndex(0)
    assert mapping.problem.text().startswith(f"Associez une colonne à Matricule ou à E-mail{NBSP}:")
    mapping.combos[0].setCurrentIndex(mapping.combos[0].findData("employee_id"))
    mapping.combos[3].setCurrentIndex(mapping.combos[3].findData("email"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    review = wizard.review_page
    assert review.title() == "Vérification"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Importer"
    tabs = [review.tabs.tabText(i) for i in range(review.tabs.count())]
    assert tabs == ["Problèmes (6)", "Nouvelles personnes (4)", "Modifications (0)", "Partants (0)"]
    issues = [[review.issues.index(r, c).data() for c in range(5)] for r in range(review.issues.rowCount())]
    assert review.issues.headerData(4, Qt.Orientation.Horizontal) == "Problème"
    assert ["7", "Refusée", "Adresse e-mail (D)", "zoe.martin@aurore", "Adresse e-mail invalide"] in issues
    assert any(
        i[1] == "Alerte" and i[4] == f"Date inexistante{NNBSP}; date d’embauche laissée vide" for i in issues
    )

    # the refused rows, exported in French, import again with the same mapping (the two extra
    # columns are ignored)
    target = tmp_path / "refusées.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    review._export_errors()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Lignes refusées"]
    header = [c.value for c in wb.active[1]]
    assert header[-2:] == ["Ligne dans le fichier d’origine", "Motif du refus"]
    assert wb.active[2][-1].value == f"Adresse e-mail (D){NBSP}: Adresse e-mail invalide (zoe.martin@aurore)"
    assert set(HR.auto_mapping(header).values()) == set(HR.auto_mapping(header[:-2]).values())

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    summary = wizard.summary_page
    assert summary.title() == "Import terminé" and summary.undo_button.text() == "Annuler cet import"
    lines = summary.text.text().splitlines()
    assert lines[:4] == [
        f"extract.xlsx a été importé dans l’annuaire{NBSP}:",
        "  • 4 nouvelles personnes",
        f"  • modifications{NBSP}: 0, sans changement{NBSP}: 0",
        "  • 4 lignes refusées (non importées)",
    ]


def test_roster_import_wizard_in_french(qtbot, french: None, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.people.insert_many(
        [
            {
                "employee_id": f"0000{i}",
                "last_name": f"Nom{i}",
                "first_name": "Ana",
                "email": f"nom{i}@aurore.fr",
            }
            for i in range(1, 4)
        ],
        source="test",
    )
    path = write_xlsx(
        tmp_path / "Ambassadeurs.xlsx",
        ["Matricule", "Rôle", "Statut", "Source"],
        [
            ["00001", "Ambassadeur", "Confirmé par le manager", "Phase pilote"],
            ["00002", "Coach", "Candidat", ""],
            ["12345", "Coach", "Actif", ""],
            ["00003", "Coach", "Peut-être", ""],
        ],
        title_rows=False,
    )
    wizard = ImportWizard(store.imports, path=path, importer=store.roster_import, kind=ROSTER_KIND)
    assert wizard.windowTitle() == "Importer la liste des ambassadeurs"
    _through_review(qtbot, wizard)
    review = wizard.review_page
    assert review.tabs.tabText(1) == "Ajoutés au programme (2)"
    # French roles, statuses and sources are recognised and shown in French
    assert [r[2:5] for r in review.joiners.rows] == [
        ("Ambassadeur", "Confirmé par le manager", "Phase pilote"),
        ("Coach", "Candidat", ""),
    ]
    assert review.joiners.rows[1][5] == "(aujourd’hui)"
    assert [c["role"] for c in wizard.plan.creates] == ["Ambassador", "Coach"]  # stored in English
    assert [c["source"] for c in wizard.plan.creates] == ["Pilot phase", ""]
    messages = [review.issues.index(r, 4).data() for r in range(review.issues.rowCount())]
    assert (
        f"Aucune personne de l’annuaire n’a ce matricule{NBSP}: importez d’abord l’extraction RH" in messages
    )
    assert any(
        m.startswith("Statut inconnu d’ESN Desk (utilisez par exemple Candidat, Proposé") for m in messages
    )


def test_roster_changes_show_roles_and_sources_in_french(french: None, store: Store, tmp_path: Path) -> None:
    """The review's Modifications tab: roles and sources stored in English are shown in French, like
    the statuses."""
    store.people.insert_many(
        [{"employee_id": "00001", "last_name": "Nom1", "first_name": "Ana", "email": "nom1@aurore.fr"}],
        source="test",
    )
    headers = ["Matricule", "Rôle", "Statut", "Source"]
    first = write_xlsx(
        tmp_path / "avant.xlsx",
        headers,
        [["00001", "Ambassadeur", "Actif", "Phase pilote"]],
        title_rows=False,
    )
    store.roster_import.apply(store.roster_import.plan(first))
    second = write_xlsx(
        tmp_path / "apres.xlsx", headers, [["00001", "Coach", "En pause", "Serious game"]], title_rows=False
    )
    [(_row, _name, text)] = describe_roster_changes(store.roster_import.plan(second))
    assert f"Rôle{NBSP}: Ambassadeur → Coach" in text
    assert f"Source{NBSP}: Phase pilote → Serious game" in text
    assert f"Statut{NBSP}: Actif → En pause" in text
    assert "Ambassador" not in text and "Pilot phase" not in text


def test_review_problems_wrap_and_a_whole_file_warning_has_no_row(  # type: ignore[no-untyped-def]
    qtbot, french: None, store: Store, tmp_path: Path
) -> None:
    """The Problems tab: the message column takes the room left and wraps (a French message is read
    whole); a warning about the whole file (row 0) shows « — », not « 0 »."""
    path = write_csv(
        tmp_path / "large.csv",
        ["Matricule", "Nom", "Prénom", "Adresse e-mail"] + [f"Col{i}" for i in range(200)],
        [["00001", "Nom1", "Ana", "nom1@aurore.fr"] + [""] * 199 + ["x"]],
    )
    wizard = ImportWizard(store.imports, path=path)
    _through_review(qtbot, wizard)
    review = wizard.review_page
    [warning] = [r for r in range(review.issues.rowCount()) if review.issues.index(r, 1).data() == "Alerte"]
    assert review.issues.index(warning, 0).data() == "—"
    assert "200 premières" in review.issues.index(warning, 4).data()
    table = review.issue_table
    assert table.wordWrap() and table.horizontalHeader().stretchLastSection()
    qtbot.waitUntil(lambda: table.rowHeight(warning) > table.fontMetrics().lineSpacing() * 2)


def test_the_file_page_names_encodings_as_people_know_them(french: None) -> None:
    assert encoding_label("utf-8-sig") == "UTF-8 avec BOM"
    assert encoding_label("utf-16") == "UTF-16"
    assert encoding_label("cp1252") == "Windows-1252"
    assert encoding_label("latin-1") == "latin-1"  # any other as Python names it


def test_usage_import_wizard_in_french(qtbot, french: None, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.people.insert_many(
        [{"employee_id": "00001", "last_name": "Nom1", "email": "nom1@aurore.fr"}], source="test"
    )
    path = write_csv(
        tmp_path / "usage.csv",
        ["Email", "Last activity date", "Posts", "Replies"],
        [["nom1@aurore.fr", date(2026, 10, 20), 2, 0], ["guest@partner.com", date(2026, 10, 21), 1, 0]],
    )
    wizard = ImportWizard(store.imports, path=path, importer=store.usage_import, kind=USAGE_KIND)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.windowTitle() == "Importer l’export d’usage du RSE"
    assert "séparateur point-virgule" in wizard.file_page.status.text()
    assert "(1 feuille, UTF-8 avec BOM, séparateur" in wizard.file_page.status.text()  # not « utf-8-sig »
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert [c.currentText() for c in page.combos] == [
        "E-mail *",
        "Dernière activité",
        "Publications *",
        "Commentaires *",
    ]
    page.period_start.setDate(date(2026, 11, 1))
    page.period_end.setDate(date(2026, 10, 31))
    assert page.problem.text() == f"La période commence après sa fin{NBSP}: vérifiez les deux dates."
    page.period_start.setDate(date(2026, 10, 1))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert "Période du 01/10/2026 au 31/10/2026" in wizard.review_page.progress_text.text()
    assert wizard.review_page.issues.index(0, 4).data().startswith("Hors annuaire (un invité")


def test_field_labels_in_french_are_recognised_as_headers(french: None) -> None:
    for vocabulary in VOCABULARIES.values():
        for field in vocabulary.fields:
            assert field.shown_label != field.label or field.label in ("Site", "Source", "Notes")
            assert vocabulary.match(field.shown_label) == field.key, (vocabulary.what, field.shown_label)


def test_report_workbook_in_french(french: None, demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / exports.default_file_name("report", date(2026, 11, 25))
    assert path.name == "ESN-Desk_rapport_2026-11-25.xlsx"
    exports.export_report(demo_store, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Synthèse",
        "Couverture par site",
        "Couverture par direction",
        "Recrutement",
        "Adoption par site",
        "Formation par mois",
        "Liste des ambassadeurs",
        "À propos",
    ]
    summary = [r for r in wb["Synthèse"].iter_rows(values_only=True)]
    assert str(summary[1][0]).startswith("Rapport du comité de pilotage — ")
    figures = {r[0]: r[1] for r in summary[3:] if r and r[0]}
    assert figures["Ambassadeurs actifs"] == demo_store.programme.counts_by_status()["active"]
    assert "Personnes formées (présentes à une session)" in figures
    pipeline = list(wb["Recrutement"].iter_rows(values_only=True))
    assert pipeline[0] == ("Étape", "Personnes") and pipeline[1][0] == "Candidat"
    assert [c.value for c in wb["Couverture par site"][1]][:3] == ["Site", "Salariés", "Ambassadeurs"]
    months = [r[0] for r in wb["Formation par mois"].iter_rows(min_row=2, values_only=True)]
    assert months and all(m.split()[0] in ("sept.", "oct.", "nov.", "déc.", "août") for m in months)
    about = {r[0]: r[1] for r in wb["À propos"].iter_rows(min_row=3, values_only=True) if r and r[0]}
    assert about["Objectif"].endswith("ambassadeurs pour 100 salariés") and "Généré par" in about


def test_french_roster_export_imports_back_with_the_same_mapping(
    french: None, demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "ambassadeurs.xlsx"
    count = exports.export_roster(demo_store, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Liste des ambassadeurs", "À propos"]
    headers = [c.value for c in wb["Liste des ambassadeurs"][1]]
    english = [c.title for c in exports.ROSTER_COLUMNS]
    assert headers[:3] == ["Matricule", "E-mail", "Nom complet"]
    assert ROSTER.auto_mapping(headers) == ROSTER.auto_mapping(english)
    rows = list(wb["Liste des ambassadeurs"].iter_rows(min_row=2, values_only=True))
    assert {r[headers.index("Rôle")] for r in rows} >= {"Ambassadeur"}
    # unchanged, it imports back as it is: French roles, statuses and sources are the stored ones
    plan = demo_store.roster_import.plan(path)
    assert not plan.errors and not plan.warnings and not plan.creates and not plan.updates
    assert len(plan.unchanged_ids) == count
    # edited in Excel, the change comes through
    ws = wb["Liste des ambassadeurs"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[headers.index("Rôle")].value == "Ambassadeur")
    row[headers.index("Rôle")].value = "Coach"
    row[headers.index("Objectif")].value = "Deux retours d’expérience"
    wb.save(path)
    plan = demo_store.roster_import.plan(path)
    assert not plan.errors and len(plan.updates) == 1
    assert plan.updates[0].changes["role"] == ("Ambassador", "Coach")


def test_french_directory_export_imports_back_as_an_hr_extract(
    french: None, demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "personnes.xlsx"
    exports.export_people(demo_store, path)
    headers = [c.value for c in openpyxl.load_workbook(path)["Personnes"][1]]
    english = [c.title for _, c in exports.PEOPLE_COLUMNS]
    assert headers[:5] == ["Nom complet", "Matricule", "E-mail", "Prénom", "Nom"]
    assert HR.auto_mapping(headers) == HR.auto_mapping(english)
