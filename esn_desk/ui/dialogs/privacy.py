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

from esn_desk.core import i18n
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.privacy import BackupPurge, ErasureReport, PrivacyService, backups_note, purge_from_backups
from esn_desk.ui import formatting, style
from esn_desk.ui.workers import Worker

if TYPE_CHECKING:
    from esn_desk.core.backups import BackupService

# Shown with read_only_tip().
READ_ONLY_TIP = QT_TRANSLATE_NOOP(
    "PrivacyDialogs", "This programme is open read-only in this window: nothing can be erased here."
)
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
    "person": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "directory record"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "directory records"),
    ),
    "person_change": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "change in their HR history"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "changes in their HR history"),
    ),
    "ambassador": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "programme candidacy"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "programme candidacies"),
    ),
    "ambassador_event": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "candidacy history step"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "candidacy history steps"),
    ),
    "activity": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "activity"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "activities"),
    ),
    "kit_item": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "kit item"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "kit items"),
    ),
    "enrolment": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "training enrolment"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "training enrolments"),
    ),
    "usage_record": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "usage record"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "usage records"),
    ),
    "case_study (author removed)": (
        QT_TRANSLATE_NOOP("PrivacyDialogs", "case study loses its author (the text is kept)"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "case studies lose their author (the texts are kept)"),
    ),
}


def read_only_tip() -> str:
    return translate("PrivacyDialogs", READ_ONLY_TIP)


def removal_words(counts: dict[str, int]) -> list[str]:
    """The non-zero counts in plain words: ["1 directory record", "12 activities", …]."""
    out = []
    for table, count in counts.items():
        if count:
            if table in _WORDS:
                one, many = (translate("PrivacyDialogs", word) for word in _WORDS[table])
            else:
                name = table.replace("_", " ")
                one = translate("PrivacyDialogs", "{table} row").format(table=name)
                many = translate("PrivacyDialogs", "{table} rows").format(table=name)
            out.append(formatting.plural(count, one, many))
    return out


def _person(n: int) -> str:
    """“1 person”, “14 people”."""
    return formatting.plural(n, translate("PrivacyDialogs", "person"), translate("PrivacyDialogs", "people"))


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
        text = (
            translate("EraseDialog", "Taking a backup, then erasing {who}…")
            if privacy.backs_up_first
            else translate("EraseDialog", "Erasing {who}…")
        )
        return self._run(
            lambda _progress, _cancelled: privacy.purge(ids),
            text.format(who=what),
            translate("EraseDialog", "Erase"),
            done=self._erased,
            failed=translate("EraseDialog", "Cannot erase"),
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
        self.fit_height()

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # read-only, a backup that could not be written…
            self.error.setText(translate("EraseDialog", "{title}: {error}").format(title=title, error=exc))
            self.error.show()
        else:  # a bug: to the crash handler (log + dialog), like an exception in any slot
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _erased_heading(self) -> str:
        if len(self.reports) == 1:
            return translate("EraseDialog", "{name} was erased").format(name=self.reports[0].name)
        return i18n.plural(
            len(self.reports),
            translate("EraseDialog", "{n} person was erased"),
            translate("EraseDialog", "{n} people were erased"),
        )

    def _who(self) -> str:
        """The erased people as named in a sentence."""
        if len(self.reports) == 1:
            return self.reports[0].name
        return translate("EraseDialog", "these {people}").format(people=_person(len(self.reports)))

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
        lines = [
            translate("EraseDialog", "Removed: {items}.").format(items=", ".join(words))
            if words
            else translate("EraseDialog", "Nothing else held them.")
        ]
        if cleared:
            mentions = formatting.plural(
                cleared, translate("EraseDialog", "mention"), translate("EraseDialog", "mentions")
            )
            lines.append(
                translate(
                    "EraseDialog",
                    "Cleared {mentions} of them in other records "
                    "(a manager, a change history, an import's column names).",
                ).format(mentions=mentions)
            )
        if any(r.undo_snapshot_deleted for r in self.reports):
            lines.append(
                translate("EraseDialog", "The undo copy of the latest import held them too: it was deleted.")
            )
        if not all(r.checkpointed for r in self.reports):
            lines.append(
                translate(
                    "EraseDialog",
                    "The database log could not be emptied now (the programme is in use); it will be.",
                )
            )
        self.report_label = plain_label("\n".join(lines))
        layout.addWidget(self.report_label)
        layout.addSpacing(6)
        layout.addWidget(style.label(translate("EraseDialog", "OLDER BACKUPS"), "section"))
        has_backups = self._backups is not None and bool(self._backups.backups())
        if has_backups:
            note = backups_note(self._who())
            if self._privacy.backs_up_first:
                note += " " + translate(
                    "EraseDialog", "This includes the backup taken just before the erase."
                )
        else:
            note = translate(
                "EraseDialog", "There are no backups of this programme: nothing else holds them."
            )
        self.backups_note = plain_label(note)
        layout.addWidget(self.backups_note)
        self.purge_result_label = plain_label()
        self.purge_result_label.hide()
        layout.addWidget(self.purge_result_label)
        layout.addStretch()
        layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.keep_button = QPushButton(
            translate("EraseDialog", "Keep them until they rotate out")
            if has_backups
            else translate("EraseDialog", "Close")
        )
        self.keep_button.clicked.connect(self.accept)
        self.purge_button = QPushButton(translate("EraseDialog", "Purge older backups now"))
        self.purge_button.setProperty("role", "primary")
        self.purge_button.clicked.connect(self.purge_backups)
        self.purge_button.setVisible(has_backups)
        if self._read_only:
            self.purge_button.setEnabled(False)
            self.purge_button.setToolTip(read_only_tip())
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
            translate("EraseDialog", "Purging the older backups…"),
            translate("EraseDialog", "Purge backups"),
            done=self._purged,
            failed=translate("EraseDialog", "Cannot purge the backups"),
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
            dialog.setLabelText(
                translate("EraseDialog", "Purging the older backups… {done} of {total}").format(
                    done=formatting.number(done + 1), total=formatting.number(total)
                )
            )

    def _purged(self, result: BackupPurge) -> None:
        self.purge_result = result
        self.purge_result_label.setText("\n".join(result.lines()))
        self.purge_result_label.show()
        self.backups_note.hide()
        self.purge_button.hide()
        self.keep_button.setText(translate("EraseDialog", "Close"))
        self.purged.emit(result)
        self.fit_height()

    def fit_height(self) -> None:
        """The height of what the dialog shows now, every wrapped line of the report included.

        Not ``adjustSize``: it measures the wrapped texts at the size hint's width, then narrows the
        window (to two thirds of a small screen): the last lines of the report and of the backups
        note were cut. Measured here at the width the window really has.
        """
        # Heights for a width are cached (by the layouts and for the page stack, whose confirmation
        # page was just removed, or whose texts just changed): measure afresh.
        self.pages.updateGeometry()
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        layout.activate()  # the window's minimum height follows the page shown now
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(needed, layout.totalMinimumSize().height()))

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
        dialog = QProgressDialog(text, translate("EraseDialog", "Stop") if cancel else "", 0, total, self)
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
        self.name = name or translate("EraseDialog", "person #{id}").format(id=person_id)
        self.setWindowTitle(translate("EraseDialog", "Erase {name}").format(name=self.name))
        counts = privacy.preview(person_id)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(
            plain_label(translate("EraseDialog", "Erase {name}?").format(name=self.name), "detail-name")
        )
        layout.addWidget(
            plain_label(
                translate(
                    "EraseDialog",
                    "{name} will be removed from the directory, the programme, the kit, training and "
                    "usage data, and mentions of them in other records are cleared. The deleted data is "
                    "overwritten: it cannot be recovered from this file.",
                ).format(name=self.name)
            )
        )
        layout.addSpacing(4)
        layout.addWidget(style.label(translate("EraseDialog", "WHAT WILL BE REMOVED"), "section"))
        self.summary = plain_label("\n".join(f"•  {line}" for line in removal_words(counts)))
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        self.backup_line = plain_label(
            translate("EraseDialog", "A backup of the programme is taken first.")
            if privacy.backs_up_first
            else translate("EraseDialog", "No backup is taken first (this programme is not backed up).")
        )
        self.backup_line.setProperty("role", "muted")
        layout.addWidget(self.backup_line)
        self.confirm = QCheckBox(translate("EraseDialog", "I understand this cannot be undone"))
        layout.addSpacing(4)
        layout.addWidget(self.confirm)
        layout.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.cancel_button = QPushButton(translate("EraseDialog", "Cancel"))
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button = danger_button(translate("EraseDialog", "Erase"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        if read_only:
            self.confirm.setEnabled(False)
            for widget in (self.confirm, self.erase_button):
                widget.setToolTip(read_only_tip())
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
        self.setWindowTitle(translate("DueForDeletionDialog", "Due for deletion"))
        self.setMinimumSize(600, 480)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(plain_label(due_text(count, retention_months), "detail-name"))
        layout.addWidget(
            plain_label(
                translate(
                    "DueForDeletionDialog",
                    "Deleting erases each of them from every table, as “Erase this person…” in the Directory "
                    "does. The retention period is set in Programme settings.",
                )
            )
        )
        self.people = QTreeWidget()
        self.people.setAccessibleName(translate("DueForDeletionDialog", "People due for deletion"))
        self.people.setHeaderLabels(
            [translate("DueForDeletionDialog", "Name"), translate("DueForDeletionDialog", "Left on")]
        )
        self.people.setRootIsDecorated(False)
        self.people.setAlternatingRowColors(True)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for _pid, name, left_on in self.due:
            QTreeWidgetItem(
                self.people,
                [name or translate("DueForDeletionDialog", "(no name)"), formatting.date_text(left_on)],
            )
        self.people.header().setStretchLastSection(False)
        self.people.header().resizeSection(1, 130)
        self.people.header().setSectionResizeMode(0, self.people.header().ResizeMode.Stretch)
        layout.addWidget(self.people, 1)
        self.backup_line = plain_label(
            translate(
                "DueForDeletionDialog", "A backup of the programme is taken first. This cannot be undone."
            )
            if privacy.backs_up_first
            else translate("DueForDeletionDialog", "This cannot be undone.")
        )
        self.backup_line.setProperty("role", "muted")
        layout.addWidget(self.backup_line)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.cancel_button = QPushButton(translate("DueForDeletionDialog", "Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button = danger_button(
            translate("DueForDeletionDialog", "Delete all {count}").format(count=formatting.number(count))
        )
        self.delete_button.clicked.connect(self.delete_all)
        self.delete_button.setEnabled(bool(count) and not read_only)
        if read_only:
            self.delete_button.setToolTip(read_only_tip())
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.confirm_page = page
        self.pages.addWidget(page)
        self.cancel_button.setFocus()

    def delete_all(self) -> Worker | None:
        if not self.due or self._read_only:
            return None
        what = _person(len(self.due))
        return self._erase([pid for pid, _, _ in self.due], what)


def due_text(count: int, retention_months: int) -> str:
    """The dashboard's line: 14 people left more than 24 months ago — their data should be deleted."""
    months = formatting.plural(
        retention_months, translate("PrivacyDialogs", "month"), translate("PrivacyDialogs", "months")
    )
    return translate(
        "PrivacyDialogs", "{people} left more than {months} ago — their data should be deleted"
    ).format(people=_person(count), months=months)


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
    who = name or translate("PrivacyDialogs", "person #{id}").format(id=person_id)
    chosen = QFileDialog.getExistingDirectory(
        parent,
        translate("PrivacyDialogs", "Export {name}'s data to").format(name=who),
        str(start_dir or Path.home()),
    )
    if not chosen:
        return None
    try:
        json_path, xlsx_path = privacy.write_export(person_id, Path(chosen))
    except UserError as exc:
        QMessageBox.warning(parent, translate("PrivacyDialogs", "Cannot export"), str(exc))
        return None
    folder = json_path.parent
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PrivacyDialogs", "Data exported"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are data, never markup
    box.setText(
        translate(
            "PrivacyDialogs",
            "Everything held about {name} was written to two files:\n\n"
            "{json}\n{xlsx}\n\nin the folder {folder}",
        ).format(name=who, json=json_path.name, xlsx=xlsx_path.name, folder=folder)
    )
    open_button = box.addButton(
        translate("PrivacyDialogs", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)

    def clicked(button: Any) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
