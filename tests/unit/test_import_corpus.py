"""Real-world workbooks from other projects' test suites (``../shared/corpus/xlsx-real``): every one, and
every sheet of every one, gives either a plan or a clear ``UserError`` — never a crash, never a hang,
never a memory blow-up. Damaged copies of a few of them must be refused just as cleanly."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.importing.readers import ReadError, open_source
from esn_desk.core.importing.service import ImportOptions, ImportPlan
from esn_desk.core.store import Store, open_store
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "xlsx-real"
FILES = sorted(p.name for p in CORPUS.glob("*") if p.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".ods"})
SECONDS_PER_FILE = 20.0
PEAK_RSS_MB = 300

pytestmark = pytest.mark.skipif(not FILES, reason=f"no corpus at {CORPUS}")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(":memory:", backup_dir=tmp_path / "backups")
    yield store
    store.close()


def _plan_or_user_error(
    store: Store, path: Path, options: ImportOptions | None = None
) -> ImportPlan | UserError:
    try:
        return store.imports.plan(path, options)
    except UserError as exc:  # anything else is a bug and fails the test
        assert str(exc).strip(), f"{path.name}: empty message from {type(exc).__name__}"
        assert "Traceback" not in str(exc)
        return exc


@pytest.mark.parametrize("name", FILES)
def test_every_file_and_sheet_gives_a_plan_or_a_clear_message(store: Store, name: str) -> None:
    path = CORPUS / name
    started = time.perf_counter()
    _plan_or_user_error(store, path)
    try:
        source = open_source(path)
    except ReadError as exc:
        assert str(exc).strip()
    else:
        assert source.sheets
        for sheet in source.sheets:
            preview = store.imports.inspect(path, sheet=sheet.name, source=source)
            assert preview.sheet == sheet.name
            assert all(number >= 1 for number, _ in preview.rows)
            assert [n for n, _ in preview.rows] == sorted({n for n, _ in preview.rows})
            outcome = _plan_or_user_error(store, path, ImportOptions(sheet=sheet.name))
            if isinstance(outcome, ImportPlan):
                assert outcome.sheet == sheet.name and outcome.header_row == preview.header_row
    assert time.perf_counter() - started <= SECONDS_PER_FILE


def _expect(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    return path


def test_a_password_protected_workbook_says_so(store: Store) -> None:
    path = _expect("calamine__pass_protected.xlsx")
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    message = str(info.value)
    assert "password" in message and path.name in message and "remove the password" in message


def test_files_with_the_wrong_extension_are_read_for_what_they_are() -> None:
    xls = open_source(_expect("roo__type_excel.xlsx"))
    assert xls.kind == "xls" and xls.sheets[0].name == "Sheet1"
    ods = open_source(_expect("roo__type_openoffice.xlsx"))
    assert ods.kind == "ods" and ods.sheets[0].name == "Sheet1"
    # Both hold the same little table (row 3 onwards in roo's fixture).
    assert xls.table("Sheet1").rows[0][0] == ods.table("Sheet1").rows[0][0] == 3


def test_hidden_sheets_are_not_chosen(store: Store) -> None:
    path = _expect("roo__hidden_sheets.xlsx")
    source = open_source(path)
    assert [(s.name, s.visible) for s in source.sheets] == [
        ("HiddenSheet1", False),
        ("VisibleSheet1", True),
        ("HiddenSheet2", False),
    ]
    assert store.imports.inspect(path).sheet == "VisibleSheet1"
    any_sheets = open_source(_expect("calamine__any_sheets.xlsx"))
    assert [s.visible for s in any_sheets.sheets] == [True, False, False]  # visible, hidden, veryHidden


def test_row_numbers_start_where_excel_shows_them(store: Store) -> None:
    preview = store.imports.inspect(_expect("calamine__header-row.xlsx"))
    assert preview.rows[0][0] == 3  # rows 1-2 are empty


def test_a_sheet_of_people_with_an_id_and_a_name_is_planned(store: Store) -> None:
    plan = store.imports.plan(_expect("calamine__pivots.xlsx"))
    assert plan.sheet == "DataSheet" and plan.header_row == 1  # the pivot sheets before it are skipped
    assert plan.mapping == {0: "employee_id", 1: "full_name"}
    assert plan.counts["created"] == 10 and not plan.errors


def test_a_people_table_without_a_key_asks_for_one(store: Store) -> None:
    with pytest.raises(UserError, match="Map a column to Employee ID or to Email"):
        store.imports.plan(_expect("tablib__founders.xlsx"))


def test_rows_padded_to_a_million_are_read_quickly() -> None:
    expected = {
        "tealeg__testFileToSliceValueOnly.xlsx": 2,  # styled empty rows down to 1,048,576
        "calamine__issue_174.xlsx": 2,  # dimension A1:XFD1048576
        "tablib__bad_dimensions.xlsx": 4,  # dimension A1:AMJ1048576
        "roo__number_with_zero_prefix.xlsx": 50,  # 37,855 empty rows after the data
    }
    for name, rows in expected.items():
        source = open_source(_expect(name))
        started = time.perf_counter()
        table = source.table(source.sheets[0].name)
        assert time.perf_counter() - started < 5.0, name
        assert [n for n, _ in table.rows] == list(range(1, rows + 1)), name


def test_a_legacy_workbook_that_makes_calamine_panic_is_a_read_error(tmp_path: Path, store: Store) -> None:
    """One flipped byte in this .xls makes calamine panic; pyo3's PanicException is a BaseException."""
    data = bytearray(_expect("roo__type_excel.xlsx").read_bytes())
    data[2732] = 0x1D
    path = tmp_path / "legacy.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    assert "legacy.xls cannot be read as a spreadsheet" in str(info.value)
    assert "save it as .xlsx" in str(info.value)


DAMAGED_BASES = [
    "roo__type_excel.xlsx",
    "roo__type_openoffice.xlsx",
    "calamine__pivots.xlsx",
    "tablib__founders.xlsx",
]


@pytest.mark.parametrize("name", DAMAGED_BASES)
def test_damaged_copies_are_refused_cleanly(tmp_path: Path, store: Store, name: str) -> None:
    """Random byte damage (and cut-short copies) must end in a plan or a UserError: calamine's own errors
    (some only raised when a sheet is first read) and its Rust panics included."""
    original = _expect(name).read_bytes()
    rng = random.Random(f"esn-desk:{name}")
    path = tmp_path / f"damaged{Path(name).suffix}"
    started = time.perf_counter()
    for _ in range(40):
        data = bytearray(original)
        for _ in range(rng.choice([1, 3, 10, 50])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        path.write_bytes(bytes(data))
        _plan_or_user_error(store, path)
    assert time.perf_counter() - started < SECONDS_PER_FILE


CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from esn_desk.core.errors import UserError
    from esn_desk.core.importing.readers import open_source
    from esn_desk.core.importing.service import ImportOptions
    from esn_desk.core.store import open_store

    store = open_store(":memory:", backup_dir=Path(sys.argv[2]))
    done = 0
    for path in sorted(Path(sys.argv[1]).iterdir()):
        if path.suffix.lower() not in {".xlsx", ".xlsm", ".xls", ".ods"}:
            continue
        try:
            store.imports.plan(path)
        except UserError:
            pass
        try:
            source = open_source(path)
        except UserError:
            done += 1
            continue
        for sheet in source.sheets:
            store.imports.inspect(path, sheet=sheet.name, source=source)
            try:
                store.imports.plan(path, ImportOptions(sheet=sheet.name), source=source)
            except UserError:
                pass
        done += 1
    # VmHWM is this address space's own high-water mark; ru_maxrss would start at pytest's size,
    # because fork + exec carry the parent's peak over on Linux.
    status = Path("/proc/self/status")
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
        peak = int(line.split()[1]) * 1024
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
    print(done, peak)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")
def test_the_whole_corpus_stays_under_the_memory_budget(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(CORPUS), str(tmp_path / "backups")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    done, peak_bytes = (int(v) for v in result.stdout.split())
    assert done == len(FILES)
    assert peak_bytes < PEAK_RSS_MB * 1024 * 1024, f"peak RSS {peak_bytes / 2**20:.0f} MB"
