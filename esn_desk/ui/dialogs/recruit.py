"""Add a person to the programme: an application (a volunteer) or a nomination (someone spotted)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.programme import BulkResult, ProgrammeService


class RecruitDialog(QDialog):
    """Shows the eligibility check first; an ineligible person needs an override note."""

    def __init__(
        self, programme: ProgrammeService, person_ids: Sequence[int], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._programme = programme
        self._person_ids = list(person_ids)
        self.ambassador_id: int | None = None
        self.result_summary: BulkResult | None = None
        self.setWindowTitle(f"Add {name} to the programme")
        self.setMinimumWidth(520)
        rules = programme.rules()
        self.application = QRadioButton("Application — they volunteered")
        self.nomination = QRadioButton("Nomination — you solicit them")
        self.application.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.application)
        group.addButton(self.nomination)
        entry = QVBoxLayout()  # side by side, the two explanations were cut at 520 px
        entry.addWidget(self.application)
        entry.addWidget(self.nomination)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(rules.sources)
        self.role = QComboBox()
        for role, description in rules.roles.items():
            self.role.addItem(role, role)
            self.role.setItemData(self.role.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.role_help = QLabel()
        self.role_help.setWordWrap(True)
        self.role_help.setProperty("role", "muted")
        self.role.currentIndexChanged.connect(
            lambda i: self.role_help.setText(self.role.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        )
        self.role_help.setText(self.role.itemData(0, Qt.ItemDataRole.ToolTipRole) or "")
        self.by = QLineEdit()
        self.by.setPlaceholderText("Who records it (you)")
        self.motivation = QPlainTextEdit()
        self.motivation.setPlaceholderText("Motivation, how they were spotted, notes…")
        self.motivation.setFixedHeight(70)
        today = date.today()
        checks = {pid: programme.eligibility(pid, today=today) for pid in self._person_ids}
        failing = {pid: why for pid, why in checks.items() if why}
        self.reasons = [r for why in failing.values() for r in why]
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setTextFormat(Qt.TextFormat.PlainText)
        self.override = QPlainTextEdit()
        self.override.setPlaceholderText("Why the programme makes an exception (required)")
        self.override.setFixedHeight(60)
        if failing and len(self._person_ids) > 1:
            self.eligibility.setText(
                f"{len(failing)} of {len(self._person_ids)} are not eligible ("
                + "; ".join(sorted(set(self.reasons))[:4])
                + "). Without an exception note they are skipped."
            )
            self.eligibility.setStyleSheet("color: #b26a00;")
        elif failing:
            self.eligibility.setText("Not eligible: " + "; ".join(self.reasons) + ".")
            self.eligibility.setStyleSheet("color: #c62828;")
        else:
            self.eligibility.setText("Eligible under this programme's rules.")
        self.override.setVisible(bool(self.reasons))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.eligibility)
        form.addRow("Entry", entry)
        form.addRow("Source", self.source)
        form.addRow("Role", self.role)
        form.addRow("", self.role_help)
        form.addRow("Recorded by", self.by)
        form.addRow("Motivation", self.motivation)
        if self.reasons:
            form.addRow("Exception", self.override)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add to the programme")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        details = {
            "entry": "nomination" if self.nomination.isChecked() else "application",
            "source": self.source.currentText().strip(),
            "role": self.role.currentData(),
            "motivation": self.motivation.toPlainText().strip(),
            "by": self.by.text().strip(),
            "override_note": self.override.toPlainText().strip(),
        }
        if len(self._person_ids) == 1:
            try:
                self.ambassador_id = self._programme.recruit(self._person_ids[0], **details)
            except UserError as exc:
                self.error.setText(str(exc))
                return
        else:
            self.result_summary = self._programme.recruit_many(self._person_ids, **details)
        super().accept()
