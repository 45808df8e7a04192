"""The SQLite store: one file per programme, opened with durable pragmas.

Hot paths (search-as-you-type, bulk import, exports) use :class:`Database`'s plain ``sqlite3``
connections with set-based SQL. Services that prefer SQLAlchemy / SQLModel sessions use
:attr:`Database.engine`, created (and SQLAlchemy imported) only on first use: importing
SQLAlchemy costs ~180 ms, a third of the app's start-up budget.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from esn_desk.core.errors import DatabaseError, ReadOnlyError
from esn_desk.core.i18n import system_problem, translate

if TYPE_CHECKING:
    from sqlalchemy import Engine

# 'ESND' — written into every programme file so we can tell our files from other SQLite files.
APPLICATION_ID = 0x45534E44
SQLITE_HEADER = b"SQLite format 3\x00"
MEMORY = ":memory:"
_memory_names = itertools.count(1)


def configure(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # FULL: a commit reported to the user survives a power cut, not only an app crash.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class Database:
    """Connections to one programme file (or a private in-memory database when ``path`` is None).

    Each thread gets its own connection, kept open for reuse. Every operation is one short
    transaction: ``with db.read() as conn`` or ``with db.write() as conn``.
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only and path is not None
        if path is None:
            self._target = (
                f"file:esn-desk-memory-{os.getpid()}-{next(_memory_names)}?mode=memory&cache=shared"
            )
        elif self.read_only:
            self._target = path.absolute().as_uri() + "?mode=ro"
        else:
            self._target = str(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        # An in-memory database lives as long as one connection to it is open.
        self._anchor = self.connect() if path is None else None

    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode (transactions are explicit), with our pragmas."""
        conn = sqlite3.connect(
            self._target,
            uri=self.path is None or self.read_only,
            isolation_level=None,
            check_same_thread=False,
        )
        return configure(conn)

    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise DatabaseError(translate("Database", "This programme has been closed."))
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for one read operation."""
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        if self.read_only:
            raise ReadOnlyError(
                translate(
                    "Database",
                    "{file} is open read-only in this window: nothing can be changed here. Close it in the "
                    "window that has it open, then reopen it.",
                ).format(file=self.path.name if self.path else translate("Database", "This programme"))
            )
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @functools.cached_property
    def engine(self) -> Engine:
        """SQLAlchemy engine on the same database, for SQLModel sessions (created on first use)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        return create_engine("sqlite://", creator=self.connect, poolclass=NullPool)

    def close(self) -> None:
        self._closed = True
        if "engine" in self.__dict__:
            self.engine.dispose()
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None


def check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseError(
            translate("Database", "{path} is a folder, not an ESN Desk programme file.").format(path=path)
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            translate("Database", "Cannot read {path}: {problem}.").format(
                path=path, problem=system_problem(exc)
            )
        ) from exc
    if head != SQLITE_HEADER:
        raise DatabaseError(
            translate(
                "Database",
                "{file} is not an ESN Desk programme file (it is not a database). "
                "Choose a .esndesk file, or create a new programme with File → New programme.",
            ).format(file=path.name)
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
