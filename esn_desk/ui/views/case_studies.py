"""The Case studies page: good practices from the field, drafted then published to bring people on board."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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

from esn_desk.core.activities import CaseStudy, CaseStudyService, case_status_label, is_web_link
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.programme import ProgrammeService
from esn_desk.ui import formatting, style
from esn_desk.ui.dialogs.case_study_edit import CaseStudyDialog
from esn_desk.ui.models.base import Index, ListTableModel
from esn_desk.ui.views.base import DetailPanel, EmptyState, Page

HEADERS = (  # the use case: tooltip and panel
    QT_TRANSLATE_NOOP("CaseStudiesPage", "Title"),
    QT_TRANSLATE_NOOP("CaseStudiesPage", "Ambassador"),
    QT_TRANSLATE_NOOP("CaseStudiesPage", "Site"),
    QT_TRANSLATE_NOOP("CaseStudiesPage", "Date"),
    QT_TRANSLATE_NOOP("CaseStudiesPage", "Status"),
)


class CaseStudyModel(ListTableModel):
    """Rows are :class:`CaseStudy`; ``UserRole`` is the case study id. Drafts are shown muted."""

    COL_TITLE, COL_AMBASSADOR, COL_SITE, COL_DATE, COL_STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("CaseStudiesPage", h) for h in HEADERS), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case: CaseStudy = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                case.title,
                case.ambassador_name or "—",
                case.site,
                formatting.date_text(case.written_on),
                case_status_label(case.status),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return f"{case.title}\n{case.use_case}" if case.use_case else case.title
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and case.status == "draft":
            return style.muted_color()
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        return None


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed by users: never interpreted as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CaseStudyPanel(DetailPanel):
    """The selected case study, its text shown as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(300, parent)
        layout = self.body_layout
        self.title = _value()
        self.title.setProperty("role", "detail-name")
        self.status = _value()
        self.status.setProperty("role", "muted")
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.ambassador = _value()
        self.site = _value()
        self.use_case = _value()
        self.link = _value()
        for caption, value in (
            (translate("CaseStudyPanel", "Ambassador"), self.ambassador),
            (translate("CaseStudyPanel", "Site"), self.site),
            (translate("CaseStudyPanel", "Use case"), self.use_case),
            (translate("CaseStudyPanel", "Link"), self.link),
        ):
            form.addRow(style.label(caption, "muted"), value)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(style.label(translate("CaseStudyPanel", "TEXT"), "section"))
        self.text = _value()
        layout.addWidget(self.text)
        layout.addStretch()

    def show_case(self, case: CaseStudy | None) -> None:
        self.setVisible(case is not None)
        if case is None:
            return
        self.title.setText(case.title)
        self.status.setText(f"{case_status_label(case.status)} · {formatting.date_text(case.written_on)}")
        self.ambassador.setText(case.ambassador_name or "—")
        self.site.setText(case.site or "—")
        self.use_case.setText(case.use_case or "—")
        self.link.setText(case.link or "—")
        if case.body:
            self.text.setText(case.body)
        else:
            self.text.setText(
                translate("CaseStudyPanel", "No text here: see the link.")
                if case.link
                else translate("CaseStudyPanel", "No text yet.")
            )
        self.fit()


class CaseStudiesPage(Page):
    key = "case_studies"
    title = QT_TRANSLATE_NOOP("Pages", "Case studies")
    icon_name = "lightbulb-on-outline"

    def __init__(
        self, case_studies: CaseStudyService, programme: ProgrammeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cases = case_studies
        self._programme = programme
        self.model = CaseStudyModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("CaseStudiesPage", "Search title, ambassador, site, use case, text…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("CaseStudiesPage", "Search the case studies"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(translate("CaseStudiesPage", "Show"))
        for text, status in (
            (translate("CaseStudiesPage", "All case studies"), None),
            (translate("CaseStudiesPage", "Published"), "published"),
            (translate("CaseStudiesPage", "Drafts"), "draft"),
        ):
            self.status_filter.addItem(text, status)
        self.summary = style.label("", "muted")
        self.table = QTableView()
        self.table.setAccessibleName(translate("CaseStudiesPage", "Case studies"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseStudyModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 140), (3, 100), (4, 80)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.panel = CaseStudyPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 300])
        self.splitter.setChildrenCollapsible(False)

        self.new_button = QPushButton(
            style.icon("plus", color="white"), translate("CaseStudiesPage", "New case study…")
        )
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_case)
        self.edit_button = QPushButton(style.icon("pencil-outline"), translate("CaseStudiesPage", "Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(
            style.icon("delete-outline"), translate("CaseStudiesPage", "Delete…")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.open_button = QPushButton(style.icon("open-in-new"), translate("CaseStudiesPage", "Open link"))
        self.open_button.setToolTip(
            translate("CaseStudiesPage", "Open the published case study in your web browser")
        )
        self.open_button.clicked.connect(self.open_link)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch()

        self.empty = EmptyState(
            "lightbulb-on-outline",
            translate("CaseStudiesPage", "No case study yet"),
            translate(
                "CaseStudiesPage",
                "Collect practical stories from the field — a sales team that replaced its email chains, a "
                "factory that runs its safety briefings in a community — and publish them: they bring more "
                "people on board than any feature list.",
            ),
        )
        self.empty.add_button(translate("CaseStudiesPage", "New case study…"), primary=True).clicked.connect(
            self.new_case
        )
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(style.SPACING)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        main_layout.addLayout(filters)
        main_layout.addLayout(actions)
        main_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(main)
        self.stack.addWidget(self.empty)
        outer = self.page_layout(self.summary, self.new_button)
        outer.addWidget(self.stack, 1)

        self.search.textChanged.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.invalidate()  # computed when first shown

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        counts = self._cases.counts()
        self.summary.setText(
            translate("CaseStudiesPage", "{published} published · {drafts}").format(
                published=formatting.number(counts["published"]),
                drafts=formatting.plural(
                    counts["draft"],
                    translate("CaseStudiesPage", "draft"),
                    translate("CaseStudiesPage", "drafts"),
                ),
            )
        )
        self.stack.setCurrentIndex(0 if any(counts.values()) else 1)
        self.reload()

    def reload(self, *_: Any, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.set_items(
            self._cases.list(status=self.status_filter.currentData(), text=self.search.text())
        )
        row = next((i for i, c in enumerate(self.model.items) if c.id == current), 0)
        if self.model.items:
            self.table.selectRow(row)
        self._selection_changed()

    def current(self) -> CaseStudy | None:
        case: CaseStudy | None = self.model.selected_item(self.table)
        return case

    def current_id(self) -> int | None:
        case = self.current()
        return case.id if case else None

    def _selection_changed(self, *_: Any) -> None:
        case = self.current()
        self.edit_button.setEnabled(case is not None)
        self.delete_button.setEnabled(case is not None)
        self.open_button.setEnabled(case is not None and is_web_link(case.link))
        self.panel.show_case(case)

    # -- actions ------------------------------------------------------------------------------------
    def new_case(self) -> CaseStudyDialog:
        """Open the editor for a new case study (window-modal, non-blocking)."""
        dialog = CaseStudyDialog(self._cases, self._programme, parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog.case_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_current(self) -> CaseStudyDialog | None:
        case_id = self.current_id()
        if case_id is None:
            return None
        try:
            dialog = CaseStudyDialog(self._cases, self._programme, case_id=case_id, parent=self)
        except UserError as exc:
            QMessageBox.warning(self, translate("CaseStudiesPage", "Cannot edit"), str(exc))
            self.refresh()
            return None
        dialog.accepted.connect(lambda: self._saved(case_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, case_id: int | None) -> None:
        # Show the saved case study even if the current filter would hide it.
        case = self._cases.get(case_id) if case_id is not None else None
        if case is not None:
            wanted = self.status_filter.currentData()
            if wanted not in (None, case.status):
                self.status_filter.setCurrentIndex(0)
            if self.search.text() and case.id not in {
                c.id for c in self._cases.list(text=self.search.text())
            }:
                self.search.clear()
        self.refresh()
        self.reload(select=case_id)

    def delete_current(self) -> None:
        case = self.current()
        if case is None:
            return
        answer = QMessageBox.question(
            self,
            translate("CaseStudiesPage", "Delete case study"),
            translate("CaseStudiesPage", "Delete the case study “{title}”? This cannot be undone.").format(
                title=case.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._cases.delete(case.id)
        except UserError as exc:
            QMessageBox.warning(self, translate("CaseStudiesPage", "Cannot delete"), str(exc))
        self.refresh()

    def open_link(self) -> bool:
        """Open the case study's link in the browser: only http(s) addresses are ever opened."""
        case = self.current()
        if case is None or not is_web_link(case.link):
            return False
        return QDesktopServices.openUrl(QUrl(case.link.strip()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("splitter")
        if state is not None:
            self.splitter.restoreState(state)
