from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.store import Store
from esn_desk.ui.app import DesktopApp
from esn_desk.ui.dialogs.programme_settings import ProgrammeSettingsDialog


def test_settings_dialog_saves_and_reports_bad_values(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = ProgrammeSettingsDialog(demo_store.settings)
    qtbot.addWidget(dialog)
    assert dialog.programme_name.text() == "Ambassadeurs Aurore"
    assert dialog.tipping_point.value() == 12
    dialog.community_url.setText("http://not-secure")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "https://" in dialog.error.text()
    assert demo_store.settings.load().community_url.startswith("https://aurore")
    dialog.community_url.setText("https://esn.example.org/ambassadeurs")
    dialog.tipping_point.setValue(15)
    assert dialog.target.value() == 50 and dialog.target.text() == "1 ambassador per 50 employees"
    dialog.target.setValue(54)  # 500 ambassadors for 27,000 employees
    dialog.attention_days.setValue(21)
    dialog.accept()
    saved = demo_store.settings.load()
    assert saved.tipping_point == pytest.approx(0.15)
    assert saved.ambassador_target_per_100 == pytest.approx(100 / 54)
    assert saved.attention_after_days == 21
    assert saved.community_url == "https://esn.example.org/ambassadeurs"


def test_a_new_programme_is_named_after_its_file_and_opens_its_settings(  # type: ignore[no-untyped-def]
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    assert app.open(tmp_path / "coachs_france.esndesk", create=True)
    assert app.window is not None
    qtbot.addWidget(app.window)
    assert app.window.windowTitle() == "Coachs france — ESN Desk"
    dialog = app.window.findChild(ProgrammeSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.programme_name.setText("Coachs France")
    dialog.accept()
    assert app.window.windowTitle() == "Coachs France — ESN Desk"
    assert app.window.programme_label.text() == "Coachs France"


def test_kit_settings_are_edited_and_checked(
    qtbot, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = ProgrammeSettingsDialog(demo_store.settings)
    qtbot.addWidget(dialog)
    dialog.brand_color.setText("bleu")
    dialog.accept()
    assert "#RRGGBB" in dialog.error.text()
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#aa3366"))
    dialog._choose_color()
    assert dialog.brand_color.text() == "#aa3366" and not dialog.color_button.icon().isNull()
    dialog.profile_url_pattern.setText("http://esn/people/{email}")
    dialog.accept()
    assert "https://" in dialog.error.text()
    dialog.profile_url_pattern.setText("https://esn.example.com/people/{email}")
    dialog.photos_folder.setText("/srv/photos")
    dialog.accept()
    saved = demo_store.settings.load()
    assert (saved.brand_color, saved.profile_url_pattern, saved.photos_folder) == (
        "#aa3366",
        "https://esn.example.com/people/{email}",
        "/srv/photos",
    )


def test_the_retention_period_is_edited_and_decides_who_is_due_for_deletion(
    qtbot, demo_store: Store, qsettings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.ui.main_window import MainWindow
    from esn_desk.ui.views.dashboard import DashboardPage

    eleven_months_ago = (date.today().replace(day=1) - timedelta(days=320)).isoformat()
    already = len(demo_store.privacy.leavers_due(6))  # the demo's own leavers left recently
    with demo_store.db.write() as conn:
        conn.execute(
            "UPDATE person SET status = 'left', left_on = ? WHERE id IN "
            "(SELECT id FROM person WHERE status = 'active' ORDER BY id LIMIT 3)",
            (eleven_months_ago,),
        )
    window = MainWindow(demo_store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    window.remember_state = False
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.refresh()
    assert dashboard.due == [] and not dashboard.due_card.isVisible()  # kept 24 months by default

    dialog = window.edit_settings()
    assert dialog.retention_months.value() == 24
    assert dialog.retention_months.text() == "after 24 months"
    dialog.retention_months.setValue(1)
    assert dialog.retention_months.text() == "after 1 month"
    dialog.retention_months.setValue(6)
    dialog.accept()
    assert demo_store.settings.load().retention_months == 6
    # The Dashboard follows at once.
    assert len(dashboard.due) == already + 3 and dashboard.due_card.isVisible()
    assert "6 months" in dashboard.due_card.text.text()
    assert "6 months" in window.privacy_text()

    dialog = window.edit_settings()
    assert dialog.retention_months.value() == 6
    dialog.retention_months.setValue(12)
    dialog.accept()
    assert dashboard.due == [] and not dashboard.due_card.isVisible()
