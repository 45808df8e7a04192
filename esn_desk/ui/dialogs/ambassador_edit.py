"""Edit an ambassador: role, objective (text, measurable target, due date), privileges, community, notes."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.programme import PRIVILEGES, ProgrammeService
from esn_desk.ui.dialogs.base import SaveDialog


class AmbassadorEditDialog(SaveDialog):
    def __init__(
        self, programme: ProgrammeService, ambassador_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        candidacy = programme.get(ambassador_id)
        if candidacy is None:
            raise UserError(f"There is no candidacy #{ambassador_id}.")
        self._programme = programme
        self._id = ambassador_id
        f = candidacy.fields
        self.setWindowTitle(f"Edit {candidacy.name}")
        self.setMinimumWidth(520)
        self.role = QComboBox()
        for role, description in programme.rules().roles.items():
            self.role.addItem(role, role)
            self.role.setItemData(self.role.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.role.setCurrentIndex(max(self.role.findData(candidacy.role), 0))
        self.objective = QLineEdit(f["objective"])
        self.objective.setPlaceholderText("e.g. Get my team of 40 posting weekly")
        self.objective.setCursorPosition(0)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(0)
        self.target.setSpecialValueText("no number")
        self.target.setValue(f["objective_target"] or 0)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.due.setSpecialValueText("no date")
        due = QDate.fromString(f["objective_due"] or "", Qt.DateFormat.ISODate)
        self.due.setDate(due if due.isValid() else self.due.minimumDate())
        chosen = set(json.loads(f["privileges"] or "[]"))
        self.privileges = {name: QCheckBox(name) for name in PRIVILEGES}
        for name, box in self.privileges.items():
            box.setChecked(name in chosen)
        self.community = QCheckBox("Member of the ambassadors' community")
        self.community.setChecked(bool(f["community_member"]))
        self.notes = QPlainTextEdit(f["notes"])
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow("Role", self.role)
        form.addRow("Objective", self.objective)
        form.addRow("Measurable target", self.target)
        form.addRow("Due", self.due)
        for index, box in enumerate(self.privileges.values()):
            form.addRow("Privileges" if index == 0 else "", box)
        form.addRow("", self.community)
        form.addRow("Notes", self.notes)
        self.finish(form)

    def save(self) -> None:
        due = self.due.date()
        self._programme.update(
            self._id,
            role=self.role.currentData(),
            objective=self.objective.text().strip(),
            objective_target=self.target.value() or None,
            objective_due=None if due == self.due.minimumDate() else due.toString(Qt.DateFormat.ISODate),
            privileges=[name for name, box in self.privileges.items() if box.isChecked()],
            community_member=self.community.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )
