"""Hostile files, made on the fly: each one is imported or refused with one clear line, never a
traceback, in bounded time and memory — checked end to end through ``esn-desk import`` in a child
process whose wall time and peak RSS are measured (a memory blow-up in calamine's Rust code aborts the
process, which no ``try`` in the same process can catch).

Plain damaged and non-spreadsheet files are in test_import_readers.py, real-world workbooks in
test_import_corpus.py; here are the files built to hurt.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from esn_desk.core.importing import readers
from esn_desk.core.importing.readers import ReadError, open_source
from esn_desk.core.importing.service import ImportPlan, column_letter
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store, open_store
from tests.support import hr_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="os.wait4 and RLIMIT_AS are POSIX")

SECONDS = 20.0
PEAK_RSS_MB = 400
PEAK_RSS_WRAPPER = Path(__file__).parents[1] / "support" / "peak_rss.py"
ADDRESS_SPACE_LIMIT = 3 << 30  # a safety net: a regression fails the test instead of swapping the machine

# -- building xlsx files byte by byte ------------------------------------------------------------------
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row(number: int, values: Iterable[object]) -> str:
    cells = "".join(cell(f"{column(i)}{number}", v) for i, v in enumerate(values) if v is not None)
    return f'<row r="{number}">{cells}</row>'


PEOPLE = [row(1, ["Matricule", "Nom"]), row(2, ["1", "Durand"]), row(3, ["2", "Petit"])]


def write_xlsx(
    path: Path,
    sheet_data: Iterable[str | bytes],
    *,
    shared: str | None = None,
    dimension: str | None = None,
    doctype: str = "",
) -> Path:
    """A one-sheet workbook whose sheet XML is exactly ``sheet_data`` (streamed into the zip)."""
    shared_type = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
    shared_rel = f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{PKG}/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
        + (shared_type if shared is not None else "")
        + "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Effectifs" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (shared_rel if shared is not None else "")
        + "</Relationships>",
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            dim = f'<dimension ref="{dimension}"/>' if dimension else ""
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{MAIN}">'.encode())
            fh.write(f"{dim}<sheetData>".encode())
            for chunk in sheet_data:
                fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
            fh.write(b"</sheetData></worksheet>")
    return path


def shared_strings(*items: str, doctype: str = "") -> str:
    body = "".join(f"<si><t>{item}</t></si>" for item in items)
    return f'<?xml version="1.0"?>{doctype}<sst xmlns="{MAIN}" count="{len(items)}">{body}</sst>'


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)
A_NAME_FROM_SHARED_STRINGS = [
    row(1, ["Matricule", "Nom"]),
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>',
]


# -- the hostile files ---------------------------------------------------------------------------------
def billion_laughs_in_shared_strings(tmp: Path) -> Path:
    return write_xlsx(
        tmp / "laughs.xlsx", A_NAME_FROM_SHARED_STRINGS, shared=shared_strings("&lol9;", doctype=LAUGHS)
    )


def billion_laughs_in_the_sheet(tmp: Path) -> Path:
    rows = [row(1, ["Matricule", "Nom"]), row(2, ["1", "x"]).replace(">x<", ">&lol9;<")]
    return write_xlsx(tmp / "laughs-sheet.xlsx", rows, doctype=LAUGHS)


def quadratic_blowup(tmp: Path) -> Path:
    """One 50 KB entity used 20,000 times: 1 GB of text without nesting."""
    doctype = f'<!DOCTYPE sst [<!ENTITY a "{"x" * 50_000}">]>'
    return write_xlsx(
        tmp / "quadratic.xlsx",
        A_NAME_FROM_SHARED_STRINGS,
        shared=shared_strings("&a;" * 20_000, doctype=doctype),
    )


def external_entity(tmp: Path) -> Path:
    doctype = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return write_xlsx(
        tmp / "xxe.xlsx", A_NAME_FROM_SHARED_STRINGS, shared=shared_strings("&xxe;", doctype=doctype)
    )


def ten_thousand_columns(tmp: Path) -> Path:
    extra = 9_998
    return write_xlsx(
        tmp / "wide.xlsx",
        [
            row(1, ["Matricule", "Nom", *(f"Colonne {i}" for i in range(extra))]),
            row(2, ["1", "Durand", *range(extra)]),
            row(3, ["2", "Petit", *(["x"] * extra)]),
        ],
    )


def dimension_claims_a_million_rows(tmp: Path) -> Path:
    return write_xlsx(tmp / "dimension.xlsx", PEOPLE, dimension="A1:XFD1048576")


def a_value_at_the_last_cell(tmp: Path) -> Path:
    """calamine allocated A1:XFD1048576 (512 GB) and aborted the process: now read with openpyxl."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return write_xlsx(tmp / "far.xlsx", [*PEOPLE, far])


def a_value_at_column_xfd_just_under_the_limit(tmp: Path) -> Path:
    """600 rows up to column XFD: 9.8 million cells, which calamine is still trusted with."""
    last = 600
    assert last * 16_384 <= readers.MAX_SPARSE_CELLS
    rows = [row(n, [str(n), f"Nom{n}"]) for n in range(2, last)]
    far = f'<row r="{last}"><c r="XFD{last}" t="inlineStr"><is><t>x</t></is></c></row>'
    return write_xlsx(tmp / "xfd.xlsx", [row(1, ["Matricule", "Nom"]), *rows, far])


def a_row_number_beyond_32_bits(tmp: Path) -> Path:
    far = "<row><c r='A99999999999' t='inlineStr'><is><t>x</t></is></c></row>"  # single quotes too
    return write_xlsx(tmp / "far-row.xlsx", [*PEOPLE, far])


def shared_string_index_out_of_range(tmp: Path) -> Path:
    rows = [
        row(1, ["Matricule", "Nom"]),
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>999</v></c></row>',
    ]
    return write_xlsx(tmp / "sst.xlsx", rows, shared=shared_strings("Durand"))


def shared_string_index_not_a_number(tmp: Path) -> Path:
    rows = [
        row(1, ["Matricule", "Nom"]),
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>-1</v></c></row>',
    ]
    return write_xlsx(tmp / "sst-index.xlsx", rows, shared=shared_strings("Durand"))


def zip_bomb(tmp: Path) -> Path:
    return hr_files.zip_bomb(tmp / "bomb.xlsx", megabytes=200)


def zip_bomb_lying_about_its_size(tmp: Path) -> Path:
    return hr_files.lying_zip_bomb(
        hr_files.french_extract(tmp / "good.xlsx"), tmp / "liar.xlsx", megabytes=50
    )


def csv_with_a_10_mb_value(tmp: Path) -> Path:
    path = tmp / "value.csv"
    path.write_bytes(b"Matricule;Nom\r\n1;Durand\r\n2;" + b"x" * 10_000_000 + b"\r\n")
    return path


def csv_with_a_10_mb_line_of_short_values(tmp: Path) -> Path:
    """The csv module lists every value of a line: this one took ~400 MB before it was refused."""
    path = tmp / "line.csv"
    path.write_bytes(b"Matricule;Nom\r\n1;Durand\r\n" + b"ab;" * 3_333_333 + b"\r\n")
    return path


def csv_with_an_unclosed_quote(tmp: Path) -> Path:
    path = tmp / "quote.csv"
    path.write_bytes(b'Matricule;Nom\r\n1;"Durand\r\n' + b"2;Petit\r\n" * 1_000_000)
    return path


LONG = 5_000


def cells_of_5000_characters(tmp: Path) -> Path:
    headers = ["Matricule", "Nom", "Prénom", "Email", "Date d'entrée", "Poste", "T" * LONG]
    return write_xlsx(
        tmp / "long.xlsx",
        [
            row(1, headers),
            row(2, ["1", "L" * LONG, "Anne", "", "", "J" * LONG, "ignored " * 600]),
            row(3, ["2", "Petit", "", "a" * LONG + "@aurore.fr"]),
            row(4, ["3", "Durand", "", "", "1" * LONG]),  # int() of 5,000 digits raised ValueError
            row(5, ["9" * LONG, "Long"]),
            row(6, ["4", "Sans", "", "b" * LONG]),  # not an address: rejected
        ],
    )


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Path]
    imported: int | None = None  # people created; None: refused
    message: tuple[str, ...] = ()  # fragments of the refusal


CASES: dict[str, Case] = {
    "billion laughs in sharedStrings": Case(billion_laughs_in_shared_strings, message=("cannot be read",)),
    "billion laughs in the sheet": Case(
        billion_laughs_in_the_sheet, message=("is damaged", "save it as .xlsx")
    ),
    "quadratic entity blowup": Case(quadratic_blowup, message=("cannot be read",)),
    "external entity": Case(external_entity, message=("cannot be read",)),
    "10,000 columns": Case(ten_thousand_columns, imported=2),
    "dimension A1:XFD1048576 over 3 rows": Case(dimension_claims_a_million_rows, imported=2),
    "a value at XFD1048576": Case(a_value_at_the_last_cell, imported=2),
    "a value at column XFD of row 600": Case(a_value_at_column_xfd_just_under_the_limit, imported=598),
    "a row number beyond 32 bits": Case(a_row_number_beyond_32_bits, imported=2),
    "shared string index out of range": Case(shared_string_index_out_of_range, message=("is damaged",)),
    "shared string index that is not a number": Case(
        shared_string_index_not_a_number, message=("is damaged: cell B2", "“-1”")
    ),
    "zip bomb": Case(zip_bomb, message=("was refused", "inflate")),
    "zip bomb lying about its size": Case(zip_bomb_lying_about_its_size, message=("liar.xlsx",)),
    "CSV with a 10 MB value": Case(csv_with_a_10_mb_value, message=("Line 3", "longer than 1,000,000")),
    "CSV with a 10 MB line": Case(
        csv_with_a_10_mb_line_of_short_values, message=("Line 3", "Export it again")
    ),
    "CSV with an unclosed quote": Case(csv_with_an_unclosed_quote, message=("near line", "never closed")),
    "cells of 5,000 characters": Case(cells_of_5000_characters, imported=4),
}


# -- a child process, measured -------------------------------------------------------------------------
@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float


def _limit_address_space() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def run_measured(argv: list[str], timeout: float = 120.0) -> Run:
    """Run ``argv`` and return its output, wall time and its own peak RSS.

    The peak comes from tests/support/peak_rss.py, a small wrapper: measured straight from pytest, a
    child's ``ru_maxrss`` starts at pytest's own size (fork + exec carry the high-water mark over).
    """
    with (
        tempfile.TemporaryDirectory() as work,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        rss_file = Path(work) / "rss"
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(PEAK_RSS_WRAPPER), str(rss_file), *argv],
            stdout=out,
            stderr=err,
            preexec_fn=_limit_address_space,
            start_new_session=True,
        )
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        peak = int(rss_file.read_text()) if rss_file.exists() else 0
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            peak / 2**20,
        )


def esn_desk(*args: object) -> list[str]:
    script = Path(sys.executable).with_name("esn-desk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "esn_desk"]
    return [*command, *(str(a) for a in args)]


def cli_import(db: Path, file: Path) -> Run:
    run = run_measured(esn_desk("--db", db, "import", file, "--json"))
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 2), (run.returncode, run.stderr[-3000:])
    assert run.seconds < SECONDS, f"{file.name}: {run.seconds:.1f} s"
    assert run.peak_rss_mb < PEAK_RSS_MB, f"{file.name}: peak RSS {run.peak_rss_mb:.0f} MB"
    if run.returncode == 0:
        assert not run.stderr, run.stderr
        json.loads(run.stdout)  # one JSON report, nothing else
    else:
        assert run.stdout == ""
        assert run.stderr.startswith("esn-desk: ") and run.stderr.count("\n") == 1, run.stderr
        assert file.name in run.stderr, run.stderr
    return run


def people(db: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT employee_id, last_name, full_name FROM person ORDER BY id").fetchall()


# -- the tests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_file_is_imported_or_refused_in_one_line_in_bounded_time_and_memory(
    tmp_path: Path, name: str
) -> None:
    case = CASES[name]
    path = case.build(tmp_path)
    db = tmp_path / "programme.esndesk"
    run = cli_import(db, path)
    if case.imported is None:
        assert run.returncode == 2, run.stdout[:2000]
        for fragment in case.message:
            assert fragment in run.stderr, run.stderr
        assert not db.exists() or people(db) == []  # nothing written
    else:
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout)
        assert report["created"] == case.imported, report
        assert len(people(db)) == case.imported


READ_TABLE = """
import json, sys
from esn_desk.core.importing.readers import open_source
table = open_source(sys.argv[1]).table("Effectifs")
print(json.dumps({"rows": table.rows[:5], "widths": sorted({len(r) for _, r in table.rows}),
                  "truncated": table.truncated_columns, "ignored": table.ignored_columns}))
"""


@pytest.mark.parametrize(
    "build",
    [
        ten_thousand_columns,
        dimension_claims_a_million_rows,
        a_value_at_the_last_cell,
        a_row_number_beyond_32_bits,
    ],
)
def test_the_reader_cuts_wide_rows_and_invents_no_row(tmp_path: Path, build: Callable[[Path], Path]) -> None:
    """What the CLI report does not show, read in a child process (the far cell used to abort it)."""
    run = run_measured([sys.executable, "-c", READ_TABLE, str(build(tmp_path))])
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.peak_rss_mb < PEAK_RSS_MB and run.seconds < SECONDS
    table = json.loads(run.stdout)
    if build is ten_thousand_columns:
        assert table["truncated"] and table["widths"] == [readers.MAX_COLUMNS]
        assert table["ignored"] == 10_000 - readers.MAX_COLUMNS
    else:
        assert table["rows"][:3] == [[1, ["Matricule", "Nom"]], [2, ["1", "Durand"]], [3, ["2", "Petit"]]]
        assert not table["truncated"] and table["ignored"] == 0


def test_an_external_entity_is_never_resolved(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        open_source(external_entity(tmp_path)).table("Effectifs")
    assert "root:" not in str(info.value) and "xxe.xlsx" in str(info.value)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "backups")
    yield s
    s.close()


def test_cells_of_5000_characters_are_stored_whole_or_rejected_with_a_reason(
    tmp_path: Path, store: Store
) -> None:
    plan = store.imports.plan(cells_of_5000_characters(tmp_path))
    assert plan.counts["created"] == 4 and plan.counts["rejected"] == 1
    assert [(e.row, e.column, e.message) for e in plan.errors] == [
        (6, "Email (D)", "Not a valid email address")
    ]
    assert [(w.row, w.column) for w in plan.warnings] == [(4, "Date d'entrée (E)")]
    assert plan.ignored_columns == ["T" * LONG]
    store.imports.apply(plan)
    detail = store.people.detail(store.people.match_ids(DirectoryQuery(text="L" * 50))[0])
    assert detail is not None
    assert detail.fields["last_name"] == "L" * LONG and detail.fields["job_title"] == "J" * LONG
    assert store.people.match_ids(DirectoryQuery(text="9" * LONG))


def _column_warnings(plan: ImportPlan) -> list[tuple[int, str, str, str]]:
    return [(w.row, w.column, w.value, w.message) for w in plan.warnings if "columns" in w.message]


def test_columns_past_200_are_a_file_level_warning_of_the_plan(tmp_path: Path, store: Store) -> None:
    """The reader drops them (10,000 columns took ~1 GB): the plan, the CLI report and the wizard say so."""
    plan = store.imports.plan(ten_thousand_columns(tmp_path))
    assert plan.counts["created"] == 2
    assert _column_warnings(plan) == [
        (
            0,
            "",
            "",
            "Sheet “Effectifs” has 9,800 columns after the first 200 (up to column NTP), which ESN Desk "
            "does not read: they were ignored. Move the columns to import into the first 200.",
        )
    ]
    assert column_letter(9_999) == "NTP"


def test_one_column_past_200_and_blank_ones_after_it(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        ";".join(["Matricule", "Nom", *[""] * 198, "Remarque", "", ""]) + "\r\n1;Durand\r\n", encoding="utf-8"
    )
    assert [w[3] for w in _column_warnings(store.imports.plan(path))] == [
        "Sheet “wide” has 1 column after the first 200 (column GS), which ESN Desk does not read: it "
        "was ignored. Move the columns to import into the first 200."
    ]
    path.write_text("Matricule;Nom\r\n1;Durand\r\n" + ";" * 300 + "\r\n", encoding="utf-8")
    assert not store.imports.plan(path).warnings  # blank columns past 200: nothing dropped


def test_columns_past_200_read_by_openpyxl_are_reported_without_a_count(tmp_path: Path, store: Store) -> None:
    """A sheet with cells far apart is read by openpyxl, which stops each row one column past 200."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    header = row(1, ["Matricule", "Nom", *(f"Colonne {i}" for i in range(250))])
    path = write_xlsx(tmp_path / "far-wide.xlsx", [header, *PEOPLE[1:], far])
    plan = store.imports.plan(path)
    assert plan.counts["created"] == 2
    assert [w[3] for w in _column_warnings(plan)] == [
        "Sheet “Effectifs” has columns holding values after the first 200, which ESN Desk does not "
        "read: they were ignored. Move the columns to import into the first 200."
    ]


CONTROL_CELLS = [
    row(1, ["Matricule", "Nom", "Prénom", "Poste", "Service"]),
    # Excel's escapes for control characters, then raw ones (not allowed in XML 1.0, read anyway)
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Du_x0000_ra_x0007_nd</t></is></c>'
    '<c r="C2" t="inlineStr"><is><t>A\x01n\x1bne</t></is></c>'
    '<c r="D2" t="inlineStr"><is><t>Chef\x08 de\x7f projet\x1f</t></is></c>'
    # a vertical tab (Excel's escape) and NEL separate words; other C1 controls (U+0080–U+009F) vanish
    '<c r="E2" t="inlineStr"><is><t>Achats_x000B_Ventes\x85Gr\x9boupe\x80</t></is></c></row>',
]


def test_control_characters_in_xlsx_cells_are_removed(tmp_path: Path, store: Store) -> None:
    store.imports.apply(store.imports.plan(write_xlsx(tmp_path / "controls.xlsx", CONTROL_CELLS)))
    detail = store.people.detail(store.people.match_ids(DirectoryQuery(text="durand"))[0])
    assert detail is not None
    assert (detail.fields["full_name"], detail.fields["job_title"]) == ("Anne Durand", "Chef de projet")
    assert detail.fields["department"] == "Achats Ventes Groupe"


NAMES = [
    # (last name, first name) exactly as HR wrote them
    ("الفاسي", "نورة"),  # Arabic
    ("عبد الرحمن", "محمد"),
    ("\u200fכהן\u200f", "שָׁלוֹם"),  # Hebrew with right-to-left marks and niqqud
    ("Nguyễn", "Zoe\u0301"),  # a decomposed accent stays decomposed
    ("Müller 👩🏽\u200d💻", "🇫🇷 Léa"),  # emoji with a skin tone, a zero-width joiner, a flag
    ("李", "小龍"),
]


def _names_file(tmp_path: Path) -> Path:
    return hr_files.write_xlsx(
        tmp_path / "noms.xlsx",
        ["Matricule", "Nom", "Prénom", "Adresse e-mail"],
        [[f"{i:05d}", last, first, f"p{i}@aurore.fr"] for i, (last, first) in enumerate(NAMES, 1)],
    )


def test_right_to_left_and_emoji_names_are_stored_exactly(tmp_path: Path, store: Store) -> None:
    plan = store.imports.plan(_names_file(tmp_path))
    assert not plan.errors and not plan.warnings
    store.imports.apply(plan)
    for i, (last, first) in enumerate(NAMES, 1):
        found = store.people.match_ids(DirectoryQuery(text=f"p{i}@aurore.fr"))
        assert len(found) == 1
        detail = store.people.detail(found[0])
        assert detail is not None
        assert (detail.fields["last_name"], detail.fields["first_name"]) == (last, first)
        assert detail.fields["employee_id"] == f"{i:05d}"
    assert len(store.people.match_ids(DirectoryQuery(text="محمد"))) == 1  # found by an Arabic name


def test_the_cli_stores_right_to_left_and_emoji_names_exactly(tmp_path: Path) -> None:
    db = tmp_path / "cli.esndesk"
    run = cli_import(db, _names_file(tmp_path))
    assert run.returncode == 0 and json.loads(run.stdout)["created"] == len(NAMES)
    with closing(sqlite3.connect(db)) as conn:
        stored = conn.execute("SELECT last_name, first_name FROM person ORDER BY employee_id").fetchall()
    assert stored == NAMES


MANIFEST = (
    '<?xml version="1.0"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def text_cell(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def empty_cells(repeat: int) -> str:
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>'


def ods_row(cells: str, repeat: int = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>'


ODS_HEADER = ods_row(text_cell("Matricule") + text_cell("Nom"))


def write_ods(path: Path, rows: Iterable[str], *, prolog: str = "") -> Path:
    """A one-sheet OpenDocument file whose sheet "Effectifs" holds exactly ``rows``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", MANIFEST)
        with zf.open("content.xml", "w") as fh:
            fh.write(
                f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {ODS_NS} '
                'office:version="1.2"><office:body><office:spreadsheet>'
                '<table:table table:name="Effectifs">'.encode()
            )
            for chunk in rows:
                fh.write(chunk.encode())
            fh.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")
    return path


def repeated_ods(tmp: Path, rows: int, columns: int) -> Path:
    """An OpenDocument sheet of ~1 KB whose one cell is repeated ``columns`` × ``rows`` times."""
    return write_ods(tmp / "repeated.ods", [ODS_HEADER, ods_row(text_cell("x", columns), rows)])


def far_apart_ods(tmp: Path) -> Path:
    """Two values 100,000 rows and 1,000 columns apart, the rows between empty: calamine writes out
    the rectangle between them (100 million cells)."""
    return write_ods(
        tmp / "far.ods",
        [ODS_HEADER, ods_row(empty_cells(1), 100_000), ods_row(empty_cells(1_000) + text_cell("x"))],
    )


def far_apart_ods_without_repeats(tmp: Path) -> Path:
    """The same with 20,000 empty rows written out one by one (360 KB of XML, 2 KB zipped)."""
    empty = ods_row(empty_cells(1)).replace(' table:number-rows-repeated="1"', "")
    return write_ods(
        tmp / "far-rows.ods", [ODS_HEADER, empty * 20_000, ods_row(empty_cells(1_000) + text_cell("x"))]
    )


def a_billion_empty_cells_then_another(tmp: Path) -> Path:
    """calamine lists the empty cells of a row before a cell that follows them: 32 GB here."""
    return write_ods(tmp / "wide.ods", [ODS_HEADER, ods_row(empty_cells(1_000_000_000) + empty_cells(1))])


def libreoffice_formatting(tmp: Path) -> Path:
    """As LibreOffice saves a sheet formatted down to the last row: empty rows and cells repeated to
    row 1,048,576 and column AMJ, which cost nothing."""
    people = [
        ods_row(text_cell(f"{n}") + text_cell(name) + empty_cells(1_022))
        for n, name in enumerate(["Durand", "Petit", "Martin"], start=1)
    ]
    return write_ods(
        tmp / "formatted.ods",
        [
            ods_row(text_cell("Matricule") + text_cell("Nom") + empty_cells(1_022)),
            *people,
            ods_row(empty_cells(1_024), 1_048_572),
        ],
    )


@pytest.mark.parametrize(
    ("build", "cells"),
    [
        (lambda tmp: repeated_ods(tmp, rows=5_000, columns=1_000), "5,001,000"),
        (lambda tmp: repeated_ods(tmp, rows=40_000, columns=1_000), "40,001,000"),  # aborted the process
        (far_apart_ods, "100,102,002"),  # 100,002 rows × 1,001 columns
        (far_apart_ods_without_repeats, "20,022,002"),
        (a_billion_empty_cells_then_another, "1,000,000,002"),
    ],
    ids=["5,000 × 1,000", "40,000 × 1,000", "far apart", "far apart without repeats", "a billion empty"],
)
def test_an_ods_that_expands_to_millions_of_cells_is_refused_in_one_line(
    tmp_path: Path, build: Callable[[Path], Path], cells: str
) -> None:
    """calamine used to write out the repeats in memory (~130 bytes a cell): 5,000 × 1,000 took
    ~650 MB, 40,000 rows aborted. The file's content.xml is now counted first."""
    path = build(tmp_path)
    run = cli_import(tmp_path / "p.esndesk", path)
    assert run.returncode == 2, run.stdout[:2000]
    for fragment in (path.name, "“Effectifs”", f"expands to at least {cells} cells", "save it as .xlsx"):
        assert fragment in run.stderr, run.stderr


def test_an_ods_formatted_down_to_the_last_row_is_imported(tmp_path: Path) -> None:
    run = cli_import(tmp_path / "p.esndesk", libreoffice_formatting(tmp_path))
    assert run.returncode == 0 and json.loads(run.stdout)["created"] == 3, run.stderr


def test_a_repeated_ods_value_under_the_limit_is_read_repeated(tmp_path: Path) -> None:
    rows = [ODS_HEADER, ods_row(text_cell("7") + text_cell("Même", 3), 4), ods_row(empty_cells(5), 1_000)]
    table = open_source(write_ods(tmp_path / "small.ods", rows)).table("Effectifs")
    assert table.rows == [(1, ["Matricule", "Nom"])] + [
        (n, ["7", "Même", "Même", "Même"]) for n in range(2, 6)
    ]


@pytest.mark.parametrize(
    ("rows", "prolog", "fragment"),
    [
        ([ODS_HEADER, "<table:table-row><table:table-cell></table:table-row>"], "", "mismatched tag"),
        ([ODS_HEADER], '<!DOCTYPE x [<!ENTITY a "b">]>', "DTD"),
    ],
    ids=["not well-formed", "a DTD"],
)
def test_an_ods_whose_content_is_not_plain_xml_is_refused_as_damaged(
    tmp_path: Path, rows: list[str], prolog: str, fragment: str
) -> None:
    """A bomb after a fault the scan cannot read past would reach calamine, which reads on: refused."""
    with pytest.raises(ReadError) as info:
        open_source(write_ods(tmp_path / "bad.ods", rows, prolog=prolog))
    message = str(info.value)
    assert "bad.ods is damaged" in message and "save it as .xlsx" in message and fragment in message


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="B2" t="s"><v>-1</v></c>',  # openpyxl would take the last string
        '<c r="B2" t="s"><v>1.5</v></c>',
        '<c r="B2" t="s"><v>99999999999999999999</v></c>',  # beyond 64 bits
        '<c r="B2" s="3" t="s">\n  <v> 1 </v>\n</c>',
        "<x:c r='B2' t='s'><f>A1</f><x:v>+1</x:v></x:c>",  # a prefix, a formula, single quotes
    ],
)
def test_a_shared_string_index_that_is_not_a_number_is_refused_not_read_as_the_first_string(
    tmp_path: Path, store: Store, cell: str
) -> None:
    """calamine reads such an index as 0: the cell silently held the first string. The pre-scan of the
    workbook's parts finds it; plain indices still read (below)."""
    rows = [row(1, ["Matricule", "Nom"]), f'<row r="2"><c r="A2"><v>1</v></c>{cell}</row>']
    path = write_xlsx(tmp_path / "sst-index.xlsx", rows, shared=shared_strings("Zéro", "Un"))
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    message = str(info.value)
    assert message.startswith("sst-index.xlsx is damaged: cell B2 ") and "save it as .xlsx" in message


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ('<c r="B2" t="s"><v>01</v></c>', "Un"),
        ('<c r="B2" t="s"><v></v></c>', None),
        ('<c r="B2" t="s"/>', None),
        ('<c r="B2" t="n"><v>-1.5</v></c>', -1.5),  # not a shared string: any number
        ('<c r="B2" t="str"><v>-1</v></c>', "-1"),
    ],
)
def test_other_cells_with_odd_values_still_read(tmp_path: Path, cell: str, value: object) -> None:
    rows = [row(1, ["Matricule", "Nom"]), f'<row r="2"><c r="A2"><v>1</v></c>{cell}</row>']
    path = write_xlsx(tmp_path / "odd.xlsx", rows, shared=shared_strings("Zéro", "Un"))
    assert open_source(path).table("Effectifs").rows[1] == (2, [1.0] if value is None else [1.0, value])
