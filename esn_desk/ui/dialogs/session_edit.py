"""Plan (or edit) a training session: what, when and in which time zone, where, for whom, how many."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import fold
from esn_desk.core.training import (
    FORMATS,
    MAX_DURATION,
    MIN_DURATION,
    SessionDraft,
    TrainingService,
    format_label,
    kind_from_label,
    kind_label,
)
from esn_desk.ui.dialogs.base import SaveDialog

# Offered first; any IANA name can be typed. Europe/Paris is the programme's home.
COMMON_ZONES = (
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/Luxembourg",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Berlin",
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Montreal",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
)
ADD_SITE = QT_TRANSLATE_NOOP("SessionDialog", "Add a site…")


def system_zone() -> str:
    """The computer's IANA zone name (``Europe/Paris``), or "" when Qt cannot tell."""
    try:
        return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    except (TypeError, ValueError):
        return ""


def zone_names() -> list[str]:
    """Europe/Paris first, then the system zone, then the common ones."""
    names = list(COMMON_ZONES)
    here = system_zone()
    if here and "/" in here and here not in names:
        names.insert(1, here)
    elif here in names and here != names[0]:
        names.remove(here)
        names.insert(1, here)
    return names


def split_sites(text: str) -> list[str]:
    return [s.strip() for s in text.replace(";", ",").split(",") if s.strip()]


class SessionDialog(SaveDialog):
    """New session (``session_id`` None) or edit one. The start is typed as wall-clock time in the
    chosen zone (10:00 Europe/Paris stays 10:00 in Paris, whatever this computer's zone); changing
    the zone keeps the typed time. ``promoted`` holds the people a raised capacity moved up from
    the waiting list."""

    def __init__(
        self,
        training: TrainingService,
        *,
        session_id: int | None = None,
        sites: list[str] | None = None,
        trainer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self.session_id = session_id
        self.promoted: list[int] = []
        session = training.get(session_id) if session_id is not None else None  # UserError if gone
        self.setWindowTitle(
            translate("SessionDialog", "Edit training session")
            if session
            else translate("SessionDialog", "New training session")
        )
        self.setMinimumWidth(640)

        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("SessionDialog", "e.g. Viva Engage onboarding — Lyon"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.setAccessibleName(translate("SessionDialog", "Kind of session"))
        for kind in training.kinds():  # the default kinds in the interface language, stored in English
            self.kind.addItem(kind_label(kind), kind)
        self.format = QComboBox()
        self.format.setAccessibleName(translate("SessionDialog", "Format"))
        for key in FORMATS:
            self.format.addItem(format_label(key), key)
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.starts.setMinimumDate(QDate(2000, 1, 1))
        self.starts.setAccessibleName(translate("SessionDialog", "Start date and time"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(translate("SessionDialog", "Time zone"))
        self.zone.setToolTip(
            translate(
                "SessionDialog", "The time zone the start time is in (an IANA name such as Europe/Paris)"
            )
        )
        self.zone.addItems(zone_names())
        self.zone.setMinimumContentsLength(16)
        when = QHBoxLayout()
        when.addWidget(self.starts, 3)
        when.addWidget(self.zone, 2)
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(translate("SessionDialog", " min"))
        self.duration.setAccessibleName(translate("SessionDialog", "Duration in minutes"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(
            translate("SessionDialog", "Room and building, for on-site and hybrid sessions")
        )
        self.link = QLineEdit()
        self.link.setPlaceholderText(
            translate("SessionDialog", "https://teams.microsoft.com/… (the meeting link)")
        )
        self.sites = QLineEdit()
        self.sites.setPlaceholderText(
            translate("SessionDialog", "Sites the session is for, separated by commas")
        )
        self.sites.setAccessibleName(translate("SessionDialog", "Sites"))
        self.add_site = QComboBox()
        self.add_site.setAccessibleName(translate("SessionDialog", "Add a site"))
        self.add_site.addItem(translate("SessionDialog", ADD_SITE))
        self.add_site.addItems(sites or [])
        self.add_site.setEnabled(bool(sites))
        self.add_site.activated.connect(self._site_chosen)
        site_row = QHBoxLayout()
        site_row.addWidget(self.sites, 3)
        site_row.addWidget(self.add_site, 1)
        self.trainer = QLineEdit()
        self.trainer.setPlaceholderText(translate("SessionDialog", "Who leads the session"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(translate("SessionDialog", "Unlimited"))
        self.capacity.setSuffix(translate("SessionDialog", " seats"))
        self.capacity.setAccessibleName(translate("SessionDialog", "Capacity (0 for unlimited)"))
        self.audience = QLineEdit()
        self.audience.setPlaceholderText(translate("SessionDialog", "e.g. New ambassadors of the Lyon site"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            translate("SessionDialog", "The agenda: it goes into the invitation.")
        )
        self.description.setMinimumHeight(110)
        self.description.setTabChangesFocus(True)

        if session is not None:
            self.title.setText(session.title)
            self.kind.setCurrentText(kind_label(session.kind))
            self.format.setCurrentIndex(max(self.format.findData(session.format), 0))
            local = session.starts_at
            self.starts.setDateTime(
                QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
            )
            self.zone.setCurrentText(session.timezone)
            self.duration.setValue(session.duration_minutes)
            self.place.setText(session.place)
            self.link.setText(session.link)
            self.link.setCursorPosition(0)  # the start of the address says which tool it is
            self.sites.setText(", ".join(session.sites))
            self.trainer.setText(session.trainer)
            self.capacity.setValue(session.capacity or 0)
            self.audience.setText(session.audience)
            self.description.setPlainText(session.description)
        else:
            start = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=7)
            self.starts.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(10, 0)))
            self.zone.setCurrentIndex(0)
            self.duration.setValue(60)
            self.trainer.setText(trainer)

        form = QFormLayout()
        form.addRow(translate("SessionDialog", "Title"), self.title)
        form.addRow(translate("SessionDialog", "Kind"), self.kind)
        form.addRow(translate("SessionDialog", "Format"), self.format)
        form.addRow(translate("SessionDialog", "Starts"), when)
        form.addRow(translate("SessionDialog", "Duration"), self.duration)
        form.addRow(translate("SessionDialog", "Place"), self.place)
        form.addRow(translate("SessionDialog", "Meeting link"), self.link)
        form.addRow(translate("SessionDialog", "Sites"), site_row)
        form.addRow(translate("SessionDialog", "Trainer"), self.trainer)
        form.addRow(translate("SessionDialog", "Capacity"), self.capacity)
        form.addRow(translate("SessionDialog", "Audience"), self.audience)
        form.addRow(translate("SessionDialog", "Description"), self.description)
        self.finish(form)

    def _site_chosen(self, index: int) -> None:
        if index <= 0:
            return
        site = self.add_site.itemText(index)
        current = split_sites(self.sites.text())
        if fold(site) not in {fold(s) for s in current}:
            current.append(site)
        self.sites.setText(", ".join(current))
        self.add_site.setCurrentIndex(0)

    def draft(self) -> SessionDraft:
        qt = self.starts.dateTime()
        day, clock = qt.date(), qt.time()
        return SessionDraft(
            title=self.title.text(),
            kind=kind_from_label(self.kind.currentText()),
            format=str(self.format.currentData()),
            starts_at=datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute()),
            timezone=self.zone.currentText().strip(),
            duration_minutes=self.duration.value(),
            place=self.place.text(),
            link=self.link.text(),
            sites=split_sites(self.sites.text()),
            trainer=self.trainer.text(),
            capacity=self.capacity.value() or None,
            audience=self.audience.text(),
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        draft = self.draft()
        if self.session_id is None:
            self.session_id = self._training.create(draft)
        else:
            self.promoted = self._training.update(self.session_id, draft)
