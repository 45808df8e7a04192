"""The Training page: plan sessions and webinars, invite people, take attendance (by hand or from a
Teams / Zoom report), send the .ics, print the signature sheet, and see who still needs training.

Everything it shows comes from :class:`TrainingService` and :class:`AttendanceService`; the page
only presents them. Text typed by users is always shown as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.attendance import AttendanceService, parse_report
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.people import PeopleService
from esn_desk.core.programme import ProgrammeService, role_label
from esn_desk.core.settings import SettingsService
from esn_desk.core.training import (
    Enrolment,
    EnrolResult,
    MissingTraining,
    Session,
    TrainingService,
    format_label,
    kind_label,
    status_label,
)
from esn_desk.core.training_ics import duration_text, invitation_text, when_text
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import Index, ListTableModel
from esn_desk.ui.views.base import DetailPanel, EmptyState, Page

if TYPE_CHECKING:
    from esn_desk.ui.dialogs.attendance_review import AttendanceReviewDialog
    from esn_desk.ui.dialogs.person_search import PersonSearchDialog
    from esn_desk.ui.dialogs.session_edit import SessionDialog
    from esn_desk.ui.dialogs.training_settings import TrainingSettingsDialog

UPCOMING, PAST, ALL, DAY = "upcoming", "past", "all", "day"
# Keys that tick the selected enrolments (the letters shown on the buttons).
STATUS_KEYS = {
    Qt.Key.Key_A: "attended",
    Qt.Key.Key_B: "absent",
    Qt.Key.Key_E: "excused",
    Qt.Key.Key_R: "registered",
}
# Shown in the list of enrolled people, after PEOPLE · n (a tally: “3 invited, 2 attended”).
STATUS_COUNTS = {
    "invited": QT_TRANSLATE_NOOP("TrainingPage", "{n} invited"),
    "registered": QT_TRANSLATE_NOOP("TrainingPage", "{n} registered"),
    "waiting": QT_TRANSLATE_NOOP("TrainingPage", "{n} on the waiting list"),
    "attended": QT_TRANSLATE_NOOP("TrainingPage", "{n} attended"),
    "absent": QT_TRANSLATE_NOOP("TrainingPage", "{n} absent"),
    "excused": QT_TRANSLATE_NOOP("TrainingPage", "{n} excused"),
}
# The tooltips of the A / B / E / R buttons.
STATUS_TIPS = {
    "attended": QT_TRANSLATE_NOOP("TrainingPage", "Mark the selected people as attended (key {key})"),
    "absent": QT_TRANSLATE_NOOP("TrainingPage", "Mark the selected people as absent (key {key})"),
    "excused": QT_TRANSLATE_NOOP("TrainingPage", "Mark the selected people as excused (key {key})"),
    "registered": QT_TRANSLATE_NOOP("TrainingPage", "Mark the selected people as registered (key {key})"),
}
# What ticking people says: (one, many) for each status.
STATUS_DONE = {
    "invited": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person marked invited."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people marked invited."),
    ),
    "registered": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person marked registered."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people marked registered."),
    ),
    "waiting": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person put on the waiting list."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people put on the waiting list."),
    ),
    "attended": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person marked attended."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people marked attended."),
    ),
    "absent": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person marked absent."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people marked absent."),
    ),
    "excused": (
        QT_TRANSLATE_NOOP("TrainingPage", "{n} person marked excused."),
        QT_TRANSLATE_NOOP("TrainingPage", "{n} people marked excused."),
    ),
}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(session: Session) -> str:
    """``Onboarding Lyon 2026-12-03``: the title and the day, safe as a file name everywhere."""
    title = " ".join(_UNSAFE.sub(" ", session.title).split()).strip(" .")[:80] or translate(
        "TrainingPage", "Training session"
    )
    return f"{title} {session.starts_at:%Y-%m-%d}"


def seats_text(session: Session) -> str:
    waiting = session.counts.get("waiting", 0)
    seats = (
        formatting.number(session.seated)
        if session.capacity is None
        else f"{formatting.number(session.seated)}/{formatting.number(session.capacity)}"
    )
    if not waiting:
        return seats
    return translate("TrainingPage", "{seats} (+{n} waiting)").format(
        seats=seats, n=formatting.number(waiting)
    )


def state_code(session: Session, now: datetime | None = None) -> str:
    """``cancelled``, ``to_take`` (over, nobody marked as attended), ``over``, ``in_progress``,
    ``full`` or ``planned``."""
    moment = now or datetime.now(UTC)
    if session.cancelled:
        return "cancelled"
    if session.ends_at <= moment:
        return "over" if session.counts.get("attended", 0) else "to_take"
    if session.starts_at <= moment:
        return "in_progress"
    if session.capacity is not None and session.seated >= session.capacity:
        return "full"
    return "planned"


def session_state(session: Session, now: datetime | None = None) -> str:
    """The session's state as the Status column shows it."""
    code = state_code(session, now)
    if code == "over":
        return translate("SessionModel", "{n} attended").format(
            n=formatting.number(session.counts["attended"])
        )
    return {
        "cancelled": translate("SessionModel", "Cancelled"),
        "to_take": translate("SessionModel", "Attendance to take"),
        "in_progress": translate("SessionModel", "In progress"),
        "full": translate("SessionModel", "Full"),
    }.get(code) or translate("SessionModel", "Planned")


def short_day(day: date) -> str:
    """``Wed 25 Nov 2026`` / « mer. 25 nov. 2026 »: the interface language's short day."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def day_text(session: Session) -> str:
    start = session.starts_at
    return f"{short_day(start.date())}  {start:%H:%M}"


class SessionModel(ListTableModel):
    """Rows are :class:`Session`; ``UserRole`` is the session id. Cancelled sessions are muted."""

    COL_DATE, COL_TITLE, COL_KIND, COL_FORMAT, COL_SITES, COL_SEATS, COL_STATUS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("SessionModel", "Date"),
                translate("SessionModel", "Title"),
                translate("SessionModel", "Kind"),
                translate("SessionModel", "Format"),
                translate("SessionModel", "Sites"),
                translate("SessionModel", "Seats"),
                translate("SessionModel", "Status"),
            ),
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session: Session = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                day_text(session),
                session.title,
                kind_label(session.kind),
                format_label(session.format),
                ", ".join(session.sites) or "—",
                seats_text(session),
                session_state(session),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_TITLE, self.COL_DATE):
            return f"{session.title}\n{when_text(session)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if session.cancelled:
                return style.muted_color()
            if column == self.COL_STATUS and state_code(session) == "to_take":
                return style.warning_color()
        if role == Qt.ItemDataRole.FontRole and session.cancelled and column == self.COL_TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return session.id
        return None


class EnrolmentModel(ListTableModel):
    """Rows are :class:`Enrolment`; ``UserRole`` is the person id."""

    COL_NAME, COL_SITE, COL_ROLE, COL_STATUS, COL_MINUTES = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("EnrolmentModel", "Name"),
                translate("EnrolmentModel", "Site"),
                translate("EnrolmentModel", "Role"),
                translate("EnrolmentModel", "Status"),
                translate("EnrolmentModel", "Minutes"),
            ),
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e: Enrolment = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                e.name,
                e.site or "—",
                role_label(e.role) if e.role else "—",
                status_label(e.status),
                "" if e.minutes is None else formatting.number(e.minutes),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return "\n".join(x for x in (e.name, e.email, e.department) if x)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS and e.source != "manual":
            return translate("EnrolmentModel", "From the {tool} attendance report").format(
                tool=e.source.capitalize()
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            if e.status in ("waiting", "absent"):
                return style.warning_color()
            if e.status in ("excused", "invited"):
                return style.muted_color()
        if role == Qt.ItemDataRole.FontRole and column == self.COL_STATUS and e.status == "attended":
            return style.bold(QFont())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return e.person_id
        return None


class MissingModel(ListTableModel):
    """Rows are :class:`MissingTraining`; ``UserRole`` is the person id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("MissingModel", "Name"),
                translate("MissingModel", "Site"),
                translate("MissingModel", "Role"),
                translate("MissingModel", "Still needs"),
            ),
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m: MissingTraining = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.name,
                m.site or "—",
                role_label(m.role) if m.role else "—",
                ", ".join(kind_label(k) for k in m.missing_kinds),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return m.person_id
        return None


class EnrolmentTable(QTableView):
    """The enrolment table; A / B / E / R tick the selected people (attended, absent, excused,
    registered), Delete removes them. Signals: ``status_key(str)``, ``remove_key()``."""

    status_key = Signal(str)
    remove_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers == Qt.KeyboardModifier.NoModifier and key in STATUS_KEYS:
            self.status_key.emit(STATUS_KEYS[key])
            event.accept()
            return
        if modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
            self.remove_key.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed by users: never interpreted as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(model: ListTableModel, *, multi: bool) -> QTableView:
    table = QTableView()
    _setup(table, model, multi=multi)
    return table


def _setup(table: QTableView, model: ListTableModel, *, multi: bool) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


class SessionPanel(DetailPanel):
    """The selected session's details, as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(300, parent)
        layout = self.body_layout
        layout.setContentsMargins(16, 14, 16, 12)
        self.title = _value()
        self.title.setProperty("role", "detail-name")
        self.state = _value()
        self.state.setProperty("role", "muted")
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        self.when = _value()
        self.place = _value()
        self.link = _value()
        self.trainer = _value()
        self.capacity = _value()
        self.audience = _value()
        self.sites = _value()
        for caption, value in (
            (translate("SessionPanel", "When"), self.when),
            (translate("SessionPanel", "Place"), self.place),
            (translate("SessionPanel", "Link"), self.link),
            (translate("SessionPanel", "Trainer"), self.trainer),
            (translate("SessionPanel", "Seats"), self.capacity),
            (translate("SessionPanel", "Sites"), self.sites),
            (translate("SessionPanel", "Audience"), self.audience),
        ):
            form.addRow(style.label(caption, "muted"), value)
        layout.addLayout(form)
        self.description = _value()
        layout.addWidget(self.description)
        layout.addStretch()

    def show_session(self, session: Session | None) -> None:
        if session is None:
            self.title.setText(translate("SessionPanel", "No session selected"))
            self.state.setText(translate("SessionPanel", "Choose a session in the list, or plan a new one."))
            for value in (
                self.when,
                self.place,
                self.link,
                self.trainer,
                self.capacity,
                self.sites,
                self.audience,
            ):
                value.setText("—")
            self.description.clear()
            self.fit()
            return
        self.title.setText(session.title)
        self.state.setText(
            f"{kind_label(session.kind)} · {format_label(session.format)} · {session_state(session)}"
        )
        self.when.setText(f"{when_text(session)}\n{duration_text(session.duration_minutes)}")
        self.place.setText(session.place or "—")
        self.link.setText(session.link or "—")
        self.trainer.setText(session.trainer or "—")
        free = session.free_seats
        if free is None:
            seats = translate("SessionPanel", "{seats} · no limit")
        else:
            seats = translate("SessionPanel", "{seats} · {free} free")
        self.capacity.setText(seats.format(seats=seats_text(session), free=formatting.number(free or 0)))
        self.sites.setText(", ".join(session.sites) or "—")
        self.audience.setText(session.audience or "—")
        self.description.setText(session.description)
        self.description.setVisible(bool(session.description))
        self.fit()


class SiteInviteDialog(QDialog):
    """ "Everyone of site X who has not had <kind>": the site, the kind, ambassadors only or not."""

    def __init__(
        self, training: TrainingService, sites: list[str], session: Session, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._training = training
        self.setWindowTitle(translate("SiteInviteDialog", "Invite a site"))
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site.setAccessibleName(translate("SiteInviteDialog", "Site"))
        ordered = [*session.sites, *(s for s in sites if s not in session.sites)]
        self.site.addItems(ordered)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("SiteInviteDialog", "Who has not had"))
        self.kind.addItem(translate("SiteInviteDialog", "(any training: everyone of the site)"), None)
        for kind in training.kinds():
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(session.kind), 0))
        self.ambassadors_only = QCheckBox(translate("SiteInviteDialog", "Active ambassadors only"))
        self.ambassadors_only.setChecked(True)
        self.count = style.label("", "muted")
        form = QFormLayout()
        form.addRow(translate("SiteInviteDialog", "Everyone of"), self.site)
        form.addRow(translate("SiteInviteDialog", "who has not had"), self.kind)
        form.addRow("", self.ambassadors_only)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SiteInviteDialog", "Invite")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.site.currentTextChanged.connect(lambda _t: self.update_count())
        self.kind.currentIndexChanged.connect(lambda _i: self.update_count())
        self.ambassadors_only.toggled.connect(lambda _b: self.update_count())
        self.update_count()

    def people(self) -> list[int]:
        site = self.site.currentText().strip()
        if not site:
            return []
        return self._training.people_to_invite(
            site=site,
            lacking_kind=self.kind.currentData(),
            ambassadors_only=self.ambassadors_only.isChecked(),
        )

    def update_count(self) -> None:
        n = len(self.people())
        self.count.setText(
            plural(
                n,
                translate("SiteInviteDialog", "{n} person to invite."),
                translate("SiteInviteDialog", "{n} people to invite."),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)


class TrainingPage(Page):
    """Signals: ``changed()`` after sessions or enrolments changed here (the roster's training
    section and the dashboard's upcoming sessions reload)."""

    key = "training"
    title = QT_TRANSLATE_NOOP("Pages", "Training")
    icon_name = "school-outline"
    changed = Signal()

    def __init__(
        self,
        training: TrainingService,
        attendance: AttendanceService,
        programme: ProgrammeService,
        settings: SettingsService,
        people: PeopleService,
        *,
        selection: Callable[[], list[int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._attendance = attendance
        self._programme = programme
        self._settings = settings
        self._people = people
        self._selection = selection or (lambda: [])
        self._day: date | None = None
        self._all: list[Session] = []
        self.last_dir = str(Path.home())

        self.summary = style.label("", "muted")
        self.new_button = QPushButton(
            style.icon("plus", color="white"), translate("TrainingPage", "New session…")
        )
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_session)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        # -- left: filter, calendar, list ----------------------------------------------------------
        self.when_filter = QComboBox()
        self.when_filter.setAccessibleName(translate("TrainingPage", "Show"))
        self.when_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a day's name
        self.when_filter.addItem(translate("TrainingPage", "Upcoming"), UPCOMING)
        self.when_filter.addItem(translate("TrainingPage", "Past"), PAST)
        self.when_filter.addItem(translate("TrainingPage", "All sessions"), ALL)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(translate("TrainingPage", "Calendar"))
        self.calendar_button.setToolTip(
            translate("TrainingPage", "Show or hide the month calendar (click a day to see its sessions)")
        )
        self.calendar_button.setIcon(style.icon("calendar-month-outline"))
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.calendar_button.setCheckable(True)
        self.calendar_button.setChecked(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumWidth(260)
        self.calendar.setMaximumWidth(340)
        self.calendar.clicked.connect(lambda d: self.show_day(date(d.year(), d.month(), d.day())))
        self.calendar_button.toggled.connect(self._calendar_toggled)
        self.model = SessionModel(self)
        self.table = _table(self.model, multi=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SessionModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # The day, the seats and the state as wide as their longest text in the interface language
        # (« sam. 28 mars 2026 », “Attendance to take”).
        metrics = self.table.fontMetrics()
        days = (short_day(date(2026, month, day)) for month in range(1, 13) for day in range(22, 29))
        day_width = max(metrics.horizontalAdvance(f"{d}  00:00") for d in days) + 12
        seats = translate("TrainingPage", "{seats} (+{n} waiting)").format(seats="12/12", n="8")
        state_width = max(
            metrics.horizontalAdvance(translate("SessionModel", text))
            for text in ("Attendance to take", "In progress", "Cancelled", "Planned")
        )
        for column, width in (
            (0, max(165, day_width)),
            (2, 110),
            (3, 70),
            (4, 95),
            (5, max(140, metrics.horizontalAdvance(seats) + 16)),
            (6, max(100, state_width + 16)),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_session())
        self.table.setColumnHidden(SessionModel.COL_FORMAT, True)  # the calendar is shown
        self.table.setColumnHidden(SessionModel.COL_SITES, True)
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.top.addWidget(self.calendar)
        self.top.addWidget(self.table)
        self.top.setStretchFactor(0, 0)
        self.top.setStretchFactor(1, 1)
        self.top.setChildrenCollapsible(False)

        # -- right: details, enrolments --------------------------------------------------------------
        self.panel = SessionPanel()
        self.enrolment_model = EnrolmentModel(self)
        self.enrolments = EnrolmentTable()
        _setup(self.enrolments, self.enrolment_model, multi=True)
        self.enrolments.setAccessibleName(translate("TrainingPage", "Enrolled people"))
        self.enrolments.setToolTip(
            translate(
                "TrainingPage", "Select people, then press A attended · B absent · E excused · R registered"
            )
        )
        eh = self.enrolments.horizontalHeader()
        eh.setSectionResizeMode(EnrolmentModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 100), (4, 70)):
            eh.resizeSection(column, width)
        self.enrolments.status_key.connect(self.set_status)
        self.enrolments.remove_key.connect(self.remove_selected)
        self.people_title = style.label(translate("TrainingPage", "PEOPLE"), "section")
        self.invite_button = QToolButton()
        self.invite_button.setText(translate("TrainingPage", "Invite"))
        self.invite_button.setIcon(style.icon("account-plus"))
        self.invite_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.invite_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        invite_menu = QMenu(self.invite_button)
        self.invite_selection_action = invite_menu.addAction(
            translate("TrainingPage", "The ambassadors selected on the Ambassadors page"),
            self.invite_selection,
        )
        self.invite_site_action = invite_menu.addAction(
            translate("TrainingPage", "Everyone of a site who has not had…"), self.invite_site
        )
        self.invite_search_action = invite_menu.addAction(
            translate("TrainingPage", "Search the directory…"), self.invite_search
        )
        self.invite_button.setMenu(invite_menu)
        self.status_buttons: dict[str, QPushButton] = {}
        tick_row = QHBoxLayout()
        tick_row.setSpacing(4)
        for status, letter in (("attended", "A"), ("absent", "B"), ("excused", "E"), ("registered", "R")):
            button = QPushButton(
                translate("TrainingPage", "{status} ({key})").format(status=status_label(status), key=letter)
            )
            button.setToolTip(translate("TrainingPage", STATUS_TIPS[status]).format(key=letter))
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
            tick_row.addWidget(button)
        self.remove_button = QPushButton(
            style.icon("account-remove-outline"), translate("TrainingPage", "Remove")
        )
        self.remove_button.setToolTip(
            translate("TrainingPage", "Take the selected people off the session (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        tick_row.addStretch()
        tick_row.addWidget(self.remove_button)
        self.waiting = style.label("", "muted")
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting.setWordWrap(True)
        people_head = QHBoxLayout()
        people_head.addWidget(self.people_title)
        people_head.addStretch()
        people_head.addWidget(self.invite_button)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 6, 0, 0)
        people_layout.setSpacing(6)
        people_layout.addLayout(people_head)
        people_layout.addLayout(tick_row)
        people_layout.addWidget(self.enrolments, 1)
        people_layout.addWidget(self.waiting)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.addWidget(self.panel)
        self.bottom.addWidget(people_box)
        self.bottom.setStretchFactor(0, 2)
        self.bottom.setStretchFactor(1, 3)
        self.bottom.setSizes([400, 600])
        self.bottom.setChildrenCollapsible(False)

        # -- session actions -------------------------------------------------------------------------
        self.edit_button = QPushButton(style.icon("pencil-outline"), translate("TrainingPage", "Edit…"))
        self.edit_button.clicked.connect(self.edit_session)
        self.cancel_button = QPushButton(
            style.icon("calendar-remove-outline"), translate("TrainingPage", "Cancel…")
        )
        self.cancel_button.setToolTip(
            translate("TrainingPage", "Cancel the session (it stays listed, to send the cancellation)")
        )
        self.cancel_button.clicked.connect(self.cancel_session)
        self.delete_button = QPushButton(style.icon("delete-outline"), translate("TrainingPage", "Delete…"))
        self.delete_button.clicked.connect(self.delete_session)
        self.invitation_button = QToolButton()
        self.invitation_button.setText(translate("TrainingPage", "Invitation"))
        self.invitation_button.setIcon(style.icon("calendar-export"))
        self.invitation_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.invitation_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        invitation_menu = QMenu(self.invitation_button)
        invitation_menu.addAction(
            style.icon("calendar-export"),
            translate("TrainingPage", "Save invitation (.ics)…"),
            self.save_invitation,
        )
        invitation_menu.addAction(
            style.icon("content-copy"),
            translate("TrainingPage", "Copy invitation text"),
            self.copy_invitation,
        )
        self.invitation_button.setMenu(invitation_menu)
        self.import_button = QPushButton(
            style.icon("file-import-outline"), translate("TrainingPage", "Import attendance…")
        )
        self.import_button.setToolTip(
            translate("TrainingPage", "Read a Teams attendance report or a Zoom participants report")
        )
        self.import_button.clicked.connect(self.import_attendance)
        self.sheet_button = QPushButton(
            style.icon("file-pdf-box"), translate("TrainingPage", "Signature sheet…")
        )
        self.sheet_button.setToolTip(
            translate("TrainingPage", "A PDF to print for on-site sessions: one line and a box per person")
        )
        self.sheet_button.clicked.connect(self.save_signature_sheet)
        actions = QHBoxLayout()
        actions.addWidget(self.when_filter)
        actions.addStretch()
        for widget in (
            self.edit_button,
            self.cancel_button,
            self.delete_button,
            self.invitation_button,
            self.import_button,
            self.sheet_button,
        ):
            actions.addWidget(widget)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([250, 380])
        self.splitter.setChildrenCollapsible(False)
        sessions_tab = QWidget()
        sessions_layout = QVBoxLayout(sessions_tab)
        sessions_layout.setContentsMargins(0, 8, 0, 0)
        sessions_layout.addLayout(actions)
        sessions_layout.addWidget(self.splitter, 1)

        # -- who still needs training ----------------------------------------------------------------
        self.missing_model = MissingModel(self)
        self.missing = _table(self.missing_model, multi=True)
        self.missing.setAccessibleName(translate("TrainingPage", "Ambassadors who still need training"))
        mh = self.missing.horizontalHeader()
        mh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 220), (1, 180), (2, 150)):
            mh.resizeSection(column, width)
        self.missing_summary = style.label("", "muted")
        self.missing_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_summary.setWordWrap(True)
        self.target = QComboBox()
        self.target.setAccessibleName(translate("TrainingPage", "Session to invite them to"))
        self.target.setMinimumContentsLength(40)
        self.invite_missing_button = QPushButton(
            style.icon("account-plus"), translate("TrainingPage", "Invite them")
        )
        self.invite_missing_button.setToolTip(
            translate("TrainingPage", "Invite the selected people (or everyone listed) to the chosen session")
        )
        self.invite_missing_button.clicked.connect(self.invite_missing)
        target_row = QHBoxLayout()
        target_row.addWidget(
            QLabel(translate("TrainingPage", "Invite the selected people (all when none is selected) to"))
        )
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.invite_missing_button)
        missing_tab = QWidget()
        missing_layout = QVBoxLayout(missing_tab)
        missing_layout.setContentsMargins(0, 8, 0, 0)
        missing_layout.addWidget(self.missing_summary)
        missing_layout.addLayout(target_row)
        missing_layout.addWidget(self.missing, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(sessions_tab, translate("TrainingPage", "Sessions"))
        self.tabs.addTab(missing_tab, translate("TrainingPage", "Who still needs training"))
        # The calendar toggle sits on the tabs' row (the actions' row needs the room for a day's name,
        # and French words), shown with the sessions only.
        self.tabs.setCornerWidget(self.calendar_button, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda index: self.calendar_button.setVisible(index == 0))

        self.empty = EmptyState(
            "school-outline",
            translate("TrainingPage", "No training session yet"),
            translate(
                "TrainingPage",
                "Plan onboardings, webinars for remote sites, previews of new features: invite people, send "
                "the calendar invitation, then take attendance by hand or from the Teams or Zoom report.",
            ),
        )
        self.empty.add_button(translate("TrainingPage", "New session…"), primary=True).clicked.connect(
            self.new_session
        )
        self.empty.hide()
        self.settings_button = QPushButton(style.icon("cog-outline"), translate("TrainingPage", "Settings…"))
        self.settings_button.setToolTip(
            translate("TrainingPage", "Kinds of session, and the trainings each role requires")
        )
        self.settings_button.clicked.connect(self.edit_settings)
        outer = self.page_layout(self.summary, self.settings_button, self.new_button)
        outer.addWidget(self.notice)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.empty, 1)

        self.when_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._session_changed)
        self.enrolments.selectionModel().selectionChanged.connect(self._enrolment_selection_changed)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_calendar())
        self.invalidate()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._all = self._training.sessions()
        upcoming = [s for s in self._all if not s.cancelled and s.ends_at > datetime.now(UTC)]
        self.summary.setText(
            plural(
                len(upcoming),
                translate("TrainingPage", "{n} upcoming session"),
                translate("TrainingPage", "{n} upcoming sessions"),
            )
            + " · "
            + plural(
                len(self._all),
                translate("TrainingPage", "{n} session in all"),
                translate("TrainingPage", "{n} sessions in all"),
            )
        )
        has_any = bool(self._all)
        self.tabs.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._mark_calendar()
        self.reload()
        self.refresh_missing()

    def visible_sessions(self) -> list[Session]:
        if self._day is not None:
            return [s for s in self._all if s.starts_at.date() == self._day]
        now = datetime.now(UTC)
        wanted = self.when_filter.currentData()
        if wanted == UPCOMING:
            return [s for s in self._all if s.ends_at > now]
        if wanted == PAST:
            return list(reversed([s for s in self._all if s.ends_at <= now]))  # the latest first
        return list(self._all)

    def reload(self, *, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.set_items(self.visible_sessions())
        if self.model.items:
            row = next((i for i, s in enumerate(self.model.items) if s.id == current), 0)
            self.table.selectRow(row)
        self._session_changed()

    def _calendar_toggled(self, shown: bool) -> None:
        # Beside the calendar the list is narrower (the titles need the room): the format and the sites
        # are in the details below.
        self.calendar.setVisible(shown)
        self.table.setColumnHidden(SessionModel.COL_FORMAT, shown)
        self.table.setColumnHidden(SessionModel.COL_SITES, shown)

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QColor(style.ACCENT))
        for session in self._all:
            if not session.cancelled:
                d = session.starts_at.date()
                self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day), bold)

    def show_day(self, day: date | None) -> None:
        """Only the sessions of ``day`` (clicked in the calendar; an extra choice of the filter), or
        the upcoming ones again (None)."""
        self._day = day
        index = self.when_filter.findData(DAY)
        self.when_filter.blockSignals(True)
        if day is None:
            if index >= 0:
                self.when_filter.removeItem(index)
            self.when_filter.setCurrentIndex(self.when_filter.findData(UPCOMING))
        else:
            text = short_day(day)
            if index < 0:
                self.when_filter.addItem(style.icon("calendar-month-outline"), text, DAY)
                index = self.when_filter.count() - 1
            self.when_filter.setItemText(index, text)
            self.when_filter.setCurrentIndex(index)
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.when_filter.blockSignals(False)
        self.reload()

    def _filter_changed(self, *_: Any) -> None:
        if self.when_filter.currentData() != DAY and self._day is not None:
            self._leave_day()
            return
        self.reload()

    def _leave_day(self) -> None:
        wanted = self.when_filter.currentData()
        self._day = None
        self.when_filter.blockSignals(True)
        self.when_filter.removeItem(self.when_filter.findData(DAY))
        self.when_filter.setCurrentIndex(self.when_filter.findData(wanted))
        self.when_filter.blockSignals(False)
        self.reload()

    def current(self) -> Session | None:
        session: Session | None = self.model.selected_item(self.table)
        return session

    def current_id(self) -> int | None:
        session = self.current()
        return session.id if session else None

    def _session_changed(self, *_: Any) -> None:
        session = self.current()
        self.panel.show_session(session)
        for button in (self.edit_button, self.delete_button, self.invitation_button, self.sheet_button):
            button.setEnabled(session is not None)
        self.edit_button.setEnabled(session is not None and not session.cancelled)
        self.cancel_button.setEnabled(session is not None and not session.cancelled)
        self.import_button.setEnabled(session is not None and not session.cancelled)
        self.invite_button.setEnabled(session is not None and not session.cancelled)
        self.reload_enrolments()

    def reload_enrolments(self, select: list[int] | None = None) -> None:
        session = self.current()
        previous = select if select is not None else self.selected_people()
        items = self._training.enrolments(session.id) if session is not None else []
        self.enrolment_model.set_items(items)
        if previous:
            selection = self.enrolments.selectionModel()
            for row, e in enumerate(items):
                if e.person_id in previous:
                    index = self.enrolment_model.index(row, 0)
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
                    if e.person_id == previous[0]:
                        self.enrolments.setCurrentIndex(index)
        counts: dict[str, int] = {}
        for e in items:
            counts[e.status] = counts.get(e.status, 0) + 1
        shown = [
            translate("TrainingPage", STATUS_COUNTS[s]).format(n=formatting.number(n))
            for s in STATUS_COUNTS
            if (n := counts.get(s, 0))
        ]
        if shown:
            title = translate("TrainingPage", "PEOPLE · {n}  ({statuses})")
        else:
            title = translate("TrainingPage", "PEOPLE · {n}")
        self.people_title.setText(title.format(n=formatting.number(len(items)), statuses=", ".join(shown)))
        waiting = [e.name for e in items if e.status == "waiting"]
        self.waiting.setText(
            translate(
                "TrainingPage",
                "Waiting list ({n}): {names}. They get a seat, in order, when someone is excused or removed "
                "before the session, or when the capacity is raised.",
            ).format(n=formatting.number(len(waiting)), names=", ".join(waiting))
            if waiting
            else ""
        )
        self.waiting.setVisible(bool(waiting))
        self._enrolment_selection_changed()

    def selected_people(self) -> list[int]:
        rows = sorted(i.row() for i in self.enrolments.selectionModel().selectedRows())
        return [self.enrolment_model.items[r].person_id for r in rows if r < len(self.enrolment_model.items)]

    def _enrolment_selection_changed(self, *_: Any) -> None:
        session = self.current()
        some = bool(self.selected_people()) and session is not None
        for button in self.status_buttons.values():
            button.setEnabled(some)
        self.remove_button.setEnabled(some)

    def refresh_missing(self) -> None:
        missing = self._training.missing_trainings()
        self.missing_model.set_items(missing)
        self.tabs.setTabText(
            1,
            translate("TrainingPage", "Who still needs training ({n})").format(
                n=formatting.number(len(missing))
            ),
        )
        rows = self._training.summary(by="site")
        worst = sorted((r for r in rows if r.to_train), key=lambda r: -r.to_train)[:6]
        trained = sum(r.trained for r in rows)
        total = sum(r.ambassadors for r in rows)
        text = plural(
            total,
            translate(
                "TrainingPage",
                "{trained} of {n} active ambassador has had every training their role requires.",
            ),
            translate(
                "TrainingPage",
                "{trained} of {n} active ambassadors have had every training their role requires.",
            ),
        ).format(trained=formatting.number(trained))
        if worst:
            sites = ", ".join(
                translate("TrainingPage", "{site} {n}").format(
                    site=r.population or translate("TrainingPage", "no site"), n=formatting.number(r.to_train)
                )
                for r in worst
            )
            text += " " + translate("TrainingPage", "Still to train by site: {sites}.").format(sites=sites)
        by_role = [r for r in self._training.summary(by="role") if r.to_train]
        if by_role:
            roles = ", ".join(
                translate("TrainingPage", "{role} {n} of {total}").format(
                    role=role_label(r.population),
                    n=formatting.number(r.to_train),
                    total=formatting.number(r.ambassadors),
                )
                for r in by_role
            )
            text += " " + translate("TrainingPage", "By role: {roles}.").format(roles=roles)
        self.missing_summary.setText(text)
        chosen = self.target.currentData()
        self.target.clear()
        for session in self._training.upcoming(limit=50):
            self.target.addItem(f"{day_text(session)} — {session.title} ({seats_text(session)})", session.id)
        if self.target.count() == 0:
            self.target.addItem(translate("TrainingPage", "No upcoming session: plan one first"), None)
        self.target.setCurrentIndex(max(self.target.findData(chosen), 0))
        self.invite_missing_button.setEnabled(self.target.currentData() is not None and bool(missing))

    # -- feedback -----------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _error(self, title: str, exc: UserError | str) -> None:
        QMessageBox.warning(self, title, str(exc))

    def _after_change(self, select_session: int | None = None, message: str = "") -> None:
        self.refresh()
        if select_session is not None:
            self.select_session(select_session)
        if message:
            self.say(message)
        self.changed.emit()

    def select_session(self, session_id: int) -> None:
        """Show ``session_id`` in the list, widening the filter if it hides it."""
        if session_id not in {s.id for s in self.visible_sessions()}:
            self._day = None
            self.when_filter.blockSignals(True)
            if self.when_filter.findData(DAY) >= 0:
                self.when_filter.removeItem(self.when_filter.findData(DAY))
            self.when_filter.setCurrentIndex(self.when_filter.findData(ALL))
            self.when_filter.blockSignals(False)
        self.reload(select=session_id)

    def _enrol_message(self, result: EnrolResult, title: str) -> str:
        parts = []
        if result.added:
            parts.append(
                plural(
                    len(result.added),
                    translate("TrainingPage", "{n} person invited"),
                    translate("TrainingPage", "{n} people invited"),
                )
            )
        if result.waiting:
            parts.append(
                translate("TrainingPage", "{n} on the waiting list (the session is full)").format(
                    n=formatting.number(len(result.waiting))
                )
            )
        if result.already:
            parts.append(
                plural(
                    len(result.already),
                    translate("TrainingPage", "{n} person already enrolled"),
                    translate("TrainingPage", "{n} people already enrolled"),
                )
            )
        outcome = ", ".join(parts) if parts else translate("TrainingPage", "nobody to add")
        return translate("TrainingPage", "{title}: {outcome}.").format(title=title, outcome=outcome)

    # -- sessions -----------------------------------------------------------------------------------
    def _sites(self) -> list[str]:
        return self._people.facet_values().get("site", [])

    def edit_settings(self) -> TrainingSettingsDialog:
        from esn_desk.ui.dialogs.training_settings import TrainingSettingsDialog

        dialog = TrainingSettingsDialog(self._training, self._programme, parent=self)
        dialog.accepted.connect(self.refresh)  # "who still needs training" follows the requirements
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_session(self) -> SessionDialog:
        from esn_desk.ui.dialogs.session_edit import SessionDialog

        dialog = SessionDialog(
            self._training, sites=self._sites(), trainer=self._settings.load().organiser_name, parent=self
        )
        dialog.accepted.connect(
            lambda: self._after_change(
                dialog.session_id,
                translate("TrainingPage", "Planned “{title}”.").format(title=dialog.title.text().strip()),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_session(self) -> SessionDialog | None:
        from esn_desk.ui.dialogs.session_edit import SessionDialog

        session = self.current()
        if session is None or session.cancelled:
            return None
        try:
            dialog = SessionDialog(self._training, session_id=session.id, sites=self._sites(), parent=self)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot edit"), exc)
            self.refresh()
            return None

        def saved() -> None:
            moved = len(dialog.promoted)
            message = translate(
                "TrainingPage", "Saved. Send the updated invitation (.ics) so calendars follow."
            )
            if moved:
                message += " " + self._promoted_text(moved)
            self._after_change(session.id, message)

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel_session(self) -> None:
        session = self.current()
        if session is None or session.cancelled:
            return
        invitees = len(self._training.invitees(session.id))
        answer = QMessageBox.question(
            self,
            translate("TrainingPage", "Cancel session"),
            plural(
                invitees,
                translate(
                    "TrainingPage",
                    "Cancel “{title}” ({day})? It stays in the list with its {n} invitee, so that you can "
                    "send them the cancellation (Invitation › Save invitation).",
                ),
                translate(
                    "TrainingPage",
                    "Cancel “{title}” ({day})? It stays in the list with its {n} invitees, so that you can "
                    "send them the cancellation (Invitation › Save invitation).",
                ),
            ).format(title=session.title, day=day_text(session)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._training.cancel(session.id)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot cancel"), exc)
        self._after_change(
            session.id,
            translate(
                "TrainingPage", "“{title}” is cancelled: save the invitation (.ics) to send the cancellation."
            ).format(title=session.title),
        )

    def delete_session(self) -> None:
        session = self.current()
        if session is None:
            return
        enrolled = len(self.enrolment_model.items)
        question = plural(
            enrolled,
            translate(
                "TrainingPage",
                "Delete “{title}” ({day}) with its {n} enrolment and attendance? This cannot be undone.",
            ),
            translate(
                "TrainingPage",
                "Delete “{title}” ({day}) with its {n} enrolments and attendance? This cannot be undone.",
            ),
        ).format(title=session.title, day=day_text(session))
        if not session.cancelled:
            question += " " + translate(
                "TrainingPage", "To call it off, cancel it instead: invitees can then be told."
            )
        answer = QMessageBox.question(
            self,
            translate("TrainingPage", "Delete session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._training.delete(session.id)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot delete"), exc)
        self._after_change(None, translate("TrainingPage", "Deleted “{title}”.").format(title=session.title))

    # -- enrolment ----------------------------------------------------------------------------------
    def enrol(self, person_ids: list[int], what: str) -> EnrolResult | None:
        session = self.current()
        if session is None:
            return None
        if not person_ids:
            self.say(translate("TrainingPage", "{what}: nobody to invite.").format(what=what))
            return None
        try:
            result = self._training.enrol(session.id, person_ids)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot invite"), exc)
            return None
        self._after_change(session.id, self._enrol_message(result, what))
        return result

    def invite_selection(self) -> EnrolResult | None:
        """Invite the ambassadors selected on the Ambassadors page."""
        person_ids = []
        for ambassador_id in self._selection():
            candidacy = self._programme.get(ambassador_id)
            if candidacy is not None:
                person_ids.append(candidacy.person_id)
        if not person_ids:
            self.say(
                translate(
                    "TrainingPage",
                    "Select ambassadors on the Ambassadors page first, then invite them from here.",
                )
            )
            return None
        return self.enrol(person_ids, translate("TrainingPage", "From the Ambassadors page"))

    def invite_site(self) -> SiteInviteDialog | None:
        session = self.current()
        if session is None:
            return None
        dialog = SiteInviteDialog(self._training, self._sites(), session, parent=self)

        def chosen() -> None:
            site = dialog.site.currentText().strip()
            lacking = dialog.kind.currentData()
            what = (
                translate("TrainingPage", "{site}, without {kind}").format(
                    site=site, kind=kind_label(lacking)
                )
                if lacking
                else site
            )
            self.enrol(dialog.people(), what)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def invite_search(self) -> PersonSearchDialog | None:
        from esn_desk.ui.dialogs.person_search import PersonSearchDialog

        if self.current() is None:
            return None
        dialog = PersonSearchDialog(
            self._people,
            title=translate("TrainingPage", "Invite people"),
            ok_text=translate("TrainingPage", "Invite"),
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self.enrol(dialog.chosen(), translate("TrainingPage", "From the directory"))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_status(self, status: str) -> None:
        """Give the selected people ``status``; with one person selected, move on to the next row
        (tick a list of names one key at a time)."""
        session = self.current()
        people = self.selected_people()
        if session is None or not people:
            return
        try:
            promoted = self._training.set_status(session.id, people, status)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot change"), exc)
            return
        rows = [i.row() for i in self.enrolments.selectionModel().selectedRows()]
        self._after_change(session.id)
        if len(people) == 1 and rows:
            after = min(rows[0] + 1, len(self.enrolment_model.items) - 1)
            self.enrolments.selectRow(after)
        else:
            self.reload_enrolments(select=people)
        one, many = STATUS_DONE.get(status, STATUS_DONE["registered"])
        message = plural(len(people), translate("TrainingPage", one), translate("TrainingPage", many))
        if promoted:
            message += " " + self._promoted_text(len(promoted))
        self.say(message)
        self.enrolments.setFocus()

    def remove_selected(self) -> None:
        session = self.current()
        people = self.selected_people()
        if session is None or not people:
            return
        try:
            promoted = self._training.remove(session.id, people)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot remove"), exc)
            return
        message = plural(
            len(people),
            translate("TrainingPage", "{n} person taken off the session."),
            translate("TrainingPage", "{n} people taken off the session."),
        )
        if promoted:
            message += " " + self._promoted_text(len(promoted))
        self._after_change(session.id, message)

    @staticmethod
    def _promoted_text(n: int) -> str:
        return plural(
            n,
            translate("TrainingPage", "{n} person moved up from the waiting list."),
            translate("TrainingPage", "{n} people moved up from the waiting list."),
        )

    def invite_missing(self) -> EnrolResult | None:
        session_id = self.target.currentData()
        if session_id is None:
            return None
        rows = sorted({i.row() for i in self.missing.selectionModel().selectedRows()})
        items = self.missing_model.items
        people = [items[r].person_id for r in rows] if rows else [m.person_id for m in items]
        try:
            result = self._training.enrol(int(session_id), people)
            title = self._training.get(int(session_id)).title
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot invite"), exc)
            return None
        self._after_change(int(session_id), self._enrol_message(result, title))
        return result

    # -- invitations, attendance, sheet --------------------------------------------------------------
    def _save_path(self, caption: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(self.last_dir) / name), filters)
        if not path:
            return None
        self.last_dir = str(Path(path).parent)
        return Path(path)

    def save_invitation(self) -> Path | None:
        session = self.current()
        if session is None:
            return None
        try:
            data = self._training.invitation(session.id)  # first: no file to choose if it cannot be made
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot make the invitation"), exc)
            return None
        path = self._save_path(
            translate("TrainingPage", "Save invitation"),
            f"{file_stem(session)}.ics",
            translate("TrainingPage", "Calendar invitation (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            path.write_bytes(data)
        except OSError as exc:
            self._error(
                translate("TrainingPage", "Cannot save the invitation"),
                translate("TrainingPage", "Cannot write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        n = len(self._training.invitees(session.id))
        if session.cancelled:
            one = translate(
                "TrainingPage",
                "Saved the cancellation for {n} invitee to {path}. Open it in Outlook (or attach it to an "
                "email) to send it.",
            )
            many = translate(
                "TrainingPage",
                "Saved the cancellation for {n} invitees to {path}. Open it in Outlook (or attach it to an "
                "email) to send it.",
            )
        else:
            one = translate(
                "TrainingPage",
                "Saved the invitation for {n} invitee to {path}. Open it in Outlook (or attach it to an "
                "email) to send it.",
            )
            many = translate(
                "TrainingPage",
                "Saved the invitation for {n} invitees to {path}. Open it in Outlook (or attach it to an "
                "email) to send it.",
            )
        self.say(plural(n, one, many).format(path=path))
        return path

    def copy_invitation(self) -> str:
        session = self.current()
        if session is None:
            return ""
        text = invitation_text(session)
        QGuiApplication.clipboard().setText(text)
        self.say(
            translate(
                "TrainingPage", "The invitation text is on the clipboard: paste it in an email or a post."
            )
        )
        return text

    def import_attendance(self) -> AttendanceReviewDialog | None:
        session = self.current()
        if session is None or session.cancelled:
            return None
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrainingPage", "Import attendance report"),
            self.last_dir,
            translate("TrainingPage", "Attendance reports (*.csv *.txt *.tsv);;All files (*)"),
        )
        if not path:
            return None
        self.last_dir = str(Path(path).parent)
        return self.review_report(Path(path))

    def review_report(self, path: Path) -> AttendanceReviewDialog | None:
        """Read ``path`` and open the review dialog (window-modal, non-blocking)."""
        from esn_desk.ui.dialogs.attendance_review import AttendanceReviewDialog

        session = self.current()
        if session is None:
            return None
        try:
            report = parse_report(path)
            dialog = AttendanceReviewDialog(
                self._attendance,
                self._people,
                session.id,
                session.title,
                report,
                self._training.enrolments(session.id),
                parent=self,
            )
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot read the attendance report"), exc)
            return None
        except OSError as exc:
            self._error(
                translate("TrainingPage", "Cannot read the attendance report"),
                translate("TrainingPage", "Cannot open {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None

        def applied() -> None:
            result = dialog.outcome
            if result is None:
                return
            message = plural(
                len(result.unmatched),
                translate(
                    "TrainingPage",
                    "Attendance imported from {file}: {attended} attended, {below} absent (below the "
                    "threshold), {n} participant left unmatched, {guests} guests.",
                ),
                translate(
                    "TrainingPage",
                    "Attendance imported from {file}: {attended} attended, {below} absent (below the "
                    "threshold), {n} participants left unmatched, {guests} guests.",
                ),
            ).format(
                file=path.name,
                attended=formatting.number(len(result.attended)),
                below=formatting.number(len(result.below_threshold)),
                guests=formatting.number(len(result.guests)),
            )
            self._after_change(session.id, message)

        dialog.accepted.connect(applied)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def save_signature_sheet(self) -> Path | None:
        from esn_desk.ui.printing.signature_sheet import write_signature_sheet

        session = self.current()
        if session is None:
            return None
        people = self._attendance.sheet_people(session.id)
        path = self._save_path(
            translate("TrainingPage", "Save signature sheet"),
            translate("TrainingPage", "Signature sheet {name}.pdf").format(name=file_stem(session)),
            translate("TrainingPage", "PDF (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            plan = write_signature_sheet(session, people, path, self._settings.load().programme_name)
        except UserError as exc:
            self._error(translate("TrainingPage", "Cannot write the signature sheet"), exc)
            return None
        self.say(
            translate("TrainingPage", "Saved the signature sheet ({people}, {pages}) to {path}.").format(
                people=plural(
                    len(people),
                    translate("TrainingPage", "{n} person"),
                    translate("TrainingPage", "{n} people"),
                ),
                pages=plural(
                    plan.pages, translate("TrainingPage", "{n} page"), translate("TrainingPage", "{n} pages")
                ),
                path=path,
            )
        )
        return path

    # -- state --------------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("top", self.top.saveState())
        settings.setValue("bottom", self.bottom.saveState())
        settings.setValue("calendar", self.calendar_button.isChecked())
        if self.when_filter.currentData() != DAY:
            settings.setValue("filter", self.when_filter.currentData())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("splitter", self.splitter), ("top", self.top), ("bottom", self.bottom)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        calendar = settings.value("calendar")
        if calendar is not None:
            self.calendar_button.setChecked(str(calendar).lower() in ("true", "1"))
        wanted = settings.value("filter")
        if wanted in (UPCOMING, PAST, ALL):
            self.when_filter.setCurrentIndex(self.when_filter.findData(wanted))
