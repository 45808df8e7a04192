"""Review a Teams or Zoom attendance report before it is written to a session's enrolments.

Shows who attended, who stayed less than the threshold, the participants nobody could be matched
with (each with a combo to match them by hand: a namesake, someone enrolled, or anyone found in the
directory), and the guests, bots and organisers set aside. Nothing is written until Apply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.attendance import AttendanceResult, AttendanceService, Participant, Report, Unmatched
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.people import PeopleService
from esn_desk.core.training import Enrolment
from esn_desk.ui import formatting, style

LEAVE = QT_TRANSLATE_NOOP("AttendanceReviewDialog", "— leave unmatched —")
SEARCH = -1  # the combo item that opens the directory search
TAB_TITLES = (
    QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Attended"),
    QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Below threshold"),
    QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Unmatched"),
    QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Guests and bots"),
    QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Enrolled, not in the report"),
)
MATCHED_BY = {
    "email": QT_TRANSLATE_NOOP("AttendanceReviewDialog", "email"),
    "name": QT_TRANSLATE_NOOP("AttendanceReviewDialog", "name"),
    "manual": QT_TRANSLATE_NOOP("AttendanceReviewDialog", "by hand"),
}


def _minutes(seconds: int) -> str:
    return translate("AttendanceReviewDialog", "{minutes} min").format(
        minutes=formatting.number((seconds + 30) // 60)
    )


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.resizeSection(0, 200)
    if len(headers) > 1:
        header.resizeSection(1, 250)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _item(text))


class AttendanceReviewDialog(QDialog):
    """``outcome`` holds what was applied once the dialog is accepted.

    ``find_person(name) -> person id | None`` picks someone in the directory for an unmatched
    participant (a search dialog by default; tests pass their own).
    """

    def __init__(
        self,
        attendance: AttendanceService,
        people: PeopleService,
        session_id: int,
        session_title: str,
        report: Report,
        enrolled: Sequence[Enrolment],
        *,
        find_person: Callable[[str], int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attendance = attendance
        self._people = people
        self.session_id = session_id
        self.report = report
        self._enrolled = list(enrolled)
        self._find_person = find_person or self._search_directory
        self.outcome: AttendanceResult | None = None
        self.manual: dict[str, int] = {}
        self.setWindowTitle(
            translate("AttendanceReviewDialog", "Attendance report — {title}").format(title=session_title)
        )
        self.setMinimumSize(900, 560)

        head = QLabel(
            translate("AttendanceReviewDialog", "{kind}: {file}").format(
                kind=report.kind_label, file=report.file_name or translate("AttendanceReviewDialog", "report")
            )
        )
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setProperty("role", "detail-name")
        head.setWordWrap(True)
        self.explain = style.label("", "muted")
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.threshold = QSpinBox()
        self.threshold.setRange(5, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(translate("AttendanceReviewDialog", "Attendance threshold"))
        self.threshold.setToolTip(
            translate("AttendanceReviewDialog", "Share of the session someone must have been present for")
        )
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(
            QLabel(translate("AttendanceReviewDialog", "Attended when present for at least"))
        )
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(QLabel(translate("AttendanceReviewDialog", "of the session")))
        threshold_row.addStretch()

        self.tabs = QTabWidget()
        person = translate("AttendanceReviewDialog", "Person")
        participant = translate("AttendanceReviewDialog", "Participant")
        email = translate("AttendanceReviewDialog", "Email")
        present = translate("AttendanceReviewDialog", "Present")
        matched = (
            person,
            email,
            present,
            translate("AttendanceReviewDialog", "Matched by"),
            translate("AttendanceReviewDialog", "Enrolled"),
        )
        self.attended_table = _table(matched)
        self.below_table = _table(matched)
        self.unmatched_table = _table(
            (participant, email, present, translate("AttendanceReviewDialog", "Match with"))
        )
        self.unmatched_table.horizontalHeader().resizeSection(2, 80)
        self.aside_table = _table((participant, email, present, translate("AttendanceReviewDialog", "Why")))
        self.missing_table = _table((person, email))
        tables = (
            self.attended_table,
            self.below_table,
            self.unmatched_table,
            self.aside_table,
            self.missing_table,
        )
        for table, title in zip(tables, TAB_TITLES, strict=True):
            self.tabs.addTab(table, translate("AttendanceReviewDialog", title))
        self.warnings = style.label("", "muted")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            translate("AttendanceReviewDialog", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.explain)
        layout.addLayout(threshold_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # The participants nobody could be matched with do not depend on the threshold: listed once,
        # each with its combo, and kept while the user matches them.
        self._unmatched: list[Unmatched] = list(
            attendance.preview(session_id, report, threshold=self.share()).unmatched
        )
        self._build_unmatched()
        self.threshold.valueChanged.connect(lambda _v: self.update_preview())
        self.update_preview()

    def share(self) -> float:
        return self.threshold.value() / 100

    # -- unmatched participants -----------------------------------------------------------------
    def _build_unmatched(self) -> None:
        table = self.unmatched_table
        table.setRowCount(len(self._unmatched))
        enrolled_ids = {e.person_id for e in self._enrolled}
        for row, entry in enumerate(self._unmatched):
            p = entry.participant
            table.setItem(row, 0, _item(p.name))
            table.setItem(row, 1, _item(p.email or "—"))
            table.setItem(row, 2, _item(_minutes(p.seconds)))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("AttendanceReviewDialog", "Match {name} with").format(name=p.name)
            )
            combo.addItem(translate("AttendanceReviewDialog", LEAVE), None)
            enrolled = translate("AttendanceReviewDialog", "{person} (enrolled)")
            for c in entry.candidates:
                label = f"{c.name} — {c.email}" if c.email else c.name
                combo.addItem(
                    enrolled.format(person=label) if c.person_id in enrolled_ids else label, c.person_id
                )
            if entry.candidates and self._enrolled:
                combo.insertSeparator(combo.count())
            for e in self._enrolled:
                if combo.findData(e.person_id) < 0:
                    combo.addItem(enrolled.format(person=e.name), e.person_id)
            combo.insertSeparator(combo.count())
            combo.addItem(translate("AttendanceReviewDialog", "Search the directory…"), SEARCH)
            combo.activated.connect(lambda index, c=combo, part=p: self._combo_chosen(c, part, index))
            table.setCellWidget(row, 3, combo)
        table.horizontalHeader().resizeSection(3, 260)

    def combo_for(self, name: str) -> QComboBox | None:
        for row, entry in enumerate(self._unmatched):
            if entry.participant.name == name:
                widget = self.unmatched_table.cellWidget(row, 3)
                return widget if isinstance(widget, QComboBox) else None
        return None

    def _combo_chosen(self, combo: QComboBox, participant: Participant, index: int) -> None:
        chosen = combo.itemData(index)
        if chosen == SEARCH:
            person_id = self._find_person(participant.name)
            if person_id is None:
                previous = self.manual.get(participant.key)
                combo.setCurrentIndex(max(combo.findData(previous), 0))
                return
            if combo.findData(person_id) < 0:
                row = self._people.rows([person_id]).get(person_id)
                name = str(row[0]) if row else f"#{person_id}"
                combo.insertItem(1, name, person_id)
            combo.setCurrentIndex(combo.findData(person_id))
            chosen = person_id
        if chosen is None:
            self.manual.pop(participant.key, None)
        else:
            self.manual[participant.key] = int(chosen)
        self.update_preview()

    def match_with(self, participant_name: str, person_id: int) -> None:
        """Match an unmatched participant by hand (what choosing in its combo does)."""
        combo = self.combo_for(participant_name)
        if combo is None:
            raise UserError(
                translate(
                    "AttendanceReviewDialog", "“{name}” is not among the unmatched participants."
                ).format(name=participant_name)
            )
        if combo.findData(person_id) < 0:
            row = self._people.rows([person_id]).get(person_id)
            combo.insertItem(1, str(row[0]) if row else f"#{person_id}", person_id)
        index = combo.findData(person_id)
        combo.setCurrentIndex(index)
        entry = next(u for u in self._unmatched if u.participant.name == participant_name)
        self._combo_chosen(combo, entry.participant, index)

    def _search_directory(self, name: str) -> int | None:
        from esn_desk.ui.dialogs.person_search import PersonSearchDialog

        dialog = PersonSearchDialog(
            self._people,
            title=translate("AttendanceReviewDialog", "Who is “{name}”?").format(name=name),
            multiple=False,
            initial=name.split("(")[0],
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return None
        return dialog.chosen()[0]

    # -- the preview ----------------------------------------------------------------------------
    def update_preview(self) -> AttendanceResult | None:
        try:
            result = self._attendance.preview(
                self.session_id, self.report, threshold=self.share(), manual=self.manual
            )
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.apply_button.setEnabled(False)
            return None
        self.error.hide()
        self.apply_button.setEnabled(bool(result.matches))
        self.preview = result

        yes = translate("AttendanceReviewDialog", "yes")
        added = translate("AttendanceReviewDialog", "no — added")

        def person(m: Any) -> list[str]:
            how = MATCHED_BY.get(m.matched_by)
            how = translate("AttendanceReviewDialog", how) if how else m.matched_by
            return [m.name, m.email or "—", _minutes(m.seconds), how, yes if m.enrolled else added]

        _fill(self.attended_table, [person(m) for m in result.attended])
        _fill(self.below_table, [person(m) for m in result.below_threshold])
        guest = translate("AttendanceReviewDialog", "Guest")
        bot = translate("AttendanceReviewDialog", "Note-taking bot")
        organiser = translate("AttendanceReviewDialog", "Organiser / trainer")
        aside = [[p.name, p.email or "—", _minutes(p.seconds), guest] for p in result.guests]
        aside += [[p.name, p.email or "—", _minutes(p.seconds), bot] for p in result.bots]
        aside += [[p.name, p.email or "—", _minutes(p.seconds), organiser] for p in result.organizers]
        _fill(self.aside_table, aside)
        _fill(self.missing_table, [[c.name, c.email or "—"] for c in result.not_in_report])
        still = len(result.unmatched)
        counts = (
            len(result.attended),
            len(result.below_threshold),
            len(self._unmatched),
            len(aside),
            len(result.not_in_report),
        )
        for index, (title, n) in enumerate(zip(TAB_TITLES, counts, strict=True)):
            self.tabs.setTabText(
                index,
                translate("AttendanceReviewDialog", "{title} ({n})").format(
                    title=translate("AttendanceReviewDialog", title), n=formatting.number(n)
                ),
            )
        minutes = (result.required_seconds + 59) // 60
        matched = plural(
            len(result.matches),
            translate(
                "AttendanceReviewDialog",
                "{n} participant matched: {attended} attended (present {minutes} min or more), "
                "{below} will be marked absent.",
            ),
            translate(
                "AttendanceReviewDialog",
                "{n} participants matched: {attended} attended (present {minutes} min or more), "
                "{below} will be marked absent.",
            ),
        ).format(
            attended=formatting.number(len(result.attended)),
            minutes=formatting.number(minutes),
            below=formatting.number(len(result.below_threshold)),
        )
        if still:
            rest = plural(
                still,
                translate(
                    "AttendanceReviewDialog",
                    "{n} participant is still unmatched: match them by hand or leave them out.",
                ),
                translate(
                    "AttendanceReviewDialog",
                    "{n} participants are still unmatched: match them by hand or leave them out.",
                ),
            )
        else:
            rest = translate("AttendanceReviewDialog", "Everyone in the report is matched or set aside.")
        self.explain.setText(f"{matched} {rest}")
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        return result

    def accept(self) -> None:
        try:
            self.outcome = self._attendance.apply(
                self.session_id, self.report, threshold=self.share(), manual=self.manual
            )
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
