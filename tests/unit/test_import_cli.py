"""``esn-desk --db FILE import HR.xlsx``: the batch import gives the service's results, one JSON object
with ``--json``, exit 2 with one clear line for a bad file or sheet, and never touches the programme on
``--dry-run`` or on an error."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from esn_desk import cli
from esn_desk.core.importing.service import ImportOptions
from esn_desk.core.store import open_store
from tests.support import hr_files

KEYS = {
    "file",
    "sheet",
    "header_row",
    "mapping",
    "created",
    "updated",
    "unchanged",
    "left",
    "rejected",
    "errors",
    "warnings",
    "ignored_columns",
}
COUNTS = ("created", "updated", "unchanged", "left", "rejected")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], db: Path, file: Path, *extra: str) -> dict[str, Any]:
    code, out, err = _run(capsys, "--db", db, "import", file, "--json", *extra)
    assert code == 0, err
    report = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert isinstance(report, dict)
    return report


def _people(db: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT * FROM person ORDER BY id").fetchall()


def _runs(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM import_run").fetchone()[0])


def _one_clear_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("esn-desk: "), err
    assert "Traceback" not in err
    return err


def test_import_json_prints_the_documented_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    file = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    report = _json(capsys, db, file)
    assert set(report) == KEYS
    assert report["file"] == str(file) and report["sheet"] == "Effectifs" and report["header_row"] == 4
    assert [report[k] for k in COUNTS] == [4, 0, 0, 0, 4]
    assert [e["row"] for e in report["errors"]] == [7, 10, 11, 13]
    assert [w["row"] for w in report["warnings"]] == [9, 12]
    assert report["mapping"]["Prénom"] == "first_name" and report["ignored_columns"] == ["Commentaire RH"]
    assert len(_people(db)) == 4 and _runs(db) == 1
    again = _json(capsys, db, file)
    assert [again[k] for k in COUNTS] == [0, 0, 4, 0, 4]


def test_import_text_summary_lists_rejected_rows_and_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    code, out, err = _run(capsys, "--db", tmp_path / "p.esndesk", "import", file)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == (
        "Imported effectifs.xlsx, sheet “Effectifs”, header on row 4: "
        "4 created, 0 updated, 0 unchanged, 0 left, 4 rejected."
    )
    assert "Columns ignored: Commentaire RH" in lines
    assert "  row 7, Adresse e-mail (D) “zoe.martin@aurore”: Not a valid email address" in lines
    assert any(line.startswith("  row 9, E-mail du manager (I) “inconnu@aurore.fr”") for line in lines)
    assert lines.index("Rejected rows:") < lines.index("Warnings:")


def test_dry_run_reports_but_leaves_the_programme_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.esndesk"
    _json(capsys, db, hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    before, runs = _people(db), _runs(db)
    rows = [
        ["00101", "Vasseur", "Claire", "claire.vasseur@aurore.fr", "PDG"],
        ["00200", "Neuf", "Léo", "", ""],
    ]
    second = hr_files.write_xlsx(tmp_path / "b.xlsx", hr_files.FRENCH_HEADERS[:5], rows)
    report = _json(capsys, db, second, "--dry-run", "--full")
    assert [report[k] for k in COUNTS] == [1, 1, 0, 3, 0]
    assert _people(db) == before and _runs(db) == runs
    code, out, _ = _run(capsys, "--db", db, "import", second, "--dry-run")
    assert code == 0 and out.startswith("Would import b.xlsx")
    assert _people(db) == before and _runs(db) == runs


def test_full_marks_absent_people_as_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    _json(capsys, db, hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    rows = [row for row in hr_files.FRENCH_ROWS if row[0] in ("00101", 102)]
    second = hr_files.write_xlsx(tmp_path / "b.xlsx", hr_files.FRENCH_HEADERS, rows)
    assert [_json(capsys, db, second)[k] for k in COUNTS] == [0, 0, 2, 0, 0]  # without --full
    report = _json(capsys, db, second, "--full")
    assert [report[k] for k in COUNTS] == [0, 0, 2, 2, 0]
    with closing(sqlite3.connect(db)) as conn:
        status = dict(conn.execute("SELECT employee_id, status FROM person"))
    assert status == {"00101": "active", "102": "active", "00104": "left", "00105": "left"}


def test_sheet_header_row_and_month_first_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Lyon"
    first.append(["Matricule", "Nom", "Date d'entrée"])
    first.append(["1", "Lyonnais", "03/01/2024"])
    second = wb.create_sheet("Nantes")
    second.append(["Liste"])
    second.append(["Matricule", "Nom", "Date d'entrée"])
    second.append(["2", "Nantais", "03/01/2024"])
    path = tmp_path / "sites.xlsx"
    wb.save(path)
    db = tmp_path / "p.esndesk"
    assert _json(capsys, db, path, "--dry-run")["sheet"] == "Lyon"
    report = _json(capsys, db, path, "--sheet", "Nantes", "--header-row", "2", "--month-first")
    assert (report["sheet"], report["header_row"], report["created"]) == ("Nantes", 2, 1)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT employee_id, hire_date FROM person").fetchall() == [("2", "2024-03-01")]
    _json(capsys, db, path, "--sheet", "Lyon")
    with closing(sqlite3.connect(db)) as conn:
        hired = conn.execute("SELECT hire_date FROM person WHERE employee_id = '1'").fetchone()[0]
    assert hired == "2024-01-03"  # day first by default


def test_an_unknown_sheet_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    file = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    code, out, err = _run(capsys, "--db", db, "import", file, "--sheet", "Paie", "--json")
    assert code == 2 and out == ""
    _one_clear_line(err)
    assert "effectifs.xlsx has no sheet named “Paie”. Its sheets: “Effectifs”." in err
    assert _people(db) == []


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("effectifs.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "effectifs.xlsx is a PDF"),
        ("effectifs.csv", b"", "effectifs.csv is empty"),
        ("effectifs.xlsx", b"PK\x03\x04" + b"\x00" * 40, "effectifs.xlsx is damaged or incomplete"),
    ],
)
def test_an_unreadable_file_exits_2_and_leaves_the_programme_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, fragment: str
) -> None:
    db = tmp_path / "p.esndesk"
    _json(capsys, db, hr_files.french_extract(tmp_path / "first.xlsx"))
    before_bytes = db.read_bytes()
    before = _people(db)
    bad = tmp_path / name
    bad.write_bytes(content)
    code, out, err = _run(capsys, "--db", db, "import", bad, "--json")
    assert code == 2 and out == ""
    assert fragment in _one_clear_line(err)
    assert _people(db) == before and _runs(db) == 1
    assert db.read_bytes() == before_bytes


def test_a_missing_file_and_a_bad_mapping_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    code, _, err = _run(capsys, "--db", db, "import", tmp_path / "absent.xlsx")
    assert code == 2 and "There is no file at" in _one_clear_line(err)
    nokey = hr_files.write_xlsx(
        tmp_path / "nokey.xlsx", ["Nom", "Prénom", "Poste"], [["Durand", "Luc", "RH"]]
    )
    code, _, err = _run(capsys, "--db", db, "import", nokey)
    assert code == 2 and "Map a column to Employee ID or to Email" in _one_clear_line(err)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--db", str(db), "import", str(nokey), "--header-row", "x"])
    assert exit_info.value.code == 2 and "invalid int value" in capsys.readouterr().err


def test_the_cli_and_the_service_give_the_same_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for file in (
        hr_files.french_extract(tmp_path / "effectifs.xlsx"),
        hr_files.write_csv(tmp_path / "effectifs.csv", hr_files.FRENCH_HEADERS, hr_files.FRENCH_ROWS),
    ):
        report = _json(capsys, tmp_path / f"cli-{file.suffix[1:]}.esndesk", file)
        store = open_store(":memory:", backup_dir=tmp_path / "backups")
        try:
            plan = store.imports.plan(file, ImportOptions())
            assert plan.to_json() == report
            store.imports.apply(plan)
            assert store.people.count() == report["created"]
        finally:
            store.close()


def test_python_dash_m_imports_in_a_separate_process(tmp_path: Path) -> None:
    db = tmp_path / "p.esndesk"
    file = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    result = subprocess.run(
        [sys.executable, "-m", "esn_desk", "--db", str(db), "import", str(file), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == KEYS and [report[k] for k in COUNTS] == [4, 0, 0, 0, 4]
    assert len(_people(db)) == 4
    bad = tmp_path / "scan.xlsx"
    bad.write_bytes(b"%PDF-1.7\n")
    result = subprocess.run(
        [sys.executable, "-m", "esn_desk", "--db", str(db), "import", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "scan.xlsx is a PDF" in _one_clear_line(result.stderr)
