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


def unnamed_in_dialog(dialog: QWidget) -> list[str]:
    missing = []
    for kind in CONTROLS:
        for control in dialog.findChildren(kind):
            if _qt_internal(control, dialog):
                continue
            interface = QAccessible.queryAccessibleInterface(control)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                missing.append(f"{type(dialog).__name__}: {type(control).__name__} {control.objectName()}")
    return missing


def test_every_dialog_control_has_an_accessible_name(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.ui.dialogs.activity_edit import ActivityDialog
    from esn_desk.ui.dialogs.ambassador_edit import AmbassadorEditDialog
    from esn_desk.ui.dialogs.case_study_edit import CaseStudyDialog
    from esn_desk.ui.dialogs.programme_settings import ProgrammeSettingsDialog
    from esn_desk.ui.dialogs.recruit import RecruitDialog
    from esn_desk.ui.dialogs.recruitment_rules import RecruitmentRulesDialog
    from esn_desk.ui.dialogs.session_edit import SessionDialog
    from esn_desk.ui.dialogs.training_settings import TrainingSettingsDialog

    store = demo_store
    candidacy = store.programme.get(store.programme.roster()[0]["id"])
    assert candidacy is not None
    with store.db.read() as conn:
        (person,) = conn.execute(
            "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM ambassador) LIMIT 1"
        ).fetchone()
    dialogs = [
        ProgrammeSettingsDialog(store.settings),
        RecruitmentRulesDialog(store.programme),
        AmbassadorEditDialog(store.programme, candidacy.id),
        ActivityDialog(store.activities, candidacy.id, candidacy.name),
        CaseStudyDialog(store.case_studies, store.programme),
        TrainingSettingsDialog(store.training, store.programme),
        SessionDialog(store.training),
        RecruitDialog(store.programme, [person], "Zoé"),
    ]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        missing += unnamed_in_dialog(dialog)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)
