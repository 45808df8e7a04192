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
from esn_desk.core.i18n import translate
from esn_desk.core.programme import (
    PRIVILEGES,
    ProgrammeService,
    privilege_label,
    role_description,
    role_label,
)
from esn_desk.ui.dialogs.base import SaveDialog


class AmbassadorEditDialog(SaveDialog):
    def __init__(
        self, programme: ProgrammeService, ambassador_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        candidacy = programme.get(ambassador_id)
        if candidacy is None:
            raise UserError(translate("Programme", "There is no candidacy #{id}.").format(id=ambassador_id))
        self._programme = programme
        self._id = ambassador_id
        f = candidacy.fields
        self.setWindowTitle(translate("AmbassadorEditDialog", "Edit {name}").format(name=candidacy.name))
        self.setMinimumWidth(520)
        self.role = QComboBox()
        for role, description in programme.rules().roles.items():
            self.role.addItem(role_label(role), role)
            self.role.setItemData(
                self.role.count() - 1, role_description(role, description), Qt.ItemDataRole.ToolTipRole
            )
        self.role.setCurrentIndex(max(self.role.findData(candidacy.role), 0))
        self.objective = QLineEdit(f["objective"])
        self.objective.setPlaceholderText(
            translate("AmbassadorEditDialog", "e.g. Get my team of 40 posting weekly")
        )
        self.objective.setCursorPosition(0)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(0)
        self.target.setSpecialValueText(translate("AmbassadorEditDialog", "no number"))
        self.target.setValue(f["objective_target"] or 0)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.due.setSpecialValueText(translate("AmbassadorEditDialog", "no date"))
        due = QDate.fromString(f["objective_due"] or "", Qt.DateFormat.ISODate)
        self.due.setDate(due if due.isValid() else self.due.minimumDate())
        chosen = set(json.loads(f["privileges"] or "[]"))
        self.privileges = {name: QCheckBox(privilege_label(name)) for name in PRIVILEGES}
        for name, box in self.privileges.items():
            box.setChecked(name in chosen)
        self.community = QCheckBox(translate("AmbassadorEditDialog", "Member of the ambassadors' community"))
        self.community.setChecked(bool(f["community_member"]))
        self.notes = QPlainTextEdit(f["notes"])
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(translate("AmbassadorEditDialog", "Role"), self.role)
        form.addRow(translate("AmbassadorEditDialog", "Objective"), self.objective)
        form.addRow(translate("AmbassadorEditDialog", "Measurable target"), self.target)
        form.addRow(translate("AmbassadorEditDialog", "Due"), self.due)
        for index, box in enumerate(self.privileges.values()):
            form.addRow(translate("AmbassadorEditDialog", "Privileges") if index == 0 else "", box)
        form.addRow("", self.community)
        form.addRow(translate("AmbassadorEditDialog", "Notes"), self.notes)
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
