"""The signature sheet PDF: header on every page, a line and a box per person, walk-in lines, page N of M."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from esn_desk.core.errors import UserError
from esn_desk.core.store import open_store
from esn_desk.core.training import SessionDraft
from esn_desk.ui.printing.signature_sheet import (
    MIN_BLANK_ROWS,
    paginate,
    when_text,
    write_signature_sheet,
)
from tests.support.attendance_files import PEOPLE

PDFTOPPM = shutil.which("pdftoppm")
PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Session:
    title: str = "Viva Engage : prise en main (Lyon)"
    starts_at: datetime = datetime(2026, 9, 15, 9, 30, tzinfo=PARIS)
    duration_minutes: int = 120
    place: str = "Lyon Part-Dieu, salle Rhône"
    link: str = ""
    trainer: str = "Claire Vasseur"


@dataclass(frozen=True)
class Row:
    name: str
    site: str = "Lyon"
    department: str = "Finance"


def people(n: int) -> list[Row]:
    return [Row(f"Person {i:02d} Durand", "Lyon Gerland" if i % 2 else "Lyon") for i in range(1, n + 1)]


def rasterise(pdf: Path, out: Path) -> list[QImage]:
    """Pages as ``pdftoppm -png -r 50`` draws them."""
    if PDFTOPPM is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: pages not rasterised")
    subprocess.run([PDFTOPPM, "-png", "-r", "50", str(pdf), str(out / "page")], check=True, timeout=120)
    return [QImage(str(p)) for p in sorted(out.glob("page-*.png"))]


def pdf_text(pdf: Path) -> list[str]:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def dark_share(image: QImage, x_mm: float, y_mm: float, w_mm: float, h_mm: float, dpi: float = 50) -> float:
    """Share of non-white pixels in a rectangle given in millimetres."""
    k = dpi / 25.4
    dark = total = 0
    for x in range(int(x_mm * k), int((x_mm + w_mm) * k)):
        for y in range(int(y_mm * k), int((y_mm + h_mm) * k)):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 235
    return dark / max(total, 1)


def test_pagination() -> None:
    one = paginate(3)
    assert one.pages == 1 and one.blank_rows == one.rows_on_last - 3 >= MIN_BLANK_ROWS
    assert one.rows_on_last < one.rows_per_page  # the trainer's signature needs room
    full = paginate(one.rows_on_last)  # a full first page: the walk-in lines go on a second
    assert full.pages == 2 and full.blank_rows >= MIN_BLANK_ROWS
    big = paginate(45)
    assert big.pages == 3 and big.total_rows == 45 + big.blank_rows and big.rows_per_page >= 15


def test_when_text_is_in_the_sessions_time_zone() -> None:
    assert when_text(Session()) == "Tuesday 15 September 2026 · 09:30–11:30 (Europe/Paris)"
    late = Session(starts_at=datetime(2026, 9, 15, 23, 0, tzinfo=PARIS))
    assert when_text(late) == "Tuesday 15 September 2026 · 23:00 – Wed 16 Sep 01:00 (Europe/Paris)"


def test_short_list_is_one_page_with_boxes_and_blank_lines(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    plan = write_signature_sheet(Session(), people(3), pdf, "Ambassadeurs Viva Engage")
    assert pdf.read_bytes().startswith(b"%PDF") and plan.pages == 1
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary file left behind
    if PDFFONTS:
        fonts = subprocess.run([PDFFONTS, str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans" in fonts
    (page,) = pdf_text(pdf)
    for text in ("AMBASSADEURS VIVA ENGAGE", "Viva Engage : prise en main (Lyon)", "Salle Rhône".lower()):
        assert text in page or text in page.lower()
    assert "Claire Vasseur" in page and "Person 03 Durand" in page and "Page 1 of 1" in page
    assert "Tuesday 15 September 2026 · 09:30–11:30 (Europe/Paris)" in page
    (image,) = rasterise(pdf, tmp_path)
    assert abs(image.width() / image.height() - 210 / 297) < 0.01  # A4 portrait
    # First row (y 59.5–70.5 mm; the signature column from x 137.8 mm): a name in the name column,
    # the box's left edge, and the inside of the box left white for the signature.
    assert dark_share(image, 24, 61, 40, 8) > 0.02
    assert dark_share(image, 138, 62, 1.6, 6) > 0.3
    assert dark_share(image, 141, 62, 40, 6) == 0


def test_forty_five_people_paginate_with_the_header_on_every_page(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    listed = people(45)
    plan = write_signature_sheet(Session(), listed, pdf, "Ambassadeurs Viva Engage")
    assert plan.pages == 3
    pages = pdf_text(pdf)
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert "Viva Engage : prise en main (Lyon)" in page and "Signature" in page
        assert f"Page {number} of 3" in page
    seen = [name for name in (r.name for r in listed) for page in pages if name in page]
    assert seen == [r.name for r in listed]  # everyone once, in order
    assert "Person 01 Durand" in pages[0] and "Person 45 Durand" in pages[2]
    assert "Signed by the trainer" in pages[2] and "Signed by the trainer" not in pages[0]
    images = rasterise(pdf, tmp_path)
    assert len(images) == 3 and all(i.width() == images[0].width() for i in images)


def test_sheet_from_the_programme(qapp: QApplication, tmp_path: Path) -> None:
    """TrainingService's sessions and enrolments print as they are (no adapter needed)."""
    store = open_store(":memory:")
    try:
        store.people.insert_many(PEOPLE, source="test")
        session_id = store.training.create(
            SessionDraft(
                title="Onboarding Lyon",
                kind="Onboarding",
                format="on_site",
                starts_at=datetime(2026, 9, 15, 9, 30),
                timezone="Europe/Paris",
                duration_minutes=90,
                place="Salle Rhône",
                trainer="Claire Vasseur",
            )
        )
        with store.db.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")][1:4]
        store.training.enrol(session_id, ids, "registered")
        pdf = tmp_path / "onboarding.pdf"
        write_signature_sheet(
            store.training.get(session_id), store.attendance.sheet_people(session_id), pdf, "Programme"
        )
        from_enrolments = tmp_path / "enrolments.pdf"
        write_signature_sheet(
            store.training.get(session_id),
            store.training.enrolments(session_id),
            from_enrolments,
            "Programme",
        )
    finally:
        store.close()
    (page,) = pdf_text(pdf)
    assert "Anne Durand" in page and "Human resources" in page and "Salle Rhône" in page
    assert pdf_text(from_enrolments)[0].split() == page.split()


def test_missing_folder_is_a_user_error(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_signature_sheet(Session(), people(1), tmp_path / "nope" / "sheet.pdf", "P")
