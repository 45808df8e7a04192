from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from esn_desk.core import demo
from esn_desk.core.store import Store, open_store
from esn_desk.ui.style import apply_theme


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp):  # type: ignore[no-untyped-def]
    apply_theme(qapp)
    return qapp


@pytest.fixture
def demo_store() -> Iterator[Store]:
    store = open_store(":memory:")
    demo.populate(store, size=300)
    yield store
    store.close()


@pytest.fixture
def empty_store() -> Iterator[Store]:
    store = open_store(":memory:")
    yield store
    store.close()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def empty_clipboard(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Leave the clipboard empty after each test: on the offscreen platform, rich clipboard content
    (QMimeData) still held when the process exits crashes Qt's shutdown (not on a real display)."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would block an offscreen test run forever: fail instead.

    Tests that expect a dialog replace the function they expect with their own recorder.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {' / '.join(texts)}")

    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switches the interface to French leaves English (and its locale) behind it."""
    yield
    from esn_desk.core import i18n as core_i18n

    if core_i18n.language() != "en":
        from esn_desk.ui import i18n

        i18n.apply("en")


@pytest.fixture(autouse=True)
def no_modifier_left_held(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A key click with Ctrl+Shift leaves Qt believing Shift is held on the offscreen platform (its
    release event still carries the modifiers): later row selections would then extend, not replace.
    A plain key event after each test clears the state."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        scratch = QWidget()
        QTest.keyClick(scratch, Qt.Key.Key_Escape)
        scratch.deleteLater()


@pytest.fixture
def french(french_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The interface in French from the freshly built .qm (``english_afterwards`` switches back)."""
    from esn_desk.ui import i18n

    monkeypatch.setenv("ESN_DESK_QM", str(french_qm))
    i18n.apply("fr")
    yield
