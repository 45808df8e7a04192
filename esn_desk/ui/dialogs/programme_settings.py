"""File → Programme settings…: the programme's name, its ESN, targets and organiser."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from esn_desk.core.settings import ProgrammeSettings, SettingsService
from esn_desk.ui import style
from esn_desk.ui.dialogs.base import SaveDialog


class ProgrammeSettingsDialog(SaveDialog):
    """Edits :class:`ProgrammeSettings`; saving validates in core and reports problems inline."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Programme settings")
        self.setMinimumWidth(520)
        self._service = settings
        self._initial = settings.load()
        s = self._initial

        self.programme_name = QLineEdit(s.programme_name)
        self.esn_name = QLineEdit(s.esn_name)
        self.esn_name.setPlaceholderText("e.g. Talkspirit, Viva Engage, Workplace")
        self.organisation = QLineEdit(s.organisation)
        self.tipping_point = QDoubleSpinBox()
        self.tipping_point.setRange(10, 15)
        self.tipping_point.setDecimals(0)
        self.tipping_point.setSuffix(" %")
        self.tipping_point.setValue(round(s.tipping_point * 100))
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 50)
        self.target.setDecimals(1)
        self.target.setSingleStep(0.5)
        self.target.setSuffix(" per 100 employees")
        self.target.setValue(s.ambassador_target_per_100)
        self.community_url = QLineEdit(s.community_url)
        self.community_url.setPlaceholderText("https://…  (link to the ambassadors' community)")
        self.organiser_name = QLineEdit(s.organiser_name)
        self.organiser_email = QLineEdit(s.organiser_email)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow("Programme name", self.programme_name)
        form.addRow("Enterprise social network", self.esn_name)
        form.addRow("Organisation", self.organisation)
        form.addRow("Tipping point", self.tipping_point)
        hint = style.label(
            "Share of a population that must have changed habits before the rest follows "
            "(field practice: 10–15 %).",
            "muted",
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow("Ambassador target", self.target)
        form.addRow("Community link", self.community_url)
        form.addRow("Organiser", self.organiser_name)
        form.addRow("Organiser email", self.organiser_email)

        self.finish(form)

    def edited(self) -> ProgrammeSettings:
        return replace(
            self._initial,
            programme_name=self.programme_name.text().strip(),
            esn_name=self.esn_name.text().strip(),
            organisation=self.organisation.text().strip(),
            tipping_point=self.tipping_point.value() / 100,
            ambassador_target_per_100=self.target.value(),
            community_url=self.community_url.text().strip(),
            organiser_name=self.organiser_name.text().strip(),
            organiser_email=self.organiser_email.text().strip(),
        )

    def save(self) -> None:
        self._service.save(self.edited())
