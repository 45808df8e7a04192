"""File → Import…: file → sheet & header row → mapping → review → import → summary.

One wizard for the three imports — the HR extract, an ambassador roster, an ESN usage export —
described by a :class:`WizardKind`. Every rule lives in core (:class:`ImportService`,
:class:`RosterImport`, :class:`UsageImport`); the wizard only shows what they decide and runs the
slow steps (reading, checking, writing) in a :class:`Worker`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from esn_desk.core import i18n
from esn_desk.core.errors import ImportIssue, UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import FIELD_BY_KEY, VOCABULARIES, Vocabulary
from esn_desk.core.importing.readers import SourceFile, open_source
from esn_desk.core.importing.roster import describe as describe_roster_changes
from esn_desk.core.importing.service import (
    Cancelled,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportService,
    Preview,
    Progress,
    check_mapping,
    column_letter,
)
from esn_desk.core.people import display_name
from esn_desk.core.programme import role_label, source_label, status_label
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import ListTableModel
from esn_desk.ui.workers import Worker

Index = QModelIndex | QPersistentModelIndex
# Module-level texts stay English here; shown through translate("ImportWizard", ...).
SPREADSHEET_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"
)
IGNORE = QT_TRANSLATE_NOOP("ImportWizard", "— ignore this column —")


class Importer(Protocol):
    """What the wizard needs from an import service (HR, roster or usage)."""

    def inspect(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        source: SourceFile | None = None,
    ) -> Preview: ...

    def plan(
        self,
        path: str | Path,
        options: ImportOptions | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        source: SourceFile | None = None,
    ) -> ImportPlan: ...

    def apply(
        self, plan: ImportPlan, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> int: ...


@dataclass(frozen=True)
class WizardKind:
    """The words and figures that differ from one kind of import to another (in English, marked with
    QT_TRANSLATE_NOOP: shown through :func:`_kind_text`). ``done_text`` holds a ``{file}`` placeholder."""

    what: str
    window_title: str
    file_title: str
    file_subtitle: str
    required: frozenset[str]
    required_note: str
    field_caption: str
    figures: tuple[tuple[str, str], ...]
    done_text: str
    undo_text: str

    @property
    def vocabulary(self) -> Vocabulary:
        return VOCABULARIES[self.what]


HR_KIND = WizardKind(
    what="hr",
    window_title=QT_TRANSLATE_NOOP("ImportWizard", "Import HR spreadsheet"),
    file_title=QT_TRANSLATE_NOOP("ImportWizard", "Choose the HR spreadsheet"),
    file_subtitle=QT_TRANSLATE_NOOP(
        "ImportWizard",
        "An extract from your HR system: .xlsx, .xlsm, .xls, .ods or .csv, with French or "
        "English column names. Title rows and extra columns are fine.",
    ),
    required=frozenset({"employee_id", "email", "last_name", "full_name"}),
    required_note=QT_TRANSLATE_NOOP(
        "ImportWizard", "Required: Employee ID or Email (to recognise people), and Last name or Full name."
    ),
    field_caption=QT_TRANSLATE_NOOP("ImportWizard", "Directory field"),
    figures=(
        ("created", QT_TRANSLATE_NOOP("ImportWizard", "New people")),
        ("updated", QT_TRANSLATE_NOOP("ImportWizard", "Updated")),
        ("unchanged", QT_TRANSLATE_NOOP("ImportWizard", "Unchanged")),
        ("left", QT_TRANSLATE_NOOP("ImportWizard", "Marked as left")),
        ("rejected", QT_TRANSLATE_NOOP("ImportWizard", "Rows refused")),
        ("warnings", QT_TRANSLATE_NOOP("ImportWizard", "Warnings")),
    ),
    done_text=QT_TRANSLATE_NOOP("ImportWizard", "{file} was imported into the directory:"),
    undo_text=QT_TRANSLATE_NOOP(
        "ImportWizard", "Put the directory back exactly as it was before this import?"
    ),
)
ROSTER_KIND = WizardKind(
    what="roster",
    window_title=QT_TRANSLATE_NOOP("ImportWizard", "Import ambassador roster"),
    file_title=QT_TRANSLATE_NOOP("ImportWizard", "Choose the roster spreadsheet"),
    file_subtitle=QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Your existing list of ambassadors and candidates: one row per person, with an employee "
        "ID or an email, and any of role, status, source, date, objective, notes. Import the HR "
        "extract first: the people must already be in the directory.",
    ),
    required=frozenset({"employee_id", "email"}),
    required_note=QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Required: Employee ID or Email, to find each person in the directory. A missing "
        "status means Active.",
    ),
    field_caption=QT_TRANSLATE_NOOP("ImportWizard", "Roster field"),
    figures=(
        ("created", QT_TRANSLATE_NOOP("ImportWizard", "Added to the programme")),
        ("updated", QT_TRANSLATE_NOOP("ImportWizard", "Updated")),
        ("unchanged", QT_TRANSLATE_NOOP("ImportWizard", "Unchanged")),
        ("rejected", QT_TRANSLATE_NOOP("ImportWizard", "Rows refused")),
        ("warnings", QT_TRANSLATE_NOOP("ImportWizard", "Warnings")),
    ),
    done_text=QT_TRANSLATE_NOOP("ImportWizard", "{file} was imported into the programme:"),
    undo_text=QT_TRANSLATE_NOOP(
        "ImportWizard", "Put the programme back exactly as it was before this import?"
    ),
)
USAGE_KIND = WizardKind(
    what="usage",
    window_title=QT_TRANSLATE_NOOP("ImportWizard", "Import ESN usage export"),
    file_title=QT_TRANSLATE_NOOP("ImportWizard", "Choose the usage export"),
    file_subtitle=QT_TRANSLATE_NOOP(
        "ImportWizard",
        "The user activity export of your enterprise social network (any vendor): one row per "
        "user with an email or employee ID and counts such as posts, comments, reactions, views, or the "
        "last active date.",
    ),
    required=frozenset({"employee_id", "email", "posts", "comments"}),
    required_note=QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Required: Email or Employee ID, and Posts or Comments (a contributor is someone who "
        "published in the period).",
    ),
    field_caption=QT_TRANSLATE_NOOP("ImportWizard", "Usage field"),
    figures=(
        ("matched", QT_TRANSLATE_NOOP("ImportWizard", "People matched")),
        ("contributors", QT_TRANSLATE_NOOP("ImportWizard", "Contributors")),
        ("readers", QT_TRANSLATE_NOOP("ImportWizard", "Readers")),
        ("not_in_directory", QT_TRANSLATE_NOOP("ImportWizard", "Not in the directory")),
        ("rejected", QT_TRANSLATE_NOOP("ImportWizard", "Rows refused")),
    ),
    done_text=QT_TRANSLATE_NOOP("ImportWizard", "{file} was imported: adoption figures are updated:"),
    undo_text=QT_TRANSLATE_NOOP(
        "ImportWizard", "Remove this usage import and put the programme back as it was before it?"
    ),
)
KINDS = {k.what: k for k in (HR_KIND, ROSTER_KIND, USAGE_KIND)}


def _kind_text(text: str) -> str:
    """A text of :class:`WizardKind` (or of this module's tables) in the interface language."""
    return translate("ImportWizard", text)


def encoding_label(encoding: str | None) -> str:
    """A text file's encoding as a person knows it ("UTF-8 with BOM", not Python's "utf-8-sig")."""
    shown = {
        "utf-8-sig": translate("FilePage", "UTF-8 with BOM"),
        "utf-8": "UTF-8",
        "utf-16": "UTF-16",
        "cp1252": "Windows-1252",
    }
    return shown.get((encoding or "").lower(), encoding or "")


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
        self.setTitle(_kind_text(wizard.kind.file_title))
        self.setSubTitle(_kind_text(wizard.kind.file_subtitle))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            translate("FilePage", "Drop a file here, paste its path and press Enter, or click Browse…")
        )
        self.path_edit.setAccessibleName(translate("FilePage", "Spreadsheet file"))
        self.path_edit.returnPressed.connect(self._typed)
        browse = QPushButton(style.icon("folder-open-outline"), translate("FilePage", "Browse…"))
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
        path, _ = QFileDialog.getOpenFileName(
            self, _kind_text(self._wizard.kind.file_title), start, _kind_text(SPREADSHEET_FILTER)
        )
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
        self.status.setText(translate("FilePage", "Reading {file}…").format(file=path.name))
        self.status.setStyleSheet("")
        self.busy.show()
        importer = self._wizard.importer
        self._worker = Worker(lambda _p, _c: importer.inspect(path))
        self._worker.succeeded.connect(self._loaded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self.busy.hide)
        self._worker.start()
        self.completeChanged.emit()

    def _loaded(self, preview: Preview) -> None:
        self._wizard.preview = preview
        source = preview.source
        kind = {
            "xlsx": translate("FilePage", "Excel workbook"),
            "xls": translate("FilePage", "Excel 97–2003 workbook"),
            "ods": translate("FilePage", "OpenDocument spreadsheet"),
            "csv": translate("FilePage", "CSV text file"),
        }.get(source.kind, source.kind)
        sheets = i18n.plural(
            len(source.sheets), translate("FilePage", "{n} sheet"), translate("FilePage", "{n} sheets")
        )
        found = (
            translate("FilePage", "Header found on row {row} of “{sheet}”.").format(
                row=preview.header_row, sheet=preview.sheet
            )
            if preview.header_row
            else translate("FilePage", "No header row recognised in “{sheet}”: choose it next.").format(
                sheet=preview.sheet
            )
        )
        if source.kind == "csv":
            separator = {
                ";": translate("FilePage", "separated by semicolons"),
                ",": translate("FilePage", "separated by commas"),
                "\t": translate("FilePage", "separated by tabs"),
                "|": translate("FilePage", "separated by vertical bars"),
            }.get(source.delimiter or ",") or translate("FilePage", "separated by {separator}").format(
                separator=repr(source.delimiter)
            )
            text = translate("FilePage", "✓ {kind} ({sheets}, {encoding}, {separator}). {found}").format(
                kind=kind,
                sheets=sheets,
                encoding=encoding_label(source.encoding),
                separator=separator,
                found=found,
            )
        else:
            text = translate("FilePage", "✓ {kind} ({sheets}). {found}").format(
                kind=kind, sheets=sheets, found=found
            )
        self.status.setText(text)
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
                translate(
                    "FilePage",
                    "This file could not be read because of an unexpected error (details in the log).",
                )
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
        self.setTitle(translate("SheetPage", "Sheet and header row"))
        self.setSubTitle(
            translate("SheetPage", "The highlighted row holds the column names; rows above it are skipped.")
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(translate("SheetPage", "Sheet"))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.header_spin.setAccessibleName(translate("SheetPage", "Header row"))
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.setWordWrap(False)
        self.table.clicked.connect(lambda index: self.header_spin.setValue(self.model._rows[index.row()][0]))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("SheetPage", "Sheet")))
        top.addWidget(self.sheet_combo, 1)
        top.addSpacing(16)
        top.addWidget(QLabel(translate("SheetPage", "Column names on row")))
        top.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            style.label(translate("SheetPage", "Tip: click a row to use it as the header row."), "muted")
        )
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self._filling = False

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self._filling = True
        self.sheet_combo.clear()
        for sheet in preview.source.sheets:
            shown = (
                sheet.name
                if sheet.visible
                else translate("SheetPage", "{sheet}  (hidden)").format(sheet=sheet.name)
            )
            self.sheet_combo.addItem(shown, sheet.name)
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
            new = self._wizard.importer.inspect(preview.source.path, sheet=sheet, source=preview.source)
        except UserError as exc:
            QMessageBox.warning(self, translate("SheetPage", "Cannot read this sheet"), str(exc))
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
        vocabulary = self._wizard.kind.vocabulary
        saved = self._wizard.service.saved_mapping(preview.headers, vocabulary) if preview.headers else None
        preview.mapping = saved if saved is not None else vocabulary.auto_mapping(preview.headers)
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
        self.setTitle(translate("MappingPage", "Match the columns"))
        kind = wizard.kind
        self.setSubTitle(
            translate("MappingPage", "{required} Columns left on “ignore” are not imported.").format(
                required=_kind_text(kind.required_note)
            )
        )
        self.origin = style.label("", "muted")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("MappingPage", "Column in the file"),
                translate("MappingPage", "Sample values"),
                _kind_text(kind.field_caption),
            ]
        )
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
            translate(
                "MappingPage",
                "This file lists every employee (full extract): mark people missing from it as having left",
            )
        )
        self.full.setVisible(kind.what == "hr")
        self.day_first = QCheckBox(
            translate("MappingPage", "Dates like 03/01/2024 are day/month/year (3 January)")
        )
        self.day_first.setChecked(True)
        # Usage exports: the period the figures cover (contributors published within it).
        self.period_start = QDateEdit()
        self.period_end = QDateEdit()
        for edit, name in (
            (self.period_start, translate("MappingPage", "Period start")),
            (self.period_end, translate("MappingPage", "Period end")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        end = date.today().replace(day=1) - timedelta(days=1)  # last month, by default
        self.period_end.setDate(QDate(end.year, end.month, end.day))
        self.period_start.setDate(QDate(end.year, end.month, 1))
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        # The sentence runs around the two date fields: « L’export couvre la période du [date] au [date] ».
        period_row.addWidget(QLabel(translate("MappingPage", "The export covers the period from")))
        period_row.addWidget(self.period_start)
        period_row.addWidget(QLabel(translate("MappingPage", "to")))
        period_row.addWidget(self.period_end)
        period_row.addStretch()
        period.setVisible(kind.what == "usage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(period)
        layout.addWidget(self.full)
        layout.addWidget(self.day_first)
        self.combos: list[QComboBox] = []
        self.period_start.dateChanged.connect(self._changed)
        self.period_end.dateChanged.connect(self._changed)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.origin.setText(
            {
                "saved": translate(
                    "MappingPage",
                    "These columns are matched as you chose the last time you imported a file with the "
                    "same column names.",
                ),
                "automatic": translate(
                    "MappingPage",
                    "ESN Desk matched the columns it recognised; check them and correct any that are wrong.",
                ),
                "none": translate(
                    "MappingPage", "No column name was recognised: pick a field for each column to import."
                ),
            }[preview.mapping_origin]
        )
        self.table.setRowCount(len(preview.headers))
        self.combos = []
        for index, name in enumerate(preview.headers):
            shown = name or translate("MappingPage", "(no name)")
            caption = QTableWidgetItem(f"{column_letter(index)}   {shown}")
            self.table.setItem(index, self.COL_COLUMN, caption)
            samples = QTableWidgetItem(" · ".join(preview.samples(index)))
            samples.setForeground(style.muted_color())
            self.table.setItem(index, self.COL_SAMPLES, samples)
            combo = QComboBox()
            combo.setAccessibleName(
                translate("MappingPage", "Field for column {letter} {name}").format(
                    letter=column_letter(index), name=name
                )
            )
            combo.addItem(_kind_text(IGNORE), None)
            kind = self._wizard.kind
            for f in kind.vocabulary.fields:
                combo.addItem(f.shown_label + (" *" if f.key in kind.required else ""), f.key)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(index)), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(index, self.COL_FIELD, combo)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _problems(self) -> str:
        try:
            check_mapping(self.mapping(), self._wizard.kind.vocabulary)
        except UserError as exc:
            return str(exc)
        if self._wizard.kind.what == "usage" and self.period_start.date() > self.period_end.date():
            return translate("MappingPage", "The period starts after it ends: check the two dates.")
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
            full=self.full.isChecked() and self._wizard.kind.what == "hr",
            day_first=self.day_first.isChecked(),
            period_start=_to_date(self.period_start) if self._wizard.kind.what == "usage" else None,
            period_end=_to_date(self.period_end) if self._wizard.kind.what == "usage" else None,
        )
        return True


# The kind of a problem: kept in English in the model, shown translated.
REFUSED = QT_TRANSLATE_NOOP("IssuesModel", "Refused")
WARNING = QT_TRANSLATE_NOOP("IssuesModel", "Warning")


class IssuesModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("IssuesModel", "Row"),
        QT_TRANSLATE_NOOP("IssuesModel", "Kind"),
        QT_TRANSLATE_NOOP("IssuesModel", "Column"),
        QT_TRANSLATE_NOOP("IssuesModel", "Value"),
        QT_TRANSLATE_NOOP("IssuesModel", "What is wrong"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("IssuesModel", h) for h in self.HEADERS), parent)
        self._all: list[tuple[str, ImportIssue]] = []
        self._filter = ("all", "")

    def set_issues(self, errors: list[ImportIssue], warnings: list[ImportIssue]) -> None:
        merged = [(REFUSED, i) for i in errors] + [(WARNING, i) for i in warnings]
        self._all = sorted(merged, key=lambda item: (item[1].row, item[0]))
        self.set_filter(*self._filter)

    def set_filter(self, kind: str, text: str) -> None:
        self._filter = (kind, text)
        needle = text.strip().lower()
        self.set_items(
            [
                (k, i)
                for k, i in self._all
                if (kind == "all" or (kind == "rejected") == (k == REFUSED))
                and (not needle or needle in f"{i.row} {i.column} {i.value} {i.message}".lower())
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, issue = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = translate("IssuesModel", kind)
            row = str(issue.row) if issue.row > 0 else "—"  # row 0: about the whole file
            return (row, shown, issue.column, issue.value, issue.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 2:
            return (issue.column, issue.value, issue.message)[index.column() - 2] or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor("#c62828" if kind == REFUSED else "#b26a00"))
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


_WRAPPED_ROWS = 1000  # more rows than this stay one line high (each cell's tooltip has its whole text)
_WIDEST_COLUMN = 320  # a column sized to its contents, before the last one, is at most this wide


def fit_review_table(table: QTableView, widths: tuple[int, ...], widest: int = _WIDEST_COLUMN) -> None:
    """Columns before the last as wide as their contents (at least ``widths``, at most ``widest``);
    the last one takes the room left and wraps, its rows as high as needed."""
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    model = table.model()

    def fit_columns() -> None:
        last = model.columnCount() - 1
        for column in range(last):
            table.resizeColumnToContents(column)
            wanted = min(header.sectionSize(column), widest)
            header.resizeSection(column, max(wanted, widths[column] if column < len(widths) else 0))
        rows_later.start()

    def fit_rows() -> None:
        if 0 < model.rowCount() <= _WRAPPED_ROWS:
            table.resizeRowsToContents()

    rows_later = QTimer(table)  # once the columns have settled (a resize moves many sections)
    rows_later.setSingleShot(True)
    rows_later.setInterval(0)
    rows_later.timeout.connect(fit_rows)
    model.modelReset.connect(fit_columns)
    header.sectionResized.connect(lambda *_: rows_later.start())


def _rows_table(model: QAbstractTableModel, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    fit_review_table(table, widths)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
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
        self.setTitle(translate("ReviewPage", "Review"))
        self.setSubTitle(
            translate(
                "ReviewPage",
                "Nothing has been changed yet. Check the figures and the refused rows, then Import.",
            )
        )
        self.progress = QProgressBar()
        self.progress_text = style.label("", "muted")
        self.progress_text.setWordWrap(True)
        self.cancel_check = QPushButton(translate("ReviewPage", "Cancel"))
        self.cancel_check.clicked.connect(self._cancel)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate(wizard.kind.figures):
            number = QLabel("–")
            number.setProperty("role", "page-title")
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(number, 0, column)
            label = style.label(_kind_text(caption), "muted")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(label, 1, column)
            self.figures[key] = number
        row, name = translate("ReviewPage", "Row"), translate("ReviewPage", "Name")
        if wizard.kind.what == "roster":
            self.joiners = RowsModel(
                (
                    row,
                    name,
                    translate("ReviewPage", "Role"),
                    translate("ReviewPage", "Status"),
                    translate("ReviewPage", "Source"),
                    translate("ReviewPage", "Applied on"),
                ),
                self,
            )
        else:
            self.joiners = RowsModel(
                (
                    row,
                    name,
                    translate("ReviewPage", "Employee ID"),
                    translate("ReviewPage", "Email"),
                    translate("ReviewPage", "Site"),
                    translate("ReviewPage", "Department"),
                ),
                self,
            )
        self.changes = RowsModel((row, name, translate("ReviewPage", "What changes")), self)
        self.leavers = RowsModel((name,), self)
        self.kind_filter = QComboBox()
        # The item data are filter keys, not text.
        self.kind_filter.addItem(translate("ReviewPage", "All problems"), "all")  # i18n: ok
        self.kind_filter.addItem(translate("ReviewPage", "Refused rows"), "rejected")  # i18n: ok
        self.kind_filter.addItem(translate("ReviewPage", "Warnings"), "warnings")  # i18n: ok
        self.kind_filter.setAccessibleName(translate("ReviewPage", "Show"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ReviewPage", "Filter the problems…"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(
            style.icon("microsoft-excel"), translate("ReviewPage", "Export refused rows…")
        )
        self.export_button.setToolTip(
            translate(
                "ReviewPage",
                "An Excel file with the refused rows and why; fix them there and import that file again.",
            )
        )
        self.export_button.clicked.connect(self._export_errors)
        self.issues = IssuesModel(self)
        self.issue_table = QTableView()
        self.issue_table.setModel(self.issues)
        self.issue_table.verticalHeader().hide()
        # Row and kind as narrow as they can be: the French message of the last column wraps.
        fit_review_table(self.issue_table, (50, 70, 150, 150), widest=220)
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
        problems_title = translate("ReviewPage", "Problems")
        self.tabs.addTab(problems, problems_title)
        what = wizard.kind.what
        self.tab_titles = [problems_title]
        if what in ("hr", "roster"):
            widths = (60, 200, 140, 140, 200) if what == "roster" else (60, 200, 100, 240, 150)
            title = (
                translate("ReviewPage", "New people")
                if what == "hr"
                else translate("ReviewPage", "Added to the programme")
            )
            changes_title = translate("ReviewPage", "Changes")
            self.tabs.addTab(_rows_table(self.joiners, widths), title)
            self.tabs.addTab(_rows_table(self.changes, (60, 200)), changes_title)
            self.tab_titles += [title, changes_title]
        if what == "hr":
            leaving_title = translate("ReviewPage", "Leaving")
            self.tabs.addTab(_rows_table(self.leavers, ()), leaving_title)
            self.tab_titles.append(leaving_title)
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
        service, source = self._wizard.importer, preview.source
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
        where = (
            translate("ReviewPage", "Column names on row {row}").format(row=plan.header_row)
            if plan.kind == "csv"
            else translate("ReviewPage", "Sheet “{sheet}”, column names on row {row}").format(
                sheet=plan.sheet, row=plan.header_row
            )
        )
        self.progress_text.setText(
            translate("ReviewPage", "{where}; columns not imported: {columns}.").format(
                where=where, columns=", ".join(plan.ignored_columns)
            )
            if plan.ignored_columns
            else translate("ReviewPage", "{where}.").format(where=where)
        )
        counts = {**plan.counts, "warnings": len(plan.warnings), **plan.extra}
        for key, label in self.figures.items():
            label.setText(formatting.number(counts[key]))
        if plan.what == "roster":
            self.joiners.set_rows(
                [
                    (
                        str(r.get("_row", "")),
                        str(r.get("full_name", "")),
                        role_label(r["role"]) if r.get("role") else translate("ReviewPage", "(first role)"),
                        status_label(r.get("status") or "active"),
                        source_label(r.get("source") or ""),
                        formatting.date_text(r.get("applied_on"))
                        if r.get("applied_on")
                        else translate("ReviewPage", "(today)"),
                    )
                    for r in plan.creates
                ]
            )
            self.changes.set_rows(describe_roster_changes(plan))
        elif plan.what == "hr":
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
                [
                    (str(u.row), _name(u.record), describe_changes(u.changes, u.returning))
                    for u in plan.updates
                ]
            )
            self.leavers.set_rows([(name,) for name in plan.leaver_names])
        if plan.what == "usage":
            x = plan.extra
            period = translate(
                "ReviewPage",
                "Period {start} – {end}: a contributor wrote at least one post or comment in it; a reader "
                "was active without writing.",
            ).format(start=_day(x["period_start"]), end=_day(x["period_end"]))
            self.progress_text.setText(f"{self.progress_text.text()} {period}")
        self.issues.set_issues(plan.errors, plan.warnings)
        problems = len(plan.errors) + len(plan.warnings)
        tab_counts = [problems, len(plan.creates), len(plan.updates), len(plan.leavers)]
        for index, title in enumerate(self.tab_titles):
            self.tabs.setTabText(index, f"{title} ({formatting.number(tab_counts[index])})")
        self.tabs.setCurrentIndex(0 if problems or self.tabs.count() == 1 else 1)
        self.export_button.setEnabled(bool(plan.rejected_rows))
        if not _has_work(plan):
            if plan.what == "usage":
                nothing = translate(
                    "ReviewPage", "Nothing to import: no row matches anyone in the directory."
                )
            elif not plan.counts["unchanged"]:
                nothing = translate(
                    "ReviewPage",
                    "Nothing to import: everyone in this file is already up to date (every row was refused).",
                )
            else:
                nothing = translate(
                    "ReviewPage", "Nothing to import: everyone in this file is already up to date."
                )
            self.progress_text.setText(nothing)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.progress.hide()
        self.cancel_check.hide()
        if isinstance(exc, ImportCancelled):
            return
        if isinstance(exc, UserError):
            QMessageBox.warning(self, translate("ReviewPage", "Cannot import this file"), str(exc))
        else:
            self._wizard.report_bug(exc, details)
        self._wizard.back()

    def _filter(self) -> None:
        self.issues.set_filter(self.kind_filter.currentData(), self.search.text())

    def _export_errors(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        default = plan.path.with_name(
            translate("ReviewPage", "{name} - refused rows.xlsx").format(name=plan.path.stem)
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReviewPage", "Export refused rows"),
            str(default),
            translate("ReviewPage", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        from esn_desk.core.importing.error_file import write_error_file  # openpyxl: only when needed

        try:
            write_error_file(plan, Path(path))
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("ReviewPage", "Cannot save"),
                translate("ReviewPage", "{path} could not be written: {error}.").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return
        self._wizard.exported_errors = Path(path)
        QMessageBox.information(
            self,
            translate("ReviewPage", "Refused rows exported"),
            i18n.plural(
                len(plan.rejected_rows),
                translate(
                    "ReviewPage", "{n} row written to {file}. Fix it there and import that file again."
                ),
                translate(
                    "ReviewPage", "{n} rows written to {file}. Fix them there and import that file again."
                ),
            ).format(file=Path(path).name),
        )

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and _has_work(plan)

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
        self.setTitle(translate("RunPage", "Importing"))
        self.setSubTitle(
            translate(
                "RunPage",
                "You can cancel until the end: the directory is only changed when everything is written.",
            )
        )
        self.progress = QProgressBar()
        self.text = style.label("", "muted")
        self.cancel_button = QPushButton(translate("RunPage", "Cancel the import"))
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
        importer = self._wizard.importer
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._worker = Worker(lambda p, c: importer.apply(plan, progress=p, cancelled=c))
        self._worker.progress.connect(self._progress)
        self._worker.succeeded.connect(self._applied)
        self._worker.failed.connect(self._failed)
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None and self._worker.is_running():
            self.cancel_button.setEnabled(False)
            self.text.setText(translate("RunPage", "Cancelling…"))
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
                self,
                translate("RunPage", "Import cancelled"),
                translate("RunPage", "The import was cancelled; nothing was changed."),
            )
        elif isinstance(exc, UserError):
            QMessageBox.warning(
                self,
                translate("RunPage", "Import failed"),
                translate("RunPage", "{error}\n\nNothing was changed.").format(error=exc),
            )
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
        self.setTitle(translate("SummaryPage", "Import complete"))
        self.text = _plain("")
        self.undo_button = QPushButton(style.icon("undo"), translate("SummaryPage", "Undo this import"))
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
        updated = translate("SummaryPage", "{updated} updated, {unchanged} unchanged").format(
            updated=formatting.number(c["updated"]), unchanged=formatting.number(c["unchanged"])
        )
        points: list[str] = []
        if plan.what == "usage":
            x = plan.extra
            points += [
                translate("SummaryPage", "period {start} – {end}").format(
                    start=_day(x["period_start"]), end=_day(x["period_end"])
                ),
                i18n.plural(
                    x["matched"],
                    translate(
                        "SummaryPage",
                        "{n} person of the directory: {contributors} contributors, {readers} readers",
                    ),
                    translate(
                        "SummaryPage",
                        "{n} people of the directory: {contributors} contributors, {readers} readers",
                    ),
                ).format(
                    contributors=formatting.number(x["contributors"]), readers=formatting.number(x["readers"])
                ),
            ]
            if x["not_in_directory"]:
                points.append(
                    i18n.plural(
                        x["not_in_directory"],
                        translate("SummaryPage", "{n} row not in the directory (not counted)"),
                        translate("SummaryPage", "{n} rows not in the directory (not counted)"),
                    )
                )
        elif plan.what == "roster":
            points += [
                i18n.plural(
                    c["created"],
                    translate("SummaryPage", "{n} person added to the programme"),
                    translate("SummaryPage", "{n} people added to the programme"),
                ),
                updated,
            ]
        else:
            points += [
                i18n.plural(
                    c["created"],
                    translate("SummaryPage", "{n} new person"),
                    translate("SummaryPage", "{n} new people"),
                ),
                updated,
            ]
        if plan.full:
            points.append(
                i18n.plural(
                    c["left"],
                    translate("SummaryPage", "{n} person marked as having left"),
                    translate("SummaryPage", "{n} people marked as having left"),
                )
            )
        if c["rejected"]:
            points.append(
                i18n.plural(
                    c["rejected"],
                    translate("SummaryPage", "{n} row refused (not imported)"),
                    translate("SummaryPage", "{n} rows refused (not imported)"),
                )
            )
        lines = [_kind_text(self._wizard.kind.done_text).format(file=plan.path.name)]
        lines += [f"  • {point}" for point in points]
        lines.append("")
        lines.append(
            translate(
                "SummaryPage",
                "Changed your mind? Undo puts everything back exactly as it was before this import.",
            )
        )
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
            translate("SummaryPage", "Undo the import"),
            _kind_text(self._wizard.kind.undo_text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._wizard.service.undo(run_id)
        except UserError as exc:
            QMessageBox.warning(self, translate("SummaryPage", "Cannot undo"), str(exc))
            return
        self.undo_button.setEnabled(False)
        self.text.setText(translate("SummaryPage", "The import was undone: everything is as it was before."))
        self._wizard.imported.emit(run_id)


class ImportWizard(QWizard):
    """Signals: ``imported(run_id)`` after an import is written or undone (the window reloads its pages)."""

    imported = Signal(int)
    bug = Signal(object, str)

    def __init__(
        self,
        service: ImportService,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        importer: Importer | None = None,
        kind: WizardKind = HR_KIND,
    ) -> None:
        super().__init__(parent)
        self.service = service  # history, saved mappings and undo, shared by every kind of import
        self.importer: Importer = importer or service
        self.kind = kind
        self.preview: Preview | None = None
        self.import_options: ImportOptions | None = None
        self.plan: ImportPlan | None = None
        self.run_id: int | None = None
        self.exported_errors: Path | None = None
        self.setWindowTitle(_kind_text(kind.window_title))
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
        self.review_page.setButtonText(QWizard.WizardButton.NextButton, translate("ImportWizard", "Import"))
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


def _has_work(plan: ImportPlan) -> bool:
    return any(plan.counts[k] for k in ("created", "updated", "left"))


def _to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def describe_changes(changes: dict[str, tuple[Any, Any]], returning: bool) -> str:
    parts = [translate("ImportWizard", "back in the HR data")] if returning else []
    parts += [
        translate("ImportWizard", "{field}: {old} → {new}").format(
            field=FIELD_BY_KEY[name].shown_label, old=old or "—", new=new or "—"
        )
        for name, (old, new) in changes.items()
    ]
    return ("\u202f; " if i18n.language() == "fr" else "; ").join(parts)


__all__ = ["ImportWizard", "SourceFile", "open_source"]
