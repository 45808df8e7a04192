"""Directory table model: ids from one SQL query per search, display rows fetched in blocks.

At 100,000 people the model holds a list of ints (the matching ids in display order) and a small
cache of display tuples for the blocks the view actually paints, so a keystroke costs one indexed
SQL scan and never builds a Python object per person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.people import COLUMNS, DirectoryQuery, PeopleService
from esn_desk.ui import style

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_EMPLOYEE_ID, COL_EMAIL, COL_JOB_TITLE, COL_DEPARTMENT, COL_SITE, COL_COUNTRY, COL_STATUS = (
    range(8)
)
assert len(COLUMNS) == 8
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("PeopleTableModel", "Active"),
    "left": QT_TRANSLATE_NOOP("PeopleTableModel", "Left"),
}
BLOCK = 200
CACHE_LIMIT = 4000


class PeopleTableModel(QAbstractTableModel):
    """Signals: ``query_changed(matching, total)`` after every new query (search, filter, sort)."""

    query_changed = Signal(int, int)

    def __init__(self, people: PeopleService, parent: Any = None) -> None:
        super().__init__(parent)
        self._people = people
        self._query = DirectoryQuery()
        self._ids: list[int] = []
        self._cache: dict[int, tuple[Any, ...]] = {}
        self._total = 0
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- querying ------------------------------------------------------------------------------
    @property
    def query(self) -> DirectoryQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: DirectoryQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._ids = self._people.match_ids(query)
        self._cache.clear()
        self.endResetModel()
        self.query_changed.emit(len(self._ids), self._total)

    def reload(self) -> None:
        """Re-run the current query (after data changed underneath)."""
        self._total = self._people.count()
        self.set_query(self._query)

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    # -- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section].shown_title
        return None

    def _row(self, row: int) -> tuple[Any, ...] | None:
        person_id = self._ids[row]
        cached = self._cache.get(person_id)
        if cached is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            start = (row // BLOCK) * BLOCK
            self._cache.update(self._people.rows(self._ids[start : start + BLOCK]))
            cached = self._cache.get(person_id)
        return cached

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:  # deleted since the query ran
            return None
        left = row[COL_STATUS] == "left"
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.muted_color() if left else None
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if left else None
        value = row[index.column()]
        if index.column() == COL_STATUS and value in STATUS_LABELS:
            value = translate("PeopleTableModel", STATUS_LABELS[value])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != COL_NAME:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and left:
            return translate("PeopleTableModel", "{name} has left the company").format(name=value)
        return value or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._query.sort_column and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort_column=column, descending=descending))
