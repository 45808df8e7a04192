"""Automatic backups: shortly after a programme opens and then periodically, only when it changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from esn_desk.core import demo
from esn_desk.ui.app import DesktopApp
from esn_desk.ui.main_window import MainWindow


def test_a_programme_is_backed_up_after_opening_and_only_when_it_changed(
    qtbot,
    qsettings: QSettings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    store = demo.write_demo(tmp_path / "aurore.esndesk", size=200)
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    qtbot.addWidget(window)
    scheduler = window.start_auto_backups(first_delay_ms=10)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)
    backups = store.backups.backups()
    assert len(backups) == 1 and backups[0].reason == "open"
    # Nothing changed: the next round takes no backup.
    worker = scheduler.run_now()
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        pass
    assert len(store.backups.backups()) == 1
    # A change: the next round backs up again ("auto").
    store.settings.save(store.settings.load().__class__(programme_name="Coachs Aurore"))
    worker = scheduler.run_now()
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        pass
    reasons = [b.reason for b in store.backups.backups()]
    assert reasons == ["auto", "open"]
    window.close()  # stops the timers, waits for a backup in progress


def test_the_demo_is_not_backed_up(qtbot, qsettings: QSettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    app.open_demo()
    assert app.window is not None
    qtbot.addWidget(app.window)
    assert app.window.backup_scheduler is None
    real = tmp_path / "real.esndesk"
    assert app.open(real, create=True)
    assert app.window is not None and app.window.backup_scheduler is not None
    qtbot.addWidget(app.window)
