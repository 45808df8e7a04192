"""Label sheets as data: exact geometry (millimetres) of the sticker and name-badge sheets we print on.

Geometry follows the gLabels template database (and the manufacturers' published dimensions):
``x0, y0`` is the top-left corner of the first label from the top-left corner of the page, ``dx, dy``
the pitch from one label to the next. Sources disagree by up to ~1 mm, which is why printing also
takes a per-printer calibration offset (see :func:`label_rects`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, language, translate

INCH: Final = 25.4
PAPER_SIZES: Final = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


@dataclass(frozen=True)
class LabelTemplate:
    code: str
    description: str  # in English (marked for translation): :attr:`label` shows it translated
    paper: str  # "A4" or "Letter"
    shape: str  # "rect" or "round"
    width: float  # mm (the diameter for a round label)
    height: float
    columns: int
    rows: int
    x0: float  # top-left corner of the first label, from the page's top-left corner
    y0: float
    dx: float  # pitch between labels
    dy: float
    radius: float = 0.0  # corner radius of a rectangle
    kind: str = "sticker"  # "sticker" or "badge" (what the sheet is usually used for)
    cut_marks: bool = False  # plain card stock: print cut marks instead of die-cut labels

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]

    @property
    def label(self) -> str:
        """What a user reads in a list, in the interface language: "L4785 — name badges, 80 × 50 mm,
        10 per A4 sheet"."""
        if self.shape == "round":
            size = translate("KitLayouts", "Ø {diameter} mm").format(diameter=_mm(self.width))
        else:
            size = translate("KitLayouts", "{width} × {height} mm").format(
                width=_mm(self.width), height=_mm(self.height)
            )
        return translate("KitLayouts", "{code} — {description}, {size}, {count} per {paper} sheet").format(
            code=self.code,
            description=translate("KitLayouts", self.description),
            size=size,
            count=self.per_sheet,
            paper=self.paper,
        )


def _mm(value: float) -> str:
    """A size in millimetres as short as it goes (``63.5``; ``63,5`` in French)."""
    text = f"{value:g}"
    return text.replace(".", ",") if language() == "fr" else text


@dataclass(frozen=True)
class Rect:
    """A label's box on the page, in millimetres from the page's top-left corner."""

    x: float
    y: float
    width: float
    height: float
    index: int  # position on the sheet, 1-based, row by row (what "start at label 3" counts)


def _in(value: float) -> float:
    return round(value * INCH, 3)


TEMPLATES: Final = (
    LabelTemplate(
        "L7163",
        QT_TRANSLATE_NOOP("KitLayouts", "address labels"),
        "A4",
        "rect",
        99.1,
        38.1,
        2,
        7,
        3.35,
        15.17,
        103.0,
        38.1,
        radius=2.0,
    ),
    LabelTemplate(
        "L7160",
        QT_TRANSLATE_NOOP("KitLayouts", "address labels"),
        "A4",
        "rect",
        64.0,
        38.1,
        3,
        7,
        7.48,
        15.49,
        66.04,
        38.1,
        radius=2.0,
    ),
    LabelTemplate(
        "L7651",
        QT_TRANSLATE_NOOP("KitLayouts", "mini labels"),
        "A4",
        "rect",
        38.1,
        21.2,
        5,
        13,
        4.75,
        10.7,
        40.6,
        21.2,
        radius=1.5,
    ),
    LabelTemplate(
        "L4785",
        QT_TRANSLATE_NOOP("KitLayouts", "name badges"),
        "A4",
        "rect",
        80.0,
        50.0,
        2,
        5,
        18.0,
        13.0,
        95.0,
        55.0,
        radius=4.0,
        kind="badge",
    ),
    LabelTemplate(
        "5160",
        QT_TRANSLATE_NOOP("KitLayouts", "address labels"),
        "Letter",
        "rect",
        _in(2.625),
        _in(1),
        3,
        10,
        _in(0.15625),
        _in(0.5),
        _in(2.78125),
        _in(1),
        radius=_in(0.0625),
    ),
    LabelTemplate(
        "5395",
        QT_TRANSLATE_NOOP("KitLayouts", "name badges"),
        "Letter",
        "rect",
        _in(3.375),
        _in(2.333),
        2,
        4,
        _in(0.6875),
        _in(0.5833),
        _in(3.75),
        _in(2.5),
        radius=_in(0.1875),
        kind="badge",
    ),
    LabelTemplate(
        "5294",
        QT_TRANSLATE_NOOP("KitLayouts", "round labels"),
        "Letter",
        "round",
        _in(2.5),
        _in(2.5),
        3,
        4,
        _in(0.21),
        _in(0.425),
        _in(2.75),
        _in(2.515),
    ),
    LabelTemplate(
        "5293",
        QT_TRANSLATE_NOOP("KitLayouts", "round labels"),
        "Letter",
        "round",
        _in(1.625),
        _in(1.625),
        4,
        6,
        _in(0.4157),
        _in(0.549),
        _in(2.0145),
        _in(1.6554),
    ),
    LabelTemplate(
        "A4-8",
        QT_TRANSLATE_NOOP("KitLayouts", "name badges on plain card stock (cut along the marks)"),
        "A4",
        "rect",
        90.0,
        60.0,
        2,
        4,
        15.0,
        28.5,
        90.0,
        60.0,
        kind="badge",
        cut_marks=True,
    ),
)
TEMPLATE_BY_CODE: Final = {t.code: t for t in TEMPLATES}


def template(code: str) -> LabelTemplate:
    """The template called ``code`` (case-insensitive), or a ValueError listing the known ones."""
    found = {t.code.lower(): t for t in TEMPLATES}.get(code.strip().lower())
    if found is None:
        raise ValueError(
            translate("KitLayouts", "Unknown label template “{code}”; known templates: {codes}.").format(
                code=code, codes=", ".join(t.code for t in TEMPLATES)
            )
        )
    return found


def label_rects(
    tpl: LabelTemplate, count: int, *, start: int = 1, offset: tuple[float, float] = (0.0, 0.0)
) -> list[list[Rect]]:
    """Pages of label boxes for ``count`` items, the first one on label ``start`` of the first sheet
    (labels 1 … start−1 were used already). ``offset`` (mm, right/down) is the printer calibration."""
    if not 1 <= start <= tpl.per_sheet:
        raise ValueError(
            translate("KitLayouts", "Start at a label between 1 and {count} on a {code} sheet.").format(
                count=tpl.per_sheet, code=tpl.code
            )
        )
    pages: list[list[Rect]] = []
    slot = start - 1
    for _ in range(count):
        if slot == 0 or not pages:
            pages.append([])
        row, column = divmod(slot, tpl.columns)
        pages[-1].append(
            Rect(
                x=tpl.x0 + column * tpl.dx + offset[0],
                y=tpl.y0 + row * tpl.dy + offset[1],
                width=tpl.width,
                height=tpl.height,
                index=slot + 1,
            )
        )
        slot = (slot + 1) % tpl.per_sheet
    return pages


def all_rects(tpl: LabelTemplate, offset: tuple[float, float] = (0.0, 0.0)) -> list[Rect]:
    """Every label of one sheet (for outlines on a test print)."""
    return label_rects(tpl, tpl.per_sheet, offset=offset)[0]


__all__ = ["PAPER_SIZES", "TEMPLATES", "LabelTemplate", "Rect", "all_rects", "label_rects", "template"]
