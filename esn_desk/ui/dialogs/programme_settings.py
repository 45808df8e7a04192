"""File → Programme settings…: the programme's name, its ESN, targets and organiser."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
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
        # Programmes think "1 ambassador per 50 employees" (or 500 for 27,000: 1 per 54).
        self.target = QSpinBox()
        self.target.setRange(5, 5000)
        self.target.setPrefix("1 ambassador per ")
        self.target.setSuffix(" employees")
        self.target.setAccessibleName("Ambassador target: employees per ambassador")
        per_100 = s.ambassador_target_per_100
        self.target.setValue(round(100 / per_100) if per_100 > 0 else 50)
        self.attention_days = QSpinBox()
        self.attention_days.setRange(1, 365)
        self.attention_days.setPrefix("more than ")
        self.attention_days.setSuffix(" days")
        self.attention_days.setValue(s.attention_after_days)
        self.attention_days.setAccessibleName("Flag candidacies waiting for more than")
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
            "Share of a population that must publish on the network before the rest follows "
            "(field practice: 10–15 %).",
            "muted",
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow("Ambassador target", self.target)
        form.addRow("Flag candidacies waiting", self.attention_days)
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
            ambassador_target_per_100=self._per_100(),
            attention_after_days=self.attention_days.value(),
            community_url=self.community_url.text().strip(),
            organiser_name=self.organiser_name.text().strip(),
            organiser_email=self.organiser_email.text().strip(),
        )

    def _per_100(self) -> float:
        initial = self._initial.ambassador_target_per_100
        if initial > 0 and round(100 / initial) == self.target.value():
            return initial  # unchanged: keep the exact stored ratio
        return 100 / self.target.value()

    def save(self) -> None:
        self._service.save(self.edited())
