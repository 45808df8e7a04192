"""Privacy in the window: erase a person (or the leavers due for deletion), then purge the older
backups that still hold them; export everything held about a person.

Names come from HR files: every label showing one is plain text, and button captions escape ``&``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.privacy import BACKUPS_NOTE, BackupPurge, ErasureReport, PrivacyService, purge_from_backups
from esn_desk.ui import formatting, style
from esn_desk.ui.workers import Worker

if TYPE_CHECKING:
    from esn_desk.core.backups import BackupService

READ_ONLY_TIP = "This programme is open read-only in this window: nothing can be erased here."
DANGER = "#c62828"
_DANGER_STYLE = (
    f"QPushButton {{ background: {DANGER}; color: white; border: 1px solid {DANGER}; border-radius: 5px;"
    " padding: 6px 16px; font-weight: 600; }"
    "QPushButton:hover { background: #b71c1c; }"
    "QPushButton:disabled { background: palette(button); color: palette(placeholder-text);"
    " border: 1px solid palette(mid); font-weight: 400; }"
)

# How each table of PrivacyService.preview() reads in a sentence: (one, many).
_WORDS = {
    "person": ("directory record", "directory records"),
    "person_change": ("change in their HR history", "changes in their HR history"),
    "ambassador": ("programme candidacy", "programme candidacies"),
    "ambassador_event": ("candidacy history step", "candidacy history steps"),
    "activity": ("activity", "activities"),
    "kit_item": ("kit item", "kit items"),
    "enrolment": ("training enrolment", "training enrolments"),
    "usage_record": ("usage record", "usage records"),
    "case_study (author removed)": (
        "case study loses its author (the text is kept)",
        "case studies lose their author (the texts are kept)",
    ),
}


def removal_words(counts: dict[str, int]) -> list[str]:
    """The non-zero counts in plain words: ["1 directory record", "12 activities", …]."""
    out = []
    for table, count in counts.items():
        if count:
            one, many = _WORDS.get(
                table, (f"{table.replace('_', ' ')} row", f"{table.replace('_', ' ')} rows")
            )
            out.append(formatting.plural(count, one, many))
    return out


def button_text(text: str) -> str:
    """A caption shown as written: ``&`` would otherwise mark a keyboard shortcut."""
    return text.replace("&", "&&")


def plain_label(text: str = "", role: str | None = None) -> QLabel:
    label = style.label(text, role)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names from HR files: never interpreted as HTML
    label.setWordWrap(True)
    return label


def danger_button(text: str) -> QPushButton:
    button = QPushButton(button_text(text))
    button.setStyleSheet(_DANGER_STYLE)
    button.setAutoDefault(False)  # Enter never erases: Cancel is the default
    return button


class _EraseFlow(QDialog):
    """Confirm (built by the subclass), erase in a worker, then the report and the backups offer.

    Signals: ``erased(reports)`` as soon as the erase is committed (the caller refreshes its
    pages); ``purged(BackupPurge)`` after "Purge older backups now".
    """

    erased = Signal(list)
    purged = Signal(object)

    def __init__(
        self,
        privacy: PrivacyService,
        backups: BackupService | None,
        *,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._backups = backups
        self._read_only = read_only
        self.worker: Worker | None = None
        self._busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.reports: list[ErasureReport] = []
        self.purge_result: BackupPurge | None = None
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addWidget(self.pages)
        self.error = plain_label()
        self.error.setStyleSheet(f"color: {DANGER};")
        self.error.hide()
        layout.addWidget(self.error)

    # -- erasing -----------------------------------------------------------------------------------
    def _erase(self, person_ids: Sequence[int], what: str) -> Worker:
        ids, privacy = list(person_ids), self._privacy
        self.error.hide()
        first = "Taking a backup, then erasing" if privacy.backs_up_first else "Erasing"
        return self._run(
            lambda _progress, _cancelled: privacy.purge(ids),
            f"{first} {what}…",
            "Erase",
            done=self._erased,
            failed="Cannot erase",
            cancel=False,
        )

    def _erased(self, reports: list[ErasureReport]) -> None:
        self.reports = list(reports)
        self.erased.emit(self.reports)
        self.done_page = self._build_done_page()
        self.pages.addWidget(self.done_page)
        self.pages.setCurrentWidget(self.done_page)
        first = self.pages.widget(0)
        if first is not None and first is not self.done_page:
            self.pages.removeWidget(first)  # the confirmation: the dialog is no longer sized for it
        self.setMinimumHeight(0)  # the list of people is gone: fit the report
        self.adjustSize()

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # read-only, a backup that could not be written…
            self.error.setText(f"{title}: {exc}")
            self.error.show()
        else:  # a bug: to the crash handler (log + dialog), like an exception in any slot
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _erased_heading(self) -> str:
        if len(self.reports) == 1:
            return f"{self.reports[0].name} was erased"
        return f"{formatting.plural(len(self.reports), 'person was', 'people were')} erased"

    def _who(self) -> str:
        """The erased people as named in a sentence."""
        if len(self.reports) == 1:
            return self.reports[0].name
        return f"these {formatting.plural(len(self.reports), 'person', 'people')}"

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.done_heading = plain_label(self._erased_heading(), "detail-name")
        layout.addWidget(self.done_heading)
        totals: Counter[str] = Counter()
        cleared = 0
        for report in self.reports:
            totals.update(report.deleted)
            cleared += sum(report.cleared.values())
        words = removal_words(dict(totals))
        lines = [f"Removed: {', '.join(words)}." if words else "Nothing else held them."]
        if cleared:
            lines.append(
                f"Cleared {formatting.plural(cleared, 'mention', 'mentions')} of them in other records "
                "(a manager, a change history, an import's column names)."
            )
        if any(r.undo_snapshot_deleted for r in self.reports):
            lines.append("The undo copy of the latest import held them too: it was deleted.")
        if not all(r.checkpointed for r in self.reports):
            lines.append("The database log could not be emptied now (the programme is in use); it will be.")
        self.report_label = plain_label("\n".join(lines))
        layout.addWidget(self.report_label)
        layout.addSpacing(6)
        layout.addWidget(style.label("OLDER BACKUPS", "section"))
        has_backups = self._backups is not None and bool(self._backups.backups())
        if has_backups:
            note = BACKUPS_NOTE.format(name=self._who())
            if self._privacy.backs_up_first:
                note += " This includes the backup taken just before the erase."
        else:
            note = "There are no backups of this programme: nothing else holds them."
        self.backups_note = plain_label(note)
        layout.addWidget(self.backups_note)
        self.purge_result_label = plain_label()
        self.purge_result_label.hide()
        layout.addWidget(self.purge_result_label)
        layout.addStretch()
        layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.keep_button = QPushButton("Keep them until they rotate out" if has_backups else "Close")
        self.keep_button.clicked.connect(self.accept)
        self.purge_button = QPushButton("Purge older backups now")
        self.purge_button.setProperty("role", "primary")
        self.purge_button.clicked.connect(self.purge_backups)
        self.purge_button.setVisible(has_backups)
        if self._read_only:
            self.purge_button.setEnabled(False)
            self.purge_button.setToolTip(READ_ONLY_TIP)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.purge_button)
        layout.addLayout(buttons)
        return page

    # -- purging the backups -----------------------------------------------------------------------
    def purge_backups(self) -> Worker | None:
        """Rewrite (or delete) every backup that still holds the erased people, in a worker."""
        if self._backups is None or not self.reports:
            return None
        backups = self._backups
        paths = [b.path for b in backups.backups()]  # the before-erase copy included: it holds them
        people = [(r.email, r.employee_id) for r in self.reports]
        return self._run(
            lambda progress, cancelled: purge_from_backups(
                paths, people=people, changed=backups.refresh, progress=progress, cancelled=cancelled
            ),
            "Purging the older backups…",
            "Purge backups",
            done=self._purged,
            failed="Cannot purge the backups",
            total=len(paths),
            progress=self._purge_progress,
        )

    def _purge_progress(self, done: int, total: int, name: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if name:
            dialog.setLabelText(f"Purging the older backups… {done + 1} of {total}")

    def _purged(self, result: BackupPurge) -> None:
        self.purge_result = result
        self.purge_result_label.setText("\n".join(result.lines()))
        self.purge_result_label.show()
        self.backups_note.hide()
        self.purge_button.hide()
        self.keep_button.setText("Close")
        self.purged.emit(result)
        self.adjustSize()

    # -- running a job -----------------------------------------------------------------------------
    def _run(
        self,
        job: Callable[..., Any],
        text: str,
        title: str,
        *,
        done: Callable[[Any], None],
        failed: str,
        total: int = 0,
        cancel: bool = True,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Worker:
        """Start ``job`` in a worker behind a progress dialog; once its thread has ended and the
        dialog is usable again, ``done(result)``, or the failure is shown (titled ``failed``)."""
        worker = Worker(job, self)
        outcome: list[tuple[bool, Any]] = []
        worker.succeeded.connect(lambda result: outcome.append((True, result)))
        worker.failed.connect(lambda exc, _details: outcome.append((False, exc)))
        if progress is not None:
            worker.progress.connect(progress)
        dialog = QProgressDialog(text, "Stop" if cancel else "", 0, total, self)
        if not cancel:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick jobs finish before it shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)
        worker.finished.connect(lambda: self._job_finished(worker, dialog, outcome, done, failed))
        self.worker, self.progress_dialog = worker, dialog
        self._busy = True
        self.pages.setEnabled(False)  # no second click before the progress dialog shows
        worker.start()
        return worker

    def _job_finished(
        self,
        worker: Worker,
        dialog: QProgressDialog,
        outcome: list[tuple[bool, Any]],
        done: Callable[[Any], None],
        failed: str,
    ) -> None:
        worker.wait()  # its thread is returning: let it end before the dialog can close
        dialog.blockSignals(True)  # closing a progress dialog reports "cancelled"
        dialog.close()
        dialog.deleteLater()
        if self.progress_dialog is dialog:
            self.progress_dialog = None
        if self.worker is worker:
            self._busy = False
            self.pages.setEnabled(True)
        for succeeded, value in outcome:
            if succeeded:
                done(value)
            else:
                self._failed(failed, value)

    def busy(self) -> bool:
        """An erase or a purge is running (the dialog cannot be closed meanwhile)."""
        return self._busy

    def reject(self) -> None:
        if not self.busy():  # an erase or a purge in progress finishes first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)


class EraseDialog(_EraseFlow):
    """Erase <name>…: what will be removed, an explicit confirmation, then the report."""

    def __init__(
        self,
        privacy: PrivacyService,
        backups: BackupService | None,
        person_id: int,
        name: str,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(privacy, backups, read_only=read_only, parent=parent)
        self.person_id = person_id
        self.name = name or f"person #{person_id}"
        self.setWindowTitle(f"Erase {self.name}")
        counts = privacy.preview(person_id)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(plain_label(f"Erase {self.name}?", "detail-name"))
        layout.addWidget(
            plain_label(
                f"{self.name} will be removed from the directory, the programme, the kit, training and "
                "usage data, and mentions of them in other records are cleared. The deleted data is "
                "overwritten: it cannot be recovered from this file."
            )
        )
        layout.addSpacing(4)
        layout.addWidget(style.label("WHAT WILL BE REMOVED", "section"))
        self.summary = plain_label("\n".join(f"•  {line}" for line in removal_words(counts)))
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        self.backup_line = plain_label(
            "A backup of the programme is taken first."
            if privacy.backs_up_first
            else "No backup is taken first (this programme is not backed up)."
        )
        self.backup_line.setProperty("role", "muted")
        layout.addWidget(self.backup_line)
        self.confirm = QCheckBox("I understand this cannot be undone")
        layout.addSpacing(4)
        layout.addWidget(self.confirm)
        layout.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button = danger_button("Erase")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        if read_only:
            self.confirm.setEnabled(False)
            for widget in (self.confirm, self.erase_button):
                widget.setToolTip(READ_ONLY_TIP)
        self.confirm.toggled.connect(lambda on: self.erase_button.setEnabled(on and not read_only))
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.erase_button)
        layout.addLayout(buttons)
        self.confirm_page = page
        self.pages.addWidget(page)
        self.cancel_button.setFocus()

    def erase(self) -> Worker | None:
        if not self.confirm.isChecked() or self._read_only:
            return None
        return self._erase([self.person_id], self.name)


class DueForDeletionDialog(_EraseFlow):
    """The leavers past the retention period, listed, with "Delete all N" (one click)."""

    def __init__(
        self,
        privacy: PrivacyService,
        backups: BackupService | None,
        due: Sequence[tuple[int, str, str]],
        retention_months: int,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(privacy, backups, read_only=read_only, parent=parent)
        self.due = list(due)
        count = len(self.due)
        self.setWindowTitle("Due for deletion")
        self.setMinimumSize(600, 480)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(plain_label(due_text(count, retention_months), "detail-name"))
        layout.addWidget(
            plain_label(
                "Deleting erases each of them from every table, as “Erase this person…” in the Directory "
                "does. The retention period is set in Programme settings."
            )
        )
        self.people = QTreeWidget()
        self.people.setAccessibleName("People due for deletion")
        self.people.setHeaderLabels(["Name", "Left on"])
        self.people.setRootIsDecorated(False)
        self.people.setAlternatingRowColors(True)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for _pid, name, left_on in self.due:
            QTreeWidgetItem(self.people, [name or "(no name)", formatting.date_text(left_on)])
        self.people.header().setStretchLastSection(False)
        self.people.header().resizeSection(1, 130)
        self.people.header().setSectionResizeMode(0, self.people.header().ResizeMode.Stretch)
        layout.addWidget(self.people, 1)
        self.backup_line = plain_label(
            ("A backup of the programme is taken first. " if privacy.backs_up_first else "")
            + "This cannot be undone."
        )
        self.backup_line.setProperty("role", "muted")
        layout.addWidget(self.backup_line)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.cancel_button = QPushButton("Close")
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button = danger_button(f"Delete all {formatting.number(count)}")
        self.delete_button.clicked.connect(self.delete_all)
        self.delete_button.setEnabled(bool(count) and not read_only)
        if read_only:
            self.delete_button.setToolTip(READ_ONLY_TIP)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.confirm_page = page
        self.pages.addWidget(page)
        self.cancel_button.setFocus()

    def delete_all(self) -> Worker | None:
        if not self.due or self._read_only:
            return None
        what = formatting.plural(len(self.due), "person", "people")
        return self._erase([pid for pid, _, _ in self.due], what)


def due_text(count: int, retention_months: int) -> str:
    """The dashboard's line: 14 people left more than 24 months ago — their data should be deleted."""
    who = formatting.plural(count, "person", "people")
    months = formatting.plural(retention_months, "month", "months")
    return f"{who} left more than {months} ago — their data should be deleted"


def export_person_data(
    privacy: PrivacyService,
    person_id: int,
    name: str,
    parent: QWidget | None = None,
    *,
    start_dir: Path | None = None,
) -> QMessageBox | None:
    """Export <name>'s data…: choose a folder, write ``<name>.json`` and ``<name>.xlsx`` there,
    then say so with a button that opens the folder. Returns the (open, non-blocking) message."""
    who = name or f"person #{person_id}"
    chosen = QFileDialog.getExistingDirectory(
        parent, f"Export {who}'s data to", str(start_dir or Path.home())
    )
    if not chosen:
        return None
    try:
        json_path, xlsx_path = privacy.write_export(person_id, Path(chosen))
    except UserError as exc:
        QMessageBox.warning(parent, "Cannot export", str(exc))
        return None
    folder = json_path.parent
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Data exported")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are data, never markup
    box.setText(
        f"Everything held about {who} was written to two files:\n\n"
        f"{json_path.name}\n{xlsx_path.name}\n\nin the folder {folder}"
    )
    open_button = box.addButton("Open the folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)

    def clicked(button: Any) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
