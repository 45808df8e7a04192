"""Ordered schema steps. ``PRAGMA user_version`` records the last step applied.

Rules for adding a step: append a new ``Step`` (never edit a shipped one), add a fixture database of
the previous schema under ``tests/fixtures/`` (``python -m tests.make_fixture``), and the migration
tests upgrade every fixture to the newest schema.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from esn_desk.core import db
from esn_desk.core.errors import DatabaseError
from esn_desk.core.i18n import translate
from esn_desk.core.migrations import (
    m0001_initial,
    m0002_imports,
    m0003_programme,
    m0004_activity_usage,
    m0005_kit,
    m0006_training,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


STEPS: tuple[Step, ...] = (
    Step(1, "people directory and programme settings", m0001_initial.apply),
    Step(2, "import history, saved column mappings and people's change history", m0002_imports.apply),
    Step(3, "ambassador programme: candidates, ambassadors and their status history", m0003_programme.apply),
    Step(4, "activities, case studies, and ESN usage imports", m0004_activity_usage.apply),
    Step(5, "visibility kit: items prepared and given, edited signature templates", m0005_kit.apply),
    Step(6, "training sessions, enrolments and attendance reports", m0006_training.apply),
)
LATEST = STEPS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def check_identity(conn: sqlite3.Connection, name: str) -> int:
    """Return the schema version of an ESN Desk database, or raise if it is someone else's file."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = current_version(conn)
    if app_id != db.APPLICATION_ID and _has_tables(conn):
        raise DatabaseError(
            translate(
                "Migrations",
                "{file} is a database, but not an ESN Desk programme. "
                "Open a .esndesk file, or create a new programme with File → New programme.",
            ).format(file=name)
        )
    if version > LATEST:
        raise DatabaseError(
            translate(
                "Migrations",
                "{file} was saved by a newer version of ESN Desk (schema {version}, this version knows "
                "{latest}). Install the latest ESN Desk to open it.",
            ).format(file=name, version=version, latest=LATEST)
        )
    return version


def migrate(conn: sqlite3.Connection, *, path: Path | None, backup_dir: Path | None) -> list[Path]:
    """Bring the database up to ``LATEST``; back the file up first when it already holds data.

    Each step runs in its own transaction together with the version bump, so an interrupted
    migration leaves the file at the previous version, never half-way.
    """
    version = check_identity(conn, path.name if path else translate("Migrations", "The database"))
    backups: list[Path] = []
    if version == LATEST:
        return backups
    if version > 0 and path is not None and backup_dir is not None:
        from esn_desk.core.backups import backup_file, folder_for  # backups imports this module

        # Into the programme's own backups folder, named and rotated like the others.
        target = backup_file(path, folder_for(backup_dir, path), "before-migration")
        backups.append(target)
        log.info("backed up %s to %s before migrating from schema %s", path, target, version)
    for step in STEPS:
        if step.version <= version:
            continue
        log.info("migrating to schema %s: %s", step.version, step.description)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.apply(conn)
            conn.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backups
