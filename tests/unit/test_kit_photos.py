"""Finding people's photos by employee ID or email, role colours and badge file names (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from esn_desk.core.kit.photos import (
    MAX_PHOTO_BYTES,
    ROLE_PALETTE,
    PhotoIndex,
    badge_file_name,
    find_photo,
    luminance,
    role_color,
    safe_file_part,
    text_color_on,
)
from esn_desk.core.kit.tracking import KitPerson
from esn_desk.core.programme import DEFAULT_ROLES

needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")


def _write(path: Path, data: bytes = b"\x89PNG fake") -> Path:
    path.write_bytes(data)
    return path


def _person(**overrides: object) -> KitPerson:
    fields: dict[str, object] = dict(
        ambassador_id=7,
        person_id=70,
        employee_id="E1234",
        email="anne.martin@example.com",
        first_name="Anne",
        last_name="Martin",
        full_name="Anne Martin",
        job_title="",
        department="",
        site="",
        city="",
        country="",
        phone="",
        role="Ambassador",
        status="active",
    )
    fields.update(overrides)
    return KitPerson(**fields)  # type: ignore[arg-type]


def test_found_by_employee_id_in_any_case(tmp_path: Path) -> None:
    photo = _write(tmp_path / "e1234.JPG")
    assert find_photo(tmp_path, "E1234") == photo
    assert find_photo(str(tmp_path), " E1234 ") == photo


def test_found_by_email_when_no_id_photo(tmp_path: Path) -> None:
    photo = _write(tmp_path / "Anne.Martin@Example.com.jpeg")
    assert find_photo(tmp_path, "E1234", "anne.martin@example.com") == photo


def test_employee_id_wins_over_email(tmp_path: Path) -> None:
    by_id = _write(tmp_path / "E1234.png")
    _write(tmp_path / "anne.martin@example.com.png")
    assert find_photo(tmp_path, "E1234", "anne.martin@example.com") == by_id


def test_only_photo_types_and_regular_files(tmp_path: Path) -> None:
    _write(tmp_path / "E1.gif")
    _write(tmp_path / "E2.jpg.txt")
    (tmp_path / "E3.png").mkdir()
    _write(tmp_path / "E4.png", b"")  # empty: not a photo
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "E5.png")  # sub-folders are not searched
    index = PhotoIndex(tmp_path)
    assert len(index) == 0
    assert [index.find(f"E{i}") for i in range(1, 6)] == [None] * 5


def test_names_never_become_paths(tmp_path: Path) -> None:
    inside = tmp_path / "photos"
    inside.mkdir()
    _write(tmp_path / "secret.png")
    for name in ("../secret", "..", "", "   ", "*", "/etc/passwd"):
        assert find_photo(inside, name, name) is None


def test_missing_or_unset_folder_gives_no_photo(tmp_path: Path) -> None:
    assert find_photo(None, "E1") is None
    assert find_photo("", "E1") is None
    assert find_photo(tmp_path / "nowhere", "E1") is None
    not_a_folder = _write(tmp_path / "E1.png")
    assert find_photo(not_a_folder, "E1") is None
    assert PhotoIndex(tmp_path / "nowhere").folder is None


def test_huge_file_is_not_a_photo(tmp_path: Path) -> None:
    with open(tmp_path / "E1.jpg", "wb") as f:
        f.truncate(MAX_PHOTO_BYTES + 1)  # sparse: no disk used
    assert find_photo(tmp_path, "E1") is None


def test_duplicate_photos_pick_the_same_file_every_time(tmp_path: Path) -> None:
    _write(tmp_path / "E1.png")
    _write(tmp_path / "E1.jpg")
    assert find_photo(tmp_path, "E1") == tmp_path / "E1.jpg"


@needs_symlinks
def test_symlink_pointing_outside_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    outside = _write(tmp_path / "private.png")
    os.symlink(outside, folder / "E1.png")
    os.symlink(tmp_path, folder / "E2.png")  # a folder, outside
    os.symlink(folder / "missing.png", folder / "E3.png")  # dangling
    assert find_photo(folder, "E1") is None
    assert find_photo(folder, "E2") is None
    assert find_photo(folder, "E3") is None


@needs_symlinks
def test_symlink_inside_the_folder_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "originals").mkdir(parents=True)
    original = _write(folder / "originals" / "portrait.png")
    os.symlink(original, folder / "E1.png")
    assert find_photo(folder, "E1") == folder / "E1.png"


@needs_symlinks
def test_folder_given_through_a_symlink(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    _write(folder / "E1.png")
    os.symlink(folder, tmp_path / "link")
    found = find_photo(tmp_path / "link", "E1")
    assert found is not None and found.read_bytes() == b"\x89PNG fake"


def test_role_colours_are_stable_distinct_and_readable() -> None:
    colours = [role_color(role) for role in DEFAULT_ROLES]
    assert len(set(colours)) == len(colours)
    assert role_color("Ambassador") == "#1565c0"  # never changes between runs or machines
    assert role_color("  community   MANAGER ") == role_color("Community manager")
    assert role_color("") in ROLE_PALETTE
    for colour in ROLE_PALETTE:
        assert text_color_on(colour) == "#ffffff"
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5  # WCAG AA for white text


def test_text_colour_on_pale_and_bad_backgrounds() -> None:
    assert text_color_on("#ffeb3b") == "#1b1b1f"
    assert text_color_on("#ffffff") == "#1b1b1f"
    assert text_color_on("#000000") == "#ffffff"
    assert text_color_on("not a colour") == "#ffffff"
    assert luminance("#ffffff") == pytest.approx(1.0)


def test_safe_file_part() -> None:
    assert safe_file_part('Zoé <b>"Léa"</b> / R&D') == "Zoé b Léa b R&D"
    assert safe_file_part("..\\..\\etc/passwd") == "etc passwd"
    assert safe_file_part("CON") == "_CON"
    assert safe_file_part("nul.txt") == "_nul.txt"
    assert safe_file_part("trailing. . ") == "trailing"
    assert safe_file_part("tab\there\nnewline") == "tab here newline"
    assert len(safe_file_part("x" * 500)) == 80
    assert safe_file_part("///") == ""


def test_badge_file_names() -> None:
    assert badge_file_name(_person()) == "Anne Martin (E1234).png"
    assert badge_file_name(_person(employee_id="")) == "Anne Martin (anne.martin@example.com).png"
    assert badge_file_name(_person(employee_id="", email="")) == "Anne Martin (#7).png"
    odd = badge_file_name(_person(full_name="../../Zoé: “Léa”?", employee_id="A/B"))
    assert odd == "Zoé “Léa” (A B).png"
    assert "/" not in odd and "\\" not in odd
    assert badge_file_name(_person(full_name="")) == "Ambassador (E1234).png"
