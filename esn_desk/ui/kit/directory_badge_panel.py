"""The directory badges part of the Kit page: preview, photos folder, export of every badge."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import plural, translate
from esn_desk.core.kit.photos import PhotoIndex
from esn_desk.core.kit.tracking import KitPerson, KitService
from esn_desk.core.settings import SettingsService
from esn_desk.ui import formatting, style
from esn_desk.ui.kit.directory_badge import (
    BADGE_SIZE,
    BadgeExport,
    BadgeLook,
    badge_family,
    export_directory_badges,
    render_directory_badge,
)
from esn_desk.ui.workers import Worker

log = logging.getLogger(__name__)

PREVIEW_SIZE = 300


def checkerboard(size: QSize, cell: int = 10) -> QPixmap:
    """The grey-and-white squares image editors show behind transparent pixels."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    grey = QColor("#d9d9d9")
    for y in range(0, size.height(), cell):
        for x in range((y // cell) % 2 * cell, size.width(), 2 * cell):
            painter.fillRect(x, y, cell, cell, grey)
    painter.end()
    return pixmap


class DirectoryBadgePanel(QWidget):
    """Preview one person's directory badge, choose the photos folder, export everyone's badge.

    The people come from :meth:`set_people` (the Kit page's selection or filter). After an export the
    user is asked whether to record the badges as given.

    Signals: ``changed()`` after badges were recorded as given; ``photos_folder_changed(str)`` after
    the photos folder was changed in the settings (name badges use it too).
    """

    changed = Signal()
    photos_folder_changed = Signal(str)

    def __init__(self, settings: SettingsService, kit: KitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._kit = kit
        self._people: list[KitPerson] = []
        self._photos = PhotoIndex(None)
        self._worker: Worker | None = None
        self._progress_dialog: QProgressDialog | None = None
        self.last_export: BadgeExport | None = None

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(translate("DirectoryBadgePanel", "Badge preview"))
        self.preview_caption = style.label("", "muted")
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setMaximumWidth(PREVIEW_SIZE)

        self.person = QComboBox()
        self.person.setAccessibleName(translate("DirectoryBadgePanel", "Preview the badge of"))
        self.person.setMinimumContentsLength(22)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.currentIndexChanged.connect(self.update_preview)
        self.by_role = QCheckBox(translate("DirectoryBadgePanel", "Ribbon in each role's colour"))
        self.by_role.setToolTip(
            translate(
                "DirectoryBadgePanel", "Otherwise the ribbon is in the programme colour (Programme settings)"
            )
        )
        self.by_role.toggled.connect(self.update_preview)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos_summary = style.label("", "muted")
        self.photos_summary.setWordWrap(True)
        self.folder_button = QPushButton(
            style.icon("folder-open-outline"), translate("DirectoryBadgePanel", "Choose photos folder…")
        )
        self.folder_button.setToolTip(
            translate(
                "DirectoryBadgePanel",
                "The folder holding the photos, each file named after the employee ID or the email address "
                "(E1234.jpg, anne.martin@example.com.png)",
            )
        )
        self.folder_button.clicked.connect(lambda: self.choose_photos_folder())
        self.summary = style.label("", "muted")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(translate("DirectoryBadgePanel", "Export all…"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(
            translate(
                "DirectoryBadgePanel",
                "Write one PNG per ambassador ({size} × {size} px, transparent around the circle) "
                "into a folder",
            ).format(size=BADGE_SIZE)
        )
        self.export_button.clicked.connect(lambda: self.export_all())

        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(self.preview_caption)
        left.addStretch()
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(style.label(translate("DirectoryBadgePanel", "PREVIEW"), "section"))
        right.addWidget(self.person)
        right.addWidget(self.by_role)
        right.addSpacing(8)
        right.addWidget(style.label(translate("DirectoryBadgePanel", "PHOTOS"), "section"))
        right.addWidget(self.folder_label)
        right.addWidget(self.photos_summary)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_button)
        folder_row.addStretch()
        right.addLayout(folder_row)
        right.addSpacing(8)
        right.addWidget(style.label(translate("DirectoryBadgePanel", "EXPORT"), "section"))
        right.addWidget(self.summary)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch()
        right.addLayout(export_row)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_export)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------
    def set_people(self, people: list[KitPerson]) -> None:
        """The ambassadors whose badges are previewed and exported (keeps the previewed one if there)."""
        current = self.current_person()
        self._people = list(people)
        self.person.blockSignals(True)
        self.person.clear()
        for p in self._people:
            self.person.addItem(p.full_name or translate("DirectoryBadgePanel", "(no name)"), p.ambassador_id)
        if current is not None:
            self.person.setCurrentIndex(max(self.person.findData(current.ambassador_id), 0))
        self.person.blockSignals(False)
        self._update_counts()
        self.update_preview()

    def people(self) -> list[KitPerson]:
        return list(self._people)

    def show_person(self, ambassador_id: int) -> None:
        """Preview ``ambassador_id``'s badge (if among the people set)."""
        index = self.person.findData(ambassador_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def current_person(self) -> KitPerson | None:
        index = self.person.currentIndex()
        return self._people[index] if 0 <= index < len(self._people) else None

    def refresh(self) -> None:
        """Re-read the settings (colour, ESN name, photos folder) and the photos folder."""
        settings = self._settings.load()
        self._photos = PhotoIndex(settings.photos_folder)
        folder = settings.photos_folder.strip()
        if not folder:
            self.folder_label.setText(
                translate("DirectoryBadgePanel", "No photos folder chosen: badges show initials.")
            )
        elif self._photos.folder is None:
            self.folder_label.setText(
                translate("DirectoryBadgePanel", "{folder}\n(not found: badges show initials)").format(
                    folder=folder
                )
            )
        else:
            self.folder_label.setText(str(self._photos.folder))
        self._update_counts()
        self.update_preview()

    def look(self) -> BadgeLook:
        return BadgeLook.from_settings(self._settings.load(), ribbon_by_role=self.by_role.isChecked())

    def photos_folder(self) -> Path | None:
        return self._photos.folder

    def _update_counts(self) -> None:
        count = len(self._people)
        with_photo = sum(1 for p in self._people if self._photos.find(p.employee_id, p.email) is not None)
        if self._photos.folder is not None:
            photos = plural(
                len(self._photos),
                translate("DirectoryBadgePanel", "{n} photo in the folder"),
                translate("DirectoryBadgePanel", "{n} photos in the folder"),
            )
            found = plural(
                count,
                translate(
                    "DirectoryBadgePanel", "{found} of the {n} ambassador found by employee ID or email."
                ),
                translate(
                    "DirectoryBadgePanel", "{found} of the {n} ambassadors found by employee ID or email."
                ),
            ).format(found=formatting.number(with_photo))
            self.photos_summary.setText(
                translate("DirectoryBadgePanel", "{photos}; {found}").format(photos=photos, found=found)
            )
        else:
            self.photos_summary.setText(
                translate(
                    "DirectoryBadgePanel", "Files named after the employee ID or the email, .jpg or .png."
                )
            )
        self.summary.setText(
            plural(
                count,
                translate("DirectoryBadgePanel", "{n} badge to export, {size} × {size} px PNG."),
                translate("DirectoryBadgePanel", "{n} badges to export, {size} × {size} px PNG."),
            ).format(size=BADGE_SIZE)
            if count
            else translate("DirectoryBadgePanel", "No ambassador selected.")
        )
        self.export_button.setEnabled(count > 0 and not self.is_exporting())

    def update_preview(self, *_: Any) -> None:
        person = self.current_person()
        canvas = checkerboard(QSize(PREVIEW_SIZE, PREVIEW_SIZE))
        if person is None:
            self.preview.setPixmap(canvas)
            self.preview_caption.setText("")
            return
        photo = self._photos.find(person.employee_id, person.email)
        ratio = self.devicePixelRatioF() or 1.0
        side = round(PREVIEW_SIZE * ratio)
        image = render_directory_badge(person, self.look(), photo, size=side)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(0, 0, image)
        painter.end()
        self.preview.setPixmap(canvas)
        self.preview_caption.setText(
            translate("DirectoryBadgePanel", "Photo: {file}").format(file=photo.name)
            if photo is not None
            else translate("DirectoryBadgePanel", "No photo found: initials instead.")
        )

    # -- actions ------------------------------------------------------------------------------------
    def choose_photos_folder(self, folder: Path | str | None = None) -> bool:
        """Save the photos folder in the programme settings (asks for it when ``folder`` is None)."""
        if folder is None:
            start = str(self._photos.folder or Path.home())
            chosen = QFileDialog.getExistingDirectory(
                self, translate("DirectoryBadgePanel", "Photos folder"), start
            )
            if not chosen:
                return False
            folder = chosen
        settings = self._settings.load()
        settings.photos_folder = str(folder)
        try:
            self._settings.save(settings)
        except UserError as exc:
            QMessageBox.warning(self, translate("DirectoryBadgePanel", "Photos folder not saved"), str(exc))
            return False
        self.refresh()
        self.photos_folder_changed.emit(str(folder))
        return True

    def is_exporting(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def export_all(self, folder: Path | str | None = None) -> Worker | None:
        """Write every badge into ``folder`` (asks for it when None) in a worker thread, with a progress
        dialog and Cancel; then offers to record them as given. Returns the running worker."""
        if not self._people or self.is_exporting():
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, translate("DirectoryBadgePanel", "Export the directory badges to"), str(Path.home())
            )
            if not chosen:
                return None
            folder = chosen
        badge_family()  # fonts are registered on the GUI thread, before the worker draws
        people, look, photos, target = self.people(), self.look(), self.photos_folder(), Path(folder)
        worker = Worker(
            lambda progress, cancelled: export_directory_badges(
                people, target, look, photos, progress=progress, cancelled=cancelled
            ),
            self,
        )
        dialog = QProgressDialog(
            translate("DirectoryBadgePanel", "Writing the directory badges…"),
            translate("DirectoryBadgePanel", "Cancel"),
            0,
            len(people),
            self,
        )
        dialog.setWindowTitle(translate("DirectoryBadgePanel", "Directory badges"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._exported)
        worker.failed.connect(self._export_failed)
        worker.finished.connect(self._export_finished)
        self._worker, self._progress_dialog = worker, dialog
        self.export_button.setEnabled(False)
        worker.start()
        return worker

    def stop_export(self) -> None:
        """Cancel a running export and wait for it (the app is quitting)."""
        if self._worker is not None and self._worker.is_running():
            self._worker.cancel()
            self._worker.wait()

    def _progress(self, done: int, total: int, name: str) -> None:
        dialog = self._progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if name:
            dialog.setLabelText(
                translate(
                    "DirectoryBadgePanel", "Writing the directory badges… {done} of {total}: {name}"
                ).format(done=formatting.number(done + 1), total=formatting.number(total), name=name)
            )

    def _export_finished(self) -> None:
        dialog, self._progress_dialog = self._progress_dialog, None
        if dialog is not None:
            dialog.blockSignals(True)  # closing a progress dialog reports "cancelled"
            dialog.close()
            dialog.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._update_counts()

    def _exported(self, result: BadgeExport) -> None:
        self.last_export = result
        failed = (
            "\n\n"
            + translate("DirectoryBadgePanel", "Not written ({count}): {names}").format(
                count=formatting.number(len(result.failed)), names=", ".join(result.failed[:10])
            )
            if result.failed
            else ""
        )
        if result.cancelled:
            cancelled = plural(
                result.count,
                translate("DirectoryBadgePanel", "{n} badge written to {folder} before you cancelled."),
                translate("DirectoryBadgePanel", "{n} badges written to {folder} before you cancelled."),
            ).format(folder=result.folder)
            QMessageBox.information(
                self, translate("DirectoryBadgePanel", "Export cancelled"), f"{cancelled}{failed}"
            )
            return
        if not result.count:
            QMessageBox.warning(
                self,
                translate("DirectoryBadgePanel", "Nothing written"),
                translate("DirectoryBadgePanel", "No badge could be written.") + failed,
            )
            return
        written = plural(
            result.count,
            translate("DirectoryBadgePanel", "{n} badge written to {folder} ({photos} with a photo)."),
            translate("DirectoryBadgePanel", "{n} badges written to {folder} ({photos} with a photo)."),
        ).format(folder=result.folder, photos=formatting.number(result.with_photo))
        question = plural(
            result.count,
            translate("DirectoryBadgePanel", "Mark the {n} directory badge as given?"),
            translate("DirectoryBadgePanel", "Mark the {n} directory badges as given?"),
        )
        answer = QMessageBox.question(
            self,
            translate("DirectoryBadgePanel", "Directory badges written"),
            f"{written}{failed}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._kit.mark(result.ambassador_ids, "directory_badge", "given")
        except UserError as exc:
            QMessageBox.warning(self, translate("DirectoryBadgePanel", "Cannot record this"), str(exc))
            return
        self.changed.emit()

    def _export_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, translate("DirectoryBadgePanel", "Export failed"), str(exc))
            return
        logging.getLogger("esn_desk.crash").error("directory badges export failed:\n%s", details)
        QMessageBox.critical(
            self,
            translate("DirectoryBadgePanel", "Unexpected error"),
            translate(
                "DirectoryBadgePanel",
                "The badges could not all be written ({error}). The details are in the log file.",
            ).format(error=type(exc).__name__),
        )


__all__ = ["DirectoryBadgePanel", "checkerboard"]
