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

from esn_desk.core import i18n
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate
from esn_desk.core.programme import (
    BulkResult,
    ProgrammeService,
    role_description,
    role_label,
    source_code,
    source_label,
)


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
        self.setWindowTitle(translate("RecruitDialog", "Add {name} to the programme").format(name=name))
        self.setMinimumWidth(520)
        rules = programme.rules()
        self.application = QRadioButton(translate("RecruitDialog", "Application — they volunteered"))
        self.nomination = QRadioButton(translate("RecruitDialog", "Nomination — you solicit them"))
        self.application.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.application)
        group.addButton(self.nomination)
        entry = QVBoxLayout()  # side by side, the two explanations were cut at 520 px
        entry.addWidget(self.application)
        entry.addWidget(self.nomination)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems([source_label(s) for s in rules.sources])
        self.role = QComboBox()
        for role, description in rules.roles.items():
            self.role.addItem(role_label(role), role)
            self.role.setItemData(
                self.role.count() - 1, role_description(role, description), Qt.ItemDataRole.ToolTipRole
            )
        self.role_help = QLabel()
        self.role_help.setWordWrap(True)
        self.role_help.setProperty("role", "muted")
        self.role.currentIndexChanged.connect(
            lambda i: self.role_help.setText(self.role.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        )
        self.role_help.setText(self.role.itemData(0, Qt.ItemDataRole.ToolTipRole) or "")
        self.by = QLineEdit()
        self.by.setPlaceholderText(translate("RecruitDialog", "Who records it (you)"))
        self.motivation = QPlainTextEdit()
        self.motivation.setPlaceholderText(
            translate("RecruitDialog", "Motivation, how they were spotted, notes…")
        )
        self.motivation.setFixedHeight(70)
        today = date.today()
        checks = {pid: programme.eligibility(pid, today=today) for pid in self._person_ids}
        failing = {pid: why for pid, why in checks.items() if why}
        self.reasons = [r for why in failing.values() for r in why]
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setTextFormat(Qt.TextFormat.PlainText)
        self.override = QPlainTextEdit()
        self.override.setPlaceholderText(
            translate("RecruitDialog", "Why the programme makes an exception (required)")
        )
        self.override.setFixedHeight(60)
        separator = "\u202f; " if i18n.language() == "fr" else "; "
        if failing and len(self._person_ids) > 1:
            self.eligibility.setText(
                translate(
                    "RecruitDialog",
                    "{failing} of {total} are not eligible ({reasons}). "
                    "Without an exception note they are skipped.",
                ).format(
                    failing=i18n.number(len(failing)),
                    total=i18n.number(len(self._person_ids)),
                    reasons=separator.join(sorted(set(self.reasons))[:4]),
                )
            )
            self.eligibility.setStyleSheet("color: #b26a00;")
        elif failing:
            self.eligibility.setText(
                translate("RecruitDialog", "Not eligible: {reasons}.").format(
                    reasons=separator.join(self.reasons)
                )
            )
            self.eligibility.setStyleSheet("color: #c62828;")
        else:
            self.eligibility.setText(translate("RecruitDialog", "Eligible under this programme's rules."))
        self.override.setVisible(bool(self.reasons))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.eligibility)
        form.addRow(translate("RecruitDialog", "Entry"), entry)
        form.addRow(translate("RecruitDialog", "Source"), self.source)
        form.addRow(translate("RecruitDialog", "Role"), self.role)
        form.addRow("", self.role_help)
        form.addRow(translate("RecruitDialog", "Recorded by"), self.by)
        form.addRow(translate("RecruitDialog", "Motivation"), self.motivation)
        if self.reasons:
            form.addRow(translate("RecruitDialog", "Exception"), self.override)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RecruitDialog", "Add to the programme")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        details = {
            "entry": "nomination" if self.nomination.isChecked() else "application",
            "source": source_code(self.source.currentText().strip()),
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
