"""The Backups page (restore yesterday's backup in three clicks), read-only windows, damaged files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from esn_desk.core import demo
from esn_desk.core.store import Store, open_store
from esn_desk.ui import ask, formatting
from esn_desk.ui.app import DesktopApp
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.views.backups import BackupsPage, when_text


def _name(store: Store) -> str:
    return store.settings.load().programme_name


def _window(store: Store, qsettings: QSettings, tmp_path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    window.remember_state = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_restore_yesterdays_backup_in_three_clicks(
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store = demo.write_demo(tmp_path / "aurore.esndesk", size=120)
    store.backups.backup("auto", now=datetime.now() - timedelta(days=1))  # yesterday's backup
    yesterday_name, yesterday_people = _name(store), store.people.count()
    # Today's work, which turns out to be a mistake.
    store.settings.save(replace(store.settings.load(), programme_name="Renamed by mistake"))
    with store.db.write() as conn:
        conn.execute("DELETE FROM person WHERE id IN (SELECT id FROM person LIMIT 20)")
    window = _window(store, qsettings, tmp_path, qtbot)
    questions: list[tuple[str, str]] = []

    def confirm(parent, title, text, informative, accept, **kw):  # type: ignore[no-untyped-def]
        questions.append((text, accept))
        return True

    monkeypatch.setattr(ask, "choose", confirm)

    # Click 1: Backups in the sidebar.
    row = window.page_keys().index("backups")
    item_rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    page = window.page("backups")
    assert isinstance(page, BackupsPage) and window.stack.currentWidget() is page
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data().startswith("Yesterday ")
    # Click 2: Restore… on yesterday's row; click 3: confirm.
    (button,) = page.restore_buttons()
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and questions[0][0].startswith("Put the programme back as it was yesterday")
    assert questions[0][1] == "Restore"
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=15_000)

    assert _name(store) == yesterday_name and store.people.count() == yesterday_people
    assert window.people_label.text() == formatting.plural(yesterday_people, "person", "people")
    reasons = [b.reason for b in store.backups.backups()]
    assert reasons == ["before-restore", "auto"]  # today's state is kept, at the top
    assert page.model.rowCount() == 2
    assert "Restored: the programme is back as it was yesterday" in page.notice.text()
    assert yesterday_name in window.windowTitle()
    window.close()
    store.close()


def test_back_up_now_and_to_a_chosen_file(qtbot, qsettings: QSettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = demo.write_demo(tmp_path / "aurore.esndesk", size=60)
    window = _window(store, qsettings, tmp_path, qtbot)
    page = window.page("backups")
    assert isinstance(page, BackupsPage)
    window.show_page(window.page_keys().index("backups"))
    assert page.stack.currentWidget() is page.empty  # nothing yet: the empty state says what happens
    worker = page.back_up_now()
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=15_000):
        pass
    assert page.stack.currentWidget() is page.table
    assert page.model.index(0, 1).data() == "Backed up by hand"
    assert "Backed up and verified" in window.statusBar().currentMessage()
    target = tmp_path / "usb" / "copy.esndesk"
    target.parent.mkdir()
    worker = page.back_up_to_file(target)
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=15_000):
        pass
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == store.people.count()
    conn.close()
    window.close()
    store.close()


def test_when_text() -> None:
    today = datetime(2026, 11, 26, 9, 0).date()
    assert when_text(datetime(2026, 11, 26, 14, 32), today) == "Today 14:32"
    assert when_text(datetime(2026, 11, 25, 17, 5), today) == "Yesterday 17:05"
    assert "2026" in when_text(datetime(2026, 10, 2, 8, 0), today)


def test_a_second_window_opens_read_only_with_a_banner(
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "aurore.esndesk"
    demo.write_demo(path, size=60).close()
    first = open_store(path, backup_dir=tmp_path / "backups")
    asked: list[str] = []
    monkeypatch.setattr(ask, "choose", lambda _p, title, text, _i, accept: asked.append(text) or True)
    controller = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    controller.remember_state = False
    assert controller.open(path)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert asked and "already open in ESN Desk" in asked[0]
    assert controller.store is not None and controller.store.read_only
    assert window.read_only_banner is not None and "Read-only" in window.read_only_banner.text()
    assert "(read-only)" in window.windowTitle()
    assert not window.import_action.isEnabled() and not window.settings_action.isEnabled()
    assert window.backup_scheduler is None  # the other window backs it up
    page = window.page("backups")
    assert isinstance(page, BackupsPage)
    assert not page.from_file_button.isEnabled()
    window.close()
    controller.store.close()
    first.close()


def test_refusing_read_only_keeps_the_current_programme(
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "aurore.esndesk"
    first = open_store(path, backup_dir=tmp_path / "backups")
    monkeypatch.setattr(ask, "choose", lambda *args: False)
    controller = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    assert not controller.open(path)
    assert controller.store is None
    first.close()


def test_a_damaged_programme_offers_its_latest_good_backup(
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "aurore.esndesk"
    demo.write_demo(path, size=60).close()
    store = open_store(path, backup_dir=tmp_path / "backups")  # where DesktopApp(data_dir=tmp_path) looks
    good = store.backups.backup("auto", now=datetime.now() - timedelta(minutes=1))
    people = store.people.count()
    store.close()
    # A newer backup that is itself damaged is skipped.
    bad = good.path.parent / "aurore.29990101-000000.manual.esndesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    damaged = bytearray(path.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree is garbage
    path.write_bytes(bytes(damaged))
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "choose", lambda _p, _t, text, info, _a: asked.append((text, info)) or True)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: informed.append(text))
    controller = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    controller.remember_state = False
    assert controller.open(path, create=False)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert asked and "damaged" in asked[0][0]
    assert f"taken {when_text(good.taken_at).lower()}" in asked[0][1] and "nothing is deleted" in asked[0][1]
    assert controller.store is not None and controller.store.people.count() == people
    kept = list(tmp_path.glob("aurore.damaged-*.esndesk"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)  # nothing lost
    assert informed and kept[0].name in informed[0]
    controller.window.close()
    controller.store.close()


def test_a_damaged_programme_without_backup_is_refused_untouched(
    qtbot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.esndesk"
    path.write_bytes(b"this is not a database at all" * 10)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    controller = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    assert not controller.open(path, create=False)
    assert warned and "notes.esndesk" in warned[0]
    assert path.read_bytes() == b"this is not a database at all" * 10
