"""Every past schema upgrades to the newest one, keeps its data, and is backed up first."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

import esn_desk.core.models  # noqa: F401 - registers the tables on SQLModel.metadata
from esn_desk.core import migrations
from esn_desk.core.migrations import LATEST, STEPS, Step
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import open_store
from tests.conftest import FIXTURES

FIXTURE_FILES = sorted(FIXTURES.glob("schema_v*.esndesk"))


def _schema(path: Path) -> dict[str, list[tuple[str, str, int, object]]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    out = {t: [(c[1], c[2], c[3], c[4]) for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    out["indexes"] = sorted(
        (r[0], r[1] or "")
        for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")
    )  # type: ignore[assignment]
    conn.close()
    return out


def test_there_is_a_fixture_for_every_past_schema() -> None:
    assert [int(p.stem.split("_v")[1]) for p in FIXTURE_FILES] == [s.version for s in STEPS]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_upgrades_to_the_newest_schema_and_keeps_its_people(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    fresh = tmp_path / "fresh.esndesk"
    open_store(fresh).close()

    store = open_store(copy, backup_dir=tmp_path / "backups")
    rows = store.people.rows(store.people.match_ids(DirectoryQuery(text="therese")))
    assert [r[0] for r in rows.values()] == ["Thérèse Lœuvre"]
    assert store.people.count() == 3
    assert store.settings.load().programme_name == "Fixture programme"
    store.close()
    assert _schema(copy) == _schema(fresh)


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    path = tmp_path / "p.esndesk"
    open_store(path).close()
    schema = _schema(path)
    for table in SQLModel.metadata.sorted_tables:
        assert table.name in schema, f"model {table.name} has no table"
        assert sorted(c.name for c in table.columns) == sorted(c[0] for c in schema[table.name])


def test_a_migration_backs_the_file_up_first_and_rolls_back_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "old.esndesk"
    shutil.copy(FIXTURES / "schema_v1.esndesk", copy)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE person ADD COLUMN badge TEXT")
        raise RuntimeError("power cut in the middle of a migration")

    monkeypatch.setattr(migrations, "STEPS", (*STEPS, Step(LATEST + 1, "broken", broken)))
    monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
    with pytest.raises(RuntimeError):
        open_store(copy, backup_dir=tmp_path / "backups")
    backups = list((tmp_path / "backups").glob("old-*/old.*.before-migration.esndesk"))
    assert len(backups) == 1
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert "badge" not in [c[1] for c in conn.execute("PRAGMA table_info(person)")]
    conn.close()
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    conn.close()
