"""The Backups page: every verified backup of the programme, restore in a click, back up now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from esn_desk.core.backups import Backup, BackupService
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.ui import ask, style
from esn_desk.ui.models.base import ListTableModel
from esn_desk.ui.views.base import EmptyState, Page
from esn_desk.ui.workers import Worker

Index = QModelIndex | QPersistentModelIndex

# Shown as translate("BackupsModel", REASON_TEXT[reason]).
REASON_TEXT = {
    "open": QT_TRANSLATE_NOOP("BackupsModel", "When the programme was opened"),
    "auto": QT_TRANSLATE_NOOP("BackupsModel", "Automatic (changes of the last 30 minutes)"),
    "before-import": QT_TRANSLATE_NOOP("BackupsModel", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsModel", "Before upgrading to a new version"),
    "before-erase": QT_TRANSLATE_NOOP("BackupsModel", "Before erasing personal data"),
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by hand"),
}


def _file_filter() -> str:
    return translate("BackupsPage", "ESN Desk programme (*.esndesk);;All files (*)")


def when_text(moment: datetime, today: date | None = None) -> str:
    """“Today 14:32”, “Yesterday 17:05”, else the date in the user's locale and the time."""
    today = today or date.today()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return translate("BackupsPage", "Today {time}").format(time=clock)
    if moment.date() == today - timedelta(days=1):
        return translate("BackupsPage", "Yesterday {time}").format(time=clock)
    qt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qt, "ddd d MMM yyyy HH:mm")


def when_phrase(moment: datetime, today: date | None = None) -> str:
    """:func:`when_text` inside a sentence (“taken today 14:32”; in French « prise aujourd’hui à 14:32 »)."""
    today = today or date.today()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return translate("BackupsPage", "today {time}").format(time=clock)
    if moment.date() == today - timedelta(days=1):
        return translate("BackupsPage", "yesterday {time}").format(time=clock)
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy").lower()
    return translate("BackupsPage", "{date} {time}").format(date=day, time=clock)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return translate("BackupsModel", "{size} KB").format(size=max(1, round(size / 1024)))
    return translate("BackupsModel", "{size} MB").format(
        size=QLocale().toString(size / (1024 * 1024), "f", 1)
    )


class BackupsModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        "",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("BackupsModel", h) if h else "" for h in self.HEADERS), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b: Backup = self.items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        reason = translate("BackupsModel", REASON_TEXT[b.reason]) if b.reason in REASON_TEXT else b.reason
        return (when_text(b.taken_at), reason, size_text(b.size), "")[index.column()]


class BackupsPage(Page):
    """Signals: ``restored()`` after the programme's content was replaced by a backup;
    ``bug(exception, traceback)`` when a job failed unexpectedly (the window logs and reports it)."""

    key = "backups"
    title = QT_TRANSLATE_NOOP("Pages", "Backups")
    icon_name = "backup-restore"
    restored = Signal()
    bug = Signal(object, str)

    def __init__(
        self,
        backups: BackupService,
        *,
        read_only: bool = False,
        start_dir: Callable[[], str] = lambda: str(Path.home()),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._read_only = read_only
        self._start_dir = start_dir
        self._worker: Worker | None = None
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("BackupsPage", "Backups of this programme"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.doubleClicked.connect(lambda index: self.restore(self.model.items[index.row()]))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.backup_button = QPushButton(
            style.icon("content-save-outline", color="white"), translate("BackupsPage", "Back up now")
        )
        self.backup_button.setProperty("role", "primary")
        self.backup_button.clicked.connect(self.back_up_now)
        self.to_file_button = QPushButton(
            style.icon("content-save-outline"), translate("BackupsPage", "Back up to a file…")
        )
        self.to_file_button.setToolTip(
            translate("BackupsPage", "A verified copy you keep yourself (e.g. on a USB key)")
        )
        self.to_file_button.clicked.connect(lambda: self.back_up_to_file())
        self.from_file_button = QPushButton(
            style.icon("file-import-outline"), translate("BackupsPage", "Restore from a file…")
        )
        self.from_file_button.clicked.connect(lambda: self.restore_from_file())
        self.folder_button = QPushButton(
            style.icon("folder-open-outline"), translate("BackupsPage", "Open the folder")
        )
        self.folder_button.clicked.connect(self.open_folder)

        self.about = style.label("", "muted")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.empty = EmptyState(
            "backup-restore",
            translate("BackupsPage", "No backup yet"),
            translate(
                "BackupsPage",
                "ESN Desk backs the programme up when you open it, every 30 minutes while it changes, and "
                "before every import, restore or erasure. You can also back it up now.",
            ),
        )
        self.empty.add_button(translate("BackupsPage", "Back up now"), primary=True).clicked.connect(
            self.back_up_now
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # Beside the title, only the main action: with the other three as well, the header did not
        # fit the window's minimum width (960 pixels) in French. They go on a row above the table.
        outer = self.page_layout(self.backup_button)
        outer.addWidget(self.about)
        self.file_buttons = QHBoxLayout()
        self.file_buttons.setSpacing(6)
        for button in (self.folder_button, self.from_file_button, self.to_file_button):
            self.file_buttons.addWidget(button)
        self.file_buttons.addStretch()
        self.notice = QLabel()
        self.notice.setObjectName("backup-notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "QLabel#backup-notice { background: #e6f4ea; color: #1e4620; padding: 8px 12px;"
            " border: 1px solid #9ccc9f; border-radius: 6px; }"
        )
        self.notice.hide()
        outer.addWidget(self.notice)
        outer.addLayout(self.file_buttons)
        outer.addWidget(self.stack, 1)
        if read_only:
            self.from_file_button.setEnabled(False)
            self.from_file_button.setToolTip(
                translate("BackupsPage", "This programme is open read-only in this window.")
            )
        self.invalidate()

    # -- showing ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        found = self._backups.backups()
        self.model.set_items(found)
        for row, backup in enumerate(found):
            self.table.setIndexWidget(self.model.index(row, 3), self._restore_cell(backup))
        self.stack.setCurrentWidget(self.table if found else self.empty)
        self.about.setText(
            translate(
                "BackupsPage",
                "Verified copies of this programme, newest first, in {folder}. Every change is backed up "
                "within 30 minutes, and before each import, restore, upgrade or erasure. Kept: every backup "
                "of the last 24 hours, then one a day for a week, one a week for four weeks and one a month "
                "for six months.",
            ).format(folder=self._backups.folder)
        )

    def _restore_cell(self, backup: Backup) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(6, 2, 6, 2)
        button = QPushButton(style.icon("backup-restore"), translate("BackupsPage", "Restore…"))
        button.setAccessibleName(
            translate("BackupsPage", "Restore the backup taken {when}").format(
                when=when_phrase(backup.taken_at)
            )
        )
        button.setEnabled(not self._read_only)
        button.clicked.connect(lambda: self.restore(backup))
        row.addWidget(button)
        return cell

    def restore_buttons(self) -> list[QPushButton]:
        buttons = []
        for row in range(self.model.rowCount()):
            cell = self.table.indexWidget(self.model.index(row, 3))
            if cell is not None:
                buttons.extend(cell.findChildren(QPushButton))
        return buttons

    # -- actions ----------------------------------------------------------------------------------------
    def restore(self, backup: Backup) -> Worker | None:
        """Ask, then put the programme back as it was when ``backup`` was taken."""
        if self._read_only:
            return None
        when = when_phrase(backup.taken_at)
        if not ask.choose(
            self,
            translate("BackupsPage", "Restore a backup"),
            translate("BackupsPage", "Put the programme back as it was {when}?").format(when=when),
            translate(
                "BackupsPage",
                "Every change made since then is undone. The programme as it is now is backed up first, "
                "so you can come back to it from this list.",
            ),
            translate("BackupsPage", "Restore"),
        ):
            return None
        return self._restore_path(
            backup.path,
            translate(
                "BackupsPage",
                "Restored: the programme is back as it was {when}. Its state just before the restore is "
                "the newest backup in the list — restore that one to undo this.",
            ).format(when=when),
        )

    def restore_from_file(self, path: Path | None = None) -> Worker | None:
        if self._read_only:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("BackupsPage", "Restore a programme from a file"),
                self._start_dir(),
                _file_filter(),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if not ask.choose(
            self,
            translate("BackupsPage", "Restore from a file"),
            translate("BackupsPage", "Replace the programme's content with {file}?").format(file=path.name),
            translate(
                "BackupsPage",
                "The programme as it is now is backed up first, so you can come back to it from this list.",
            ),
            translate("BackupsPage", "Restore"),
            default_accept=False,
        ):
            return None
        return self._restore_path(
            path,
            translate(
                "BackupsPage",
                "Restored: the programme is back as it was in {file}. Its state just before the restore is "
                "the newest backup in the list — restore that one to undo this.",
            ).format(file=path.name),
        )

    def _restore_path(self, path: Path, notice: str) -> Worker | None:
        backups = self._backups
        return self._run(
            translate("BackupsPage", "Restoring…"),
            lambda _p, _c: backups.restore(path),
            lambda _safety: self._restored(notice),
            translate("BackupsPage", "Cannot restore this backup"),
        )

    def _restored(self, notice: str) -> None:
        self.notice.setText(notice)
        self.notice.show()
        self.refresh()
        self.restored.emit()

    def back_up_now(self) -> Worker | None:
        backups = self._backups
        return self._run(
            translate("BackupsPage", "Backing up…"),
            lambda _p, _c: backups.backup("manual"),
            lambda b: self._backed_up(
                translate("BackupsPage", "Backed up and verified: {file}").format(file=b.path.name)
            ),
            translate("BackupsPage", "Cannot back up"),
        )

    def back_up_to_file(self, path: Path | None = None) -> Worker | None:
        if path is None:
            stem = self._backups.stem
            suggested = str(Path(self._start_dir()) / f"{stem} {date.today().isoformat()}.esndesk")
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("BackupsPage", "Back up to a file"), suggested, _file_filter()
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".esndesk")
            if path.exists():
                # The file dialog already asked whether to replace it; a backup never overwrites, so
                # write beside it under a new name instead.
                path = path.with_name(f"{path.stem} {datetime.now():%H%M%S}{path.suffix}")
        target = path
        backups = self._backups
        return self._run(
            translate("BackupsPage", "Backing up…"),
            lambda _p, _c: backups.backup_to(target),
            lambda written: self._backed_up(
                translate("BackupsPage", "Backed up and verified: {file}").format(file=written)
            ),
            translate("BackupsPage", "Cannot back up to this file"),
        )

    def _backed_up(self, message: str) -> None:
        self.refresh()
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 10_000)

    def open_folder(self) -> None:
        self._backups.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.folder)))

    def _run(
        self,
        label: str,
        job: Callable[[Any, Any], Any],
        done: Callable[[Any], None],
        failure_title: str,
    ) -> Worker | None:
        if self._worker is not None and self._worker.is_running():
            return None
        dialog = QProgressDialog(label, "", 0, 0, self)
        dialog.setWindowTitle(translate("Pages", self.title))
        dialog.setCancelButton(None)  # a backup or restore is short and must not stop half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        worker = Worker(job, self)

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, UserError):
                QMessageBox.warning(self, failure_title, str(exc))
            else:
                self.bug.emit(exc, details)

        worker.succeeded.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(dialog.reset)
        worker.finished.connect(dialog.deleteLater)
        self._worker = worker
        worker.start()
        return worker

    def stop(self) -> None:
        """Wait for a backup in progress (the window is closing)."""
        if self._worker is not None and self._worker.is_running():
            self._worker.wait()
