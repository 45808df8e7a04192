"""The shell: pages, menus, shortcuts, remembered state, programme switching and crash handling."""

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from esn_desk.core.store import Store, open_store
from esn_desk.ui.app import DesktopApp, screenshot
from esn_desk.ui.errors import CrashHandler
from esn_desk.ui.main_window import MainWindow


def make_window(qtbot, store: Store, qsettings: QSettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    qtbot.addWidget(window)
    return window


def test_window_shows_programme_and_people_count(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    assert window.windowTitle() == "Ambassadeurs Aurore — ESN Desk"
    assert window.people_label.text() == "300 people"
    assert window.page_keys() == [
        "dashboard",
        "directory",
        "roster",
        "coverage",
        "imports",
        "recognition",
        "case_studies",
        "kit",
        "training",
        "backups",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    shortcuts = dict(window.shortcut_list())
    assert shortcuts["New programme"] and shortcuts["Open programme"] and shortcuts["Find"]
    assert shortcuts["Dashboard"] == "Ctrl+1" and shortcuts["Directory"] == "Ctrl+2"
    assert shortcuts["Ambassadors"] == "Ctrl+3" and shortcuts["Coverage"] == "Ctrl+4"
    assert shortcuts["Imports"] == "Ctrl+5" and shortcuts["Recognition"] == "Ctrl+6"
    assert shortcuts["Case studies"] == "Ctrl+7" and shortcuts["Visibility kit"] == "Ctrl+8"
    assert shortcuts["Training"] == "Ctrl+9" and shortcuts["Backups"] == "Ctrl+0"
    assert shortcuts["Import HR spreadsheet"] == "Ctrl+I"


def test_geometry_page_and_columns_are_remembered(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    window.show()
    window.resize(1111, 777)
    window.directory.table.horizontalHeader().resizeSection(0, 321)
    saved = window.saveGeometry()
    window.close()
    # The offscreen test screen is 800×600, so Qt clamps a restored window: check what was stored.
    assert qsettings.value("window/geometry") == saved
    assert qsettings.value("window/page") == "dashboard"
    again = make_window(qtbot, demo_store, qsettings, tmp_path)
    again.show()
    assert again.directory.table.horizontalHeader().sectionSize(0) == 321


def test_recent_files_are_remembered_most_recent_first(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    for name in ("a", "b", "a"):
        window.remember_recent(tmp_path / f"{name}.esndesk")
    assert window.recent_files() == [str(tmp_path / "a.esndesk"), str(tmp_path / "b.esndesk")]


def test_controller_switches_programmes_and_refuses_bad_files(
    qtbot,
    qsettings: QSettings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    assert app.open(tmp_path / "first.esndesk")
    first = app.window
    assert first is not None and first.people_label.text() == "0 people"
    qtbot.addWidget(first)

    bad = tmp_path / "notes.esndesk"
    bad.write_text("not a database")
    assert not app.open(bad, create=False)
    assert app.window is first and "not an ESN Desk programme" in warnings[-1]

    app.open_demo()
    assert app.window is not first and app.window.people_label.text() == "2,000 people"
    qtbot.addWidget(app.window)
    app.open_demo()  # regenerating the demo while it is open must work too
    assert app.window.people_label.text() == "2,000 people"
    qtbot.addWidget(app.window)
    assert app.window.recent_files() == [str(tmp_path / "first.esndesk")]


def test_screenshot_writes_one_png_per_page(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    written = screenshot(window, tmp_path / "shots")
    assert [p.name for p in written] == [
        "dashboard.png",
        "directory.png",
        "roster.png",
        "coverage.png",
        "imports.png",
        "recognition.png",
        "case_studies.png",
        "kit.png",
        "training.png",
        "backups.png",
    ]
    from PySide6.QtGui import QImage

    image = QImage(str(written[0]))
    assert (image.width(), image.height()) == (1280, 800)


def test_crash_handler_logs_and_shows_a_dialog(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()))
    handler = CrashHandler(tmp_path / "log.txt")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR):
            handler.handle(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError: boom" in caplog.text
    assert shown and "ZeroDivisionError" in shown[0]


def test_opening_a_file_path_that_exists_keeps_its_people(
    qtbot, qsettings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kept.esndesk"
    store = open_store(path)
    store.people.insert_many([{"last_name": "Durand", "email": "d@x.fr"}], source="t")
    store.close()
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    assert app.open(path, create=False)
    qtbot.addWidget(app.window)
    assert app.window is not None and app.window.people_label.text() == "1 person"


def test_hidden_pages_load_when_first_shown(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    window.show()
    coverage_page = window.pages[window.page_keys().index("coverage")]
    assert coverage_page.model.rowCount() == 0  # not computed at start-up
    window.show_page(window.page_keys().index("coverage"))
    assert coverage_page.model.rowCount() > 0


def test_later_pages_are_built_after_start_or_when_asked_for(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    assert len(window.pages) == 5 and window.stack.count() == 5  # the first paint does not wait for them
    assert window.page_keys()[5:] == ["recognition", "case_studies", "kit", "training", "backups"]
    window.show_page(window.page_keys().index("kit"))  # e.g. Ctrl+8 right away
    assert window.stack.count() == 10 and window.stack.currentWidget() is window.page("kit")
    window.roster.changed.emit()  # wired like the others: the kit reloads when the roster changes
    assert window.page("kit")._stale or window.page("kit").isVisible()


def test_later_pages_build_by_themselves_shortly_after_start(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    qtbot.waitUntil(lambda: window.stack.count() == 10, timeout=3000)


def test_help_privacy_says_what_is_stored_where_and_how_to_erase(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    dialog = window.show_privacy()
    text = dialog.text()
    for part in ("WHAT IS STORED", "WHERE", "FOR HOW LONG", "person erase", "person export", "no network"):
        assert part in text
    assert str(tmp_path / "backups") in text and "24 months" in text
    assert "person export EMAIL_OR_ID FOLDER" in text
    # A text to read and copy, in a window that fits the screen: it scrolls rather than growing
    # until its Close button is off a small screen.
    assert dialog.isVisible() and dialog.text_view.isReadOnly()
    assert dialog.text_view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.width() >= 600
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()


def test_help_keyboard_shortcuts_is_a_two_column_table(
    qtbot,
    demo_store: Store,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_store, qsettings, tmp_path)
    dialog = window._show_shortcuts()
    assert dialog.rows() == window.shortcut_list()
    assert dialog.table.columnCount() == 2 and dialog.rows()[0] == ("New programme", "Ctrl+N")
    # Each action on one line: its column is as wide as its longest text.
    longest = max(dialog.table.fontMetrics().horizontalAdvance(name) for name, _key in dialog.rows())
    assert dialog.table.columnWidth(0) >= longest
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.reject()
