"""Reading HR files safely: sniff what a file really is, read xlsx and csv, refuse the rest clearly.

Every refusal is a :class:`ReadError` (a ``UserError``) whose message names the file and says what to
do; nothing a user can feed the import may end in a traceback.
"""

from __future__ import annotations

import codecs
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.importing import readers
from esn_desk.core.importing.readers import ReadError, open_source, sniff
from esn_desk.core.importing.service import ImportOptions
from esn_desk.core.store import Store, open_store
from tests.support import hr_files

PEOPLE = [
    ["Matricule", "Nom", "Prénom", "Email"],
    ["00101", "Lœuvre", "Thérèse", "therese.loeuvre@aurore.fr"],
    ["00102", "Vasseur", "Claire", "claire.vasseur@aurore.fr"],
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(":memory:", backup_dir=tmp_path / "backups")


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in rows)


def _rows(path: Path) -> list[tuple[int, list[object]]]:
    source = open_source(path)
    return source.table(source.sheets[0].name).rows


# -- xlsx ----------------------------------------------------------------------------------------------
def test_xlsx_written_by_openpyxl_is_read_with_the_row_numbers_excel_shows(tmp_path: Path) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    assert sniff(path) == "xlsx"
    source = open_source(path)
    assert source.kind == "xlsx"
    assert [(s.name, s.visible) for s in source.sheets] == [("Effectifs", True)]
    table = source.table("Effectifs")
    numbers = [n for n, _ in table.rows]
    # Title on row 1, "Confidentiel" on row 2, a blank row 3, the header on row 4, a blank row 8.
    assert numbers == [1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13]
    rows = dict(table.rows)
    assert rows[1] == ["Extraction SIRH — effectifs au 02/11/2026"]
    assert rows[4][:4] == ["Matricule", "Nom", "Prénom", "Adresse e-mail"]
    first = rows[5]
    assert first[0] == "00101" and first[1] == "Vasseur"
    assert first[9] in (date(2010, 4, 1), datetime(2010, 4, 1))  # a date cell, not text
    assert rows[6][0] == 102  # a number cell stays a number here; the import turns it into "102"


def test_a_table_starting_in_column_c_keeps_excel_columns_and_rows(tmp_path: Path) -> None:
    path = hr_files.write_xlsx_at(
        tmp_path / "decale.xlsx",
        {2: ["Liste du personnel"], 6: PEOPLE[0], 7: PEOPLE[1], 10: PEOPLE[2]},
        first_column=3,
    )
    table = open_source(path).table("Effectifs")
    assert [n for n, _ in table.rows] == [2, 6, 7, 10]
    assert table.rows[1][1] == [None, None, *PEOPLE[0]]


def test_the_openpyxl_fallback_reads_the_same_rows_as_calamine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    with_calamine = [n for n, _ in open_source(path).table("Effectifs").rows]

    import python_calamine

    def refuse(_fh: object) -> object:
        raise python_calamine.CalamineError("calamine cannot read this odd file")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", refuse)
    source = open_source(path)
    assert source.kind == "xlsx"
    table = source.table("Effectifs")
    assert [n for n, _ in table.rows] == with_calamine
    assert dict(table.rows)[4][0] == "Matricule"


def test_a_crash_inside_calamine_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On some damaged files calamine panics; pyo3 raises that as a BaseException, not an Exception."""
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    legacy = tmp_path / "ancien.xls"
    legacy.write_bytes(readers.OLE_MAGIC + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 600)

    import python_calamine

    class PanicException(BaseException):
        pass

    def panic(_fh: object) -> object:
        raise PanicException("range end index 29459 out of range for slice of length 19")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", panic)
    with pytest.raises(ReadError, match=r"ancien\.xls cannot be read as a spreadsheet \(range end index"):
        open_source(legacy)
    # An xlsx falls back to openpyxl, which reads it.
    assert open_source(path).table("Effectifs").rows[2][0] == 4


def test_a_hidden_first_sheet_is_listed_but_not_chosen(tmp_path: Path, store: Store) -> None:
    path = hr_files.write_xlsx(
        tmp_path / "export.xlsx", hr_files.FRENCH_HEADERS, hr_files.FRENCH_ROWS, hidden_first=True
    )
    source = open_source(path)
    assert [(s.name, s.visible) for s in source.sheets] == [("Paramètres", False), ("Effectifs", True)]
    preview = store.imports.inspect(path)
    assert preview.sheet == "Effectifs" and preview.header_row == 4
    assert store.imports.plan(path).sheet == "Effectifs"


def test_a_wide_row_is_cut_at_the_column_limit_and_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_COLUMNS", 3)
    path = tmp_path / "wide.csv"
    path.write_text("Matricule;Nom;Email;Extra\n1;Dupont;d@x.fr;surplus\n", encoding="utf-8")
    table = open_source(path).table("wide")
    assert table.truncated_columns
    assert table.rows[1] == (2, ["1", "Dupont", "d@x.fr"])


# -- csv -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "bom", "label"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_csv_encodings_and_separators_are_detected(
    tmp_path: Path, encoding: str, bom: bytes, label: str, delimiter: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(bom + _csv_text(PEOPLE, delimiter).encode(encoding))
    assert sniff(path) == "csv"
    source = open_source(path)
    assert (source.kind, source.encoding, source.delimiter) == ("csv", label, delimiter)
    assert [s.name for s in source.sheets] == ["export"]
    rows = source.table("export").rows
    assert rows == [(1, PEOPLE[0]), (2, PEOPLE[1]), (3, PEOPLE[2])]
    assert rows[1][1][1:3] == ["Lœuvre", "Thérèse"]  # no BOM, no mojibake, œ survives cp1252


def test_a_tab_separated_file_with_commas_in_values_is_still_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    rows = [
        ["Matricule", "Nom", "Intitulé de poste"],
        ["1", "Dupont", "Chef, projets"],
        ["2", "Durand", "RH"],
    ]
    path.write_text(_csv_text(rows, "\t"), encoding="utf-8")
    source = open_source(path)
    assert source.delimiter == "\t"
    assert source.table("export").rows[1] == (2, ["1", "Dupont", "Chef, projets"])


def test_quoted_csv_values_keep_their_separators(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'Matricule;Nom;Direction\r\n1;Dupont;"Finance; Achats"\r\n2;Durand;RH\r\n', encoding="utf-8"
    )
    assert open_source(path).table("export").rows[1] == (2, ["1", "Dupont", "Finance; Achats"])


def test_a_utf16_file_cut_short_mid_character_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    text = _csv_text(PEOPLE, ";")
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00")  # odd length
    rows = _rows(path)
    assert rows[1] == (2, PEOPLE[1])


def test_an_explicit_encoding_and_delimiter_override_detection(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(_csv_text(PEOPLE, "|").encode("latin-1", errors="replace"))
    source = open_source(path, encoding="cp1252", delimiter="|")
    assert source.delimiter == "|" and source.encoding == "cp1252"
    assert source.table("export").rows[2] == (3, PEOPLE[2])
    with pytest.raises(ReadError, match=r"export\.csv cannot be read as no-such-codec"):
        open_source(path, encoding="no-such-codec")


def test_a_csv_named_xlsx_is_read_as_csv(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "effectifs.xlsx"  # what some HR tools do: CSV text with an Excel extension
    path.write_bytes(_csv_text(PEOPLE, ";").encode("cp1252"))
    assert sniff(path) == "csv"
    source = open_source(path)
    assert source.kind == "csv" and source.delimiter == ";"
    assert store.imports.plan(path).counts["created"] == 2


def test_a_workbook_named_csv_is_read_as_xlsx(tmp_path: Path, store: Store) -> None:
    real = hr_files.french_extract(tmp_path / "real.xlsx")
    path = tmp_path / "effectifs.csv"
    path.write_bytes(real.read_bytes())
    assert sniff(path) == "xlsx"
    assert open_source(path).kind == "xlsx"
    assert store.imports.plan(path).header_row == 4


def test_a_malformed_csv_is_a_read_error(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "broken.csv"
    # An unclosed quote swallows the rest of the file into one giant field.
    path.write_text('Matricule;Nom;Email\r\n1;"Dupont;d@x.fr\r\n' + "x;y;z\r\n" * 30_000, encoding="utf-8")
    with pytest.raises(ReadError, match=r"broken\.csv is not a well-formed CSV file near line \d+"):
        store.imports.plan(path)


def test_trailing_empty_rows_stop_after_the_empty_run_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "EMPTY_RUN_STOP", 5)
    path = tmp_path / "google.csv"
    lines = [";".join(r) for r in PEOPLE] + [";;;"] * 3 + ["00103;Martin;Zoé;z@x.fr"] + [";;;"] * 6
    lines += ["00104;Lost;After;padding@x.fr"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = _rows(path)
    # A run of 3 blank rows is crossed; after 5 in a row reading stops, so row 14 is never reached.
    assert [n for n, _ in rows] == [1, 2, 3, 7]


def test_trailing_empty_xlsx_rows_stop_after_the_empty_run_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "EMPTY_RUN_STOP", 20)
    path = hr_files.write_xlsx_at(
        tmp_path / "padded.xlsx", {1: PEOPLE[0], 2: PEOPLE[1], 15: PEOPLE[2], 60: ["x", "far", "away"]}
    )
    assert [n for n, _ in _rows(path)] == [1, 2, 15]


def test_too_many_rows_is_a_clear_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setattr(readers, "MAX_ROWS", 5)
    path = tmp_path / "huge.csv"
    data = [PEOPLE[0]] + [[f"{i:05}", f"Nom{i}", "P", f"p{i}@x.fr"] for i in range(4)]
    path.write_text(_csv_text(data, ";"), encoding="utf-8")
    assert len(_rows(path)) == 5  # exactly at the limit: fine
    path.write_text(_csv_text([*data, ["00099", "Nom", "P", "p@x.fr"]], ";"), encoding="utf-8")
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    message = str(info.value)
    assert "huge.csv" in message and "more than 5 rows" in message and "split the file" in message


# -- what is not a spreadsheet -------------------------------------------------------------------------
def _ole(*streams: str) -> bytes:
    """Bytes that look like an old Office (OLE2) file naming the given streams."""
    body = b"".join(s.encode("utf-16-le") + b"\x00" * 16 for s in streams)
    return readers.OLE_MAGIC + b"\x00" * 504 + body + b"\x00" * 1024


def _truncated_xlsx(tmp_path: Path) -> bytes:
    data = hr_files.french_extract(tmp_path / "whole.xlsx").read_bytes()
    return data[: len(data) // 2]


UNREADABLE: dict[str, tuple[str, object, tuple[str, ...]]] = {
    # case: (file name, bytes or a builder, fragments the message must contain)
    "empty": ("effectifs.xlsx", b"", ("is empty", "Export the HR extract again")),
    "pdf": (
        "effectifs.xlsx",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        ("is a PDF", "Excel (.xlsx) or CSV"),
    ),
    "png": (
        "effectifs.xlsx",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        ("is an image", "Choose the .xlsx or .csv"),
    ),
    "jpeg": ("photo.csv", b"\xff\xd8\xff\xe0" + b"\x00" * 64, ("is an image", "Choose the .xlsx or .csv")),
    "gzip": ("export.csv", b"\x1f\x8b\x08" + b"\x00" * 64, ("compressed archive", "Choose")),
    "rtf": ("export.xls", b"{\\rtf1\\ansi hello}", ("Word (RTF) document", "Choose")),
    "html": ("export.xls", b"  <!DOCTYPE html><html><table></table></html>", ("web page", "Save the HR")),
    "binary": ("export.csv", b"MZ\x90\x00\x03\x00\x00\x00" * 20, ("binary data", "Choose an .xlsx or .csv")),
    "word (ole)": ("export.xls", _ole("Root Entry", "WordDocument"), ("Word document", "Export the HR")),
    "other ole": ("export.xls", _ole("Root Entry", "PowerPoint"), ("not a spreadsheet", "Save it as .xlsx")),
    "encrypted (ole)": (
        "export.xlsx",
        _ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
        ("password-protected", "remove the password"),
    ),
    "docx-like zip": (
        "export.xlsx",
        lambda tmp: hr_files.write_zip(
            tmp / "x.zip", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
        ).read_bytes(),
        ("Word document", "Export the HR data as .xlsx"),
    ),
    "pptx-like zip": (
        "export.xlsx",
        lambda tmp: hr_files.write_zip(tmp / "x.zip", {"ppt/presentation.xml": b"<p/>"}).read_bytes(),
        ("PowerPoint presentation", "Choose the .xlsx or .csv"),
    ),
    "odt": (
        "export.ods",
        lambda tmp: hr_files.write_zip(
            tmp / "x.zip", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}
        ).read_bytes(),
        ("OpenDocument file that is not a spreadsheet", "Choose the .ods, .xlsx or .csv"),
    ),
    "plain zip": (
        "export.xlsx",
        lambda tmp: hr_files.write_zip(tmp / "x.zip", {"effectifs.csv": b"a;b\n"}).read_bytes(),
        ("zip archive", "Extract the spreadsheet and import it"),
    ),
    "truncated xlsx": ("export.xlsx", _truncated_xlsx, ("damaged or incomplete", "download it again")),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_files_that_are_not_spreadsheets_are_refused_clearly(tmp_path: Path, store: Store, case: str) -> None:
    name, content, fragments = UNREADABLE[case]
    data = content(tmp_path) if callable(content) else content
    assert isinstance(data, bytes)
    path = tmp_path / name
    path.write_bytes(data)
    for attempt in (lambda: open_source(path), lambda: store.imports.plan(path)):
        with pytest.raises(ReadError) as info:
            attempt()
        message = str(info.value)
        assert name in message, message
        for fragment in fragments:
            assert fragment in message, message
        assert "Traceback" not in message and "\n" not in message


def test_a_missing_file_and_a_folder_are_read_errors(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="There is no file at"):
        open_source(tmp_path / "absent.xlsx")
    with pytest.raises(ReadError, match="is a folder; choose a spreadsheet file"):
        open_source(tmp_path)


def test_a_file_that_cannot_be_opened_is_a_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    real_open = Path.open

    def locked(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(ReadError) as info:
        open_source(path)
    assert str(info.value).startswith("effectifs.xlsx cannot be opened (Permission denied). Close it")


def test_a_damaged_sheet_inside_a_valid_zip_is_a_read_error(tmp_path: Path, store: Store) -> None:
    """calamine parses sheets lazily: the damage only shows when the sheet is read, not when opened."""
    good = hr_files.french_extract(tmp_path / "good.xlsx")
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2].replace(b'r="', b"r=")  # cut, and invalid XML
            zout.writestr(info, data)
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    assert "damaged.xlsx" in str(info.value) and "save it as .xlsx" in str(info.value)
    with pytest.raises(UserError):
        store.imports.inspect(path)


# -- zip bombs -----------------------------------------------------------------------------------------
def test_a_zip_bomb_is_refused_quickly_without_inflating(tmp_path: Path, store: Store) -> None:
    path = hr_files.zip_bomb(tmp_path / "bomb.xlsx", megabytes=200)
    assert path.stat().st_size < 2_000_000  # ~1,000-fold
    started = time.perf_counter()
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    assert time.perf_counter() - started < 2.0
    message = str(info.value)
    assert "bomb.xlsx was refused" in message and "inflate" in message and "MB" in message


def test_a_workbook_inflating_beyond_the_total_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_UNCOMPRESSED", 2_000_000)
    path = hr_files.write_zip(
        tmp_path / "big.xlsx", {f"xl/worksheets/sheet{i}.xml": bytes(range(256)) * 4_000 for i in range(3)}
    )
    with pytest.raises(ReadError, match=r"big\.xlsx was refused: it would inflate to .* GB"):
        open_source(path)


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_at_the_declared_size(
    tmp_path: Path, store: Store
) -> None:
    good = hr_files.french_extract(tmp_path / "good.xlsx")
    path = hr_files.lying_zip_bomb(good, tmp_path / "liar.xlsx", megabytes=20)
    started = time.perf_counter()
    with pytest.raises(ReadError, match=r"liar\.xlsx"):
        store.imports.plan(path)
    assert time.perf_counter() - started < 2.0


# -- the same file through the service -----------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_every_csv_encoding_imports_the_same_people(tmp_path: Path, store: Store, encoding: str) -> None:
    path = hr_files.write_csv(
        tmp_path / "export.csv", hr_files.FRENCH_HEADERS, hr_files.FRENCH_ROWS, encoding=encoding
    )
    plan = store.imports.plan(path, ImportOptions())
    assert plan.kind == "csv" and plan.header_row == 1
    assert plan.counts == {"created": 4, "updated": 0, "unchanged": 0, "left": 0, "rejected": 4}
    names = {c["employee_id"]: (c["first_name"], c["last_name"]) for c in plan.creates}
    assert names["102"] == ("Thérèse", "Lœuvre") and names["00105"] == ("Léa", "Bernard")


def test_an_openpyxl_workbook_with_a_sheet_per_site_reads_each_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Lyon"
    first.append(PEOPLE[0])
    first.append(PEOPLE[1])
    second = wb.create_sheet("Nantes")
    second.append(PEOPLE[0])
    second.append(PEOPLE[2])
    path = tmp_path / "sites.xlsx"
    wb.save(path)
    source = open_source(path)
    assert [s.name for s in source.sheets] == ["Lyon", "Nantes"]
    assert source.table("Nantes").rows[1] == (2, PEOPLE[2])
    with pytest.raises(
        ReadError, match=r"sites\.xlsx has no sheet named “Paris”. Its sheets: “Lyon”, “Nantes”"
    ):
        source.table("Paris")
