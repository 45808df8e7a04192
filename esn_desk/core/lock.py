"""One writer per programme file.

While a programme is open for writing, its process holds an exclusive OS lock on a small file
beside it (``.<name>.lock``; ``flock`` on POSIX, ``msvcrt.locking`` on Windows). The operating
system releases the lock when the process ends, however it ends, so a crash never leaves a
programme locked; the file's text (process, computer, user, time) only serves to tell the next
person who has it open.

SQLite alone would let two windows write the same file, one transaction after the other: each
window would then show stale figures and undo the other's changes with its own undo stack.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from esn_desk.core.errors import DatabaseError
from esn_desk.core.i18n import system_problem, translate

_INFO_OFFSET = 1  # Windows locks byte 0; the holder's details are written after it


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        when = self.since
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(self.since)
            # The French format is all digits: strftime would write an English month name.
            when = moment.strftime(
                "%H:%M" if moment.date() == datetime.now().date() else translate("Lock", "%d %b %H:%M")
            )
        here = self.host == socket.gethostname()
        other_user = bool(self.user) and self.user != _user()
        if here and other_user:
            text = translate("Lock", "process {pid} on this computer by {user}, since {when}")
        elif here:
            text = translate("Lock", "process {pid} on this computer, since {when}")
        elif other_user:
            text = translate("Lock", "process {pid} on {host} by {user}, since {when}")
        else:
            text = translate("Lock", "process {pid} on {host}, since {when}")
        return text.format(pid=self.pid, host=self.host, user=self.user, when=when)


class ProgrammeInUse(DatabaseError):
    """Another window or process has this programme open for writing."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.path = path
        self.holder = holder
        if holder:
            text = translate(
                "Lock",
                "{file} is already open in ESN Desk ({holder}). Only one window can change a programme "
                "at a time: switch to that window, or open this one read-only to look without changing "
                "anything.",
            )
        else:
            text = translate(
                "Lock",
                "{file} is already open in ESN Desk. Only one window can change a programme at a time: "
                "switch to that window, or open this one read-only to look without changing anything.",
            )
        super().__init__(text.format(file=path.name, holder=holder.describe() if holder else ""))


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services): not worth failing for
        return ""


def lock_path(programme: Path) -> Path:
    return programme.with_name(f".{programme.name}.lock")


class ProgrammeLock:
    """The exclusive lock of one programme file, held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, programme: Path) -> None:
        self.programme = programme
        self.path = lock_path(programme)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`ProgrammeInUse` naming who holds it."""
        if self._fd is not None:
            return
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise DatabaseError(
                    translate(
                        "Lock",
                        "Cannot create the lock file {lock} beside {file} ({problem}): check that the "
                        "folder is not read-only.",
                    ).format(lock=self.path.name, file=self.programme.name, problem=system_problem(exc))
                ) from exc
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise ProgrammeInUse(self.programme, holder)
            if _still_linked(fd, self.path):
                break
            # The previous holder removed the file between our open and our lock: start again.
            _unlock(fd)
            os.close(fd)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user()}
        info["since"] = datetime.now().isoformat(timespec="seconds")
        data = json.dumps(info).encode()
        with contextlib.suppress(OSError):
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            os.write(fd, data)
            os.ftruncate(fd, _INFO_OFFSET + len(data))
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        # Remove the file while still holding the lock, so nobody reads a half-released one.
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> ProgrammeLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder_of(programme: Path) -> Holder | None:
    """Who holds the lock of ``programme`` now (None when nobody does)."""
    path = lock_path(programme)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd) or Holder(0, "", "", "")
    finally:
        os.close(fd)


def _still_linked(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data.get("user", "")), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
