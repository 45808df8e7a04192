"""A child process for the kill -9 tests (tests/unit/test_crash_safety.py).

Run from the repository root as ``python -m tests.support.crash_driver COMMAND ...``. It does real
work through the core services and tells the test where it is on stdout, one line at a time:

- ``READY`` once the programme is open;
- ``KILLPOINT <name>`` when it reaches the point the test asked for (``--kill-at``); a *held* point
  then waits there to be killed, a *racing* point carries on working, so the kill lands mid-work;
- ``COMMITTED <k>`` after each edit of an edit burst, once ``write()`` has returned (committed);
- ``DONE <json>`` when it finished (a run the test did not kill).

Nothing here changes how the core works: the hooks only observe (the import's progress callback,
an SQLite trace callback, a wrapper around ``zipfile.ZipFile.write``) and pause.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

HOLD_SECONDS = 300  # a held child the test forgot (or could not) kill goes away by itself


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def hold(name: str) -> None:
    """Report ``name`` and wait to be killed there."""
    say(f"KILLPOINT {name}")
    deadline = time.monotonic() + HOLD_SECONDS
    while time.monotonic() < deadline:
        time.sleep(0.5)
    say("TIMEOUT nobody killed me")
    os._exit(3)


def traced_connections() -> list[sqlite3.Connection]:
    """Every connection the core opens from now on (``db.configure`` is called for each one)."""
    from esn_desk.core import db

    opened: list[sqlite3.Connection] = []
    original = db.configure

    def configure(conn: sqlite3.Connection) -> sqlite3.Connection:
        opened.append(conn)
        return original(conn)

    db.configure = configure
    return opened


def open_programme(args: argparse.Namespace) -> Any:
    from esn_desk.core.store import open_store

    store = open_store(args.db, create=False, backup_dir=args.backup_dir)
    say("READY")
    return store


# -- import -----------------------------------------------------------------------------------------
def run_import(args: argparse.Namespace) -> None:
    from esn_desk.core.importing.service import ImportOptions

    connections = traced_connections()
    store = open_programme(args)
    kill_at = args.kill_at
    raced = False

    def arm_before_commit() -> None:
        """Hold when the import's write transaction is about to COMMIT (its snapshot taken)."""
        for conn in connections:
            state = {"write": True, "snapshot": False}

            def trace(sql: str, state: dict[str, bool] = state) -> None:
                statement = sql.lstrip().upper()
                if statement.startswith("UPDATE IMPORT_RUN SET SNAPSHOT"):
                    state["snapshot"] = True
                elif statement.startswith("COMMIT") and state["write"] and state["snapshot"]:
                    hold("before-commit")

            with contextlib.suppress(sqlite3.ProgrammingError):  # closed since (migrations, checks)
                conn.set_trace_callback(trace)

    def progress(done: int, total: int, what: str) -> None:
        nonlocal raced
        if kill_at == "validating" and what.startswith("Checking the rows") and total and done >= total // 3:
            hold("validating")  # a third of the rows checked: before any write
        # "Adding new people" counts the rows prepared up to total/2, then the rows inserted: past
        # 60 % of ``total``, a fifth of the new people are in the database, the rest still to come.
        inserting = what.startswith("Adding new people") and done >= total * 0.6
        if kill_at == "inserting" and inserting and not raced:
            raced = True
            say("KILLPOINT inserting")  # and carry on: the kill lands while rows are being written
        if kill_at == "before-commit" and what.startswith("Saving"):
            arm_before_commit()

    plan = store.imports.plan(args.file, ImportOptions(), progress=progress)
    run_id = store.imports.apply(plan, progress=progress)
    store.close()
    say("DONE " + json.dumps({"run_id": run_id, **plan.counts}))


# -- edit burst -------------------------------------------------------------------------------------
def run_edits(args: argparse.Namespace) -> None:
    store = open_programme(args)
    with store.db.read() as conn:
        candidates = [
            pid
            for (pid,) in conn.execute(
                "SELECT id FROM person WHERE status = 'active' "
                "AND id NOT IN (SELECT person_id FROM ambassador) ORDER BY id LIMIT ?",
                (args.count,),
            )
        ]
    for k, person_id in enumerate(candidates, start=1):
        # One service call, one transaction: the candidacy and its first history event.
        store.programme.recruit(
            person_id,
            motivation=f"{args.tag} {k}",
            source="crash test",
            by="crash test",
            override_note="crash test",
        )
        say(f"COMMITTED {k}")
    store.close()
    say("DONE {}")


# -- export -----------------------------------------------------------------------------------------
def run_export(args: argparse.Namespace) -> None:
    from esn_desk import cli
    from esn_desk.core import db

    if args.kill_at == "streaming":

        def trace(sql: str) -> None:
            statement = " ".join(sql.split()).upper()
            if statement.startswith("SELECT FULL_NAME") and " FROM PERSON" in statement:
                say("KILLPOINT streaming")  # and carry on: the kill lands while rows are streamed

        configure = db.configure

        def configure_traced(conn: sqlite3.Connection) -> sqlite3.Connection:
            conn = configure(conn)
            conn.set_trace_callback(trace)
            return conn

        db.configure = configure_traced
    elif args.kill_at == "saving":
        write = zipfile.ZipFile.write

        def write_then_hold(
            self: zipfile.ZipFile, filename: Any, arcname: Any = None, *more: Any, **options: Any
        ) -> None:
            write(self, filename, arcname, *more, **options)
            if str(arcname or "").startswith("xl/worksheets/"):
                fp = getattr(self, "fp", None)
                if fp is not None:
                    fp.flush()  # the sheet's megabytes are in the archive's file, not in a buffer
                hold("saving")

        zipfile.ZipFile.write = write_then_hold  # type: ignore[method-assign]
    # The CLI's own path: ``esn-desk --db DB export people OUT.xlsx``.
    code = cli.main(["--db", str(args.db), "export", "people", str(args.out)])
    say("DONE " + json.dumps({"exit": code}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="crash_driver")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--backup-dir", type=Path, required=True)
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import")
    importing.add_argument("file", type=Path)
    importing.add_argument("--kill-at", choices=["none", "validating", "inserting", "before-commit"])
    edits = commands.add_parser("edits")
    edits.add_argument("--count", type=int, default=10_000)
    edits.add_argument("--tag", default="crash-edit")
    exporting = commands.add_parser("export")
    exporting.add_argument("out", type=Path)
    exporting.add_argument("--kill-at", choices=["none", "streaming", "saving"])
    args = parser.parse_args(argv)
    {"import": run_import, "edits": run_edits, "export": run_export}[args.command](args)


if __name__ == "__main__":
    main()
