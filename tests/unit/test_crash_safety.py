"""Crash safety (issue #8): a real import, an edit burst and an export, each run in a child process
(tests/support/crash_driver.py) and killed with SIGKILL part-way. Afterwards the programme opens as the
app opens it, ``PRAGMA integrity_check`` is ok, and it holds exactly what it held before (the
row-level fingerprint of the backups) plus, for the edit burst, every edit reported committed and no
half of one. The existing workbook of a killed export is untouched.

The child says where it is on stdout and the test kills it right after that line: the kill points are
signalled, not guessed with sleeps. "Held" points wait there to be killed (a deterministic position);
"racing" points carry on working, so the kill lands in the middle of real writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import openpyxl
import pytest

from esn_desk import paths
from esn_desk.core import demo
from esn_desk.core.backups import content_fingerprint
from esn_desk.core.importing.service import ImportOptions, ImportRecord, snapshot_folder
from esn_desk.core.store import open_store
from tests.support.hr_files import write_csv, write_xlsx

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")

ROOT = Path(__file__).resolve().parents[2]
WAIT = 180.0  # seconds for any one signal from a child: generous on a loaded two-core machine
ROUNDS = 3  # kills per import kill point, on the same programme file each time
EXPORT_ROUNDS = 2  # kills per export kill point (each costs a look at 60,000 people: ~2 s)
BIG_ROWS = 60_000  # the large HR extract: ~2 s to check, ~2 s to write
FOLLOW_UP_ROWS = 2_500  # the normal import after the kills: the demo's 2,000 people and 500 new ones
HEADERS = list(demo.DEMO_HEADERS)
HR_COLUMNS = (
    "employee_id",
    "last_name",
    "first_name",
    "email",
    "job_title",
    "department",
    "site",
    "city",
    "country",
    "phone",
    "manager_email",
    "hire_date",
)


# -- the child process -------------------------------------------------------------------------------------
class Child:
    """``python -m tests.support.crash_driver ARGS`` with its stdout read line by line."""

    def __init__(self, args: list[Any], folder: Path, *, env: dict[str, str] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._stderr_path = folder / f"child-stderr-{time.monotonic_ns()}.txt"
        self._stderr = self._stderr_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_driver", *map(str, args)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self.seen: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _why(self) -> str:
        self._stderr.flush()
        return f"child said {self.seen[-5:]}; its stderr:\n{self._stderr_path.read_text()[-3000:]}"

    def expect(self, wanted: Callable[[str], bool] | str, timeout: float = WAIT) -> str:
        """The first line from now on that is ``wanted`` (or starts with it); fails on EOF or timeout."""
        match = wanted if callable(wanted) else (lambda line: line.startswith(wanted))
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"no {wanted!r} from the child within {timeout:.0f} s; {self._why()}")
            if line is None:
                self.proc.wait(timeout=WAIT)
                pytest.fail(f"the child ended (exit {self.proc.returncode}) before {wanted!r}; {self._why()}")
            self.seen.append(line)
            if match(line):
                return line

    def kill(self) -> None:
        """SIGKILL now; then collect what it printed before dying."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=WAIT)
        assert self.proc.returncode == -signal.SIGKILL, f"the child was not killed; {self._why()}"
        while (line := self._lines.get(timeout=WAIT)) is not None:
            self.seen.append(line)
        assert not any(line.startswith("DONE") for line in self.seen), "the child finished before the kill"

    def finish(self) -> dict[str, Any]:
        """Wait for a run that is not killed to finish; returns the JSON of its DONE line."""
        done = self.expect("DONE")
        self.proc.wait(timeout=WAIT)
        assert self.proc.returncode == 0, self._why()
        return dict(json.loads(done.removeprefix("DONE ")))

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=WAIT)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()


# -- what the programme holds ------------------------------------------------------------------------------
@dataclass
class State:
    integrity: list[str]
    foreign_key_problems: list[Any]
    fingerprint: str
    history: list[ImportRecord]
    snapshots: list[str]  # the undo snapshots import_run refers to


def state_of(db: Path, backups: Path) -> State:
    """Open the programme as the app does and look at everything."""
    store = open_store(db, create=False, backup_dir=backups)
    try:
        with store.db.read() as conn:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            fingerprint = content_fingerprint(conn)
            snapshots = [
                p for (p,) in conn.execute("SELECT snapshot FROM import_run WHERE snapshot IS NOT NULL")
            ]
        history = store.imports.history()
    finally:
        store.close()
    return State(integrity, problems, fingerprint, history, snapshots)


def tables_of(db: Path, backups: Path) -> dict[str, list[tuple[Any, ...]]]:
    store = open_store(db, create=False, backup_dir=backups)
    try:
        with store.db.read() as conn:
            names = [
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {name: sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr) for name in names}
    finally:
        store.close()


def copy_programme(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite's backup API) of a closed programme."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def hr_extract(path: Path, people: list[dict[str, Any]]) -> Path:
    """An HR extract with the demo's French headers (its saved mapping applies)."""
    return write_csv(path, HEADERS, [[person.get(f) for f in HR_COLUMNS] for person in people])


# -- fixtures ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.fixture(scope="module")
def demo_file(folder: Path) -> Path:
    """The 2,000-person demo programme (closed)."""
    path = folder / "demo" / "demo.esndesk"
    path.parent.mkdir()
    store = open_store(path, backup_dir=folder / "demo" / "backups")
    try:
        demo.populate(store)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def big_csv(folder: Path) -> Path:
    """A 60,000-row HR extract: the demo's 2,000 people (a few changed since) and 58,000 new ones."""
    return hr_extract(folder / "Extraction SIRH 2026-12.csv", list(demo.generate_people(BIG_ROWS)))


@pytest.fixture(scope="module")
def follow_up_csv(folder: Path) -> Path:
    return hr_extract(folder / "Extraction SIRH 2027-01.csv", list(demo.generate_people(FOLLOW_UP_ROWS)))


@pytest.fixture(scope="module")
def big_programme(folder: Path, demo_file: Path, big_csv: Path) -> Path:
    """The demo after the large import (60,000 people, closed): something an export takes a while on."""
    path = copy_programme(demo_file, folder / "big" / "big.esndesk")
    store = open_store(path, create=False, backup_dir=folder / "big" / "backups")
    try:
        store.imports.apply(store.imports.plan(big_csv, ImportOptions()))
    finally:
        store.close()
    return path


@pytest.fixture
def programme(tmp_path: Path, demo_file: Path) -> tuple[Path, Path]:
    """A copy of the demo whose latest import (300 job titles changed, 20 joiners) can be undone."""
    db = copy_programme(demo_file, tmp_path / "programme" / "programme.esndesk")
    backups = tmp_path / "backups"
    people = list(demo.generate_people(300))
    for person in people:
        person["job_title"] = "Ambassadeur du changement"
    people += [
        {
            "employee_id": f"CR{n:04d}",
            "last_name": f"Nouveau{n}",
            "first_name": "Camille",
            "email": f"camille.nouveau{n}@example.org",
            "department": "Finance",
        }
        for n in range(20)
    ]
    store = open_store(db, create=False, backup_dir=backups)
    try:
        store.imports.apply(store.imports.plan(hr_extract(tmp_path / "small.csv", people), ImportOptions()))
    finally:
        store.close()
    return db, backups


# -- 1. an import killed part-way --------------------------------------------------------------------------
IMPORT_KILL_POINTS = (
    "validating",  # held: a third of the rows checked, nothing written yet
    "inserting",  # racing: inside the write transaction, a fifth of the 58,000 new people inserted
    "before-commit",  # held: every row written and the undo snapshot taken, COMMIT about to run
)


@pytest.mark.parametrize("kill_at", IMPORT_KILL_POINTS)
def test_an_import_killed_part_way_leaves_the_programme_exactly_as_it_was(
    kill_at: str, programme: tuple[Path, Path], big_csv: Path, follow_up_csv: Path, tmp_path: Path
) -> None:
    db, backups = programme
    snapshot_dir = snapshot_folder(backups / "import-snapshots", db)  # this programme's own folder
    before = state_of(db, backups)
    assert before.integrity == ["ok"]
    assert before.history[0].can_undo, "the small import is the one an undo would restore"
    files_before = set(snapshot_dir.iterdir())

    for _ in range(ROUNDS):
        with Child(
            ["--db", db, "--backup-dir", backups, "import", big_csv, "--kill-at", kill_at], tmp_path
        ) as child:
            child.expect("READY")
            child.expect(f"KILLPOINT {kill_at}")
            child.kill()
        # The killed import may have taken its undo snapshot (just before COMMIT): nothing refers to it,
        # so it can never be offered as an undo. Whatever it left is a clearly named snapshot file.
        leftovers = set(snapshot_dir.iterdir()) - files_before
        for leftover in leftovers:
            assert re.fullmatch(r".+\.before-import\.[0-9-]+\.esndesk(-wal|-shm|-journal)?", leftover.name)
        if kill_at == "before-commit":
            assert leftovers, "killed just before COMMIT, the import had taken its snapshot"
        after = state_of(db, backups)
        assert after.integrity == ["ok"]
        assert after.foreign_key_problems == []
        assert after.fingerprint == before.fingerprint, f"killed at {kill_at}, the programme changed"
        assert after.history == before.history
        assert after.snapshots == before.snapshots
        # Reopening the programme deleted that orphan copy of personal data; the undo copy stays.
        assert set(snapshot_dir.iterdir()) == files_before

    # The file is usable: no stale lock, WAL or transaction stops a normal import.
    with Child(
        ["--db", db, "--backup-dir", backups, "import", follow_up_csv, "--kill-at", "none"], tmp_path
    ) as child:
        done = child.finish()
    assert done["created"] == FOLLOW_UP_ROWS - demo.DEMO_SIZE
    after = state_of(db, backups)
    assert after.integrity == ["ok"]
    assert [r.id for r in after.history] == [done["run_id"], *(r.id for r in before.history)]
    assert after.history[0].can_undo and not after.history[1].can_undo


# -- 2. an edit burst killed -------------------------------------------------------------------------------
BURSTS = (7, 31, 1, 58, 16)  # commits reported before each kill: one round each, on the same file


def test_an_edit_burst_killed_keeps_every_committed_edit_and_no_half_edit(
    programme: tuple[Path, Path], tmp_path: Path
) -> None:
    db, backups = programme
    for round_number, reported in enumerate(BURSTS):
        tag = f"crash-edit r{round_number}"
        before = tables_of(db, backups)
        with Child(["--db", db, "--backup-dir", backups, "edits", "--tag", tag], tmp_path) as child:
            child.expect("READY")
            child.expect(lambda line, n=reported: line == f"COMMITTED {n}")  # type: ignore[misc]
            child.kill()
        last = max(int(line.split()[1]) for line in child.seen if line.startswith("COMMITTED "))
        assert last >= reported

        assert state_of(db, backups).integrity == ["ok"]
        after = tables_of(db, backups)
        assert after.keys() == before.keys()
        for name in after.keys() - {"ambassador", "ambassador_event", "sqlite_sequence"}:
            assert after[name] == before[name], f"{name} changed: the edits only recruit"
        old_ambassadors = {row[0]: row for row in before["ambassador"]}
        new_ambassadors = {row[0]: row for row in after["ambassador"] if row[0] not in old_ambassadors}
        assert [r for r in after["ambassador"] if r[0] in old_ambassadors] == before["ambassador"]
        old_events = set(before["ambassador_event"])
        assert old_events <= set(after["ambassador_event"])
        new_events = [row for row in after["ambassador_event"] if row not in old_events]

        columns = _columns(db, "ambassador")
        events = _columns(db, "ambassador_event")
        edits = sorted(
            int(row[columns.index("motivation")].removeprefix(tag + " ")) for row in new_ambassadors.values()
        )
        # Every edit reported committed is there; the one being made when the kill came is either
        # wholly there (committed, not yet reported) or not at all.
        assert edits == list(range(1, len(edits) + 1))
        assert last <= len(edits) <= last + 1, f"reported {last} commits, found {len(edits)}"
        by_ambassador = {row[events.index("ambassador_id")]: row for row in new_events}
        assert len(new_events) == len(new_ambassadors) == len(by_ambassador)
        for ambassador_id, row in new_ambassadors.items():
            event = by_ambassador[ambassador_id]
            assert event[events.index("to_status")] == "applied"
            assert event[events.index("note")].startswith(row[columns.index("motivation")])


def _columns(db: Path, table: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


# -- 3. an export killed -----------------------------------------------------------------------------------
EXPORT_KILL_POINTS = (
    "streaming",  # racing: the 60,000 people being read and written to openpyxl's worksheet stream
    "saving",  # held: the workbook being zipped, its sheet (megabytes) already in the archive file
)


@pytest.mark.parametrize("kill_at", EXPORT_KILL_POINTS)
def test_an_export_killed_part_way_leaves_the_existing_workbook_and_the_programme_alone(
    kill_at: str, big_programme: Path, tmp_path: Path
) -> None:
    db = copy_programme(big_programme, tmp_path / "programme" / "big.esndesk")
    backups = tmp_path / "backups"
    exports_folder = tmp_path / "exports"
    exports_folder.mkdir()
    out = write_xlsx(exports_folder / "People.xlsx", ["Name"], [["last month's export"]], title_rows=False)
    previous = out.read_bytes()
    child_tmp = tmp_path / "child-tmp"  # the child's TMPDIR, the system temp folder: nothing goes there
    child_tmp.mkdir()
    private_tmp = paths.private_temp_dir()  # where openpyxl streams sheets through temp files (the
    # child's user data folder is the test's: ESN_DESK_DATA_DIR is inherited)
    before = state_of(db, backups)
    assert before.integrity == ["ok"]
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    assert people == BIG_ROWS

    for _ in range(EXPORT_ROUNDS):
        args = ["--db", db, "--backup-dir", backups, "export", out, "--kill-at", kill_at]
        with Child(args, tmp_path, env={"TMPDIR": str(child_tmp)}) as child:
            child.expect(f"KILLPOINT {kill_at}")
            child.kill()
        assert out.read_bytes() == previous, f"killed while {kill_at}, the existing workbook changed"
        others = sorted(p.name for p in exports_folder.iterdir() if p != out)
        assert all(re.fullmatch(r"\.People\.xlsx\.(.+\.)?part", name) for name in others), others
        after = state_of(db, backups)
        assert after.integrity == ["ok"]
        assert after.fingerprint == before.fingerprint
    # What a killed export leaves: openpyxl's worksheet streams (its atexit clean-up cannot run after
    # SIGKILL), clearly named, in the user's private temp folder, not the system's. They hold the
    # sheet's rows. Opening the programme (state_of, above) keeps them while they are fresh: another
    # process may be exporting right now.
    assert list(child_tmp.iterdir()) == []
    leftovers = list(private_tmp.iterdir())
    if kill_at == "saving":  # held with the sheet's stream being zipped (a racing kill may come first)
        assert leftovers, "killed while saving, the export left no worksheet stream"
    assert all(p.name.startswith("openpyxl.") for p in leftovers), leftovers
    # An hour later, the next opening deletes them.
    an_hour_ago = time.time() - 3601
    for leftover in leftovers:
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    assert state_of(db, backups).integrity == ["ok"]
    assert list(private_tmp.iterdir()) == []

    # A normal export afterwards replaces the old workbook with a complete one and leaves nothing else.
    args = ["--db", db, "--backup-dir", backups, "export", out, "--kill-at", "none"]
    with Child(args, tmp_path, env={"TMPDIR": str(child_tmp)}) as child:
        assert child.finish() == {"exit": 0}
    assert [p.name for p in exports_folder.iterdir()] == ["People.xlsx"]
    assert list(private_tmp.iterdir()) == [] and list(child_tmp.iterdir()) == []
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None  # every part there, every CRC right
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        about = {row[0]: row[1] for row in wb["About"].iter_rows(values_only=True) if len(row) >= 2}
        assert about["People"] == people
        assert next(wb["People"].iter_rows(max_row=1, values_only=True))[0] == "Name"
    finally:
        wb.close()
