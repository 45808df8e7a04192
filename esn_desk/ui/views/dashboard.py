"""The Dashboard: where the programme stands, for the change manager and the steering committee."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.adoption import AdoptionService
from esn_desk.core.coverage import CoverageService, total
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.programme import PIPELINE, ProgrammeService, approval_steps
from esn_desk.core.settings import SettingsService
from esn_desk.core.training import TrainingService, format_label, kind_label
from esn_desk.ui import formatting, style
from esn_desk.ui.dialogs.privacy import DueForDeletionDialog, due_text
from esn_desk.ui.views.adoption_charts import AdoptionChart, TrendChart, percent, points
from esn_desk.ui.views.base import Page
from esn_desk.ui.views.coverage import CoverageChart

if TYPE_CHECKING:
    from esn_desk.core.backups import BackupService
    from esn_desk.core.privacy import PrivacyService

# The pipeline chart's bars, shown as translate("DashboardPage", label).
STAGES = (
    (QT_TRANSLATE_NOOP("DashboardPage", "Applied / nominated"), ("applied", "nominated")),
    (QT_TRANSLATE_NOOP("DashboardPage", "HR-validated"), ("hr_validated",)),
    (QT_TRANSLATE_NOOP("DashboardPage", "Manager-confirmed"), ("manager_confirmed",)),
    (QT_TRANSLATE_NOOP("DashboardPage", "Active"), ("active",)),
    (QT_TRANSLATE_NOOP("DashboardPage", "Paused"), ("paused",)),
)
# The "waiting for approval" card's line: "3 applied · 1 HR-validated" (French: « candidats : 3 »).
WAITING = {
    "applied": QT_TRANSLATE_NOOP("DashboardPage", "{n} applied"),
    "nominated": QT_TRANSLATE_NOOP("DashboardPage", "{n} nominated"),
    "hr_validated": QT_TRANSLATE_NOOP("DashboardPage", "{n} HR-validated"),
    "manager_confirmed": QT_TRANSLATE_NOOP("DashboardPage", "{n} manager-confirmed"),
}


class Card(QFrame):
    """A headline figure with its caption and a line of context."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("–")
        self.value.setProperty("role", "page-title")
        self.caption = style.label(caption)
        self.caption.setWordWrap(True)
        self.context = style.label("", "muted")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.context)

    def set(self, value: str, context: str = "") -> None:
        self.value.setText(value)
        self.context.setText(context)


class DueCard(QFrame):
    """People past the retention period: shown only when someone is due, with "Review and delete…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(12)
        icon = QLabel()
        icon.setPixmap(style.icon("delete-outline", color=style.warning_color().name()).pixmap(28, 28))
        layout.addWidget(icon)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = style.label(translate("DueCard", "DUE FOR DELETION"), "section")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout.addLayout(texts, 1)
        self.button = QPushButton(translate("DueCard", "Review and delete…"))
        layout.addWidget(self.button)


class PipelineChart(QWidget):
    """Funnel of the recruitment pipeline: one bar per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stages: list[tuple[str, int]] = []
        self.highlighted = ""  # the stage drawn in the accent colour (the active ambassadors)
        self.setMinimumHeight(170)

    def set_stages(self, stages: list[tuple[str, int]], highlighted: str = "") -> None:
        self.stages = stages
        self.highlighted = highlighted
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 28 * len(self.stages))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        top = max((n for _, n in self.stages), default=0) or 1
        # 150 px, or what the longest stage name needs (French names are longer), up to half the width.
        metrics = painter.fontMetrics()
        needed = max((metrics.horizontalAdvance(label) + 12 for label, _ in self.stages), default=0)
        label_width = max(150, min(needed, self.width() // 2))
        width = max(self.width() - label_width - 70, 40)
        for i, (label, count) in enumerate(self.stages):
            y = 8 + i * 28
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width - 8, 22),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar = width * count / top
            x = label_width + (width - bar) / 2  # centred: reads as a funnel
            color = (
                QColor(style.ACCENT)
                if label == self.highlighted
                else QColor(style.ACCENT).lighter(140 + 10 * (i % 2))
            )
            painter.fillRect(QRectF(x, y + 3, max(bar, 2), 16), color)
            painter.drawText(
                QRectF(label_width + width + 8, y, 60, 22),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                formatting.number(count),
            )
        painter.end()


class DashboardPage(Page):
    """Signals: ``open_ambassadors()`` when the user asks to act on the "needs attention" list;
    ``people_erased()`` after the leavers due for deletion were deleted from here."""

    key = "dashboard"
    title = QT_TRANSLATE_NOOP("Pages", "Dashboard")
    icon_name = "view-dashboard-outline"
    open_ambassadors = Signal()
    people_erased = Signal()

    def __init__(
        self,
        programme: ProgrammeService,
        coverage: CoverageService,
        settings: SettingsService,
        adoption: AdoptionService,
        parent: QWidget | None = None,
        *,
        training: TrainingService | None = None,
        privacy: PrivacyService | None = None,
        backups: BackupService | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._privacy = privacy
        self._backups = backups
        self._read_only = read_only
        self.due: list[tuple[int, str, str]] = []
        self._retention_months = 24
        self.due_card = DueCard()
        self.due_card.hide()  # only when someone is due: never an empty card
        self.due_card.button.clicked.connect(self.review_due)
        self._programme = programme
        self._coverage = coverage
        self._settings = settings
        self._adoption = adoption
        self.active = Card(translate("DashboardPage", "active ambassadors"))
        self.waiting = Card(translate("DashboardPage", "waiting for approval"))
        self.uncovered = Card(translate("DashboardPage", "sites where nobody helps yet"))
        self.adoption = Card(translate("DashboardPage", "of employees publish"))
        self.left = Card(translate("DashboardPage", "ambassadors who left the company"))
        cards = QHBoxLayout()
        for card in (self.active, self.waiting, self.uncovered, self.adoption, self.left):
            cards.addWidget(card, 1)
        self.pipeline = PipelineChart()
        self.trend = TrendChart()
        self.coverage_chart = CoverageChart(row_height=22)
        self.adoption_chart = AdoptionChart(row_height=22)
        self.attention = QListWidget()
        self.attention.setAccessibleName(translate("DashboardPage", "Needs attention"))
        self.attention.setMinimumHeight(120)
        self.attention.itemActivated.connect(lambda _item: self.open_ambassadors.emit())
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.SPACING * 2)
        grid.addWidget(style.label(translate("DashboardPage", "PIPELINE"), "section"), 0, 0)
        grid.addWidget(
            style.label(translate("DashboardPage", "ADOPTION OVER TIME (USAGE IMPORTS)"), "section"), 0, 1
        )
        grid.addWidget(self.pipeline, 1, 0)
        grid.addWidget(self.trend, 1, 1)
        grid.addWidget(
            style.label(translate("DashboardPage", "COVERAGE BY SITE AGAINST THE TARGET"), "section"), 2, 0
        )
        grid.addWidget(
            style.label(translate("DashboardPage", "ADOPTION BY SITE AGAINST THE TIPPING POINT"), "section"),
            2,
            1,
        )
        grid.addWidget(self.coverage_chart, 3, 0)
        grid.addWidget(self.adoption_chart, 3, 1)
        self.upcoming = QListWidget()
        self.upcoming.setAccessibleName(translate("DashboardPage", "Upcoming training"))
        self.upcoming.setMinimumHeight(120)
        grid.addWidget(style.label(translate("DashboardPage", "NEEDS ATTENTION"), "section"), 4, 0)
        grid.addWidget(self.attention, 5, 0)
        grid.addWidget(style.label(translate("DashboardPage", "UPCOMING TRAINING"), "section"), 4, 1)
        grid.addWidget(self.upcoming, 5, 1)
        if training is None:
            self.upcoming.hide()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        # The page scrolls on small screens rather than squeezing the charts.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.due_card)
        body_layout.addLayout(cards)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = self.page_layout()
        outer.addWidget(scroll, 1)
        self.invalidate()  # computed when shown (it is the first page, so usually at once)

    def refresh(self, *_: Any) -> None:
        settings = self._settings.load()
        self._refresh_due(settings.retention_months)
        per_100 = settings.ambassador_target_per_100
        counts = self._programme.counts_by_status()
        rules = self._programme.rules()
        sites = self._coverage.coverage("site", per_100, scope=rules.scope())
        whole = total(sites, per_100)
        share = (
            translate("DashboardPage", "{percent} of the target").format(
                percent=percent(whole.ambassadors / whole.target_ambassadors, 0)
            )
            if whole.target_ambassadors
            else ""
        )
        target = (
            translate("DashboardPage", "target: 1 per {n} active employees").format(
                n=formatting.number(round(100 / per_100))
            )
            if per_100
            else ""
        )
        self.active.set(
            f"{formatting.number(counts['active'])} / {formatting.number(whole.target_ambassadors)}",
            f"{target} · {share}" if per_100 else "",
        )
        self.waiting.set(
            formatting.number(sum(counts[s] for s in PIPELINE)),
            " · ".join(
                translate("DashboardPage", WAITING[s]).format(n=formatting.number(counts[s]))
                for s in PIPELINE
                if counts[s]
            ),
        )
        nobody = [r.population for r in sites if r.ambassadors == 0 and r.employees]
        below = [r.population for r in sites if r.missing and r.ambassadors]
        more = (
            plural(
                len(below),
                translate("DashboardPage", "{n} more site below target."),
                translate("DashboardPage", "{n} more sites below target."),
            )
            if below
            else ""
        )
        self.uncovered.set(
            formatting.number(len(nobody)),
            (", ".join(nobody) + ". " if nobody else "") + more,
        )
        attention = self._programme.needs_attention(waiting_days=settings.attention_after_days)
        left = [a for a in attention if a.kind == "left_company"]
        self.left.set(
            formatting.number(len(left)),
            translate("DashboardPage", "flagged on the roster")
            if left
            else translate("DashboardPage", "none"),
        )
        tipping = settings.tipping_point
        periods = self._adoption.periods()
        by_site = self._adoption.by_population("site") if periods else []
        if periods:
            latest = periods[-1]
            reached = sum(1 for a in by_site if a.reached(tipping))
            context = [
                translate("DashboardPage", "tipping point {percent}").format(percent=percent(tipping, 0)),
                translate("DashboardPage", "{reached} of {sites} sites reached").format(
                    reached=formatting.number(reached), sites=formatting.number(len(by_site))
                ),
            ]
            if len(periods) > 1:
                context.append(
                    translate("DashboardPage", "{change} since the previous import").format(
                        change=points(latest.contributors_share - periods[-2].contributors_share)
                    )
                )
            self.adoption.set(percent(latest.contributors_share), " · ".join(context))
        else:
            self.adoption.set(
                "–", translate("DashboardPage", "no usage data yet: File → Import ESN usage export…")
            )
        self.trend.set_periods(periods, tipping)
        self.adoption_chart.set_rows(by_site, tipping)
        # A step the flow does not have gets no bar (unless someone is still there from before).
        skipped = {"hr_validated", "manager_confirmed"} - set(approval_steps(rules.flow))
        self.pipeline.set_stages(
            [
                (translate("DashboardPage", label), sum(counts[s] for s in statuses))
                for label, statuses in STAGES
                if not set(statuses) <= skipped or any(counts[s] for s in statuses)
            ],
            highlighted=translate("DashboardPage", "Active"),
        )
        self.coverage_chart.set_rows(sites)
        self.attention.clear()
        for row in [r for r in sites if r.missing]:
            text = translate(
                "DashboardPage", "{population}: {ambassadors} of {target} ambassadors — {missing} to recruit"
            )
            QListWidgetItem(
                "⚠  "
                + text.format(
                    population=row.population,
                    ambassadors=formatting.number(row.ambassadors),
                    target=formatting.number(row.target_ambassadors),
                    missing=formatting.number(row.missing),
                ),
                self.attention,
            )
        for a in by_site:
            if not a.reached(tipping) and a.employees:
                text = plural(
                    a.contributors_missing(tipping),
                    translate(
                        "DashboardPage",
                        "{population}: {share} publish — {n} more contributor to reach the tipping point",
                    ),
                    translate(
                        "DashboardPage",
                        "{population}: {share} publish — {n} more contributors to reach the tipping point",
                    ),
                )
                QListWidgetItem(
                    "•  " + text.format(population=a.population, share=percent(a.contributors_share)),
                    self.attention,
                )
        for item in attention:
            QListWidgetItem(
                ("⚠  " if item.kind == "left_company" else "•  ")
                + translate("DashboardPage", "{name}: {detail}").format(name=item.name, detail=item.detail),
                self.attention,
            )
        if self._training is not None:
            untrained = self._training.missing_trainings()
            if untrained:
                kinds = sorted({kind_label(k) for m in untrained for k in m.missing_kinds})
                text = plural(
                    len(untrained),
                    translate("DashboardPage", "{n} active ambassador still needs training ({kinds})"),
                    translate("DashboardPage", "{n} active ambassadors still need training ({kinds})"),
                )
                QListWidgetItem("•  " + text.format(kinds=", ".join(kinds)), self.attention)
            self._fill_upcoming()
        if not self.attention.count():
            QListWidgetItem(translate("DashboardPage", "Nothing needs your attention."), self.attention)

    def _refresh_due(self, months: int) -> None:
        """One indexed query: the leavers past the retention period."""
        self.due = self._privacy.leavers_due(months) if self._privacy is not None else []
        self._retention_months = months
        self.due_card.text.setText(due_text(len(self.due), months) if self.due else "")
        self.due_card.setVisible(bool(self.due))

    def review_due(self) -> DueForDeletionDialog | None:
        """The people due for deletion, with "Delete all N" (disabled when read-only)."""
        if self._privacy is None or not self.due:
            return None
        dialog = DueForDeletionDialog(
            self._privacy,
            self._backups,
            self.due,
            self._retention_months,
            read_only=self._read_only,
            parent=self,
        )
        dialog.erased.connect(self._erased)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _erased(self, _reports: list[Any]) -> None:
        self.refresh()
        self.people_erased.emit()

    def _fill_upcoming(self) -> None:
        assert self._training is not None
        self.upcoming.clear()
        for session in self._training.upcoming(limit=6):
            if session.cancelled:
                continue
            start = session.starts_at
            seats = (
                f"{formatting.number(session.seated)}/{formatting.number(session.capacity)}"
                if session.capacity
                else plural(
                    session.seated,
                    translate("DashboardPage", "{n} person invited"),
                    translate("DashboardPage", "{n} people invited"),
                )
            )
            day = QLocale().toString(QDate(start.year, start.month, start.day), "d MMM")
            QListWidgetItem(
                f"{day} {start:%H:%M}  {session.title} — {format_label(session.format)}, {seats}",
                self.upcoming,
            )
        if not self.upcoming.count():
            QListWidgetItem(
                translate("DashboardPage", "No session planned: plan one on the Training page."),
                self.upcoming,
            )
