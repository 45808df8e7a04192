"""Who has what of the visibility kit: one ambassador's kit (roster detail panel) and the tracking table.

Both only present :class:`~esn_desk.core.kit.tracking.KitService`: every mark or clear goes through it
and the widgets reload from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.kit.tracking import ITEMS, KitPerson, KitService, KitState, item_label, role_label
from esn_desk.core.text import fold
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import Index, ListTableModel

# Short column titles: the table shows four of them beside the name, role and site (in English:
# shown translated by :func:`short_label`).
ITEM_SHORT = {
    "signature": QT_TRANSLATE_NOOP("KitItemState", "Signature"),
    "stickers": QT_TRANSLATE_NOOP("KitItemState", "Stickers"),
    "name_badge": QT_TRANSLATE_NOOP("KitItemState", "Name badge"),
    "directory_badge": QT_TRANSLATE_NOOP("KitItemState", "Directory badge"),
}


def short_label(item: str) -> str:
    return translate("KitItemState", ITEM_SHORT[item])


def _day(iso: str | None, *, short: bool) -> str:
    """ "25 Nov 2026", or "25 Nov" for this year's dates when ``short`` (a narrow panel)."""
    if not iso:
        return ""
    qdate = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if short and qdate.isValid() and qdate.year() == QDate.currentDate().year():
        return QLocale().toString(qdate, "d MMM")
    return formatting.date_text(iso)


def state_text(state: KitState | None, *, long: bool = False) -> str:
    """Table cells: "✓ 3 Mar 2026", "Prepared" or "—"; ``long`` (the detail panel): "✓ Given 3 Mar",
    "Prepared 1 Mar" (the year shown when it is not this year's)."""
    if state is None:
        return "—"
    if state.state == "given":
        day = _day(state.given_on, short=long)
        if not day:
            return translate("KitItemState", "✓ Given")
        if long:
            return translate("KitItemState", "✓ Given {date}").format(date=day)
        return f"✓ {day}"
    day = _day(state.prepared_on, short=True)
    if long and day:
        return translate("KitItemState", "Prepared {date}").format(date=day)
    return translate("KitItemState", "Prepared")


def state_tooltip(item: str, state: KitState | None) -> str:
    label = item_label(item)
    if state is None:
        return translate("KitItemState", "{item}: not prepared or given yet").format(item=label)
    prepared = formatting.date_text(state.prepared_on) if state.prepared_on else ""
    given = formatting.date_text(state.given_on) if state.given_on else ""
    if state.state == "given":
        if prepared and given:
            text = translate("KitItemState", "{item}: given, prepared on {prepared}, given on {given}")
        elif given:
            text = translate("KitItemState", "{item}: given, given on {given}")
        else:
            text = translate("KitItemState", "{item}: given")
    elif prepared:
        text = translate("KitItemState", "{item}: prepared, prepared on {prepared}")
    else:
        text = translate("KitItemState", "{item}: prepared")
    return text.format(item=label, prepared=prepared, given=given)


def _warn(parent: QWidget, error: UserError) -> None:
    QMessageBox.warning(parent, translate("KitItemState", "Cannot record this"), str(error))


# -- one ambassador ---------------------------------------------------------------------------------
class KitSection(QWidget):
    """The KIT section of the roster's detail panel: each item's state and buttons to mark it given
    today or clear it.

    Signals: ``changed()`` after an item was marked or cleared from here.
    """

    changed = Signal()

    def __init__(self, kit: KitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._ambassador_id: int | None = None
        self.states: dict[str, KitState] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(style.label(translate("KitSection", "VISIBILITY KIT"), "section"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        self.give_buttons: dict[str, QToolButton] = {}
        self.clear_buttons: dict[str, QToolButton] = {}
        for row, item in enumerate(ITEMS):
            label = item_label(item)
            grid.addWidget(style.label(short_label(item), "muted"), row, 0)
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            self.values[item] = value
            grid.addWidget(value, row, 1)
            give = QToolButton()
            give.setIcon(style.icon("check"))
            give.setAutoRaise(True)
            give.setToolTip(translate("KitSection", "{item}: mark as given today").format(item=label))
            give.setAccessibleName(translate("KitSection", "Mark {item} as given").format(item=label.lower()))
            give.clicked.connect(lambda _=False, i=item: self.mark_given(i))
            clear = QToolButton()
            clear.setIcon(style.icon("close-circle-outline"))
            clear.setAutoRaise(True)
            clear.setToolTip(
                translate("KitSection", "{item}: forget (recorded by mistake)").format(item=label)
            )
            clear.setAccessibleName(translate("KitSection", "Clear {item}").format(item=label.lower()))
            clear.clicked.connect(lambda _=False, i=item: self.clear(i))
            self.give_buttons[item] = give
            self.clear_buttons[item] = clear
            grid.addWidget(give, row, 2)
            grid.addWidget(clear, row, 3)
        layout.addLayout(grid)

    def show_for(self, ambassador_id: int | None) -> None:
        """Show ``ambassador_id``'s kit (None hides the section: no or several people selected)."""
        self._ambassador_id = ambassador_id
        self.setVisible(ambassador_id is not None)
        if ambassador_id is None:
            self.states = {}
            return
        self.states = self._kit.states(ambassador_id)
        for item in ITEMS:
            state = self.states.get(item)
            value = self.values[item]
            value.setText(state_text(state, long=True))
            value.setToolTip(state_tooltip(item, state))
            if state is None:
                value.setStyleSheet("color: palette(placeholder-text);")
            elif state.state == "prepared":
                value.setStyleSheet(f"color: {style.warning_color().name()};")
            else:
                value.setStyleSheet("")
            self.give_buttons[item].setEnabled(state is None or state.state != "given")
            self.clear_buttons[item].setEnabled(state is not None)

    def refresh(self) -> None:
        self.show_for(self._ambassador_id)

    def mark_given(self, item: str) -> None:
        if self._ambassador_id is None:
            return
        try:
            self._kit.mark([self._ambassador_id], item, "given")
        except UserError as exc:
            _warn(self, exc)
            return
        self.refresh()
        self.changed.emit()

    def clear(self, item: str) -> None:
        if self._ambassador_id is None:
            return
        try:
            self._kit.clear([self._ambassador_id], item)
        except UserError as exc:
            _warn(self, exc)
            return
        self.refresh()
        self.changed.emit()


# -- everyone ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KitRow:
    person: KitPerson
    states: dict[str, KitState]


class KitTrackingModel(ListTableModel):
    """Ambassadors × kit items. Rows are :class:`KitRow`; ``UserRole`` is the ambassador id,
    ``SORT_ROLE`` a sortable value (dates for items: given after prepared after nothing)."""

    COL_NAME, COL_ROLE, COL_SITE = range(3)
    COL_ITEMS = 3  # then one column per kit item, in ITEMS order
    ITEM_KEYS = tuple(ITEMS)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("KitTrackingModel", "Name"),
                translate("KitTrackingModel", "Role"),
                translate("KitTrackingModel", "Site"),
                *(short_label(i) for i in ITEMS),
            ),
            parent,
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def item_of_column(self, column: int) -> str | None:
        offset = column - self.COL_ITEMS
        return self.ITEM_KEYS[offset] if 0 <= offset < len(self.ITEM_KEYS) else None

    def column_of_item(self, item: str) -> int:
        return self.COL_ITEMS + self.ITEM_KEYS.index(item)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        row: KitRow = self.items[index.row()]
        column = index.column()
        item = self.item_of_column(column)
        state = row.states.get(item) if item else None
        if role == Qt.ItemDataRole.DisplayRole:
            if item is not None:
                return state_text(state)
            return (row.person.full_name, role_label(row.person.role), row.person.site)[column]
        if role == self.SORT_ROLE:
            if item is None:
                return fold((row.person.full_name, row.person.role, row.person.site)[column])
            if state is None:
                return "0"
            return (
                ("2" + (state.given_on or ""))
                if state.state == "given"
                else ("1" + (state.prepared_on or ""))
            )
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            return state_tooltip(item, state)
        if role == Qt.ItemDataRole.ForegroundRole and item is not None:
            if state is None:
                return style.muted_color()
            if state.state == "prepared":
                return style.warning_color()
        if role == Qt.ItemDataRole.TextAlignmentRole and item is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.person.ambassador_id
        return None


class ItemProgress(QWidget):
    """One item's progress bar: given out of the active ambassadors, and how many are only prepared."""

    def __init__(self, item: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        self.title = QLabel(item_label(item))
        self.title.setFont(style.bold(self.title.font()))
        self.figures = QLabel()
        heading.addWidget(self.title)
        heading.addStretch()
        heading.addWidget(self.figures)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)  # the figures are above it: text on the bar is hard to read
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(translate("ItemProgress", "{item} given").format(item=item_label(item)))
        self.detail = style.label("", "muted")
        layout.addLayout(heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)

    def set_counts(self, given: int, prepared: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(given, max(total, 1)))
        share = round(100 * given / total) if total else 0
        self.figures.setText(
            translate("ItemProgress", "{given} / {total} ({share} %)").format(
                given=formatting.number(given), total=formatting.number(total), share=share
            )
        )
        self.bar.setToolTip(
            translate("ItemProgress", "{item}: given to {figures} of the active ambassadors").format(
                item=item_label(self.item), figures=self.figures.text()
            )
        )
        missing = max(total - given, 0)
        self.detail.setText(
            translate("ItemProgress", "{prepared} prepared · {missing} still to give").format(
                prepared=formatting.number(prepared), missing=formatting.number(missing)
            )
            if total
            else translate("ItemProgress", "No active ambassador yet")
        )


class KitTrackingTable(QWidget):
    """Who has what: progress per item, the table of active ambassadors × items, a "still lacking"
    filter and bulk actions (mark given / prepared, clear) on the selected rows for one item.

    Signals: ``changed()`` after marks were recorded or cleared from here; ``selection_changed()``
    when the selected rows change (see :meth:`selected_people`).
    """

    changed = Signal()
    selection_changed = Signal()

    def __init__(self, kit: KitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.model = KitTrackingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(KitTrackingModel.SORT_ROLE)

        self.progress: dict[str, ItemProgress] = {item: ItemProgress(item) for item in ITEMS}
        bars = QHBoxLayout()
        bars.setSpacing(18)
        for widget in self.progress.values():
            bars.addWidget(widget, 1)

        self.lacking = QComboBox()
        self.lacking.setAccessibleName(translate("KitTrackingTable", "Show"))
        self.lacking.addItem(translate("KitTrackingTable", "All active ambassadors"), None)
        for item in ITEMS:
            self.lacking.addItem(
                translate("KitTrackingTable", "Still lacking: {item}").format(item=item_label(item).lower()),
                item,
            )
        self.lacking.currentIndexChanged.connect(self._lacking_changed)
        self.summary = style.label("", "muted")

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(KitTrackingModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 140, 130, 110, 110, 110)):
            # never narrower than the column's title (longer in French)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.item = QComboBox()
        self.item.setAccessibleName(translate("KitTrackingTable", "Kit item"))
        for item in ITEMS:
            self.item.addItem(item_label(item), item)
        self.give_button = QPushButton(style.icon("check"), translate("KitTrackingTable", "Mark as given"))
        self.give_button.setToolTip(
            translate("KitTrackingTable", "Record the chosen item as given today to the selected ambassadors")
        )
        self.give_button.clicked.connect(lambda: self.mark_selection("given"))
        self.prepare_button = QPushButton(translate("KitTrackingTable", "Mark as prepared"))
        self.prepare_button.setToolTip(
            translate(
                "KitTrackingTable", "Record the chosen item as prepared (printed, exported) but not given yet"
            )
        )
        self.prepare_button.clicked.connect(lambda: self.mark_selection("prepared"))
        self.clear_button = QPushButton(
            style.icon("close-circle-outline"), translate("KitTrackingTable", "Clear")
        )
        self.clear_button.setToolTip(
            translate(
                "KitTrackingTable",
                "Forget the chosen item for the selected ambassadors (recorded by mistake)",
            )
        )
        self.clear_button.clicked.connect(self.clear_selection)

        filters = QHBoxLayout()
        filters.addWidget(self.lacking)
        filters.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(translate("KitTrackingTable", "For the selection:")))
        actions.addWidget(self.item)
        actions.addWidget(self.give_button)
        actions.addWidget(self.prepare_button)
        actions.addWidget(self.clear_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        layout.addLayout(bars)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------
    def lacking_item(self) -> str | None:
        value = self.lacking.currentData()
        return value if isinstance(value, str) else None

    def set_lacking(self, item: str | None) -> None:
        """Show only those still lacking ``item`` (None: every active ambassador)."""
        self.lacking.setCurrentIndex(max(self.lacking.findData(item), 0) if item else 0)

    def refresh(self) -> None:
        """Reload the progress and the table, keeping the selected ambassadors selected."""
        selected = set(self.selected_ids())
        for item, counts in self._kit.progress().items():
            if item in self.progress:
                self.progress[item].set_counts(counts["given"], counts["prepared"], counts["total"])
        people = self._kit.people(lacking=self.lacking_item())
        self.model.set_items([KitRow(p, self._kit.states(p.ambassador_id)) for p in people])
        keep = QItemSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) in selected:
                keep.select(index, index)
        if not keep.isEmpty():
            self.table.selectionModel().select(
                keep,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        lacking = self.lacking_item()
        if lacking:
            text = plural(
                len(people),
                translate("KitTrackingTable", "{n} ambassador still without {item}"),
                translate("KitTrackingTable", "{n} ambassadors still without {item}"),
            ).format(item=item_label(lacking).lower())
        else:
            text = plural(
                len(people),
                translate("KitTrackingTable", "{n} active ambassador"),
                translate("KitTrackingTable", "{n} active ambassadors"),
            )
        self.summary.setText(text)
        self._selection_changed()

    def _lacking_changed(self, *_: Any) -> None:
        item = self.lacking_item()
        if item is not None:
            self.item.setCurrentIndex(self.item.findData(item))  # acting on what the list is about
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def selected_people(self) -> list[KitPerson]:
        """The selected ambassadors in table order (for exports and printing of the selection)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out: list[KitPerson] = []
        for r in rows:
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            out.append(self.model.items[source.row()].person)
        return out

    def shown_people(self) -> list[KitPerson]:
        """Everyone the table lists (with the current filter), in table order."""
        return [
            self.model.items[self.proxy.mapToSource(self.proxy.index(r, 0)).row()].person
            for r in range(self.proxy.rowCount())
        ]

    def _selection_changed(self, *_: Any) -> None:
        count = len(self.table.selectionModel().selectedRows())
        for button in (self.give_button, self.prepare_button, self.clear_button):
            button.setEnabled(count > 0)
        self.selection_changed.emit()

    # -- actions ------------------------------------------------------------------------------------
    def current_item(self) -> str:
        return str(self.item.currentData())

    def mark_selection(self, state: str) -> int:
        """Mark the chosen item ``state`` ("given" or "prepared") for the selected rows; how many."""
        ids = self.selected_ids()
        if not ids:
            return 0
        try:
            count = self._kit.mark(ids, self.current_item(), state)
        except UserError as exc:
            _warn(self, exc)
            return 0
        self.refresh()
        self.changed.emit()
        return count

    def clear_selection(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        label = item_label(self.current_item()).lower()
        if len(ids) > 1:
            answer = QMessageBox.question(
                self,
                translate("KitTrackingTable", "Clear"),
                translate(
                    "KitTrackingTable",
                    "Forget the {item} of {count} ambassadors?\n\n"
                    "Their prepared and given dates are removed.",
                ).format(item=label, count=formatting.number(len(ids))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            self._kit.clear(ids, self.current_item())
        except UserError as exc:
            _warn(self, exc)
            return 0
        self.refresh()
        self.changed.emit()
        return len(ids)


__all__ = [
    "ITEM_SHORT",
    "KitRow",
    "KitSection",
    "KitTrackingModel",
    "KitTrackingTable",
    "state_text",
]
