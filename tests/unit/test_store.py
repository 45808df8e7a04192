"""Opening programme files: pragmas, identity checks, permissions, and refusing foreign files."""

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from esn_desk.core import db
from esn_desk.core.errors import DatabaseError
from esn_desk.core.migrations import LATEST
from esn_desk.core.store import open_store


def test_new_file_is_created_with_durable_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "p.esndesk"
    store = open_store(path)
    with store.db.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_programme_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "p.esndesk"
    open_store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_sqlalchemy_engine_sees_the_same_data_for_sqlmodel_sessions(tmp_path: Path) -> None:
    from sqlmodel import Session, select

    from esn_desk.core.models import Person

    for target in (tmp_path / "p.esndesk", ":memory:"):
        store = open_store(target)
        store.people.insert_many([{"last_name": "Durand", "email": "d@x.fr"}], source="t")
        with Session(store.db.engine) as session:
            person = session.exec(select(Person)).one()
            assert person.last_name == "Durand" and person.sort_key == "durand"
            person.job_title = "Comptable"
            session.add(person)
            session.commit()
            person_id = person.id or 0
        assert store.people.rows([person_id])[person_id][3] == "Comptable"
        store.close()


def test_writes_roll_back_on_error() -> None:
    store = open_store(":memory:")
    with pytest.raises(RuntimeError), store.db.write() as conn:
        conn.execute("INSERT INTO setting VALUES ('a', '1')")
        raise RuntimeError("interrupted")
    assert store.settings.load() == store.settings.load()
    with store.db.read() as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone()[0] == 0


def test_a_text_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.esndesk"
    path.write_text("hello, this is not a database")
    with pytest.raises(DatabaseError, match="not an ESN Desk programme file"):
        open_store(path)
    assert path.read_text() == "hello, this is not a database"


def test_someone_elses_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an ESN Desk programme"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.esndesk"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(DatabaseError, match="newer version of ESN Desk"):
        open_store(path)


def test_missing_folder_and_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_store(tmp_path / "nope" / "p.esndesk")
    with pytest.raises(DatabaseError, match="no programme file"):
        open_store(tmp_path / "p.esndesk", create=False)


def test_a_truncated_database_gets_a_clear_message(tmp_path: Path) -> None:
    good = tmp_path / "good.esndesk"
    store = open_store(good)
    store.people.insert_many([{"last_name": f"P{i}", "email": f"p{i}@x.fr"} for i in range(3000)], source="t")
    store.close()
    damaged = tmp_path / "damaged.esndesk"
    damaged.write_bytes(good.read_bytes()[:5000] + b"\x00" * 300)
    with pytest.raises(DatabaseError):
        s = open_store(damaged)
        s.people.count()


def test_backup_to_makes_a_consistent_copy(tmp_path: Path) -> None:
    path = tmp_path / "p.esndesk"
    store = open_store(path)
    store.people.insert_many([{"last_name": "Durand", "email": "d@x.fr"}], source="t")
    copy = db.backup_to(path, tmp_path / "copy" / "b.esndesk")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT last_name FROM person").fetchall() == [("Durand",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store.close()
