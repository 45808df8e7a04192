"""A form dialog with Save / Cancel that shows the core's refusal inline instead of closing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate


class SaveDialog(QDialog):
    """Subclasses build a form, call :meth:`finish` with it, and implement :meth:`save`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()

    def finish(self, form: QFormLayout) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Write the edited values through the core service; raise UserError to refuse them."""
        raise UserError(translate("SaveDialog", "Nothing to save."))

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
