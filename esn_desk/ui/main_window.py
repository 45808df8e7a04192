"""The shell: navigation sidebar, pages, menus, status bar and remembered window state."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desk import APP_NAME, __version__
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.store import Store
from esn_desk.ui import formatting, i18n, style
from esn_desk.ui.dialogs.programme_settings import ProgrammeSettingsDialog
from esn_desk.ui.files import is_spreadsheet_path
from esn_desk.ui.undo import RosterUndoStack
from esn_desk.ui.views.backups import BackupsPage
from esn_desk.ui.views.base import Page
from esn_desk.ui.views.case_studies import CaseStudiesPage
from esn_desk.ui.views.coverage import CoveragePage
from esn_desk.ui.views.dashboard import DashboardPage
from esn_desk.ui.views.directory import DirectoryPage
from esn_desk.ui.views.imports import ImportsPage
from esn_desk.ui.views.kit import KitPage
from esn_desk.ui.views.recognition import RecognitionPage
from esn_desk.ui.views.roster import RosterPage
from esn_desk.ui.views.training import TrainingPage
from esn_desk.ui.workers import Worker

if TYPE_CHECKING:
    from esn_desk.ui.backup_scheduler import BackupScheduler
    from esn_desk.ui.dialogs.drop_import import DropImportDialog
    from esn_desk.ui.dialogs.help import ShortcutsDialog, TextDialog
    from esn_desk.ui.dialogs.import_wizard import ImportWizard

MAX_RECENT = 8


def _file_filter() -> str:
    return translate(
        "MainWindow", "ESN Desk programme (*.esndesk);;SQLite database (*.sqlite *.db);;All files (*)"
    )


# Shown as translate("MainWindow", EXPORT_TITLES[kind]).
EXPORT_TITLES = {
    "people": QT_TRANSLATE_NOOP("MainWindow", "People (as the Directory shows them)…"),
    "roster": QT_TRANSLATE_NOOP("MainWindow", "Ambassador roster…"),
    "coverage": QT_TRANSLATE_NOOP("MainWindow", "Coverage and adoption…"),
    "training": QT_TRANSLATE_NOOP("MainWindow", "Training…"),
    "kit": QT_TRANSLATE_NOOP("MainWindow", "Visibility kit…"),
    "report": QT_TRANSLATE_NOOP("MainWindow", "Steering-committee report…"),
}
# File → Export this page: what each page exports (the others export the report).
PAGE_EXPORTS = {
    "directory": "people",
    "roster": "roster",
    "coverage": "coverage",
    "training": "training",
    "kit": "kit",
}


class ExportCancelled(Exception):
    """Cancel was pressed while the export was being written: no file is kept."""


class _StackAction(QAction):
    """Edit → Undo or Redo: its text names the edit in quotes, Undo “Activate 2 candidates”."""

    def __init__(self, redo: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._redo = redo

    def show_text(self, edit: str) -> None:
        edit = edit.replace("&", "&&")  # names from HR files: never a keyboard mnemonic
        if self._redo:
            text = translate("MainWindow", "&Redo “{action}”") if edit else translate("MainWindow", "&Redo")
        else:
            text = translate("MainWindow", "&Undo “{action}”") if edit else translate("MainWindow", "&Undo")
        self.setText(text.format(action=edit))


class MainWindow(QMainWindow):
    """One window per open programme.

    Signals: ``open_requested(str path, bool create)`` when the user picks a programme file to open
    or create; ``demo_requested()`` to open the demo programme. The application controller decides
    what to do (it owns stores; the window only presents one).
    """

    open_requested = Signal(str, bool)
    demo_requested = Signal()
    language_requested = Signal(str)  # "system", "fr" or "en": the controller rebuilds the window

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        *,
        data_dir: Path,
        log_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._settings = settings
        self._data_dir = data_dir
        self._log_path = log_path
        self.remember_state = True
        self._exports: list[Worker] = []  # running export jobs (kept alive until they finish)
        self.backup_scheduler: BackupScheduler | None = None
        self.setWindowIcon(style.app_icon())
        self.setMinimumSize(QSize(960, 600))

        # Roster edits of this programme; another programme opens in a new window, with its own.
        self.undo_stack = RosterUndoStack(store.programme, self)
        self.undo_stack.restored.connect(self._undo_restored)
        self.undo_stack.failed.connect(self._undo_failed)
        self.pages: list[Page] = [
            DashboardPage(
                store.programme,
                store.coverage,
                store.settings,
                store.adoption,
                training=store.training,
                privacy=store.privacy,
                backups=store.backups,
                read_only=store.read_only,
            ),
            DirectoryPage(
                store.people,
                store.programme,
                undo_stack=self.undo_stack,
                privacy=store.privacy,
                backups=store.backups,
                read_only=store.read_only,
            ),
            RosterPage(
                store.programme,
                undo_stack=self.undo_stack,
                activities=store.activities,
                kit=store.kit,
                training=store.training,
            ),
            CoveragePage(store.coverage, store.settings, store.adoption, store.programme),
            ImportsPage(store.imports),
        ]
        # Recognition, Case studies, the Kit and Training are built just after the window first shows (or at
        # once if asked for): with the app's style sheet every widget costs time at start-up.
        self._later: tuple[type[Page], ...] = (
            RecognitionPage,
            CaseStudiesPage,
            KitPage,
            TrainingPage,
            BackupsPage,
        )
        self._later_timer = QTimer(self)
        self._later_timer.setSingleShot(True)
        self._later_timer.setInterval(300)
        self._later_timer.timeout.connect(self._build_later_pages)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(translate("MainWindow", "Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        page_types: list[type[Page]] = [*(type(p) for p in self.pages), *self._later]
        for page_type in page_types:
            item = QListWidgetItem(style.icon(page_type.icon_name), translate("Pages", page_type.title))
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        for page in self.pages:
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_row)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(244)  # « Retours d’expérience » in full
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(10, 14, 6, 10)
        side.setSpacing(8)
        brand = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(style.app_icon().pixmap(34, 34))
        brand.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(style.label(APP_NAME, "brand"))
        self.programme_label = style.label("", "muted")
        self.programme_label.setTextFormat(Qt.TextFormat.PlainText)
        self.programme_label.setWordWrap(True)
        names.addWidget(self.programme_label)
        brand.addLayout(names, 1)
        side.addLayout(brand)
        side.addSpacing(6)
        side.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.read_only_banner: QLabel | None = None
        if store.read_only:
            self.read_only_banner = self._read_only_banner()
            right.addWidget(self.read_only_banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.directory.demo_requested.connect(self.demo_requested)
        self.directory.import_requested.connect(self.import_spreadsheet)
        self.imports_page.import_requested.connect(self.import_spreadsheet)
        self.imports_page.kind_import_requested.connect(lambda what: self.import_spreadsheet(what=what))
        self.imports_page.undone.connect(self.undo_stack.clear)  # the roster edits no longer apply
        self.imports_page.undone.connect(self.refresh_all)
        self.roster.changed.connect(self.directory.refresh_detail)
        self.roster.changed.connect(self.page("coverage").invalidate)
        self.roster.changed.connect(self.page("dashboard").invalidate)
        dashboard = self.page("dashboard")
        assert isinstance(dashboard, DashboardPage)
        dashboard.open_ambassadors.connect(lambda: self.show_page(self.page_keys().index("roster")))
        for erased in (self.directory.people_erased, dashboard.people_erased):
            erased.connect(self.undo_stack.clear)  # its snapshots may hold the erased people
            erased.connect(self.refresh_all)
        self.directory.programme_changed.connect(self.roster.invalidate)
        self.setAcceptDrops(True)
        self._build_menus()
        if store.read_only:
            for action in (
                self.import_action,
                self.import_roster_action,
                self.import_usage_action,
                self.settings_action,
                self.undo_action,
                self.redo_action,
            ):
                action.setEnabled(False)
            self.undo_action.changed.connect(lambda: self.undo_action.setEnabled(False))
            self.redo_action.changed.connect(lambda: self.redo_action.setEnabled(False))
        self.people_label = QLabel()
        self.statusBar().addPermanentWidget(self.people_label)
        self.statusBar().setSizeGripEnabled(True)
        self.refresh_status()
        self._restore_state()
        self._later_timer.start()

    def _read_only_banner(self) -> QLabel:
        from esn_desk.core.lock import holder_of

        holder = holder_of(self.store.path) if self.store.path else None
        name = self.store.path.name if self.store.path else translate("MainWindow", "this programme")
        # Short enough for two lines at the window's minimum width; the rest in the tooltip.
        if holder and holder.pid:
            text = translate(
                "MainWindow",
                "Read-only: {file} is open in another ESN Desk window ({holder}). To change it, close it "
                "there, then open it again here.",
            ).format(file=name, holder=holder.describe())
        else:
            text = translate(
                "MainWindow",
                "Read-only: {file} is open in another ESN Desk window. To change it, close it there, then "
                "open it again here.",
            ).format(file=name)
        banner = QLabel(text)
        banner.setToolTip(
            translate("MainWindow", "You can look, search, print and export here, but not change anything.")
        )
        banner.setObjectName("read-only-banner")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setStyleSheet(
            "QLabel#read-only-banner { background: #fff4e0; color: #5c3b00; padding: 8px 24px;"
            " border-bottom: 1px solid #e0b060; }"
        )
        return banner

    def _build_later_pages(self) -> None:
        """Build Recognition, Case studies, the Kit and Training (idempotent)."""
        if not self._later:
            return
        self._later, store = (), self.store
        recognition = RecognitionPage(store.activities)
        case_studies = CaseStudiesPage(store.case_studies, store.programme)
        kit = KitPage(
            store.kit,
            lambda: store.signatures,
            store.settings,
            store.programme,
            selection=lambda: self.roster.selected_ids(),
            qsettings=self._settings,
        )
        training = TrainingPage(
            store.training,
            store.attendance,
            store.programme,
            store.settings,
            store.people,
            selection=lambda: self.roster.selected_ids(),
        )
        backups = BackupsPage(store.backups, read_only=store.read_only, start_dir=self._start_dir)
        backups.restored.connect(self._backup_restored)
        backups.bug.connect(self._report_bug)
        for page in (recognition, case_studies, kit, training, backups):
            self.pages.append(page)
            self.stack.addWidget(page)
            self._settings.beginGroup(f"pages/{page.key}")
            page.restore_state(self._settings)
            self._settings.endGroup()
        if self.roster.activity_section is not None:
            self.roster.activity_section.changed.connect(recognition.invalidate)
        recognition.changed.connect(self.roster.invalidate)
        for source in (self.roster.changed, self.directory.programme_changed):
            source.connect(recognition.invalidate)  # roles, statuses and names shown in the ranking
            source.connect(case_studies.invalidate)  # ambassadors' names
            source.connect(kit.invalidate)
        kit.changed.connect(self.roster.invalidate)  # the roster panel shows each person's kit
        for source in (self.roster.changed, self.directory.programme_changed):
            source.connect(training.invalidate)  # who still needs training, roles, names
        training.changed.connect(self.roster.invalidate)  # the roster panel shows each person's trainings
        training.changed.connect(self.page("dashboard").invalidate)  # upcoming sessions

    def _show_row(self, row: int) -> None:
        if row >= len(self.pages):
            self._build_later_pages()
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> Page:
        keys = self.page_keys()
        if keys.index(key) >= len(self.pages):
            self._build_later_pages()
        return self.pages[keys.index(key)]

    @property
    def directory(self) -> DirectoryPage:
        page = self.pages[1]
        assert isinstance(page, DirectoryPage)
        return page

    @property
    def roster(self) -> RosterPage:
        page = self.pages[2]
        assert isinstance(page, RosterPage)
        return page

    @property
    def imports_page(self) -> ImportsPage:
        page = self.pages[4]
        assert isinstance(page, ImportsPage)
        return page

    # -- importing --------------------------------------------------------------------------------
    def import_spreadsheet(self, path: Path | None = None, *, what: str = "hr") -> ImportWizard:
        """Open the import wizard (window-modal, non-blocking) for an HR extract, an ambassador
        roster (``what="roster"``) or an ESN usage export (``"usage"``), on ``path`` if given."""
        from esn_desk.ui.dialogs.import_wizard import KINDS, Importer, ImportWizard  # loaded on first use

        importer: Importer | None = None
        if what == "roster":
            importer = self.store.roster_import
        elif what == "usage":
            importer = self.store.usage_import
        wizard = ImportWizard(
            self.store.imports,
            self,
            path=path if isinstance(path, Path) else None,
            importer=importer,
            kind=KINDS[what],
        )
        wizard.imported.connect(lambda _run: self.undo_stack.clear())
        wizard.imported.connect(lambda _run: self.refresh_all())
        wizard.bug.connect(self._report_bug)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def _report_bug(self, exc: BaseException, details: str) -> None:
        logging.getLogger("esn_desk.crash").error("unexpected error in a background task:\n%s", details)
        QMessageBox.critical(
            self,
            translate("MainWindow", "Unexpected error"),
            translate(
                "MainWindow",
                "Something went wrong ({error}); nothing was changed.\n\nThe details were written to {log}.",
            ).format(error=type(exc).__name__, log=self._log_path),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(
            u.isLocalFile() and is_spreadsheet_path(Path(u.toLocalFile())) for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        spreadsheets = [f for f in files if is_spreadsheet_path(f)]
        if spreadsheets:
            event.acceptProposedAction()
            # After the drop returns: the file manager must not wait for our dialog.
            QTimer.singleShot(0, lambda: self.import_dropped(spreadsheets[0]))

    def import_dropped(self, path: Path) -> DropImportDialog | None:
        """Say what ``path`` looks like (HR extract, roster, usage export, attendance report) and offer
        the matching import; None when the file cannot be read at all (the user is told why)."""
        from esn_desk.core.importing.detect import detect
        from esn_desk.core.importing.readers import ReadError
        from esn_desk.ui.dialogs.drop_import import DropImportDialog

        detected, problem = None, ""
        try:
            detected = detect(path)
        except ReadError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot import this file"), str(exc))
            return None
        except UserError as exc:
            problem = str(exc)
        started = detected.report_start if detected is not None else None
        sessions = [] if self.store.read_only else self.store.training.sessions(include_cancelled=False)
        dialog = DropImportDialog(path, detected, problem, sessions, report_start=started, parent=self)

        def chosen() -> None:
            what, session_id = dialog.what(), dialog.session_id()
            if what == "attendance" and session_id is not None:
                training = self.page("training")
                assert isinstance(training, TrainingPage)
                self.show_page(self.page_keys().index("training"))
                training.select_session(session_id)
                training.review_report(path)
            elif what is not None:
                self.import_spreadsheet(path, what=what)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.new_action = self._action(
            translate("MainWindow", "&New programme…"),
            self._new_programme,
            QKeySequence.StandardKey.New,
            icon="file-plus-outline",
        )
        self.open_action = self._action(
            translate("MainWindow", "&Open programme…"),
            self._open_programme,
            QKeySequence.StandardKey.Open,
            icon="folder-open-outline",
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(
            self._action(translate("MainWindow", "Open the &demo programme"), self.demo_requested.emit)
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            translate("MainWindow", "&Import HR spreadsheet…"),
            lambda: self.import_spreadsheet(),
            QKeySequence("Ctrl+I"),
            icon="database-import-outline",
        )
        file_menu.addAction(self.import_action)
        self.import_roster_action = self._action(
            translate("MainWindow", "Import ambassador &roster…"),
            lambda: self.import_spreadsheet(what="roster"),
            icon="account-multiple-plus-outline",
        )
        self.import_usage_action = self._action(
            translate("MainWindow", "Import ESN &usage export…"),
            lambda: self.import_spreadsheet(what="usage"),
            QKeySequence("Ctrl+Shift+I"),
            icon="chart-line",
        )
        file_menu.addAction(self.import_roster_action)
        file_menu.addAction(self.import_usage_action)
        file_menu.addSeparator()
        self.export_page_action = self._action(
            # Not Ctrl+E: text fields take it (end of line), and exporting from the search box is common.
            translate("MainWindow", "&Export this page…"),
            self.export_current_page,
            QKeySequence("Ctrl+Shift+E"),
            icon="microsoft-excel",
        )
        file_menu.addAction(self.export_page_action)
        export_menu = file_menu.addMenu(translate("MainWindow", "E&xport to Excel"))
        for kind, text in EXPORT_TITLES.items():
            export_menu.addAction(
                self._action(translate("MainWindow", text), lambda _=False, k=kind: self.export(k))
            )
        file_menu.addSeparator()
        self.settings_action = self._action(
            translate("MainWindow", "Programme &settings…"),
            self.edit_settings,
            QKeySequence("Ctrl+,"),
            icon="cog-outline",
        )
        file_menu.addAction(self.settings_action)
        file_menu.addAction(
            self._action(translate("MainWindow", "Show the data &folder"), self._show_data_folder)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        # The texts follow the stack (Undo “Validate 12 candidates”). A focused text field still
        # gets Ctrl+Z for its own typing: QLineEdit and QPlainTextEdit claim the standard undo and
        # redo keys through ShortcutOverride before window shortcuts are considered.
        self.undo_action = self._undo_redo_action(redo=False)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(style.icon("undo"))
        self.undo_action.setProperty("shortcut_name", translate("MainWindow", "Undo the last roster change"))
        self.redo_action = self._undo_redo_action(redo=True)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)  # Ctrl+Y on Windows…
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # …and Ctrl+Shift+Z everywhere
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(style.icon("redo"))
        self.redo_action.setProperty(
            "shortcut_name", translate("MainWindow", "Redo the last undone roster change")
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        for number, page_type in enumerate((*(type(p) for p in self.pages), *self._later), start=1):
            action = self._action(
                translate("Pages", page_type.title),
                lambda _=False, n=number - 1: self.show_page(n),
                QKeySequence(f"Ctrl+{number % 10}"),  # the tenth page is Ctrl+0
                icon=page_type.icon_name,
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(
                translate("MainWindow", "&Find"),
                self._focus_search,
                QKeySequence.StandardKey.Find,
                icon="magnify",
            )
        )
        view_menu.addAction(
            self._action(
                translate("MainWindow", "&Reload"), self.refresh_all, QKeySequence.StandardKey.Refresh
            )
        )
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        self.language_group = QActionGroup(self)
        current = i18n.chosen(self._settings)
        choices = (
            ("system", translate("MainWindow", "System default")),
            ("fr", i18n.LANGUAGE_NAMES["fr"]),
            ("en", i18n.LANGUAGE_NAMES["en"]),
        )
        for choice, text in choices:
            action = self.language_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.setData(choice)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, c=choice: self.language_requested.emit(c))

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(
                translate("MainWindow", "&Keyboard shortcuts"), self._show_shortcuts, icon="keyboard-outline"
            )
        )
        help_menu.addAction(self._action(translate("MainWindow", "Open the &log file"), self._open_log))
        help_menu.addAction(self._action(translate("MainWindow", "&Privacy…"), self.show_privacy))
        help_menu.addSeparator()
        help_menu.addAction(
            self._action(
                translate("MainWindow", "&About {app}").format(app=APP_NAME),
                self._about,
                icon="information-outline",
            )
        )

    def _undo_redo_action(self, *, redo: bool) -> QAction:
        """Edit → Undo / Redo, named after the edit they would undo or redo, in quotes.

        Not QUndoStack.createUndoAction: it writes its prefix and the edit's text side by side
        ("Undo Activate 2 candidates"), with no way to quote the edit's own words.
        """
        stack = self.undo_stack
        action = _StackAction(redo, self)
        if redo:
            action.triggered.connect(stack.redo)
            stack.canRedoChanged.connect(action.setEnabled)
            stack.redoTextChanged.connect(action.show_text)
            action.setEnabled(stack.canRedo())
            action.show_text(stack.redoText())
        else:
            action.triggered.connect(stack.undo)
            stack.canUndoChanged.connect(action.setEnabled)
            stack.undoTextChanged.connect(action.show_text)
            action.setEnabled(stack.canUndo())
            action.show_text(stack.undoText())
        return action

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(style.icon(icon))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(action, key) pairs for every menu action with a shortcut, for Help → Keyboard shortcuts."""
        out = []
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    out.append(
                        (
                            str(action.property("shortcut_name") or action.text())
                            .replace("&", "")
                            .rstrip("…"),
                            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                        )
                    )
        esc = QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText)
        down = QKeySequence(Qt.Key.Key_Down).toString(QKeySequence.SequenceFormat.NativeText)
        out += [
            (translate("MainWindow", "Clear the search (in the search box)"), esc),
            (translate("MainWindow", "Move from search to results"), down),
            (translate("MainWindow", "Back to the search (in the table)"), esc),
        ]
        return out

    def _show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts (non-blocking); returns the dialog."""
        from esn_desk.ui.dialogs.help import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_list(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _about(self) -> None:
        heading = f"<h3>{APP_NAME} {__version__}</h3>"
        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            heading
            + translate(
                "MainWindow",
                "<p>Run an enterprise-social-network ambassador programme from your laptop: "
                "directory, ambassadors, coverage, visibility kit and training.</p>",
            )
            + translate(
                "MainWindow", "<p>Everything stays on this computer; the app makes no network connection.</p>"
            )
            + translate("MainWindow", "<p><b>This programme:</b><br>{path}</p>").format(
                path=_html(self.store.display_path)
            )
            + translate(
                "MainWindow", "<p><b>Data folder</b> (settings, logs, backups):<br>{folder}</p>"
            ).format(folder=_html(str(self._data_dir))),
        )

    def privacy_text(self) -> str:
        """Help → Privacy: what is stored, where, for how long, and how to export or erase a person's
        data from the window (and the command line). Plain text."""
        months = self.store.settings.load().retention_months
        sections = (
            translate(
                "MainWindow",
                "WHAT IS STORED\n"
                "The HR fields of the files you import (name, employee ID, work email, job title, "
                "department, site, city, country, phone, manager, hire date) and their history of changes; "
                "the programme (candidacies, approvals, roles, objectives, notes, activities, case studies, "
                "kit items, training enrolments and attendance); ESN usage counts per person (posts, "
                "comments, reactions, views, last active date).",
            ),
            translate(
                "MainWindow",
                "WHERE\n"
                "Only on this computer, in the programme file {programme} (readable by your user account "
                "only), and in copies in {backups}: a safety copy before each schema upgrade, the undo copy "
                "of the latest import, and backups (kept: every backup of the last 24 hours, then one a day "
                "for a week, one a week for four weeks and one a month for six months). The Backups page "
                "lists these backups: restore one from there, back up now, or open their folder. The log "
                "file in {logs} holds no personal data beyond error details. ESN Desk makes no network "
                "connection.",
            ).format(
                programme=self.store.display_path,
                backups=self._data_dir / "backups",
                logs=self._data_dir / "logs",
            ),
            translate(
                "MainWindow",
                "FOR HOW LONG\n"
                "Until you erase it. People marked as having left the company for more than {period} "
                "(File → Programme settings) are due for deletion: the Dashboard then shows a “Due for "
                "deletion” card, whose “{review}” button erases them all at once. An erased person stays "
                "in older backups until those rotate out on the schedule above, unless you purge them "
                "(see below).",
            ).format(
                period=plural(
                    months, translate("MainWindow", "{n} month"), translate("MainWindow", "{n} months")
                ),
                review=translate("DueCard", "Review and delete…"),
            ),
            translate(
                "MainWindow",
                "HOW TO EXPORT OR ERASE A PERSON'S DATA\n"
                "In the Directory, select the person: in their detail panel, “{export}” writes everything "
                "held about them (JSON and Excel), for an access or portability request, and “{erase}” "
                "removes them from every table and overwrites the freed space. After an erasure, “{purge}” "
                "removes them from every backup at once instead of waiting for the backups to rotate out.\n"
                "From the command line:\n"
                "esn-desk --db PROGRAMME person export EMAIL_OR_ID FOLDER\n"
                "esn-desk --db PROGRAMME person erase EMAIL_OR_ID --yes --purge-backups",
            ).format(
                export=translate("PersonPanel", "Export this person's data…"),
                erase=translate("PersonPanel", "Erase this person…"),
                purge=translate("EraseDialog", "Purge older backups now"),
            ),
        )
        return "\n\n".join(sections)

    def show_privacy(self) -> TextDialog:
        """Help → Privacy (non-blocking): the text scrolls and can be copied; returns the dialog."""
        from esn_desk.ui.dialogs.help import TextDialog

        dialog = TextDialog(
            translate("MainWindow", "Privacy"), self.privacy_text(), headings=True, parent=self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def _open_log(self) -> None:
        if self._log_path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path)))
        else:
            QMessageBox.information(
                self,
                translate("MainWindow", "Log file"),
                translate("MainWindow", "Nothing has been logged yet."),
            )

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_search()

    def edit_settings(self) -> ProgrammeSettingsDialog:
        """Open the programme settings (window-modal, non-blocking); returns the dialog."""
        dialog = ProgrammeSettingsDialog(self.store.settings, self)
        # Targets, tipping point, retention period, kit colours…: every page may show one.
        dialog.accepted.connect(self.refresh_all)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- programmes -----------------------------------------------------------------------------
    # -- exporting ----------------------------------------------------------------------------------
    def export_current_page(self) -> Worker | None:
        """Export what the current page shows (the Directory with its search and filters)."""
        key = self.page_keys()[self.stack.currentIndex()]
        return self.export(PAGE_EXPORTS.get(key, "report"))

    def export(self, kind: str, path: Path | None = None) -> Worker | None:
        """Write an Excel export in the background; the file is only kept when it completed."""
        from esn_desk.core import exports  # openpyxl: loaded on first use

        if path is None:
            default = Path(self._start_dir()) / exports.default_file_name(kind)
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", EXPORT_TITLES[kind]).rstrip("…"),
                str(default),
                translate("MainWindow", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")
        store, target = self.store, path
        query = self.directory.current_query() if kind == "people" else None
        # Written beside the target, then renamed: an existing file is only replaced by a complete one.
        part = target.with_name(f".{target.name}.part")

        def job(_progress: Any, cancelled: Any) -> Path:
            try:
                if kind == "people":
                    exports.export_people(store, part, query)
                else:
                    exports.EXPORTS[kind](store, part)
                if cancelled():
                    raise ExportCancelled()
                os.replace(part, target)
            finally:
                part.unlink(missing_ok=True)
            return target

        worker = Worker(job, self)
        dialog = QProgressDialog(
            translate("MainWindow", "Writing {file}…").format(file=target.name),
            translate("MainWindow", "Cancel"),
            0,
            0,
            self,
        )
        dialog.setWindowTitle(translate("MainWindow", "Export"))
        dialog.setMinimumDuration(400)  # quick exports finish before it shows
        dialog.canceled.connect(worker.cancel)
        worker.succeeded.connect(lambda written: self._exported(worker, Path(written)))
        worker.failed.connect(lambda exc, details: self._export_failed(exc, details, target))
        worker.finished.connect(dialog.reset)
        worker.finished.connect(dialog.deleteLater)
        self._exports.append(worker)
        worker.finished.connect(lambda: self._exports.remove(worker))
        worker.start()
        return worker

    def _exported(self, worker: Worker, path: Path) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Exported {path}").format(path=path))

    def _export_failed(self, exc: BaseException, details: str, path: Path) -> None:
        if isinstance(exc, ExportCancelled):
            self.statusBar().showMessage(
                translate("MainWindow", "Export cancelled: {file} was not written.").format(file=path.name)
            )
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, translate("MainWindow", "Cannot export"), str(exc))
        else:
            self._report_bug(exc, details)

    def _start_dir(self) -> str:
        return str(self.store.path.parent) if self.store.path else str(Path.home())

    def _new_programme(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New programme"),
            str(Path(self._start_dir()) / "programme.esndesk"),
            _file_filter(),
        )
        if path:
            if not Path(path).suffix:
                path += ".esndesk"
            self.open_requested.emit(path, True)

    def _open_programme(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open programme"), self._start_dir(), _file_filter()
        )
        if path:
            self.open_requested.emit(path, False)

    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings INI stores a one-item list as a plain string
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != str(path)]
        self._settings.setValue("recent_files", [str(path), *recent][:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_files() if self.store.path is None or p != str(self.store.path)]
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name} — {Path(path).parent}")
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p, False))
        if not recent:
            self.recent_menu.addAction(translate("MainWindow", "No other programme yet")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(
                translate("MainWindow", "Clear the list"), lambda: self._settings.setValue("recent_files", [])
            )

    # -- pages & status -----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def page_keys(self) -> list[str]:
        return [p.key for p in self.pages] + [t.key for t in self._later]

    def _undo_restored(self, text: str, undone: bool) -> None:
        self.refresh_all()
        done = (
            translate("MainWindow", "Undone: {action}")
            if undone
            else translate("MainWindow", "Redone: {action}")
        )
        self.statusBar().showMessage(done.format(action=text))

    def _backup_restored(self) -> None:
        """The whole content changed under every page: the roster undo history no longer applies."""
        self.undo_stack.clear()
        self.refresh_all()
        self.statusBar().showMessage(translate("MainWindow", "Backup restored."), 10_000)

    def _undo_failed(self, message: str) -> None:
        self.refresh_all()
        QMessageBox.warning(self, translate("MainWindow", "Cannot undo or redo"), message)

    def refresh_all(self) -> None:
        for page in self.pages:
            page.invalidate()
        self.refresh_status()

    def refresh_status(self) -> None:
        settings = self.store.settings.load()
        name = settings.programme_name
        if self.store.read_only:
            name = translate("MainWindow", "{programme} (read-only)").format(programme=name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.programme_label.setText(settings.programme_name)
        if self.store.path:
            self.setWindowFilePath(str(self.store.path))
        self.statusBar().showMessage(f"{settings.programme_name} · {self.store.display_path}")
        self.people_label.setText(
            formatting.plural(
                self.store.people.count(),
                translate("MainWindow", "person"),
                translate("MainWindow", "people"),
            )
        )

    # -- window state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        keys = self.page_keys()
        last = str(self._settings.value("window/page", keys[0]))
        self.show_page(keys.index(last) if last in keys else 0)
        for page in list(self.pages):
            self._settings.beginGroup(f"pages/{page.key}")
            page.restore_state(self._settings)
            self._settings.endGroup()

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/page", self.pages[self.stack.currentIndex()].key)
        for page in self.pages:
            self._settings.beginGroup(f"pages/{page.key}")
            page.save_state(self._settings)
            self._settings.endGroup()
        self._settings.sync()

    def start_auto_backups(self, *, first_delay_ms: int = 2_000) -> BackupScheduler:
        """Back the programme up shortly after it opens and every 30 minutes, when it changed."""
        from esn_desk.ui.backup_scheduler import BackupScheduler

        scheduler = BackupScheduler(self.store.backups, self, first_delay_ms=first_delay_ms)
        scheduler.backed_up.connect(
            lambda path: self.statusBar().showMessage(
                translate("MainWindow", "Backed up to {path}").format(path=path), 8000
            )
        )
        scheduler.failed.connect(
            lambda message: self.statusBar().showMessage(
                translate("MainWindow", "Automatic backup failed: {problem}").format(problem=message)
            )
        )
        scheduler.start()
        self.backup_scheduler = scheduler
        return scheduler

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.backup_scheduler is not None:
            self.backup_scheduler.stop()  # a backup in progress finishes before the file closes
        self._later_timer.stop()
        for page in self.pages:
            if isinstance(page, KitPage | BackupsPage):
                page.stop()  # a print, export or backup job must not outlive its window
        if self.remember_state:
            self.save_state()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
