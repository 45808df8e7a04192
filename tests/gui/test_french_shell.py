"""The shell in French: the window's menus and status bar, the Dashboard, Coverage, Imports and Backups
pages, Programme settings, the core's messages — and View → Language switching back and forth."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel

from esn_desk.core.errors import UserError
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import Store, open_store
from esn_desk.ui.app import DesktopApp
from esn_desk.ui.dialogs.programme_settings import ProgrammeSettingsDialog
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.views.backups import BackupsPage, when_phrase, when_text
from esn_desk.ui.views.coverage import CoveragePage
from esn_desk.ui.views.dashboard import DashboardPage
from esn_desk.ui.views.imports import ImportsPage

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def qm_env(french_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ESN_DESK_QM", str(french_qm))
    return french_qm


def test_main_window_in_french(
    qtbot, french: None, demo_store: Store, qsettings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    window.remember_state = False
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "É&dition", "&Affichage", "A&ide"]
    assert window.navigation.item(0).text() == "Tableau de bord"
    assert window.import_action.text() == "&Importer l’extraction RH…"
    assert window.people_label.text() == "300 personnes"
    shortcuts = dict(window.shortcut_list())
    assert shortcuts["Importer l’extraction RH"] == "Ctrl+I"
    assert "Effacer la recherche (dans la zone de recherche)" in shortcuts
    text = window.privacy_text()
    for part in ("CE QUI EST CONSERVÉ", "OÙ", "COMBIEN DE TEMPS", "24 mois", "person erase", "À supprimer"):
        assert part in text
    assert "person export E-MAIL_OU_MATRICULE DOSSIER" in text and "EMAIL_OR_ID" not in text
    dialog = window.show_privacy()
    assert dialog.windowTitle() == "Confidentialité" and dialog.text() == text
    dialog.reject()
    shortcuts_dialog = window._show_shortcuts()
    assert shortcuts_dialog.windowTitle() == "Raccourcis clavier"
    assert shortcuts_dialog.table.horizontalHeaderItem(1).text() == "Raccourci"
    shortcuts_dialog.reject()
    assert window.language_menu.actions()[0].text() == "Langue du système"
    assert window.undo_action.text() == "&Annuler"
    window.undo_stack.push(QUndoCommand("Valider 2 candidats"))  # a command that changes nothing
    assert window.undo_action.text() == f"&Annuler «{NBSP}Valider 2 candidats{NBSP}»"
    window.undo_stack.clear()


def test_qt_file_dialog_in_french(qtbot, french: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own file dialog (where the desktop has none): our catalogue supplies what Qt's lacks."""
    (tmp_path / "photos").mkdir()
    dialog = QFileDialog(None, "Essai", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == f"&Voir dans{NBSP}:"
    assert labels["fileTypeLabel"] == f"Fichiers de &type{NBSP}:"
    assert labels["fileNameLabel"] == f"&Nom de fichier{NBSP}:"  # Qt's own French
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "photos"))) == "Dossier"


def test_dashboard_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(
        demo_store.programme,
        demo_store.coverage,
        demo_store.settings,
        demo_store.adoption,
        training=demo_store.training,
    )
    qtbot.addWidget(page)
    page.show()
    assert page.active.caption.text() == "ambassadeurs actifs"
    assert page.adoption.value.text().endswith(f"{NNBSP}%") and "," in page.adoption.value.text()
    assert "point de bascule 12" in page.adoption.context.text()
    stages = dict(page.pipeline.stages)
    assert "Actifs" in stages and "Confirmés par le manager" in stages
    assert page.waiting.context.text().startswith("candidats")


def test_coverage_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CoveragePage(demo_store.coverage, demo_store.settings, demo_store.adoption, demo_store.programme)
    qtbot.addWidget(page)
    page.show()
    assert page.by.itemText(0) == "Par site"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:3] == ["Population", "Salariés", "Ambassadeurs"] and "Contributeurs" in headers
    assert "ambassadeurs actifs pour" in page.headline.text()
    assert "Dernière période d’usage" in page.headline.text()


def test_imports_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = ImportsPage(demo_store.imports)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.text() == "Importer l’extraction RH…"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Fichier"
    kinds = {page.model.index(row, 2).data() for row in range(page.model.rowCount())}
    assert kinds & {"Usage du RSE", "RH · complète", "RH · partielle"}


def test_backups_page_in_french(qtbot, french: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "prog.esndesk", backup_dir=tmp_path / "backups")
    try:
        store.backups.backup("manual")
        page = BackupsPage(store.backups)
        qtbot.addWidget(page)
        page.show()
        assert page.backup_button.text() == "Sauvegarder maintenant"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Prise"
        assert page.model.index(0, 1).data() == "Sauvegarde manuelle"
        assert page.model.index(0, 2).data().endswith("Ko")
        page.stop()
    finally:
        store.close()
    today = datetime(2026, 11, 26, 14, 32).date()
    assert when_text(datetime(2026, 11, 26, 14, 32), today) == "Aujourd’hui à 14:32"
    assert when_text(datetime(2026, 11, 25, 17, 5), today) == "Hier à 17:05"
    assert when_phrase(datetime(2026, 11, 25, 17, 5), today) == "hier à 17:05"
    assert when_phrase(datetime(2026, 10, 2, 8, 0), today).startswith("le ")


def test_programme_settings_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = ProgrammeSettingsDialog(demo_store.settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Paramètres du programme"
    assert dialog.target.text() == "1 ambassadeur pour 50 salariés"
    assert dialog.retention_months.text() == "après 24 mois"
    assert dialog.photos_folder.placeholderText() == "photos nommées par matricule ou e-mail"
    dialog.community_url.setText("http://intranet")
    dialog.accept()
    assert "doit être une adresse web commençant par https://" in dialog.error.text()


def test_core_messages_in_french(french: None, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="n’est pas une adresse e-mail valide"):
        ProgrammeSettings(organiser_email="claire at aurore").validate()
    assert ProgrammeSettings().programme_name == "Programme d’ambassadeurs"
    with pytest.raises(UserError, match=r"Le dossier .* n’existe pas"):
        open_store(tmp_path / "nowhere" / "prog.esndesk")
    (tmp_path / "notes.esndesk").write_text("not a database")
    with pytest.raises(UserError, match="n’est pas un fichier de programme ESN Desk"):
        open_store(tmp_path / "notes.esndesk")


def test_view_language_rebuilds_the_window_in_french_and_back(
    qtbot, qm_env: Path, demo_store: Store, qsettings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    app.remember_state = False
    app.show_store(demo_store)
    assert app.window is not None
    qtbot.addWidget(app.window)
    assert app.window.navigation.item(0).text() == "Dashboard"
    app.window.show_page(app.window.page_keys().index("coverage"))

    app.set_language("fr")
    assert qsettings.value("language") == "fr"
    french_window = app.window
    qtbot.addWidget(french_window)
    assert french_window.navigation.item(0).text() == "Tableau de bord"
    assert french_window.stack.currentIndex() == french_window.page_keys().index("coverage")  # same page
    assert french_window.menuBar().actions()[0].text() == "&Fichier"
    assert french_window.people_label.text().endswith("personnes")

    app.set_language("en")
    assert app.window is not french_window
    qtbot.addWidget(app.window)
    assert app.window.navigation.item(0).text() == "Dashboard"
    assert [a.text() for a in app.window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert app.window.people_label.text() == "300 people"
    app.window.close()
