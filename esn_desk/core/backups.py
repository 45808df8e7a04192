"""Verified backups of a programme, their rotation, and restoring one into the open programme.

Every copy is made with SQLite's online backup API from a second connection (never by copying the
open file, which could catch a half-written page or miss the WAL), then opened and checked with
``PRAGMA integrity_check``; a copy that fails the check is deleted and an error is raised. Copies
are readable by their owner only (0600 on POSIX).

Where: ``<backups folder>/<stem>-<8 hex of its path>/<stem>.<YYYYmmdd-HHMMSS>.<reason>.esndesk`` (see
:func:`folder_for`: two programmes with the same file name in different folders never share). The file
name carries the time and the reason (``open``, ``auto``, ``before-import``, ``before-restore``,
``before-migration``, ``before-erase``, ``manual``); ``index.json`` beside the copies records the
content fingerprint of each one (see :meth:`BackupService.changed_since_last_backup`). There is no
table for backups in the programme itself, so a restore cannot lose the list.

Rotation schedule (applied after every backup written to the folder, by :meth:`BackupService.rotate`):

* every backup of the last 24 hours is kept;
* for the last 7 days, the newest backup of each calendar day;
* for the last 4 weeks (28 days), the newest backup of each ISO week;
* for the last 6 months (this calendar month and the 5 before), the newest backup of each month;
* the newest backup of all is always kept, however old, so an untouched programme keeps one.

Everything else is deleted. A person erased from the programme is therefore gone from every backup
at the latest about 6 months after the erasure (sooner with "purge backups now").
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from esn_desk.core import db, migrations
from esn_desk.core.errors import DatabaseError
from esn_desk.core.i18n import system_problem, translate

log = logging.getLogger(__name__)

REASONS = (
    "open",
    "auto",
    "before-import",
    "before-restore",
    "before-migration",
    "before-erase",
    "manual",
)
SUFFIX = ".esndesk"
INDEX = "index.json"
_STAMP = "%Y%m%d-%H%M%S"
# <stem>.<YYYYmmdd-HHMMSS>[-N].<reason>.esndesk — N only when two backups fall in the same second.
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?P<seq>-\d+)?\.(?P<reason>[a-z-]+)\.esndesk$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _integrity_error(conn: sqlite3.Connection) -> str | None:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:3])


def content_fingerprint(conn: sqlite3.Connection) -> str:
    """SHA-256 of the schema, the schema version and every row of every table.

    Row-level, not file-level: a checkpoint, a VACUUM or a backup copy changes the files but not
    this, and an edit that keeps the file size and the (coarse) mtime still changes it.
    """
    digest = hashlib.sha256()
    digest.update(str(migrations.current_version(conn)).encode())
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for name, sql in tables:
        digest.update(f"\x00{name}\x00{sql}\x00".encode())
        quoted = '"' + str(name).replace('"', '""') + '"'
        for row in conn.execute(f"SELECT * FROM {quoted}"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def verify_file(path: Path) -> int:
    """Check that ``path`` is an undamaged ESN Desk programme this version can read.

    Returns its schema version; raises :class:`DatabaseError` (one clear sentence) otherwise.
    Opens the file read-only: nothing is written to it.
    """
    if not path.is_file():
        raise DatabaseError(translate("Backups", "There is no backup file at {path}.").format(path=path))
    if path.stat().st_size == 0:
        raise DatabaseError(
            translate("Backups", "{file} is empty: it is not an ESN Desk backup.").format(file=path.name)
        )
    db.check_file(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problem = _integrity_error(conn)
            if problem is not None:
                raise DatabaseError(
                    translate("Backups", "{file} is damaged and cannot be restored ({problem}).").format(
                        file=path.name, problem=problem
                    )
                )
            version = migrations.check_identity(conn, path.name)
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if app_id != db.APPLICATION_ID:
                raise DatabaseError(
                    translate(
                        "Backups", "{file} is not an ESN Desk programme: it cannot be restored."
                    ).format(file=path.name)
                )
            return version
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            translate("Backups", "{file} is damaged or not an ESN Desk programme ({problem}).").format(
                file=path.name, problem=system_problem(exc)
            )
        ) from exc


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Backup-API copy of ``source`` into a new file ``target``, verified, 0600; deleted on failure."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        dst = sqlite3.connect(target)
        try:
            source.backup(dst)
            # A standalone file: no -wal beside it, whatever the source's journal mode.
            dst.execute("PRAGMA journal_mode = DELETE")
            problem = _integrity_error(dst)
        finally:
            dst.close()
        db.restrict_permissions(target)
        if problem is not None:
            raise DatabaseError(
                translate("Backups", "The backup {file} failed its integrity check ({problem}).").format(
                    file=target.name, problem=problem
                )
            )
    except BaseException:
        for leftover in (target, target.with_name(target.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def backup_target(folder: Path, stem: str, reason: str, taken_at: datetime) -> Path:
    """``folder/<stem>.<YYYYmmdd-HHMMSS>[-N].<reason>.esndesk``, N only when that second is taken."""
    stamp = taken_at.strftime(_STAMP)
    names = [p.name for p in folder.glob(f"*{SUFFIX}")] if folder.is_dir() else []
    taken = {m["seq"] for m in map(_NAME.match, names) if m and m["stamp"] == stamp}
    n = 1
    while (f"-{n}" if n > 1 else None) in taken:
        n += 1
    return folder / f"{stem}.{stamp}{f'-{n}' if n > 1 else ''}.{reason}{SUFFIX}"


def backup_file(source: Path, folder: Path, reason: str) -> Path:
    """A verified backup of the programme file ``source`` (opened read-only) into ``folder``.

    Used before a schema migration, when no :class:`BackupService` exists yet; the copy is named
    and rotated like every other backup of that programme.
    """
    target = backup_target(folder, source.stem, reason, datetime.now().replace(microsecond=0))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _copy(src, target)
    finally:
        src.close()
    return target


def folder_for(backup_root: Path, programme: Path | None) -> Path:
    """The backups folder of ``programme``: its name and 8 hex digits of the SHA-256 of its resolved
    path, so that ``Desktop/programme.esndesk`` and ``Documents/programme.esndesk`` never list — or
    restore — each other's backups. In-memory databases use ``in-memory``."""
    if programme is None:
        return backup_root / "in-memory"
    resolved = os.path.normcase(str(Path(programme).expanduser().resolve()))
    return backup_root / f"{programme.stem}-{hashlib.sha256(os.fsencode(resolved)).hexdigest()[:8]}"


def latest_good_backup(backup_root: Path, programme: Path) -> Backup | None:
    """The newest backup of ``programme`` (in ``backup_root/<stem>/``) that passes :func:`verify_file`.

    For a programme that cannot be opened: no database connection to it is needed.
    """
    folder = folder_for(backup_root, programme)
    for candidate in _list_backups(folder, programme.stem):
        try:
            verify_file(candidate.path)
        except DatabaseError as exc:
            log.warning("backup %s is not usable: %s", candidate.path, exc)
            continue
        return candidate
    return None


def recover_from_backup(programme: Path, backup: Path, *, now: datetime | None = None) -> Path:
    """Put ``backup`` in the place of the damaged ``programme``; return where the damaged file went.

    Nothing is deleted: the damaged file (and its ``-wal``/``-shm`` companions) is renamed to
    ``<stem>.damaged-<YYYYmmdd-HHMMSS>.esndesk`` beside it, then the backup is copied in with the
    backup API and verified. The caller asks the user first.
    """
    verify_file(backup)
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = programme.with_name(f"{programme.stem}.damaged-{stamp}{programme.suffix or SUFFIX}")
    n = 2
    while aside.exists():
        aside = programme.with_name(f"{programme.stem}.damaged-{stamp}-{n}{programme.suffix or SUFFIX}")
        n += 1
    if programme.exists():
        os.replace(programme, aside)
    for companion in ("-wal", "-shm"):
        extra = Path(f"{programme}{companion}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{companion}"))
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _copy(src, programme)
    except BaseException:
        if not programme.exists() and aside.exists():
            os.replace(aside, programme)  # put things back as they were
        raise
    finally:
        src.close()
    log.warning(
        "replaced damaged programme %s by backup %s (damaged file kept as %s)", programme, backup, aside
    )
    return aside


def _list_backups(folder: Path, stem: str) -> list[Backup]:
    """Backups of ``stem`` in ``folder``, newest first."""
    found: list[tuple[int, Backup]] = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        seq = int(match["seq"][1:]) if match["seq"] else 1
        found.append((seq, Backup(path, taken_at, match["reason"], size)))
    found.sort(key=lambda sb: (sb[1].taken_at, sb[0]), reverse=True)
    return [b for _, b in found]


def _month_index(moment: datetime) -> int:
    return moment.year * 12 + moment.month


def select_survivors(backups: list[Backup], now: datetime) -> set[Path]:
    """The paths the rotation schedule (module docstring) keeps."""
    keep = {b.path for b in backups if now - b.taken_at <= timedelta(hours=24)}
    tiers: list[tuple[Callable[[Backup], bool], Callable[[Backup], Hashable]]] = [
        (lambda b: now - b.taken_at < timedelta(days=7), lambda b: b.taken_at.date()),
        (lambda b: now - b.taken_at < timedelta(days=28), lambda b: b.taken_at.isocalendar()[:2]),
        (
            lambda b: _month_index(now) - _month_index(b.taken_at) < 6,
            lambda b: (b.taken_at.year, b.taken_at.month),
        ),
    ]
    for within, key in tiers:
        newest: dict[Hashable, Backup] = {}
        for b in backups:
            if within(b):
                k = key(b)
                if k not in newest or b.taken_at > newest[k].taken_at:
                    newest[k] = b
        keep.update(b.path for b in newest.values())
    if backups:
        keep.add(max(backups, key=lambda b: b.taken_at).path)
    return keep


class BackupService:
    """Backups of one open programme, kept in its own folder under ``folder`` (:func:`folder_for`)."""

    def __init__(self, database: db.Database, folder: Path) -> None:
        self.db = database
        self.stem = database.path.stem if database.path is not None else "in-memory"
        self.folder = folder_for(folder, database.path)

    # ----------------------------------------------------------------------------- writing

    def backup(self, reason: str, *, now: datetime | None = None, fingerprint: bool = True) -> Backup:
        """Write a verified backup of the current state into the backups folder, then rotate.

        ``fingerprint=False`` (the safety copies taken before an import or an erase) skips hashing
        every row now; :meth:`changed_since_last_backup` hashes the copy later if it needs to.
        """
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        taken_at = (now or datetime.now()).replace(microsecond=0)
        target = backup_target(self.folder, self.stem, reason, taken_at)
        source = self.db.connect()
        try:
            _copy(source, target)
        finally:
            source.close()
        if fingerprint:
            digest = self._fingerprint_of(target)
            self._update_index(lambda index: index.__setitem__(target.name, digest))
        log.info("backed up %s to %s (%s)", self.db.path or "(memory)", target, reason)
        with contextlib.suppress(OSError):
            self.rotate(now=taken_at)
        return Backup(target, taken_at, reason, target.stat().st_size)

    def backup_to(self, path: Path) -> Path:
        """Back up now to a chosen file: a verified copy outside the rotation."""
        path = Path(path).expanduser()
        if self.db.path is not None and path.resolve() == self.db.path.resolve():
            raise DatabaseError(
                translate("Backups", "Choose another file: a backup cannot overwrite the programme itself.")
            )
        if path.exists():
            raise DatabaseError(
                translate("Backups", "{path} already exists: choose a new file name.").format(path=path)
            )
        if not path.parent.is_dir():
            raise DatabaseError(
                translate("Backups", "The folder {folder} does not exist.").format(folder=path.parent)
            )
        source = self.db.connect()
        try:
            _copy(source, path)
        finally:
            source.close()
        return path

    # ----------------------------------------------------------------------------- listing

    def backups(self) -> list[Backup]:
        """Backups in the folder, newest first."""
        return _list_backups(self.folder, self.stem)

    def _names(self) -> list[str]:
        return [p.name for p in self.folder.glob(f"*{SUFFIX}")] if self.folder.is_dir() else []

    def latest(self) -> Backup | None:
        found = self.backups()
        return found[0] if found else None

    def rotate(self, now: datetime | None = None) -> list[Backup]:
        """Delete the backups the schedule does not keep; return them."""
        found = self.backups()
        keep = select_survivors(found, now or datetime.now())
        deleted = [b for b in found if b.path not in keep]
        for b in deleted:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            log.info("rotation deleted backup %s", b.path)
        if deleted:
            names = {b.path.name for b in deleted}
            self._update_index(lambda index: [index.pop(name, None) for name in names])
        return deleted

    # ----------------------------------------------------------------------------- change detection

    def changed_since_last_backup(self) -> bool:
        """Whether the programme's content differs from the newest backup in the folder.

        Compares :func:`content_fingerprint` (a hash of every row) of the open programme with the
        one recorded when the newest backup was written. File size and mtime are not used: a WAL
        checkpoint changes them without changing data, and a coarse mtime can miss a quick edit.
        Hashing every row costs a full read, tens of milliseconds for a typical programme.
        """
        latest = self.latest()
        if latest is None:
            return True
        recorded = self._read_index().get(latest.path.name)
        if recorded is None:
            with contextlib.suppress(DatabaseError, sqlite3.DatabaseError):
                recorded = self._fingerprint_of(latest.path)
        if recorded is None:
            return True
        with self.db.read() as conn:
            return content_fingerprint(conn) != recorded

    # ----------------------------------------------------------------------------- restoring

    def restore(self, backup_path: Path) -> Backup:
        """Replace the open programme's content with ``backup_path``; return the safety backup.

        The file is verified first (integrity, an ESN Desk programme, a schema this version
        knows); nothing changes if it is refused. The current state is then backed up
        ("before-restore") and the file copied into the open database with the backup API, so
        every open connection sees the restored content. An older schema is migrated afterwards.
        """
        backup_path = Path(backup_path).expanduser()
        if self.db.path is not None and backup_path.resolve() == self.db.path.resolve():
            raise DatabaseError(
                translate("Backups", "That file is the open programme itself: choose a backup to restore.")
            )
        verify_file(backup_path)
        safety = self.backup("before-restore")
        src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            dst = self.db.connect()
            try:
                self._restore_pages(src, dst)
                migrations.migrate(dst, path=self.db.path, backup_dir=None)
            finally:
                dst.close()
        finally:
            src.close()
        if self.db.path is not None:
            db.restrict_permissions(self.db.path)
        log.info("restored %s from %s (safety copy %s)", self.db.path or "(memory)", backup_path, safety.path)
        return safety

    @staticmethod
    def _restore_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        src_page = int(src.execute("PRAGMA page_size").fetchone()[0])
        dst_page = int(dst.execute("PRAGMA page_size").fetchone()[0])
        mode = str(dst.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode == "wal" and src_page != dst_page:
            # SQLite cannot change the page size of a WAL database: leave WAL for the copy.
            dst.execute("PRAGMA journal_mode = DELETE")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        else:
            src.backup(dst)

    # ----------------------------------------------------------------------------- index

    def refresh(self, path: Path) -> None:
        """A backup was rewritten in place (a person purged from it) or deleted: record its new
        content fingerprint if one was recorded, or forget it, so change detection stays right."""
        path = Path(path)
        name = path.name
        if name not in self._read_index():
            return
        if path.is_file():
            digest = self._fingerprint_of(path)
            self._update_index(lambda index: index.__setitem__(name, digest))
        else:
            self._update_index(lambda index: index.pop(name, None))

    def _fingerprint_of(self, path: Path) -> str:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return content_fingerprint(conn)
        finally:
            conn.close()

    def _read_index(self) -> dict[str, str]:
        try:
            data = json.loads((self.folder / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        fingerprints = data.get("fingerprints") if isinstance(data, dict) else None
        if not isinstance(fingerprints, dict):
            return {}
        return {str(k): str(v) for k, v in fingerprints.items()}

    def _update_index(self, change: Callable[[dict[str, str]], object]) -> None:
        index = self._read_index()
        change(index)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / (INDEX + ".tmp")
        tmp.write_text(json.dumps({"fingerprints": index}, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.folder / INDEX)
        db.restrict_permissions(self.folder / INDEX)
