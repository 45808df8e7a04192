"""Reading spreadsheet files safely: sniff the bytes, refuse what we cannot read, cap what we read.

Formats: .xlsx/.xlsm/.xlsb, legacy .xls and .ods (python-calamine, with openpyxl as a fallback for
the odd xlsx calamine rejects) and .csv/.txt (UTF-8 with or without BOM, UTF-16 with BOM,
Windows-1252; separator ``,`` ``;`` or tab). Macros never run; values only.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from esn_desk.core import i18n
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate

log = logging.getLogger(__name__)

MAX_ROWS = 500_000  # a company of 100,000 plus headroom; more is not an HR extract
MAX_COLUMNS = 200
EMPTY_RUN_STOP = 1_000  # stop reading after this many consecutive empty rows (Google's padding)
MAX_UNCOMPRESSED = 1_500_000_000  # bytes a workbook may inflate to
MAX_RATIO = 200  # compression ratio above which a large zip entry is treated as a bomb
MAX_CSV_BYTES = 400_000_000
# Characters on one line of a CSV file (200 columns of 5,000 characters). The csv module makes a list
# of every value of a line before we can drop the columns past MAX_COLUMNS: a 10 MB line of short
# values took ~400 MB.
MAX_CSV_LINE = 1_000_000
# calamine allocates every cell of the rectangle from the first to the last cell of a sheet (32 bytes
# each) before reading it: one value at XFD1048576 asks for 512 GB and aborts the process.
MAX_SPARSE_CELLS = 10_000_000
# calamine parses every sheet of an .ods file when it opens it, writing out each repeated row and cell
# (table:number-rows-repeated, table:number-columns-repeated): a 1 KB file repeating one value 5,000 ×
# 1,000 times took 650 MB, 40,000 times aborted the process. It keeps each cell twice (parsed, then
# copied when a sheet is read), each value in its own copy: ~130 bytes a cell against the 32 of an xlsx
# sheet's cells, so the memory MAX_SPARSE_CELLS allows an xlsx sheet holds a quarter of the cells.
MAX_ODS_CELLS = MAX_SPARSE_CELLS // 4

Row = list[Any]


class ReadError(UserError):
    """The file cannot be read as a spreadsheet; the message says what it is and what to do."""


@dataclass
class SheetInfo:
    name: str
    visible: bool


@dataclass
class Table:
    """All non-empty rows of one sheet, with their spreadsheet row numbers (1-based, as Excel shows)."""

    sheet: str
    rows: list[tuple[int, Row]]
    truncated_columns: bool = False  # a value past the first MAX_COLUMNS columns was dropped
    # How many columns after the first MAX_COLUMNS were dropped, up to the last holding a value; None
    # when the reader itself stops a row one column past MAX_COLUMNS (openpyxl): some, but how many
    # is unknown.
    ignored_columns: int | None = 0


@dataclass
class SourceFile:
    """An opened spreadsheet: its kind, its sheets and a way to read each one."""

    path: Path
    kind: str  # xlsx, xls, ods, csv
    sheets: list[SheetInfo]
    _read: Callable[[str], Iterator[Row]] = field(repr=False)
    encoding: str | None = None
    delimiter: str | None = None
    cuts_rows: bool = False  # the reader stops each row one column past MAX_COLUMNS

    def table(self, sheet: str, *, limit: int | None = None) -> Table:
        """Read ``sheet`` (all rows, or the first ``limit`` rows for a preview)."""
        if sheet not in {s.name for s in self.sheets}:
            raise ReadError(
                translate("HrImport", "{file} has no sheet named “{sheet}”. Its sheets: {sheets}.").format(
                    file=self.path.name,
                    sheet=sheet,
                    sheets=", ".join(
                        translate("HrImport", "“{sheet}”").format(sheet=s.name) for s in self.sheets
                    ),
                )
            )
        rows: list[tuple[int, Row]] = []
        empty_run = 0
        ignored = 0  # columns past MAX_COLUMNS, up to the last one holding a value
        for number, raw in enumerate(self._read(sheet), start=1):
            if limit is not None and number > limit:
                break
            row = list(raw)
            if len(row) > MAX_COLUMNS:
                last = len(row)  # one past the last cell holding a value
                while last > MAX_COLUMNS + ignored and not _filled(row[last - 1]):
                    last -= 1
                ignored = max(ignored, last - MAX_COLUMNS)
                row = row[:MAX_COLUMNS]
            while row and not _filled(row[-1]):
                row.pop()
            if not row:
                empty_run += 1
                if empty_run >= EMPTY_RUN_STOP:
                    break
                continue
            empty_run = 0
            if len(rows) >= MAX_ROWS:
                raise ReadError(
                    translate(
                        "HrImport",
                        "Sheet “{sheet}” of {file} has more than {limit} rows. ESN Desk imports HR extracts "
                        "of up to that size; split the file or remove unrelated rows.",
                    ).format(sheet=sheet, file=self.path.name, limit=i18n.number(MAX_ROWS))
                )
            rows.append((number, row))
        return Table(
            sheet=sheet,
            rows=rows,
            truncated_columns=bool(ignored),
            ignored_columns=None if ignored and self.cuts_rows else ignored,
        )


def _one_line(exc: BaseException) -> str:
    """A library's error message on one line (openpyxl's run over three), for the user's message."""
    return " ".join(str(exc).split())


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# -- sniffing ---------------------------------------------------------------------------------------
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> str:
    """What the file really is, from its bytes: xlsx, ods, xls, csv — or a :class:`ReadError`."""
    if not path.exists():
        raise ReadError(translate("HrImport", "There is no file at {path}.").format(path=path))
    if path.is_dir():
        raise ReadError(
            translate("HrImport", "{path} is a folder; choose a spreadsheet file.").format(path=path)
        )
    size = path.stat().st_size
    if size == 0:
        raise ReadError(
            translate("HrImport", "{file} is empty (0 bytes). Export the HR extract again.").format(
                file=path.name
            )
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:  # no read permission, or locked by another program (Windows)
        raise ReadError(
            translate(
                "HrImport",
                "{file} cannot be opened ({error}). Close it in any program that has it open, check that "
                "you may read it, and try again.",
            ).format(file=path.name, error=exc.strerror or exc)
        ) from exc
    name = path.name
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as fh:
            blob = fh.read(min(size, 4_000_000))
        if "EncryptedPackage".encode("utf-16-le") in blob or "EncryptionInfo".encode("utf-16-le") in blob:
            raise ReadError(
                translate(
                    "HrImport",
                    "{file} is password-protected. Open it in Excel, remove the password (File → Info → "
                    "Protect Workbook → Encrypt with Password, clear it), save, and import again.",
                ).format(file=name)
            )
        if "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
            return "xls"
        if "WordDocument".encode("utf-16-le") in blob:
            raise ReadError(
                translate(
                    "HrImport",
                    "{file} is a Word document, not a spreadsheet. Export the HR data as .xlsx or .csv.",
                ).format(file=name)
            )
        raise ReadError(
            translate(
                "HrImport",
                "{file} is an old Office file that is not a spreadsheet. Save it as .xlsx and try again.",
            ).format(file=name)
        )
    if head.startswith(b"%PDF"):
        raise ReadError(
            translate(
                "HrImport",
                "{file} is a PDF. Ask HR for the extract as Excel (.xlsx) or CSV, or export it again.",
            ).format(file=name)
        )
    for magic, what in (
        (b"\x89PNG", "image"),
        (b"\xff\xd8\xff", "image"),
        (b"GIF8", "image"),
        (b"\x1f\x8b", "archive"),
        (b"Rar!", "archive"),
        (b"7z\xbc\xaf", "archive"),
        (b"{\\rtf", "rtf"),
    ):
        if head.startswith(magic):
            shown = {
                "image": translate("HrImport", "an image"),
                "archive": translate("HrImport", "a compressed archive"),
                "rtf": translate("HrImport", "a Word (RTF) document"),
            }[what]
            raise ReadError(
                translate(
                    "HrImport", "{file} is {what}, not a spreadsheet. Choose the .xlsx or .csv HR extract."
                ).format(file=name, what=shown)
            )
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        raise ReadError(
            translate(
                "HrImport", "{file} is a web page, not a spreadsheet. Save the HR extract as .xlsx or .csv."
            ).format(file=name)
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return "csv"
    if b"\x00" in head:
        raise ReadError(
            translate(
                "HrImport",
                "{file} is not a spreadsheet (it holds binary data). Choose an .xlsx or .csv file.",
            ).format(file=name)
        )
    return "csv"


def _sniff_zip(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename.replace("\\", "/").lower() for i in infos}
            total = sum(i.file_size for i in infos)
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 50_000_000 and ratio > MAX_RATIO:
                    raise ReadError(
                        translate(
                            "HrImport",
                            "{file} was refused: one of its parts would inflate {ratio}-fold to {size} MB, "
                            "which no real HR extract does (a 'zip bomb'?).",
                        ).format(file=name, ratio=i18n.number(ratio), size=i18n.number(info.file_size / 1e6))
                    )
            if total > MAX_UNCOMPRESSED:
                raise ReadError(
                    translate(
                        "HrImport",
                        "{file} was refused: it would inflate to {size} GB. Export only the sheet with the "
                        "employees, or save it as CSV.",
                    ).format(file=name, size=i18n.number(total / 1e9, 1))
                )
            if "mimetype" in names:
                mimetype = zf.read(next(i for i in infos if i.filename.lower() == "mimetype"))[:100]
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
                raise ReadError(
                    translate(
                        "HrImport",
                        "{file} is an OpenDocument file that is not a spreadsheet. Choose the .ods, .xlsx or "
                        ".csv HR extract.",
                    ).format(file=name)
                )
            if any(n.startswith("xl/") for n in names):
                return "xlsx"
            if any(n.startswith("word/") for n in names):
                raise ReadError(
                    translate(
                        "HrImport",
                        "{file} is a Word document, not a spreadsheet. Export the HR data as .xlsx.",
                    ).format(file=name)
                )
            if any(n.startswith("ppt/") for n in names):
                raise ReadError(
                    translate(
                        "HrImport",
                        "{file} is a PowerPoint presentation, not a spreadsheet. Choose the .xlsx or .csv HR "
                        "extract.",
                    ).format(file=name)
                )
            raise ReadError(
                translate(
                    "HrImport",
                    "{file} is a zip archive, not a spreadsheet. Extract the spreadsheet and import it.",
                ).format(file=name)
            )
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, zlib.error):
        raise ReadError(
            translate(
                "HrImport",
                "{file} is damaged or incomplete (perhaps a download or copy was cut short). "
                "Export or download it again.",
            ).format(file=name)
        ) from None
    except RuntimeError as exc:  # "zip file version 9.3", unsupported compression, an encrypted part
        raise ReadError(
            translate(
                "HrImport",
                "{file} uses a zip feature ESN Desk cannot read ({error}). Open it in Excel or LibreOffice, "
                "save it as .xlsx, and import again.",
            ).format(file=name, error=exc)
        ) from None


# -- opening -----------------------------------------------------------------------------------------
def open_source(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None) -> SourceFile:
    path = Path(path)
    kind = sniff(path)
    if kind == "csv":
        return _open_csv(path, encoding=encoding, delimiter=delimiter)
    return _open_workbook(path, kind)


# The column and the row of a cell's or a row's reference (r="XFD1048576", r='12'), white space made
# spaces first. calamine also reads lower case and wraps row numbers beyond 32 bits: generous patterns.
_XML_SPACE = bytes.maketrans(b"\t\r\n", b"   ")
_REFERENCE_COLUMN = re.compile(rb""" r *= *["']([A-Za-z]{1,8})[0-9]""")
_REFERENCE_ROW = re.compile(rb""" r *= *["'][A-Za-z]{0,8}([0-9]{1,20})""")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


# What follows t="s" in a shared-string cell up to the first characters of its index (<v>…</v>, after
# a formula if any) when that index is not a plain number: calamine reads "-1", "1.5", " 1 " or
# "99999999999999999999" as 0, the first string, where the file means another value or none.
# Bounded, possessive repeats: no backtracking, whatever the bytes; white space is made spaces first,
# and the pattern starts with a literal for a fast search.
_BAD_SHARED_STRING = re.compile(
    rb""" t {0,3}= {0,3}["']s["'][^>]{0,200}+>"""
    rb""" {0,20}+(?:<(?:\w{1,20}:)?f\b[^>]{0,200}+>(?:(?<=/>)|[^<]{0,10000}+</(?:\w{1,20}:)?f>) {0,20}+)?"""
    rb"""<(?:\w{1,20}:)?v>(?![0-9]{0,19}</)(?=[^<]{0,1000}+<)([^<]{0,41})"""
)
# Any <v> whose content is not a plain number (decimals, negatives, text): most chunks have none, and
# skip the search above.
_ODD_VALUE = re.compile(rb"v>(?![0-9]{0,19}</)")
_CELL_START = re.compile(
    rb"""<(?:[\w.-]{1,20}:)?c (?:[^>]*? )?r {0,3}= {0,3}["']([A-Za-z]{1,3}[0-9]{1,7})["']"""
)
_CELL_NAME = re.compile(rb"<(?:[\w.-]{1,20}:)?c ")


@dataclass
class _PartScan:
    sparse: bool = False  # cells far apart: read with openpyxl
    bad_index: tuple[str, str] | None = None  # (cell reference or "", index) of a shared-string cell


def _bad_shared_string(data: bytes) -> tuple[str, str] | None:
    for match in _BAD_SHARED_STRING.finditer(data):
        start = data.rfind(b"<", max(0, match.start() - 300), match.start())
        if start < 0 or not _CELL_NAME.match(data, start):
            continue  # t="s" on another element (an external link's cached <cell>): not an index
        reference = _CELL_START.match(data, start)
        index = match.group(1).decode("utf-8", "replace")
        if len(index) > 40:
            index = index[:40] + "…"
        return (reference.group(1).decode("ascii") if reference else "", index)
    return None


def _scan_part(fh: IO[bytes]) -> _PartScan:
    """Whether the cells of one part span a rectangle far larger than they fill, and its first
    shared-string cell whose index is not a number (read in chunks)."""
    scan = _PartScan()
    last_row = last_column = found = 0
    previous = b""
    while chunk := fh.read(1 << 22):
        text = chunk.translate(_XML_SPACE)
        # a reference cut at the chunk's end is read whole with the next chunk
        data = previous[-64:] + text
        rows = _REFERENCE_ROW.findall(data)
        if rows:
            found += len(rows)
            last_row = max(last_row, *(int(n) for n in set(rows)))
            columns = set(_REFERENCE_COLUMN.findall(data))
            last_column = max(last_column, *(_column_number(c) for c in columns)) if columns else last_column
        if scan.bad_index is None and _ODD_VALUE.search(window := previous[-4096:] + text):
            scan.bad_index = _bad_shared_string(window)
        previous = text
    cells = last_row * max(last_column, 1)
    scan.sparse = cells > MAX_SPARSE_CELLS and cells > 4 * found
    return scan


def _scan_workbook(path: Path) -> _PartScan:
    """Whether a part of the workbook holds a few cells far apart (A1 and XFD1048576, say), which
    would make calamine allocate the whole rectangle between them (openpyxl streams such a sheet),
    and the first shared-string cell whose index is not a number."""
    result = _PartScan()
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():  # every part: a sheet may be stored under any name
                with zf.open(info) as fh:
                    scan = _scan_part(fh)
                result.sparse = result.sparse or scan.sparse
                if scan.bad_index is not None:
                    result.bad_index = scan.bad_index
                    break
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, zlib.error, RuntimeError, NotImplementedError):
        pass  # damaged: calamine says so, in its own words
    return result


# -- OpenDocument: the cells calamine writes out -------------------------------------------------------
# The attributes that give an .ods cell a value for calamine, which matches names as written (prefix
# included) like the element names below, without resolving namespaces.
_ODS_VALUES = frozenset(
    ("office:value", "office:string-value", "office:date-value", "office:time-value", "office:boolean-value")
)
_ODS_ELEMENTS = frozenset(("table:table", "table:table-row", "table:table-cell", "table:covered-table-cell"))
_ODS_REPEAT = re.compile(r"\+?[0-9]+")  # what calamine reads as a repeat count (Rust's usize parsing)
# C0 control characters XML 1.0 forbids but calamine reads in a cell: made spaces for the scan (in
# UTF-8 these bytes only ever stand for themselves).
_XML_CONTROLS = bytes.maketrans(bytes(c for c in range(32) if c not in b"\t\n\r"), b" " * (32 - 3))


class _TooManyCells(Exception):
    def __init__(self, cells: int, sheet: str) -> None:
        super().__init__(cells, sheet)
        self.cells, self.sheet = cells, sheet


class _OdsCells:
    """Counts, in a stream of an .ods content.xml, the cells calamine would hold: per sheet, the
    rectangle from the first to the last row and column holding a value (repeats written out) — or,
    when larger, the cells it lists row by row before that (every cell but a row's trailing empty run,
    a repeated row once). Empty rows and cells repeated past the last value (LibreOffice's formatting
    down to row 1,048,576) cost nothing. Raises :class:`_TooManyCells` once the file's total passes
    ``limit``.

    Only the four elements below matter (a fast exit for the others, text:p and the like). A row
    inside a sub-table (in a cell) counts as a row of the sheet, which calamine may also do: counting
    more than calamine holds is safe, fewer is not."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.done = 0  # cells of the sheets already read
        self.tables = 0  # nesting of table:table elements
        self.sheet = ""
        self.in_row = False
        self.repeat = self.column = self.pending = self.row_listed = 0  # the row being read
        self.row_first = self.row_last = -1  # its first and last column holding a value
        self._new_sheet()

    def _new_sheet(self) -> None:
        self.position = 0  # rows so far, repeats written out
        self.listed = 0  # cells calamine lists row by row
        self.first_row = self.last_row = self.first_column = self.last_column = -1

    def cells(self) -> int:
        """The cells of the sheets read so far."""
        rectangle = 0
        if self.first_row >= 0:
            rectangle = (self.last_row - self.first_row + 1) * (self.last_column - self.first_column + 1)
        return self.done + max(rectangle, self.listed)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name not in _ODS_ELEMENTS:
            return
        if name == "table:table":
            self.tables += 1
            if self.tables == 1:
                self.sheet = attrs.get("table:name", "")
                self._new_sheet()
        elif not self.tables:
            return
        elif name == "table:table-row":
            if self.in_row:
                self._end_row()
            self.in_row = True
            self.repeat = _ods_repeat(attrs.get("table:number-rows-repeated"))
            self.column = self.pending = self.row_listed = 0
            self.row_first = self.row_last = -1
        elif self.in_row:  # a cell
            repeat = _ods_repeat(attrs.get("table:number-columns-repeated"))
            self.row_listed += self.pending  # an empty run is listed once a cell follows it
            if (
                attrs.get("office:value-type") == "string"
                or not _ODS_VALUES.isdisjoint(attrs)
                or attrs.get("table:formula")
            ):
                self.row_listed += repeat
                self.pending = 0
                if self.row_first < 0:
                    self.row_first = self.column
                self.row_last = self.column + repeat - 1
            else:
                self.pending = repeat
            self.column += repeat

    def end(self, name: str) -> None:
        if name not in _ODS_ELEMENTS:
            return
        if name == "table:table-row":
            if self.in_row:
                self._end_row()
        elif name == "table:table" and self.tables:
            self.tables -= 1
            if not self.tables:
                self.in_row = False
                self.done = self.cells()
                self._new_sheet()

    def _end_row(self) -> None:
        self.in_row = False
        self.listed += self.row_listed
        if self.row_first >= 0:
            if self.first_row < 0:
                self.first_row = self.position
                self.first_column, self.last_column = self.row_first, self.row_last
            self.last_row = self.position + self.repeat - 1
            self.first_column = min(self.first_column, self.row_first)
            self.last_column = max(self.last_column, self.row_last)
        self.position += self.repeat
        if (cells := self.cells()) > self.limit:
            raise _TooManyCells(cells, self.sheet)


def _ods_repeat(value: str | None) -> int:
    if value is None:
        return 1
    if value.isascii() and value.isdigit():
        return int(value)
    return int(value) if _ODS_REPEAT.fullmatch(value) else 1  # not a number: calamine refuses it


def _forbid_dtd(name: str, sysid: str | None, pubid: str | None, _internal: bool) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _forbid_entity(
    name: str,
    _parameter: bool,
    value: str | None,
    base: str | None,
    sysid: str | None,
    pubid: str | None,
    notation: str | None,
) -> None:
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _forbid_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _count_ods_cells(fh: IO[bytes]) -> None:
    """Feed a content.xml stream to :class:`_OdsCells`: expat with defusedxml's guards (no DTD, no
    entity, nothing external) and without namespace processing, to see names as calamine does; only
    element starts and ends reach Python (SAX or ElementTree took 2-4 times as long)."""
    counter = _OdsCells(MAX_ODS_CELLS)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_entity
    parser.ExternalEntityRefHandler = _forbid_external
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    while chunk := fh.read(1 << 20):
        parser.Parse(chunk.translate(_XML_CONTROLS), False)
    parser.Parse(b"", True)


def _zip_members(zf: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
    """Every part called ``name``: a zip may hold two, and another reader may take the other one."""
    return [info for info in zf.infolist() if info.filename == name]


def _part_contains(zf: zipfile.ZipFile, info: zipfile.ZipInfo, needle: bytes) -> bool:
    with zf.open(info) as fh:
        carry = b""
        while chunk := fh.read(1 << 20):
            if needle in carry + chunk:
                return True
            carry = chunk[-len(needle) :]
    return False


def _check_ods_cells(path: Path) -> None:
    """Refuse an .ods file whose repeated rows and cells would make calamine hold more than
    MAX_ODS_CELLS cells, reading its content.xml as a stream (bounded memory, no DTD or entity)."""
    try:
        with zipfile.ZipFile(path) as zf:
            if any(  # encrypted: calamine says it is password-protected, without parsing the sheets
                _part_contains(zf, info, b"manifest:encryption-data")
                for info in _zip_members(zf, "META-INF/manifest.xml")
            ):
                return
            for info in _zip_members(zf, "content.xml"):
                with zf.open(info) as fh:
                    _count_ods_cells(fh)
    except _TooManyCells as exc:
        raise ReadError(
            translate(
                "HrImport",
                "{file} was refused: sheet “{sheet}” expands to at least {cells} cells once its "
                "repeated rows and columns are written out, more than the {limit} ESN Desk reads "
                "from an .ods file. Open it in LibreOffice and save it as .xlsx (or delete the "
                "repeated rows below the employees), then import it again.",
            ).format(
                file=path.name,
                sheet=exc.sheet,
                cells=i18n.number(exc.cells),
                limit=i18n.number(MAX_ODS_CELLS),
            )
        ) from None
    except (expat.ExpatError, ValueError) as exc:  # not well-formed, or a DTD / an entity (defusedxml)
        raise ReadError(
            translate(
                "HrImport",
                "{file} is damaged: the part holding its sheets (content.xml) is not well-formed XML "
                "({detail}). Open it in LibreOffice, save it as .xlsx, and import it again.",
            ).format(file=path.name, detail=_one_line(exc))
        ) from None
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error):
        raise ReadError(
            translate(
                "HrImport",
                "{file} is damaged or incomplete (perhaps a download or copy was cut short). "
                "Export or download it again.",
            ).format(file=path.name)
        ) from None
    except (RuntimeError, NotImplementedError):
        return  # an encrypted part, an unknown compression: calamine says so in its own words


def _open_workbook(path: Path, kind: str) -> SourceFile:
    import python_calamine as pc

    if kind == "ods":
        _check_ods_cells(path)
    if kind == "xlsx":
        scan = _scan_workbook(path)
        if scan.bad_index is not None:
            cell, index = scan.bad_index
            message = (
                translate(
                    "HrImport",
                    "{file} is damaged: cell {cell} should refer to one of the workbook's shared "
                    "texts by its number, but reads “{index}”, so its value is unknown. Open the file "
                    "in Excel or LibreOffice, check that cell, save it as .xlsx, and import it again.",
                )
                if cell
                else translate(
                    "HrImport",
                    "{file} is damaged: a cell should refer to one of the workbook's shared texts by "
                    "its number, but reads “{index}”, so its value is unknown. Open the file in Excel "
                    "or LibreOffice, save it as .xlsx, and import it again.",
                )
            )
            raise ReadError(message.format(file=path.name, cell=cell, index=index))
        if scan.sparse:
            log.info("%s has a sheet with a few cells far apart; reading it with openpyxl", path.name)
            return _open_with_openpyxl(path)
    try:
        with path.open("rb") as fh:
            workbook = pc.CalamineWorkbook.from_filelike(fh)
    except pc.PasswordError:
        raise ReadError(
            translate(
                "HrImport",
                "{file} is password-protected. Open it in Excel, remove the password, save, "
                "and import again.",
            ).format(file=path.name)
        ) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    # calamine rejects some odd-but-valid files: try openpyxl. BaseException: on some damaged files
    # calamine panics, and pyo3's PanicException is not an Exception.
    except BaseException as exc:
        if kind != "xlsx":
            raise ReadError(
                translate(
                    "HrImport",
                    "{file} cannot be read as a spreadsheet ({error}). Open it in Excel or LibreOffice and "
                    "save it as .xlsx.",
                ).format(file=path.name, error=_one_line(exc))
            ) from exc
        log.info("calamine could not read %s (%s); trying openpyxl", path.name, exc)
        return _open_with_openpyxl(path)
    sheets = [
        SheetInfo(m.name, str(m.visible).endswith("Visible") and "Hidden" not in str(m.visible))
        for m in workbook.sheets_metadata
        if "WorkSheet" in str(m.typ)
    ]
    if not sheets:
        raise ReadError(
            translate(
                "HrImport",
                "{file} has no worksheet. Open it in Excel or LibreOffice, check that the employees are on "
                "a normal sheet, save it as .xlsx, and import again.",
            ).format(file=path.name)
        )

    parsed: dict[
        str, Any
    ] = {}  # the last sheet parsed: finding the header then reading all of it parses once

    def read(sheet: str) -> Iterator[Row]:
        try:  # calamine parses each sheet lazily: a damaged sheet part only shows up here
            data = parsed.get(sheet)
            if data is None:
                parsed.clear()
                data = parsed[sheet] = workbook.get_sheet_by_name(sheet)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # incl. pyo3's PanicException
            raise ReadError(
                translate(
                    "HrImport",
                    "Sheet “{sheet}” of {file} is damaged and cannot be read ({error}). Open the file in "
                    "Excel or LibreOffice, save it as .xlsx, and import again.",
                ).format(sheet=sheet, file=path.name, error=_one_line(exc))
            ) from exc
        start = data.start
        # iter_rows() starts at row 1 but at the first used column: pad it back to column A.
        pad = [None] * start[1] if start and start[1] else []
        for row in data.iter_rows():
            yield pad + row if pad else row
        parsed.clear()  # read to the end: free calamine's copy of the sheet

    return SourceFile(path=path, kind=kind, sheets=sheets, _read=read)


def _open_with_openpyxl(path: Path) -> SourceFile:
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:
        raise ReadError(
            translate(
                "HrImport",
                "{file} cannot be read as a spreadsheet ({error}). Open it in Excel or LibreOffice and "
                "save it as .xlsx.",
            ).format(file=path.name, error=f"{type(exc).__name__}: {_one_line(exc)}")
        ) from exc
    sheets = [SheetInfo(ws.title, ws.sheet_state == "visible") for ws in workbook.worksheets]
    if not sheets:
        raise ReadError(
            translate(
                "HrImport",
                "{file} has no worksheet that can be read. Open it in Excel, save it as a normal .xlsx "
                "workbook (not 'Strict Open XML'), and import again.",
            ).format(file=path.name)
        )

    def read(sheet: str) -> Iterator[Row]:
        ws = workbook[sheet]
        ws.reset_dimensions()  # never trust <dimension>
        for row in ws.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            yield list(row)

    return SourceFile(path=path, kind="xlsx", sheets=sheets, _read=read, cuts_rows=True)


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise ReadError(
                translate("HrImport", "{file} cannot be read as {encoding} ({error}).").format(
                    file=name, encoding=encoding, error=exc
                )
            ) from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"  # a cut-short file ends mid-character
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _detect_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for candidate in (";", ",", "\t", "|"):
        counts = [line.count(candidate) for line in lines]
        filled = [c for c in counts if c]
        if not filled:
            continue
        # Prefer a separator that appears often and the same number of times on most lines.
        common = max(set(filled), key=filled.count)
        score = filled.count(common) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def _overlong_line(text: str) -> int | None:
    """The number of the first line longer than MAX_CSV_LINE characters, or None: looks for a window of
    MAX_CSV_LINE + 1 characters without a line break, jumping to the last break of each window."""
    start, size = 0, len(text)
    while size - start > MAX_CSV_LINE:
        end = start + MAX_CSV_LINE + 1
        last_break = max(text.rfind("\n", start, end), text.rfind("\r", start, end))
        if last_break == -1:
            return text.count("\n", 0, start) + 1
        start = last_break + 1
    return None


def _open_csv(path: Path, *, encoding: str | None, delimiter: str | None) -> SourceFile:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ReadError(
            translate("HrImport", "{file} is larger than {size} MB; that is not an HR extract.").format(
                file=path.name, size=i18n.number(MAX_CSV_BYTES // 1_000_000)
            )
        )
    data = path.read_bytes()
    text, used = _decode(data, path.name, encoding)
    if (line := _overlong_line(text)) is not None:
        raise ReadError(
            translate(
                "HrImport",
                "Line {line} of {file} is longer than {limit} characters, which no HR extract is: the file "
                "is damaged or is not a CSV export. Export it again, as .xlsx if you can.",
            ).format(line=i18n.number(line), file=path.name, limit=i18n.number(MAX_CSV_LINE))
        )
    sep = delimiter or _detect_delimiter(text)
    sheet = path.stem or "CSV"

    def read(_sheet: str) -> Iterator[Row]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
        try:
            yield from (list(r) for r in reader)
        except csv.Error as exc:
            raise ReadError(
                translate(
                    "HrImport",
                    "{file} is not a well-formed CSV file near line {line} ({error}): a quote that is never "
                    "closed, or a value longer than {limit} characters. Fix that line in a text editor, or "
                    "export the file again as .xlsx.",
                ).format(
                    file=path.name, line=reader.line_num, error=exc, limit=i18n.number(csv.field_size_limit())
                )
            ) from exc

    return SourceFile(
        path=path, kind="csv", sheets=[SheetInfo(sheet, True)], _read=read, encoding=used, delimiter=sep
    )
