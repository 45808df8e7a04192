"""The HR import rules (issue #3): header detection, FR/EN mapping, validation, matching, full extracts,
dry run, atomic apply, undo, history and remembered mappings — through :class:`ImportService`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.importing import values
from esn_desk.core.importing.fields import auto_mapping, match_field, normalise_header
from esn_desk.core.importing.readers import ReadError
from esn_desk.core.importing.service import ImportCancelled, ImportOptions, ImportPlan, column_letter
from esn_desk.core.store import Store, open_store
from tests.support import hr_files

HEADERS = ["Matricule", "Nom", "Prénom", "Adresse e-mail", "Intitulé de poste", "Direction", "Site"]
TEAM: list[list[Any]] = [
    ["00101", "Vasseur", "Claire", "claire.vasseur@aurore.fr", "Directrice", "Direction générale", "Lyon"],
    ["00102", "Lœuvre", "Thérèse", "therese.loeuvre@aurore.fr", "Comptable", "Finance", "Lyon"],
    ["00103", "Martin", "Zoé", "zoe.martin@aurore.fr", "Développeuse", "Informatique", "Nantes"],
]
DAY = date(2026, 3, 2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(":memory:", backup_dir=tmp_path / "backups")
    yield store
    store.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "programme.esndesk", backup_dir=tmp_path / "backups")
    yield store
    store.close()


def _xlsx(tmp_path: Path, name: str, headers: list[str], rows: list[list[Any]], **kwargs: Any) -> Path:
    return hr_files.write_xlsx(tmp_path / name, headers, rows, **kwargs)


def _import(store: Store, path: Path, options: ImportOptions | None = None) -> tuple[ImportPlan, int]:
    plan = store.imports.plan(path, options)
    return plan, store.imports.apply(plan, today=DAY)


def _people(store: Store) -> list[tuple[Any, ...]]:
    with store.db.read() as conn:
        return conn.execute("SELECT * FROM person ORDER BY id").fetchall()


def _person(store: Store, employee_id: str) -> dict[str, Any]:
    with store.db.read() as conn:
        cur = conn.execute("SELECT * FROM person WHERE employee_id = ?", (employee_id,))
        row = cur.fetchone()
        assert row is not None, employee_id
        return dict(zip([d[0] for d in cur.description], row, strict=True))


def _count(store: Store, table: str) -> int:
    with store.db.read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _changes(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    with store.db.read() as conn:
        return [
            (employee_id, kind, json.loads(changes))
            for employee_id, kind, changes in conn.execute(
                "SELECT p.employee_id, c.kind, c.changes FROM person_change c "
                "JOIN person p ON p.id = c.person_id ORDER BY c.id"
            )
        ]


def _state(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.db.read() as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("person", "person_change", "import_run", "import_mapping")
        }


# -- the French extract, end to end ---------------------------------------------------------------------
def test_the_messy_french_extract_gives_exactly_the_expected_plan(tmp_path: Path, store: Store) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    plan = store.imports.plan(path)
    assert (plan.kind, plan.sheet, plan.header_row) == ("xlsx", "Effectifs", 4)
    assert plan.mapping_by_header() == {
        "Matricule": "employee_id",
        "Nom": "last_name",
        "Prénom": "first_name",
        "Adresse e-mail": "email",
        "Intitulé de poste": "job_title",
        "Direction": "department",
        "Établissement": "site",
        "Pays": "country",
        "E-mail du manager": "manager_email",
        "Date d'entrée": "hire_date",
    }
    assert plan.ignored_columns == ["Commentaire RH"]
    assert plan.counts == {"created": 4, "updated": 0, "unchanged": 0, "left": 0, "rejected": 4}
    # Rejections: the Excel row number, the column as "header (letter)", and why.
    assert [(e.row, e.column, e.value) for e in plan.errors] == [
        (7, "Adresse e-mail (D)", "zoe.martin@aurore"),
        (10, "Matricule (A)", ""),
        (11, "Matricule (A)", "00104"),
        (13, "Nom (B)", ""),
    ]
    messages = [e.message for e in plan.errors]
    assert messages[0] == "Not a valid email address"
    assert messages[1].startswith("No Employee ID")
    assert "already appears on row 9" in messages[2]
    assert messages[3] == "No last name or full name"
    # Warnings do not reject the row: an unknown manager, an impossible date.
    assert [(w.row, w.column, w.value) for w in plan.warnings] == [
        (9, "E-mail du manager (I)", "inconnu@aurore.fr"),
        (12, "Date d'entrée (J)", "2024-02-30"),
    ]
    assert "Matches nobody" in plan.warnings[0].message
    assert "hire date left empty" in plan.warnings[1].message
    # The blank row 8 is neither imported, rejected nor warned about.
    assert 8 not in {e.row for e in plan.errors + plan.warnings} | {c["_row"] for c in plan.creates}
    created = {c["employee_id"]: c for c in plan.creates}
    assert sorted(created) == ["00101", "00104", "00105", "102"]  # 102 was a number cell
    assert created["00101"]["email"] == "claire.vasseur@aurore.fr"  # trimmed, lower-cased
    assert created["00101"]["hire_date"] == "2010-04-01"  # a date cell
    assert created["102"]["hire_date"] == "2019-09-16"  # 16/09/2019, day first
    assert created["00104"]["hire_date"] == "2024-03-01"  # 1.3.2024
    assert created["00105"]["last_name"] == "Bernard"  # non-breaking spaces trimmed
    assert created["00105"]["hire_date"] == "" and created["00105"]["email"] == ""


def test_applying_the_french_extract_writes_clean_people(tmp_path: Path, store: Store) -> None:
    _import(store, hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    assert _count(store, "person") == 4
    therese = _person(store, "102")
    assert therese["full_name"] == "Thérèse Lœuvre"
    assert therese["manager_email"] == "claire.vasseur@aurore.fr"
    assert therese["status"] == "active" and therese["first_seen"] == DAY.isoformat()
    assert therese["source"] == "HR import: effectifs.xlsx"
    lea = _person(store, "00105")
    assert lea["email"] is None and lea["hire_date"] is None  # empty optional values are NULL
    assert lea["site"] == "Paris – La Défense"


# -- header row and mapping -----------------------------------------------------------------------------
def test_the_header_row_is_found_below_title_rows(tmp_path: Path, store: Store) -> None:
    path = hr_files.write_xlsx_at(
        tmp_path / "rapport.xlsx",
        {
            1: ["Rapport mensuel des effectifs"],
            2: ["Nom", "Société Aurore"],  # one known word is not a header row
            3: ["Généré le", "02/11/2026"],
            6: HEADERS,
            7: TEAM[0],
            9: TEAM[1],
        },
    )
    preview = store.imports.inspect(path)
    assert preview.header_row == 6 and preview.mapping_origin == "automatic"
    assert preview.samples(1) == ["Vasseur", "Lœuvre"]
    plan = store.imports.plan(path)
    assert plan.header_row == 6
    assert [c["_row"] for c in plan.creates] == [7, 9]


def test_no_header_row_is_a_read_error_quoting_the_first_row(tmp_path: Path, store: Store) -> None:
    path = hr_files.write_xlsx_at(tmp_path / "notes.xlsx", {2: ["Budget", "2026"], 3: ["Lyon", "12"]})
    assert store.imports.inspect(path).header_row is None
    with pytest.raises(ReadError) as info:
        store.imports.plan(path)
    message = str(info.value)
    assert "No header row found in the first 30 rows" in message and "notes.xlsx" in message
    assert "row 2 reads: Budget, 2026" in message


def test_an_explicit_header_row_and_mapping_are_used(tmp_path: Path, store: Store) -> None:
    path = hr_files.write_xlsx_at(
        tmp_path / "codes.xlsx",
        {1: ["Export"], 3: ["Code", "Patronyme", "Mél"], 4: ["7", "Durand", "d@x.fr"]},
    )
    with pytest.raises(ReadError, match="No header row found"):
        store.imports.plan(path)
    with pytest.raises(ReadError, match="Row 2 of sheet “Effectifs” is empty"):
        store.imports.plan(path, ImportOptions(header_row=2))
    plan = store.imports.plan(
        path, ImportOptions(header_row=3, mapping={0: "employee_id", 1: "last_name", 2: "email"})
    )
    assert plan.header_row == 3 and plan.creates[0]["employee_id"] == "7"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Matricule", "employee_id"),
        ("Employee ID", "employee_id"),
        ("Emp No", "employee_id"),
        ("N° matricule", "employee_id"),
        ("Nom", "last_name"),
        ("Last name", "last_name"),
        ("Prénom", "first_name"),
        ("First name", "first_name"),
        ("Adresse e-mail", "email"),
        ("Courriel", "email"),
        ("Work Email", "email"),
        ("Intitulé de poste", "job_title"),
        ("Job title", "job_title"),
        ("Direction", "department"),
        ("Service", "department"),
        ("Department", "department"),
        ("Site", "site"),
        ("Location", "site"),
        ("Établissement", "site"),
        ("Pays", "country"),
        ("Country", "country"),
        ("E-mail du manager", "manager_email"),
        ("Manager email", "manager_email"),
        ("Date d'entrée", "hire_date"),
        ("Hire date", "hire_date"),
        ("Start date", "hire_date"),
        # case, accents, punctuation and spacing do not matter
        ("  MATRICULE ", "employee_id"),
        ("PRENOM", "first_name"),
        ("adresse   E_MAIL", "email"),
        ("INTITULE DE POSTE", "job_title"),
        ("Date d’entrée", "hire_date"),
        ("date-d'entree", "hire_date"),
        ("ETABLISSEMENT", "site"),
        ("e-mail du\u00a0manager", "manager_email"),
        ("Employee-ID", "employee_id"),
        ("WORK   EMAIL:", "email"),
        ("Last_Name", "last_name"),
    ],
)
def test_headers_are_recognised_in_french_and_english(header: str, field: str) -> None:
    assert match_field(header) == field


@pytest.mark.parametrize(
    "header", ["Commentaire RH", "Date de naissance", "Numéro de sécurité sociale", "", None]
)
def test_unrelated_headers_are_not_mapped(header: str | None) -> None:
    assert match_field(header) is None


def test_normalised_headers_ignore_case_accents_and_punctuation() -> None:
    assert normalise_header(" Adresse E-mail ") == "adresse e mail"
    assert normalise_header("Date d’Entrée") == "date d entree"
    assert normalise_header(None) == ""


def test_an_english_extract_is_mapped_and_imported(tmp_path: Path, store: Store) -> None:
    headers = [
        "Emp No",
        "Last name",
        "First name",
        "Work Email",
        "Job title",
        "Department",
        "Location",
        "Country",
        "Manager email",
        "Start date",
        "Cost center",
    ]
    rows = [
        [
            501,
            "Smith",
            "Anna",
            "Anna.Smith@Corp.com",
            "CFO",
            "Finance",
            "London",
            "UK",
            None,
            "2021-06-01",
            "C1",
        ],
        [
            502,
            "Jones",
            "Tom",
            "tom.jones@corp.com",
            "Analyst",
            "Finance",
            "London",
            "UK",
            "anna.smith@corp.com",
            date(2022, 1, 10),
            "C1",
        ],
    ]
    path = _xlsx(tmp_path, "staff.xlsx", headers, rows, title_rows=False)
    plan = store.imports.plan(path)
    assert plan.header_row == 1
    assert set(plan.mapping.values()) == {
        "employee_id",
        "last_name",
        "first_name",
        "email",
        "job_title",
        "department",
        "site",
        "country",
        "manager_email",
        "hire_date",
    }
    assert plan.ignored_columns == ["Cost center"]
    assert plan.counts["created"] == 2 and not plan.errors and not plan.warnings
    assert {c["employee_id"]: c["hire_date"] for c in plan.creates} == {
        "501": "2021-06-01",
        "502": "2022-01-10",
    }


def test_a_repeated_column_maps_once_and_the_second_is_ignored() -> None:
    assert auto_mapping(["Email", "Nom", "E-mail"]) == {0: "email", 1: "last_name"}


def test_two_columns_mapped_to_one_field_is_a_user_error(tmp_path: Path, store: Store) -> None:
    path = _xlsx(tmp_path, "team.xlsx", HEADERS, TEAM)
    with pytest.raises(UserError) as info:
        store.imports.plan(path, ImportOptions(mapping={0: "employee_id", 1: "last_name", 2: "last_name"}))
    assert str(info.value) == (
        "Several columns are mapped to the same field (Last name); keep one column per field."
    )


def test_a_mapping_without_employee_id_or_email_is_a_user_error(tmp_path: Path, store: Store) -> None:
    path = _xlsx(tmp_path, "team.xlsx", HEADERS, TEAM)
    with pytest.raises(UserError, match="Map a column to Employee ID or to Email"):
        store.imports.plan(path, ImportOptions(mapping={1: "last_name", 2: "first_name"}))
    with pytest.raises(UserError, match="Map a column to Last name or to Full name"):
        store.imports.plan(path, ImportOptions(mapping={0: "employee_id", 3: "email"}))
    # Unknown field names are dropped rather than trusted.
    with pytest.raises(UserError, match="Employee ID or to Email"):
        store.imports.plan(path, ImportOptions(mapping={0: "salary", 1: "last_name"}))


# -- keys and validation --------------------------------------------------------------------------------
def test_without_an_id_column_people_are_matched_on_their_email(tmp_path: Path, store: Store) -> None:
    headers = ["Nom", "Prénom", "Courriel", "Fonction"]
    first = _xlsx(tmp_path, "a.xlsx", headers, [["Durand", "Luc", "Luc.Durand@x.fr", "RH"]])
    _import(store, first)
    second = _xlsx(
        tmp_path,
        "b.xlsx",
        headers,
        [
            ["Durand", "Luc", "LUC.DURAND@X.FR", "DRH"],
            ["Petit", "Ana", "ana.petit@x.fr", "RH"],
            ["Petit", "Ana", "Ana.Petit@x.fr", "RH"],
            ["Sans", "Mail", "", "RH"],
        ],
    )
    plan = store.imports.plan(second)
    assert plan.counts == {"created": 1, "updated": 1, "unchanged": 0, "left": 0, "rejected": 2}
    assert plan.updates[0].changes == {"job_title": ("RH", "DRH")}
    assert [(e.row, e.column) for e in plan.errors] == [(7, "Courriel (C)"), (8, "Courriel (C)")]
    assert "Email ana.petit@x.fr already appears on row 6" in plan.errors[0].message
    assert plan.errors[1].message.startswith("No Email: every row needs one")


def test_with_an_id_column_the_id_is_the_key_even_when_the_email_changes(
    tmp_path: Path, store: Store
) -> None:
    _import(store, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    renamed = [row[:] for row in TEAM]
    renamed[1][1], renamed[1][3] = "Martin", "therese.martin@aurore.fr"
    renamed.append([None, "Neuve", "Ana", "ana@aurore.fr", "", "", ""])  # an email but no ID: rejected
    plan = store.imports.plan(_xlsx(tmp_path, "b.xlsx", HEADERS, renamed))
    assert plan.counts == {"created": 0, "updated": 1, "unchanged": 2, "left": 0, "rejected": 1}
    assert plan.updates[0].changes == {
        "last_name": ("Lœuvre", "Martin"),
        "email": ("therese.loeuvre@aurore.fr", "therese.martin@aurore.fr"),
    }
    assert plan.errors[0].row == 8 and plan.errors[0].column == "Matricule (A)"


def test_blank_and_whitespace_rows_are_skipped_and_not_counted(tmp_path: Path, store: Store) -> None:
    rows = [TEAM[0], [None] * 7, ["", " ", "\u00a0", "", None, "\t", ""], TEAM[1]]
    plan = store.imports.plan(_xlsx(tmp_path, "a.xlsx", HEADERS, rows))
    assert plan.counts == {"created": 2, "updated": 0, "unchanged": 0, "left": 0, "rejected": 0}
    assert [c["_row"] for c in plan.creates] == [5, 8]


@pytest.mark.parametrize(
    ("cell", "day_first", "expected"),
    [
        (datetime(2024, 3, 1), True, "2024-03-01"),
        (date(2024, 3, 1), True, "2024-03-01"),
        (45352, True, "2024-03-01"),  # an Excel serial number
        ("45352", True, "2024-03-01"),  # a serial number that arrived as text
        ("2024-03-01", True, "2024-03-01"),
        ("2024-03-01 00:00:00", True, "2024-03-01"),
        ("2024/03/01", True, "2024-03-01"),
        ("01/03/2024", True, "2024-03-01"),
        ("01/03/2024", False, "2024-01-03"),
        ("1.3.2024", True, "2024-03-01"),
        ("01-03-24", True, "2024-03-01"),
        ("", True, ""),
        (None, True, ""),
    ],
)
def test_hire_dates_in_every_shape(
    tmp_path: Path, store: Store, cell: object, day_first: bool, expected: str
) -> None:
    path = _xlsx(tmp_path, "dates.xlsx", ["Matricule", "Nom", "Date d'entrée"], [["1", "Durand", cell]])
    plan = store.imports.plan(path, ImportOptions(day_first=day_first))
    assert plan.creates[0]["hire_date"] == expected
    assert not plan.warnings


@pytest.mark.parametrize("cell", ["31/02/2024", "demain", "13/13/2024", 3_000_000, True])
def test_an_unreadable_hire_date_is_a_warning_and_the_row_is_kept(
    tmp_path: Path, store: Store, cell: object
) -> None:
    path = _xlsx(tmp_path, "dates.xlsx", ["Matricule", "Nom", "Date d'entrée"], [["1", "Durand", cell]])
    plan = store.imports.plan(path, ImportOptions())
    assert plan.counts["created"] == 1 and plan.creates[0]["hire_date"] == ""
    assert [(w.row, w.column) for w in plan.warnings] == [(5, "Date d'entrée (C)")]  # below 3 title rows
    assert plan.warnings[0].message.endswith("hire date left empty")


def test_day_first_is_the_default_and_month_first_an_option() -> None:
    assert values.to_date("01/03/2024") == date(2024, 3, 1)
    assert values.to_date("01/03/2024", day_first=False) == date(2024, 1, 3)
    assert values.to_date("1.3.2024") == date(2024, 3, 1)
    with pytest.raises(values.ValueProblem, match="A time, not a date"):
        values.to_date(timedelta(hours=8))


def test_employee_ids_stay_text(tmp_path: Path, store: Store) -> None:
    rows = [[10234, "Numéro"], ["00123", "Zéros"], [10235.0, "Flottant"], ["  A-77\u00a0", "Texte"]]
    plan = store.imports.plan(_xlsx(tmp_path, "ids.xlsx", ["Matricule", "Nom"], rows, title_rows=False))
    assert [c["employee_id"] for c in plan.creates] == ["10234", "00123", "10235", "A-77"]
    csv_path = tmp_path / "ids.csv"
    csv_path.write_text("Matricule;Nom\n00123;Zéros\n10234.0;Numéro\n", encoding="utf-8")
    assert [c["employee_id"] for c in store.imports.plan(csv_path).creates] == ["00123", "10234"]


def test_text_is_trimmed_and_emails_lower_cased(tmp_path: Path, store: Store) -> None:
    rows = [
        [
            "1",
            "\u00a0Dupont\u00a0",
            " Jean\u00a0Pierre ",
            "  mailto:Jean.Dupont@Aurore.FR\u00a0",
            "Chef  de  projet",
        ]
    ]
    plan = store.imports.plan(
        _xlsx(tmp_path, "t.xlsx", ["Matricule", "Nom", "Prénom", "Email", "Poste"], rows, title_rows=False)
    )
    created = plan.creates[0]
    assert created["last_name"] == "Dupont" and created["first_name"] == "Jean Pierre"
    assert created["email"] == "jean.dupont@aurore.fr"
    assert created["job_title"] == "Chef de projet"


@pytest.mark.parametrize("bad", ["jean.dupont", "jean@", "jean dupont@x.fr", "a@b", "<a@b.fr>", "a@-x.fr"])
def test_an_invalid_email_rejects_the_row(tmp_path: Path, store: Store, bad: str) -> None:
    plan = store.imports.plan(
        _xlsx(tmp_path, "t.xlsx", ["Matricule", "Nom", "Email"], [["1", "Dupont", bad]], title_rows=False)
    )
    assert plan.counts["rejected"] == 1 and plan.counts["created"] == 0
    issue = plan.errors[0]
    assert (issue.row, issue.column, issue.message) == (2, "Email (C)", "Not a valid email address")
    assert plan.rejected_rows[0][0] == 2


def test_a_full_name_column_is_enough(tmp_path: Path, store: Store) -> None:
    rows = [["1", "Claire Vasseur"], ["2", ""]]
    plan = store.imports.plan(_xlsx(tmp_path, "t.xlsx", ["Matricule", "Nom complet"], rows, title_rows=False))
    assert plan.mapping == {0: "employee_id", 1: "full_name"}
    assert plan.counts["created"] == 1
    assert (plan.errors[0].row, plan.errors[0].column) == (3, "Nom complet (B)")


def test_managers_unknown_to_the_directory_and_the_file_are_warnings(tmp_path: Path, store: Store) -> None:
    headers = ["Matricule", "Nom", "Email", "E-mail du manager"]
    _import(store, _xlsx(tmp_path, "a.xlsx", headers, [["1", "Boss", "boss@x.fr", None]]))
    rows = [
        ["2", "Known", "k@x.fr", "BOSS@x.fr"],  # in the directory
        ["3", "InFile", "f@x.fr", "k@x.fr"],  # in this file
        ["4", "Unknown", "u@x.fr", "ghost@x.fr"],
        ["5", "Invalid", "i@x.fr", "not an email"],
    ]
    plan = store.imports.plan(_xlsx(tmp_path, "b.xlsx", headers, rows, title_rows=False))
    assert plan.counts["created"] == 4 and plan.counts["rejected"] == 0
    assert [(w.row, w.value) for w in plan.warnings] == [(4, "ghost@x.fr"), (5, "not an email")]
    assert plan.warnings[1].message == "Not a valid email address; manager left empty"


# -- comparing with the directory -----------------------------------------------------------------------
def test_importing_the_same_file_again_changes_nothing(tmp_path: Path, store: Store) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    _import(store, path)
    before = _people(store)
    plan = store.imports.plan(path)
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 4, "left": 0, "rejected": 4}
    store.imports.apply(plan, today=DAY)
    assert _people(store) == before
    assert _changes(store) == []


def test_a_changed_field_is_an_update_with_its_history(tmp_path: Path, store: Store) -> None:
    _import(store, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    changed = [row[:] for row in TEAM]
    changed[1][4] = "Cheffe comptable"
    changed[1][6] = "Paris"
    plan, run_id = _import(store, _xlsx(tmp_path, "b.xlsx", HEADERS, changed))
    assert plan.counts == {"created": 0, "updated": 1, "unchanged": 2, "left": 0, "rejected": 0}
    therese = _person(store, "00102")
    assert therese["job_title"] == "Cheffe comptable" and therese["site"] == "Paris"
    assert _changes(store) == [
        ("00102", "updated", {"job_title": ["Comptable", "Cheffe comptable"], "site": ["Lyon", "Paris"]})
    ]
    with store.db.read() as conn:
        assert conn.execute("SELECT import_id FROM person_change").fetchone()[0] == run_id


def test_fields_a_second_file_does_not_map_are_left_as_they_were(tmp_path: Path, store: Store) -> None:
    _import(store, hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    before = _person(store, "102")
    rows = [["102", "Lœuvre", "Achats"], ["00101", "Vasseur", "Direction générale"]]
    plan, _ = _import(store, _xlsx(tmp_path, "b.xlsx", ["Matricule", "Nom", "Service"], rows))
    assert plan.counts["updated"] == 1 and plan.counts["unchanged"] == 1
    after = _person(store, "102")
    assert after["department"] == "Achats"
    for name in ("first_name", "email", "job_title", "site", "country", "manager_email", "hire_date"):
        assert after[name] == before[name], name
    assert after["full_name"] == "Thérèse Lœuvre"


def test_a_full_extract_marks_absent_people_as_left_and_deletes_no_one(tmp_path: Path, store: Store) -> None:
    _import(store, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    partial = _xlsx(tmp_path, "b.xlsx", HEADERS, [TEAM[0], TEAM[2]])
    assert store.imports.plan(partial).counts["left"] == 0  # not a full extract: nobody leaves
    plan = store.imports.plan(partial, ImportOptions(full=True))
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 2, "left": 1, "rejected": 0}
    assert plan.leaver_names == ["Thérèse Lœuvre"]
    store.imports.apply(plan, today=DAY)
    assert _count(store, "person") == 3
    therese = _person(store, "00102")
    assert therese["status"] == "left" and therese["left_on"] == DAY.isoformat()
    assert _person(store, "00101")["status"] == "active"
    assert _changes(store) == [("00102", "left", {})]
    # Importing the same full extract again does not mark her as left a second time.
    assert store.imports.plan(partial, ImportOptions(full=True)).counts["left"] == 0


def test_a_leaver_present_again_comes_back_active(tmp_path: Path, store: Store) -> None:
    _import(store, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    _import(store, _xlsx(tmp_path, "b.xlsx", HEADERS, [TEAM[0], TEAM[2]]), ImportOptions(full=True))
    plan, _ = _import(store, _xlsx(tmp_path, "c.xlsx", HEADERS, TEAM))
    assert plan.counts == {"created": 0, "updated": 1, "unchanged": 2, "left": 0, "rejected": 0}
    assert plan.updates[0].returning and plan.updates[0].changes == {}
    therese = _person(store, "00102")
    assert therese["status"] == "active" and therese["left_on"] is None
    assert [kind for _, kind, _ in _changes(store)] == ["left", "returned"]


def test_a_dry_run_writes_nothing(tmp_path: Path, store: Store) -> None:
    _import(store, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    before = _state(store)
    changed = [row[:] for row in TEAM[:2]]
    changed[0][4] = "PDG"
    plan = store.imports.plan(
        _xlsx(
            tmp_path,
            "b.xlsx",
            [*HEADERS[:6], "Lieu"],
            [*changed, ["00109", "Neuf", "N", "n@x.fr", "", "", ""]],
        ),
        ImportOptions(full=True),
    )
    assert plan.counts == {"created": 1, "updated": 1, "unchanged": 1, "left": 1, "rejected": 0}
    assert _state(store) == before  # no person, history, run or remembered mapping written


# -- applying: atomic, cancellable, undoable ------------------------------------------------------------
@pytest.mark.parametrize("cancel_at", [1, 2, 3, 4])
@pytest.mark.parametrize("backend", ["memory", "file"])
def test_cancel_midway_leaves_the_programme_exactly_as_it_was(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str, cancel_at: int
) -> None:
    target: Store = request.getfixturevalue("store" if backend == "memory" else "file_store")
    _import(target, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    before = _state(target)
    changed = [row[:] for row in TEAM[:2]]
    changed[0][4] = "PDG"
    plan = target.imports.plan(
        _xlsx(tmp_path, "b.xlsx", HEADERS, [*changed, ["00109", "Neuf", "N", "n@x.fr", "", "", ""]]),
        ImportOptions(full=True),
    )
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= cancel_at

    with pytest.raises(ImportCancelled):
        target.imports.apply(plan, cancelled=cancelled)
    assert len(asked) == cancel_at
    assert _state(target) == before
    if backend == "file":
        with closing(sqlite3.connect(tmp_path / "programme.esndesk")) as conn:  # what another process sees
            assert conn.execute("SELECT * FROM person ORDER BY id").fetchall() == before["person"]
        # Only the first import's undo copy exists: a cancelled import leaves no copy of personal data.
        assert len(list((tmp_path / "backups" / "import-snapshots").rglob("*.esndesk"))) == 1
        assert target.imports.history()[0].can_undo
    # The same plan still applies afterwards.
    target.imports.apply(plan, today=DAY)
    assert _person(target, "00101")["job_title"] == "PDG" and _person(target, "00103")["status"] == "left"


def test_progress_is_reported_while_applying(tmp_path: Path, store: Store) -> None:
    seen: list[tuple[int, int, str]] = []
    plan = store.imports.plan(_xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    store.imports.apply(plan, progress=lambda done, total, what: seen.append((done, total, what)))
    assert seen and seen[-1] == (3, 3, "Saving…")
    assert all(total == 3 for _, total, _ in seen)


@pytest.mark.parametrize("backend", ["memory", "file"])
def test_undo_restores_the_programme_as_it_was_before_the_import(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    target: Store = request.getfixturevalue("store" if backend == "memory" else "file_store")
    _, first = _import(target, _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM))
    before = _state(target)
    changed = [row[:] for row in TEAM[:2]]
    changed[0][4] = "PDG"
    _, second = _import(
        target,
        _xlsx(tmp_path, "b.xlsx", HEADERS, [*changed, ["00109", "Neuf", "N", "n@x.fr", "", "", ""]]),
        ImportOptions(full=True),
    )
    assert _state(target)["person"] != before["person"]
    history = target.imports.history()
    assert [(h.id, h.can_undo) for h in history] == [(second, True), (first, False)]
    with pytest.raises(UserError, match=f"Import #{first} can no longer be undone: only the latest import"):
        target.imports.undo(first)
    target.imports.undo(second)
    after = _state(target)
    assert after["person"] == before["person"]
    assert after["person_change"] == before["person_change"]
    assert after["import_mapping"] == before["import_mapping"]
    runs = target.imports.history()
    assert [(h.id, h.status, h.can_undo) for h in runs] == [(second, "undone", False), (first, "done", False)]
    assert runs[0].created == 1 and runs[0].left == 1  # what the undone import had done stays visible
    with pytest.raises(UserError, match=f"Import #{second} has already been undone"):
        target.imports.undo(second)
    with pytest.raises(UserError, match="There is no import #99"):
        target.imports.undo(99)
    assert not list((tmp_path / "backups" / "import-snapshots").rglob("*.esndesk"))  # copy deleted
    if backend == "file":  # the restored state is what is on disk
        target.close()
        reopened = open_store(tmp_path / "programme.esndesk", backup_dir=tmp_path / "backups")
        try:
            assert _state(reopened)["person"] == before["person"]
            assert reopened.imports.history()[0].status == "undone"
        finally:
            reopened.close()


def test_history_lists_every_run_newest_first_with_its_counts(tmp_path: Path, store: Store) -> None:
    _, first = _import(store, hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    _, second = _import(
        store,
        _xlsx(tmp_path, "partiel.xlsx", HEADERS, [["00101", "Vasseur", "Claire"]]),
        ImportOptions(full=True),
    )
    runs = store.imports.history()
    assert [r.id for r in runs] == [second, first]
    latest, oldest = runs
    assert (oldest.file_name, oldest.sheet, oldest.header_row, oldest.full_extract) == (
        "effectifs.xlsx",
        "Effectifs",
        4,
        False,
    )
    assert (
        oldest.created,
        oldest.updated,
        oldest.unchanged,
        oldest.left,
        oldest.rejected,
        oldest.warnings,
    ) == (
        4,
        0,
        0,
        0,
        4,
        2,
    )
    assert oldest.mapping["Matricule"] == "employee_id" and oldest.status == "done"
    assert latest.full_extract and latest.left == 3 and latest.unchanged == 0 and latest.updated == 1
    assert datetime.fromisoformat(latest.started_at)


# -- remembered mappings --------------------------------------------------------------------------------
def test_a_mapping_chosen_by_the_user_is_proposed_again_for_the_same_headers(
    tmp_path: Path, store: Store
) -> None:
    headers = ["Code agent", "Patronyme", "Mél", "Cellule"]
    first = _xlsx(tmp_path, "a.xlsx", headers, [["A1", "Durand", "d@x.fr", "RH"]])
    preview = store.imports.inspect(first)
    assert preview.header_row is None  # nothing recognisable: the user maps by hand
    chosen = {0: "employee_id", 1: "last_name", 2: "email", 3: "department"}
    plan = store.imports.plan(first, ImportOptions(header_row=4, mapping=chosen))
    assert store.imports.inspect(first, header_row=4).mapping_origin == "none"  # planning saves nothing
    store.imports.apply(plan)
    # Next month's file: same columns, typed a little differently.
    second = _xlsx(
        tmp_path,
        "b.xlsx",
        ["CODE AGENT", "patronyme", "Mel", "cellule"],
        [["A1", "Durand", "d@x.fr", "Paie"]],
    )
    preview = store.imports.inspect(second, header_row=4)
    assert preview.mapping_origin == "saved" and preview.mapping == chosen
    plan = store.imports.plan(second, ImportOptions(header_row=4))
    assert plan.mapping == chosen
    assert plan.counts["updated"] == 1 and plan.updates[0].changes == {"department": ("RH", "Paie")}


def test_a_saved_mapping_wins_over_the_automatic_one(tmp_path: Path, store: Store) -> None:
    path = _xlsx(tmp_path, "a.xlsx", HEADERS, TEAM)
    assert store.imports.inspect(path).mapping_origin == "automatic"
    custom = {0: "employee_id", 1: "last_name", 2: "first_name", 3: "email"}  # without job, department, site
    _import(store, path, ImportOptions(mapping=custom))
    preview = store.imports.inspect(path)
    assert (preview.mapping_origin, preview.mapping) == ("saved", custom)
    assert store.imports.plan(path).ignored_columns == ["Intitulé de poste", "Direction", "Site"]


# -- the report ------------------------------------------------------------------------------------------
def test_the_json_report_has_the_documented_keys_and_excel_row_numbers(tmp_path: Path, store: Store) -> None:
    path = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    report = store.imports.plan(path).to_json()
    assert set(report) == {
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
    assert report["file"] == str(path) and report["sheet"] == "Effectifs" and report["header_row"] == 4
    assert (report["created"], report["rejected"]) == (4, 4)
    assert [e["row"] for e in report["errors"]] == [7, 10, 11, 13]
    assert set(report["errors"][0]) == {"row", "column", "value", "message"}
    assert [w["row"] for w in report["warnings"]] == [9, 12]
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report


def test_rejected_rows_keep_the_original_cells_and_a_reason(tmp_path: Path, store: Store) -> None:
    plan = store.imports.plan(hr_files.french_extract(tmp_path / "effectifs.xlsx"))
    number, cells, reason = plan.rejected_rows[0]
    assert number == 7 and cells[3] == "zoe.martin@aurore"
    assert reason.startswith("Adresse e-mail (D): Not a valid email address")


def test_column_letters_follow_excel() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_the_first_visible_sheet_with_a_header_row_is_chosen(tmp_path: Path, store: Store) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notes"
    notes["A1"] = "Lisez-moi : extraction du 02/11"
    people = wb.create_sheet("Salariés")
    people.append(HEADERS)
    for row in TEAM:
        people.append(row)
    path = tmp_path / "classeur.xlsx"
    wb.save(path)
    assert store.imports.inspect(path).sheet == "Salariés"
    assert store.imports.plan(path).counts["created"] == 3
    with pytest.raises(ReadError, match="No header row found"):
        store.imports.plan(path, ImportOptions(sheet="Notes"))
    with pytest.raises(ReadError, match=r"classeur\.xlsx has no sheet named “Paie”"):
        store.imports.plan(path, ImportOptions(sheet="Paie"))
