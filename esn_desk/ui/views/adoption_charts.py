"""Adoption charts (QPainter): contributors' share per population against the 10–15 % tipping-point
band, and its progress from one usage import to the next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from esn_desk.core import i18n
from esn_desk.core.adoption import Adoption, Period
from esn_desk.core.i18n import translate
from esn_desk.ui import style

BAND = (0.10, 0.15)  # where research places the tipping point


def percent(share: float, decimals: int = 1) -> str:
    """A share (0–1) as a percentage in the interface language: “12.3%”, « 12,3 % »."""
    return translate("AdoptionChart", "{percent}%").format(percent=i18n.number(share * 100, decimals))


def points(change: float) -> str:
    """A change of share (0.018) in percentage points: “+1.8 pts”, « +1,8 pts »."""
    sign = "-" if change < 0 else "+"
    return translate("AdoptionChart", "{change} pts").format(change=sign + i18n.number(abs(change) * 100, 1))


def draw_legend(painter: QPainter, text: str, x: float, width: int) -> None:
    """A chart's one-line legend from ``x``, moved left when it would not fit (longer in French)."""
    needed = painter.fontMetrics().horizontalAdvance(text) + 4
    x = max(0.0, min(x, width - needed))
    painter.drawText(QRectF(x, 4, width - x, 18), Qt.AlignmentFlag.AlignLeft, text)


class AdoptionChart(QWidget):
    """One bar per population: contributors' share, with the tipping-point band and line."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 0, row_height: int = 26) -> None:
        super().__init__(parent)
        self.ROW = row_height
        self.rows: list[Adoption] = []
        self.tipping_point = 0.10
        self.max_rows = max_rows  # 0: all
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[Adoption], tipping_point: float) -> None:
        self.rows = rows
        self.tipping_point = tipping_point
        self.setMinimumHeight(40 + self.ROW * max(len(self._shown()), 2))
        self.updateGeometry()
        self.update()

    def _shown(self) -> list[Adoption]:
        return self.rows[: self.max_rows] if self.max_rows else self.rows

    def sizeHint(self) -> QSize:
        return QSize(480, 40 + self.ROW * len(self._shown()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        muted = style.muted_color()
        rows = self._shown()
        if not rows:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate(
                    "AdoptionChart",
                    "No usage data yet: import an ESN usage export (File → Import ESN usage export…)",
                ),
            )
            return
        label_width = min(220, self.width() // 3)
        right = 160
        scale = max(max(r.contributors_share for r in rows), BAND[1]) * 1.15
        bar_width = max(self.width() - label_width - right - 16, 40)
        x0 = label_width + 8
        top = 28
        height = self.ROW * len(rows)
        band = QColor(style.ACCENT)
        band.setAlpha(28)
        painter.fillRect(
            QRectF(
                x0 + bar_width * BAND[0] / scale, top - 4, bar_width * (BAND[1] - BAND[0]) / scale, height
            ),
            band,
        )
        painter.setPen(muted)
        legend = translate("AdoptionChart", "Contributors   ┃ tipping point {percent}   ░ 10–15%").format(
            percent=percent(self.tipping_point, 0)
        )
        draw_legend(painter, legend, x0, self.width())
        accent = QColor(style.ACCENT)
        warn = style.warning_color()
        for i, row in enumerate(rows):
            y = top + i * self.ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width, self.ROW - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    row.population, Qt.TextElideMode.ElideRight, label_width - 4
                ),
            )
            reached = row.reached(self.tipping_point)
            painter.fillRect(
                QRectF(x0, y + 4, max(bar_width * row.contributors_share / scale, 2), self.ROW - 14),
                accent if reached else accent.lighter(135),
            )
            painter.setPen(text if reached else warn)
            missing = row.contributors_missing(self.tipping_point)
            status = (
                translate("AdoptionChart", "✓ reached")
                if reached
                else translate("AdoptionChart", "{n} to win over").format(n=i18n.number(missing))
            )
            painter.drawText(
                QRectF(x0 + bar_width + 8, y, right, self.ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{percent(row.contributors_share)} · {status}",
            )
        line_x = x0 + bar_width * self.tipping_point / scale
        painter.setPen(QPen(text, 2))
        painter.drawLine(QPointF(line_x, top - 4), QPointF(line_x, top + height - 4))
        if self.max_rows and len(self.rows) > self.max_rows:
            painter.setPen(muted)
            painter.drawText(
                QRectF(x0, top + height, bar_width, 18),
                Qt.AlignmentFlag.AlignLeft,
                translate("AdoptionChart", "… and {n} more in the table").format(
                    n=i18n.number(len(self.rows) - self.max_rows)
                ),
            )
        painter.end()


class TrendChart(QWidget):
    """Contributors' and readers' shares over the usage imports, against the tipping-point band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: list[Period] = []
        self.tipping_point = 0.10
        self.setMinimumHeight(160)

    def set_periods(self, periods: list[Period], tipping_point: float) -> None:
        self.periods = periods
        self.tipping_point = tipping_point
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 180)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        muted = style.muted_color()
        if not self.periods:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate(
                    "TrendChart", "Import an ESN usage export each month to see adoption progress here"
                ),
            )
            return
        left, right, top, bottom = 44, 16, 24, 26
        plot = QRectF(left, top, max(self.width() - left - right, 40), max(self.height() - top - bottom, 40))
        scale = max(max(max(p.contributors_share, p.readers_share) for p in self.periods), BAND[1]) * 1.1

        def y_of(share: float) -> float:
            return plot.bottom() - plot.height() * share / scale

        band = QColor(style.ACCENT)
        band.setAlpha(28)
        painter.fillRect(
            QRectF(plot.left(), y_of(BAND[1]), plot.width(), y_of(BAND[0]) - y_of(BAND[1])), band
        )
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for share in (0.0, self.tipping_point, scale / 1.1):
            painter.drawText(
                QRectF(0, y_of(share) - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent(share, 0),
            )
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(plot.left(), y_of(self.tipping_point)), QPointF(plot.right(), y_of(self.tipping_point))
        )
        n = len(self.periods)

        def x_of(i: int) -> float:
            return plot.left() + (plot.width() * (i + 0.5) / n)

        accent = QColor(style.ACCENT)
        for values, color, width in (
            ([p.readers_share for p in self.periods], accent.lighter(150), 2),
            ([p.contributors_share for p in self.periods], accent, 3),
        ):
            path = QPainterPath()
            for i, v in enumerate(values):
                point = QPointF(x_of(i), y_of(v))
                path.moveTo(point) if i == 0 else path.lineTo(point)
            painter.setPen(QPen(color, width))
            painter.drawPath(path)
            painter.setBrush(color)
            for i, v in enumerate(values):
                painter.drawEllipse(QPointF(x_of(i), y_of(v)), 3.5, 3.5)
        painter.setPen(text)
        for i, p in enumerate(self.periods):
            end = date.fromisoformat(p.end)
            label = QLocale().toString(QDate(end.year, end.month, end.day), "MMM yyyy")
            painter.drawText(
                QRectF(x_of(i) - 50, plot.bottom() + 4, 100, 18), Qt.AlignmentFlag.AlignHCenter, label
            )
            painter.drawText(
                QRectF(x_of(i) - 50, y_of(p.contributors_share) - 22, 100, 16),
                Qt.AlignmentFlag.AlignHCenter,
                percent(p.contributors_share),
            )
        painter.setPen(muted)
        painter.drawText(
            QRectF(plot.left(), 2, plot.width(), 18),
            Qt.AlignmentFlag.AlignLeft,
            translate("TrendChart", "━ contributors   ━ readers (lighter)   ┅ tipping point"),
        )
        painter.end()


__all__ = ["AdoptionChart", "TrendChart", "draw_legend", "percent", "points"]
