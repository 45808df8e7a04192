"""File → Export to Excel and Export this page: written in the background, kept only when complete."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from esn_desk.core.store import Store
from esn_desk.ui.main_window import MainWindow


def make_window(qtbot, store: Store, qsettings: QSettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    qtbot.addWidget(window)
    return window


def test_export_this_page_writes_what_the_directory_shows(
    qtbot, demo_store: Store, qsettings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    window.show_page(window.page_keys().index("directory"))
    directory = window.directory
    directory.search.setText("lyon")
    qtbot.waitUntil(lambda: directory.model.rowCount() > 0, timeout=3000)
    target = tmp_path / "people.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    worker = window.export_current_page()
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=20_000):
        pass
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == directory.model.rowCount()  # the header, then the people shown
    assert "Exported" in window.statusBar().currentMessage()
    assert not (tmp_path / ".people.xlsx.part").exists()


def test_a_cancelled_export_leaves_an_existing_file_alone(
    qtbot, demo_store: Store, qsettings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"my previous report")
    worker = window.export("report", target)
    assert worker is not None
    worker.cancel()
    with qtbot.waitSignal(worker.finished, timeout=20_000):
        pass
    assert target.read_bytes() == b"my previous report"
    assert not (tmp_path / ".report.xlsx.part").exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_every_kind_is_offered_and_writes_a_workbook(qtbot, demo_store: Store, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "E&xport to Excel" in menu_texts and "&Export this page…" in menu_texts
    for kind in ("roster", "coverage", "training", "kit"):
        worker = window.export(kind, tmp_path / f"{kind}.xlsx")
        assert worker is not None
        with qtbot.waitSignal(worker.finished, timeout=20_000):
            pass
        assert openpyxl.load_workbook(tmp_path / f"{kind}.xlsx", read_only=True).sheetnames[-1] == "About"
