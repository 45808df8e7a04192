"""Dropping a file on the window offers the import it looks like: HR, roster, usage or attendance."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.store import Store
from esn_desk.ui.dialogs.attendance_review import AttendanceReviewDialog
from esn_desk.ui.dialogs.drop_import import closest_session
from esn_desk.ui.dialogs.import_wizard import ImportWizard
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.views.training import TrainingPage
from tests.support.attendance_files import teams_report
from tests.support.hr_files import write_csv
from tests.unit.test_roster_usage_import import USAGE_HEADERS


def _window(qtbot, store: Store, qsettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    window.remember_state = False
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_usage_export_is_offered_as_such_and_opens_the_usage_import(
    qtbot, demo_store: Store, qsettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    path = write_csv(
        tmp_path / "export.csv", USAGE_HEADERS, [["Zoé", "zoe@example.fr", "2026-10-01", 3, 1, 4, 9]]
    )
    dialog = window.import_dropped(path)
    assert dialog is not None
    assert dialog.what() == "usage" and "looks like an ESN usage export" in dialog.summary.text()
    assert "Publications" in dialog.summary.text()
    assert not dialog.session.isEnabled()
    dialog.accept()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.kind.what == "usage"
    wizard.reject()


def test_an_attendance_report_goes_to_its_session_review(
    qtbot, demo_store: Store, qsettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    path = tmp_path / "Rapport de présence.csv"
    path.write_bytes(teams_report(french=True))
    dialog = window.import_dropped(path)
    assert dialog is not None and dialog.what() == "attendance"
    assert dialog.session.isEnabled() and dialog.session.count() > 0
    session_id = dialog.session_id()
    dialog.accept()
    page = window.page("training")
    assert isinstance(page, TrainingPage) and window.stack.currentWidget() is page
    assert page.current() is not None and page.current().id == session_id
    review = page.findChild(AttendanceReviewDialog)
    assert review is not None
    review.reject()


def test_something_unrecognisable_lets_the_user_choose(
    qtbot, demo_store: Store, qsettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    path = write_csv(tmp_path / "budget.csv", ["Poste", "Montant"], [["Café", 12]])
    dialog = window.import_dropped(path)
    assert dialog is not None and dialog.what() is None
    assert "does not look like" in dialog.summary.text()
    assert "Choose the kind of import below" in dialog.summary.text()
    # Every wrapped line shows, at the width the window really has (on an 800-pixel screen too).
    assert dialog.isVisible()
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
    assert not dialog.ok.isEnabled()  # nothing chosen yet
    dialog.buttons["roster"].setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.reject()
    assert window.findChild(ImportWizard) is None


def test_an_unreadable_file_is_explained(
    qtbot, demo_store: Store, qsettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    path = tmp_path / "scan.xlsx"
    path.write_bytes(b"%PDF-1.7 not a spreadsheet")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert window.import_dropped(path) is None
    assert warned and "PDF" in warned[0]


def test_the_session_nearest_to_the_report_is_chosen(demo_store: Store) -> None:
    sessions = demo_store.training.sessions(include_cancelled=False)
    target = sessions[len(sessions) // 2]
    assert closest_session(sessions, target.starts_at + timedelta(minutes=3)) is target
    assert closest_session([], datetime.now()) is None
