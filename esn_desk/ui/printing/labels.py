"""Drawing sheets of name badges and stickers with QPainter, on a printer, a preview or a PDF.

Geometry comes from :mod:`esn_desk.core.kit.layouts` (millimetres from the paper's top-left corner)
and content from :mod:`esn_desk.core.kit.badges`; this module only draws. Painting uses the device's
own pixels (``k`` pixels per millimetre) with fonts sized in points, so text has its true printed size
on any device: a QPdfWriter (1200 dpi), a QPrinter (full page, no margins) or a QImage.

QPainter on a QPdfWriter, QPrinter or QImage may run on a worker thread; :func:`print_family` must have
been called on the GUI thread first (the panel and :func:`write_pdf`'s callers do).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from esn_desk.core.i18n import number, translate
from esn_desk.core.kit.badges import (
    BadgeContent,
    Fit,
    StickerContent,
    TextLine,
    fit_stack,
    qr_matrix,
    qr_runs,
)
from esn_desk.core.kit.layouts import LabelTemplate, Rect, all_rects
from esn_desk.ui.printing.fonts import print_family

log = logging.getLogger(__name__)

Item = BadgeContent | StickerContent
Page = Sequence[tuple[Rect, Item]]
Progress = Callable[[int, int, str], None]

PDF_RESOLUTION = 1200
PHOTO_DPI = 300  # photos are scaled to this before drawing: sharp on paper, small in the PDF
_WIDTH_MARGIN = 1.005  # measured widths are rounded up by 0.5 % so a fitted text never touches its box
CARD_MARGIN = 2.5  # mm of white inside each card of a card stock template (cut along the marks)
_INK = "#1b1b1f"
_MUTED = "#55575e"
PAGE_SIZE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def page_size(tpl: LabelTemplate) -> QPageSize:
    """The template's paper (exactly A4 or US Letter, portrait)."""
    return QPageSize(PAGE_SIZE_IDS.get(tpl.paper, QPageSize.PageSizeId.A4))


def page_layout(tpl: LabelTemplate) -> QPageLayout:
    """Portrait paper with no margins: the painter's origin is the paper's top-left corner."""
    return QPageLayout(
        page_size(tpl), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


class TextKit:
    """Fonts and text measurement on one paint device (millimetres in, millimetres out).

    Texts are measured at the exact size they will be drawn, on the device they are drawn on: font
    sizes do not scale quite linearly (glyph advances are rounded at each pixel size), and a fitted
    name must never overflow by even a fraction of a millimetre.
    """

    def __init__(self, device: QPaintDevice, family: str) -> None:
        self.family = family
        self.device = device
        self.k = device.logicalDpiY() / 25.4  # device pixels per millimetre
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}

    def _font(self, size: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
        key = (round(max(size, 0.5), 3), bold)
        found = self._fonts.get(key)
        if found is None:
            font = QFont(self.family)
            font.setPointSizeF(key[0])
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            if len(self._fonts) > 2048:
                self._fonts.clear()
            found = self._fonts[key] = (font, QFontMetricsF(font, self.device))
        return found

    def font(self, size: float, bold: bool) -> QFont:
        return self._font(size, bold)[0]

    def width(self, text: str, size: float, bold: bool) -> float:
        """Width of ``text`` in mm (its advance or its ink, whichever is wider), rounded up slightly."""
        key = (text, round(max(size, 0.5), 3), bold)
        width = self._widths.get(key)
        if width is None:
            metrics = self._font(size, bold)[1]
            ink = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).right())
            width = ink / self.k * _WIDTH_MARGIN
            if len(self._widths) > 50_000:
                self._widths.clear()
            self._widths[key] = width
        return width

    def line_height(self, size: float, bold: bool) -> float:
        return self._font(size, bold)[1].height() / self.k

    def ascent(self, size: float, bold: bool) -> float:
        return self._font(size, bold)[1].ascent() / self.k

    def fit(
        self,
        lines: Sequence[TextLine],
        width: float,
        height: float,
        *,
        max_size: float,
        min_size: float,
        floor: float | None = None,
        round_: bool = False,
    ) -> Fit:
        return fit_stack(
            lines,
            width,
            height,
            self.width,
            self.line_height,
            max_size=max_size,
            min_size=min(min_size, max_size),
            floor=floor,
            round_=round_,
        )

    def elide(self, text: str, size: float, bold: bool, width: float) -> str:
        """``text`` cut with "…" to ``width`` mm (for secondary texts only: names are never cut)."""
        if self.width(text, size, bold) <= width:
            return text
        while text and self.width(text + "…", size, bold) > width:
            text = text[:-1]
        return (text.rstrip() + "…") if text else ""


@dataclass(frozen=True)
class PlacedText:
    """A line drawn at (x, top) mm — what tests read back to check nothing overflows its box."""

    text: str
    size: float
    bold: bool
    x: float
    top: float
    width: float
    height: float
    box: QRectF  # the box (mm) the text had to fit


class LabelRenderer:
    """Draws pages of badges or stickers for one template.

    ``offset`` (mm, right/down) is the printer calibration; ``outlines`` draws every label's outline
    and numbers the empty ones (a test print on plain paper held against a sheet); cut marks are drawn
    for card stock templates. ``photos``/``qr``: whether badges have a photo box and a QR code.
    """

    def __init__(
        self,
        tpl: LabelTemplate,
        *,
        offset: tuple[float, float] = (0.0, 0.0),
        outlines: bool = False,
        photos: bool = False,
        qr: bool = True,
        family: str | None = None,
    ) -> None:
        self.tpl = tpl
        self.offset = offset
        self.outlines = outlines
        self.photos = photos
        self.qr = qr
        self.family = family or print_family()
        self.placed: list[PlacedText] | None = None  # set to a list to record drawn texts (tests)
        self._photo_cache: dict[tuple[str, int, int], QImage | None] = {}
        self._text: TextKit | None = None
        self._device_key = 0

    # -- whole documents -------------------------------------------------------------------------------
    def render(
        self,
        device: QPagedPaintDevice,
        pages: Sequence[Page],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> bool:
        """Paint ``pages`` on ``device`` (one sheet each); False when cancelled part-way."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(translate("LabelRenderer", "The printer or file could not be opened for drawing."))
        try:
            for page_number, page in enumerate(pages, start=1):
                if cancelled is not None and cancelled():
                    return False
                if page_number > 1:
                    device.newPage()
                self.paint_page(painter, device, page)
                if progress is not None:
                    progress(
                        page_number,
                        len(pages),
                        translate("LabelRenderer", "Page {page} of {pages}").format(
                            page=number(page_number), pages=number(len(pages))
                        ),
                    )
        finally:
            painter.end()
        return True

    def paint_page(self, painter: QPainter, device: QPaintDevice, page: Page) -> None:
        """One sheet: the labels of ``page``, then outlines and cut marks."""
        if self._text is None or self._device_key != id(device):
            self._text = TextKit(device, self.family)
            self._device_key = id(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for rect, item in page:
            painter.save()
            try:
                if isinstance(item, BadgeContent):
                    self._badge(painter, rect, item)
                else:
                    self._sticker(painter, rect, item)
            finally:
                painter.restore()
        used = {rect.index for rect, _ in page}
        if self.outlines:
            self._outlines(painter, used)
        if self.tpl.cut_marks:
            self._cut_marks(painter)

    # -- helpers in millimetres ------------------------------------------------------------------------
    @property
    def k(self) -> float:
        assert self._text is not None
        return self._text.k

    def _r(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def _shape(self, rect: Rect, inset: float = 0.0, radius: float | None = None) -> QPainterPath:
        path = QPainterPath()
        box = self._r(rect.x + inset, rect.y + inset, rect.width - 2 * inset, rect.height - 2 * inset)
        if self.tpl.shape == "round":
            path.addEllipse(box)
        else:
            radius = max((self.tpl.radius if radius is None else radius) - inset, 0.0) * self.k
            path.addRoundedRect(box, radius, radius)
        return path

    def _pen(self, color: str, width_mm: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(color))
        pen.setWidthF(width_mm * self.k)
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _draw_fit(
        self,
        painter: QPainter,
        fit: Fit,
        box: QRectF,
        color: str,
        *,
        align: str = "center",
        valign: str = "center",
        top: float | None = None,
    ) -> float:
        """Draw fitted lines in ``box`` (mm); returns the block's bottom (mm)."""
        text = self._text
        assert text is not None
        if top is None:
            top = {
                "top": box.top(),
                "bottom": box.bottom() - fit.height,
            }.get(valign, box.top() + (box.height() - fit.height) / 2)
        painter.setPen(QColor(color))
        k = self.k
        for line in fit.lines:
            shown = line.text
            width = line.width
            if not fit.fits:  # a secondary text at its smallest size: cut it rather than overflow
                shown = text.elide(line.text, line.size, line.bold, box.width())
                width = text.width(shown, line.size, line.bold)
            if align == "left":
                x = box.left()
            elif align == "right":
                x = box.right() - width
            else:
                x = box.left() + (box.width() - width) / 2
            painter.setFont(text.font(line.size, line.bold))
            painter.drawText(QPointF(x * k, (top + text.ascent(line.size, line.bold)) * k), shown)
            if self.placed is not None:
                self.placed.append(PlacedText(shown, line.size, line.bold, x, top, width, line.height, box))
            top += line.height
        return top

    # -- name badges -----------------------------------------------------------------------------------
    def _badge(self, painter: QPainter, rect: Rect, badge: BadgeContent) -> None:
        if self.tpl.shape == "round":
            self._round_badge(painter, rect, badge)
            return
        text = self._text
        assert text is not None
        if self.tpl.cut_marks:  # card stock cut by hand: a white margin hides a cut a little off the line
            m = CARD_MARGIN
            rect = Rect(rect.x + m, rect.y + m, rect.width - 2 * m, rect.height - 2 * m, rect.index)
            painter.setClipPath(self._shape(rect, radius=3.0))
        else:
            painter.setClipPath(self._shape(rect))
        w, h = rect.width, rect.height
        pad = min(max(0.05 * min(w, h), 1.5), 3.5)
        head_h = min(max(0.18 * h, 5.0), 11.0) if h >= 30 else 0.0
        band_h = min(max(0.2 * h, 4.5), 12.0)
        # header: the programme (and the network) on the brand colour
        if head_h:
            painter.fillRect(self._r(rect.x, rect.y, w, head_h), QColor(badge.header_color))
            title = badge.programme
            if badge.esn and badge.esn.casefold() not in title.casefold():
                title = f"{title}  ·  {badge.esn}" if title else badge.esn
            box = QRectF(rect.x + pad, rect.y, w - 2 * pad, head_h)
            fit = text.fit([TextLine(title, bold=True)], box.width(), head_h * 0.9, max_size=9, min_size=6)
            if not fit.fits and badge.esn and badge.programme:
                fit = text.fit(
                    [TextLine(badge.programme, bold=True)], box.width(), head_h * 0.9, max_size=9, min_size=6
                )
            self._draw_fit(painter, fit, box, badge.header_text_color, align="left")
        # footer band: the role in its colour
        band_top = rect.y + h - band_h
        painter.fillRect(self._r(rect.x, band_top, w, band_h), QColor(badge.role_color))
        if badge.role:
            box = QRectF(rect.x + pad, band_top, w - 2 * pad, band_h)
            fit = text.fit(
                [TextLine(badge.role.upper(), bold=True)],
                box.width(),
                band_h * 0.85,
                max_size=min(11.0, band_h * 1.6),
                min_size=5.5,
            )
            self._draw_fit(painter, fit, box, badge.role_text_color, align="left")
        # middle: photo | name and site | QR code
        mid_top, mid_h = rect.y + head_h, h - head_h - band_h
        left, right = rect.x + pad, rect.x + w - pad
        matrix = qr_matrix(badge.qr) if (self.qr and badge.qr) else None
        with_photo = self.photos and mid_h >= 16
        if matrix is not None and mid_h >= 16:
            n = len(matrix)
            # 4 modules of white above and below; narrower beside a photo, to leave the name room
            size = min(mid_h / (1 + 8 / n), (0.27 if with_photo else 0.36) * w)
            gap = max((mid_h - size) / 2, 1.5)
            x = rect.x + w - gap - size
            self._qr(painter, matrix, x, mid_top + (mid_h - size) / 2, size)
            right = x - min(gap, 3.0)
        if with_photo:
            ph = mid_h - 2 * min(max(0.08 * mid_h, 1.5), 3.0)
            pw = min(ph * 0.8, 0.27 * w)
            if right - (left + pw + pad) >= 20:
                self._photo(painter, badge, left, mid_top + (mid_h - ph) / 2, pw, ph)
                left += pw + pad
        inner_top, inner_h = mid_top + min(1.5, 0.06 * mid_h), mid_h - 2 * min(1.5, 0.06 * mid_h)
        name_w = right - left
        align = "left" if (matrix is not None or self.photos) else "center"
        site_fit = text.fit(
            [TextLine(badge.site)], name_w, inner_h * 0.3, max_size=min(9.5, h * 0.2), min_size=6, floor=5
        )
        spacing = 0.25 * site_fit.height if site_fit.lines else 0.0
        name_max = min(max(h * 0.42, 10.0), 24.0)
        name_fit = text.fit(
            [TextLine(badge.name, bold=True, wrap=True)],
            name_w,
            inner_h - site_fit.height - spacing,
            max_size=name_max,
            min_size=min(11.0, name_max * 0.6),
            floor=1.0,
        )
        block = name_fit.height + spacing + site_fit.height
        top = inner_top + (inner_h - block) / 2
        area = QRectF(left, inner_top, name_w, inner_h)  # the block is centred in it
        bottom = self._draw_fit(painter, name_fit, area, _INK, align=align, top=top)
        if site_fit.lines:
            self._draw_fit(painter, site_fit, area, _MUTED, align=align, top=bottom + spacing)

    def _round_badge(self, painter: QPainter, rect: Rect, badge: BadgeContent) -> None:
        """A round badge: a ring in the role's colour around programme, name, role and site."""
        text = self._text
        assert text is not None
        d = min(rect.width, rect.height)
        ring = max(0.045 * d, 1.2)
        painter.setClipPath(self._shape(rect))
        painter.fillPath(self._shape(rect), QColor(badge.role_color))
        painter.fillPath(self._shape(rect, ring), QColor("#ffffff"))
        inner = d - 2 * ring - 2 * max(0.05 * d, 1.0)
        lines = [
            TextLine(badge.programme, 0.45, bold=True),
            TextLine(badge.name, 1.0, bold=True, wrap=True),
            TextLine(badge.role, 0.5, bold=True),
            TextLine(badge.site, 0.45),
        ]
        fit = text.fit(lines, inner, inner, max_size=d * 0.5, min_size=8, floor=2.0, round_=True)
        box = QRectF(rect.x + (rect.width - inner) / 2, rect.y + (rect.height - inner) / 2, inner, inner)
        # each line in its colour: programme in the brand colour, role in the role colour
        top = box.top() + (box.height() - fit.height) / 2
        colors = {badge.programme: badge.header_color, badge.role: badge.role_color, badge.site: _MUTED}
        for line in fit.lines:
            one = Fit((line,), fit.base, fit.fits)
            color = colors.get(line.text, _INK) if line.size < fit.base else _INK
            top = self._draw_fit(painter, one, box, color, top=top)

    def _qr(self, painter: QPainter, matrix: Sequence[bytes], x: float, y: float, size: float) -> None:
        """The QR code as filled vector rectangles, one per run of dark modules, drawn in module
        units (whole numbers: the PDF holds short ``re`` operators, 500 codes ≈ 0.2 MB)."""
        painter.fillRect(self._r(x, y, size, size), QColor("#ffffff"))
        module = size / len(matrix) * self.k
        painter.save()
        painter.translate(x * self.k, y * self.k)
        painter.scale(module, module)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        painter.drawRects([QRectF(col, row, length, 1) for row, col, length in qr_runs(matrix)])
        painter.restore()

    def _photo(self, painter: QPainter, badge: BadgeContent, x: float, y: float, w: float, h: float) -> None:
        box = self._r(x, y, w, h)
        clip = QPainterPath()
        clip.addRoundedRect(box, 1.5 * self.k, 1.5 * self.k)
        image = self._load_photo(badge.photo, w, h) if badge.photo is not None else None
        painter.save()
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
        if image is not None:
            painter.drawImage(box, image)
        else:  # no photo: the initials on a tint of the role colour, so every badge keeps its layout
            tint = QColor(badge.role_color)
            tint.setAlphaF(0.14)
            painter.fillRect(box, tint)
            text = self._text
            assert text is not None
            fit = text.fit(
                [TextLine(badge.initials, bold=True)], w * 0.8, h * 0.6, max_size=h * 1.4, min_size=6
            )
            self._draw_fit(painter, fit, QRectF(x, y, w, h), badge.role_color)
        painter.restore()

    def _load_photo(self, path: Path, w: float, h: float) -> QImage | None:
        """The photo scaled and centre-cropped to ``w`` × ``h`` mm at :data:`PHOTO_DPI`; None when
        it cannot be read (the badge then shows initials)."""
        px_w, px_h = max(int(w / 25.4 * PHOTO_DPI), 1), max(int(h / 25.4 * PHOTO_DPI), 1)
        key = (str(path), px_w, px_h)
        if key in self._photo_cache:
            return self._photo_cache[key]
        image: QImage | None = None
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # photos from phones are stored sideways with an EXIF rotation
        source = reader.read()
        if source.isNull():
            log.info("photo %s not readable: %s", path.name, reader.errorString())
        else:
            scaled = source.scaled(
                px_w,
                px_h,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            image = scaled.copy((scaled.width() - px_w) // 2, (scaled.height() - px_h) // 2, px_w, px_h)
        if len(self._photo_cache) > 64:
            self._photo_cache.clear()
        self._photo_cache[key] = image
        return image

    # -- stickers --------------------------------------------------------------------------------------
    def _sticker(self, painter: QPainter, rect: Rect, sticker: StickerContent) -> None:
        text = self._text
        assert text is not None
        shape = self._shape(rect)
        painter.setClipPath(shape)
        painter.fillPath(shape, QColor(sticker.background))
        d = min(rect.width, rect.height)
        frame = max(0.05 * d, 1.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(sticker.foreground, max(0.012 * d, 0.3)))
        painter.drawPath(self._shape(rect, frame))
        pad = frame + max(0.06 * d, 1.5)
        round_ = self.tpl.shape == "round"
        box = QRectF(rect.x + pad, rect.y + pad, rect.width - 2 * pad, rect.height - 2 * pad)
        fit = text.fit(
            sticker.lines,
            box.width(),
            box.height(),
            max_size=d * 0.75,
            min_size=7,
            floor=2.5,
            round_=round_,
        )
        top = box.top() + (box.height() - fit.height) / 2
        for line in fit.lines:
            top = self._draw_fit(painter, Fit((line,), fit.base, fit.fits), box, sticker.foreground, top=top)

    # -- test prints -----------------------------------------------------------------------------------
    def _outlines(self, painter: QPainter, used: set[int]) -> None:
        """Dashed outlines of every label, and the number of each empty one."""
        text = self._text
        assert text is not None
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen("#8a8d96", 0.2, Qt.PenStyle.DashLine))
        for rect in all_rects(self.tpl, self.offset):
            painter.drawPath(self._shape(rect))
            if rect.index not in used:
                box = QRectF(rect.x, rect.y, rect.width, rect.height)
                fit = text.fit(
                    [TextLine(str(rect.index))], rect.width, rect.height * 0.5, max_size=14, min_size=6
                )
                self._draw_fit(painter, fit, box, "#8a8d96")
                painter.setPen(self._pen("#8a8d96", 0.2, Qt.PenStyle.DashLine))
        note = translate(
            "LabelRenderer",
            "{code} test print: hold it against a {code} sheet. Print at 100 % (not fit to page); "
            "calibration {right} mm right, {down} mm down.",
        ).format(code=self.tpl.code, right=_signed(self.offset[0]), down=_signed(self.offset[1]))
        width, _ = self.tpl.page_size
        top = max(min(self.tpl.y0 + self.offset[1], 12.0) - 5.5, 1.0)
        fit = text.fit([TextLine(note)], width - 20, 4.5, max_size=7, min_size=5)
        self._draw_fit(painter, fit, QRectF(10, top, width - 20, 4.5), "#55575e")
        painter.restore()

    def _cut_marks(self, painter: QPainter) -> None:
        """Short lines in the margins continuing every label edge (card stock is cut along them)."""
        rects = all_rects(self.tpl, self.offset)
        xs = sorted({round(v, 2) for r in rects for v in (r.x, r.x + r.width)})
        ys = sorted({round(v, 2) for r in rects for v in (r.y, r.y + r.height)})
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        gap, length = 2.0, 6.0
        painter.save()
        painter.setPen(self._pen("#000000", 0.25))
        k = self.k
        for x in xs:
            painter.drawLine(QPointF(x * k, (top - gap - length) * k), QPointF(x * k, (top - gap) * k))
            painter.drawLine(QPointF(x * k, (bottom + gap) * k), QPointF(x * k, (bottom + gap + length) * k))
        for y in ys:
            painter.drawLine(QPointF((left - gap - length) * k, y * k), QPointF((left - gap) * k, y * k))
            painter.drawLine(QPointF((right + gap) * k, y * k), QPointF((right + gap + length) * k, y * k))
        painter.restore()


def _signed(value: float) -> str:
    """``+1.5`` / ``-0.3`` (``+1,5`` in French): an offset in millimetres, its sign always shown."""
    return ("+" if value >= 0 else "-") + number(abs(value), 1)


# -- PDF ----------------------------------------------------------------------------------------------
def write_pdf(
    path: str | os.PathLike[str],
    renderer: LabelRenderer,
    pages: Sequence[Page],
    *,
    title: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Write ``pages`` to a PDF at the template's exact paper size, no margins, 100 % scale (a
    printer then puts each label where the sheet has it). Written to a temporary file beside the
    target and moved into place at the end: a cancelled or failed export leaves no half file.
    Returns False when cancelled."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".esn-desk-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    done = False
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(renderer.tpl))
        writer.setTitle(title or translate("LabelRenderer", "{code} labels").format(code=renderer.tpl.code))
        writer.setCreator("ESN Desk")
        done = renderer.render(writer, pages, progress, cancelled)
        del writer  # the file is complete once the writer is gone
        if done:
            os.replace(tmp, target)
    finally:
        if not done:
            tmp.unlink(missing_ok=True)
    return done


def render_image(renderer: LabelRenderer, page: Page, dpi: float = 96.0) -> QImage:
    """One sheet as an image at ``dpi`` (white paper): thumbnails and tests."""
    width, height = renderer.tpl.page_size
    image = QImage(
        max(int(width / 25.4 * dpi), 1), max(int(height / 25.4 * dpi), 1), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        renderer.paint_page(painter, image, page)
    finally:
        painter.end()
    return image


__all__ = [
    "PDF_RESOLUTION",
    "Item",
    "LabelRenderer",
    "Page",
    "PlacedText",
    "TextKit",
    "page_layout",
    "page_size",
    "render_image",
    "write_pdf",
]
