"""Properties of what the HR import does to every cell, checked on generated values (hypothesis):
cleaning text, emails, employee IDs, dates, header matching, usage counts — and reading files of
random bytes, which must give a table or a :class:`ReadError`, never another exception.

Examples are derandomised (the same ones on every run and on CI; see tests/conftest.py).
"""

from __future__ import annotations

import codecs
import csv
import io
import string
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from esn_desk.core.errors import UserError
from esn_desk.core.importing import readers, values
from esn_desk.core.importing.fields import VOCABULARIES, normalise_header
from esn_desk.core.importing.readers import ReadError, open_source
from esn_desk.core.importing.service import ImportPlan
from esn_desk.core.importing.usage import MAX_COUNT, count
from esn_desk.core.store import Store, open_store
from esn_desk.core.text import clean, fold
from tests.support import hr_files

# The profile (derandomised, 200 examples, no deadline) is set in tests/conftest.py.
PROPERTIES = settings(suppress_health_check=[HealthCheck.too_slow])
FILES = settings(PROPERTIES, max_examples=settings.default.max_examples // 2)  # each writes a file

# What the importer documents it removes or rewrites (esn_desk.core.text.clean): C0 and C1 control
# characters and DEL (line breaks, tabs, vertical tabs, form feeds and NEL made spaces), and white space
# (trimmed, runs made one space).
REMOVED_CONTROLS = frozenset(chr(c) for c in (*range(32), *range(0x7F, 0xA0)))
BREAKS = "\t\n\r\x0b\x0c\x85"  # separate words: each becomes a space
TRICKY = (
    "\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1c\x1f\x7f\x80\x85\x9b\x9f "
    "\u00a0\u2007\u202f\u2028\u3000\u200b\u200e\u200f\ufeff"
)
# Arbitrary text, with the characters white space and control handling is about drawn often.
any_text = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(TRICKY)), max_size=40)

# Letters, marks, numbers, punctuation, symbols and format characters (ZWJ in emoji, RLM in Hebrew):
# everything a name may hold except white space and control characters.
name_char = st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn", "Zs", "Zl", "Zp")).filter(
    lambda ch: not ch.isspace()
)
SCRIPTS = [
    "محمد",  # Arabic
    "عبد الرحمن",
    "نورة الفاسي",
    "\u200fכהן\u200f",  # Hebrew with right-to-left marks
    "שָׁלוֹם",  # Hebrew with niqqud (combining marks)
    "Zoe\u0301",  # decomposed accent
    "Łukasz Żółć",
    "👩🏽\u200d💻",  # emoji with skin tone and zero-width joiner
    "🇫🇷",
    "李小龍",
    "देवनागरी",
    "Ἀθηνᾶ",
]
word = st.one_of(st.text(name_char, min_size=1, max_size=12), st.sampled_from(SCRIPTS))
clean_name = st.lists(word, min_size=1, max_size=4).map(" ".join)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One in-memory programme for the whole module: plan() never writes."""
    s = open_store(":memory:", backup_dir=tmp_path_factory.mktemp("backups"))
    yield s
    s.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated")


# -- text ----------------------------------------------------------------------------------------------
@PROPERTIES
@given(any_text)
@example("\x00\x07 \u00a0Du\x00rand\t\u202f")
@example("\x1c\x1d\x85")
@example("Chef\x0bde\x0cprojet\x9f")
def test_cleaning_is_idempotent_and_leaves_no_control_character_or_stray_space(text: str) -> None:
    cleaned = clean(text)
    assert clean(cleaned) == cleaned
    assert not REMOVED_CONTROLS & set(cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert all(ch == " " or not ch.isspace() for ch in cleaned)
    assert values.cell_text(text) == cleaned
    # Nothing but white space and those controls is removed: the other characters stay, in order.
    kept = [ch for ch in text if ch not in REMOVED_CONTROLS and not ch.isspace()]
    assert [ch for ch in cleaned if ch != " "] == kept


@PROPERTIES
@given(
    st.lists(
        st.tuples(word, st.sampled_from(BREAKS), st.sampled_from(sorted(REMOVED_CONTROLS - set(BREAKS)))),
        min_size=1,
        max_size=4,
    ),
)
@example([("Chef", "\x0b", "\x00"), ("de", "\x0c", "\x9f"), ("projet", "\x85", "\x80")])
def test_a_break_between_words_becomes_a_space_and_other_controls_vanish(
    words: list[tuple[str, str, str]],
) -> None:
    """A vertical tab between words makes a space ("Chef de", not "Chefde"); a C0 or C1 control
    inside a word is dropped."""
    text = "".join(control + w[:1] + control + w[1:] + brk for w, brk, control in words)
    assert clean(text) == " ".join(w for w, _, _ in words)


@PROPERTIES
@given(clean_name, st.sampled_from(["", " ", "\u00a0", "\t", "  \u202f"]), st.sampled_from(["", " ", "\r\n"]))
def test_names_in_any_script_survive_cleaning_unchanged(name: str, before: str, after: str) -> None:
    assert clean(name) == name
    assert values.cell_text(before + name + after) == name
    assert fold(name)  # a search key, never an error


# -- emails --------------------------------------------------------------------------------------------
_label = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,10}[A-Za-z0-9])?", fullmatch=True)
address = st.builds(
    lambda local, labels, tld: f"{local}@{'.'.join(labels)}.{tld}",
    st.from_regex(r"[A-Za-z0-9._%+'-]{1,20}", fullmatch=True),
    st.lists(_label, min_size=1, max_size=3),
    st.from_regex(r"[A-Za-z]{2,6}", fullmatch=True),
)


@PROPERTIES
@given(any_text | address | address.map(lambda a: "mailto:" + a))
@example("MAILTO:Jean.Dupont@Aurore.FR")
@example("jean@\u212aelvin.fr")  # KELVIN SIGN lower-cases to an ASCII k
def test_an_accepted_email_is_lower_case_valid_and_accepted_again_unchanged(text: str) -> None:
    try:
        result = values.email(text)
    except values.ValueProblem as exc:
        assert str(exc) == "Not a valid email address"
        return
    assert result == result.lower()
    assert not any(ch.isspace() or ch in REMOVED_CONTROLS for ch in result)
    assert result == "" or values.EMAIL_RE.match(result)
    assert values.email(result) == result


@PROPERTIES
@given(
    address,
    st.sampled_from(["", " ", "\u00a0", "mailto:", "MailTo:", " mailto:"]),
    st.sampled_from(["", " \t"]),
)
def test_a_valid_address_is_accepted_whatever_its_case_and_padding(
    addr: str, before: str, after: str
) -> None:
    decorated = before + "".join(ch.upper() if i % 2 else ch for i, ch in enumerate(addr)) + after
    assert values.email(decorated) == addr.lower()


# -- employee IDs --------------------------------------------------------------------------------------
@PROPERTIES
@given(st.from_regex(r"0{1,6}[0-9]{0,12}", fullmatch=True), st.sampled_from(["", " ", "\u00a0"]))
def test_ids_with_leading_zeros_keep_them(text: str, padding: str) -> None:
    assert values.identifier(text) == text
    assert values.identifier(padding + text + padding) == text
    assert values.identifier(text + ".0") == text  # a text cell exported from a number cell


@PROPERTIES
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_numeric_ids_read_as_numbers_become_their_digits(number: int) -> None:
    assert values.identifier(number) == values.identifier(float(number)) == str(number)


@PROPERTIES
@given(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_/-]{0,15}", fullmatch=True))
def test_other_ids_are_kept_as_written(text: str) -> None:
    assert values.identifier(text) == text


# -- dates ---------------------------------------------------------------------------------------------
dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
separators = st.sampled_from(["/", ".", "-"])


@PROPERTIES
@given(dates, separators, st.booleans())
def test_a_date_written_day_first_reads_back_day_first(day: date, sep: str, padded: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    assert values.to_date(f"{d}{sep}{m}{sep}{day.year}") == day
    assert values.to_date(f"{m}{sep}{d}{sep}{day.year}", day_first=False) == day


@PROPERTIES
@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)), separators)
def test_two_digit_years_pivot_at_1970(day: date, sep: str) -> None:
    assert values.to_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year % 100:02d}") == day


@PROPERTIES
@given(dates, st.booleans(), st.sampled_from(["", " 00:00:00", "T08:30", " 23:59:59.5"]))
def test_iso_and_year_first_dates_ignore_the_day_first_option(day: date, day_first: bool, clock: str) -> None:
    assert values.to_date(day.isoformat() + clock, day_first=day_first) == day
    assert values.to_date(f"{day.year}/{day.month}/{day.day}", day_first=day_first) == day
    assert values.to_date(datetime.combine(day, time(13, 45)), day_first=day_first) == day


@PROPERTIES
@given(st.dates(min_value=date(1899, 12, 31), max_value=date(9999, 12, 31)), st.floats(0, 0.999))
def test_excel_serial_numbers_are_days_since_1899_12_30(day: date, fraction: float) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert values.to_date(serial) == day
    assert values.to_date(serial + fraction) == day  # a date-time cell read as a number
    if 20_000 <= serial <= 80_000:
        assert values.to_date(str(serial)) == day


digits_of_any_script = st.text(st.characters(categories=("Nd", "No")), min_size=1, max_size=8)
date_like = st.builds(
    lambda a, s1, b, s2, c: f"{a}{s1}{b}{s2}{c}",
    st.integers(-5, 10_000),
    separators,
    st.integers(-5, 99),
    separators,
    st.integers(-5, 100_000),
)


@PROPERTIES
@given(
    any_text
    | digits_of_any_script
    | date_like
    | st.integers()
    | st.floats()
    | st.booleans()
    | st.timedeltas()
    | st.datetimes()
    | st.text(min_size=4000, max_size=5000, alphabet="0123456789"),
    st.booleans(),
)
@example("²⁰²⁴⁰", True)  # digits for str.isdigit(), not for int(): was a ValueError
@example("31/02/2024", True)
def test_any_cell_is_a_date_nothing_or_a_problem_for_the_user(cell: object, day_first: bool) -> None:
    try:
        result = values.to_date(cell, day_first=day_first)
    except values.ValueProblem as exc:
        assert str(exc)
        return
    assert result is None or isinstance(result, date)


# -- usage counts --------------------------------------------------------------------------------------
@PROPERTIES
@given(
    any_text | digits_of_any_script | st.integers() | st.floats() | st.text("0123456789 ,.", max_size=5000)
)
@example(float("nan"))  # was a ValueError from int(nan)
@example("99999999999999999999")  # was an OverflowError when written to SQLite
def test_a_count_cell_is_a_plausible_whole_number_or_a_problem_for_the_user(cell: object) -> None:
    try:
        result = count(cell)
    except values.ValueProblem as exc:
        assert str(exc)
        return
    assert isinstance(result, int) and 0 <= result <= MAX_COUNT


# -- header matching -----------------------------------------------------------------------------------
@PROPERTIES
@given(any_text | st.integers() | st.floats() | st.none())
def test_normalised_headers_are_plain_lower_case_words_and_stable(header: object) -> None:
    norm = normalise_header(header)
    assert normalise_header(norm) == norm
    assert set(norm) <= set(string.ascii_lowercase + string.digits + " ")
    assert norm == " ".join(norm.split())
    for vocabulary in VOCABULARIES.values():
        assert vocabulary.match(header) in (None, *vocabulary.by_key)


SYNONYMS = sorted(
    {
        (what, synonym, f.key)
        for what, vocabulary in VOCABULARIES.items()
        for f in vocabulary.fields
        for synonym in (*f.synonyms, f.label.lower())
    }
)
ACCENTS = ["", "\u0301", "\u0300", "\u0302", "\u0308"]
LONGEST = max(len(text) for _, text, _ in SYNONYMS)


@PROPERTIES
@given(
    st.sampled_from(SYNONYMS),
    st.lists(st.booleans(), min_size=LONGEST, max_size=LONGEST),
    st.lists(st.sampled_from(ACCENTS), min_size=LONGEST, max_size=LONGEST),
    st.sampled_from([" ", "_", "-", ".", "  ", "\u00a0", "/", "'"]),
    st.sampled_from(["", " ", "*", " :", "\u00a0", "\n", "(", ")"]),
)
def test_every_synonym_is_recognised_whatever_its_case_accents_and_punctuation(
    synonym: tuple[str, str, str], upper: list[bool], accents: list[str], separator: str, edge: str
) -> None:
    what, text, key = synonym
    decorated = "".join(
        (ch.upper() if up else ch) + (accent if ch.isalpha() else "")
        for ch, up, accent in zip(text, upper[: len(text)], accents[: len(text)], strict=True)
    ).replace(" ", separator)
    assert VOCABULARIES[what].match(edge + decorated + edge) == key, decorated


# -- files of random bytes -----------------------------------------------------------------------------
PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\xd0\xcf\x11\xe0",
    readers.OLE_MAGIC,
    readers.OLE_MAGIC + b"\x00" * 504 + "Workbook".encode("utf-16-le"),  # an .xls calamine must parse
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    b"%PDF",
    b"<html>",
    b"Matricule;Nom;Email\r\n",
]


def read_everything(path: Path, store: Store) -> None:
    """Open, read every sheet and plan an import: each step returns or raises a clear UserError."""
    try:
        source = open_source(path)
        for sheet in source.sheets:
            source.table(sheet.name)
    except ReadError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
    try:
        assert isinstance(store.imports.plan(path), ImportPlan)
    except UserError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)


@FILES
@given(st.sampled_from(PREFIXES), st.binary(max_size=3000))
@example(b"", b"")  # an empty file
@example(codecs.BOM_UTF16_LE, b"\x00")  # cut short mid-character
def test_random_bytes_after_any_magic_number_are_read_or_refused_clearly(
    folder: Path, store: Store, prefix: bytes, data: bytes
) -> None:
    path = folder / "random.xlsx"
    path.write_bytes(prefix + data)
    read_everything(path, store)


PARTS = [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "mimetype",
    "content.xml",
    "word/document.xml",
]
XML_TOKENS = [*"<>/=\"' xlrcvtsiA1:&;#", "<c r=", "<v>", "</v>", "<row>", "<sheet", "<!DOCTYPE", "&lt;"]
XMLISH = st.lists(st.sampled_from(XML_TOKENS), max_size=80).map("".join)


@FILES
@given(st.dictionaries(st.sampled_from(PARTS), st.binary(max_size=300) | XMLISH.map(str.encode), max_size=6))
def test_zip_files_with_random_parts_are_read_or_refused_clearly(
    folder: Path, store: Store, parts: dict[str, bytes]
) -> None:
    path = folder / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    read_everything(path, store)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return hr_files.french_extract(tmp_path_factory.mktemp("wb") / "effectifs.xlsx").read_bytes()


@FILES
@given(st.data())
def test_a_workbook_with_random_damage_inside_its_sheet_is_read_or_refused_clearly(
    folder: Path, store: Store, workbook: bytes, data: st.DataObject
) -> None:
    """Damage inside the XML of a valid zip reaches calamine's parser (flipped bytes in the zip
    itself mostly stop at the zip's checksums, see test_import_corpus.py)."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as zin:
        parts = {info.filename: zin.read(info) for info in zin.infolist()}
    name = data.draw(st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"]))
    xml = bytearray(parts[name])
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(xml)))
        cut = data.draw(st.integers(0, 20))
        xml[at : at + cut] = data.draw(st.binary(max_size=20) | XMLISH.map(str.encode))
    parts[name] = bytes(xml)
    path = folder / "damaged.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for part, content in parts.items():
            zout.writestr(part, content)
    read_everything(path, store)


# -- CSV round trips -----------------------------------------------------------------------------------
def as_read(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` as a table holds them: trailing blank cells dropped, blank rows skipped."""
    out = []
    for row in rows:
        while row and not row[-1].strip():
            row = row[:-1]
        if row:
            out.append(row)
    return out


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


HEADER = ["Matricule", "Nom", "Prénom"]
cell = st.text(name_char | st.sampled_from(list(" \"'\n;,|")), max_size=15)


@FILES
@given(
    st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    st.sampled_from([";", ",", "\t"]),
)
def test_any_csv_cell_reads_back_exactly_with_the_separator_given(
    folder: Path, rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    """Quotes, separators and line breaks inside cells, any script, a leading U+FEFF after the BOM."""
    path = write_csv(folder / "cells.csv", [HEADER, *rows], encoding, delimiter)
    table = open_source(path, delimiter=delimiter).table("cells")
    assert [row for _, row in table.rows] == as_read([HEADER, *rows])


LATIN_1_LETTERS = "".join(chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha())
french_cell = st.text(string.ascii_letters + string.digits + " -'." + LATIN_1_LETTERS, max_size=15)


@FILES
@given(
    st.lists(st.lists(french_cell, min_size=3, max_size=3), min_size=1, max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from([";", ",", "\t"]),
)
def test_a_csv_in_any_encoding_and_separator_is_detected_and_reads_back_exactly(
    folder: Path, rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    """Windows-1252 French names (as Excel saves "CSV") are not mistaken for UTF-8, nor the reverse."""
    path = write_csv(folder / "export.csv", [HEADER, *rows], encoding, delimiter)
    source = open_source(path)
    assert source.delimiter == delimiter
    assert [row for _, row in source.table("export").rows] == as_read([HEADER, *rows])


@settings(PROPERTIES, max_examples=60)
@given(st.lists(st.tuples(clean_name, clean_name), min_size=1, max_size=5))
def test_names_in_any_script_are_planned_exactly_as_written(
    folder: Path, store: Store, names: list[tuple[str, str]]
) -> None:
    path = hr_files.write_xlsx(
        folder / "names.xlsx",
        ["Matricule", "Nom", "Prénom"],
        [[f"{i:05d}", last, first] for i, (last, first) in enumerate(names)],
        title_rows=False,
    )
    plan = store.imports.plan(path)
    assert not plan.errors and not plan.warnings
    assert [(c["employee_id"], c["last_name"], c["first_name"]) for c in plan.creates] == [
        (f"{i:05d}", last, first) for i, (last, first) in enumerate(names)
    ]
