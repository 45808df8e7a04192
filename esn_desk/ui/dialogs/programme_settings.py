"""File → Programme settings…: the programme's name, its ESN, targets, organiser, the retention of
leavers' data and the visibility kit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from esn_desk.core.i18n import plural, translate
from esn_desk.core.settings import ProgrammeSettings, SettingsService
from esn_desk.ui import style
from esn_desk.ui.dialogs.base import SaveDialog


class ProgrammeSettingsDialog(SaveDialog):
    """Edits :class:`ProgrammeSettings`; saving validates in core and reports problems inline."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ProgrammeSettingsDialog", "Programme settings"))
        self.setMinimumWidth(640)
        self._service = settings
        self._initial = settings.load()
        s = self._initial

        self.programme_name = QLineEdit(s.programme_name)
        self.esn_name = QLineEdit(s.esn_name)
        self.esn_name.setPlaceholderText(
            translate("ProgrammeSettingsDialog", "e.g. Talkspirit, Viva Engage, Workplace")
        )
        self.organisation = QLineEdit(s.organisation)
        self.tipping_point = QDoubleSpinBox()
        self.tipping_point.setRange(10, 15)
        self.tipping_point.setDecimals(0)
        self.tipping_point.setSuffix(" %")
        self.tipping_point.setValue(round(s.tipping_point * 100))
        # Programmes think "1 ambassador per 50 employees" (or 500 for 27,000: 1 per 54).
        self.target = QSpinBox()
        self.target.setRange(5, 5000)
        # "1 ambassador per {n} employees": the words around the number, in the interface language.
        words = translate("ProgrammeSettingsDialog", "1 ambassador per {n} employees")
        before, _, after = words.partition("{n}")
        self.target.setPrefix(before)
        self.target.setSuffix(after)
        self.target.setAccessibleName(
            translate("ProgrammeSettingsDialog", "Ambassador target: employees per ambassador")
        )
        per_100 = s.ambassador_target_per_100
        self.target.setValue(round(100 / per_100) if per_100 > 0 else 50)
        self.attention_days = QSpinBox()
        self.attention_days.setRange(1, 365)
        before, _, after = translate("ProgrammeSettingsDialog", "more than {n} days").partition("{n}")
        self.attention_days.setPrefix(before)
        self.attention_days.setSuffix(after)
        self.attention_days.setValue(s.attention_after_days)
        self.attention_days.setAccessibleName(
            translate("ProgrammeSettingsDialog", "Flag candidacies waiting for more than")
        )
        # The privacy retention: the Dashboard lists leavers past it as due for deletion.
        self.retention_months = QSpinBox()
        self.retention_months.setRange(1, 240)  # as ProgrammeSettings.validate allows
        self.retention_months.valueChanged.connect(self._show_retention_words)
        self.retention_months.setValue(s.retention_months)
        self._show_retention_words(self.retention_months.value())
        self.retention_months.setAccessibleName(
            translate("ProgrammeSettingsDialog", "Delete the data of people who left after, in months")
        )
        self.retention_months.setToolTip(
            translate(
                "ProgrammeSettingsDialog",
                "People marked as having left the company for longer than this are listed on the "
                "Dashboard as due for deletion.",
            )
        )
        self.community_url = QLineEdit(s.community_url)
        self.community_url.setPlaceholderText(
            translate("ProgrammeSettingsDialog", "https://…  (link to the ambassadors' community)")
        )
        self.organiser_name = QLineEdit(s.organiser_name)
        self.organiser_email = QLineEdit(s.organiser_email)
        # The visibility kit.
        self.brand_color = QLineEdit(s.brand_color)
        self.brand_color.setPlaceholderText("#2f6fde")  # i18n: ok (an example value)
        self.brand_color.setMaximumWidth(110)
        self.brand_color.setAccessibleName(translate("ProgrammeSettingsDialog", "Programme colour"))
        self.color_button = QPushButton(translate("ProgrammeSettingsDialog", "Choose…"))
        self.color_button.setAutoDefault(False)
        self.color_button.clicked.connect(self._choose_color)
        self.brand_color.textChanged.connect(self._show_color)
        self.signature_image_url = QLineEdit(s.signature_image_url)
        self.signature_image_url.setPlaceholderText(
            translate("ProgrammeSettingsDialog", "https://…/banner.png  (optional: none by default)")
        )
        self.profile_url_pattern = QLineEdit(s.profile_url_pattern)
        self.profile_url_pattern.setPlaceholderText("https://network.example.com/people/{email}")  # i18n: ok
        self.profile_url_pattern.setToolTip(
            translate(
                "ProgrammeSettingsDialog",
                "The address of a person's profile on the network, for the QR code on name badges: "
                "{email}, {employee_id}, {first_name} and {last_name} are replaced. Empty: the QR code "
                "holds a contact card instead.",
            )
        )
        self.photos_folder = QLineEdit(s.photos_folder)
        self.photos_folder.setPlaceholderText(
            translate("ProgrammeSettingsDialog", "photos named by employee ID or email")
        )
        self.photos_folder.setToolTip(
            translate(
                "ProgrammeSettingsDialog",
                "A folder of photos for name badges, each file named after the person's employee ID or "
                "email address (E1234.jpg, anne.martin@example.com.png).",
            )
        )
        self.photos_folder.setAccessibleName(translate("ProgrammeSettingsDialog", "Photos folder"))
        browse = QPushButton(translate("ProgrammeSettingsDialog", "Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_photos_folder)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(translate("ProgrammeSettingsDialog", "Programme name"), self.programme_name)
        form.addRow(translate("ProgrammeSettingsDialog", "Enterprise social network"), self.esn_name)
        form.addRow(translate("ProgrammeSettingsDialog", "Organisation"), self.organisation)
        form.addRow(translate("ProgrammeSettingsDialog", "Tipping point"), self.tipping_point)
        hint = style.label(
            translate(
                "ProgrammeSettingsDialog",
                "Share of a population that must publish on the network before the rest follows "
                "(field practice: 10–15 %).",
            ),
            "muted",
        )
        hint.setWordWrap(True)
        # Two lines at the dialog's width (the form sizes rows before the text wraps, and clipped it).
        hint.setMinimumHeight(2 * hint.fontMetrics().lineSpacing() + 4)
        form.addRow("", hint)
        form.addRow(translate("ProgrammeSettingsDialog", "Ambassador target"), self.target)
        form.addRow(translate("ProgrammeSettingsDialog", "Flag candidacies waiting"), self.attention_days)
        form.addRow(
            translate("ProgrammeSettingsDialog", "Delete the data of people who left"), self.retention_months
        )
        form.addRow(translate("ProgrammeSettingsDialog", "Community link"), self.community_url)
        form.addRow(translate("ProgrammeSettingsDialog", "Organiser"), self.organiser_name)
        form.addRow(translate("ProgrammeSettingsDialog", "Organiser email"), self.organiser_email)
        form.addRow(style.label(translate("ProgrammeSettingsDialog", "VISIBILITY KIT"), "section"))
        color_row = QHBoxLayout()
        color_row.addWidget(self.brand_color)
        color_row.addWidget(self.color_button)
        color_row.addStretch()
        form.addRow(translate("ProgrammeSettingsDialog", "Programme colour"), color_row)
        form.addRow(translate("ProgrammeSettingsDialog", "Signature image"), self.signature_image_url)
        form.addRow(translate("ProgrammeSettingsDialog", "Profile address"), self.profile_url_pattern)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photos_folder, 1)
        photos_row.addWidget(browse)
        form.addRow(translate("ProgrammeSettingsDialog", "Photos folder"), photos_row)
        self._show_color()

        self.finish(form)

    def edited(self) -> ProgrammeSettings:
        return replace(
            self._initial,
            programme_name=self.programme_name.text().strip(),
            esn_name=self.esn_name.text().strip(),
            organisation=self.organisation.text().strip(),
            tipping_point=self.tipping_point.value() / 100,
            ambassador_target_per_100=self._per_100(),
            attention_after_days=self.attention_days.value(),
            retention_months=self.retention_months.value(),
            community_url=self.community_url.text().strip(),
            organiser_name=self.organiser_name.text().strip(),
            organiser_email=self.organiser_email.text().strip(),
            brand_color=self.brand_color.text().strip(),
            signature_image_url=self.signature_image_url.text().strip(),
            profile_url_pattern=self.profile_url_pattern.text().strip(),
            photos_folder=self.photos_folder.text().strip(),
        )

    def _show_retention_words(self, months: int) -> None:
        """“after 1 month”, “after 24 months”: the words around the number agree with it."""
        words = plural(
            months,
            translate("ProgrammeSettingsDialog", "after {n} month"),
            translate("ProgrammeSettingsDialog", "after {n} months"),
        )
        before, _, after = words.partition(str(months))  # the templates hold no other digit
        if (before, after) != (self.retention_months.prefix(), self.retention_months.suffix()):
            self.retention_months.setPrefix(before)  # only on a change: the text being typed stays
            self.retention_months.setSuffix(after)

    def _show_color(self) -> None:
        color = QColor(self.brand_color.text().strip())
        self.color_button.setIcon(_swatch(color) if color.isValid() else QIcon())

    def _choose_color(self) -> None:
        start = QColor(self.brand_color.text().strip())
        chosen = QColorDialog.getColor(
            start if start.isValid() else QColor("#2f6fde"),
            self,
            translate("ProgrammeSettingsDialog", "Programme colour"),
        )
        if chosen.isValid():
            self.brand_color.setText(chosen.name())

    def _choose_photos_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("ProgrammeSettingsDialog", "Photos folder"),
            self.photos_folder.text() or str(Path.home()),
        )
        if folder:
            self.photos_folder.setText(folder)

    def _per_100(self) -> float:
        initial = self._initial.ambassador_target_per_100
        if initial > 0 and round(100 / initial) == self.target.value():
            return initial  # unchanged: keep the exact stored ratio
        return 100 / self.target.value()

    def save(self) -> None:
        self._service.save(self.edited())


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(color)
    return QIcon(pixmap)
