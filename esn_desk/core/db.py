"""The SQLite store: one file per programme, opened with durable pragmas and migrated on open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from esn_desk.core.errors import DatabaseError

# 'ESND' — written into every programme file so we can tell our files from other SQLite files.
APPLICATION_ID = 0x45534E44
SQLITE_HEADER = b"SQLite format 3\x00"
MEMORY = ":memory:"


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit reported to the user survives a power cut, not only an app crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: str | Path) -> Engine:
    """Engine for a programme file, or an in-memory database for ``":memory:"`` (tests)."""
    if str(path) == MEMORY:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(f"sqlite:///{Path(path)}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLAlchemy touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not an ESN Desk programme file.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if head != SQLITE_HEADER:
        raise DatabaseError(
            f"{path.name} is not an ESN Desk programme file (it is not a database). "
            "Choose a .esndesk file, or create a new programme with File → New programme."
        )


def restrict_permissions(path: Path) -> None:
    """Personal data: the programme file is readable by its owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def backup_to(source: Path, target: Path) -> Path:
    """Consistent copy of a live database with SQLite's online backup API (never a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    restrict_permissions(target)
    return target


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


@contextlib.contextmanager
def raw_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The pooled sqlite3 connection underneath ``engine``, for set-based bulk work."""
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert isinstance(dbapi, sqlite3.Connection)
        yield dbapi
