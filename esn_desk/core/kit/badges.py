"""What goes on laptop stickers and printed name badges — every decision that needs no Qt.

The Qt renderer (``esn_desk/ui/printing/labels.py``) only draws what this module decides:

* the content of a badge (:func:`badge_contents`) and of a sticker (:func:`sticker_contents`,
  :data:`STICKER_DESIGNS`), with the role colours and the programme's colours;
* the QR code of a badge: the person's profile URL (:func:`profile_url`) or, without a pattern, a
  vCard 3.0 (:func:`vcard`), and its module matrix (:func:`qr_matrix`, drawn as vector squares);
* how many stickers and where: :func:`sticker_slots` ("N per ambassador" / "a full sheet") and
  :func:`place` (items on label boxes of :func:`~esn_desk.core.kit.layouts.label_rects`);
* how big a text may be in a box or a circle (:func:`fit_stack`), given a measuring function the
  renderer supplies (QFontMetricsF), so the fitting rules are tested without a QApplication.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar
from urllib.parse import quote

import segno

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.kit.layouts import LabelTemplate, Rect, label_rects
from esn_desk.core.kit.photos import PhotoIndex, role_color, text_color_on
from esn_desk.core.kit.tracking import KitPerson, role_label
from esn_desk.core.settings import ProgrammeSettings

T = TypeVar("T")

# -- role colours -------------------------------------------------------------------------------------


def role_colors(roles: Iterable[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """The colour band of each role: a stable palette colour per role name (the same on the badges,
    directory badges and every machine), unless ``overrides`` gives a valid ``#rrggbb`` for it."""
    out: dict[str, str] = {}
    for role in roles:
        wanted = (overrides or {}).get(role, "")
        out[role] = wanted if re.fullmatch(r"#[0-9a-fA-F]{6}", wanted) else role_color(role)
    return out


# -- QR codes -----------------------------------------------------------------------------------------
PATTERN_FIELDS: Final = ("email", "employee_id", "first_name", "last_name")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PATTERN_FIELDS) + r")\}")
# segno picks the best of the 8 masks by scoring each one (ISO 18004 penalty rules): 4 ms of a 5 ms
# QR code, i.e. 2 s for 500 badges on its own. Every mask gives a valid code that any reader decodes;
# the scoring only avoids patterns that look like finder patterns to the weakest readers. A fixed mask
# keeps 500 badges under the 2 s goal (issue #5).
QR_MASK: Final = 2
QR_ERROR: Final = "m"  # 15 % of the code can be lost (a scratched or bent badge still scans)
QR_QUIET_ZONE: Final = 4  # modules of white around the code, as the standard asks


def profile_url(pattern: str, person: KitPerson) -> str | None:
    """The person's ESN profile address from ``pattern`` (``https://…{email}…``), each field
    URL-quoted; None when there is no https pattern or a field it needs is empty for this person."""
    pattern = pattern.strip()
    if not pattern.lower().startswith("https://") or any(c.isspace() for c in pattern):
        return None
    values = {name: str(getattr(person, name) or "").strip() for name in PATTERN_FIELDS}
    if any(not values[name] for name in _PLACEHOLDER.findall(pattern)):
        return None
    return _PLACEHOLDER.sub(lambda m: quote(values[m.group(1)], safe=""), pattern)


def _vcard_text(value: str) -> str:
    """RFC 2426 §4 escaping of a text value: backslash, comma, semicolon, newline."""
    value = re.sub(r"[\x00-\x09\x0b-\x1f\x7f]", " ", value.replace("\r\n", "\n").replace("\r", "\n"))
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\n", "\\n").strip()


def vcard(person: KitPerson, organisation: str = "") -> str:
    """A vCard 3.0 for the person (name, organisation, title, email, phone) — what the QR code holds
    when the programme has no profile address pattern. Lines end with CRLF; empty fields are left out."""
    first, last = person.first_name.strip(), person.last_name.strip()
    full = " ".join(person.full_name.split()) or " ".join(p for p in (first, last) if p)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_vcard_text(last)};{_vcard_text(first)};;;",
        f"FN:{_vcard_text(full)}",
    ]
    for key, value in (
        ("ORG", organisation),
        ("TITLE", person.job_title),
        ("EMAIL;TYPE=INTERNET", person.email),
        ("TEL;TYPE=WORK", person.phone),
    ):
        if value and value.strip():
            lines.append(f"{key}:{_vcard_text(value)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def qr_payload(person: KitPerson, settings: ProgrammeSettings) -> str:
    """What the badge's QR code holds: the profile URL when a pattern is set and the person has the
    fields it needs, else their vCard."""
    return profile_url(settings.profile_url_pattern, person) or vcard(person, settings.organisation)


@functools.lru_cache(maxsize=2048)
def qr_matrix(payload: str) -> tuple[bytes, ...] | None:
    """The QR code of ``payload`` as rows of modules (byte 1: dark, 0: light), without the quiet
    zone; None when the payload is empty or too long for any QR code."""
    if not payload:
        return None
    try:
        code = segno.make(payload, error=QR_ERROR, micro=False, mask=QR_MASK, boost_error=False)
    except (segno.DataOverflowError, ValueError):
        return None
    return tuple(bytes(row) for row in code.matrix)


_DARK_RUN: Final = re.compile(rb"\x01+")


def qr_runs(matrix: Sequence[bytes]) -> list[tuple[int, int, int]]:
    """The dark modules as horizontal runs ``(row, first column, length)``: a third as many
    rectangles to draw as single modules (a smaller, faster PDF)."""
    return [
        (r, m.start(), m.end() - m.start()) for r, row in enumerate(matrix) for m in _DARK_RUN.finditer(row)
    ]


# -- content ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BadgeContent:
    """Everything one printed name badge shows (plain text and colours; the renderer lays it out)."""

    ambassador_id: int
    name: str
    role: str
    role_color: str  # "#rrggbb" band behind the role
    role_text_color: str
    site: str
    programme: str
    esn: str
    header_color: str  # the programme's brand colour
    header_text_color: str
    initials: str = ""
    photo: Path | None = None
    qr: str | None = None  # QR payload (profile URL or vCard); None: no QR code


def badge_contents(
    people: Sequence[KitPerson],
    settings: ProgrammeSettings,
    *,
    photos: PhotoIndex | None = None,
    with_qr: bool = True,
    color_overrides: Mapping[str, str] | None = None,
) -> list[BadgeContent]:
    """One :class:`BadgeContent` per person, in order. ``photos`` (an index of the photos folder)
    adds each person's photo when found; without it badges have none."""
    colors = role_colors({p.role for p in people}, color_overrides)
    brand = settings.brand_color if re.fullmatch(r"#[0-9a-fA-F]{6}", settings.brand_color) else "#2f6fde"
    out = []
    for p in people:
        color = colors[p.role]
        out.append(
            BadgeContent(
                ambassador_id=p.ambassador_id,
                name=" ".join(p.full_name.split()) or " ".join(f"{p.first_name} {p.last_name}".split()),
                role=role_label(p.role),  # the colour stays the stored role's
                role_color=color,
                role_text_color=text_color_on(color),
                site=p.site.strip(),
                programme=settings.programme_name.strip(),
                esn=settings.esn_name.strip(),
                header_color=brand,
                header_text_color=text_color_on(brand),
                initials=p.initials,
                photo=photos.find(p.employee_id, p.email) if photos is not None else None,
                qr=qr_payload(p, settings) if with_qr else None,
            )
        )
    return out


@dataclass(frozen=True)
class TextLine:
    """One line of a sticker or badge: ``scale`` relative to the block's base size; ``wrap``: may be
    broken into two balanced lines when that lets the block be larger; ``shrink``: may be drawn
    smaller than its scale (down to :data:`SHRINK_FACTORS`' last) rather than shrink the whole block
    (a long name on a sticker must not make the headline tiny)."""

    text: str
    scale: float = 1.0
    bold: bool = False
    wrap: bool = False
    shrink: bool = False


@dataclass(frozen=True)
class StickerDesign:
    key: str
    title: str  # what the user picks in a list ("Ask me about <ESN>"), in English: see :attr:`label`

    @property
    def label(self) -> str:
        """The title in the interface language."""
        return translate("KitBadges", self.title)


STICKER_DESIGNS: Final = {
    d.key: d
    for d in (
        StickerDesign("ask_me", QT_TRANSLATE_NOOP("KitBadges", "“Ask me about <ESN>”")),
        StickerDesign("ambassador", QT_TRANSLATE_NOOP("KitBadges", "“<ESN> Ambassador”")),
        StickerDesign("programme", QT_TRANSLATE_NOOP("KitBadges", "Programme name and ESN")),
    )
}


@dataclass(frozen=True)
class StickerContent:
    ambassador_id: int | None  # None: a sticker without a name (the same for everyone)
    lines: tuple[TextLine, ...]
    background: str
    foreground: str


def sticker_content(
    design: str, settings: ProgrammeSettings, person: KitPerson | None = None
) -> StickerContent:
    """A sticker of ``design`` (a key of :data:`STICKER_DESIGNS`); with ``person`` it carries their
    name (and, on the ambassador design, their role)."""
    if design not in STICKER_DESIGNS:
        raise ValueError(
            translate("KitBadges", "Unknown sticker design “{design}”: use {designs}.").format(
                design=design, designs=", ".join(STICKER_DESIGNS)
            )
        )
    esn = settings.esn_name.strip() or translate("KitBadges", "our network")
    name = " ".join(person.full_name.split()) if person is not None else ""
    lines: list[TextLine]
    if design == "ask_me":
        lines = [
            TextLine(translate("KitBadges", "Ask me about"), 0.62),
            TextLine(esn, 1.0, bold=True, wrap=True),
        ]
    elif design == "ambassador":
        role = (role_label(person.role) if person is not None else "") or translate("KitBadges", "Ambassador")
        lines = [TextLine(esn, 1.0, bold=True, wrap=True), TextLine(role, 0.72)]
    else:
        lines = [
            TextLine(
                settings.programme_name.strip() or translate("KitBadges", "Ambassadors"),
                1.0,
                bold=True,
                wrap=True,
            ),
            TextLine(esn, 0.62, wrap=True),
        ]
    if name:
        lines.append(TextLine(name, 0.56, bold=design != "programme", wrap=True, shrink=True))
    brand = settings.brand_color if re.fullmatch(r"#[0-9a-fA-F]{6}", settings.brand_color) else "#2f6fde"
    return StickerContent(
        ambassador_id=person.ambassador_id if person is not None else None,
        lines=tuple(lines),
        background=brand,
        foreground=text_color_on(brand),
    )


MAX_PER_PERSON: Final = 100


def sticker_slots(
    people: Sequence[T], tpl: LabelTemplate, *, per_person: int | None, with_name: bool, start: int = 1
) -> list[T | None]:
    """Who each printed sticker is for, in print order (None: a sticker without a name).

    ``per_person`` N: N stickers per ambassador (with names: N in a row for each person; without:
    N × the number of people, all alike). ``per_person`` None: "a full sheet" — with names, each
    person fills a sheet (the first one the rest of the part-used sheet from ``start``); without
    names, one sheet from ``start`` to its end.
    """
    if not 1 <= start <= tpl.per_sheet:
        raise ValueError(
            translate("KitBadges", "Start at a label between 1 and {count} on a {code} sheet.").format(
                count=tpl.per_sheet, code=tpl.code
            )
        )
    if per_person is not None and not 1 <= per_person <= MAX_PER_PERSON:
        raise ValueError(
            translate("KitBadges", "Print between 1 and {count} stickers per ambassador.").format(
                count=MAX_PER_PERSON
            )
        )
    first_sheet = tpl.per_sheet - start + 1
    if not with_name:
        count = first_sheet if per_person is None else per_person * len(people)
        return [None] * (count if people else 0)
    out: list[T | None] = []
    for i, person in enumerate(people):
        n = per_person if per_person is not None else (first_sheet if i == 0 else tpl.per_sheet)
        out.extend([person] * n)
    return out


def place(
    tpl: LabelTemplate, items: Sequence[T], *, start: int = 1, offset: tuple[float, float] = (0.0, 0.0)
) -> list[list[tuple[Rect, T]]]:
    """``items`` on the sheet's labels, page by page, the first on label ``start``."""
    pages = label_rects(tpl, len(items), start=start, offset=offset)
    it = iter(items)
    return [[(rect, next(it)) for rect in page] for page in pages]


# -- fitting text -------------------------------------------------------------------------------------
# measure(text, size_pt, bold) -> width in mm; line_height(size_pt, bold) -> height of a line in mm.
Measure = Callable[[str, float, bool], float]
LineHeight = Callable[[float, bool], float]


@dataclass(frozen=True)
class FittedLine:
    text: str
    size: float  # points
    bold: bool
    width: float  # mm
    height: float  # mm


@dataclass(frozen=True)
class Fit:
    """Lines at their sizes; ``fits`` is False only when even the smallest size would overflow (the
    renderer then elides a secondary text; a name is never given less than ``floor``)."""

    lines: tuple[FittedLine, ...]
    base: float
    fits: bool

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines)

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0.0)


def split_two(text: str, width_of: Callable[[str], float]) -> tuple[str, str] | None:
    """The most balanced break of ``text`` into two lines, at a space or after a hyphen; None when
    it has no break."""
    best: tuple[float, tuple[str, str]] | None = None
    for m in re.finditer(r" +|(?<=\w-)(?=\w)", text):
        first, second = text[: m.start()].rstrip(), text[m.end() :].lstrip()
        if not first or not second:
            continue
        worst = max(width_of(first), width_of(second))
        if best is None or worst < best[0]:
            best = (worst, (first, second))
    return best[1] if best else None


def _at_ten(measure: Measure, bold: bool) -> Callable[[str], float]:
    return lambda text: measure(text, 10.0, bold)


def _variants(lines: Sequence[TextLine], measure: Measure) -> list[list[TextLine]]:
    """The block as given, then with each wrappable line broken in two (one at a time, then all)."""
    variants = [list(lines)]
    broken: list[TextLine] = []
    any_split = False
    for i, line in enumerate(lines):
        halves = split_two(line.text, _at_ten(measure, line.bold)) if line.wrap else None
        if halves is None:
            broken.append(line)
            continue
        pair = [TextLine(h, line.scale, line.bold, shrink=line.shrink) for h in halves]
        variants.append([*lines[:i], *pair, *lines[i + 1 :]])
        broken.extend(pair)
        any_split = True
    if any_split and len(broken) > len(lines) + 1:
        variants.append(broken)
    return variants


def _layout(
    lines: Sequence[TextLine], base: float, measure: Measure, line_height: LineHeight
) -> tuple[FittedLine, ...]:
    return tuple(
        FittedLine(
            line.text,
            base * line.scale,
            line.bold,
            measure(line.text, base * line.scale, line.bold),
            line_height(base * line.scale, line.bold),
        )
        for line in lines
    )


def _fits(laid: Sequence[FittedLine], width: float, height: float, round_: bool) -> bool:
    total = sum(line.height for line in laid)
    if total > height + 1e-9:
        return False
    if not round_:
        return all(line.width <= width + 1e-9 for line in laid)
    r = min(width, height) / 2
    y = -total / 2
    for line in laid:
        far = max(abs(y), abs(y + line.height))
        chord = 2 * math.sqrt(max(r * r - far * far, 0.0))
        if line.width > chord + 1e-9:
            return False
        y += line.height
    return True


def fit_stack(
    lines: Sequence[TextLine],
    width: float,
    height: float,
    measure: Measure,
    line_height: LineHeight,
    *,
    max_size: float,
    min_size: float,
    floor: float | None = None,
    round_: bool = False,
) -> Fit:
    """The largest base size (points) at which ``lines`` fit a ``width`` × ``height`` mm box — or the
    circle inscribed in it (``round_``: each line within the chord at its height).

    Shrinks first; only when the block would go below ``min_size`` are wrappable lines broken in two
    (a long name: shrink, then two lines). It may go down to ``floor`` (default ``min_size``) rather
    than overflow; ``fits`` says whether it fits at all.
    """
    lines = [line for line in lines if line.text.strip()]
    if not lines or width <= 0 or height <= 0:
        return Fit((), 0.0, True)
    low_limit = min(floor if floor is not None else min_size, min_size)
    shrinkable = any(line.shrink for line in lines)
    found: list[tuple[float, list[TextLine]]] = []
    for n, variant in enumerate(_variants(lines, measure)):
        size = _largest(variant, width, height, measure, line_height, max_size, low_limit, round_)
        if size is None:
            continue
        if shrinkable:
            size, variant = _shrink_lines(
                size, variant, width, height, measure, line_height, max_size, round_
            )
        elif n == 0 and size >= min_size:  # big enough on one line: no wrapping
            return Fit(_layout(variant, size, measure, line_height), size, True)
        found.append((size, variant))
    if not found:
        return Fit(_layout(lines, low_limit, measure, line_height), low_limit, False)
    top = max(size for size, _ in found)
    # in found order (unbroken first): the first within 10 % of the largest, as fewer lines read better
    size, variant = next(f for f in found if f[0] >= (0.9 * top if shrinkable else top - 1e-6))
    return Fit(_layout(variant, size, measure, line_height), size, True)


SHRINK_FACTORS: Final = (0.85, 0.7, 0.55)
MIN_SHRUNK_SIZE: Final = 6.0  # points: a shrinkable line is not made smaller than this


def _shrink_lines(
    size: float,
    variant: list[TextLine],
    width: float,
    height: float,
    measure: Measure,
    line_height: LineHeight,
    max_size: float,
    round_: bool,
) -> tuple[float, list[TextLine]]:
    """Make the ``shrink`` lines smaller when that lets the rest grow by more than 10 %."""
    options = [(size, variant)]
    for factor in SHRINK_FACTORS:
        smaller = [
            TextLine(x.text, x.scale * factor, x.bold, x.wrap, x.shrink) if x.shrink else x for x in variant
        ]
        found = _largest(smaller, width, height, measure, line_height, max_size, size, round_)
        if found is None:
            continue
        if any(x.shrink and found * x.scale < MIN_SHRUNK_SIZE for x in smaller):
            break
        options.append((found, smaller))
    top = max(found for found, _ in options)
    return next(option for option in options if option[0] >= 0.9 * top)


def _largest(
    lines: Sequence[TextLine],
    width: float,
    height: float,
    measure: Measure,
    line_height: LineHeight,
    high: float,
    low: float,
    round_: bool,
) -> float | None:
    """Largest size in [low, high] (to 0.1 pt) at which the block fits; None if not even ``low``."""
    if _fits(_layout(lines, high, measure, line_height), width, height, round_):
        return high
    if not _fits(_layout(lines, low, measure, line_height), width, height, round_):
        return None
    while high - low > 0.1:
        mid = (low + high) / 2
        if _fits(_layout(lines, mid, measure, line_height), width, height, round_):
            low = mid
        else:
            high = mid
    return low


__all__ = [
    "MAX_PER_PERSON",
    "PATTERN_FIELDS",
    "QR_QUIET_ZONE",
    "STICKER_DESIGNS",
    "BadgeContent",
    "Fit",
    "FittedLine",
    "StickerContent",
    "StickerDesign",
    "TextLine",
    "badge_contents",
    "fit_stack",
    "place",
    "profile_url",
    "qr_matrix",
    "qr_payload",
    "qr_runs",
    "role_colors",
    "split_two",
    "sticker_content",
    "sticker_slots",
    "vcard",
]
