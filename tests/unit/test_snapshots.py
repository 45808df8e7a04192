"""Undo snapshots of imports: each programme keeps them in a folder of its own
(``<backups>/import-snapshots/<key>/``), and opening it for writing deletes the files in that folder no
import refers to — what a process killed just before an import's COMMIT leaves (see
tests/unit/test_crash_safety.py for the real kill)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from esn_desk.core.importing.service import snapshot_folder, snapshot_key
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store, open_store
from tests.support import hr_files


def _programme_with_an_import(path: Path, backups: Path) -> Path:
    """A closed programme whose latest import can be undone; returns that import's snapshot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path, backup_dir=backups)
    try:
        store.imports.apply(store.imports.plan(hr_files.french_extract(path.parent / "extract.xlsx")))
        (record,) = store.imports.history()
        assert record.can_undo
        with store.db.read() as conn:
            (snapshot,) = conn.execute(
                "SELECT snapshot FROM import_run WHERE id = ?", (record.id,)
            ).fetchone()
    finally:
        store.close()
    return Path(snapshot)


def _orphan(folder: Path, name: str = "programme.before-import.20260101-000000-000001.esndesk") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    orphan = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{orphan}{suffix}").write_bytes(b"a copy of everyone")
    return orphan


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_each_programme_has_its_own_folder_named_after_its_path(tmp_path: Path) -> None:
    path = tmp_path / "programme.esndesk"
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    assert snapshot_key(path) == key
    assert snapshot_key(tmp_path / "." / "programme.esndesk") == key  # resolved
    assert snapshot_folder(tmp_path / "snaps", path) == tmp_path / "snaps" / key
    assert snapshot_folder(tmp_path / "snaps", None) == tmp_path / "snaps"  # in memory: as before

    snapshot = _programme_with_an_import(path, tmp_path / "backups")
    assert snapshot.parent == tmp_path / "backups" / "import-snapshots" / key
    assert snapshot.is_absolute() and snapshot.is_file()


def test_opening_for_writing_deletes_the_snapshots_no_import_refers_to(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    path = tmp_path / "a" / "programme.esndesk"
    kept = _programme_with_an_import(path, backups)
    folder = kept.parent
    orphan = _orphan(folder)
    lone_wal = folder / "programme.before-import.20260101-000000-000002.esndesk-wal"
    lone_wal.write_bytes(b"")
    (folder / "not-a-snapshot").mkdir()  # folders are left alone

    # The same file name in another folder is another programme: its snapshots are its own.
    other_path = tmp_path / "b" / "programme.esndesk"
    other_kept = _programme_with_an_import(other_path, backups)
    other_orphan = _orphan(other_kept.parent, orphan.name)
    assert other_kept.parent != folder
    # Snapshots an earlier version wrote directly in import-snapshots/ are never touched.
    legacy = _orphan(backups / "import-snapshots", "old.before-import.20250101-000000-000001.esndesk")

    read_only = open_store(path, read_only=True, backup_dir=backups)
    read_only.close()
    assert orphan.exists()  # a read-only window deletes nothing (another window may be importing)

    store = open_store(path, backup_dir=backups)
    try:
        assert _files(folder) == {kept.name, "not-a-snapshot"}
        assert store.imports.history()[0].can_undo
        store.imports.undo(store.imports.history()[0].id)
        assert _files(folder) == {"not-a-snapshot"}
    finally:
        store.close()
    assert _files(other_kept.parent) == {
        other_kept.name,
        *(f"{other_orphan.name}{s}" for s in ("", "-wal", "-shm")),
    }
    assert legacy.exists() and Path(f"{legacy}-wal").exists()

    store = open_store(other_path, backup_dir=backups)
    store.close()
    assert _files(other_kept.parent) == {other_kept.name}
    assert legacy.exists()


def test_a_snapshot_taken_by_an_earlier_version_still_undoes_and_is_erased(tmp_path: Path) -> None:
    """Before the per-programme folders, snapshots lay in import-snapshots/ itself: import_run holds
    their absolute path, so undo and erasure still find them, and the sweep leaves them alone."""
    backups = tmp_path / "backups"
    path = tmp_path / "programme.esndesk"
    for action in ("undo", "erase"):
        path.unlink(missing_ok=True)
        snapshot = _programme_with_an_import(path, backups)
        legacy = backups / "import-snapshots" / snapshot.name
        snapshot.rename(legacy)
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE import_run SET snapshot = ?", (str(legacy),))
        store: Store = open_store(path, backup_dir=backups)
        try:
            (record,) = store.imports.history()
            assert record.can_undo and legacy.exists()
            if action == "undo":
                store.imports.undo(record.id)
                assert store.people.count() == 0
            else:
                report = store.privacy.erase(store.people.match_ids(DirectoryQuery())[0])
                assert report.undo_snapshot_deleted
        finally:
            store.close()
        assert not legacy.exists()


def test_an_in_memory_programme_sweeps_nothing(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    orphan = _orphan(backups / "import-snapshots")
    store = open_store(":memory:", backup_dir=backups)
    try:
        assert store.imports.sweep_orphan_snapshots() == []
        store.imports.apply(store.imports.plan(hr_files.french_extract(tmp_path / "extract.xlsx")))
        assert store.imports.history()[0].can_undo
    finally:
        store.close()
    assert orphan.exists()
