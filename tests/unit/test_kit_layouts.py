"""Label sheet geometry against the published template numbers (mm), start positions and calibration."""

from __future__ import annotations

import pytest

from esn_desk.core.kit.layouts import PAPER_SIZES, TEMPLATES, all_rects, label_rects, template

# code: (paper, columns, rows, width, height, x0, y0, dx, dy) — gLabels / manufacturers' numbers.
PUBLISHED = {
    "L7163": ("A4", 2, 7, 99.1, 38.1, 3.35, 15.17, 103.0, 38.1),
    "L7160": ("A4", 3, 7, 64.0, 38.1, 7.48, 15.49, 66.04, 38.1),
    "L7651": ("A4", 5, 13, 38.1, 21.2, 4.75, 10.7, 40.6, 21.2),
    "L4785": ("A4", 2, 5, 80.0, 50.0, 18.0, 13.0, 95.0, 55.0),
    "5160": ("Letter", 3, 10, 66.7, 25.4, 3.97, 12.7, 70.64, 25.4),
    "5395": ("Letter", 2, 4, 85.7, 59.3, 17.46, 14.82, 95.25, 63.5),
    "5294": ("Letter", 3, 4, 63.5, 63.5, 5.33, 10.79, 69.85, 63.88),
    "5293": ("Letter", 4, 6, 41.3, 41.3, 10.56, 13.94, 51.17, 42.05),
}


@pytest.mark.parametrize("code", sorted(PUBLISHED))
def test_templates_match_the_published_dimensions(code: str) -> None:
    tpl = template(code)
    paper, columns, rows, width, height, x0, y0, dx, dy = PUBLISHED[code]
    assert (tpl.paper, tpl.columns, tpl.rows) == (paper, columns, rows)
    for ours, published in ((tpl.width, width), (tpl.height, height), (tpl.x0, x0), (tpl.y0, y0)):
        assert ours == pytest.approx(published, abs=0.06)
    assert (tpl.dx, tpl.dy) == (pytest.approx(dx, abs=0.06), pytest.approx(dy, abs=0.06))


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.code)
def test_every_label_lies_on_the_page_and_labels_do_not_overlap(tpl) -> None:  # type: ignore[no-untyped-def]
    page_w, page_h = PAPER_SIZES[tpl.paper]
    rects = all_rects(tpl)
    assert len(rects) == tpl.per_sheet and [r.index for r in rects] == list(range(1, tpl.per_sheet + 1))
    for r in rects:
        assert r.x >= 0 and r.x + r.width <= page_w + 0.01
        assert r.y >= 0 and r.y + r.height <= page_h + 0.01
    assert tpl.dx >= tpl.width - 0.01 and tpl.dy >= tpl.height - 0.01


def test_start_position_and_pages_for_a_part_used_sheet() -> None:
    tpl = template("l4785")  # case does not matter
    pages = label_rects(tpl, 12, start=3)
    assert [len(p) for p in pages] == [8, 4]  # labels 3–10 of the first sheet, then 1–4 of a new one
    first = pages[0][0]
    assert (first.index, first.x, first.y) == (3, 18.0, 68.0)  # row 2, column 1
    assert (pages[0][1].x, pages[0][1].y) == (113.0, 68.0)
    assert (pages[1][0].index, pages[1][0].x, pages[1][0].y) == (1, 18.0, 13.0)


def test_calibration_offset_moves_every_label() -> None:
    plain = all_rects(template("L7160"))
    shifted = all_rects(template("L7160"), offset=(0.8, -0.5))
    for a, b in zip(plain, shifted, strict=True):
        assert (b.x - a.x, b.y - a.y) == (pytest.approx(0.8), pytest.approx(-0.5))


def test_bad_template_or_start_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="L4785"):
        template("L9999")
    with pytest.raises(ValueError, match="between 1 and 10"):
        label_rects(template("L4785"), 1, start=11)
    assert label_rects(template("L4785"), 0) == []


def test_labels_say_what_they_are() -> None:
    assert template("L4785").label == "L4785 — name badges, 80 × 50 mm, 10 per A4 sheet"
    assert template("5294").label.startswith("5294 — round labels, Ø 63.5 mm, 12 per Letter sheet")
    assert template("A4-8").cut_marks and template("A4-8").kind == "badge"
