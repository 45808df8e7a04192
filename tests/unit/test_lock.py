"""One writer per programme file, read-only opening, and the safety backups before risky operations."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from esn_desk import cli
from esn_desk.core import lock as lock_module
from esn_desk.core.backups import content_fingerprint
from esn_desk.core.errors import DatabaseError, ReadOnlyError
from esn_desk.core.lock import ProgrammeInUse, ProgrammeLock, holder_of
from esn_desk.core.store import open_store
from tests.support.hr_files import write_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _add(store: object, email: str) -> None:
    with store.db.write() as conn:  # type: ignore[attr-defined]
        conn.execute(
            "INSERT INTO person (email, full_name, first_seen, last_seen) "
            "VALUES (?, ?, '2024-01-01', '2024-01-01')",
            (email, email.split("@")[0]),
        )


def test_a_second_window_on_the_same_file_is_told_who_has_it(tmp_path: Path) -> None:
    path = tmp_path / "prog.esndesk"
    first = open_store(path, backup_dir=tmp_path / "b")
    try:
        with pytest.raises(ProgrammeInUse) as caught:
            open_store(path, backup_dir=tmp_path / "b")
        message = str(caught.value)
        assert "prog.esndesk is already open in ESN Desk" in message
        assert f"process {os.getpid()} on this computer" in message
        assert "read-only" in message
        holder = holder_of(path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        first.close()
    assert holder_of(path) is None
    assert not lock_module.lock_path(path).exists()  # released and removed on close
    open_store(path, backup_dir=tmp_path / "b").close()  # free again


def test_a_crashed_holder_never_leaves_the_file_locked(tmp_path: Path) -> None:
    path = tmp_path / "prog.esndesk"
    open_store(path, backup_dir=tmp_path / "b").close()
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from esn_desk.core.store import open_store\n"
        "s = open_store(Path(sys.argv[1]), backup_dir=Path(sys.argv[2]))\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path), str(tmp_path / "b")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(ProgrammeInUse, match=f"process {child.pid}"):
            open_store(path, backup_dir=tmp_path / "b")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert lock_module.lock_path(path).exists()  # the crash left the file behind…
    reopened = open_store(path, backup_dir=tmp_path / "b")  # …but not the lock
    reopened.close()


def test_read_only_reads_everything_and_refuses_every_write(tmp_path: Path) -> None:
    path = tmp_path / "prog.esndesk"
    writer = open_store(path, backup_dir=tmp_path / "b")
    _add(writer, "ada@example.com")
    try:
        with writer.db.read() as conn:
            before = content_fingerprint(conn)
        reader = open_store(path, read_only=True, backup_dir=tmp_path / "b")
        try:
            assert reader.read_only and not writer.read_only
            assert reader.people.count() == 1
            with pytest.raises(ReadOnlyError, match="open read-only in this window"):
                _add(reader, "bob@example.com")
            with pytest.raises(ReadOnlyError):
                reader.settings.save(reader.settings.load())
            _add(writer, "cy@example.com")  # the writer's changes are visible to the reader
            assert reader.people.count() == 2
        finally:
            reader.close()
        with writer.db.read() as conn:
            assert content_fingerprint(conn) != before  # (cy was added by the writer)
            emails = [r[0] for r in conn.execute("SELECT email FROM person ORDER BY email")]
        assert emails == ["ada@example.com", "cy@example.com"]
        assert holder_of(path) is not None  # closing the reader did not release the writer's lock
    finally:
        writer.close()


def test_read_only_refuses_a_file_that_needs_upgrading(tmp_path: Path) -> None:
    old = tmp_path / "old.esndesk"
    shutil.copy(FIXTURES / "schema_v1.esndesk", old)
    with pytest.raises(DatabaseError, match="cannot be done read-only"):
        open_store(old, read_only=True, backup_dir=tmp_path / "b")
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # untouched
    conn.close()


def test_lock_is_reentrant_per_object_and_released_once(tmp_path: Path) -> None:
    programme = tmp_path / "p.esndesk"
    with ProgrammeLock(programme) as held:
        held.acquire()  # no-op when already held
        assert held.held
        with pytest.raises(ProgrammeInUse):
            ProgrammeLock(programme).acquire()
    assert not held.held
    held.release()  # twice is harmless
    ProgrammeLock(programme).acquire()


def test_cli_reads_a_programme_open_in_a_window_and_refuses_to_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prog.esndesk"
    window = open_store(path, backup_dir=tmp_path / "b")
    _add(window, "ada@example.com")
    hr = write_csv(tmp_path / "hr.csv", ["Email", "Nom"], [["zoe@example.com", "Zoé"]])
    try:
        assert cli.main(["--db", str(path), "list", "ambassadors"]) == 0
        assert "reading it read-only" in capsys.readouterr().err
        assert cli.main(["--db", str(path), "import", str(hr)]) == 2
        err = capsys.readouterr().err
        assert "already open in ESN Desk" in err and "Traceback" not in err
        assert window.people.count() == 1
    finally:
        window.close()
    assert cli.main(["--db", str(path), "import", str(hr)]) == 0


# -- safety backups before risky operations ---------------------------------------------------------


def test_an_import_is_preceded_by_a_verified_backup_of_the_state_before(tmp_path: Path) -> None:
    store = open_store(tmp_path / "prog.esndesk", backup_dir=tmp_path / "b")
    try:
        _add(store, "ada@example.com")
        hr = write_csv(tmp_path / "hr.csv", ["Email", "Nom"], [["zoe@example.com", "Zoé"]])
        store.imports.apply(store.imports.plan(hr))
        backups = store.backups.backups()
        assert [b.reason for b in backups] == ["before-import"]
        copy = sqlite3.connect(backups[0].path)
        assert [r[0] for r in copy.execute("SELECT email FROM person")] == ["ada@example.com"]
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copy.close()
    finally:
        store.close()


def test_an_erasure_is_preceded_by_a_backup(tmp_path: Path) -> None:
    store = open_store(tmp_path / "prog.esndesk", backup_dir=tmp_path / "b")
    try:
        _add(store, "ada@example.com")
        store.privacy.erase(store.privacy.find("ada@example.com"))
        assert [b.reason for b in store.backups.backups()] == ["before-erase"]
        assert store.people.count() == 0
    finally:
        store.close()


def test_a_migration_backup_is_listed_with_the_others(tmp_path: Path) -> None:
    old = tmp_path / "old.esndesk"
    shutil.copy(FIXTURES / "schema_v1.esndesk", old)
    store = open_store(old, backup_dir=tmp_path / "b")
    try:
        found = store.backups.backups()
        assert [b.reason for b in found] == ["before-migration"]
        copy = sqlite3.connect(found[0].path)
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        copy.close()
    finally:
        store.close()


def test_the_demo_and_in_memory_programmes_take_no_safety_backups(tmp_path: Path) -> None:
    from esn_desk.core import demo

    store = demo.write_demo(tmp_path / "demo.esndesk", size=40)
    try:
        assert store.backups.backups() == []  # two HR and two usage imports ran
    finally:
        store.close()
    memory = open_store(":memory:", backup_dir=tmp_path / "b")
    try:
        hr = write_csv(tmp_path / "hr.csv", ["Email", "Nom"], [["zoe@example.com", "Zoé"]])
        memory.imports.apply(memory.imports.plan(hr))
        assert not (tmp_path / "b" / "in-memory").exists()
    finally:
        memory.close()
