"""Backups: verified backup-API copies, rotation schedule, restore into the open programme, CLI."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from esn_desk import cli
from esn_desk.core import backups as backups_module
from esn_desk.core.backups import Backup, BackupService, select_survivors
from esn_desk.core.errors import DatabaseError
from esn_desk.core.store import Store, open_store


def _add(store: Store, email: str) -> None:
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO person (email, full_name, first_seen, last_seen) "
            "VALUES (?, ?, '2024-01-01', '2024-01-01')",
            (email, email.split("@")[0]),
        )


def _emails(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT email FROM person ORDER BY email")]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "prog.esndesk", backup_dir=tmp_path / "backups")
    _add(s, "ada@example.com")
    _add(s, "bob@example.com")
    yield s
    s.close()


def test_backup_is_an_exact_verified_private_copy(store: Store, tmp_path: Path) -> None:
    b = store.backups.backup("manual")
    assert b.path.parent == backups_module.folder_for(tmp_path / "backups", tmp_path / "prog.esndesk")
    assert b.path.parent.name.startswith("prog-")
    assert b.path.name.startswith("prog.") and b.path.name.endswith(".manual.esndesk")
    assert b.reason == "manual" and b.size == b.path.stat().st_size
    assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
    assert not Path(str(b.path) + "-wal").exists()
    copy = sqlite3.connect(b.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with store.db.read() as conn:
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                q = f'SELECT * FROM "{table}"'
                assert sorted(map(repr, copy.execute(q))) == sorted(map(repr, conn.execute(q))), table
            assert (
                copy.execute("PRAGMA user_version").fetchone()
                == conn.execute("PRAGMA user_version").fetchone()
            )
        assert _emails(copy) == ["ada@example.com", "bob@example.com"]
    finally:
        copy.close()
    listed = store.backups.backups()
    assert [x.path for x in listed] == [b.path] and listed[0].reason == "manual"


def test_backups_are_listed_newest_first_and_reasons_are_checked(store: Store) -> None:
    t = datetime(2026, 3, 1, 12, 0, 0)
    first = store.backups.backup("open", now=t)
    second = store.backups.backup("auto", now=t + timedelta(minutes=30))
    same_second = store.backups.backup("before-import", now=t + timedelta(minutes=30))
    assert same_second.path != second.path
    listed = store.backups.backups()
    assert {x.path for x in listed[:2]} == {second.path, same_second.path}
    assert listed[2].path == first.path and listed[2].taken_at == t and listed[2].reason == "open"
    with pytest.raises(ValueError):
        store.backups.backup("whenever")


def test_a_copy_failing_its_integrity_check_is_deleted(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups_module, "_integrity_error", lambda conn: "page 3: corrupt")
    with pytest.raises(DatabaseError, match="failed its integrity check"):
        store.backups.backup("manual")
    assert not list(store.backups.folder.glob("*.esndesk"))


def test_backup_to_a_chosen_file(store: Store, tmp_path: Path) -> None:
    out = store.backups.backup_to(tmp_path / "mine.esndesk")
    conn = sqlite3.connect(out)
    assert _emails(conn) == ["ada@example.com", "bob@example.com"]
    conn.close()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(DatabaseError, match="already exists"):
        store.backups.backup_to(out)
    with pytest.raises(DatabaseError, match="programme itself"):
        store.backups.backup_to(tmp_path / "prog.esndesk")
    assert store.backups.backups() == []  # outside the rotated folder


def test_changed_since_last_backup(store: Store) -> None:
    assert store.backups.changed_since_last_backup()  # no backup yet
    store.backups.backup("open")
    assert not store.backups.changed_since_last_backup()
    with store.db.write() as conn:  # same row count, same size: an in-place edit
        conn.execute("UPDATE person SET full_name = 'Adb' WHERE email = 'ada@example.com'")
    assert store.backups.changed_since_last_backup()
    store.backups.backup("auto")
    assert not store.backups.changed_since_last_backup()
    other = store.db.connect()
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()
    assert not store.backups.changed_since_last_backup()  # files changed, data did not


def _synthetic(times: dict[str, datetime]) -> list[Backup]:
    return [Backup(Path(name), t, "auto", 1) for name, t in times.items()]


def test_rotation_keeps_the_documented_schedule() -> None:
    now = datetime(2026, 6, 15, 12, 0)  # a Monday
    h, d = timedelta(hours=1), timedelta(days=1)
    times = {
        "a-now": now,
        "b-3h": now - 3 * h,
        "c-11h": now - 11 * h,  # within 24 h: every one kept
        "d-25h": now - 25 * h,  # 14 June 11:00, newest of that day
        "e-26h": now - 26 * h,  # 14 June 10:00: same day, older -> deleted
        "f-3d-9": now - 3 * d - 3 * h,  # 12 June 09:00
        "g-3d-8": now - 3 * d - 4 * h,  # 12 June 08:00 -> deleted
        "h-10d": now - 10 * d,  # 5 June (week 23), newest of its week
        "i-11d": now - 11 * d,  # 4 June, same week -> deleted
        "j-20d": now - 20 * d,  # 26 May (week 22)
        "k-50d": now - 50 * d,  # 26 April: newest of April (May's is j)
        "l-55d": now - 55 * d,  # 21 April -> deleted
        "m-100d": now - 100 * d,  # 7 March: newest of March
        "n-101d": now - 101 * d,  # 6 March -> deleted
        "o-200d": now - 200 * d,  # November 2025: beyond 6 months -> deleted
    }
    keep = select_survivors(_synthetic(times), now)
    assert sorted(str(p) for p in keep) == [
        "a-now",
        "b-3h",
        "c-11h",
        "d-25h",
        "f-3d-9",
        "h-10d",
        "j-20d",
        "k-50d",
        "m-100d",
    ]
    # an untouched programme keeps its newest backup however old
    old = {"x": now - 400 * d, "y": now - 500 * d}
    assert {str(p) for p in select_survivors(_synthetic(old), now)} == {"x"}


def test_rotate_deletes_files_and_reports_them(store: Store) -> None:
    now = datetime(2026, 6, 15, 12, 0)
    gone = store.backups.backup("auto", now=now - timedelta(hours=26))  # each backup rotates too
    kept = store.backups.backup("auto", now=now - timedelta(hours=25))
    fresh = store.backups.backup("manual", now=now - timedelta(hours=2))
    assert gone.path.exists()
    deleted = store.backups.rotate(now=now)
    assert [b.path for b in deleted] == [gone.path]
    assert not gone.path.exists() and kept.path.exists() and fresh.path.exists()
    assert gone.path.name not in store.backups._read_index()


def test_restore_puts_the_data_back_and_keeps_a_safety_backup(store: Store) -> None:
    good = store.backups.backup("manual", now=datetime.now() - timedelta(minutes=5))
    _add(store, "eve@example.com")
    with store.db.write() as conn:
        conn.execute("DELETE FROM person WHERE email = 'ada@example.com'")
    with store.db.read() as conn:  # an already-open connection must see the restored content
        assert _emails(conn) == ["bob@example.com", "eve@example.com"]
    safety = store.backups.restore(good.path)
    with store.db.read() as conn:
        assert _emails(conn) == ["ada@example.com", "bob@example.com"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert safety.reason == "before-restore" and safety.path.exists()
    copy = sqlite3.connect(safety.path)
    assert _emails(copy) == ["bob@example.com", "eve@example.com"]
    copy.close()
    assert store.backups.changed_since_last_backup()  # the newest backup is `safety`, not `good`
    assert store.path is not None and stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_restore_survives_a_reopen(tmp_path: Path) -> None:
    s = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "b")
    _add(s, "ada@example.com")
    good = s.backups.backup("manual")
    _add(s, "zed@example.com")
    s.backups.restore(good.path)
    s.close()
    again = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "b")
    with again.db.read() as conn:
        assert _emails(conn) == ["ada@example.com"]
    again.close()


def _damaged_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):  # scribble over b-tree pages, keep the header
        data[i] = 0xA5
    target.write_bytes(bytes(data))
    return target


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


def _newer(store: Store, path: Path) -> Path:
    store.backups.backup_to(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["damaged", "foreign", "newer", "text", "missing"])
def test_a_bad_file_is_refused_before_anything_changes(store: Store, tmp_path: Path, kind: str) -> None:
    good = store.backups.backup_to(tmp_path / "good.esndesk")
    bad = tmp_path / "nope.esndesk"
    if kind == "damaged":
        bad = _damaged_copy(good, tmp_path / "bad.esndesk")
    elif kind == "foreign":
        bad = _foreign(tmp_path / "other.db")
    elif kind == "newer":
        bad = _newer(store, tmp_path / "newer.esndesk")
    elif kind == "text":
        bad.write_text("hello")
    assert store.path is not None
    before = store.path.read_bytes()
    with pytest.raises(DatabaseError):
        store.backups.restore(bad)
    assert store.backups.backups() == []  # no safety backup either: nothing happened
    with store.db.read() as conn:
        assert _emails(conn) == ["ada@example.com", "bob@example.com"]
    assert store.path is not None and store.path.read_bytes() == before


def test_backup_of_an_in_memory_programme(tmp_path: Path) -> None:
    s = open_store(":memory:", backup_dir=tmp_path / "b")
    _add(s, "ada@example.com")
    b = s.backups.backup("manual")
    assert b.path.parent.name == "in-memory"
    _add(s, "bob@example.com")
    s.backups.restore(b.path)
    with s.db.read() as conn:
        assert _emails(conn) == ["ada@example.com"]
    s.close()


def test_service_on_its_own(tmp_path: Path) -> None:
    s = open_store(tmp_path / "x.esndesk", backup_dir=tmp_path / "unused")
    service = BackupService(s.db, tmp_path / "elsewhere")
    assert service.backup("open").path.parent == backups_module.folder_for(
        tmp_path / "elsewhere", tmp_path / "x.esndesk"
    )
    s.close()


# ----------------------------------------------------------------------------- CLI


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = tmp_path / "cli.esndesk"
    s = open_store(prog)
    _add(s, "ada@example.com")
    s.close()
    assert cli.main(["--db", str(prog), "backup"]) == 0
    into_folder = Path(capsys.readouterr().out.strip())
    assert into_folder.exists() and into_folder.name.endswith(".manual.esndesk")
    assert into_folder.parent.name.startswith("cli-")
    out = tmp_path / "chosen.esndesk"
    assert cli.main(["--db", str(prog), "backup", str(out)]) == 0
    assert Path(capsys.readouterr().out.strip()) == out and out.exists()
    assert cli.main(["--db", str(prog), "backup", str(out)]) == 2  # exists already
    assert "already exists" in capsys.readouterr().err

    s = open_store(prog)
    _add(s, "zed@example.com")
    s.close()
    assert cli.main(["--db", str(prog), "restore", str(out)]) == 0
    assert "previous state is in" in capsys.readouterr().out
    conn = sqlite3.connect(prog)
    assert _emails(conn) == ["ada@example.com"]
    conn.close()


@pytest.mark.parametrize("kind", ["damaged", "foreign", "text"])
def test_cli_restore_refuses_a_bad_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    prog = tmp_path / "cli.esndesk"
    s = open_store(prog)
    _add(s, "ada@example.com")
    good = s.backups.backup_to(tmp_path / "good.esndesk")
    s.close()
    if kind == "damaged":
        bad = _damaged_copy(good, tmp_path / "bad.esndesk")
    elif kind == "foreign":
        bad = _foreign(tmp_path / "other.db")
    else:
        bad = tmp_path / "notes.esndesk"
        bad.write_text("not a database")
    before = prog.read_bytes()
    assert cli.main(["--db", str(prog), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and bad.name in err
    assert prog.read_bytes() == before


def test_backup_files_are_private_on_posix(store: Store) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    b = store.backups.backup("auto")
    index = b.path.parent / "index.json"
    assert stat.S_IMODE(index.stat().st_mode) == 0o600


def test_latest_good_backup_skips_damaged_copies_and_recovery_keeps_the_damaged_file(
    store: Store, tmp_path: Path
) -> None:
    good = store.backups.backup("auto", now=datetime.now() - timedelta(hours=1))
    newer = store.backups.folder / "prog.29990101-000000.manual.esndesk"
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # damaged: skipped
    programme = tmp_path / "prog.esndesk"
    found = backups_module.latest_good_backup(tmp_path / "backups", programme)
    assert found is not None and found.path == good.path
    assert backups_module.latest_good_backup(tmp_path / "backups", tmp_path / "other.esndesk") is None
    store.close()
    original = programme.read_bytes()
    aside = backups_module.recover_from_backup(programme, good.path, now=datetime(2026, 11, 26, 9, 30))
    assert aside.name == "prog.damaged-20261126-093000.esndesk"
    assert aside.read_bytes() == original  # renamed, not rewritten
    assert not Path(f"{programme}-wal").exists() or Path(f"{aside}-wal").exists()
    reopened = open_store(programme, backup_dir=tmp_path / "backups")
    try:
        with reopened.db.read() as conn:
            assert _emails(conn) == ["ada@example.com", "bob@example.com"]
    finally:
        reopened.close()
    # A second recovery in the same second does not overwrite the first damaged copy.
    again = backups_module.recover_from_backup(programme, good.path, now=datetime(2026, 11, 26, 9, 30))
    assert again.name == "prog.damaged-20261126-093000-2.esndesk" and aside.exists()


def test_recovery_from_a_bad_backup_changes_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.esndesk"
    bad.write_bytes(b"not a database")
    store.close()
    programme = tmp_path / "prog.esndesk"
    before = programme.read_bytes()
    with pytest.raises(DatabaseError):
        backups_module.recover_from_backup(programme, bad)
    assert programme.read_bytes() == before and not list(tmp_path.glob("prog.damaged-*"))


def test_programmes_with_the_same_name_in_two_folders_keep_their_backups_apart(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = open_store(tmp_path / "a" / "programme.esndesk", backup_dir=tmp_path / "backups")
    second = open_store(tmp_path / "b" / "programme.esndesk", backup_dir=tmp_path / "backups")
    try:
        _add(first, "ada@example.com")
        made = first.backups.backup("manual")
        assert [b.path for b in first.backups.backups()] == [made.path]
        assert second.backups.backups() == []  # nothing of the other programme to restore by mistake
        assert (
            backups_module.latest_good_backup(tmp_path / "backups", tmp_path / "b" / "programme.esndesk")
            is None
        )
        found = backups_module.latest_good_backup(tmp_path / "backups", tmp_path / "a" / "programme.esndesk")
        assert found is not None and found.path == made.path
    finally:
        first.close()
        second.close()
