"""An ambassador's activity log: the section of the roster's detail panel and the full list dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.activities import Activity, ActivityService, kind_label
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate
from esn_desk.ui import formatting, style
from esn_desk.ui.dialogs.activity_edit import ActivityDialog
from esn_desk.ui.models.base import Index, ListTableModel

RECENT = 5  # activities shown in the roster's panel; the rest in "All activities…"


def points_text(points: int | None) -> str:
    if points is None:
        return ""
    return formatting.plural(points, translate("ActivitySection", "pt"), translate("ActivitySection", "pts"))


def activities_text(n: int) -> str:
    return formatting.plural(
        n, translate("ActivitySection", "activity"), translate("ActivitySection", "activities")
    )


def activity_line(activity: Activity) -> str:
    """One line of plain text (never rich text: descriptions are typed by users)."""
    parts = [formatting.date_text(activity.happened_on), kind_label(activity.kind)]
    if activity.points is not None:
        parts.append(points_text(activity.points))
    line = " · ".join(parts)
    return f"• {line} — {activity.description}" if activity.description else f"• {line}"


class ActivityModel(ListTableModel):
    """Rows are :class:`Activity`; ``UserRole`` is the activity id."""

    COL_DATE, COL_KIND, COL_POINTS, COL_DESCRIPTION = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("ActivityModel", "Date"),
                translate("ActivityModel", "What"),
                translate("ActivityModel", "Points"),
                translate("ActivityModel", "Description"),
            ),
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        activity: Activity = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                formatting.date_text(activity.happened_on),
                kind_label(activity.kind),
                "—" if activity.points is None else formatting.number(activity.points),
                activity.description.replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DESCRIPTION:
            return activity.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return activity.id
        return None


class ActivitySection(QWidget):
    """The ACTIVITIES section of the roster's detail panel: totals, the latest few, log and list buttons.

    Signals: ``changed()`` after an activity was logged, edited or deleted from here.
    """

    changed = Signal()

    def __init__(self, activities: ActivityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activities = activities
        self._ambassador_id: int | None = None
        self._name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(style.label(translate("ActivitySection", "ACTIVITIES"), "section"))
        self.summary = style.label("", "muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.recent = QLabel()
        self.recent.setTextFormat(Qt.TextFormat.PlainText)
        self.recent.setWordWrap(True)
        self.recent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.recent)
        buttons = QHBoxLayout()
        self.log_button = QPushButton(
            style.icon("calendar-check"), translate("ActivitySection", "Log activity…")
        )
        self.log_button.setToolTip(
            translate(
                "ActivitySection", "Record a demo, a webinar, a case study, help given to a team… (Ctrl+L)"
            )
        )
        self.log_button.clicked.connect(self.log_activity)
        self.all_button = QPushButton(
            style.icon("format-list-bulleted"), translate("ActivitySection", "All activities…")
        )
        self.all_button.setToolTip(
            translate("ActivitySection", "See, edit or delete every activity of this ambassador")
        )
        self.all_button.clicked.connect(self.show_all)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def show_for(self, ambassador_id: int | None, name: str = "") -> None:
        self._ambassador_id = ambassador_id
        self._name = name
        self.setVisible(ambassador_id is not None)
        if ambassador_id is None:
            return
        totals = self._activities.totals(ambassador_id)
        if totals.activities == 0:
            self.summary.setText(translate("ActivitySection", "Nothing logged yet."))
        else:
            last = translate("ActivitySection", "last on {date}").format(
                date=formatting.date_text(totals.last)
            )
            self.summary.setText(
                f"{activities_text(totals.activities)} · {points_text(totals.points)} · {last}"
            )
        recent = self._activities.for_ambassador(ambassador_id, limit=RECENT)
        self.recent.setText("\n".join(activity_line(a) for a in recent))
        self.recent.setVisible(bool(recent))
        self.all_button.setEnabled(totals.activities > 0)

    def refresh(self) -> None:
        self.show_for(self._ambassador_id, self._name)

    def log_activity(self) -> ActivityDialog | None:
        """Open the "Log activity" dialog (window-modal, non-blocking) for the shown ambassador."""
        if self._ambassador_id is None:
            return None
        dialog = ActivityDialog(self._activities, self._ambassador_id, self._name, parent=self)
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_all(self) -> ActivitiesDialog | None:
        if self._ambassador_id is None:
            return None
        dialog = ActivitiesDialog(self._activities, self._ambassador_id, self._name, self)
        dialog.changed.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()


class ActivitiesDialog(QDialog):
    """Every activity of one ambassador, newest first, to log, edit or delete.

    Signals: ``changed()`` after each change (the ranking and the roster refresh).
    """

    changed = Signal()
    _WIDTHS = (110, 130, 70)  # date, kind (at least: it grows to the longest), points

    def __init__(
        self, activities: ActivityService, ambassador_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._activities = activities
        self._ambassador_id = ambassador_id
        self._name = name
        self.setWindowTitle(translate("ActivitiesDialog", "Activities: {name}").format(name=name))
        self.resize(760, 440)
        self.model = ActivityModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate(self._WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.summary = style.label("", "muted")
        self.log_button = QPushButton(
            style.icon("calendar-check"), translate("ActivitiesDialog", "Log activity…")
        )
        self.log_button.clicked.connect(self.log_activity)
        self.edit_button = QPushButton(style.icon("pencil-outline"), translate("ActivitiesDialog", "Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(
            style.icon("delete-outline"), translate("ActivitiesDialog", "Delete")
        )
        self.delete_button.clicked.connect(self.delete_current)
        actions = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.summary)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.set_items(self._activities.for_ambassador(self._ambassador_id))
        # The kinds are longer in French ("Retour d'expérience"): the column as wide as the longest.
        kind = ActivityModel.COL_KIND
        self.table.resizeColumnToContents(kind)
        header = self.table.horizontalHeader()
        header.resizeSection(kind, max(header.sectionSize(kind), self._WIDTHS[kind]))
        totals = self._activities.totals(self._ambassador_id)
        self.summary.setText(f"{activities_text(totals.activities)} · {points_text(totals.points)}")
        row = next((i for i, a in enumerate(self.model.items) if a.id == current), 0)
        if self.model.items:
            self.table.selectRow(row)
        self._selection_changed()

    def current_id(self) -> int | None:
        activity: Activity | None = self.model.selected_item(self.table)
        return activity.id if activity is not None else None

    def _selection_changed(self, *_: Any) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def log_activity(self) -> ActivityDialog:
        dialog = ActivityDialog(self._activities, self._ambassador_id, self._name, parent=self)
        dialog.accepted.connect(lambda: self._after_change(dialog.activity_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_current(self) -> ActivityDialog | None:
        activity_id = self.current_id()
        if activity_id is None:
            return None
        try:
            dialog = ActivityDialog(
                self._activities, self._ambassador_id, self._name, activity_id=activity_id, parent=self
            )
        except UserError as exc:  # deleted meanwhile (another window)
            QMessageBox.warning(self, translate("ActivitiesDialog", "Cannot edit"), str(exc))
            self.reload()
            return None
        dialog.accepted.connect(lambda: self._after_change(activity_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        activity_id = self.current_id()
        if activity_id is None:
            return
        activity = self._activities.get(activity_id)
        if activity is None:
            self.reload()
            return
        answer = QMessageBox.question(
            self,
            translate("ActivitiesDialog", "Delete activity"),
            translate("ActivitiesDialog", "Delete this activity of {name}?").format(name=self._name)
            + f"\n\n{activity_line(activity)}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._activities.delete(activity_id)
        except UserError as exc:
            QMessageBox.warning(self, translate("ActivitiesDialog", "Cannot delete"), str(exc))
        self._after_change(None)

    def _after_change(self, select: int | None) -> None:
        self.reload(select)
        self.changed.emit()
