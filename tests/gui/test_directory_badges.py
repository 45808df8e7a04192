"""Directory badges: the PNG itself, the batch export, the CLI and the panel of the Kit page."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from esn_desk import cli
from esn_desk.core import demo
from esn_desk.core.errors import UserError
from esn_desk.core.kit.photos import role_color
from esn_desk.core.kit.tracking import KitPerson
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import Store, open_store
from esn_desk.ui.kit.directory_badge import (
    BADGE_SIZE,
    BadgeLook,
    export_directory_badges,
    load_photo,
    render_directory_badge,
    ribbon_text,
)
from esn_desk.ui.kit.directory_badge_panel import DirectoryBadgePanel

GREEN = QColor("#00c853")
LOOK = BadgeLook("Viva Engage", "#2f6fde")


def person(**overrides: object) -> KitPerson:
    fields: dict[str, object] = dict(
        ambassador_id=1,
        person_id=10,
        employee_id="E1234",
        email="anne.martin@example.com",
        first_name="Anne",
        last_name="Martin",
        full_name="Anne Martin",
        job_title="Buyer",
        department="Purchasing",
        site="Lyon",
        city="Lyon",
        country="France",
        phone="",
        role="Ambassador",
        status="active",
    )
    fields.update(overrides)
    return KitPerson(**fields)  # type: ignore[arg-type]


def solid_photo(path: Path, color: QColor = GREEN, size: tuple[int, int] = (300, 400)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(color)
    assert image.save(str(path))
    return path


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


# -- the image ----------------------------------------------------------------------------------------
def test_badge_is_square_transparent_outside_the_circle_and_opaque_inside(qapp) -> None:  # type: ignore[no-untyped-def]
    image = render_directory_badge(person(), LOOK)
    assert image.width() == image.height() == BADGE_SIZE >= 648
    assert image.hasAlphaChannel()
    for x, y in (
        (0, 0),
        (BADGE_SIZE - 1, 0),
        (0, BADGE_SIZE - 1),
        (BADGE_SIZE - 1, BADGE_SIZE - 1),
        (60, 60),
    ):
        assert image.pixelColor(x, y).alpha() == 0, (x, y)
    for x, y in ((400, 400), (400, 30), (400, 770), (30, 400), (770, 400)):
        assert image.pixelColor(x, y).alpha() == 255, (x, y)


def test_initials_on_a_tint_of_the_ribbon_colour_without_photo(qapp) -> None:  # type: ignore[no-untyped-def]
    image = render_directory_badge(person(), LOOK)
    background = image.pixelColor(150, 330)  # left of the initials, above the ribbon
    assert background.lightness() > 200 and background.blue() > background.red()  # pale blue
    # The initials are drawn in the programme colour in the middle of the picture.
    brand = QColor(LOOK.brand_color)
    middle = [image.pixelColor(x, y) for x in range(250, 550, 4) for y in range(230, 420, 4)]
    assert sum(close(c, brand, 30) for c in middle) > 200
    other = render_directory_badge(
        person(first_name="Zoé", last_name="Quentin", full_name="Zoé Quentin"), LOOK
    )
    assert other.copy(200, 200, 400, 250) != image.copy(200, 200, 400, 250)


def test_photo_fills_the_circle_and_the_ribbon_keeps_the_face_clear(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = solid_photo(tmp_path / "E1234.png")
    long_esn = BadgeLook(
        "Our enterprise social network for every site and every team in the group", "#2f6fde"
    )
    image = render_directory_badge(person(role="Community manager"), long_esn, photo)
    assert close(image.pixelColor(400, 400), GREEN)
    assert close(image.pixelColor(400, 90), GREEN)  # the top is never covered by text or ribbon
    bottom = [image.pixelColor(x, 740) for x in range(330, 470, 4)]  # under the ribbon
    assert not any(close(c, GREEN, 40) for c in bottom)
    assert sum(close(c, QColor("#2f6fde"), 20) for c in bottom) > 10


def test_ribbon_in_programme_or_role_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    def ribbon_pixels(image: QImage) -> list[QColor]:
        return [image.pixelColor(x, y) for x in range(300, 500, 5) for y in (705, 775)]

    brand = BadgeLook("Viva Engage", "#00695c")
    by_brand = render_directory_badge(person(role="Coach"), brand)
    assert sum(close(c, QColor("#00695c")) for c in ribbon_pixels(by_brand)) > 20
    by_role = render_directory_badge(person(role="Coach"), BadgeLook("Viva Engage", "#00695c", True))
    assert sum(close(c, QColor(role_color("Coach"))) for c in ribbon_pixels(by_role)) > 20


def test_ribbon_text() -> None:
    assert ribbon_text("Community  manager", "Viva Engage") == ("COMMUNITY MANAGER", "  ·  VIVA ENGAGE")
    assert ribbon_text("", "Viva Engage") == ("VIVA ENGAGE", "")
    assert ribbon_text("Coach", " ") == ("COACH", "")
    assert ribbon_text("", "") == ("AMBASSADOR", "")


def test_photo_found_by_employee_id_is_used(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photos = tmp_path / "photos"
    photos.mkdir()
    solid_photo(photos / "e1234.PNG")
    result = export_directory_badges(
        [person(), person(ambassador_id=2, employee_id="E9", email="", full_name="Bob Roy")],
        tmp_path / "out",
        ProgrammeSettings(esn_name="Viva Engage"),
        photos,
    )
    assert result.with_photo == 1 and result.count == 2
    with_photo, without = (QImage(str(f)) for f in result.files)
    assert close(with_photo.pixelColor(400, 300), GREEN)
    assert not close(without.pixelColor(400, 300), GREEN)


def test_photo_upright_from_exif_orientation(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Stored landscape, red on top; the camera says "rotate 90° clockwise" → red on the right.
    image = QImage(1800, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 1800, 600, QColor("red"))
    painter.end()
    plain = tmp_path / "plain.jpg"
    image.save(str(plain))
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">HHHIHHI", 1, 0x0112, 3, 1, 6, 0, 0)
    payload = b"Exif\x00\x00" + tiff
    data = plain.read_bytes()
    rotated = tmp_path / "E1.jpg"
    rotated.write_bytes(data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:])
    photo = load_photo(rotated, 300)
    assert photo is not None and photo.width() == photo.height() == 300
    assert photo.pixelColor(40, 150).blue() > 200 and photo.pixelColor(40, 150).red() < 60
    assert photo.pixelColor(260, 150).red() > 200 and photo.pixelColor(260, 150).blue() < 60


@pytest.mark.qt_log_ignore("JPEG datastream")  # what Qt says about a broken file; we cope
def test_unreadable_photo_gives_initials(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "E1234.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 20)
    assert load_photo(broken, 800) is None
    image = render_directory_badge(person(), LOOK, broken)
    assert image.pixelColor(150, 330).lightness() > 200  # the initials' pale background


# -- the export ---------------------------------------------------------------------------------------
def test_export_writes_one_png_per_person_with_safe_names(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = [
        person(),
        person(ambassador_id=2, full_name='Zoé / "Léa" <b>', employee_id="", email="zoe@example.com"),
        person(ambassador_id=3, full_name="../../etc", employee_id="A:B", email=""),
        person(ambassador_id=4, full_name="Nobody Known", employee_id="", email=""),
    ]
    out = tmp_path / "new" / "badges"
    steps: list[tuple[int, int, str]] = []
    result = export_directory_badges(
        people, out, ProgrammeSettings(), None, progress=lambda d, t, s: steps.append((d, t, s))
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "Anne Martin (E1234).png",
            "Zoé Léa b (zoe@example.com).png",
            "etc (A B).png",
            "Nobody Known (#4).png",
        ]
    )
    assert result.ambassador_ids == [1, 2, 3, 4] and not result.cancelled and not result.failed
    assert all(f.parent == out for f in result.files)
    for file in result.files:
        image = QImage(str(file))
        assert image.width() == image.height() == BADGE_SIZE and image.pixelColor(0, 0).alpha() == 0
    assert steps[0] == (0, 4, "Anne Martin") and steps[-1] == (4, 4, "")


def test_export_can_be_cancelled_and_leaves_no_partial_file(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = [person(ambassador_id=i, employee_id=f"E{i}", full_name=f"P {i}") for i in range(1, 6)]
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    result = export_directory_badges(people, tmp_path, ProgrammeSettings(), None, cancelled=cancelled)
    assert result.cancelled and result.count == 2 and result.ambassador_ids == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["P 1 (E1).png", "P 2 (E2).png"]


def test_export_into_a_file_is_a_user_error(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(UserError):
        export_directory_badges([person()], blocker, ProgrammeSettings(), None)
    with pytest.raises(UserError):
        export_directory_badges([person()], blocker / "sub", ProgrammeSettings(), None)


# -- the command line ---------------------------------------------------------------------------------
@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    path = tmp_path / "programme.esndesk"
    demo.write_demo(path, size=300).close()
    return path


def test_cli_writes_badges_of_active_ambassadors(  # type: ignore[no-untyped-def]
    qapp, programme_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(programme_file)
    mentors = store.kit.people(filters={"role": "Mentor"})
    store.close()
    assert mentors
    photos = tmp_path / "photos"
    photos.mkdir()
    solid_photo(photos / f"{mentors[0].employee_id}.jpg")
    out = tmp_path / "out"
    args = ["--db", str(programme_file), "kit", "directory-badges", str(out), "--role", "Mentor"]
    assert cli.main([*args, "--photos", str(photos), "--mark-given"]) == 0
    assert f"Wrote {len(mentors)} directory badges (1 with a photo)" in capsys.readouterr().out
    assert len(list(out.glob("*.png"))) == len(mentors)
    store = open_store(programme_file)
    try:
        assert all(store.kit.states(m.ambassador_id)["directory_badge"].state == "given" for m in mentors)
        assert store.kit.people(filters={"role": "Mentor"}, lacking="directory_badge") == []
    finally:
        store.close()
    # Everyone has theirs now: "--not-given" selects nobody, which is a user error (exit 2).
    assert cli.main([*args, "--not-given"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No ambassador matches" in err


def test_cli_empty_selection_and_missing_photos_folder_exit_2(  # type: ignore[no-untyped-def]
    qapp, programme_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["--db", str(programme_file), "kit", "directory-badges", str(out)]
    assert cli.main([*args, "--role", "Astronaut"]) == 2
    assert cli.main([*args, "--photos", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists()


# -- the panel ----------------------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot, demo_store: Store) -> DirectoryBadgePanel:  # type: ignore[no-untyped-def]
    widget = DirectoryBadgePanel(demo_store.settings, demo_store.kit)
    qtbot.addWidget(widget)
    widget.set_people(demo_store.kit.people(filters={"role": "Mentor"}))
    return widget


def test_panel_previews_and_saves_the_photos_folder(
    panel: DirectoryBadgePanel, demo_store: Store, tmp_path: Path
) -> None:
    people = panel.people()
    assert panel.person.count() == len(people) > 1
    assert "No photo found" in panel.preview_caption.text()
    pixmap = panel.preview.pixmap()
    assert pixmap.width() == pixmap.height() == 300
    corner = pixmap.toImage().pixelColor(2, 2)
    assert corner.alpha() == 255 and corner.lightness() > 200  # the checkerboard shows through

    solid_photo(tmp_path / f"{people[1].employee_id}.png")
    assert panel.choose_photos_folder(tmp_path)
    assert demo_store.settings.load().photos_folder == str(tmp_path)
    assert "1 of the" in panel.photos_summary.text()
    panel.show_person(people[1].ambassador_id)
    assert panel.preview_caption.text() == f"Photo: {people[1].employee_id}.png"
    assert close(panel.preview.pixmap().toImage().pixelColor(150, 150), GREEN)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_panel_exports_then_offers_to_mark_given(  # type: ignore[no-untyped-def]
    qtbot, panel: DirectoryBadgePanel, demo_store: Store, tmp_path: Path, monkeypatch, answer
) -> None:
    questions: list[str] = []

    def ask(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    count = len(panel.people())
    worker = panel.export_all(tmp_path / "badges")
    assert worker is not None and not panel.export_button.isEnabled()
    # Not waitSignal(worker.finished): a quick export may finish before a late connection is made.
    qtbot.waitUntil(lambda: panel.last_export is not None and not panel.is_exporting(), timeout=30_000)
    assert len(list((tmp_path / "badges").glob("*.png"))) == count
    assert questions and f"Mark the {count} directory badges as given?" in questions[0]
    given = [demo_store.kit.states(p.ambassador_id).get("directory_badge") for p in panel.people()]
    if answer == QMessageBox.StandardButton.Yes:
        assert all(s is not None and s.state == "given" for s in given)
    else:
        assert given == [None] * count
    assert panel.export_button.isEnabled()


def test_panel_without_people_exports_nothing(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    widget = DirectoryBadgePanel(demo_store.settings, demo_store.kit)
    qtbot.addWidget(widget)
    assert widget.export_all(Path("unused")) is None
    assert not widget.export_button.isEnabled() and widget.summary.text() == "No ambassador selected."
