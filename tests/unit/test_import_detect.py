"""Which import a dropped file is for: HR extract, roster, usage export or attendance report."""

from __future__ import annotations

from pathlib import Path

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.importing.detect import detect
from tests.support.attendance_files import teams_report, zoom_report
from tests.support.hr_files import french_extract, write_csv, write_xlsx
from tests.unit.test_roster_usage_import import ROSTER_HEADERS, USAGE_HEADERS


def test_an_hr_extract_with_title_rows(tmp_path: Path) -> None:
    found = detect(french_extract(tmp_path / "Extraction SIRH.xlsx"))
    assert found.what == "hr" and found.name == "an HR extract"
    assert len(found.columns) >= 2


def test_a_roster(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ambassadeurs.xlsx", ROSTER_HEADERS, [["00001", "A", "Coach", "Actif"]])
    found = detect(path)
    assert found.what == "roster"
    assert "Rôle" in found.columns and "Statut" in found.columns


def test_a_usage_export(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "usage.csv", USAGE_HEADERS, [["Zoé", "zoe@example.fr", "2026-10-01", 3, 1, 4, 9]]
    )
    found = detect(path)
    assert found.what == "usage" and "Publications" in found.columns


@pytest.mark.parametrize(
    "data",
    [teams_report(), teams_report(french=True), teams_report(encoding="utf-8"), zoom_report()],
    ids=["teams", "teams-fr", "teams-utf8", "zoom"],
)
def test_attendance_reports(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(data)
    assert detect(path).what == "attendance"


def test_a_file_with_nothing_recognisable_says_what_to_do(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "budget.csv", ["Poste", "Montant"], [["Café", 12]])
    with pytest.raises(UserError, match=r"budget\.csv does not look like") as caught:
        detect(path)
    assert "Choose the kind of import below" in str(caught.value)


def test_an_unreadable_file_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UserError):
        detect(path)
