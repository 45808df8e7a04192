"""The signature panel: live preview while typing, copy as rich text, Save as…, export then mark as given."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPlainTextEdit

from esn_desk.core.store import Store
from esn_desk.ui.kit.signatures import SignaturePanel

NASTY = '<b>Zoé & "Léa"</b>'


@pytest.fixture
def panel(qtbot, demo_store: Store) -> SignaturePanel:  # type: ignore[no-untyped-def]
    widget = SignaturePanel(demo_store.signatures, demo_store.settings, demo_store.kit)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _type_at_end(qtbot, edit: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def _answer_save_as(monkeypatch: pytest.MonkeyPatch, name: str) -> list[tuple[str, int]]:
    """Save as… asks for the name with a QInputDialog: type ``name`` and press OK. Returns what the
    box showed: its suggested name and its width."""
    shown: list[tuple[str, int]] = []

    def answer(dialog: QInputDialog) -> int:
        shown.append((dialog.textValue(), dialog.width()))
        dialog.setTextValue(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    return shown


def test_preview_follows_typing_and_reports_problems(qtbot, panel: SignaturePanel, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    people = demo_store.kit.people()
    panel.set_people(people)
    assert panel.person_combo.count() == len(people) and panel.export_button.isEnabled()
    first = people[0]
    assert first.full_name in panel.preview.toPlainText()
    assert panel.problem_texts()[0].startswith("Follows the rules of Outlook and Gmail")

    panel.html_edit.setPlainText('<table><tr><td style="color:#333333;">Hello {{ person.first_name }}')
    _type_at_end(qtbot, panel.html_edit, " from {{ person.site }}</td></tr></table>")
    qtbot.waitUntil(lambda: f"from {first.site}" in panel.preview.toPlainText(), timeout=2000)
    assert f"Hello {first.first_name}" in panel.preview.toPlainText()
    assert panel.save_button.isEnabled() is False  # a built-in is never saved over

    _type_at_end(qtbot, panel.html_edit, "<div>x</div>")
    qtbot.waitUntil(lambda: any("<div>" in t for t in panel.problem_texts()), timeout=2000)

    # a mistyped template: the error names the line, the last good preview stays
    panel.html_edit.setPlainText("<table><tr><td>\n{{ person.nickname }}</td></tr></table>")
    panel.refresh_preview()
    assert "(HTML), line 2: “nickname” is not a field" in panel.problem_texts()[0]
    assert f"from {first.site}" in panel.preview.toPlainText()
    assert not panel.copy_button.isEnabled()

    # choose another person: the preview follows
    panel.html_edit.setPlainText("<table><tr><td>{{ person.full_name }}</td></tr></table>")
    panel.person_combo.setCurrentIndex(3)
    assert panel.preview.toPlainText().strip() == people[3].full_name


def test_a_nasty_name_is_text_in_the_preview(panel: SignaturePanel, demo_store: Store) -> None:
    nasty = dataclasses.replace(demo_store.kit.people()[0], full_name=NASTY)
    panel.set_people([nasty])
    assert NASTY in panel.preview.toPlainText()
    assert "&lt;b&gt;" in panel.preview.toHtml()
    assert panel.text_preview.toPlainText().startswith(NASTY)


def test_copy_puts_html_and_plain_text_on_the_clipboard(  # type: ignore[no-untyped-def]
    qtbot,
    panel: SignaturePanel,
    demo_store: Store,
) -> None:
    nasty = dataclasses.replace(demo_store.kit.people()[0], full_name=NASTY)
    panel.set_people([nasty])
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "&lt;b&gt;Zoé &amp; &#34;Léa&#34;&lt;/b&gt;" in mime.html() and "<table" in mime.html()
    assert mime.text().startswith(NASTY + "\n") and "Talkspirit" in mime.text()
    assert "Copied the signature of" in panel.status.text()


def test_save_as_rename_by_saving_and_delete_a_user_template(  # type: ignore[no-untyped-def]
    qtbot,
    panel: SignaturePanel,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel.set_people(demo_store.kit.people())
    assert not panel.delete_button.isEnabled()
    _type_at_end(qtbot, panel.text_edit, "")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text_edit, "My extra line")
    shown = _answer_save_as(monkeypatch, "Lyon team")
    qtbot.mouseClick(panel.save_as_button, Qt.MouseButton.LeftButton)
    # the suggested name whole in a box wide enough for it (a static getText box was 200 px)
    assert shown == [(f"{panel.template_combo.itemText(0).removesuffix(' (built-in)')} (copy)", 420)]
    saved = demo_store.signatures.template("Lyon team")
    assert not saved.builtin and saved.text.endswith("My extra line")
    assert panel.template_combo.currentText() == "Lyon team" and panel.delete_button.isEnabled()
    assert not panel.save_button.isEnabled()

    _type_at_end(qtbot, panel.text_edit, " (edited)")
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert demo_store.signatures.template("Lyon team").text.endswith("My extra line (edited)")
    assert not panel.save_button.isEnabled()

    # Save as… an existing name: a clear message, nothing changed
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    _answer_save_as(monkeypatch, "banner")
    qtbot.mouseClick(panel.save_as_button, Qt.MouseButton.LeftButton)
    assert warnings and "already a template called “banner”" in warnings[0]

    # switching away from unsaved changes asks first
    _type_at_end(qtbot, panel.html_edit, "<!-- draft -->")
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.template_combo.setCurrentIndex(0)
    panel.template_combo.activated.emit(0)
    assert questions == ["Discard your changes to “Lyon team”?"]
    assert panel.template_combo.currentText() == "Lyon team" and "draft" in panel.html_edit.toPlainText()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.html_edit.setPlainText(demo_store.signatures.template("Lyon team").html)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Lyon team" not in demo_store.signatures.names()
    assert panel.template_combo.currentText() == "Ambassador line (built-in)"


@pytest.mark.parametrize("mark", [True, False])
def test_export_all_then_offer_to_mark_as_given(  # type: ignore[no-untyped-def]
    qtbot,
    panel: SignaturePanel,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    mark: bool,
) -> None:
    people = demo_store.kit.people()[:12]
    panel.set_people(people)
    assert panel.export_button.text() == "Export all (12)…"
    folder = tmp_path / "signatures"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    asked: list[tuple[str, object]] = []

    def answer(_parent: object, _title: str, text: str, buttons: object, default: object) -> object:
        asked.append((text, default))
        return QMessageBox.StandardButton.Yes if mark else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_exporting() and bool(asked), timeout=10_000)
    assert len(list(folder.glob("*.htm"))) == 12 and len(list(folder.glob("*.txt"))) == 12
    assert (folder / "index.html").exists()
    text, default = asked[0]
    assert text.endswith("Mark the 12 signatures as given?") and default == QMessageBox.StandardButton.No
    given = demo_store.kit.progress()["signature"]["given"]
    states = demo_store.kit.states(people[0].ambassador_id)
    if mark:
        assert given == 12 and states["signature"].state == "given" and changed == [True]
        assert "Recorded 12 as given." in panel.status.text()
    else:
        assert given == 0 and "signature" not in states and changed == []
    assert panel.export_button.isEnabled() and panel.progress.isHidden()


def test_export_refuses_an_unsafe_template_and_nobody(  # type: ignore[no-untyped-def]
    qtbot,
    panel: SignaturePanel,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)  # disabled: nobody selected
    panel.export_all()
    assert warnings == ["No ambassador is selected: there is nobody to export."]
    panel.set_people(demo_store.kit.people()[:3])
    panel.html_edit.setPlainText('<table><tr><td><a href="javascript:alert(1)">x</a></td></tr></table>')
    panel.refresh_preview()
    assert not panel.copy_button.isEnabled()
    panel.start_export(tmp_path / "out")
    qtbot.waitUntil(lambda: not panel.is_exporting(), timeout=10_000)
    assert "Nothing was exported" in warnings[-1] and not (tmp_path / "out").exists()
