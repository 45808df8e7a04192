"""Every page is reachable from the keyboard, and every control a screen reader meets has a name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from esn_desk.core.store import Store
from esn_desk.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)


def _window(qtbot, store: Store, qsettings: QSettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    window.remember_state = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window._build_later_pages()
    return window


def _qt_internal(widget: QWidget, window: QWidget) -> bool:
    """Parts Qt builds and names itself (header sections, corner buttons, a combo's popup list,
    the calendar's arrows, a line edit's clear button)."""
    if isinstance(widget, QHeaderView) or widget.window() is not window:
        return True
    node: QWidget | None = widget
    while node is not None and node is not window:
        if node.objectName().startswith("qt_"):
            return True
        node = node.parentWidget()
    parent = widget.parentWidget()
    return isinstance(parent, (QLineEdit, QComboBox, QAbstractSpinBox))


def unnamed_controls(window: MainWindow) -> list[str]:
    missing = []
    for page in window.pages:
        for kind in CONTROLS:
            for control in page.findChildren(kind):
                if _qt_internal(control, window):
                    continue
                interface = QAccessible.queryAccessibleInterface(control)
                name = interface.text(QAccessible.Text.Name) if interface is not None else ""
                if not name.strip():
                    path = []
                    node: QWidget | None = control
                    while node is not None and node is not page:
                        path.append(type(node).__name__)
                        node = node.parentWidget()
                    missing.append(f"{page.key}: {' < '.join(path)}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, demo_store: Store, qsettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    missing = unnamed_controls(window)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_every_page_is_one_shortcut_away(qtbot, demo_store: Store, qsettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, qsettings, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # shortcuts reach the active window only
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    keys += [Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]
    assert len(keys) == len(window.page_keys())
    for index, key in reversed(list(enumerate(keys))):
        qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == index, window.page_keys()[index]
    # The sidebar itself moves with the arrow keys.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentIndex() == 1
