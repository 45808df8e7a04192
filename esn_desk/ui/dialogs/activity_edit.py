"""Log (or edit) what an ambassador did: kind, date, optional points, a short description."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QPlainTextEdit, QSpinBox, QWidget

from esn_desk.core.activities import (
    MAX_POINTS,
    SUGGESTED_POINTS,
    ActivityService,
    kind_code,
    kind_label,
    no_activity,
)
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate
from esn_desk.ui.dialogs.base import SaveDialog

NO_POINTS = -1  # the spin box's special value: "no points" (0 is a real score)


class ActivityDialog(SaveDialog):
    """Log a new activity for ``ambassador_id``, or edit ``activity_id``.

    The kind is picked from the usual ones or typed; choosing a kind proposes its usual points
    until the user sets the points themselves.
    """

    def __init__(
        self,
        activities: ActivityService,
        ambassador_id: int,
        name: str,
        *,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._activities = activities
        self._ambassador_id = ambassador_id
        self._activity_id = activity_id
        existing = activities.get(activity_id) if activity_id is not None else None
        if activity_id is not None and existing is None:
            raise UserError(no_activity(activity_id))
        self.setWindowTitle(
            translate("ActivityDialog", "Edit activity: {name}").format(name=name)
            if existing
            else translate("ActivityDialog", "Log activity: {name}").format(name=name)
        )
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.addItems([kind_label(k) for k in activities.kinds()])
        kind_edit = self.kind.lineEdit()
        assert kind_edit is not None  # editable
        kind_edit.setPlaceholderText(
            translate("ActivityDialog", "Demo, webinar, helped a team… or type your own")
        )
        self.kind.setAccessibleName(translate("ActivityDialog", "Kind of activity"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setMinimumDate(QDate(2000, 1, 1))
        self.day.setAccessibleName(translate("ActivityDialog", "Date"))
        self.points = QSpinBox()
        self.points.setRange(NO_POINTS, MAX_POINTS)
        self.points.setSpecialValueText(translate("ActivityDialog", "no points"))
        self.points.setAccessibleName(translate("ActivityDialog", "Points"))
        self.points.setToolTip(
            translate(
                "ActivityDialog",
                "Points count in the recognition ranking; leave “no points” if you do not score",
            )
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            translate("ActivityDialog", "e.g. Démo des communautés à l'équipe commerciale de Lyon (25 pers.)")
        )
        self.description.setFixedHeight(80)
        self.description.setTabChangesFocus(True)
        self._points_touched = existing is not None
        if existing:
            self.kind.setCurrentText(kind_label(existing.kind))
            self.day.setDate(QDate.fromString(existing.happened_on, Qt.DateFormat.ISODate))
            self.points.setValue(NO_POINTS if existing.points is None else existing.points)
            self.description.setPlainText(existing.description)
        else:
            self.day.setDate(QDate.currentDate())
            self.kind.setCurrentIndex(0)
            self._suggest_points(self.kind.currentText())
        self.kind.currentTextChanged.connect(self._suggest_points)
        self.points.valueChanged.connect(self._points_edited)
        form = QFormLayout()
        form.addRow(translate("ActivityDialog", "What"), self.kind)
        form.addRow(translate("ActivityDialog", "When"), self.day)
        form.addRow(translate("ActivityDialog", "Points"), self.points)
        form.addRow(translate("ActivityDialog", "Description"), self.description)
        self.finish(form)

    def _suggest_points(self, kind: str) -> None:
        if self._points_touched:
            return
        self.points.blockSignals(True)
        self.points.setValue(SUGGESTED_POINTS.get(kind_code(kind.strip()), NO_POINTS))
        self.points.blockSignals(False)

    def _points_edited(self, _value: int) -> None:
        self._points_touched = True

    def save(self) -> None:
        points = None if self.points.value() == NO_POINTS else self.points.value()
        day = self.day.date().toString(Qt.DateFormat.ISODate)
        kind = kind_code(self.kind.currentText().strip())
        description = self.description.toPlainText()
        if self._activity_id is None:
            self.activity_id = self._activities.add(self._ambassador_id, day, kind, description, points)
        else:
            self._activities.update(self._activity_id, day, kind, description, points)
            self.activity_id = self._activity_id
