"""Questions with buttons that say what they do (“Restore”, “Open read-only”), not Yes/No."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str,
    accept: str,
    *,
    default_accept: bool = True,
) -> bool:
    """Ask with two buttons, ``accept`` and Cancel; True when ``accept`` was chosen.

    ``default_accept`` makes ``accept`` the button Enter presses (else Cancel). Tests replace this
    function (``monkeypatch.setattr(ask, "choose", …)``): callers use ``ask.choose``.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(chosen if default_accept else cancel)
    box.exec()
    return box.clickedButton() is chosen
