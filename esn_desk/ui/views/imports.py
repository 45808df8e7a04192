"""The Imports page: every import (HR extract, ambassador roster, ESN usage) with its counts, and
Undo for the latest one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing.fields import HR, ROSTER, USAGE
from esn_desk.core.importing.service import ImportRecord, ImportService
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import ListTableModel
from esn_desk.ui.views.base import EmptyState, Page

Index = QModelIndex | QPersistentModelIndex


class ImportsModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportsModel", "When"),
        QT_TRANSLATE_NOOP("ImportsModel", "File"),
        QT_TRANSLATE_NOOP("ImportsModel", "Kind"),
        QT_TRANSLATE_NOOP("ImportsModel", "New"),
        QT_TRANSLATE_NOOP("ImportsModel", "Updated"),
        QT_TRANSLATE_NOOP("ImportsModel", "Unchanged"),
        QT_TRANSLATE_NOOP("ImportsModel", "Left"),
        QT_TRANSLATE_NOOP("ImportsModel", "Refused"),
        QT_TRANSLATE_NOOP("ImportsModel", "Warnings"),
        QT_TRANSLATE_NOOP("ImportsModel", "By"),
        QT_TRANSLATE_NOOP("ImportsModel", "Status"),
    )
    NUMBER_COLUMNS = range(3, 9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("ImportsModel", h) for h in self.HEADERS), parent)

    @property
    def records(self) -> list[ImportRecord]:
        return self.items

    def set_records(self, records: list[ImportRecord]) -> None:
        self.set_items(records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: ImportRecord = self.items[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "undone":
            return style.muted_color()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            vocabulary = {"roster": ROSTER, "usage": USAGE}.get(r.what, HR)
            columns = translate("ImportsModel", "Columns: {mapping}").format(
                mapping=", ".join(
                    f"{h} → {vocabulary.by_key[f].shown_label if f in vocabulary.by_key else f}"
                    for h, f in r.mapping.items()
                )
            )
            if r.file_kind == "csv":
                return columns
            sheet = translate("ImportsModel", "Sheet “{sheet}”, header on row {row}.").format(
                sheet=r.sheet, row=r.header_row
            )
            return f"{sheet} {columns}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and r.what != "hr":
            return (
                translate("ImportsModel", "People of the directory found in the file")
                if r.what == "usage"
                else translate("ImportsModel", "Added to the programme")
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        when = f"{formatting.date_text(r.started_at)} {r.started_at[11:16]}"
        if r.status == "undone":
            status = translate("ImportsModel", "Undone")
        else:
            status = (
                translate("ImportsModel", "Can be undone")
                if r.can_undo
                else translate("ImportsModel", "Done")
            )
        if r.what == "roster":
            kind = translate("ImportsModel", "Ambassador roster")
        elif r.what == "usage":
            kind = translate("ImportsModel", "ESN usage")
        else:
            kind = (
                translate("ImportsModel", "HR · full extract")
                if r.full_extract
                else translate("ImportsModel", "HR · partial")
            )
        values = (
            when,
            r.file_name,
            kind,
            r.created,
            r.updated,
            r.unchanged,
            r.left,
            r.rejected,
            r.warnings,
            r.who,
            status,
        )
        value = values[index.column()]
        not_applicable = {"usage": (4, 5, 6), "roster": (6,)}.get(r.what, ())
        if index.column() in not_applicable:
            return "—"  # a usage import only matches people; a roster import marks nobody as left
        return formatting.number(value) if isinstance(value, int) else value


class ImportsPage(Page):
    """Signals: ``import_requested()`` (the window opens the HR wizard), ``kind_import_requested(what)``
    for a roster or usage import; ``undone()`` after an Undo."""

    key = "imports"
    title = QT_TRANSLATE_NOOP("Pages", "Imports")
    icon_name = "database-import-outline"
    import_requested = Signal()
    kind_import_requested = Signal(str)
    undone = Signal()

    def __init__(self, imports: ImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._imports = imports
        self.model = ImportsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(translate("ImportsPage", "Imports, newest first"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        # The history is short: fit every column to its content; the file name takes what is left (and
        # is elided when the window is narrow, so that the counts and the status stay in view).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.import_button = QPushButton(
            style.icon("database-import-outline", color="white"),
            translate("ImportsPage", "Import HR spreadsheet…"),
        )
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.import_requested)
        self.other_button = QPushButton(
            style.icon("database-import-outline"), translate("ImportsPage", "Other imports")
        )
        other = QMenu(self.other_button)
        other.addAction(
            style.icon("account-multiple-plus-outline"),
            translate("ImportsPage", "Ambassador roster…"),
            lambda: self.kind_import_requested.emit("roster"),
        )
        other.addAction(
            style.icon("chart-line"),
            translate("ImportsPage", "ESN usage export…"),
            lambda: self.kind_import_requested.emit("usage"),
        )
        self.other_button.setMenu(other)
        self.undo_button = QPushButton(style.icon("undo"), translate("ImportsPage", "Undo the latest import"))
        self.undo_button.clicked.connect(self._undo)
        self.empty = EmptyState(
            "database-import-outline",
            translate("ImportsPage", "No import yet"),
            translate(
                "ImportsPage",
                "Import the HR extract (Excel or CSV) to fill the directory. Import it again whenever HR "
                "sends a new one: new people are added, changes are applied, and with a full extract leavers "
                "are marked.",
            ),
        )
        self.empty.add_button(
            translate("ImportsPage", "Import HR spreadsheet…"), primary=True
        ).clicked.connect(self.import_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        outer = self.page_layout(self.undo_button, self.other_button, self.import_button)
        outer.addWidget(self.stack, 1)
        self.invalidate()  # computed when first shown

    def refresh(self) -> None:
        records = self._imports.history()
        self.model.set_records(records)
        self.stack.setCurrentWidget(self.table if records else self.empty)
        undoable = next((r for r in records if r.can_undo), None)
        self.undo_button.setEnabled(undoable is not None)
        self.undo_button.setToolTip(
            translate("ImportsPage", "Undo import #{id} of {file}").format(
                id=undoable.id, file=undoable.file_name
            )
            if undoable
            else translate("ImportsPage", "Only the latest import can be undone, until the next one.")
        )

    def _undo(self) -> None:
        record = next((r for r in self.model.records if r.can_undo), None)
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ImportsPage", "Undo the latest import"),
            translate(
                "ImportsPage",
                "Put the programme back exactly as it was before importing {file}?\n\n"
                "Any change made since that import is undone too.",
            ).format(file=record.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._imports.undo(record.id)
        except UserError as exc:
            QMessageBox.warning(self, translate("ImportsPage", "Cannot undo"), str(exc))
        self.undone.emit()
