"""The Coverage page: ambassadors per site, department, country or site × department against the
programme's target, and the share of employees who publish against the tipping point."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QWidget,
)

from esn_desk.core.adoption import AdoptionService
from esn_desk.core.coverage import DIMENSION_LABELS, Coverage, CoverageService, total
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.settings import SettingsService
from esn_desk.ui import formatting, style
from esn_desk.ui.models.base import Index, ListTableModel
from esn_desk.ui.views.adoption_charts import AdoptionChart, draw_legend, percent, points
from esn_desk.ui.views.base import Page

# Column titles, shown as translate("CoverageModel", HEADERS[i]).
HEADERS = (
    QT_TRANSLATE_NOOP("CoverageModel", "Population"),
    QT_TRANSLATE_NOOP("CoverageModel", "Employees"),
    QT_TRANSLATE_NOOP("CoverageModel", "Ambassadors"),
    QT_TRANSLATE_NOOP("CoverageModel", "Target"),
    QT_TRANSLATE_NOOP("CoverageModel", "To recruit"),
    QT_TRANSLATE_NOOP("CoverageModel", "Per ambassador"),
    QT_TRANSLATE_NOOP("CoverageModel", "Contributors"),
    QT_TRANSLATE_NOOP("CoverageModel", "Readers"),
    QT_TRANSLATE_NOOP("CoverageModel", "Change"),
)
# The "Group by" choices, one per coverage dimension.
BY_LABELS = {
    "site": QT_TRANSLATE_NOOP("CoveragePage", "By site"),
    "department": QT_TRANSLATE_NOOP("CoveragePage", "By department"),
    "country": QT_TRANSLATE_NOOP("CoveragePage", "By country"),
    "site_department": QT_TRANSLATE_NOOP("CoveragePage", "By site × department"),
}
# The fields a programme's scope can restrict, as a sentence names them.
SCOPE_FIELDS = {
    "site": QT_TRANSLATE_NOOP("CoveragePage", "site"),
    "department": QT_TRANSLATE_NOOP("CoveragePage", "department"),
    "country": QT_TRANSLATE_NOOP("CoveragePage", "country"),
}


class CoverageModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(tuple(translate("CoverageModel", h) for h in HEADERS), parent)
        self.tipping_point = 0.10
        self.readers: dict[str, float] = {}  # lower-cased population → readers' share (usage data)
        self.change: dict[str, float] = {}  # … → change of contributors' share since the previous import

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: Coverage = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        share = row.contributors_share
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            if share is not None and share < self.tipping_point - 1e-12:
                return style.warning_color()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.ambassadors == 0 and row.employees:
            return style.warning_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return translate(
                "CoverageModel",
                "Change of the contributors' share since the previous usage import, in points",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return translate(
                "CoverageModel", "Share of employees active in the latest usage period without publishing"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            if share is None:
                return translate("CoverageModel", "No usage data yet: import an ESN usage export")
            return translate(
                "CoverageModel",
                "Share of employees who published in the latest usage period (tipping point {percent})",
            ).format(percent=percent(self.tipping_point, 0))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        per = row.employees_per_ambassador
        values = (
            row.population,
            formatting.number(row.employees),
            formatting.number(row.ambassadors),
            formatting.number(row.target_ambassadors),
            formatting.number(row.missing) if row.missing else "—",
            translate("CoverageModel", "nobody yet") if per is None else formatting.number(round(per)),
            "—" if share is None else percent(share) + (" ✓" if share >= self.tipping_point - 1e-12 else ""),
            "—" if share is None else percent(self.readers.get(row.population.lower(), 0.0)),
            points(self.change[row.population.lower()]) if row.population.lower() in self.change else "—",
        )
        return values[column]


class CoverageChart(QWidget):
    """Horizontal bars: active ambassadors per population, with the target marked on each bar."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 0, row_height: int = 26) -> None:
        super().__init__(parent)
        self.ROW = row_height
        self.all_rows: list[Coverage] = []
        self.rows: list[Coverage] = []
        self.max_rows = max_rows  # 0: all; else the first ones (furthest from target) and "… more"
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[Coverage]) -> None:
        self.all_rows = rows
        self.rows = rows[: self.max_rows] if self.max_rows else rows
        self.setMinimumHeight(40 + self.ROW * (len(self.rows) + (len(self.rows) < len(rows))))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 40 + self.ROW * len(self.rows))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        muted = style.muted_color()
        if not self.rows:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("CoverageChart", "No active employee yet"),
            )
            return
        label_width = min(220, self.width() // 3)
        right = 150
        scale_max = max(max(max(r.ambassadors, r.target_ambassadors) for r in self.rows), 1)
        bar_width = max(self.width() - label_width - right - 16, 40)
        painter.setPen(muted)
        draw_legend(
            painter,
            translate("CoverageChart", "Active ambassadors   ┃ target"),
            label_width + 8,
            self.width(),
        )
        accent = QColor(style.ACCENT)
        warn = style.warning_color()
        for i, row in enumerate(self.rows):
            y = 28 + i * self.ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width, self.ROW - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    row.population, Qt.TextElideMode.ElideRight, label_width - 4
                ),
            )
            x0 = label_width + 8
            track = QRectF(x0, y + 4, bar_width, self.ROW - 14)
            painter.fillRect(track, palette.color(palette.ColorRole.AlternateBase))
            filled = QRectF(x0, y + 4, bar_width * row.ambassadors / scale_max, self.ROW - 14)
            painter.fillRect(
                filled,
                accent if row.missing == 0 else (warn if row.ambassadors == 0 else accent.lighter(130)),
            )
            target_x = x0 + bar_width * row.target_ambassadors / scale_max
            painter.setPen(QPen(text, 2))
            painter.drawLine(int(target_x), int(y + 1), int(target_x), int(y + self.ROW - 7))
            painter.setPen(text if row.missing == 0 else warn)
            status = (
                translate("CoverageChart", "✓ on target")
                if row.missing == 0
                else translate("CoverageChart", "{n} to recruit").format(n=formatting.number(row.missing))
            )
            painter.drawText(
                QRectF(x0 + bar_width + 8, y, right, self.ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{row.ambassadors}/{row.target_ambassadors} · {status}",
            )
        if len(self.all_rows) > len(self.rows):
            painter.setPen(muted)
            painter.drawText(
                QRectF(label_width + 8, 28 + len(self.rows) * self.ROW, bar_width, 18),
                Qt.AlignmentFlag.AlignLeft,
                translate("CoverageChart", "… and {n} more in the table").format(
                    n=formatting.number(len(self.all_rows) - len(self.rows))
                ),
            )
        painter.end()


def _scrolling(chart: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(chart)
    return area


class CoveragePage(Page):
    key = "coverage"
    title = QT_TRANSLATE_NOOP("Pages", "Coverage")
    icon_name = "view-dashboard-outline"

    def __init__(
        self,
        coverage: CoverageService,
        settings: SettingsService,
        adoption: AdoptionService,
        programme: ProgrammeService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._programme = programme
        self._coverage = coverage
        self._settings = settings
        self._adoption = adoption
        self.by = QComboBox()
        self.by.setAccessibleName(translate("CoveragePage", "Group by"))
        for key in DIMENSION_LABELS:
            self.by.addItem(translate("CoveragePage", BY_LABELS[key]), key)
        self.headline = QLabel()
        self.headline.setProperty("role", "muted")
        self.headline.setWordWrap(True)
        self.model = CoverageModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(translate("CoveragePage", "Coverage per population"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = CoverageChart(max_rows=12)
        self.adoption_chart = AdoptionChart(max_rows=12)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(_scrolling(self.chart))
        charts.addWidget(_scrolling(self.adoption_chart))
        charts.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 260])
        splitter.setChildrenCollapsible(False)
        outer = self.page_layout(self.by)
        outer.addWidget(self.headline)
        outer.addWidget(splitter, 1)
        self.by.currentIndexChanged.connect(self.refresh)
        self.invalidate()  # computed when first shown

    def refresh(self, *_: Any) -> None:
        settings = self._settings.load()
        per_100 = settings.ambassador_target_per_100
        by = self.by.currentData()
        tipping = settings.tipping_point
        adoption = self._adoption.by_population(by)  # empty without usage data
        shares = {a.population.lower(): a.contributors_share for a in adoption}
        scope = self._programme.rules().scope()
        rows = self._coverage.coverage(by, per_100, shares or None, scope=scope)
        self.model.tipping_point = tipping
        self.model.readers = {a.population.lower(): a.readers_share for a in adoption}
        self.model.change = self._adoption.change(by)
        self.model.set_items(rows)
        self.chart.set_rows(rows)
        self.adoption_chart.set_rows(adoption, tipping)
        whole = total(rows, per_100)
        without = [r.population for r in rows if r.ambassadors == 0 and r.employees]
        per = (
            translate("CoveragePage", "1 per {n} employees").format(n=formatting.number(round(100 / per_100)))
            if per_100
            else translate("CoveragePage", "no target set")
        )
        sentences = [
            plural(
                whole.ambassadors,
                translate("CoveragePage", "{n} active ambassador for {employees}: target {target} ({per})."),
                translate("CoveragePage", "{n} active ambassadors for {employees}: target {target} ({per})."),
            ).format(
                employees=plural(
                    whole.employees,
                    translate("CoveragePage", "{n} active employee"),
                    translate("CoveragePage", "{n} active employees"),
                ),
                target=formatting.number(whole.target_ambassadors),
                per=per,
            )
        ]
        if scope:
            named = {f: translate("CoveragePage", SCOPE_FIELDS[f]) if f in SCOPE_FIELDS else f for f in scope}
            restricted = "; ".join(f"{named[field]} {' / '.join(values)}" for field, values in scope.items())
            sentences.append(
                translate("CoveragePage", "Counted within the programme's scope: {scope}.").format(
                    scope=restricted
                )
            )
        if without:
            shown = ", ".join(without[:8])
            if len(without) > 8:
                shown = translate("CoveragePage", "{names} and {n} more").format(
                    names=shown, n=formatting.number(len(without) - 8)
                )
            sentences.append(
                translate("CoveragePage", "Nobody is helping yet in: {names}.").format(names=shown)
            )
        latest = self._adoption.latest()
        if latest is not None:
            sentences.append(
                translate(
                    "CoveragePage",
                    "Latest usage period ({start} – {end}): {contributors} of employees published, {readers} "
                    "only read (tipping point {tipping}).",
                ).format(
                    start=formatting.date_text(latest.start),
                    end=formatting.date_text(latest.end),
                    contributors=percent(latest.contributors_share),
                    readers=percent(latest.readers_share),
                    tipping=percent(tipping, 0),
                )
            )
        self.headline.setText(" ".join(sentences))
