"""Safety nets around imports: full extracts that would empty the directory, duplicates across key
kinds, private addresses, control characters, and no copy of personal data left behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desk import cli
from esn_desk.core.errors import UserError
from esn_desk.core.importing.fields import match_field
from esn_desk.core.importing.service import ImportCancelled, ImportOptions
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store, open_store
from tests.support import hr_files


@pytest.fixture(params=["memory", "file"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    target = ":memory:" if request.param == "memory" else tmp_path / "p.esndesk"
    s = open_store(target, backup_dir=tmp_path / "backups")
    yield s
    s.close()


def snapshots(tmp_path: Path) -> list[Path]:
    """The undo snapshot files (and companions) in every snapshot folder."""
    return sorted(p for p in (tmp_path / "backups" / "import-snapshots").rglob("*") if p.is_file())


def test_a_full_extract_with_no_importable_row_is_refused(store: Store, tmp_path: Path) -> None:
    good = hr_files.write_xlsx(tmp_path / "a.xlsx", ["Matricule", "Nom"], [["1", "Durand"], ["2", "Petit"]])
    store.imports.apply(store.imports.plan(good))
    only_header = hr_files.write_xlsx(tmp_path / "b.xlsx", ["Matricule", "Nom"], [[None, "Sans matricule"]])
    with pytest.raises(UserError, match="mark everyone in the directory as having left"):
        store.imports.plan(only_header, ImportOptions(full=True))
    assert store.people.count() == 2


def test_a_full_extract_missing_most_people_carries_a_warning(store: Store, tmp_path: Path) -> None:
    rows = [[str(i), f"Nom{i}"] for i in range(20)]
    store.imports.apply(
        store.imports.plan(hr_files.write_xlsx(tmp_path / "a.xlsx", ["Matricule", "Nom"], rows))
    )
    small = hr_files.write_xlsx(tmp_path / "b.xlsx", ["Matricule", "Nom"], rows[:3])
    plan = store.imports.plan(small, ImportOptions(full=True))
    assert plan.counts["left"] == 17
    assert any("17 of the 20 active people" in w.message for w in plan.warnings)


def test_an_id_keyed_file_recognises_people_first_imported_by_email(store: Store, tmp_path: Path) -> None:
    by_email = hr_files.write_xlsx(tmp_path / "a.xlsx", ["Email", "Nom"], [["anne@x.fr", "Durand"]])
    store.imports.apply(store.imports.plan(by_email))
    by_id = hr_files.write_xlsx(
        tmp_path / "b.xlsx", ["Matricule", "Email", "Nom"], [["007", "anne@x.fr", "Durand"]]
    )
    plan = store.imports.plan(by_id)
    assert plan.counts["created"] == 0 and plan.counts["updated"] == 1
    assert plan.updates[0].changes == {"employee_id": (None, "007")}
    store.imports.apply(plan)
    assert store.people.count() == 1


@pytest.mark.parametrize(
    "header", ["Email perso", "E-mail personnel", "Adresse mail privée", "Téléphone domicile"]
)
def test_private_addresses_are_never_mapped_automatically(header: str) -> None:
    assert match_field(header) is None
    assert match_field("Personnel number") == "employee_id"


def test_control_characters_are_removed_from_values(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    filler = "".join(f"{i};Nom{i};P\n" for i in range(100, 1100))  # a NUL past the first 8 KB is read
    path.write_text(f"Matricule;Nom;Prénom\n{filler}1;Du\x00rand;An\x07ne\n", encoding="utf-8")
    store.imports.apply(store.imports.plan(path))
    detail = store.people.detail(store.people.match_ids(DirectoryQuery(text="durand"))[0])
    assert detail is not None and detail.fields["full_name"] == "Anne Durand"


def test_a_cancelled_import_leaves_no_snapshot_behind(store: Store, tmp_path: Path) -> None:
    path = hr_files.french_extract(tmp_path / "a.xlsx")
    plan = store.imports.plan(path)
    calls = iter(range(100))
    with pytest.raises(ImportCancelled):
        store.imports.apply(plan, cancelled=lambda: next(calls) >= 2)
    assert snapshots(tmp_path) == []
    run = store.imports.apply(plan)
    assert len(snapshots(tmp_path)) == 1
    store.imports.undo(run)
    assert snapshots(tmp_path) == []  # the snapshot and its -wal/-shm companions are gone


def test_the_cli_does_not_create_a_programme_for_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "extract.xlsx"
    bad.write_bytes(b"%PDF-1.7")
    target = tmp_path / "typo.esndesk"
    assert cli.main(["--db", str(target), "import", str(bad)]) == 2
    assert "PDF" in capsys.readouterr().err
    assert not target.exists()
