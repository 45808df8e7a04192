"""The signature sheet of an on-site training session: a PDF the trainer prints and hands round.

A4 portrait. Every page repeats the header (programme, session title, date and time, place, trainer)
and the column titles, so a loose page still says which session it belongs to; the people are in
directory order with a numbered line each and a box to sign; blank lines at the end take the people
who turn up without being registered; the last page ends with the trainer's signature; the footer
says "page N of M".

Drawn with QPainter in the writer's own pixels (``k`` per millimetre) and fonts in points, like the
name badges (:mod:`esn_desk.ui.printing.labels`), in the bundled Noto Sans so that accents print the
same everywhere. :func:`print_family` must have been called on the GUI thread before this runs on a
worker thread (:func:`write_signature_sheet` calls it, which is enough on the GUI thread).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.ui.printing.fonts import print_family

PDF_RESOLUTION = 600
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 14.0, 12.0, 12.0
ROW_H = 11.0  # room for a signature
HEAD_ROW_H = 7.5
FOOTER_H = 8.0
TRAINER_BLOCK_H = 24.0
MIN_BLANK_ROWS = 4
DEFAULT_ACCENT = "#2f6fde"
_INK = QColor("#1b1b1f")
_MUTED = QColor("#5c5f66")
_RULE = QColor("#9aa0a6")
_LIGHT_RULE = QColor("#d5d8dc")
_SHADE = QColor("#f3f5f8")

# Column widths as shares of the table width: #, name, site, department, signature (titles in
# English, printed in the interface language).
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 0.05),
    (QT_TRANSLATE_NOOP("SignatureSheet", "Name"), 0.29),
    (QT_TRANSLATE_NOOP("SignatureSheet", "Site"), 0.14),
    (QT_TRANSLATE_NOOP("SignatureSheet", "Department"), 0.20),
    (QT_TRANSLATE_NOOP("SignatureSheet", "Signature"), 0.32),
)


class SheetSession(Protocol):
    """What the sheet prints about a session (TrainingService's Session has it)."""

    @property
    def title(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def place(self) -> str: ...
    @property
    def link(self) -> str: ...
    @property
    def trainer(self) -> str: ...


class SheetRow(Protocol):
    """A person on the sheet (TrainingService's Enrolment and AttendanceService's SheetPerson fit)."""

    @property
    def name(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def department(self) -> str: ...


@dataclass(frozen=True)
class Pagination:
    rows_per_page: int  # on every page but the last
    rows_on_last: int  # the last page keeps room for the trainer's signature
    pages: int
    blank_rows: int

    @property
    def total_rows(self) -> int:
        return (self.pages - 1) * self.rows_per_page + self.rows_on_last


def header_height() -> float:
    """Programme line, title, two lines of details, instructions and the rule below them (mm)."""
    return 40.0


def paginate(people: int, min_blank: int = MIN_BLANK_ROWS) -> Pagination:
    """How many lines fit a page, how many pages, and how many blank lines end the list (at least
    ``min_blank``, then the rest of the last page: a sheet is never cut off half-way down)."""
    body = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - header_height() - HEAD_ROW_H - FOOTER_H
    per_page = int(body // ROW_H)
    on_last = int((body - TRAINER_BLOCK_H) // ROW_H)
    needed = people + min_blank
    pages = 1 if needed <= on_last else 1 + math.ceil((needed - on_last) / per_page)
    total = (pages - 1) * per_page + on_last
    return Pagination(per_page, on_last, pages, total - people)


def when_text(session: SheetSession) -> str:
    """``Wednesday 22 July 2026 · 19:00–20:30 (Europe/Paris)``, in the session's own time zone, with
    the interface language's day and month names."""
    start = session.starts_at
    end = start + timedelta(minutes=session.duration_minutes)
    tz = start.tzinfo
    zone = tz.key if isinstance(tz, ZoneInfo) else (start.strftime("UTC%z") if tz else "")
    locale = QLocale(QLocale().language())  # the language's own names (“Sep”, not en_GB's “Sept”)
    day = locale.toString(QDate(start.year, start.month, start.day), "dddd d MMMM yyyy")
    span = f"{start:%H:%M}–{end:%H:%M}"
    if end.date() != start.date():
        end_day = locale.toString(QDate(end.year, end.month, end.day), "ddd d MMM")
        span = f"{start:%H:%M} – {end_day} {end:%H:%M}"
    return f"{day} · {span}" + (f" ({zone})" if zone else "")


class _Canvas:
    """Millimetres in, device pixels out; fonts in points on the device."""

    def __init__(self, painter: QPainter, dpi: float, family: str) -> None:
        self.p = painter
        self.k = dpi / 25.4
        self.family = family
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = (font, QFontMetricsF(font, self.p.device()))
        return self._fonts[key]

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        color: QColor = _INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """One line in the box, vertically centred, elided with "…" if it does not fit."""
        font, metrics = self.font(size, bold)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w * self.k)
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(self.rect(x, y, w, h), int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def wrapped(
        self, x: float, y: float, w: float, h: float, text: str, size: float, *, bold: bool, color: QColor
    ) -> None:
        """``text`` on one line if it fits, else on two lines a point smaller (long names, "Systèmes
        d'information et transformation numérique"), the second elided if even that is not enough."""
        metrics = self.font(size, bold)[1]
        if metrics.horizontalAdvance(text) <= w * self.k:
            self.text(x, y, w, h, text, size, bold=bold, color=color)
            return
        small = size - 1.5
        metrics = self.font(small, bold)[1]
        words = text.split()
        first = words[0] if words else text
        for i in range(1, len(words)):
            candidate = " ".join(words[: i + 1])
            if metrics.horizontalAdvance(candidate) > w * self.k:
                break
            first = candidate
        rest = text[len(first) :].strip()
        line_h = metrics.height() / self.k
        top = y + (h - 2 * line_h) / 2
        self.text(x, top, w, line_h, first, small, bold=bold, color=color)
        self.text(x, top + line_h, w, line_h, rest, small, bold=bold, color=color)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor, width: float = 0.2) -> None:
        self.p.setPen(QPen(color, width * self.k))
        self.p.drawLine(QPointF(x1 * self.k, y1 * self.k), QPointF(x2 * self.k, y2 * self.k))

    def box(self, x: float, y: float, w: float, h: float, fill: QColor | None, border: QColor | None) -> None:
        self.p.setPen(QPen(border, 0.2 * self.k) if border else Qt.PenStyle.NoPen)
        self.p.setBrush(fill if fill else Qt.BrushStyle.NoBrush)
        self.p.drawRect(self.rect(x, y, w, h))
        self.p.setBrush(Qt.BrushStyle.NoBrush)


def _draw_header(c: _Canvas, session: SheetSession, programme: str, accent: QColor) -> float:
    x, w = MARGIN_X, PAGE_W - 2 * MARGIN_X
    y = MARGIN_TOP
    c.box(x, y, 1.6, 17.5, accent, None)  # the programme's colour, as on the rest of the kit
    c.text(x + 4, y, w * 0.62, 5, programme.upper(), 8.5, bold=True, color=accent)
    c.text(x + w * 0.62, y, w * 0.38, 5, translate("SignatureSheet", "ATTENDANCE SHEET"), 8.5, bold=True,
           color=_MUTED, align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
    c.text(x + 4, y + 5.5, w - 4, 8, session.title, 16, bold=True)
    y += 14.5
    online = translate("SignatureSheet", "Online: {link}").format(link=session.link) if session.link else ""
    place = session.place or online
    details = [
        (translate("SignatureSheet", "Date"), when_text(session)),
        (translate("SignatureSheet", "Place"), place),
        (translate("SignatureSheet", "Trainer"), session.trainer),
    ]
    metrics = c.font(8.5)[1]  # the labels' column fits the longest one (« Formateur »)
    label_w = max(15.0, max(metrics.horizontalAdvance(label) for label, _value in details) / c.k + 2.5)
    c.text(x + 4, y, label_w, 4.5, details[0][0], 8.5, color=_MUTED)
    c.text(x + 4 + label_w, y, w - 4 - label_w, 4.5, details[0][1], 9.5, bold=True)
    y += 5
    half = (w - 4) / 2
    for i, (label, value) in enumerate(details[1:]):
        left = x + 4 + i * half
        c.text(left, y, label_w, 4.5, label, 8.5, color=_MUTED)
        c.text(left + label_w, y, half - label_w - 3, 4.5, value or "—", 9.5)
    y += 7.5
    c.text(
        x,
        y,
        w,
        4.5,
        translate(
            "SignatureSheet",
            "Please sign on the line with your name. Not on the list? Write your name, site and department "
            "on a blank line at the end, and sign.",
        ),
        8,
        color=_MUTED,
    )
    return MARGIN_TOP + header_height()


def _draw_table_head(c: _Canvas, y: float) -> float:
    x, w = MARGIN_X, PAGE_W - 2 * MARGIN_X
    c.box(x, y, w, HEAD_ROW_H, QColor("#e8ecf2"), None)
    c.line(x, y + HEAD_ROW_H, x + w, y + HEAD_ROW_H, _RULE, 0.35)
    left = x
    for title, share in _COLUMNS:
        cw = w * share
        align = Qt.AlignmentFlag.AlignRight if title == "#" else Qt.AlignmentFlag.AlignLeft
        shown = title if title == "#" else translate("SignatureSheet", title)
        c.text(left + 1.8, y, cw - 3.6, HEAD_ROW_H, shown, 8.5, bold=True, color=_INK, align=align)
        left += cw
    return y + HEAD_ROW_H


def _draw_row(c: _Canvas, y: float, number: int, person: SheetRow | None, shaded: bool) -> None:
    x, w = MARGIN_X, PAGE_W - 2 * MARGIN_X
    if shaded:
        c.box(x, y, w * (1 - _COLUMNS[-1][1]), ROW_H, _SHADE, None)
    values = ["", "", "", ""]
    if person is not None:
        values = [str(number), person.name, person.site, person.department]
    left = x
    for (title, share), value in zip(_COLUMNS[:-1], values, strict=True):
        cw = w * share
        if title == "#":
            c.text(
                left + 1, y, cw - 2.8, ROW_H, str(number), 8, color=_MUTED, align=Qt.AlignmentFlag.AlignRight
            )
        elif value:
            name = title == "Name"
            c.wrapped(left + 1.8, y, cw - 3.6, ROW_H, value, 10 if name else 8.5, bold=name,
                      color=_INK if name else _MUTED)  # fmt: skip
        elif person is None:  # a walk-in writes here: a dotted guide line
            pen = QPen(_LIGHT_RULE, 0.25 * c.k, Qt.PenStyle.DotLine)
            c.p.setPen(pen)
            base = (y + ROW_H - 3) * c.k
            c.p.drawLine(QPointF((left + 1.8) * c.k, base), QPointF((left + cw - 2) * c.k, base))
        left += cw
    sig_w = w * _COLUMNS[-1][1]
    c.box(left + 1.2, y + 1.2, sig_w - 1.2, ROW_H - 2.4, None, _RULE)  # the box to sign in
    c.line(x, y + ROW_H, left, y + ROW_H, _LIGHT_RULE)


def _draw_trainer_block(c: _Canvas, y: float, trainer: str) -> None:
    x, w = MARGIN_X, PAGE_W - 2 * MARGIN_X
    y += 5
    c.text(x, y, 60, 5, translate("SignatureSheet", "Signed by the trainer"), 8.5, bold=True)
    c.text(x, y + 5, 60, 5, trainer or translate("SignatureSheet", "Name:"), 9, color=_MUTED)
    c.text(
        x, y + 10, 60, 5, translate("SignatureSheet", "Present: ______   Walk-ins: ______"), 8.5, color=_MUTED
    )
    sig_x = x + w * (1 - _COLUMNS[-1][1]) + 1.2  # under the signature boxes of the rows
    c.box(sig_x, y, x + w - sig_x, TRAINER_BLOCK_H - 7, None, _RULE)
    c.text(
        sig_x - 62,
        y,
        60,
        5,
        translate("SignatureSheet", "Signature"),
        8,
        color=_MUTED,
        align=Qt.AlignmentFlag.AlignRight,
    )


def _draw_footer(c: _Canvas, page: int, pages: int, session: SheetSession, printed: date) -> None:
    x, w = MARGIN_X, PAGE_W - 2 * MARGIN_X
    y = PAGE_H - MARGIN_BOTTOM - 5
    c.line(x, y - 1.5, x + w, y - 1.5, _LIGHT_RULE)
    left = translate("SignatureSheet", "{title} · {date} · printed {printed}").format(
        title=session.title, date=f"{session.starts_at:%d/%m/%Y}", printed=f"{printed:%d/%m/%Y}"
    )
    c.text(x, y, w * 0.75, 5, left, 7.5, color=_MUTED)
    numbering = translate("SignatureSheet", "Page {page} of {pages}").format(page=page, pages=pages)
    c.text(x + w * 0.75, y, w * 0.25, 5, numbering, 8, bold=True, color=_MUTED,
           align=Qt.AlignmentFlag.AlignRight)  # fmt: skip


def render(
    writer: QPdfWriter,
    session: SheetSession,
    people: Sequence[SheetRow],
    programme_name: str,
    *,
    accent: str = DEFAULT_ACCENT,
    min_blank: int = MIN_BLANK_ROWS,
    printed: date | None = None,
) -> Pagination:
    """Draw the whole sheet on ``writer`` (already set to A4, no margins)."""
    plan = paginate(len(people), min_blank)
    colour = QColor(accent) if QColor.isValidColorName(accent) else QColor(DEFAULT_ACCENT)
    today = printed or date.today()
    painter = QPainter(writer)
    if not painter.isActive():
        raise UserError(translate("SignatureSheet", "The PDF could not be started: is the folder writable?"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = _Canvas(painter, writer.resolution(), print_family())
        number = 0
        for page in range(1, plan.pages + 1):
            if page > 1:
                writer.newPage()
            y = _draw_header(c, session, programme_name, colour)
            y = _draw_table_head(c, y)
            rows = plan.rows_on_last if page == plan.pages else plan.rows_per_page
            for i in range(rows):
                person = people[number] if number < len(people) else None
                if number == len(people) and i > 0:  # where the walk-ins' lines begin
                    c.line(MARGIN_X, y, PAGE_W - MARGIN_X, y, _RULE, 0.4)
                number += 1
                _draw_row(c, y, number, person, shaded=i % 2 == 1)
                y += ROW_H
            if page == plan.pages:
                _draw_trainer_block(c, y, session.trainer)
            _draw_footer(c, page, plan.pages, session, today)
    finally:
        painter.end()
    return plan


def write_signature_sheet(
    session: SheetSession,
    people: Sequence[SheetRow],
    path: str | os.PathLike[str],
    programme_name: str,
    *,
    accent: str = DEFAULT_ACCENT,
    min_blank: int = MIN_BLANK_ROWS,
) -> Pagination:
    """Write the session's signature sheet to ``path`` (PDF, A4). Written beside the target and moved
    into place at the end, so a failure never leaves half a file. Returns how it was paginated."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(
            translate("SignatureSheet", "The folder {folder} does not exist.").format(folder=target.parent)
        )
    print_family()  # registers Noto Sans before the first text is measured
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".esn-desk-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise UserError(
            translate("SignatureSheet", "Cannot write in {folder}: {reason}").format(
                folder=target.parent, reason=exc.strerror or exc
            )
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    done = False
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(translate("SignatureSheet", "Signature sheet — {title}").format(title=session.title))
        writer.setCreator("ESN Desk")
        plan = render(writer, session, people, programme_name, accent=accent, min_blank=min_blank)
        del writer  # the file is complete once the writer is gone
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise UserError(
                translate("SignatureSheet", "Cannot write {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                )
            ) from None
        done = True
    finally:
        if not done:
            tmp.unlink(missing_ok=True)
    return plan


__all__ = [
    "Pagination",
    "SheetRow",
    "SheetSession",
    "paginate",
    "render",
    "when_text",
    "write_signature_sheet",
]
