"""File → Import HR spreadsheet…: file → sheet & header row → mapping → review → import → summary.

Every rule lives in :class:`esn_desk.core.importing.service.ImportService`; the wizard only shows
what it decides and runs the slow steps (reading, checking, writing) in a :class:`Worker`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from esn_desk.core.errors import ImportIssue, UserError
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import FIELD_BY_KEY, FIELDS, auto_mapping
from esn_desk.core.importing.readers import SourceFile, open_source
from esn_desk.core.importing.service import (
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportService,
    Preview,
    column_letter,
)
from esn_desk.core.people import display_name
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import ListTableModel
from esn_desk.ui.workers import Worker

Index = QModelIndex | QPersistentModelIndex
SPREADSHEET_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"
IGNORE = "— ignore this column —"
REQUIRED_NOTE = "Required: Employee ID or Email (to recognise people), and Last name or Full name."


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PreviewModel(QAbstractTableModel):
    """The first rows of a sheet, numbered as in Excel, with the header row highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, list[Any]]] = []
        self._width = 0
        self.header_row: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[tuple[int, list[Any]]], header_row: int | None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._width = max((len(r) for _, r in rows), default=0)
        self.header_row = header_row
        self.endResetModel()

    def set_header_row(self, header_row: int | None) -> None:
        self.header_row = header_row
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, max(self._width - 1, 0)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, row = self._rows[index.row()]
        is_header = number == self.header_row
        if role == Qt.ItemDataRole.DisplayRole:
            return values.cell_text(row[index.column()]) if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and is_header:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and is_header:
            color = QColor(style.ACCENT)
            color.setAlpha(60)
            return QBrush(color)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self.header_row is not None
            and number < self.header_row
        ):
            return style.muted_color()
        return None


class FilePage(QWizardPage):
    """Choose the file; it is read in the background and any problem is shown here."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Choose the HR spreadsheet")
        self.setSubTitle(
            "An extract from your HR system: .xlsx, .xlsm, .xls, .ods or .csv, with French or "
            "English column names. Title rows and extra columns are fine."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            "Drop a file here, paste its path and press Enter, or click Browse…"
        )
        self.path_edit.setAccessibleName("Spreadsheet file")
        self.path_edit.returnPressed.connect(self._typed)
        browse = QPushButton(style.icon("folder-open-outline"), "Browse…")
        browse.setAutoDefault(False)  # Enter means Next once a file is chosen, not Browse again
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = _plain("")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch()
        self.setAcceptDrops(True)
        self._worker: Worker | None = None

    def _browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Choose the HR spreadsheet", start, SPREADSHEET_FILTER)
        if path:
            self.load(Path(path))

    def _typed(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if text and (self._wizard.preview is None or Path(text) != self._wizard.preview.source.path):
            self.load(Path(text).expanduser())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.load(Path(urls[0].toLocalFile()))

    def load(self, path: Path) -> None:
        """Open and inspect ``path`` in the background."""
        self.path_edit.setText(str(path))
        self._wizard.preview = None
        self.status.setText(f"Reading {path.name}…")
        self.status.setStyleSheet("")
        self.busy.show()
        service = self._wizard.service
        self._worker = Worker(lambda _p, _c: service.inspect(path))
        self._worker.succeeded.connect(self._loaded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self.busy.hide)
        self._worker.start()
        self.completeChanged.emit()

    def _loaded(self, preview: Preview) -> None:
        self._wizard.preview = preview
        source = preview.source
        kind = {
            "xlsx": "Excel workbook",
            "xls": "Excel 97–2003 workbook",
            "ods": "OpenDocument spreadsheet",
            "csv": "CSV text file",
        }.get(source.kind, source.kind)
        sheets = formatting.plural(len(source.sheets), "sheet", "sheets")
        extra = ""
        if source.kind == "csv":
            separator = {";": "semicolons", ",": "commas", "\t": "tabs", "|": "vertical bars"}.get(
                source.delimiter or ",", repr(source.delimiter)
            )
            extra = f", {source.encoding}, separated by {separator}"
        found = (
            f"Header found on row {preview.header_row} of “{preview.sheet}”."
            if preview.header_row
            else f"No header row recognised in “{preview.sheet}”: choose it next."
        )
        self.status.setText(f"✓ {kind} ({sheets}{extra}). {found}")
        self.completeChanged.emit()
        next_button = self._wizard.button(QWizard.WizardButton.NextButton)
        if next_button is not None and self.isVisible():
            next_button.setFocus()

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            self.status.setText(str(exc))
        else:
            self._wizard.report_bug(exc, details)
            self.status.setText(
                "This file could not be read because of an unexpected error (details in the log)."
            )
        self.status.setStyleSheet("color: #c62828;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.preview is not None


class SheetPage(QWizardPage):
    """Pick the sheet and the header row, with a preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Sheet and header row")
        self.setSubTitle("The highlighted row holds the column names; rows above it are skipped.")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName("Sheet")
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.header_spin.setAccessibleName("Header row")
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.setWordWrap(False)
        self.table.clicked.connect(lambda index: self.header_spin.setValue(self.model._rows[index.row()][0]))
        top = QHBoxLayout()
        top.addWidget(QLabel("Sheet"))
        top.addWidget(self.sheet_combo, 1)
        top.addSpacing(16)
        top.addWidget(QLabel("Column names on row"))
        top.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(style.label("Tip: click a row to use it as the header row.", "muted"))
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self._filling = False

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self._filling = True
        self.sheet_combo.clear()
        for sheet in preview.source.sheets:
            self.sheet_combo.addItem(sheet.name + ("" if sheet.visible else "  (hidden)"), sheet.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(preview.sheet), 0))
        self._filling = False
        self._show(preview)

    def _show(self, preview: Preview) -> None:
        self._filling = True
        self.model.set_rows(preview.rows, preview.header_row)
        if preview.header_row:
            self.header_spin.setValue(preview.header_row)
        self._filling = False
        self.completeChanged.emit()

    def _sheet_changed(self) -> None:
        preview = self._wizard.preview
        if self._filling or preview is None:
            return
        sheet = self.sheet_combo.currentData()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            new = self._wizard.service.inspect(preview.source.path, sheet=sheet, source=preview.source)
        except UserError as exc:
            QMessageBox.warning(self, "Cannot read this sheet", str(exc))
            return
        finally:
            self.unsetCursor()
        self._wizard.preview = new
        self._show(new)

    def _header_changed(self, row: int) -> None:
        preview = self._wizard.preview
        if self._filling or preview is None:
            return
        cells = next((r for n, r in preview.rows if n == row), None)
        preview.header_row = row if cells is not None else None
        preview.headers = [values.cell_text(c) for c in cells] if cells else []
        saved = self._wizard.service.saved_mapping(preview.headers) if preview.headers else None
        preview.mapping = saved if saved is not None else auto_mapping(preview.headers)
        preview.mapping_origin = (
            "saved" if saved is not None else ("automatic" if preview.mapping else "none")
        )
        self.model.set_header_row(preview.header_row)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and preview.header_row is not None and any(preview.headers)


class MappingPage(QWizardPage):
    """One line per column: its name, sample values, and the directory field it fills."""

    COL_COLUMN, COL_SAMPLES, COL_FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Match the columns")
        self.setSubTitle(REQUIRED_NOTE + " Columns left on “ignore” are not imported.")
        self.origin = style.label("", "muted")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Column in the file", "Sample values", "Directory field"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COL_COLUMN, 220)
        header.resizeSection(self.COL_FIELD, 230)
        self.problem = _plain("")
        self.problem.setStyleSheet("color: #c62828;")
        self.full = QCheckBox(
            "This file lists every employee (full extract): mark people missing from it as having left"
        )
        self.day_first = QCheckBox("Dates like 03/01/2024 are day/month/year (3 January)")
        self.day_first.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.full)
        layout.addWidget(self.day_first)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.origin.setText(
            {
                "saved": "These columns are matched as you chose the last time you imported a file with the "
                "same column names.",
                "automatic": "ESN Desk matched the columns it recognised; check them and correct any "
                "that are wrong.",
                "none": "No column name was recognised: pick a directory field for each column to import.",
            }[preview.mapping_origin]
        )
        self.table.setRowCount(len(preview.headers))
        self.combos = []
        for index, name in enumerate(preview.headers):
            caption = QTableWidgetItem(f"{column_letter(index)}   {name or '(no name)'}")
            self.table.setItem(index, self.COL_COLUMN, caption)
            samples = QTableWidgetItem(" · ".join(preview.samples(index)))
            samples.setForeground(style.muted_color())
            self.table.setItem(index, self.COL_SAMPLES, samples)
            combo = QComboBox()
            combo.setAccessibleName(f"Field for column {column_letter(index)} {name}")
            combo.addItem(IGNORE, None)
            for f in FIELDS:
                required = f.key in ("employee_id", "email", "last_name", "full_name")
                combo.addItem(f.label + (" *" if required else ""), f.key)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(index)), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(index, self.COL_FIELD, combo)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _problems(self) -> str:
        chosen = list(self.mapping().values())
        doubles = sorted({FIELD_BY_KEY[f].label for f in chosen if chosen.count(f) > 1})
        if doubles:
            return f"Each field can be used once; used more than once: {', '.join(doubles)}."
        if not {"employee_id", "email"} & set(chosen):
            return "Choose the column with the Employee ID or the Email."
        if not {"last_name", "full_name"} & set(chosen):
            return "Choose the column with the Last name or the Full name."
        return ""

    def _changed(self) -> None:
        self.problem.setText(self._problems())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problems()

    def validatePage(self) -> bool:
        preview = self._wizard.preview
        assert preview is not None
        self._wizard.import_options = ImportOptions(
            sheet=preview.sheet,
            header_row=preview.header_row,
            mapping=self.mapping(),
            full=self.full.isChecked(),
            day_first=self.day_first.isChecked(),
        )
        return True


class IssuesModel(ListTableModel):
    HEADERS = ("Row", "Kind", "Column", "Value", "What is wrong")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.HEADERS, parent)
        self._all: list[tuple[str, ImportIssue]] = []
        self._filter = ("all", "")

    def set_issues(self, errors: list[ImportIssue], warnings: list[ImportIssue]) -> None:
        merged = [("Refused", i) for i in errors] + [("Warning", i) for i in warnings]
        self._all = sorted(merged, key=lambda item: (item[1].row, item[0]))
        self.set_filter(*self._filter)

    def set_filter(self, kind: str, text: str) -> None:
        self._filter = (kind, text)
        needle = text.strip().lower()
        self.set_items(
            [
                (k, i)
                for k, i in self._all
                if (kind == "all" or (kind == "rejected") == (k == "Refused"))
                and (not needle or needle in f"{i.row} {i.column} {i.value} {i.message}".lower())
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, issue = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(issue.row), kind, issue.column, issue.value, issue.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 2:
            return (issue.column, issue.value, issue.message)[index.column() - 2] or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor("#c62828" if kind == "Refused" else "#b26a00"))
        return None


class RowsModel(ListTableModel):
    """Read-only rows of text (who joins, what changes, who leaves)."""

    @property
    def rows(self) -> list[tuple[str, ...]]:
        return self.items

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.set_items(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.items[index.row()][index.column()]
        return None


def _rows_table(model: QAbstractTableModel, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.horizontalHeader().resizeSection(column, width)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _name(record: dict[str, Any]) -> str:
    return display_name(
        record.get("first_name") or "", record.get("last_name") or "", record.get("full_name") or ""
    )


class ReviewPage(QWizardPage):
    """Checks every row in the background, then shows what the import will do."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Review")
        self.setSubTitle("Nothing has been changed yet. Check the figures and the refused rows, then Import.")
        self.progress = QProgressBar()
        self.progress_text = style.label("", "muted")
        self.cancel_check = QPushButton("Cancel")
        self.cancel_check.clicked.connect(self._cancel)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("created", "New people"),
                ("updated", "Updated"),
                ("unchanged", "Unchanged"),
                ("left", "Marked as left"),
                ("rejected", "Rows refused"),
                ("warnings", "Warnings"),
            )
        ):
            number = QLabel("–")
            number.setProperty("role", "page-title")
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(number, 0, column)
            label = style.label(caption, "muted")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(label, 1, column)
            self.figures[key] = number
        self.joiners = RowsModel(("Row", "Name", "Employee ID", "Email", "Site", "Department"), self)
        self.changes = RowsModel(("Row", "Name", "What changes"), self)
        self.leavers = RowsModel(("Name",), self)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All problems", "all")
        self.kind_filter.addItem("Refused rows", "rejected")
        self.kind_filter.addItem("Warnings", "warnings")
        self.kind_filter.setAccessibleName("Show")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter the problems…")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(style.icon("microsoft-excel"), "Export refused rows…")
        self.export_button.setToolTip(
            "An Excel file with the refused rows and why; fix them there and import that file again."
        )
        self.export_button.clicked.connect(self._export_errors)
        self.issues = IssuesModel(self)
        self.issue_table = QTableView()
        self.issue_table.setModel(self.issues)
        self.issue_table.verticalHeader().hide()
        self.issue_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 80, 200, 200)):
            self.issue_table.horizontalHeader().resizeSection(col, width)
        self.issue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issue_table.setAlternatingRowColors(True)
        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.export_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_check)
        layout = QVBoxLayout(self)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_text)
        layout.addLayout(grid)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 6, 0, 0)
        problems_layout.addLayout(bar)
        problems_layout.addWidget(self.issue_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(problems, "Problems")
        self.tabs.addTab(_rows_table(self.joiners, (60, 200, 100, 240, 150)), "New people")
        self.tabs.addTab(_rows_table(self.changes, (60, 200)), "Changes")
        self.tabs.addTab(_rows_table(self.leavers, ()), "Leaving")
        layout.addWidget(self.tabs, 1)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self._worker: Worker | None = None

    def initializePage(self) -> None:
        self._wizard.plan = None
        for label in self.figures.values():
            label.setText("–")
        for model in (self.joiners, self.changes, self.leavers):
            model.set_rows([])
        self.issues.set_issues([], [])
        self.export_button.setEnabled(False)
        self.progress.show()
        self.cancel_check.show()
        self.progress.setRange(0, 0)
        preview, options = self._wizard.preview, self._wizard.import_options
        assert preview is not None and options is not None
        service, source = self._wizard.service, preview.source
        self._worker = Worker(
            lambda p, c: service.plan(source.path, options, progress=p, cancelled=c, source=source)
        )
        self._worker.progress.connect(self._progress)
        self._worker.succeeded.connect(self._planned)
        self._worker.failed.connect(self._failed)
        self._worker.start()
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.setText(text)

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self._wizard.back()

    def _planned(self, plan: ImportPlan) -> None:
        self._wizard.plan = plan
        self.progress.hide()
        self.cancel_check.hide()
        self.progress_text.setText(
            f"Sheet “{plan.sheet}”, column names on row {plan.header_row}"
            + (f"; columns not imported: {', '.join(plan.ignored_columns)}." if plan.ignored_columns else ".")
        )
        counts = {**plan.counts, "warnings": len(plan.warnings)}
        for key, label in self.figures.items():
            label.setText(formatting.number(counts[key]))
        self.joiners.set_rows(
            [
                (
                    str(r.get("_row", "")),
                    _name(r),
                    r.get("employee_id") or "",
                    r.get("email") or "",
                    r.get("site") or "",
                    r.get("department") or "",
                )
                for r in plan.creates
            ]
        )
        self.changes.set_rows(
            [(str(u.row), _name(u.record), describe_changes(u.changes, u.returning)) for u in plan.updates]
        )
        self.leavers.set_rows([(name,) for name in plan.leaver_names])
        self.issues.set_issues(plan.errors, plan.warnings)
        problems = len(plan.errors) + len(plan.warnings)
        for index, (title, count) in enumerate(
            (
                ("Problems", problems),
                ("New people", len(plan.creates)),
                ("Changes", len(plan.updates)),
                ("Leaving", len(plan.leavers)),
            )
        ):
            self.tabs.setTabText(index, f"{title} ({formatting.number(count)})")
        self.tabs.setCurrentIndex(0 if problems else 1)
        self.export_button.setEnabled(bool(plan.rejected_rows))
        if not any(plan.counts[k] for k in ("created", "updated", "left")):
            self.progress_text.setText(
                "Nothing to import: everyone in this file is already up to date"
                + (" (every row was refused)." if not plan.counts["unchanged"] else ".")
            )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.progress.hide()
        self.cancel_check.hide()
        if isinstance(exc, ImportCancelled):
            return
        if isinstance(exc, UserError):
            QMessageBox.warning(self, "Cannot import this file", str(exc))
        else:
            self._wizard.report_bug(exc, details)
        self._wizard.back()

    def _filter(self) -> None:
        self.issues.set_filter(self.kind_filter.currentData(), self.search.text())

    def _export_errors(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        default = plan.path.with_name(f"{plan.path.stem} - refused rows.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export refused rows", str(default), "Excel workbook (*.xlsx)"
        )
        if not path:
            return
        from esn_desk.core.importing.error_file import write_error_file  # openpyxl: only when needed

        try:
            write_error_file(plan, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, "Cannot save", f"{path} could not be written: {exc.strerror or exc}.")
            return
        self._wizard.exported_errors = Path(path)
        QMessageBox.information(
            self,
            "Refused rows exported",
            f"{formatting.plural(len(plan.rejected_rows), 'row', 'rows')} written to "
            f"{Path(path).name}. Fix them there and import that file again.",
        )

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and any(plan.counts[k] for k in ("created", "updated", "left"))

    def cleanupPage(self) -> None:
        if self._worker is not None and self._worker.is_running():
            self._worker.cancel()
            self._worker.wait()


class RunPage(QWizardPage):
    """Writes the import in the background; Cancel leaves the programme exactly as it was."""

    done = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Importing")
        self.setSubTitle(
            "You can cancel until the end: the directory is only changed when everything is written."
        )
        self.progress = QProgressBar()
        self.text = style.label("", "muted")
        self.cancel_button = QPushButton("Cancel the import")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.progress)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch()
        self._worker: Worker | None = None
        self.finished_ok = False

    def initializePage(self) -> None:
        self.finished_ok = False
        plan = self._wizard.plan
        assert plan is not None
        service = self._wizard.service
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._worker = Worker(lambda p, c: service.apply(plan, progress=p, cancelled=c))
        self._worker.progress.connect(self._progress)
        self._worker.succeeded.connect(self._applied)
        self._worker.failed.connect(self._failed)
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None and self._worker.is_running():
            self.cancel_button.setEnabled(False)
            self.text.setText("Cancelling…")
            self._worker.cancel()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.text.setText(text)

    def _applied(self, run_id: int) -> None:
        self._wizard.run_id = run_id
        self.finished_ok = True
        self.completeChanged.emit()
        self._wizard.imported.emit(run_id)
        self._wizard.next()

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, ImportCancelled):
            QMessageBox.information(
                self, "Import cancelled", "The import was cancelled; nothing was changed."
            )
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, "Import failed", f"{exc}\n\nNothing was changed.")
        else:
            self._wizard.report_bug(exc, details)
        self._wizard.back()

    def isComplete(self) -> bool:
        return self.finished_ok

    def cleanupPage(self) -> None:
        if self.is_running() and self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Import complete")
        self.text = _plain("")
        self.undo_button = QPushButton(style.icon("undo"), "Undo this import")
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        c = plan.counts
        lines = [
            f"{plan.path.name} was imported into the directory:",
            f"  • {formatting.plural(c['created'], 'new person', 'new people')}",
            f"  • {formatting.number(c['updated'])} updated, {formatting.number(c['unchanged'])} unchanged",
        ]
        if plan.full:
            lines.append(f"  • {formatting.plural(c['left'], 'person', 'people')} marked as having left")
        if c["rejected"]:
            lines.append(f"  • {formatting.plural(c['rejected'], 'row', 'rows')} refused (not imported)")
        lines.append("")
        lines.append("Changed your mind? Undo puts the directory back exactly as it was before this import.")
        self.text.setText("\n".join(lines))
        self.undo_button.setEnabled(True)
        finish = self._wizard.button(QWizard.WizardButton.FinishButton)
        if finish is not None:
            finish.setFocus()

    def _undo(self) -> None:
        run_id = self._wizard.run_id
        if run_id is None:
            return
        answer = QMessageBox.question(
            self,
            "Undo the import",
            "Put the directory back exactly as it was before this import?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._wizard.service.undo(run_id)
        except UserError as exc:
            QMessageBox.warning(self, "Cannot undo", str(exc))
            return
        self.undo_button.setEnabled(False)
        self.text.setText("The import was undone: the directory is as it was before.")
        self._wizard.imported.emit(run_id)


class ImportWizard(QWizard):
    """Signals: ``imported(run_id)`` after an import is written or undone (the window reloads its pages)."""

    imported = Signal(int)
    bug = Signal(object, str)

    def __init__(
        self, service: ImportService, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.preview: Preview | None = None
        self.import_options: ImportOptions | None = None
        self.plan: ImportPlan | None = None
        self.run_id: int | None = None
        self.exported_errors: Path | None = None
        self.setWindowTitle("Import HR spreadsheet")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        pages = (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.review_page,
            self.run_page,
            self.summary_page,
        )
        for page in pages:
            self.addPage(page)
        self.review_page.setButtonText(QWizard.WizardButton.NextButton, "Import")
        # Enter always means the wizard's own Next / Import / Finish, never a button inside a page
        # (on the last page that button is Undo).
        for page in pages:
            for page_button in page.findChildren(QPushButton):
                page_button.setAutoDefault(False)
        if path is not None:
            self.file_page.load(path)

    def report_bug(self, exc: BaseException, details: str) -> None:
        self.bug.emit(exc, details)

    def reject(self) -> None:
        if self.currentPage() is self.run_page and self.run_page.is_running():
            self.run_page.cancel()  # the worker rolls back, then the page goes back to Review
            return
        if self.review_page._worker is not None and self.review_page._worker.is_running():
            self.review_page._worker.cancel()
            self.review_page._worker.wait()
        super().reject()


def describe_changes(changes: dict[str, tuple[Any, Any]], returning: bool) -> str:
    parts = ["back in the HR data"] if returning else []
    parts += [
        f"{FIELD_BY_KEY[name].label}: {old or '—'} → {new or '—'}" for name, (old, new) in changes.items()
    ]
    return "; ".join(parts)


__all__ = ["ImportWizard", "SourceFile", "open_source"]
