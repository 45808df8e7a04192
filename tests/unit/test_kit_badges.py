"""Stickers and name badges: what goes on them and where (no Qt)."""

from __future__ import annotations

import math
import os
import random
from dataclasses import replace
from pathlib import Path

import pytest
import segno

from esn_desk.core.kit import badges
from esn_desk.core.kit.badges import TextLine, fit_stack, split_two
from esn_desk.core.kit.layouts import TEMPLATES, LabelTemplate, label_rects, template
from esn_desk.core.kit.photos import PhotoIndex
from esn_desk.core.kit.tracking import KitPerson
from esn_desk.core.programme import DEFAULT_ROLES
from esn_desk.core.settings import ProgrammeSettings

LONG_NAME = "Marie-Antoinette de La Rochefoucauld-Liancourt"


def person(**changes: object) -> KitPerson:
    base = KitPerson(
        ambassador_id=7,
        person_id=70,
        employee_id="E1234",
        email="zoe.lefevre@aurore.example",
        first_name="Zoé",
        last_name="Lefèvre",
        full_name="Zoé Lefèvre",
        job_title="Chargée de communication",
        department="Communication",
        site="Lyon Part-Dieu",
        city="Lyon",
        country="France",
        phone="+33 4 72 00 00 00",
        role="Coach",
        status="active",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


SETTINGS = ProgrammeSettings(
    programme_name="Ambassadeurs Aurore", esn_name="Talkspirit", organisation="Aurore"
)


# -- positions on the sheet -----------------------------------------------------------------------------
def test_l4785_label_positions_match_the_template_numbers() -> None:
    tpl = template("L4785")
    rects = label_rects(tpl, tpl.per_sheet)[0]
    by_number = {r.index: (round(r.x, 2), round(r.y, 2)) for r in rects}
    assert by_number[1] == (18, 13)
    assert by_number[2] == (113, 13)
    assert by_number[3] == (18, 68)  # label 3 starts the second row
    assert by_number[10] == (113, 233)
    assert all((r.width, r.height) == (80, 50) for r in rects)


def test_start_position_on_a_part_used_sheet() -> None:
    tpl = template("L4785")
    placed = badges.place(tpl, ["a", "b", "c", "d", "e", "f", "g", "h", "i"], start=3)
    assert [len(page) for page in placed] == [8, 1]
    first_rect, first_item = placed[0][0]
    assert first_item == "a" and first_rect.index == 3 and (first_rect.x, first_rect.y) == (18, 68)
    assert [rect.index for rect, _ in placed[0]] == [3, 4, 5, 6, 7, 8, 9, 10]
    assert placed[1][0][0].index == 1 and placed[1][0][1] == "i"  # the next sheet starts at label 1
    with pytest.raises(ValueError, match="between 1 and 10"):
        badges.place(tpl, ["a"], start=11)


def test_calibration_offset_moves_every_label() -> None:
    tpl = template("L7160")
    plain = label_rects(tpl, 21)[0]
    moved = label_rects(tpl, 21, offset=(1.5, -0.5))[0]
    for a, b in zip(plain, moved, strict=True):
        assert math.isclose(b.x - a.x, 1.5) and math.isclose(b.y - a.y, -0.5)
        assert (a.width, a.height, a.index) == (b.width, b.height, b.index)
    assert math.isclose(plain[4].x, 7.48 + 66.04) and math.isclose(plain[4].y, 15.49 + 38.1)  # label 5


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.code)
def test_every_label_of_every_template_is_on_the_paper(tpl: LabelTemplate) -> None:
    width, height = tpl.page_size
    for rect in label_rects(tpl, tpl.per_sheet)[0]:
        assert rect.x >= 0 and rect.x + rect.width <= width + 0.01, rect
        assert rect.y >= 0 and rect.y + rect.height <= height + 0.01, rect


# -- how many stickers ----------------------------------------------------------------------------------
def test_n_stickers_per_ambassador() -> None:
    tpl = template("L7160")
    assert badges.sticker_slots(["ann", "bob"], tpl, per_person=2, with_name=True) == [
        "ann",
        "ann",
        "bob",
        "bob",
    ]
    assert badges.sticker_slots(["ann", "bob"], tpl, per_person=3, with_name=False) == [None] * 6
    assert badges.sticker_slots([], tpl, per_person=3, with_name=True) == []
    assert badges.sticker_slots([], tpl, per_person=None, with_name=False) == []


def test_a_full_sheet_per_ambassador_or_one_sheet_without_names() -> None:
    tpl = template("L7160")  # 21 per sheet
    slots = badges.sticker_slots(["ann", "bob"], tpl, per_person=None, with_name=True, start=3)
    assert slots == ["ann"] * 19 + ["bob"] * 21  # ann fills the part-used sheet, bob a whole one
    pages = badges.place(tpl, slots, start=3)
    assert [len(p) for p in pages] == [19, 21]
    assert {item for _, item in pages[1]} == {"bob"}
    assert badges.sticker_slots(["ann", "bob"], tpl, per_person=None, with_name=False, start=5) == [None] * 17


@pytest.mark.parametrize("bad", [0, -1, badges.MAX_PER_PERSON + 1])
def test_bad_sticker_counts_are_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="stickers per ambassador"):
        badges.sticker_slots(["ann"], template("L7160"), per_person=bad, with_name=True)
    with pytest.raises(ValueError, match="Start at a label"):
        badges.sticker_slots(["ann"], template("L7160"), per_person=1, with_name=True, start=22)


# -- colours --------------------------------------------------------------------------------------------
def test_role_colours_are_stable_distinct_and_overridable() -> None:
    colors = badges.role_colors(DEFAULT_ROLES)
    assert len(set(colors.values())) == len(DEFAULT_ROLES)
    assert badges.role_colors(reversed(list(DEFAULT_ROLES))) == colors  # order does not matter
    assert badges.role_colors(["Coach"]) == {"Coach": colors["Coach"]}
    custom = badges.role_colors(["Coach", "Mentor"], {"Coach": "#123456", "Mentor": "red"})
    assert custom == {"Coach": "#123456", "Mentor": colors["Mentor"]}  # "red" is not #rrggbb: ignored


# -- QR payload -----------------------------------------------------------------------------------------
def test_profile_url_quotes_every_field() -> None:
    p = person(email="zoé+esn@aurore.example", employee_id="E/12 34", first_name="Zoé", last_name="Le Fèvre")
    url = badges.profile_url("https://esn.example/u/{employee_id}?m={email}&n={first_name}.{last_name}", p)
    assert url == (
        "https://esn.example/u/E%2F12%2034?m=zo%C3%A9%2Besn%40aurore.example&n=Zo%C3%A9.Le%20F%C3%A8vre"
    )


@pytest.mark.parametrize(
    "pattern",
    ["", "http://esn.example/{email}", "javascript:alert(1)//{email}", "https://esn.example/ {email}"],
)
def test_no_profile_url_without_an_https_pattern(pattern: str) -> None:
    assert badges.profile_url(pattern, person()) is None


def test_missing_field_falls_back_to_a_vcard() -> None:
    settings = replace(SETTINGS, profile_url_pattern="https://esn.example/people/{employee_id}")
    assert badges.qr_payload(person(), settings) == "https://esn.example/people/E1234"
    without_id = person(employee_id="")
    assert badges.profile_url(settings.profile_url_pattern, without_id) is None
    assert badges.qr_payload(without_id, settings).startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    # an unknown placeholder is kept as written (the user sees it in the settings preview)
    assert badges.profile_url("https://esn.example/{nickname}", person()) == "https://esn.example/{nickname}"


def test_vcard_escapes_its_fields() -> None:
    p = person(
        full_name='Zoé; "Léa", Lefèvre\\',
        first_name="Zoé;Léa",
        last_name="Lefèvre, jr",
        job_title="R&D\nlead",
        phone="",
    )
    card = badges.vcard(p, organisation="Aurore; SA")
    lines = card.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and card.endswith("END:VCARD\r\n")
    assert "N:Lefèvre\\, jr;Zoé\\;Léa;;;" in lines
    assert 'FN:Zoé\\; "Léa"\\, Lefèvre\\\\' in lines
    assert "ORG:Aurore\\; SA" in lines
    assert "TITLE:R&D\\nlead" in lines
    assert "EMAIL;TYPE=INTERNET:zoe.lefevre@aurore.example" in lines
    assert not any(line.startswith("TEL") for line in lines)  # no phone, no line
    assert "\n" not in card.replace("\r\n", "")  # no bare line feed inside a value


def test_qr_matrix_is_segnos_code_of_the_payload() -> None:
    payload = badges.qr_payload(person(), SETTINGS)
    matrix = badges.qr_matrix(payload)
    assert matrix is not None
    reference = segno.make(payload, error="m", micro=False, mask=badges.QR_MASK, boost_error=False)
    assert reference.designator.endswith("-M")
    assert matrix == tuple(bytes(row) for row in reference.matrix)
    assert set(b"".join(matrix)) == {0, 1}
    n = len(matrix)
    assert n == 17 + 4 * int(reference.version) and all(len(row) == n for row in matrix)
    # the three finder patterns: a dark 7×7 ring around a light ring around a dark 3×3 square
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        assert all(matrix[r0][c0 + i] and matrix[r0 + 6][c0 + i] for i in range(7))
        assert not matrix[r0 + 1][c0 + 1] and matrix[r0 + 3][c0 + 3]


def test_qr_matrix_of_empty_or_oversized_payloads() -> None:
    assert badges.qr_matrix("") is None
    assert badges.qr_matrix("x" * 5000) is None  # more than a version-40 code holds


def test_qr_runs_rebuild_the_matrix() -> None:
    matrix = badges.qr_matrix("https://esn.example/people/E1234")
    assert matrix is not None
    rebuilt = [bytearray(len(matrix)) for _ in matrix]
    runs = badges.qr_runs(matrix)
    for row, col, length in runs:
        for c in range(col, col + length):
            rebuilt[row][c] = 1
    assert tuple(bytes(r) for r in rebuilt) == matrix
    assert len(runs) < sum(sum(row) for row in matrix)


# -- content --------------------------------------------------------------------------------------------
def test_badge_contents(tmp_path: Path) -> None:
    (tmp_path / "e1234.JPG").write_bytes(b"\xff\xd8 not really a jpeg")
    people = [
        person(),
        person(ambassador_id=8, employee_id="E9", email="", role="Mentor", full_name="  Ann   Lee "),
    ]
    settings = replace(SETTINGS, brand_color="#ffe066")  # a pale brand colour needs dark header text
    out = badges.badge_contents(people, settings, photos=PhotoIndex(tmp_path))
    assert [b.name for b in out] == ["Zoé Lefèvre", "Ann Lee"]
    assert out[0].photo == tmp_path / "e1234.JPG" and out[1].photo is None
    assert out[0].role_color == badges.role_colors(["Coach"])["Coach"] and out[0].role_text_color == "#ffffff"
    assert out[0].header_color == "#ffe066" and out[0].header_text_color == "#1b1b1f"
    assert out[0].qr is not None and out[0].qr.startswith("BEGIN:VCARD")
    assert (out[0].programme, out[0].esn, out[0].site, out[0].initials) == (
        "Ambassadeurs Aurore",
        "Talkspirit",
        "Lyon Part-Dieu",
        "ZL",
    )
    plain = badges.badge_contents(people, settings, with_qr=False)
    assert all(b.qr is None and b.photo is None for b in plain)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_badge_photo_never_comes_from_outside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG data")
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "E1234.png").symlink_to(outside)
    (folder / "zoe.lefevre@aurore.example.jpeg").write_bytes(b"\xff\xd8 data")
    (badge,) = badges.badge_contents([person()], SETTINGS, photos=PhotoIndex(folder))
    assert badge.photo == folder / "zoe.lefevre@aurore.example.jpeg"  # the link is ignored, the email matches


def test_sticker_designs() -> None:
    ask = badges.sticker_content("ask_me", SETTINGS)
    assert [line.text for line in ask.lines] == ["Ask me about", "Talkspirit"] and ask.ambassador_id is None
    named = badges.sticker_content("ambassador", SETTINGS, person())
    assert [line.text for line in named.lines] == ["Talkspirit", "Coach", "Zoé Lefèvre"]
    assert named.ambassador_id == 7 and named.lines[-1].shrink and named.lines[0].bold
    assert [line.text for line in badges.sticker_content("ambassador", SETTINGS).lines] == [
        "Talkspirit",
        "Ambassador",
    ]
    assert badges.sticker_content("programme", SETTINGS).lines[0].text == "Ambassadeurs Aurore"
    assert (ask.background, ask.foreground) == ("#2f6fde", "#ffffff")
    odd = badges.sticker_content("ask_me", replace(SETTINGS, brand_color="blue", esn_name=" "))
    assert odd.background == "#2f6fde" and odd.lines[1].text == "our network"
    with pytest.raises(ValueError, match="Unknown sticker design"):
        badges.sticker_content("nope", SETTINGS)


# -- fitting --------------------------------------------------------------------------------------------
def fake_measure(text: str, size: float, bold: bool) -> float:
    """A monospaced font: each character 0.6 em wide (bold 0.65), 1 pt = 0.3528 mm."""
    return len(text) * size * (0.65 if bold else 0.6) * 0.3528


def fake_height(size: float, bold: bool) -> float:
    return size * 1.36 * 0.3528


def test_short_name_keeps_the_largest_size() -> None:
    fit = fit_stack(
        [TextLine("Ann Lee", bold=True, wrap=True)],
        50,
        20,
        fake_measure,
        fake_height,
        max_size=20,
        min_size=11,
    )
    assert fit.fits and fit.base == 20 and [line.text for line in fit.lines] == ["Ann Lee"]


def test_name_shrinks_before_it_wraps() -> None:
    fit = fit_stack(
        [TextLine("Pierre-Emmanuel Barbier", bold=True, wrap=True)],
        60,
        20,
        fake_measure,
        fake_height,
        max_size=20,
        min_size=11,
    )
    assert len(fit.lines) == 1 and 11 <= fit.base < 20 and fit.width <= 60


def test_long_name_wraps_to_two_balanced_lines_and_is_never_clipped() -> None:
    fit = fit_stack(
        [TextLine(LONG_NAME, bold=True, wrap=True)],
        47,
        20,
        fake_measure,
        fake_height,
        max_size=20,
        min_size=11,
        floor=1,
    )
    assert [line.text for line in fit.lines] == ["Marie-Antoinette de La", "Rochefoucauld-Liancourt"]
    assert fit.fits and fit.width <= 47 and fit.height <= 20


def test_fitted_text_never_overflows_its_box() -> None:
    rng = random.Random(5)
    words = [
        "Zoé",
        "de",
        "La",
        "Rochefoucauld-Liancourt",
        "Marie-Antoinette",
        "Ng",
        "Ben Amor",
        "Łukasiewicz",
    ]
    for _ in range(300):
        name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        width, height = rng.uniform(15, 80), rng.uniform(6, 30)
        fit = fit_stack(
            [TextLine(name, bold=True, wrap=True)],
            width,
            height,
            fake_measure,
            fake_height,
            max_size=24,
            min_size=11,
            floor=0.5,
        )
        assert fit.fits and fit.width <= width + 1e-9 and fit.height <= height + 1e-9, (name, width, height)
        assert len(fit.lines) <= 2 and " ".join(line.text for line in fit.lines).replace("- ", "-") == name


def test_text_in_a_circle_stays_within_each_chord() -> None:
    lines = [
        TextLine("Ask me about", 0.62),
        TextLine("Talkspirit", bold=True),
        TextLine(LONG_NAME, 0.56, wrap=True, shrink=True),
    ]
    d = 60.0
    fit = fit_stack(lines, d, d, fake_measure, fake_height, max_size=40, min_size=7, round_=True)
    assert fit.fits
    y = -fit.height / 2
    for line in fit.lines:
        far = max(abs(y), abs(y + line.height))
        assert line.width <= 2 * math.sqrt(max((d / 2) ** 2 - far**2, 0)) + 1e-9
        y += line.height
    # the long name wrapped and shrank rather than make the headline tiny
    assert len(fit.lines) == 4 and fit.lines[1].size > 2 * fit.lines[2].size
    square = fit_stack(lines, d, d, fake_measure, fake_height, max_size=40, min_size=7)
    assert square.base > fit.base  # a square holds more than its inscribed circle


def test_impossible_fit_says_so() -> None:
    fit = fit_stack([TextLine("Talkspirit")], 5, 1, fake_measure, fake_height, max_size=12, min_size=6)
    assert not fit.fits and fit.base == 6
    assert fit_stack([TextLine("  ")], 10, 10, fake_measure, fake_height, max_size=12, min_size=6).lines == ()


def test_split_two() -> None:
    width = len
    assert split_two(LONG_NAME, width) == ("Marie-Antoinette de La", "Rochefoucauld-Liancourt")
    assert split_two("Jean-Pierre", width) == ("Jean-", "Pierre")
    assert split_two("Ann Lee", width) == ("Ann", "Lee")
    assert split_two("Zoé", width) is None
    assert split_two("-Zoé", width) is None
