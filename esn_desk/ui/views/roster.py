"""The Ambassadors page: the roster and the recruitment pipeline, with approval actions on a selection."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core import i18n
from esn_desk.core.activities import ActivityService
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing.roster import shown_history_text
from esn_desk.core.kit.tracking import KitService
from esn_desk.core.programme import (
    PIPELINE,
    STATUS_LABELS,
    STATUSES,
    ProgrammeService,
    allowed_transitions,
    approval_steps,
    privilege_label,
    role_label,
    source_label,
    status_label,
)
from esn_desk.core.training import TrainingService
from esn_desk.ui import formatting, style
from esn_desk.ui.dialogs.ambassador_edit import AmbassadorEditDialog
from esn_desk.ui.dialogs.recruitment_rules import RecruitmentRulesDialog
from esn_desk.ui.kit.tracking import KitSection
from esn_desk.ui.models.base import Index, ListTableModel
from esn_desk.ui.undo import RosterUndoStack
from esn_desk.ui.views.activities import ActivitySection
from esn_desk.ui.views.base import DetailPanel, EmptyState, Page
from esn_desk.ui.views.training_section import TrainingSection

# Texts of the module-level tables are translated where they are shown (context "RosterPage").
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("RosterPage", "Name")),
    ("role", QT_TRANSLATE_NOOP("RosterPage", "Role")),
    ("status", QT_TRANSLATE_NOOP("RosterPage", "Status")),
    ("site", QT_TRANSLATE_NOOP("RosterPage", "Site")),
    ("department", QT_TRANSLATE_NOOP("RosterPage", "Department")),
    ("country", QT_TRANSLATE_NOOP("RosterPage", "Country")),
    ("source", QT_TRANSLATE_NOOP("RosterPage", "Source")),
    ("applied_on", QT_TRANSLATE_NOOP("RosterPage", "Applied / nominated")),
)
# (target status, button text, icon)
ACTIONS = (
    ("hr_validated", QT_TRANSLATE_NOOP("RosterPage", "HR validates"), "check"),
    ("manager_confirmed", QT_TRANSLATE_NOOP("RosterPage", "Manager confirms"), "check-all"),
    ("active", QT_TRANSLATE_NOOP("RosterPage", "Activate"), "play"),
    ("paused", QT_TRANSLATE_NOOP("RosterPage", "Pause"), "pause"),
    ("alumni", QT_TRANSLATE_NOOP("RosterPage", "Alumni"), "exit-run"),
    ("declined", QT_TRANSLATE_NOOP("RosterPage", "Decline…"), "close-circle-outline"),
    ("withdrawn", QT_TRANSLATE_NOOP("RosterPage", "Withdrawn…"), "close-circle-outline"),
)
# The step dialog's title where the button's caption is no verb ("Alumni"): "{action}: {who}" otherwise.
STEP_TITLES = {
    "paused": QT_TRANSLATE_NOOP("RosterPage", "Pause: {who}"),
    "alumni": QT_TRANSLATE_NOOP("RosterPage", "Move to alumni: {who}"),
}
# What an undo of a bulk move is called: "Validate 12 candidates", "Pause Thérèse Lœuvre".
UNDO_TEXTS = {
    "hr_validated": QT_TRANSLATE_NOOP("RosterPage", "Validate {who}"),
    "manager_confirmed": QT_TRANSLATE_NOOP("RosterPage", "Confirm {who}"),
    "active": QT_TRANSLATE_NOOP("RosterPage", "Activate {who}"),
    "paused": QT_TRANSLATE_NOOP("RosterPage", "Pause {who}"),
    "alumni": QT_TRANSLATE_NOOP("RosterPage", "Move {who} to alumni"),
    "declined": QT_TRANSLATE_NOOP("RosterPage", "Decline {who}"),
    "withdrawn": QT_TRANSLATE_NOOP("RosterPage", "Withdraw {who}"),
}
# The pipeline as tabs: everyone, then one tab per stage (each shows its count). A one-status tab is
# named by its status (status_label), the others by their text (see stage_text).
STAGES = (
    (QT_TRANSLATE_NOOP("RosterPage", "All"), ()),
    (QT_TRANSLATE_NOOP("RosterPage", "New candidates"), ("applied", "nominated")),
    *((STATUS_LABELS[s], (s,)) for s in STATUSES[2:7]),
    (QT_TRANSLATE_NOOP("RosterPage", "Declined / withdrawn"), ("declined", "withdrawn")),
)
FACET_LABELS = {
    "role": QT_TRANSLATE_NOOP("RosterPage", "All roles"),
    "site": QT_TRANSLATE_NOOP("RosterPage", "All sites"),
    "department": QT_TRANSLATE_NOOP("RosterPage", "All departments"),
    "country": QT_TRANSLATE_NOOP("RosterPage", "All countries"),
    "source": QT_TRANSLATE_NOOP("RosterPage", "All sources"),
}


def stage_text(text: str, statuses: tuple[str, ...]) -> str:
    """A pipeline tab's name in the interface language."""
    return status_label(statuses[0]) if len(statuses) == 1 else translate("RosterPage", text)


def action_text(status: str) -> str:
    """The caption of the button that moves the selection to ``status``."""
    return translate("RosterPage", next(text for s, text, _ in ACTIONS if s == status))


class RosterModel(ListTableModel):
    """Roster rows (dicts from :meth:`ProgrammeService.roster`); leavers are italic."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("RosterPage", title) for _, title in COLUMNS), parent)
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.items[index.row()]
        left = row["person_status"] == "left"
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "status":
                status = status_label(row["status"])
                return (
                    translate("RosterPage", "{status}  ⚠ left the company").format(status=status)
                    if left
                    else status
                )
            if key == "applied_on":
                return formatting.date_text(row["applied_on"])
            if key == "role":
                return role_label(row["role"] or "")
            if key == "source":
                return source_label(row["source"] or "")
            return row[key] or ""
        if role == Qt.ItemDataRole.FontRole and left:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and left:
            return style.warning_color()
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class StepDialog(QDialog):
    """Who does this step, and a note (required to decline)."""

    def __init__(self, title: str, who: str, *, note_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText(translate("StepDialog", "Name of the person who decides"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("StepDialog", "Why (kept in the history)")
            if note_required
            else translate("StepDialog", "Note (optional)")
        )
        self.note.setFixedHeight(80)
        self._required = note_required
        form = QFormLayout(self)
        form.addRow(translate("StepDialog", "By"), self.who)
        form.addRow(translate("StepDialog", "Note"), self.note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self._required and not self.note.toPlainText().strip():
            self.error.setText(
                translate("StepDialog", "Say why: the note is kept in the candidate's history.")
            )
            return
        super().accept()


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AmbassadorPanel(DetailPanel):
    ROWS = (
        ("role", QT_TRANSLATE_NOOP("AmbassadorPanel", "Role")),
        ("entry", QT_TRANSLATE_NOOP("AmbassadorPanel", "Came in by")),
        ("hr", QT_TRANSLATE_NOOP("AmbassadorPanel", "HR validation")),
        ("manager", QT_TRANSLATE_NOOP("AmbassadorPanel", "Manager")),
        ("objective", QT_TRANSLATE_NOOP("AmbassadorPanel", "Objective")),
        ("privileges", QT_TRANSLATE_NOOP("AmbassadorPanel", "Privileges")),
        ("community", QT_TRANSLATE_NOOP("AmbassadorPanel", "Community")),
        ("override", QT_TRANSLATE_NOOP("AmbassadorPanel", "Eligibility")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(300, parent)
        layout = self.body_layout
        self.name = _value()
        self.name.setProperty("role", "detail-name")
        self.status = _value()
        layout.addWidget(self.name)
        layout.addWidget(self.status)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.values: dict[str, QLabel] = {}
        for key, caption in self.ROWS:
            self.values[key] = _value()
            form.addRow(style.label(translate("AmbassadorPanel", caption), "muted"), self.values[key])
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(style.label(translate("AmbassadorPanel", "HISTORY"), "section"))
        self.history = _value()
        layout.addWidget(self.history)
        layout.addStretch()

    def show_candidacy(self, service: ProgrammeService, ambassador_id: int | None) -> None:
        candidacy = service.get(ambassador_id) if ambassador_id is not None else None
        self.setVisible(candidacy is not None)
        if candidacy is None:
            return
        f = candidacy.fields
        self.name.setText(candidacy.name)
        self.status.setText(status_label(candidacy.status))
        privileges = ", ".join(privilege_label(p) for p in json.loads(f["privileges"] or "[]"))
        objective = f["objective"] or "—"
        if f["objective_due"]:
            objective = translate("AmbassadorPanel", "{objective} (by {date})").format(
                objective=objective, date=formatting.date_text(f["objective_due"])
            )
        entry = (
            translate("AmbassadorPanel", "Nomination")
            if candidacy.entry == "nomination"
            else translate("AmbassadorPanel", "Application")
        )
        source = f" · {source_label(candidacy.source)}" if candidacy.source else ""
        hr = translate("AmbassadorPanel", "{date} by {name}").format(
            date=formatting.date_text(f["hr_validated_on"]), name=f["hr_validated_by"]
        )
        manager = translate("AmbassadorPanel", "confirmed {date} by {name}").format(
            date=formatting.date_text(f["manager_confirmed_on"]), name=f["manager_confirmed_by"]
        )
        shown = {
            "role": role_label(candidacy.role),
            "entry": f"{entry}{source} · {formatting.date_text(candidacy.applied_on)}",
            "hr": hr if f["hr_validated_on"] else "—",
            "manager": manager if f["manager_confirmed_on"] else "—",
            "objective": objective,
            "privileges": privileges or "—",
            "community": translate("AmbassadorPanel", "Member")
            if f["community_member"]
            else translate("AmbassadorPanel", "Not yet"),
            "override": translate("AmbassadorPanel", "Exception: {note}").format(
                note=f["eligibility_override"]
            )
            if f["eligibility_override"]
            else translate("AmbassadorPanel", "Eligible"),
        }
        if f["refusal_reason"]:
            shown["hr"] = translate("AmbassadorPanel", "Declined by {name}: {reason}").format(
                name=f["refused_by"] or "?", reason=f["refusal_reason"]
            )
        for key, value in shown.items():
            self.values[key].setText(value)
        lines = []
        for event in reversed(service.history(candidacy.id)):
            when, status = formatting.date_text(event.at), status_label(event.to_status)
            line = (
                translate("AmbassadorPanel", "{date}: {status} by {name}").format(
                    date=when, status=status, name=shown_history_text(event.by)
                )
                if event.by
                else translate("AmbassadorPanel", "{date}: {status}").format(date=when, status=status)
            )
            note = f" — {shown_history_text(event.note)}" if event.note else ""
            lines.append(f"• {line}{note}")
        self.history.setText("\n".join(lines))
        self.fit()


class RosterPage(Page):
    """Signals: ``changed()`` after an approval action (the window refreshes the other pages)."""

    key = "roster"
    title = QT_TRANSLATE_NOOP("Pages", "Ambassadors")
    icon_name = "account-star"
    changed = Signal()

    def __init__(
        self,
        programme: ProgrammeService,
        parent: QWidget | None = None,
        *,
        undo_stack: RosterUndoStack | None = None,
        activities: ActivityService | None = None,
        kit: KitService | None = None,
        training: TrainingService | None = None,
    ) -> None:
        super().__init__(parent)
        self._programme = programme
        self._undo = undo_stack  # where each edit is recorded (None: edits cannot be undone)
        self.model = RosterModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RosterPage", "Search name, email, site, department…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("RosterPage", "Search the roster"))
        self.stages = QTabBar()
        self.stages.setAccessibleName(translate("RosterPage", "Pipeline stage"))
        self.stages.setDrawBase(False)
        self.stages.setExpanding(False)
        self.stages.setStyleSheet("QTabBar::tab { padding: 5px 8px; }")  # all stages fit at 1280 px
        for text, statuses in STAGES:
            index = self.stages.addTab(stage_text(text, statuses))
            self.stages.setTabData(index, statuses)
            if len(statuses) == 2:
                tip = translate("RosterPage", "{first} or {second}").format(
                    first=status_label(statuses[0]), second=status_label(statuses[1])
                )
            else:
                tip = status_label(statuses[0]) if statuses else translate("RosterPage", "Everyone")
            self.stages.setTabToolTip(index, tip)
        self.facets: dict[str, QComboBox] = {}
        for facet, label in FACET_LABELS.items():
            everyone = translate("RosterPage", label)
            combo = QComboBox()
            combo.setAccessibleName(everyone)
            combo.addItem(everyone, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(170)
            combo.currentIndexChanged.connect(self.reload)
            self.facets[facet] = combo
        self.summary = style.label("", "muted")
        self.table = QTableView()
        self.table.setAccessibleName(translate("RosterPage", "Ambassadors and candidates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 130, 170, 160, 160, 80, 200)):
            header.resizeSection(column, width)
        self.panel = AmbassadorPanel()
        # What the selected ambassador did, under their history (None: no activity log on this page).
        self.activity_section = ActivitySection(activities) if activities is not None else None
        if self.activity_section is not None:
            self.activity_section.changed.connect(self.panel.fit)
            layout = self.panel.body_layout
            layout.insertWidget(layout.count() - 1, self.activity_section)  # above the final stretch
        # What of the visibility kit the selected ambassador was prepared and given (None: not shown).
        self.training_section = TrainingSection(training, programme) if training is not None else None
        if self.training_section is not None:
            layout = self.panel.body_layout
            layout.insertWidget(layout.count() - 1, self.training_section)
        self.kit_section = KitSection(kit) if kit is not None else None
        if self.kit_section is not None:
            self.kit_section.changed.connect(self.panel.fit)
            self.kit_section.changed.connect(self.changed)
            layout = self.panel.body_layout
            layout.insertWidget(layout.count() - 1, self.kit_section)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 340])
        self.splitter.setChildrenCollapsible(False)

        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for status, _text, icon_name in ACTIONS:
            button = QPushButton(style.icon(icon_name), action_text(status))
            button.clicked.connect(lambda _=False, s=status: self.move_selection(s))
            self.action_buttons[status] = button
            actions.addWidget(button)
        actions.addStretch()
        self.edit_button = QPushButton(style.icon("cog-outline"), translate("RosterPage", "Edit…"))
        self.edit_button.setToolTip(
            translate("RosterPage", "Role, objective, privileges, community membership and notes")
        )
        self.edit_button.clicked.connect(self.edit_current)
        actions.addWidget(self.edit_button)
        self.copy_button = QPushButton(style.icon("content-copy"), translate("RosterPage", "Copy emails"))
        self.copy_button.setToolTip(
            translate(
                "RosterPage", "Copy the selected people's email addresses (for the community mailing list)"
            )
        )
        self.copy_button.clicked.connect(self.copy_emails)
        actions.addWidget(self.copy_button)

        self.empty = EmptyState(
            "account-star",
            translate("RosterPage", "No ambassador yet"),
            translate(
                "RosterPage",
                "Recruit from the Directory: select a volunteer or someone you spotted and choose “Add to "
                "the programme…”. Candidates then go through the approval steps set for this programme.",
            ),
        )
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(style.SPACING)
        filters = QHBoxLayout()
        self.search.setMinimumWidth(220)
        filters.addWidget(self.search, 3)
        for combo in self.facets.values():
            filters.addWidget(combo)
        main_layout.addWidget(self.stages)
        main_layout.addLayout(filters)
        main_layout.addLayout(actions)
        main_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(main)
        self.stack.addWidget(self.empty)
        self.rules_button = QPushButton(
            style.icon("cog-outline"), translate("RosterPage", "Recruitment rules…")
        )
        self.rules_button.setToolTip(
            translate("RosterPage", "Approval flow, eligibility rules, roles and sources of this programme")
        )
        self.rules_button.clicked.connect(self.edit_rules)
        outer = self.page_layout(self.summary, self.rules_button)
        outer.addWidget(self.stack, 1)

        self.search.textChanged.connect(self.reload)
        self.stages.currentChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        # The toolbar is full: logging an activity is in the table's context menu, Ctrl+L and the panel.
        self.log_action = QAction(
            style.icon("calendar-check"), translate("RosterPage", "Log activity…"), self
        )
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_action.triggered.connect(self.log_activity)
        if self.activity_section is not None:
            self.addAction(self.log_action)
            self.table.addAction(self.log_action)
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.invalidate()  # computed when first shown

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        counts = self._programme.counts_by_status()
        flow_steps = approval_steps(self._programme.rules().flow)
        for index, (text, statuses) in enumerate(STAGES):
            count = sum(counts[s] for s in statuses) if statuses else sum(counts.values())
            self.stages.setTabText(index, f"{stage_text(text, statuses)} ({formatting.number(count)})")
            # A step this programme's flow does not have is hidden unless someone is there.
            skipped = set(statuses) <= {"hr_validated", "manager_confirmed"} - set(flow_steps)
            self.stages.setTabVisible(index, not (statuses and skipped and not count))
        self._fill_facets()
        waiting = sum(counts[s] for s in PIPELINE)
        self.summary.setText(
            translate(
                "RosterPage", "{active} active · {waiting} waiting for approval · {paused} paused"
            ).format(
                active=formatting.number(counts["active"]),
                waiting=formatting.number(waiting),
                paused=formatting.number(counts["paused"]),
            )
        )
        self.stack.setCurrentIndex(0 if any(counts.values()) else 1)
        self.reload()

    def reload(self, *_: Any) -> None:
        selected = set(self.selected_ids())
        statuses = self.stages.tabData(self.stages.currentIndex()) or ()
        filters = {f: c.currentData() for f, c in self.facets.items() if c.currentData() is not None}
        self.model.set_items(
            self._programme.roster(statuses=statuses, text=self.search.text(), filters=filters)
        )
        for row, item in enumerate(self.model.items):
            if item["id"] in selected:
                self.table.selectRow(row)
        if not self.table.selectionModel().hasSelection() and self.model.items:
            self.table.selectRow(0)
        self._selection_changed()

    def _fill_facets(self) -> None:
        """Offer, in each filter, the values present in the programme; keep the current choices."""
        for facet, values in self._programme.roster_facets().items():
            combo = self.facets[facet]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("RosterPage", FACET_LABELS[facet]), None)
            shown = {"role": role_label, "source": source_label}.get(facet, str)
            for value in values:
                combo.addItem(shown(value) if value else translate("RosterPage", "(not set)"), value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def set_stage(self, status: str | None) -> None:
        """Show the tab of ``status`` (None: everyone)."""
        for index, (_text, statuses) in enumerate(STAGES):
            if (status is None and not statuses) or (status is not None and status in statuses):
                self.stages.setCurrentIndex(index)
                return

    def selected_rows(self) -> list[dict[str, Any]]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows if r < len(self.model.items)]

    def selected_ids(self) -> list[int]:
        return [r["id"] for r in self.selected_rows()]

    def _selection_changed(self, *_: Any) -> None:
        rows = self.selected_rows()
        flow = self._programme.rules().flow
        for status, button in self.action_buttons.items():
            possible = sum(1 for r in rows if status in allowed_transitions(r["status"], flow))
            button.setEnabled(possible > 0)
            label = action_text(status)
            button.setText(
                label if possible <= 1 else f"{label.rstrip('…')} ({possible}){'…' * label.endswith('…')}"
            )
        button_manager = self.action_buttons["manager_confirmed"]
        button_manager.setVisible(flow == "hr_then_manager")
        self.action_buttons["hr_validated"].setVisible(flow != "none")
        self.copy_button.setEnabled(any(r["email"] for r in rows))
        self.edit_button.setEnabled(len(rows) == 1)
        self.panel.show_candidacy(self._programme, rows[0]["id"] if len(rows) == 1 else None)
        self.log_action.setEnabled(len(rows) == 1)
        if self.activity_section is not None:
            one = rows[0] if len(rows) == 1 else None
            self.activity_section.show_for(one["id"] if one else None, one["name"] if one else "")
        if self.kit_section is not None:
            self.kit_section.show_for(rows[0]["id"] if len(rows) == 1 else None)
        if self.training_section is not None:
            self.training_section.show_for(rows[0]["id"] if len(rows) == 1 else None)

    # -- actions ------------------------------------------------------------------------------------
    def move_selection(self, status: str) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        label = action_text(status).rstrip("…")
        names = (
            rows[0]["name"]
            if len(rows) == 1
            else formatting.plural(
                len(rows), translate("RosterPage", "person"), translate("RosterPage", "people")
            )
        )
        who = (
            self._programme.manager_of(rows[0]["id"])
            if status == "manager_confirmed" and len(rows) == 1
            else ""
        )
        if status in STEP_TITLES:
            title = translate("RosterPage", STEP_TITLES[status]).format(who=names)
        else:
            title = translate("RosterPage", "{action}: {who}").format(action=label, who=names)
        dialog = StepDialog(title, who, note_required=status == "declined", parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        before = self._programme.snapshot(ambassador_ids=[r["id"] for r in rows])
        try:
            result = self._programme.transition_many(
                [r["id"] for r in rows],
                status,
                by=dialog.who.text().strip(),
                note=dialog.note.toPlainText().strip(),
            )
        except UserError as exc:
            QMessageBox.warning(self, translate("RosterPage", "Cannot do this"), str(exc))
            return
        if self._undo is not None and result.changed:
            moved = [r for r in rows if r["id"] in set(result.changed)]
            noun = (
                (translate("RosterPage", "ambassador"), translate("RosterPage", "ambassadors"))
                if all(r["status"] in ("active", "paused") for r in moved)
                else (translate("RosterPage", "candidate"), translate("RosterPage", "candidates"))
            )
            who = moved[0]["name"] if len(moved) == 1 else formatting.plural(len(moved), *noun)
            self._undo.record(
                translate("RosterPage", UNDO_TEXTS[status]).format(who=who),
                before,
                self._programme.snapshot(ambassador_ids=[r["id"] for r in rows]),
            )
        if result.skipped:
            moved_text = i18n.plural(
                len(result.changed),
                translate("RosterPage", "{n} person was moved. Not moved:"),
                translate("RosterPage", "{n} people were moved. Not moved:"),
            )
            QMessageBox.information(
                self,
                translate("RosterPage", "Some were left as they were"),
                moved_text + "\n\n" + "\n".join(why for _, why in result.skipped[:15]),
            )
        self.refresh()
        self.changed.emit()

    def edit_current(self) -> AmbassadorEditDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        dialog = AmbassadorEditDialog(self._programme, rows[0]["id"], self)
        if self._undo is not None:
            undo, ambassador_id = self._undo, rows[0]["id"]
            before = self._programme.snapshot(ambassador_ids=[ambassador_id])
            dialog.accepted.connect(
                lambda: undo.record(
                    translate("RosterPage", "Edit {name}").format(name=rows[0]["name"]),
                    before,
                    self._programme.snapshot(ambassador_ids=[ambassador_id]),
                )
            )
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def log_activity(self) -> QDialog | None:
        """Open "Log activity" for the selected ambassador (window-modal, non-blocking)."""
        if self.activity_section is None or len(self.selected_rows()) != 1:
            return None
        return self.activity_section.log_activity()

    def edit_rules(self) -> RecruitmentRulesDialog:
        dialog = RecruitmentRulesDialog(self._programme, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def copy_emails(self) -> None:
        emails = [r["email"] for r in self.selected_rows() if r["email"]]
        QGuiApplication.clipboard().setText("; ".join(emails))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("splitter")
        if state is not None:
            self.splitter.restoreState(state)


__all__ = ["QModelIndex", "RosterPage"]
