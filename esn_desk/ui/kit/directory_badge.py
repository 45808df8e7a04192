"""Directory badges: a round profile picture framed by a ribbon saying the role and the ESN name.

Like LinkedIn's "#OpenToWork" frame, the ribbon runs along the bottom of the circle, inside it, so the
badge survives every directory that crops profile pictures to a circle. The picture is the person's
photo (from the photos folder, matched by employee ID or email) or, without one, their initials on a
tint of the programme colour. Outside the circle the PNG is transparent.

Only QImage and QPainter are used (no widget): rendering and :func:`export_directory_badges` can run
in a worker thread.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QConicalGradient,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
    QTextCharFormat,
    QTextLayout,
    QTransform,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate
from esn_desk.core.kit.photos import PhotoIndex, badge_file_name, role_color, text_color_on
from esn_desk.core.kit.tracking import KitPerson, role_label
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.ui.printing.fonts import print_family

log = logging.getLogger(__name__)

BADGE_SIZE = 800  # px; directories ask for at least 648 × 648 (LinkedIn 400, Viva Engage 648)
_RIBBON = 0.135  # ribbon thickness, share of the diameter
_RIM = 0.016  # the thin ring all around, share of the diameter
_MAX_TEXT_DEGREES = 236.0  # the text never climbs higher than the ears: the face stays clear
_FADE_DEGREES = 26.0  # the ribbon's ends fade out over this angle

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def badge_family() -> str:
    """The family badges are drawn with: the bundled Noto Sans, registered once (the same look on every
    machine); call it on the GUI thread before a worker draws."""
    return print_family()


# -- colours ------------------------------------------------------------------------------------------
def _color(value: str, fallback: str = "#2f6fde") -> QColor:
    color = QColor(value)
    return color if color.isValid() and value.startswith("#") else QColor(fallback)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


@dataclass(frozen=True)
class BadgeLook:
    """What a badge says and in which colours (from the programme settings)."""

    esn_name: str
    brand_color: str = "#2f6fde"
    ribbon_by_role: bool = False  # the ribbon in the role's colour instead of the programme colour

    @classmethod
    def from_settings(cls, settings: ProgrammeSettings, *, ribbon_by_role: bool = False) -> BadgeLook:
        return cls(settings.esn_name, settings.brand_color, ribbon_by_role)

    def ribbon_color(self, role: str) -> QColor:
        return _color(role_color(role)) if self.ribbon_by_role else _color(self.brand_color)


# -- the picture --------------------------------------------------------------------------------------
def load_photo(path: Path | None, side: int) -> QImage | None:
    """``path`` decoded upright (EXIF orientation applied), centre-cropped to a square and scaled to
    ``side`` px; None when it is not a readable image (the badge then shows initials)."""
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    original = reader.size()
    if original.isValid() and min(original.width(), original.height()) > 2 * side:
        # Decode big photos at reduced size (JPEG scales while decoding): same factor both ways, so
        # it is correct whichever way the EXIF orientation turns the picture afterwards.
        factor = min(original.width(), original.height()) / (1.5 * side)
        reader.setScaledSize(QSize(round(original.width() / factor), round(original.height() / factor)))
    image = reader.read()
    if image.isNull():
        log.info("photo %s not used: %s", path.name, reader.errorString())
        return None
    w, h = image.width(), image.height()
    crop = min(w, h)
    x = (w - crop) // 2
    # A portrait is taller than wide and the head is in its upper part: keep it, lose the belt.
    y = (h - crop) * 3 // 10
    square = image.copy(x, y, crop, crop)
    return square.scaled(
        side,
        side,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _paint_initials(painter: QPainter, person: KitPerson, color: QColor, disc: QRectF) -> None:
    """Initials in ``color`` (the ribbon's) on a pale tint of it."""
    brand = QColor(color)
    white = QColor("#ffffff")
    background = QRadialGradient(disc.center() - QPointF(0, disc.height() * 0.25), disc.width() * 0.75)
    background.setColorAt(0.0, _mix(brand, white, 0.90))
    background.setColorAt(1.0, _mix(brand, white, 0.72))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(background))
    painter.drawEllipse(disc)
    # Initials in the programme colour, darkened when the colour is too pale to read on its tint.
    ink = QColor(brand)
    while text_color_on(ink.name()) != "#ffffff" and ink.lightness() > 40:
        ink = ink.darker(115)
    font = QFont(badge_family())
    font.setBold(True)
    font.setPixelSize(max(8, round(disc.width() * 0.34)))
    initials = person.initials[:3]
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(initials) > disc.width() * 0.6:
        font.setPixelSize(max(8, round(font.pixelSize() * 0.75)))
        metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(ink)
    # Centred in what the ribbon leaves visible, i.e. a little above the middle.
    centre = disc.center() - QPointF(0, disc.height() * _RIBBON * 0.5)
    baseline = centre.y() + metrics.capHeight() / 2
    painter.drawText(QPointF(centre.x() - metrics.horizontalAdvance(initials) / 2, baseline), initials)


# -- the ribbon ---------------------------------------------------------------------------------------
def ribbon_text(role: str, esn_name: str) -> tuple[str, str]:
    """(bold part, regular part) written on the ribbon: the role (a default role in the interface
    language), then the ESN name."""
    role = " ".join(role_label(role).split()).upper()
    esn = " ".join(esn_name.split()).upper()
    if role and esn:
        return role, f"  ·  {esn}"
    return (role or esn or translate("DirectoryBadge", "AMBASSADOR")), ""


def _text_layout(bold: str, regular: str, family: str, pixel_size: float) -> QTextLayout:
    font = QFont(family)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    font.setKerning(True)
    layout = QTextLayout(bold + regular, font)
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = 0, len(bold), strong
    layout.setFormats([span])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return layout


def _text_width(layout: QTextLayout) -> float:
    return layout.lineAt(0).naturalTextWidth()


def _elide_regular(bold: str, regular: str, family: str, pixel: float, budget: float) -> str:
    """``regular`` shortened with an ellipsis until the whole text fits ``budget`` px."""
    words = regular
    while words.strip(" ·…") and _text_width(_text_layout(bold, words + "…", family, pixel)) > budget:
        words = words[:-1].rstrip()
    return words + "…" if words.strip(" ·") else ""


def _paint_ribbon(painter: QPainter, size: int, color: QColor, role: str, esn_name: str) -> None:
    centre = QPointF(size / 2, size / 2)
    outer = size / 2
    band = size * _RIBBON
    r_mid = outer - band / 2 - size * _RIM * 0.25
    family = badge_family()
    bold, regular = ribbon_text(role, esn_name)

    # The biggest text that fits the arc; then, if the ESN name is very long, shorten it.
    pixel = band * 0.40 / 0.714  # cap height ≈ 40 % of the ribbon (Noto's caps are 0.714 em)
    budget = math.radians(_MAX_TEXT_DEGREES) * r_mid
    while pixel > band * 0.28 / 0.714 and _text_width(_text_layout(bold, regular, family, pixel)) > budget:
        pixel *= 0.95
    if _text_width(_text_layout(bold, regular, family, pixel)) > budget:
        regular = _elide_regular(bold, regular, family, pixel, budget)
    layout = _text_layout(bold, regular, family, pixel)
    length = _text_width(layout)
    text_degrees = math.degrees(length / r_mid)
    half = min(180.0 - _FADE_DEGREES, max(62.0, text_degrees / 2 + 9.0))

    # The thin rim all around, then the ribbon: solid under the text, fading out at both ends.
    rim = size * _RIM
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, rim))
    painter.drawEllipse(centre, outer - rim / 2, outer - rim / 2)
    gradient = QConicalGradient(centre, 90.0)  # 0 at the top, counter-clockwise; the bottom is 0.5
    clear = QColor(color)
    clear.setAlpha(0)
    solid_from, solid_to = (180 - half) / 360, (180 + half) / 360
    fade = _FADE_DEGREES / 360
    gradient.setColorAt(0.0, clear)
    gradient.setColorAt(max(0.0, solid_from - fade), clear)
    gradient.setColorAt(solid_from, color)
    gradient.setColorAt(solid_to, color)
    gradient.setColorAt(min(1.0, solid_to + fade), clear)
    gradient.setColorAt(1.0, clear)
    ring = QPainterPath()
    ring.addEllipse(centre, outer, outer)
    inner = QPainterPath()
    inner.addEllipse(centre, outer - band, outer - band)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawPath(ring.subtracted(inner))

    # The text along the bottom arc, left to right, tops towards the centre: each glyph is placed at
    # its own angle (glyph runs keep the font's kerning and shaping).
    ink = QColor(text_color_on(color.name()))
    painter.setBrush(ink)
    metrics = QFontMetricsF(layout.font())
    r_base = r_mid + metrics.capHeight() / 2
    for run in layout.glyphRuns():
        raw = run.rawFont()
        indexes = run.glyphIndexes()
        advances = raw.advancesForGlyphIndexes(indexes)
        for index, position, advance in zip(indexes, run.positions(), advances, strict=False):
            middle = position.x() + advance.x() / 2
            angle = 270.0 - math.degrees((length / 2 - middle) / r_mid)  # maths angle, 270 = bottom
            point = QPointF(
                centre.x() + r_base * math.cos(math.radians(angle)),
                centre.y() - r_base * math.sin(math.radians(angle)),
            )
            transform = QTransform()
            transform.translate(point.x(), point.y())
            transform.rotate(270.0 - angle)
            transform.translate(-advance.x() / 2, 0)
            painter.drawPath(transform.map(raw.pathForGlyph(index)))


# -- the badge ----------------------------------------------------------------------------------------
def render_directory_badge(
    person: KitPerson,
    look: BadgeLook,
    photo: Path | QImage | None = None,
    *,
    size: int = BADGE_SIZE,
) -> QImage:
    """One badge: ``size`` × ``size`` px, ARGB, transparent outside the circle.

    ``photo`` is a file (decoded here) or an image already loaded; None or an unreadable file gives
    the initials avatar.
    """
    size = max(64, int(size))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    picture = photo if isinstance(photo, QImage) else load_photo(photo, size)
    if picture is not None and picture.isNull():
        picture = None
    disc = QRectF(0, 0, size, size)
    ribbon = look.ribbon_color(person.role)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        if picture is not None:
            clip = QPainterPath()
            clip.addEllipse(disc)
            painter.setClipPath(clip)
            if picture.width() != size or picture.height() != size:
                picture = picture.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            painter.drawImage(QPointF((size - picture.width()) / 2, (size - picture.height()) / 2), picture)
            painter.setClipping(False)
        else:
            _paint_initials(painter, person, ribbon, disc)
        _paint_ribbon(painter, size, ribbon, person.role, look.esn_name)
    finally:
        painter.end()
    # PNG metadata: the key is a standard keyword, the value the person's name and role
    image.setText("Title", f"{person.full_name} — {role_label(person.role)}")  # i18n: ok
    image.setText("Software", "ESN Desk")  # i18n: ok
    return image


@dataclass
class BadgeExport:
    """What :func:`export_directory_badges` wrote."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    ambassador_ids: list[int] = field(default_factory=list)
    with_photo: int = 0
    cancelled: bool = False
    failed: list[str] = field(default_factory=list)  # names whose file could not be written

    @property
    def count(self) -> int:
        return len(self.files)


def export_directory_badges(
    people: Iterable[KitPerson],
    folder: str | os.PathLike[str],
    settings: ProgrammeSettings | BadgeLook,
    photos_folder: str | os.PathLike[str] | None = None,
    *,
    size: int = BADGE_SIZE,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BadgeExport:
    """Write ``<name> (<employee ID or email>).png`` per person into ``folder`` (created if needed).

    Existing badges of the same people are replaced; each file is written under a temporary name first,
    so a cancelled or failed export never leaves half a PNG. Safe to run in a worker thread.
    """
    look = settings if isinstance(settings, BadgeLook) else BadgeLook.from_settings(settings)
    out = Path(folder).expanduser()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("DirectoryBadge", "The folder {folder} cannot be created: {reason}.").format(
                folder=out, reason=exc.strerror or exc
            )
        ) from exc
    if not out.is_dir():
        raise UserError(translate("DirectoryBadge", "{path} is not a folder.").format(path=out))
    people = list(people)
    index = PhotoIndex(photos_folder)
    result = BadgeExport(out)
    badge_family()  # load the font once, before the loop
    for done, person in enumerate(people):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(people), person.full_name)
        photo = index.find(person.employee_id, person.email)
        picture = load_photo(photo, size)
        image = render_directory_badge(person, look, picture, size=size)
        target = out / badge_file_name(person)
        temporary = target.with_name(f".{target.stem}.partial.png")
        if image.save(str(temporary)):  # PNG, from the suffix
            try:
                os.replace(temporary, target)
            except OSError as exc:
                log.warning("cannot write %s: %s", target, exc)
                temporary.unlink(missing_ok=True)
                result.failed.append(person.full_name)
                continue
            result.files.append(target)
            result.ambassador_ids.append(person.ambassador_id)
            result.with_photo += picture is not None
        else:
            temporary.unlink(missing_ok=True)
            result.failed.append(person.full_name)
    if progress is not None and not result.cancelled:
        progress(len(people), len(people), "")
    if result.failed and not result.files:
        raise UserError(
            translate(
                "DirectoryBadge", "No badge could be written in {folder}: check that you may write there."
            ).format(folder=out)
        )
    return result


__all__ = [
    "BADGE_SIZE",
    "BadgeExport",
    "BadgeLook",
    "export_directory_badges",
    "load_photo",
    "render_directory_badge",
    "ribbon_text",
]
