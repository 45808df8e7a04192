"""The stickers / name badges part of the Kit page: sheet, design, start label, calibration, output.

One :class:`LabelPanel` per kind ("stickers" or "badges"). The Kit page gives it the chosen people
with :meth:`LabelPanel.set_people`; the panel lays them out on the chosen sheet and previews, prints
or saves a PDF. Long jobs run in a :class:`~esn_desk.ui.workers.Worker` with a progress bar and Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.kit import badges
from esn_desk.core.kit.layouts import TEMPLATES, LabelTemplate, all_rects, template
from esn_desk.core.kit.photos import PhotoIndex
from esn_desk.core.kit.tracking import KitPerson, KitService
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.settings import ProgrammeSettings, SettingsService
from esn_desk.ui import style
from esn_desk.ui.printing.fonts import print_family
from esn_desk.ui.printing.labels import LabelRenderer, Page, page_layout, render_image, write_pdf
from esn_desk.ui.workers import Worker

log = logging.getLogger(__name__)

KINDS = {"stickers": "sticker", "badges": "badge"}
TRACKED_ITEM = {"stickers": "stickers", "badges": "name_badge"}
PDF_TARGET = "PDF"
SETTINGS_GROUP = "kit_labels"
# In English; shown translated (``LabelPanel`` context).
HUNDRED_PERCENT_WARNING = QT_TRANSLATE_NOOP(
    "LabelPanel",
    "Print at 100 % (“Actual size”), not “Fit to page”: scaling moves every label off its place.",
)


def calibration_key(target: str) -> str:
    """QSettings key of one printer's calibration ("PDF" for files)."""
    safe = "".join(c if c.isalnum() else "_" for c in target) or "default"
    return f"{SETTINGS_GROUP}/calibration/{safe}"


PREVIEW_DPI = 72  # the first-sheet thumbnail, drawn sharper than shown, then scaled into PREVIEW_BOX
PREVIEW_BOX = QSize(260, 368)


class SheetDiagram(QWidget):
    """A miniature of the sheet: used labels crossed out, the start label highlighted, the labels
    the first sheet will fill tinted. Clicking a label picks it as the start.

    Signals: ``picked(int)`` — the label number clicked (1-based).
    """

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tpl: LabelTemplate = TEMPLATES[0]
        self._start = 1
        self._count = 0
        self.setMinimumSize(QSize(110, 150))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate("SheetDiagram", "Click the first free label of a part-used sheet"))

    def sizeHint(self) -> QSize:
        return QSize(130, 170)

    def show_sheet(self, tpl: LabelTemplate, start: int, count: int) -> None:
        self._tpl, self._start, self._count = tpl, start, count
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        """Scale (px per mm) and the paper's top-left corner in the widget."""
        width, height = self._tpl.page_size
        scale = min((self.width() - 4) / width, (self.height() - 4) / height)
        return scale, (self.width() - width * scale) / 2, (self.height() - height * scale) / 2

    def label_at(self, x: float, y: float) -> int | None:
        scale, ox, oy = self._geometry()
        for rect in all_rects(self._tpl):
            if QRectF(
                ox + rect.x * scale, oy + rect.y * scale, rect.width * scale, rect.height * scale
            ).contains(QPointF(x, y)):
                return rect.index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.label_at(event.position().x(), event.position().y())
        if index is not None:
            self.picked.emit(index)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, ox, oy = self._geometry()
        width, height = self._tpl.page_size
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(ox, oy, width * scale, height * scale))
        accent = QColor(style.ACCENT)
        tint = QColor(accent)
        tint.setAlpha(70)
        last = self._start + self._count - 1
        for rect in all_rects(self._tpl):
            box = QRectF(ox + rect.x * scale, oy + rect.y * scale, rect.width * scale, rect.height * scale)
            if rect.index < self._start:
                painter.setBrush(QColor("#c8c9cc"))
            elif rect.index == self._start:
                painter.setBrush(accent)
            elif rect.index <= last:
                painter.setBrush(tint)
            else:
                painter.setBrush(QColor("#ffffff"))
            painter.setPen(QPen(QColor("#8a8d96"), 0.8))
            if self._tpl.shape == "round":
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 1.5, 1.5)
            if rect.index < self._start:  # used: crossed out
                painter.setPen(QPen(QColor("#8a8d96"), 0.8))
                painter.drawLine(box.topLeft(), box.bottomRight())
        painter.end()


class LabelPanel(QWidget):
    """Print stickers or name badges for the people given by :meth:`set_people`.

    ``kind`` is "stickers" or "badges". Calibration offsets are remembered per printer (and for PDF)
    in ``qsettings`` (default: the application's QSettings).

    Signals: ``changed()`` after printed items were recorded as given; ``pdf_written(str)`` after a PDF
    was saved (its path); ``job_finished(bool)`` when a print or PDF job ends (True: completed).
    """

    changed = Signal()
    pdf_written = Signal(str)
    job_finished = Signal(bool)

    def __init__(
        self,
        kind: str,
        settings: SettingsService,
        kit: KitService,
        programme: ProgrammeService,
        *,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        self.kind = kind
        self._settings = settings
        self._kit = kit
        self._programme = programme
        self._qsettings = qsettings if qsettings is not None else QSettings()
        self._people: list[KitPerson] = []
        self._worker: Worker | None = None
        self._job_people: list[KitPerson] = []
        self._printer_job: QPrinter | None = None  # kept alive while a print job runs
        self._outcome = False
        print_family()  # fonts are registered on the GUI thread, before any worker draws

        # -- sheet
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(translate("LabelPanel", "Label sheet"))
        own = [t for t in TEMPLATES if t.kind == KINDS[kind]]
        others = [t for t in TEMPLATES if t.kind != KINDS[kind]]
        for tpl in own:
            self.template_combo.addItem(tpl.label, tpl.code)
        if others:
            self.template_combo.insertSeparator(self.template_combo.count())
            for tpl in others:
                self.template_combo.addItem(tpl.label, tpl.code)

        # -- design
        self.design_combo = QComboBox()
        self.name_check = QCheckBox(translate("LabelPanel", "Print each ambassador's name"))
        self.per_person_radio = QRadioButton(translate("LabelPanel", "Stickers per ambassador:"))
        self.full_sheet_radio = QRadioButton(
            translate("LabelPanel", "A full sheet (each ambassador's own sheet when named)")
        )
        self.per_person_spin = QSpinBox()
        self.per_person_spin.setRange(1, badges.MAX_PER_PERSON)
        self.per_person_spin.setValue(2)
        self.quantity_group = QButtonGroup(self)
        self.quantity_group.addButton(self.per_person_radio)
        self.quantity_group.addButton(self.full_sheet_radio)
        self.per_person_radio.setChecked(True)
        self.photo_check = QCheckBox(translate("LabelPanel", "Photo (from the photos folder)"))
        self.qr_check = QCheckBox(translate("LabelPanel", "QR code (profile link, or contact card)"))
        self.qr_check.setChecked(True)
        for key, design in badges.STICKER_DESIGNS.items():
            self.design_combo.addItem(design.label, key)

        # -- position and calibration
        self.start_spin = QSpinBox()
        self.start_spin.setAccessibleName(translate("LabelPanel", "Start at label"))
        self.diagram = SheetDiagram()
        self.sheet_preview = QLabel()
        self.sheet_preview.setObjectName("sheetPreview")
        self.sheet_preview.setAccessibleName(translate("LabelPanel", "First sheet preview"))
        self.sheet_preview.setWordWrap(True)
        self.sheet_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.sheet_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet_preview.setFixedSize(PREVIEW_BOX + QSize(4, 4))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self._render_sheet_preview)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(translate("LabelPanel", "Calibration for"))
        self.target_combo.addItem(translate("LabelPanel", "PDF files"), PDF_TARGET)
        for name in QPrinterInfo.availablePrinterNames():
            self.target_combo.addItem(name, name)
        default_printer = QPrinterInfo.defaultPrinterName()
        if default_printer:
            self.target_combo.setCurrentIndex(max(self.target_combo.findData(default_printer), 0))
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin, tip in (
            (
                self.offset_x,
                translate("LabelPanel", "Move everything right (negative: left) to match this printer"),
            ),
            (
                self.offset_y,
                translate("LabelPanel", "Move everything down (negative: up) to match this printer"),
            ),
        ):
            spin.setRange(-10.0, 10.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setSuffix(translate("LabelPanel", " mm"))
            spin.setToolTip(tip)
        self.outlines_check = QCheckBox(translate("LabelPanel", "Test print: outline every label"))
        self.outlines_check.setToolTip(
            translate(
                "LabelPanel",
                "Print on plain paper and hold it against a label sheet: adjust the calibration until the "
                "outlines match. Card stock templates always get cut marks.",
            )
        )
        warning = translate("LabelPanel", HUNDRED_PERCENT_WARNING)
        self.warning = QLabel(f"⚠ {warning}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {style.warning_color().name()}; font-weight: 600;")
        self.summary = style.label("", "muted")
        self.summary.setWordWrap(True)

        # -- actions
        self.preview_button = QPushButton(translate("LabelPanel", "Preview…"))
        self.print_button = QPushButton(translate("LabelPanel", "Print…"))
        self.pdf_button = QPushButton(translate("LabelPanel", "Save as PDF…"))
        self.pdf_button.setProperty("role", "primary")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(translate("LabelPanel", "Cancel"))
        self.progress.hide()
        self.cancel_button.hide()

        self._build_layout()
        self._restore_choices()
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.start_spin.valueChanged.connect(self._refresh)
        self.diagram.picked.connect(self.start_spin.setValue)
        for signal in (
            self.design_combo.currentIndexChanged,
            self.per_person_spin.valueChanged,
            self.name_check.toggled,
            self.per_person_radio.toggled,
        ):
            signal.connect(self._refresh)
        self.target_combo.currentIndexChanged.connect(self._load_calibration)
        self.offset_x.valueChanged.connect(self._save_calibration)
        self.offset_y.valueChanged.connect(self._save_calibration)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_labels())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.cancel_button.clicked.connect(self.cancel_job)
        self._template_changed()
        self._load_calibration()

    def _build_layout(self) -> None:
        heading = (
            translate("LabelPanel", "Stickers")
            if self.kind == "stickers"
            else translate("LabelPanel", "Name badges")
        )
        form = QFormLayout()
        form.addRow(translate("LabelPanel", "Sheet:"), self.template_combo)
        if self.kind == "stickers":
            form.addRow(translate("LabelPanel", "Design:"), self.design_combo)
            form.addRow("", self.name_check)
            quantity = QHBoxLayout()
            quantity.addWidget(self.per_person_radio)
            quantity.addWidget(self.per_person_spin)
            quantity.addStretch(1)
            form.addRow(translate("LabelPanel", "How many:"), quantity)
            form.addRow("", self.full_sheet_radio)
        else:
            form.addRow(translate("LabelPanel", "Show:"), self.photo_check)
            form.addRow("", self.qr_check)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_spin)
        start_row.addWidget(
            style.label(translate("LabelPanel", "(labels before it are already used)"), "muted")
        )
        start_row.addStretch(1)
        form.addRow(translate("LabelPanel", "Start at label:"), start_row)
        form.addRow(translate("LabelPanel", "Calibration for:"), self.target_combo)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(translate("LabelPanel", "right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(translate("LabelPanel", "down")))
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)
        form.addRow(translate("LabelPanel", "Move by:"), offsets)
        form.addRow("", self.outlines_check)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.diagram, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        left = QVBoxLayout()
        left.addWidget(style.label(heading, "section"))
        left.addLayout(top)
        left.addWidget(self.warning)
        left.addWidget(self.summary)
        left.addLayout(buttons)
        left.addLayout(running)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(style.label(translate("LabelPanel", "First sheet"), "section"))
        right.addWidget(self.sheet_preview, 0, Qt.AlignmentFlag.AlignTop)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # -- choices ---------------------------------------------------------------------------------------
    def _restore_choices(self) -> None:
        group = f"{SETTINGS_GROUP}/{self.kind}"
        saved = str(self._qsettings.value(f"{group}/template", "") or "")
        defaults = self._settings.load()
        wanted = saved or (defaults.sticker_template if self.kind == "stickers" else defaults.badge_template)
        self.set_template(wanted)
        design = str(self._qsettings.value(f"{group}/design", "") or "")
        if design in badges.STICKER_DESIGNS:
            self.design_combo.setCurrentIndex(self.design_combo.findData(design))
        self.name_check.setChecked(_as_bool(self._qsettings.value(f"{group}/names", False)))
        self.photo_check.setChecked(_as_bool(self._qsettings.value(f"{group}/photos", False)))
        self.qr_check.setChecked(_as_bool(self._qsettings.value(f"{group}/qr", True)))

    def _remember_choices(self) -> None:
        group = f"{SETTINGS_GROUP}/{self.kind}"
        self._qsettings.setValue(f"{group}/template", self.template().code)
        self._qsettings.setValue(f"{group}/design", self.design_combo.currentData())
        self._qsettings.setValue(f"{group}/names", self.name_check.isChecked())
        self._qsettings.setValue(f"{group}/photos", self.photo_check.isChecked())
        self._qsettings.setValue(f"{group}/qr", self.qr_check.isChecked())

    def set_template(self, code: str) -> bool:
        """Choose the sheet by code; False (and no change) for an unknown code."""
        index = self.template_combo.findData(code)
        if index < 0:
            try:
                index = self.template_combo.findData(template(code).code)
            except ValueError:
                return False
        self.template_combo.setCurrentIndex(index)
        return True

    def template(self) -> LabelTemplate:
        return template(str(self.template_combo.currentData() or TEMPLATES[0].code))

    def offset(self) -> tuple[float, float]:
        return (self.offset_x.value(), self.offset_y.value())

    def set_people(self, people: Sequence[KitPerson]) -> None:
        """The ambassadors to print for (the Kit page's selection or filter)."""
        self._people = list(people)
        self._refresh()

    def people(self) -> list[KitPerson]:
        return list(self._people)

    def _template_changed(self) -> None:
        tpl = self.template()
        self.start_spin.blockSignals(True)
        self.start_spin.setRange(1, tpl.per_sheet)
        self.start_spin.blockSignals(False)
        self._refresh()

    # -- calibration -----------------------------------------------------------------------------------
    def calibration(self, target: str) -> tuple[float, float]:
        """The remembered offsets (mm) of a printer name or "PDF"; (0, 0) when none or unreadable."""
        values = []
        for axis in ("x", "y"):
            try:
                value = float(str(self._qsettings.value(f"{calibration_key(target)}/{axis}", 0.0) or 0.0))
            except (TypeError, ValueError):
                value = 0.0
            values.append(min(max(value, -10.0), 10.0))
        return (values[0], values[1])

    def _load_calibration(self) -> None:
        x, y = self.calibration(str(self.target_combo.currentData() or PDF_TARGET))
        for spin, value in ((self.offset_x, x), (self.offset_y, y)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _save_calibration(self) -> None:
        key = calibration_key(str(self.target_combo.currentData() or PDF_TARGET))
        self._qsettings.setValue(f"{key}/x", self.offset_x.value())
        self._qsettings.setValue(f"{key}/y", self.offset_y.value())

    def _use_target(self, target: str) -> None:
        """Show (and from now on edit) the calibration of ``target``, adding it to the list if new."""
        index = self.target_combo.findData(target)
        if index < 0:
            self.target_combo.addItem(target, target)
            index = self.target_combo.count() - 1
        self.target_combo.setCurrentIndex(index)

    # -- what will be printed --------------------------------------------------------------------------
    def items(self) -> list[badges.BadgeContent] | list[badges.StickerContent]:
        """The labels to print, in order, from the current people and options."""
        settings = self._settings.load()
        if self.kind == "badges":
            photos = PhotoIndex(settings.photos_folder) if self.photo_check.isChecked() else None
            return badges.badge_contents(
                self._people, settings, photos=photos, with_qr=self.qr_check.isChecked()
            )
        return self._stickers(settings)

    def _stickers(self, settings: ProgrammeSettings) -> list[badges.StickerContent]:
        design = str(self.design_combo.currentData() or "ask_me")
        per_person = None if self.full_sheet_radio.isChecked() else self.per_person_spin.value()
        slots = badges.sticker_slots(
            self._people,
            self.template(),
            per_person=per_person,
            with_name=self.name_check.isChecked(),
            start=self.start_spin.value(),
        )
        cache: dict[int | None, badges.StickerContent] = {}
        out = []
        for person in slots:
            key = person.ambassador_id if person is not None else None
            if key not in cache:
                cache[key] = badges.sticker_content(design, settings, person)
            out.append(cache[key])
        return out

    def _count(self) -> int:
        if self.kind == "badges":
            return len(self._people)
        per_person = None if self.full_sheet_radio.isChecked() else self.per_person_spin.value()
        return len(
            badges.sticker_slots(
                self._people,
                self.template(),
                per_person=per_person,
                with_name=self.name_check.isChecked(),
                start=self.start_spin.value(),
            )
        )

    def _render_sheet_preview(self) -> None:
        """The first sheet as it will print, small (redrawn shortly after the choices change)."""
        if not self.isVisible():  # drawn when shown again (see showEvent)
            return
        pages = self.pages() if self._people else []
        if not pages:
            self.sheet_preview.setPixmap(QPixmap())
            self.sheet_preview.setText(
                translate("LabelPanel", "The first sheet appears here once ambassadors are chosen.")
            )
            return
        image = render_image(self._renderer(self.offset()), pages[0], dpi=PREVIEW_DPI)
        box = PREVIEW_BOX
        self.sheet_preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._preview_timer.start()

    def _refresh(self) -> None:
        self._preview_timer.start()
        tpl = self.template()
        start = self.start_spin.value()
        count = self._count()
        self.diagram.show_sheet(tpl, start, count)
        first_sheet = tpl.per_sheet - start + 1
        sheets = 0 if not count else 1 + max(0, -(-(count - first_sheet) // tpl.per_sheet))
        if self.kind == "stickers":
            items = plural(
                count, translate("LabelPanel", "{n} sticker"), translate("LabelPanel", "{n} stickers")
            )
        else:
            items = plural(
                count, translate("LabelPanel", "{n} name badge"), translate("LabelPanel", "{n} name badges")
            )
        if not self._people:
            self.summary.setText(
                translate(
                    "LabelPanel",
                    "Choose the ambassadors first (a selection, a filter or “not yet received”).",
                )
            )
        else:
            ambassadors = plural(
                len(self._people),
                translate("LabelPanel", "{n} ambassador"),
                translate("LabelPanel", "{n} ambassadors"),
            )
            sheet_count = plural(
                sheets,
                translate("LabelPanel", "{n} sheet of {code}"),
                translate("LabelPanel", "{n} sheets of {code}"),
            ).format(code=tpl.code)
            self.summary.setText(
                translate("LabelPanel", "{items} for {ambassadors} on {sheets}, from label {start}.").format(
                    items=items, ambassadors=ambassadors, sheets=sheet_count, start=start
                )
            )
        busy = self.is_busy()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(bool(count) and not busy)
        self.photo_check.setEnabled(self.kind == "badges")
        folder = self._settings.load().photos_folder
        self.photo_check.setToolTip(
            translate(
                "LabelPanel",
                "Photos named after the employee ID or email in {folder}; initials when none is found.",
            ).format(folder=folder)
            if folder
            else translate(
                "LabelPanel", "No photos folder is set in the programme settings: badges show initials."
            )
        )

    def _renderer(self, offset: tuple[float, float]) -> LabelRenderer:
        return LabelRenderer(
            self.template(),
            offset=offset,
            outlines=self.outlines_check.isChecked(),
            photos=self.kind == "badges" and self.photo_check.isChecked(),
            qr=self.kind == "badges" and self.qr_check.isChecked(),
        )

    def pages(self, offset: tuple[float, float] | None = None) -> Sequence[Page]:
        items = self.items()
        return badges.place(
            self.template(), items, start=self.start_spin.value(), offset=offset or self.offset()
        )

    # -- output ----------------------------------------------------------------------------------------
    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # coordinates from the paper's corner, not the printable area
        printer.setPageLayout(page_layout(self.template()))
        printer.setDocName(self._document_name())
        return printer

    def preview(self) -> None:
        """Show the pages in Qt's print preview (which can also print)."""
        if not self._people or self.is_busy():
            return
        printer = self._new_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(
            translate("LabelPanel", "Preview — {sheet}").format(sheet=self.template().label)
        )

        def paint(device: QPrinter) -> None:
            target = device.printerName() or PDF_TARGET
            offset = self.calibration(target) if target != self.target_combo.currentData() else self.offset()
            try:
                self._renderer(offset).render(device, self.pages(offset))
            except (OSError, UserError, ValueError) as exc:
                log.warning("preview failed: %s", exc)

        dialog.paintRequested.connect(paint)
        dialog.resize(900, 1000)
        dialog.exec()

    def print_labels(self, printer: QPrinter | None = None) -> Worker | None:
        """Ask for a printer with the native dialog (unless ``printer`` is given), then print in a
        worker thread. Returns the running worker."""
        if not self._people or self.is_busy():
            return None
        if printer is None:
            printer = self._new_printer()
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(
                translate("LabelPanel", "Print stickers")
                if self.kind == "stickers"
                else translate("LabelPanel", "Print name badges")
            )
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return None
        else:
            printer.setPageLayout(page_layout(self.template()))
        printer.setFullPage(True)
        target = printer.printerName() or PDF_TARGET
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            target = PDF_TARGET
        self._use_target(target)
        self._printer_job = printer
        pages = self.pages(self.calibration(target))
        renderer = self._renderer(self.calibration(target))
        return self._run(lambda progress, cancelled: renderer.render(printer, pages, progress, cancelled), "")

    def save_pdf(self, path: str | Path | None = None) -> Worker | None:
        """Ask where (unless ``path`` is given), then write the PDF in a worker thread. Returns the
        running worker."""
        if not self._people or self.is_busy():
            return None
        if path is None:
            stem = (
                translate("LabelPanel", "Stickers")
                if self.kind == "stickers"
                else translate("LabelPanel", "Name badges")
            )
            suggested = Path.home() / f"{stem}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("LabelPanel", "Save as PDF"),
                str(suggested),
                translate("LabelPanel", "PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf"
        target = Path(path)
        self._use_target(PDF_TARGET)
        offset = self.calibration(PDF_TARGET)
        try:
            pages = self.pages(offset)
        except ValueError as exc:
            QMessageBox.warning(self, translate("LabelPanel", "Cannot save the PDF"), str(exc))
            return None
        renderer = self._renderer(offset)
        title = self._document_name(self._settings.load().programme_name)
        return self._run(
            lambda progress, cancelled: write_pdf(
                target, renderer, pages, title=title, progress=progress, cancelled=cancelled
            ),
            str(target),
        )

    def _document_name(self, programme: str = "ESN Desk") -> str:
        """The print job's or PDF's title: "Ambassadeurs Aurore — name badges (L4785)"."""
        if self.kind == "stickers":
            text = translate("LabelPanel", "{programme} — stickers ({code})")
        else:
            text = translate("LabelPanel", "{programme} — name badges ({code})")
        return text.format(programme=programme, code=self.template().code)

    def _run(self, job: Callable[[Any, Any], bool], pdf_path: str) -> Worker:
        self._remember_choices()
        self._job_people = list(self._people)
        worker = Worker(job, self)
        self._worker = worker
        self.progress.setRange(0, 0)
        self.progress.setFormat(translate("LabelPanel", "Preparing…"))
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(lambda done: self._succeeded(bool(done), pdf_path))
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self._refresh()
        worker.start()
        return worker

    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def cancel_job(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(translate("LabelPanel", "Cancelling…"))

    def stop(self) -> None:
        """Cancel a running job and wait for it (the page or the app is closing)."""
        self._preview_timer.stop()
        if self._worker is not None and self._worker.is_running():
            self._worker.cancel()
            self._worker.wait()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(text or "%p %")

    def _succeeded(self, done: bool, pdf_path: str) -> None:
        self._outcome = done
        if not done:
            return
        if pdf_path:
            self.pdf_written.emit(pdf_path)
        self._offer_to_mark()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._outcome = False
        if isinstance(exc, (OSError, UserError, ValueError)):
            if self.kind == "stickers":
                text = translate("LabelPanel", "The stickers could not be written: {error}")
            else:
                text = translate("LabelPanel", "The name badges could not be written: {error}")
            QMessageBox.warning(self, translate("LabelPanel", "Printing failed"), text.format(error=exc))
        else:
            log.error("label job failed:\n%s", details)
            QMessageBox.critical(
                self,
                translate("LabelPanel", "Printing failed"),
                translate("LabelPanel", "Unexpected error: {error}. The details are in the log.").format(
                    error=exc
                ),
            )

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        self._printer_job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._refresh()
        self.job_finished.emit(self._outcome)
        self._outcome = False

    def _offer_to_mark(self) -> None:
        people = self._job_people
        ids = list(dict.fromkeys(p.ambassador_id for p in people))
        if not ids:
            return
        if self.kind == "badges":
            question = plural(
                len(ids),
                translate("LabelPanel", "Mark the {n} printed name badge as given?"),
                translate("LabelPanel", "Mark the {n} printed name badges as given?"),
            )
        else:
            question = plural(
                len(ids),
                translate("LabelPanel", "Mark the printed stickers of {n} ambassador as given?"),
                translate("LabelPanel", "Mark the printed stickers of {n} ambassadors as given?"),
            )
        answer = QMessageBox.question(
            self,
            translate("LabelPanel", "Record as given"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._kit.mark(ids, TRACKED_ITEM[self.kind], "given")
        except UserError as exc:
            QMessageBox.warning(self, translate("LabelPanel", "Not recorded"), str(exc))
            return
        self.changed.emit()


def _as_bool(value: object) -> bool:
    """A QSettings value as a bool (INI files give "true"/"false" strings back)."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


__all__ = ["HUNDRED_PERCENT_WARNING", "LabelPanel", "SheetDiagram", "calibration_key"]
