"""The Recognition page: who did the most for the programme over a period, to thank them by name."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.activities import PERIODS, ActivityService, RecognitionRow, period_bounds, period_label
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.programme import role_label, status_word
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import Index, ListTableModel
from esn_desk.ui.views.activities import ActivitiesDialog
from esn_desk.ui.views.base import EmptyState, Page

HEADERS = (
    QT_TRANSLATE_NOOP("RecognitionPage", "Rank"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Name"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Site"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Role"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Activities"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Points"),
    QT_TRANSLATE_NOOP("RecognitionPage", "Last activity"),
    QT_TRANSLATE_NOOP("RecognitionPage", "What they did"),
)
PODIUM = 3  # the first ranks are shown in bold


class RecognitionModel(ListTableModel):
    """Rows are :class:`RecognitionRow`; ``UserRole`` is the ambassador id."""

    COL_RANK, COL_NAME, COL_SITE, COL_ROLE, COL_ACTIVITIES, COL_POINTS, COL_LAST, COL_KINDS = range(8)
    NUMBERS = (COL_RANK, COL_ACTIVITIES, COL_POINTS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("RecognitionPage", h) for h in HEADERS), parent)
        self._bold = style.bold(QFont())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: RecognitionRow = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = "" if row.status == "active" else f" ({status_word(row.status)})"
            return (
                formatting.number(row.rank),
                row.name,
                row.site,
                role_label(row.role) + status,
                formatting.number(row.activities),
                formatting.number(row.points),
                formatting.date_text(row.last_activity),
                row.kinds,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and row.rank <= PODIUM
            and column in (self.COL_RANK, self.COL_NAME)
        ):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KINDS:
            return row.kinds
        if role == Qt.ItemDataRole.UserRole:
            return row.ambassador_id
        return None


class RecognitionPage(Page):
    """Signals: ``changed()`` after activities were edited from here (the roster refreshes)."""

    key = "recognition"
    title = QT_TRANSLATE_NOOP("Pages", "Recognition")
    icon_name = "trophy-outline"
    changed = Signal()

    def __init__(self, activities: ActivityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activities = activities
        self.period = QComboBox()
        self.period.setAccessibleName(translate("RecognitionPage", "Period"))
        for key in PERIODS:
            self.period.addItem(period_label(key), key)
        self.period.setCurrentIndex(self.period.findData("last_3_months"))
        self.start = self._date_edit(translate("RecognitionPage", "From"))
        self.end = self._date_edit(translate("RecognitionPage", "To"))
        self.headline = style.label("", "muted")
        self.headline.setWordWrap(True)
        self.model = RecognitionModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(translate("RecognitionPage", "Ambassadors ranked by activity"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        titles = QFontMetrics(style.bold(header.font()))  # the header's titles are semi-bold
        for column, width in enumerate((46, 165, 155, 150, 78, 58, 102)):
            # At least its title's width (+ padding): "Dernière activité" is longer than "Last activity".
            header.resizeSection(
                column, max(width, titles.horizontalAdvance(self.model.headers[column]) + 12)
            )
        self.table.doubleClicked.connect(lambda _index: self.show_activities())
        self.activities_button = QPushButton(
            style.icon("format-list-bulleted"), translate("RecognitionPage", "Activities…")
        )
        self.activities_button.setToolTip(
            translate("RecognitionPage", "See, edit or delete the selected ambassador's activities")
        )
        self.activities_button.clicked.connect(self.show_activities)

        self.empty = EmptyState(
            "trophy-outline",
            translate("RecognitionPage", "No activity logged yet"),
            translate(
                "RecognitionPage",
                "Log what ambassadors do — a demo, a webinar, a case study, help given to a team — from the "
                "Ambassadors page (“Log activity…”). The most active then appear here, ranked by points over "
                "the period you choose, so you can thank them by name.",
            ),
        )
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(style.SPACING)
        bar = QHBoxLayout()
        bar.addWidget(self.headline, 1)
        bar.addWidget(self.activities_button)
        main_layout.addLayout(bar)
        main_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(main)
        self.stack.addWidget(self.empty)

        self.period_bar = dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.period)
        row.addSpacing(8)
        row.addWidget(style.label(translate("RecognitionPage", "from"), "muted"))
        row.addWidget(self.start)
        row.addWidget(style.label(translate("RecognitionPage", "to"), "muted"))
        row.addWidget(self.end)
        outer = self.page_layout(dates)
        outer.addWidget(self.stack, 1)

        self._apply_period()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.invalidate()  # computed when first shown

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setAccessibleName(name)
        return edit

    # -- period -------------------------------------------------------------------------------------
    def today(self) -> date:
        return date.today()

    def set_period(self, key: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a named period, or ``custom`` with its two dates."""
        if start is not None and end is not None:
            self._set_dates(start, end)
        self.period.setCurrentIndex(self.period.findData(key))

    def bounds(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _apply_period(self) -> None:
        key = self.period.currentData()
        if key != "custom":
            self._set_dates(*period_bounds(key, self.today()))

    def _period_changed(self, *_: Any) -> None:
        self._apply_period()
        self.refresh()

    def _dates_changed(self, *_: Any) -> None:
        if self.period.currentData() != "custom":  # typing a date means choosing one's own period
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData("custom"))
            self.period.blockSignals(False)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._activities.count() == 0:
            self.stack.setCurrentIndex(1)
            self.period_bar.hide()  # nothing to choose a period for yet
            self.model.set_items([])
            self._selection_changed()
            return
        self.stack.setCurrentIndex(0)
        self.period_bar.show()
        self._apply_period()
        start, end = self.bounds()
        selected = self.current_id()
        try:
            rows = self._activities.recognition(start, end)
        except UserError as exc:
            self.model.set_items([])
            self.headline.setText(str(exc))
            self.headline.setStyleSheet(f"color: {style.warning_color().name()};")
            self._selection_changed()
            return
        self.headline.setStyleSheet("")
        self.model.set_items(rows)
        if not rows:
            self.headline.setText(
                translate(
                    "RecognitionPage", "Nothing was logged between {start} and {end}. Choose a longer period."
                ).format(
                    start=formatting.date_text(start.isoformat()), end=formatting.date_text(end.isoformat())
                )
            )
        else:
            activities = sum(r.activities for r in rows)
            points = sum(r.points for r in rows)
            self.headline.setText(
                translate(
                    "RecognitionPage",
                    "{ambassadors} logged {activities} worth {points} in this period, "
                    "ranked by points, then by number of activities.",
                ).format(
                    ambassadors=formatting.plural(
                        len(rows),
                        translate("RecognitionPage", "ambassador"),
                        translate("RecognitionPage", "ambassadors"),
                    ),
                    activities=formatting.plural(
                        activities,
                        translate("RecognitionPage", "activity"),
                        translate("RecognitionPage", "activities"),
                    ),
                    points=formatting.plural(
                        points, translate("RecognitionPage", "point"), translate("RecognitionPage", "points")
                    ),
                )
            )
        row = next((i for i, r in enumerate(rows) if r.ambassador_id == selected), 0)
        if rows:
            self.table.selectRow(row)
        self._selection_changed()

    def current_id(self) -> int | None:
        row: RecognitionRow | None = self.model.selected_item(self.table)
        return row.ambassador_id if row is not None else None

    def _selection_changed(self, *_: Any) -> None:
        self.activities_button.setEnabled(self.current_id() is not None)

    def show_activities(self) -> ActivitiesDialog | None:
        ambassador_id = self.current_id()
        if ambassador_id is None:
            return None
        name = next(r.name for r in self.model.items if r.ambassador_id == ambassador_id)
        dialog = ActivitiesDialog(self._activities, ambassador_id, name, self)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- state --------------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("period", self.period.currentData())
        start, end = self.bounds()
        settings.setValue("start", start.isoformat())
        settings.setValue("end", end.isoformat())
        settings.setValue("columns", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        key = str(settings.value("period", "last_3_months"))
        if key not in PERIODS:
            return
        start = end = None
        if key == "custom":
            try:
                start = date.fromisoformat(str(settings.value("start")))
                end = date.fromisoformat(str(settings.value("end")))
            except ValueError:
                return
        self.period.blockSignals(True)
        self.set_period(key, start, end)
        self.period.blockSignals(False)
        self._apply_period()
        columns = settings.value("columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
        self.invalidate()
