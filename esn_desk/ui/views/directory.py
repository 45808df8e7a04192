"""The Directory page: every person from the HR data, searchable and filterable at 100,000 rows."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core import i18n
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.people import DirectoryQuery, PeopleService, PersonDetail
from esn_desk.core.programme import ProgrammeService, role_label, status_word
from esn_desk.ui import formatting, style
from esn_desk.ui.dialogs.privacy import EraseDialog, export_person_data, read_only_tip
from esn_desk.ui.dialogs.recruit import RecruitDialog
from esn_desk.ui.models.people_model import (
    COL_COUNTRY,
    COL_DEPARTMENT,
    COL_EMAIL,
    COL_EMPLOYEE_ID,
    COL_JOB_TITLE,
    COL_NAME,
    COL_SITE,
    COL_STATUS,
    PeopleTableModel,
)
from esn_desk.ui.undo import RosterUndoStack
from esn_desk.ui.views.base import DetailPanel, EmptyState, Page

if TYPE_CHECKING:
    from esn_desk.core.backups import BackupService
    from esn_desk.core.privacy import PrivacyService

# The HR fields an import can change, as named in a person's history.
FIELD_LABELS = {
    "employee_id": QT_TRANSLATE_NOOP("PersonPanel", "Employee ID"),
    "last_name": QT_TRANSLATE_NOOP("PersonPanel", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("PersonPanel", "First name"),
    "full_name": QT_TRANSLATE_NOOP("PersonPanel", "Full name"),
    "email": QT_TRANSLATE_NOOP("PersonPanel", "Email"),
    "job_title": QT_TRANSLATE_NOOP("PersonPanel", "Job title"),
    "department": QT_TRANSLATE_NOOP("PersonPanel", "Department"),
    "site": QT_TRANSLATE_NOOP("PersonPanel", "Site"),
    "city": QT_TRANSLATE_NOOP("PersonPanel", "City"),
    "country": QT_TRANSLATE_NOOP("PersonPanel", "Country"),
    "phone": QT_TRANSLATE_NOOP("PersonPanel", "Phone"),
    "manager_email": QT_TRANSLATE_NOOP("PersonPanel", "Manager email"),
    "manager_employee_id": QT_TRANSLATE_NOOP("PersonPanel", "Manager employee ID"),
    "hire_date": QT_TRANSLATE_NOOP("PersonPanel", "Hire date"),
}
COLUMN_WIDTHS = {
    COL_NAME: 180,
    COL_EMPLOYEE_ID: 105,
    COL_EMAIL: 240,
    COL_JOB_TITLE: 190,
    COL_DEPARTMENT: 165,
    COL_SITE: 165,
    COL_COUNTRY: 90,
    COL_STATUS: 70,
}


class SearchBox(QLineEdit):
    """Search field: Esc clears it, ↓ moves into the results."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        super().keyPressEvent(event)


class PeopleTable(QTableView):
    """The results table: Esc goes back to the search box."""

    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


def _value_label() -> QLabel:
    lbl = QLabel()
    lbl.setTextFormat(Qt.TextFormat.PlainText)  # names come from HR files: never interpret HTML
    lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lbl.setWordWrap(True)
    return lbl


def history_lines(detail: PersonDetail) -> list[str]:
    """Newest first: what each HR import changed for this person, then when they first appeared."""
    lines = []
    for change in detail.history:
        when = formatting.date_text(change.when)
        source = f" ({change.file_name})" if change.file_name else ""  # the HR file's name
        if change.kind == "left":
            lines.append(translate("PersonPanel", "{when}: marked as having left").format(when=when) + source)
            continue
        fields = ", ".join(
            f"{translate('PersonPanel', FIELD_LABELS[name]) if name in FIELD_LABELS else name}"
            f" {old or '—'} → {new or '—'}"
            for name, (old, new) in change.changes.items()
        )
        if change.kind == "returned":
            line = (
                translate("PersonPanel", "{when}: back in the HR data: {changes}")
                if fields
                else translate("PersonPanel", "{when}: back in the HR data")
            )
        else:
            line = (
                translate("PersonPanel", "{when}: updated: {changes}")
                if fields
                else translate("PersonPanel", "{when}: updated")
            )
        lines.append(line.format(when=when, changes=fields) + source)
    first = formatting.date_text(detail.fields.get("first_seen"))
    lines.append(
        translate("PersonPanel", "{when}: added ({source})").format(
            when=first, source=source_text(detail.fields.get("source")) or translate("PersonPanel", "by hand")
        )
    )
    return lines


def source_text(stored: str | None) -> str:
    """Where a person came from, in the interface language: the import stores “HR import: <file>”."""
    if stored and stored.startswith(HR_IMPORT_PREFIX):
        return translate("PersonPanel", "HR import: {file}").format(file=stored[len(HR_IMPORT_PREFIX) :])
    return stored or ""


HR_IMPORT_PREFIX = "HR import: "  # as esn_desk.core.importing.service writes it (stored data)


class PersonPanel(DetailPanel):
    """Everything the directory knows about the selected person."""

    FIELDS = (
        (
            QT_TRANSLATE_NOOP("PersonPanel", "Contact"),
            (
                ("email", QT_TRANSLATE_NOOP("PersonPanel", "Email")),
                ("phone", QT_TRANSLATE_NOOP("PersonPanel", "Phone")),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("PersonPanel", "Organisation"),
            (
                ("department", QT_TRANSLATE_NOOP("PersonPanel", "Department")),
                ("site", QT_TRANSLATE_NOOP("PersonPanel", "Site")),
                ("city", QT_TRANSLATE_NOOP("PersonPanel", "City")),
                ("country", QT_TRANSLATE_NOOP("PersonPanel", "Country")),
                ("manager", QT_TRANSLATE_NOOP("PersonPanel", "Manager")),
                ("reports", QT_TRANSLATE_NOOP("PersonPanel", "Direct reports")),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("PersonPanel", "HR record"),
            (
                ("employee_id", QT_TRANSLATE_NOOP("PersonPanel", "Employee ID")),
                ("hire_date", QT_TRANSLATE_NOOP("PersonPanel", "Hire date")),
                ("first_seen", QT_TRANSLATE_NOOP("PersonPanel", "First seen")),
                ("last_seen", QT_TRANSLATE_NOOP("PersonPanel", "Last seen")),
                ("source", QT_TRANSLATE_NOOP("PersonPanel", "Source")),
            ),
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(280, parent)
        layout = self.body_layout
        self.name = _value_label()
        self.name.setProperty("role", "detail-name")
        self.title = _value_label()
        self.title.setProperty("role", "muted")
        self.status = _value_label()
        layout.addWidget(self.name)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        self.programme_status = _value_label()
        layout.addWidget(self.programme_status)
        self.recruit_button = QPushButton(
            style.icon("account-plus"), translate("PersonPanel", "Add to the programme…")
        )
        self.recruit_button.setToolTip(
            translate("PersonPanel", "Record an application or a nomination for this person")
        )
        row = QHBoxLayout()
        row.addWidget(self.recruit_button)
        row.addStretch()
        layout.addLayout(row)
        self.values: dict[str, QLabel] = {}
        for section, fields in self.FIELDS:
            layout.addSpacing(10)
            layout.addWidget(style.label(translate("PersonPanel", section).upper(), "section"))
            form = QFormLayout()
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(6)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for key, caption in fields:
                self.values[key] = _value_label()
                form.addRow(style.label(translate("PersonPanel", caption), "muted"), self.values[key])
            layout.addLayout(form)
        layout.addSpacing(10)
        self.history_title = style.label(translate("PersonPanel", "HISTORY"), "section")
        layout.addWidget(self.history_title)
        self.history = _value_label()
        layout.addWidget(self.history)
        layout.addSpacing(10)
        self.privacy_title = style.label(translate("PersonPanel", "PERSONAL DATA"), "section")
        layout.addWidget(self.privacy_title)
        self.export_button = QPushButton(
            style.icon("microsoft-excel"), translate("PersonPanel", "Export this person's data…")
        )
        self.export_button.setToolTip(
            translate("PersonPanel", "Everything held about them, as JSON and Excel (an access request)")
        )
        self.erase_button = QPushButton(
            style.icon("account-remove-outline"), translate("PersonPanel", "Erase this person…")
        )
        self.erase_button.setToolTip(
            translate("PersonPanel", "Remove them from every table (an erasure request)")
        )
        self.privacy_buttons = QVBoxLayout()
        self.privacy_buttons.setSpacing(6)
        for button in (self.export_button, self.erase_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch()
            self.privacy_buttons.addLayout(row)
        layout.addLayout(self.privacy_buttons)
        self.privacy_available = False  # set by the page when it has the privacy service
        layout.addStretch()
        self.placeholder = style.label(
            translate("PersonPanel", "Select a person to see their details."), "muted"
        )
        self.placeholder.setWordWrap(True)
        layout.insertWidget(0, self.placeholder)
        self.show_person(None)

    def show_person(self, detail: PersonDetail | None) -> None:
        has = detail is not None
        self.placeholder.setVisible(not has)
        for widget in (
            self.name,
            self.title,
            self.status,
            self.history_title,
            self.history,
            self.programme_status,
            self.recruit_button,
        ):
            widget.setVisible(has)
        for widget in (self.privacy_title, self.export_button, self.erase_button):
            widget.setVisible(has and self.privacy_available)
        for lbl in self.values.values():
            lbl.setText("")
        if detail is None:
            return
        f = detail.fields
        self.name.setText(f["full_name"] or translate("PersonPanel", "(no name)"))
        self.title.setText(f["job_title"] or "")
        if f["status"] == "left":
            when = formatting.date_text(f.get("left_on"))
            self.status.setText(
                translate("PersonPanel", "Left the company on {date}").format(date=when)
                if when
                else translate("PersonPanel", "Left the company")
            )
        else:
            self.status.setText(translate("PersonPanel", "Active employee"))
        manager = detail.manager_name or ""
        if f.get("manager_email"):
            manager = f"{manager}\n{f['manager_email']}" if manager else f["manager_email"]
        shown = {
            "email": f.get("email") or "",
            "phone": f.get("phone") or "",
            "department": f["department"],
            "site": f["site"],
            "city": f["city"],
            "country": f["country"],
            "manager": manager,
            "reports": formatting.number(detail.reports) if detail.reports else "",
            "employee_id": f.get("employee_id") or "",
            "hire_date": formatting.date_text(f.get("hire_date")),
            "first_seen": formatting.date_text(f.get("first_seen")),
            "last_seen": formatting.date_text(f.get("last_seen")),
            "source": source_text(f.get("source")),
        }
        for key, value in shown.items():
            self.values[key].setText(value or "—")
        self.history.setText("\n".join(f"• {line}" for line in history_lines(detail)))
        self.fit()


class DirectoryPage(Page):
    """Signals: ``import_requested()`` and ``demo_requested()`` from the empty state's buttons;
    ``programme_changed()`` after someone was added to the programme from here;
    ``people_erased()`` after someone was erased from here (every page shows stale data)."""

    key = "directory"
    title = QT_TRANSLATE_NOOP("Pages", "Directory")
    icon_name = "account-group"
    demo_requested = Signal()
    import_requested = Signal()
    programme_changed = Signal()
    people_erased = Signal()

    def __init__(
        self,
        people: PeopleService,
        programme: ProgrammeService | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: RosterUndoStack | None = None,
        privacy: PrivacyService | None = None,
        backups: BackupService | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._programme = programme
        self._privacy = privacy
        self._backups = backups  # purged of an erased person on request
        self._read_only = read_only
        self._undo = undo_stack  # where adding people to the programme is recorded
        self.model = PeopleTableModel(people, self)

        self.search = SearchBox()
        self.search.setPlaceholderText(
            translate("DirectoryPage", "Search name, email, employee ID, job title, department or site…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(style.icon("magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(translate("DirectoryPage", "Search the directory"))
        self.search.setMinimumWidth(320)

        self.site_filter = self._combo(
            translate("DirectoryPage", "All sites"), translate("DirectoryPage", "Filter by site")
        )
        self.department_filter = self._combo(
            translate("DirectoryPage", "All departments"), translate("DirectoryPage", "Filter by department")
        )
        self.country_filter = self._combo(
            translate("DirectoryPage", "All countries"), translate("DirectoryPage", "Filter by country")
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(translate("DirectoryPage", "Filter by status"))
        for text, value in (
            (translate("DirectoryPage", "Everyone"), None),
            (translate("DirectoryPage", "Active"), "active"),
            (translate("DirectoryPage", "Left"), "left"),
        ):
            self.status_filter.addItem(text, value)
        self.clear_filters = QPushButton(style.icon("filter-off"), translate("DirectoryPage", "Clear"))
        self.clear_filters.setToolTip(translate("DirectoryPage", "Clear the search and every filter"))

        self.count_label = style.label("", "muted")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = PeopleTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Set the indicator first: enabling sorting then asks for the order the model already has,
        # instead of running two extra 100k-row queries while the window is being built.
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setAccessibleName(translate("DirectoryPage", "People"))

        self.panel = PersonPanel()
        self.panel.privacy_available = privacy is not None
        if read_only:
            self.panel.erase_button.setEnabled(False)
            self.panel.erase_button.setToolTip(read_only_tip())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        self.splitter.setChildrenCollapsible(False)

        self.no_match = EmptyState(
            "account-search",
            translate("DirectoryPage", "No one matches"),
            translate("DirectoryPage", "Try fewer letters, another spelling, or clear the filters."),
        )
        self.no_match.add_button(translate("DirectoryPage", "Clear search and filters")).clicked.connect(
            self.reset_filters
        )
        self.results = QStackedWidget()
        self.results.addWidget(self.splitter)
        self.results.addWidget(self.no_match)

        self.empty = EmptyState(
            "account-group",
            translate("DirectoryPage", "No one in the directory yet"),
            translate(
                "DirectoryPage",
                "The directory is filled from your HR spreadsheet: every employee, with their site, "
                "department and manager. Import it now (you can also drop the file on this window), or "
                "open the demo programme to look around first.",
            ),
        )
        self.empty.add_button(
            translate("DirectoryPage", "Import HR spreadsheet…"), primary=True
        ).clicked.connect(self.import_requested)
        self.empty.add_button(translate("DirectoryPage", "Open the demo programme")).clicked.connect(
            self.demo_requested
        )

        self.main = QWidget()
        layout = QVBoxLayout(self.main)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 3)
        for combo in (self.site_filter, self.department_filter, self.country_filter, self.status_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.clear_filters)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.main)
        self.stack.addWidget(self.empty)

        outer = self.page_layout(self.count_label)
        outer.addWidget(self.stack, 1)

        self.search.textChanged.connect(self._apply_filters)
        self.search.move_down.connect(self._focus_table)
        for combo in (self.site_filter, self.department_filter, self.country_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.model.query_changed.connect(self._on_query_changed)
        self.model.modelReset.connect(self._select_first_if_none)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.panel.recruit_button.clicked.connect(self.recruit_current)
        if self._programme is not None:
            recruit = QAction(
                style.icon("account-plus"), translate("DirectoryPage", "Add to the programme…"), self.table
            )
            recruit.triggered.connect(self.recruit_selected)
            self.table.addAction(recruit)
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.export_button.clicked.connect(self.export_current)
        self.panel.erase_button.clicked.connect(self.erase_current)
        if self._privacy is not None:
            separator = QAction(self.table)
            separator.setSeparator(True)
            self.export_action = QAction(
                style.icon("microsoft-excel"),
                translate("DirectoryPage", "Export this person's data…"),
                self.table,
            )
            self.export_action.triggered.connect(self.export_selected)
            self.erase_action = QAction(
                style.icon("account-remove-outline"),
                translate("DirectoryPage", "Erase this person…"),
                self.table,
            )
            self.erase_action.triggered.connect(self.erase_selected)
            for action in (separator, self.export_action, self.erase_action):
                self.table.addAction(action)
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.table.selectionModel().selectionChanged.connect(self._update_privacy_actions)
            self._update_privacy_actions()
        self.table.escape_pressed.connect(self.focus_search)
        self.invalidate()  # loaded when first shown: the dashboard is the first page

    def _combo(self, everything: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # -- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        facets = self._people.facet_values()
        for combo, name in (
            (self.site_filter, "site"),
            (self.department_filter, "department"),
            (self.country_filter, "country"),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in facets.get(name, []):
                combo.addItem(value, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.model.reload()
        self.stack.setCurrentWidget(self.empty if self.model.total == 0 else self.main)

    def current_query(self) -> DirectoryQuery:
        return replace(
            self.model.query,
            text=self.search.text(),
            site=self.site_filter.currentData(),
            department=self.department_filter.currentData(),
            country=self.country_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def _apply_filters(self, *_: Any) -> None:
        self.model.set_query(self.current_query())

    def reset_filters(self) -> None:
        for combo in (self.site_filter, self.department_filter, self.country_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filters()
        self.search.setFocus()

    def _on_query_changed(self, matching: int, total: int) -> None:
        q = self.model.query
        filtered = bool(q.text.strip()) or any(
            v is not None for v in (q.site, q.department, q.country, q.status)
        )
        people = _people(total)
        if filtered:
            self.count_label.setText(
                translate("DirectoryPage", "{matching} of {total}").format(
                    matching=formatting.number(matching), total=people
                )
            )
        else:
            self.count_label.setText(people)
        self.clear_filters.setEnabled(filtered)
        self.results.setCurrentWidget(self.no_match if matching == 0 and total else self.splitter)

    def _select_first_if_none(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif not self.model.rowCount():
            self.panel.show_person(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current_person = self.model.person_id(current.row()) if current.isValid() else None
        self.refresh_detail()

    def refresh_detail(self) -> None:
        person_id = getattr(self, "_current_person", None)
        detail = self._people.detail(person_id) if person_id is not None else None
        self.panel.show_person(detail)
        candidacy = (
            self._programme.for_person(person_id) if self._programme and person_id is not None else None
        )
        if candidacy is not None:
            self.panel.programme_status.setText(
                f"{role_label(candidacy.role)} — {status_word(candidacy.status)}"
            )
        self.panel.programme_status.setVisible(candidacy is not None)
        open_to = candidacy is None or candidacy.status in ("declined", "withdrawn", "alumni")
        self.panel.recruit_button.setVisible(detail is not None and self._programme is not None and open_to)

    def recruit_current(self) -> RecruitDialog | None:
        person_id = getattr(self, "_current_person", None)
        if self._programme is None or person_id is None:
            return None
        detail = self._people.detail(person_id)
        return self._open_recruit([person_id], detail.fields["full_name"] if detail else "")

    def recruit_selected(self) -> RecruitDialog | None:
        """Add every selected row to the programme (one row: like the panel's button)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [pid for r in rows if (pid := self.model.person_id(r)) is not None]
        if self._programme is None or not ids:
            return None
        if len(ids) == 1:
            return self.recruit_current()
        return self._open_recruit(ids, _people(len(ids)))

    def _open_recruit(self, person_ids: list[int], name: str) -> RecruitDialog:
        assert self._programme is not None
        dialog = RecruitDialog(self._programme, person_ids, name, self)
        if self._undo is not None:
            programme, undo = self._programme, self._undo
            before = programme.snapshot(person_ids=person_ids)

            def record() -> None:
                added = len(dialog.result_summary.changed) if dialog.result_summary else 1
                who = name if len(person_ids) == 1 else _people(added)
                undo.record(
                    translate("DirectoryPage", "Add {who} to the programme").format(who=who),
                    before,
                    programme.snapshot(person_ids=person_ids),
                )

            dialog.accepted.connect(record)
        dialog.accepted.connect(lambda: self._recruited(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _recruited(self, dialog: RecruitDialog) -> None:
        self.refresh_detail()
        self.programme_changed.emit()
        summary = dialog.result_summary
        if summary is not None and summary.skipped:
            added = i18n.plural(
                len(summary.changed),
                translate("DirectoryPage", "{n} person was added. Not added:"),
                translate("DirectoryPage", "{n} people were added. Not added:"),
            )
            QMessageBox.information(
                self,
                translate("DirectoryPage", "Added to the programme"),
                added + "\n\n" + "\n".join(why for _, why in summary.skipped[:15]),
            )

    # -- privacy ----------------------------------------------------------------------------------
    def selected_person_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [pid for r in rows if (pid := self.model.person_id(r)) is not None]

    def _update_privacy_actions(self, *_: Any) -> None:
        one = len(self.selected_person_ids()) == 1
        self.export_action.setEnabled(one)
        self.erase_action.setEnabled(one and not self._read_only)
        self.erase_action.setToolTip(read_only_tip() if self._read_only else "")

    def _name(self, person_id: int) -> str:
        detail = self._people.detail(person_id)
        return str(detail.fields.get("full_name") or "") if detail else ""

    def export_current(self) -> QMessageBox | None:
        person_id = getattr(self, "_current_person", None)
        return self._export(person_id) if person_id is not None else None

    def export_selected(self) -> QMessageBox | None:
        ids = self.selected_person_ids()
        return self._export(ids[0]) if len(ids) == 1 else None

    def _export(self, person_id: int) -> QMessageBox | None:
        if self._privacy is None:
            return None
        return export_person_data(
            self._privacy, person_id, self._name(person_id), self, start_dir=Path.home()
        )

    def erase_current(self) -> EraseDialog | None:
        person_id = getattr(self, "_current_person", None)
        return self._open_erase(person_id) if person_id is not None else None

    def erase_selected(self) -> EraseDialog | None:
        ids = self.selected_person_ids()
        return self._open_erase(ids[0]) if len(ids) == 1 else None

    def _open_erase(self, person_id: int) -> EraseDialog | None:
        if self._privacy is None or self._read_only:
            return None
        dialog = EraseDialog(
            self._privacy,
            self._backups,
            person_id,
            self._name(person_id),
            read_only=self._read_only,
            parent=self,
        )
        dialog.erased.connect(self._erased)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _erased(self, _reports: list[Any]) -> None:
        self.refresh()
        self.people_erased.emit()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- state -------------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value("header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)


def _people(n: int) -> str:
    """“1 person”, “1,940 people”."""
    return formatting.plural(n, translate("DirectoryPage", "person"), translate("DirectoryPage", "people"))
