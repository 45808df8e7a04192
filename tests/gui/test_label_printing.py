"""Name badges and stickers drawn with Qt: PDFs, fitted names, start position, the panel."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from esn_desk.core.kit import badges
from esn_desk.core.kit.layouts import all_rects, template
from esn_desk.core.kit.tracking import KitPerson
from esn_desk.core.store import Store
from esn_desk.ui.printing.fonts import print_family
from esn_desk.ui.printing.label_panel import HUNDRED_PERCENT_WARNING, LabelPanel
from esn_desk.ui.printing.labels import LabelRenderer, render_image, write_pdf

LONG_NAME = "Marie-Antoinette de La Rochefoucauld-Liancourt"
PDFTOPPM = shutil.which("pdftoppm")
PDFFONTS = shutil.which("pdffonts")
ZBARIMG = shutil.which("zbarimg") if PDFTOPPM else None


def rasterise(pdf: Path, out: Path) -> list[QImage]:
    """The PDF's pages as 60 dpi PNGs (pdftoppm, as a reader would show them)."""
    assert PDFTOPPM is not None
    subprocess.run([PDFTOPPM, "-png", "-r", "60", str(pdf), str(out / "page")], check=True, timeout=120)
    return [QImage(str(p)) for p in sorted(out.glob("page-*.png"))]


def pixel(image: QImage, x_mm: float, y_mm: float, dpi: float = 60) -> QColor:
    return image.pixelColor(int(x_mm / 25.4 * dpi), int(y_mm / 25.4 * dpi))


def long_named(people: list[KitPerson]) -> list[KitPerson]:
    first = replace(
        people[0],
        full_name=LONG_NAME,
        first_name="Marie-Antoinette",
        last_name="de La Rochefoucauld-Liancourt",
        site="Île-de-France — Saint-Étienne-du-Rouvray",
    )
    return [first, *people[1:]]


def test_badges_pdf_starts_on_label_3_and_embeds_the_font(
    qapp: QApplication, demo_store: Store, tmp_path: Path
) -> None:
    people = long_named(demo_store.kit.people())
    assert len(people) > 20
    tpl = template("L4785")
    items = badges.badge_contents(people, demo_store.settings.load())
    pages = badges.place(tpl, items, start=3)
    pdf = tmp_path / "badges.pdf"
    assert write_pdf(pdf, LabelRenderer(tpl), pages, title="Badges")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".esn-desk-")]  # no temporary left
    expected_pages = 1 + math.ceil((len(people) - 8) / 10)
    assert len(pages) == expected_pages
    if PDFFONTS:
        fonts = subprocess.run([PDFFONTS, str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans-Bold" in fonts and "NotoSans-Regular" in fonts
        assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded
    if PDFTOPPM is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: pages not rasterised")
    images = rasterise(pdf, tmp_path)
    assert len(images) == expected_pages
    first = images[0]
    assert (first.width(), first.height()) == (round(210 / 25.4 * 60), round(297 / 25.4 * 60))  # A4, 100 %
    brand = QColor(demo_store.settings.load().brand_color)
    # labels 1 and 2 are left blank; label 3 (18, 68 mm) has the brand header at its top
    assert pixel(first, 58, 15) == QColor("#ffffff") and pixel(first, 153, 15) == QColor("#ffffff")
    header = pixel(first, 18 + 40, 68 + 1.5)
    assert abs(header.red() - brand.red()) < 12 and abs(header.blue() - brand.blue()) < 12
    # the last page holds the remaining badges from label 1
    assert pixel(images[-1], 18 + 40, 13 + 1.5) != QColor("#ffffff")


def test_stickers_pdf_rect_and_round(qapp: QApplication, demo_store: Store, tmp_path: Path) -> None:
    settings = demo_store.settings.load()
    people = long_named(demo_store.kit.people())[:4]
    for code in ("L7160", "5294"):
        tpl = template(code)
        slots = badges.sticker_slots(people, tpl, per_person=2, with_name=True)
        items = [badges.sticker_content("ask_me", settings, p) for p in slots]
        pdf = tmp_path / f"{code}.pdf"
        assert write_pdf(pdf, LabelRenderer(tpl, outlines=True), badges.place(tpl, items))
        if PDFTOPPM is None:
            continue
        out = tmp_path / code
        out.mkdir()
        (page,) = rasterise(pdf, out)
        first, ninth = all_rects(tpl)[0], all_rects(tpl)[8]
        centre = pixel(page, first.x + 6, first.y + first.height / 2)
        assert centre.blue() > 150 and centre.red() < 120  # the brand-blue sticker background
        assert pixel(page, ninth.x + ninth.width / 2, ninth.y + 3) == QColor("#ffffff")  # 8 stickers only
    if PDFTOPPM is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: pages not rasterised")


@pytest.mark.parametrize("code", ["L4785", "5395", "A4-8", "L7163", "5294", "L7651"])
@pytest.mark.parametrize(("photos", "qr"), [(False, False), (False, True), (True, True)])
def test_fitted_texts_never_exceed_their_box(
    qapp: QApplication, demo_store: Store, code: str, photos: bool, qr: bool
) -> None:
    tpl = template(code)
    people = long_named(demo_store.kit.people())[:3]
    people[1] = replace(people[1], full_name="Zoé Lefèvre-Łukasiewicz Ørsted Ñúñez")
    items = badges.badge_contents(people, demo_store.settings.load(), with_qr=qr)
    renderer = LabelRenderer(tpl, photos=photos, qr=qr)
    renderer.placed = []
    image = render_image(renderer, badges.place(tpl, items)[0], dpi=300)
    family = print_family()
    names = [t for t in renderer.placed if t.text in LONG_NAME or t.text in people[1].full_name]
    assert names, "the names were drawn"
    for placed in renderer.placed:
        font = QFont(family)
        font.setPointSizeF(placed.size)
        font.setBold(placed.bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        metrics = QFontMetricsF(font, image)
        k = 300 / 25.4
        width = max(metrics.horizontalAdvance(placed.text), metrics.boundingRect(placed.text).right()) / k
        height = metrics.height() / k
        box = placed.box
        assert placed.x >= box.left() - 1e-6 and placed.x + width <= box.right() + 1e-6, placed
        assert placed.top >= box.top() - 1e-6 and placed.top + height <= box.bottom() + 1e-6, placed
    # the long name: two lines, nothing cut
    long_lines = [t.text for t in renderer.placed if t.text in LONG_NAME and t.bold and len(t.text) > 8]
    assert " ".join(long_lines).replace("- ", "-") == LONG_NAME or long_lines == [LONG_NAME]


def test_accented_names_render_with_the_bundled_font(qapp: QApplication) -> None:
    family = print_family()
    assert family == "Noto Sans"
    metrics = QFontMetricsF(QFont(family, 12))
    for char in "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿÑñÅåØøŁłŠšŽžĆćŐőŰűßİıĞğŞş":
        assert metrics.inFontUcs4(ord(char)), char


def test_qr_code_is_drawn_where_the_badge_puts_it(qapp: QApplication, demo_store: Store) -> None:
    tpl = template("L4785")
    settings = replace(demo_store.settings.load(), profile_url_pattern="https://esn.example/people/{email}")
    (item,) = badges.badge_contents(demo_store.kit.people()[:1], settings)
    item = replace(item, name="", site="")  # only the QR code is dark between the bands
    assert item.qr is not None and item.qr.startswith("https://esn.example/people/")
    matrix = badges.qr_matrix(item.qr)
    assert matrix is not None
    image = render_image(LabelRenderer(tpl), badges.place(tpl, [item])[0], dpi=300)
    # find the QR's top-left finder pattern: the darkest column run in the badge's right half
    dark = [
        (x, y)
        for x in range(int(55 / 25.4 * 300), int(98 / 25.4 * 300), 4)
        for y in range(int(23 / 25.4 * 300), int(53 / 25.4 * 300), 4)
        if image.pixelColor(x, y).lightness() < 40
    ]
    assert dark, "QR modules drawn in black"
    left, top = min(x for x, _ in dark), min(y for _, y in dark)
    right, bottom = max(x for x, _ in dark), max(y for _, y in dark)
    assert abs((right - left) - (bottom - top)) < 0.06 * (right - left)  # square


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg (zbar-tools) is not installed")
def test_printed_qr_codes_decode_back_to_their_payload(
    qapp: QApplication, demo_store: Store, tmp_path: Path
) -> None:
    """A real QR reader reads the drawn codes (profile links and vCards, accents included) at 150 dpi."""
    assert ZBARIMG is not None
    tpl = template("L4785")
    settings = demo_store.settings.load()
    people = demo_store.kit.people()[:4]
    people[0] = replace(people[0], full_name="Zoé Lefèvre-Łukasiewicz", first_name="Zoé", last_name="Lefèvre")
    with_url = replace(settings, profile_url_pattern="https://esn.example/people/{email}?n={first_name}")
    items = badges.badge_contents(people[:2], with_url) + badges.badge_contents(people[2:], settings)
    pdf = tmp_path / "qr.pdf"
    assert write_pdf(pdf, LabelRenderer(tpl), badges.place(tpl, items))
    assert PDFTOPPM is not None
    subprocess.run([PDFTOPPM, "-png", "-r", "150", str(pdf), str(tmp_path / "qr")], check=True, timeout=120)
    (png,) = tmp_path.glob("qr-*.png")
    result = subprocess.run(
        [ZBARIMG, "-q", "--raw", "-Sbinary", str(png)], capture_output=True, timeout=120, check=False
    )
    decoded = result.stdout.decode("utf-8")
    for item in items:
        assert item.qr is not None and item.qr.replace("\r\n", "\n").strip() in decoded.replace("\r\n", "\n")


def panel_for(kind: str, store: Store, qtbot: QtBot, qsettings: QSettings) -> LabelPanel:
    panel = LabelPanel(kind, store.settings, store.kit, store.programme, qsettings=qsettings)
    qtbot.addWidget(panel, before_close_func=lambda _: panel.stop())
    return panel


def test_panel_saves_a_pdf_and_offers_to_mark_badges_given(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    assert panel.template().code == "L4785"  # the programme's default badge sheet
    assert panel.template_combo.itemData(0) in ("L4785", "5395", "A4-8")  # badge sheets first
    assert HUNDRED_PERCENT_WARNING in panel.warning.text()
    assert not panel.pdf_button.isEnabled()
    people = demo_store.kit.people()[:12]
    panel.set_people(people)
    panel.start_spin.setValue(3)
    assert "12 name badges for 12 ambassadors on 2 sheets of L4785, from label 3" in panel.summary.text()
    target = tmp_path / "badges"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        assert args[-1] == QMessageBox.StandardButton.No  # No is the default
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    with (
        qtbot.waitSignal(panel.changed, timeout=30_000),
        qtbot.waitSignal(panel.job_finished, timeout=30_000) as done,
    ):
        qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert done.args == [True]
    pdf = tmp_path / "badges.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert asked == ["Mark the 12 printed name badges as given?"]
    states = [demo_store.kit.states(p.ambassador_id).get("name_badge") for p in people]
    assert all(s is not None and s.state == "given" for s in states)
    assert not panel.progress.isVisible() and panel.pdf_button.isEnabled()


def test_panel_stickers_answer_no_marks_nothing(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_for("stickers", demo_store, qtbot, qsettings)
    assert panel.template().code == "L7160"
    people = demo_store.kit.people()[:3]
    panel.set_people(people)
    panel.name_check.setChecked(True)
    panel.per_person_spin.setValue(4)
    assert "12 stickers for 3 ambassadors on 1 sheet of L7160" in panel.summary.text()
    panel.full_sheet_radio.setChecked(True)
    assert "63 stickers for 3 ambassadors on 3 sheets" in panel.summary.text()
    assert panel.set_template("5294") and panel.template().shape == "round"
    assert not panel.set_template("nope") and panel.template().code == "5294"
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(panel.job_finished, timeout=30_000):
        panel.save_pdf(tmp_path / "stickers.pdf")
    assert (tmp_path / "stickers.pdf").exists()
    assert asked == ["Mark the printed stickers of 3 ambassadors as given?"]
    assert all("stickers" not in demo_store.kit.states(p.ambassador_id) for p in people)


def test_panel_print_path_with_a_pdf_printer(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    panel.set_people(demo_store.kit.people()[:5])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(panel.job_finished, timeout=30_000) as done:
        panel.print_labels(printer)
    assert done.args == [True] and (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_cancelled_pdf_leaves_no_file(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings, tmp_path: Path
) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    many = demo_store.kit.people() * 4
    panel.set_people(many)
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(panel.job_finished, timeout=30_000) as done:
        worker = panel.save_pdf(out / "cancelled.pdf")
        assert worker is not None and panel.is_busy() and not panel.cancel_button.isHidden()
        panel.cancel_job()
    assert done.args == [False]
    assert list(out.iterdir()) == []


def test_calibration_is_remembered_per_target(qtbot: QtBot, demo_store: Store, qsettings: QSettings) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    panel.target_combo.setCurrentIndex(panel.target_combo.findData("PDF"))
    panel.offset_x.setValue(1.5)
    panel.offset_y.setValue(-0.7)
    assert panel.calibration("PDF") == (1.5, -0.7)
    assert panel.calibration("Office laser") == (0.0, 0.0)
    again = panel_for("badges", demo_store, qtbot, qsettings)
    again.target_combo.setCurrentIndex(again.target_combo.findData("PDF"))
    assert again.offset() == (1.5, -0.7)
    qsettings.setValue("kit_labels/calibration/Office_laser/x", "not a number")
    assert again.calibration("Office laser") == (0.0, 0.0)
    # the calibration moves every label of the PDF
    again.set_people(demo_store.kit.people()[:2])
    (page,) = again.pages()
    assert (page[0][0].x, page[0][0].y) == pytest.approx((18 + 1.5, 13 - 0.7))


def test_sheet_diagram_click_picks_the_start(qtbot: QtBot, demo_store: Store, qsettings: QSettings) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    panel.set_people(demo_store.kit.people()[:4])
    diagram = panel.diagram
    diagram.resize(130, 180)
    scale = min((130 - 4) / 210, (180 - 4) / 297)
    ox, oy = (130 - 210 * scale) / 2, (180 - 297 * scale) / 2
    label3 = all_rects(template("L4785"))[2]
    point = QPointF(ox + (label3.x + 40) * scale, oy + (label3.y + 25) * scale)
    assert diagram.label_at(point.x(), point.y()) == 3
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))  # type: ignore[no-untyped-call]
    assert panel.start_spin.value() == 3
    assert diagram.label_at(1, 1) is None
    assert panel.start_spin.maximum() == 10
    panel.set_template("L7163")
    assert panel.start_spin.maximum() == 14


def test_panel_without_people_does_nothing(qtbot: QtBot, empty_store: Store, qsettings: QSettings) -> None:
    panel = panel_for("stickers", empty_store, qtbot, qsettings)
    panel.set_people([])
    assert panel.save_pdf("/nonexistent/x.pdf") is None and panel.print_labels() is None
    assert not panel.print_button.isEnabled() and "Choose the ambassadors" in panel.summary.text()
    with pytest.raises(ValueError):
        LabelPanel("posters", empty_store.settings, empty_store.kit, empty_store.programme)


# -- command line -----------------------------------------------------------------------------------------
@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    from esn_desk.core import demo

    path = tmp_path / "programme.esndesk"
    demo.write_demo(path, size=300).close()
    return path


def test_cli_badges_and_stickers(
    qapp: QApplication, programme_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from esn_desk import cli
    from esn_desk.core.store import open_store

    store = open_store(programme_file)
    active = store.kit.people()
    store.close()
    out = tmp_path / "badges.pdf"
    assert cli.main(["--db", str(programme_file), "kit", "badges", str(out), "--start", "3"]) == 0
    sheets = 1 + math.ceil((len(active) - 8) / 10)
    assert f"Wrote {len(active)} name badges for {len(active)} ambassadors on {sheets} L4785 sheets" in (
        capsys.readouterr().out
    )
    assert out.read_bytes().startswith(b"%PDF")
    stickers = tmp_path / "stickers.pdf"
    args = ["--db", str(programme_file), "kit", "stickers", str(stickers), "--template", "5294"]
    assert cli.main([*args, "--names", "--per-person", "3", "--role", "Mentor", "--mark-given"]) == 0
    printed = capsys.readouterr().out
    mentors = [p for p in active if p.role == "Mentor"]
    assert f"Wrote {3 * len(mentors)} stickers for {len(mentors)} ambassador" in printed
    assert "recorded as given" in printed and stickers.exists()
    store = open_store(programme_file)
    try:
        assert all(store.kit.states(m.ambassador_id)["stickers"].state == "given" for m in mentors)
    finally:
        store.close()
    if PDFTOPPM is not None:
        pages = tmp_path / "pages"
        pages.mkdir()
        assert len(rasterise(out, pages)) == sheets


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["badges", "--template", "L9999"], "Unknown label template “L9999”"),
        (["badges", "--start", "11"], "--start must be between 1 and 10 on a L4785 sheet"),
        (["badges", "--start", "0"], "--start must be between 1 and 10"),
        (["stickers", "--start", "22"], "--start must be between 1 and 21 on a L7160 sheet"),
        (["badges", "--role", "Astronaut"], "No ambassador matches"),
        (["stickers", "--per-person", "0"], "between 1 and 100 stickers"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(
    qapp: QApplication,
    programme_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    from esn_desk import cli

    out = tmp_path / "out.pdf"
    command, *options = extra
    assert cli.main(["--db", str(programme_file), "kit", command, str(out), *options]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not out.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the offscreen fallback is for Linux")
def test_cli_draws_off_screen_without_a_display(programme_file: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "s.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "esn_desk", "--db", str(programme_file), "kit", "stickers", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Print at 100 %" in result.stdout and out.read_bytes().startswith(b"%PDF")


def test_preview_paints_every_page(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    panel = panel_for("badges", demo_store, qtbot, qsettings)
    panel.set_people(demo_store.kit.people()[:13])
    panel.start_spin.setValue(3)
    seen: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()  # what showing the dialog does: paintRequested(printer)
        seen.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    panel.preview()
    assert seen == [2]  # 8 badges on the first sheet (from label 3), 5 on the second


@pytest.mark.qt_log_ignore("JPEG")  # Qt reports the broken file it was given
def test_photos_are_drawn_and_unreadable_ones_fall_back_to_initials(
    qapp: QApplication, demo_store: Store, tmp_path: Path
) -> None:
    from esn_desk.core.kit.photos import PhotoIndex

    people = demo_store.kit.people()[:2]
    photo = QImage(300, 400, QImage.Format.Format_RGB32)
    photo.fill(QColor("#00c000"))
    assert photo.save(str(tmp_path / f"{people[0].employee_id}.PNG"))
    (tmp_path / f"{people[1].employee_id}.jpg").write_bytes(b"\xff\xd8 truncated")
    tpl = template("L4785")
    items = badges.badge_contents(people, demo_store.settings.load(), photos=PhotoIndex(tmp_path))
    assert all(item.photo is not None for item in items)
    renderer = LabelRenderer(tpl, photos=True)
    renderer.placed = []
    image = render_image(renderer, badges.place(tpl, items)[0], dpi=150)
    first = all_rects(tpl)[0]
    green = pixel(image, first.x + 8, first.y + first.height / 2, dpi=150)
    assert green.green() > 150 and green.red() < 60  # the photo, scaled into its box
    assert items[1].initials in [t.text for t in renderer.placed]  # the unreadable one: initials


def test_panel_shows_the_first_sheet_as_it_will_print(
    qtbot: QtBot, demo_store: Store, qsettings: QSettings
) -> None:
    panel = panel_for("badges", demo_store, qtbot, qsettings)
    panel.show()
    panel.set_people([])
    qtbot.waitUntil(lambda: "once ambassadors are chosen" in panel.sheet_preview.text(), timeout=2000)
    panel.set_people(demo_store.kit.people()[:3])
    qtbot.waitUntil(lambda: not panel.sheet_preview.pixmap().isNull(), timeout=2000)
    pixmap = panel.sheet_preview.pixmap()
    assert pixmap.height() <= 368 and pixmap.width() <= 260
    # L4785 is A4: the thumbnail keeps the page's proportions.
    assert abs(pixmap.height() / pixmap.width() - 297 / 210) < 0.02
