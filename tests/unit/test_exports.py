"""Excel exports (issue #7): values read back with openpyxl and LibreOffice, text from people never
becomes a formula, control characters are removed, dates are dates, the roster round trip, the CLI."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from esn_desk import cli
from esn_desk.core import exports
from esn_desk.core.errors import UserError
from esn_desk.core.importing.fields import ROSTER
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store, open_store
from esn_desk.core.training import SessionDraft

DAY = date(2026, 11, 25)
# What an HR file may hold, and must stay text in every export.
INJECTIONS = ['=HYPERLINK("http://x","click")', "@SUM(A1)", "+1", "-1", "=1+1", "#N/A"]


def _person(i: int, last: str, site: str, department: str, **extra: Any) -> dict[str, Any]:
    return {
        "employee_id": f"{i:05d}",
        "first_name": "Ana",
        "last_name": last,
        "email": f"{last.lower()}@aurore.fr",
        "site": site,
        "department": department,
        "country": "France",
        "job_title": "Analyst",
        "hire_date": "2015-01-05",
        **extra,
    }


PEOPLE = [
    *(_person(i, f"Lyon{i}", "Lyon", "Finance") for i in range(1, 7)),
    *(_person(i, f"Nantes{i}", "Nantes", "Ventes") for i in range(7, 11)),
    *(_person(20 + i, f"Inject{i}", "Lyon", "Finance", job_title=text) for i, text in enumerate(INJECTIONS)),
    _person(30, "Control", "Lyon", "Finance", job_title="Chef\x00 de\x07 projet\x1f"),
    _person(31, "Parti", "Nantes", "Ventes", status="left", left_on="2026-06-30"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "backups")
    s.people.insert_many(PEOPLE, source="test")
    settings = s.settings.load()
    settings.programme_name = "Ambassadeurs Aurore"
    s.settings.save(settings)
    s.programme.save_rules(ProgrammeRules(flow="hr_then_manager", rules=[]))
    yield s
    s.close()


def _pid(store: Store, employee_id: str) -> int:
    with store.db.read() as conn:
        return int(conn.execute("SELECT id FROM person WHERE employee_id = ?", (employee_id,)).fetchone()[0])


def _activate(store: Store, employee_id: str, **changes: Any) -> int:
    ambassador_id = store.programme.recruit(
        _pid(store, employee_id), source="Pilot phase", on=date(2026, 3, 2)
    )
    store.programme.transition(ambassador_id, "hr_validated", by="HR Lyon", on=date(2026, 3, 9))
    store.programme.transition(ambassador_id, "manager_confirmed", by="M. Boss", on=date(2026, 3, 16))
    store.programme.transition(ambassador_id, "active", on=date(2026, 3, 20))
    if changes:
        store.programme.update(ambassador_id, **changes)
    return ambassador_id


def _sheet(path: Path, title: str) -> list[list[Any]]:
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in wb[title].iter_rows(values_only=True)]


def _records(path: Path, title: str) -> list[dict[str, Any]]:
    rows = _sheet(path, title)
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


# -- people ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fast", [True, False], ids=["raw-rows", "openpyxl-cells"])
def test_people_export_values_format_and_injection_safety(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    monkeypatch.setattr(exports, "FAST_ROWS", fast)
    path = tmp_path / "people.xlsx"
    assert exports.export_people(store, path) == len(PEOPLE)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["People", "About"]
    ws = wb["People"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Name", "Employee ID", "Email"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:N{len(PEOPLE) + 1}"
    assert ws[1][0].font.b and ws[1][0].fill.fgColor.rgb.endswith("2F6FDE")
    assert all((ws.column_dimensions[c].width or 0) >= 6 for c in "ABCDEFGHIJKLMN")
    assert ws.column_dimensions["C"].width >= len("nantes10@aurore.fr")
    rows = {r["Employee ID"]: r for r in _records(path, "People")}
    by_id = {row[1].value: list(row) for row in ws.iter_rows(min_row=2)}
    # Injection: every such job title is a text cell with its exact value; no formula anywhere.
    title_col = header.index("Job title")
    for i, text in enumerate(INJECTIONS):
        cell = by_id[f"{20 + i:05d}"][title_col]
        assert cell.data_type == "s" and cell.value == text
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    # Control characters removed, not crashed on.
    assert rows["00030"]["Job title"] == "Chef de projet"
    # Dates are dates with a date format; numbers-looking IDs stay text.
    hire = by_id["00001"][header.index("Hire date")]
    assert hire.value == datetime(2015, 1, 5) and hire.is_date and hire.number_format == "yyyy-mm-dd"
    assert rows["00001"]["Employee ID"] == "00001"
    assert rows["00031"]["Status"] == "Left the company" and rows["00031"]["Left on"] == datetime(2026, 6, 30)
    about = dict((r[0], r[1]) for r in _sheet(path, "About")[2:])
    assert about["Programme"] == "Ambassadeurs Aurore"
    assert about["Filters"] == "none: the whole directory"
    assert isinstance(about["Exported on"], datetime)


def test_people_export_follows_the_directory_query(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nantes.xlsx"
    query = DirectoryQuery(site="Nantes", status="active", sort_column=1, descending=True)
    assert exports.export_people(store, path, query) == 4
    ids = [r["Employee ID"] for r in _records(path, "People")]
    assert ids == ["00010", "00009", "00008", "00007"]
    about = dict((r[0], r[1]) for r in _sheet(path, "About")[2:])
    assert about["Site"] == "Nantes" and about["Status"] == "active"
    assert about["Sorted by"] == "Employee ID, descending"


def test_a_missing_folder_is_a_user_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        exports.export_people(store, tmp_path / "nope" / "x.xlsx")


# -- roster ---------------------------------------------------------------------------------------------
def test_roster_export_has_every_step_trainings_and_kit(store: Store, tmp_path: Path) -> None:
    first = _activate(
        store,
        "00001",
        role="Coach",
        objective='=HYPERLINK("http://x","objective")',
        objective_target=12,
        objective_due="2026-12-31",
        privileges=["Further training"],
        community_member=True,
        notes="@SUM(A1)",
    )
    store.programme.recruit(_pid(store, "00007"), source="Serious game", on=date(2026, 11, 2))
    store.kit.mark([first], "signature", "given", on=date(2026, 4, 1))
    store.kit.mark([first], "stickers", "prepared", on=date(2026, 4, 2))
    kind = store.training.kinds()[0]
    session = store.training.create(
        SessionDraft("Onboarding", kind, "webinar", datetime(2026, 4, 7, 10, tzinfo=ZoneInfo("Europe/Paris")))
    )
    store.training.set_status(session, [_pid(store, "00001")], "attended")
    path = tmp_path / "roster.xlsx"
    assert exports.export_roster(store, path) == 2
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Roster", "About"]
    rows = {r["Employee ID"]: r for r in _records(path, "Roster")}
    coach = rows["00001"]
    assert coach["Role"] == "Coach" and coach["Status"] == "Active" and coach["Source"] == "Pilot phase"
    assert coach["Applied on"] == datetime(2026, 3, 2)
    assert coach["HR validated on"] == datetime(2026, 3, 9) and coach["HR validated by"] == "HR Lyon"
    assert (
        coach["Manager confirmed on"] == datetime(2026, 3, 16) and coach["Manager confirmed by"] == "M. Boss"
    )
    assert coach["Activated on"] == datetime(2026, 3, 20)
    assert coach["Objective target"] == 12 and coach["Objective due"] == datetime(2026, 12, 31)
    assert coach["Privileges"] == "Further training" and coach["Community member"] == "Yes"
    assert coach["Trainings attended"] == 1 and coach["Last training"] == datetime(2026, 4, 7)
    assert coach["Kit received"] == "Email signature"  # the stickers are only prepared
    assert rows["00007"]["Status"] == "Applied" and rows["00007"]["Trainings attended"] == 0
    ws = wb["Roster"]
    header = [c.value for c in ws[1]]
    for name, text in (("Objective", '=HYPERLINK("http://x","objective")'), ("Notes", "@SUM(A1)")):
        cell = next(c for c in ws[2] + ws[3] if c.column == header.index(name) + 1 and c.value)
        assert cell.data_type == "s" and cell.value == text


def test_roster_headers_are_the_roster_imports(store: Store) -> None:
    headers = [c.title for c in exports.ROSTER_COLUMNS]
    mapping = ROSTER.auto_mapping(headers)
    assert {headers[i]: f for i, f in mapping.items()} == {
        "Employee ID": "employee_id",
        "Email": "email",
        "Role": "role",
        "Status": "status",
        "Source": "source",
        "Applied on": "applied_on",
        "Objective": "objective",
        "Notes": "notes",
    }


def test_roster_round_trip_through_excel_and_the_roster_import(store: Store, tmp_path: Path) -> None:
    first = _activate(store, "00001", role="Ambassador", objective="Weekly posts")
    second = _activate(store, "00002", role="Ambassador")
    path = tmp_path / "roster.xlsx"
    exports.export_roster(store, path)
    # The change manager edits the file in Excel: a new role and a new objective.
    wb = openpyxl.load_workbook(path)
    ws = wb["Roster"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("Employee ID")].value == "00001":
            row[header.index("Role")].value = "Coach"
            row[header.index("Objective")].value = "Two case studies"
    wb.save(path)
    plan = store.roster_import.plan(path, today=DAY)
    assert not plan.errors and not plan.creates
    assert [u.changes for u in plan.updates] == [
        {"role": ("Ambassador", "Coach"), "objective": ("Weekly posts", "Two case studies")}
    ]
    store.roster_import.apply(plan, today=DAY)
    updated = store.programme.get(first)
    assert (
        updated is not None and updated.role == "Coach" and updated.fields["objective"] == "Two case studies"
    )
    untouched = store.programme.get(second)
    assert untouched is not None and untouched.role == "Ambassador" and untouched.status == "active"


# -- coverage -------------------------------------------------------------------------------------------
def test_coverage_export_one_sheet_per_dimension(store: Store, tmp_path: Path) -> None:
    _activate(store, "00001")
    path = tmp_path / "coverage.xlsx"
    exports.export_coverage(store, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["By site", "By department", "By country", "About"]
    sites = {r["Site"]: r for r in _records(path, "By site")}
    lyon = sites["Lyon"]  # 6 + 6 injections + 1 control = 13 active employees, one ambassador
    assert lyon["Employees"] == 13 and lyon["Ambassadors"] == 1
    assert lyon["Employees per ambassador"] == 13 and lyon["Target"] == 1 and lyon["To recruit"] == 0
    assert sites["Nantes"]["Employees"] == 4 and sites["Nantes"]["To recruit"] == 1
    assert sites["Nantes"]["Employees per ambassador"] is None
    assert lyon["Contributors' share"] is None and lyon["Tipping point reached"] == "No usage data"
    tipping = next(c for c in wb["By site"][2] if c.column == 10)
    assert tipping.value == 0.10 and tipping.number_format == "0.0%"
    assert [r["Country"] for r in _records(path, "By country")] == ["France"]


# -- kit and training ----------------------------------------------------------------------------------
def test_kit_export_who_received_what(store: Store, tmp_path: Path) -> None:
    first = _activate(store, "00001")
    store.kit.mark([first], "name_badge", "prepared", on=date(2026, 5, 2))
    store.kit.mark([first], "name_badge", "given", on=date(2026, 5, 9))
    path = tmp_path / "kit.xlsx"
    assert exports.export_kit(store, path) == 1
    (row,) = _records(path, "Kit")
    assert row["Employee ID"] == "00001" and row["Item"] == "Name badge" and row["State"] == "Given"
    assert row["Prepared on"] == datetime(2026, 5, 2) and row["Given on"] == datetime(2026, 5, 9)
    progress = {r["Item"]: r for r in _records(path, "Progress")}
    assert progress["Name badge"]["Given"] == 1 and progress["Name badge"]["Given share"] == 1.0


def test_training_export_sessions_and_attendance_matrix(store: Store, tmp_path: Path) -> None:
    kind = store.training.kinds()[0]
    paris = ZoneInfo("Europe/Paris")
    one = store.training.create(
        SessionDraft("=Onboarding", kind, "on_site", datetime(2026, 9, 15, 10, tzinfo=paris), capacity=10)
    )
    two = store.training.create(
        SessionDraft("Webinar", kind, "webinar", datetime(2026, 10, 6, 14, tzinfo=paris))
    )
    a, b = _pid(store, "00001"), _pid(store, "00002")
    store.training.set_status(one, [a, b], "attended")
    store.training.set_status(two, [a], "absent")
    path = tmp_path / "training.xlsx"
    assert exports.export_training(store, path) == 2
    sessions = _records(path, "Sessions")
    assert sessions[0]["Title"] == "=Onboarding" and sessions[0]["Starts"] == datetime(2026, 9, 15, 10)
    assert (
        sessions[0]["Format"] == "On site" and sessions[0]["Attended"] == 2 and sessions[0]["Capacity"] == 10
    )
    wb = openpyxl.load_workbook(path)
    assert wb["Sessions"]["A2"].data_type == "s"
    matrix = _sheet(path, "Attendance")
    assert matrix[0][5:] == ["2026-09-15 =Onboarding", "2026-10-06 Webinar"]
    rows = {r[1]: r for r in matrix[1:]}
    assert rows["lyon1@aurore.fr"][4:] == [1, "Attended", "Absent"]
    assert rows["lyon2@aurore.fr"][4:] == [1, "Attended", None]


# -- the steering-committee workbook -------------------------------------------------------------------
def test_report_has_a_summary_with_charts_and_section_sheets(store: Store, tmp_path: Path) -> None:
    _activate(store, "00001")
    store.programme.recruit(_pid(store, "00007"), on=date(2026, 11, 2))
    kind = store.training.kinds()[0]
    session = store.training.create(
        SessionDraft(
            "Onboarding", kind, "webinar", datetime(2026, 9, 15, 10, tzinfo=ZoneInfo("Europe/Paris"))
        )
    )
    store.training.set_status(session, [_pid(store, "00001"), _pid(store, "00002")], "attended")
    path = tmp_path / "report.xlsx"
    exports.export_report(store, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-1] == "About"
    assert {"Coverage by site", "Pipeline", "Adoption by site", "Training by month", "Roster"} <= set(
        wb.sheetnames
    )
    figures = {r[0]: r[1] for r in _sheet(path, "Summary")[3:] if r[0]}
    assert figures["Active ambassadors"] == 1 and figures["Candidates in the pipeline"] == 1
    assert figures["People trained (attended a session)"] == 2
    pipeline = {r["Stage"]: r["People"] for r in _records(path, "Pipeline")}
    assert pipeline["Active"] == 1 and pipeline["Applied"] == 1
    months = _records(path, "Training by month")
    assert months == [
        {"Month": "Sep 2026", "Month starting": datetime(2026, 9, 1), "Sessions held": 1, "People trained": 2}
    ]
    # openpyxl does not read charts back: look for them in the package.
    import zipfile

    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 3  # no usage data yet: adoption is not charted
        xml = "".join(z.read(n).decode() for n in charts)
    assert "Ambassadors vs target, by site" in xml and "Pipeline by stage" in xml
    assert "People trained per month" in xml


# -- a real spreadsheet application --------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_same_values(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    exports.export_people(store, path)
    out = tmp_path / "csv"
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    produced = sorted(out.glob("*.csv"))
    assert produced, result.stdout + result.stderr
    with produced[0].open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert header[:3] == ["Name", "Employee ID", "Email"]
    read = {r[1]: dict(zip(header, r, strict=False)) for r in rows[1:]}
    with store.db.read() as conn:
        db = {
            r[0]: r
            for r in conn.execute("SELECT employee_id, full_name, email, job_title, hire_date FROM person")
        }
    assert set(read) == set(db)
    for employee_id, (_, name, email, job, hire) in db.items():
        assert read[employee_id]["Name"] == name and read[employee_id]["Email"] == email
        assert read[employee_id]["Job title"] == job.replace("\x00", "").replace("\x07", "").replace(
            "\x1f", ""
        )
        assert read[employee_id]["Hire date"] == hire  # shown with the yyyy-mm-dd format: a date cell
    assert read["00020"]["Job title"] == '=HYPERLINK("http://x","click")'  # not evaluated to "click"


# -- command line ---------------------------------------------------------------------------------------
def test_cli_export_writes_each_workbook_and_exit_codes(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _activate(store, "00001")
    db = str(store.path)
    for what in exports.KINDS:
        out = tmp_path / f"{what}.xlsx"
        assert cli.main(["--db", db, "export", what, str(out)]) == 0
        assert openpyxl.load_workbook(out).sheetnames[-1] == "About"
    assert "Wrote" in capsys.readouterr().out
    assert cli.main(["--db", db, "export", "people", str(tmp_path / "nope" / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert cli.main(["--db", db, "export", "people", str(tmp_path / "x.csv")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert (
        cli.main(["--db", str(tmp_path / "missing.esndesk"), "export", "people", str(tmp_path / "y.xlsx")])
        == 2
    )
    assert not (tmp_path / "missing.esndesk").exists()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--db", db, "export", "everything", str(tmp_path / "z.xlsx")])
    assert exit_info.value.code == 2


def test_default_file_name() -> None:
    assert exports.default_file_name("roster", DAY) == "ESN-Desk_roster_2026-11-25.xlsx"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_every_export(store: Store, tmp_path: Path) -> None:
    """Each workbook opens in LibreOffice and its first sheet shows what openpyxl reads back."""
    first = _activate(store, "00001", objective="=1+1")
    store.kit.mark([first], "signature", "given", on=date(2026, 4, 1))
    kind = store.training.kinds()[0]
    session = store.training.create(
        SessionDraft(
            "@Onboarding", kind, "webinar", datetime(2026, 9, 15, 10, tzinfo=ZoneInfo("Europe/Paris"))
        )
    )
    store.training.set_status(session, [_pid(store, "00001")], "attended")
    files = []
    for what, export in exports.EXPORTS.items():
        files.append(tmp_path / f"{what}.xlsx")
        export(store, files[-1])
    out = tmp_path / "csv"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    for path in files:
        converted = out / f"{path.stem}.csv"
        assert converted.exists(), f"{path.name}: {result.stdout} {result.stderr}"
        with converted.open(encoding="utf-8") as fh:
            shown = list(csv.reader(fh))
        expected = _sheet(path, openpyxl.load_workbook(path).sheetnames[0])
        assert len(shown) == len(expected), path.name
        # Text cells read the same (formulas would show their result: "2", "0", …).
        for shown_row, row in zip(shown, expected, strict=True):
            for shown_value, value in zip(shown_row, row, strict=False):
                if isinstance(value, str):
                    assert shown_value == value, path.name
