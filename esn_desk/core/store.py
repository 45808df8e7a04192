"""Opening a programme file: checks, migration, and the services that share its database."""

from __future__ import annotations

import functools
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from esn_desk import paths
from esn_desk.core import db, migrations
from esn_desk.core.activities import ActivityService, CaseStudyService
from esn_desk.core.adoption import AdoptionService
from esn_desk.core.attendance import AttendanceService
from esn_desk.core.coverage import CoverageService
from esn_desk.core.errors import DatabaseError
from esn_desk.core.i18n import system_problem, translate
from esn_desk.core.importing.roster import RosterImport
from esn_desk.core.importing.service import ImportService, snapshot_folder
from esn_desk.core.importing.usage import UsageImport
from esn_desk.core.kit.tracking import KitService
from esn_desk.core.lock import ProgrammeLock
from esn_desk.core.people import PeopleService
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.settings import SettingsService
from esn_desk.core.training import TrainingService

if TYPE_CHECKING:
    from esn_desk.core.backups import BackupService
    from esn_desk.core.kit.signatures import SignatureService
    from esn_desk.core.privacy import PrivacyService

log = logging.getLogger(__name__)


@dataclass
class Store:
    """One open programme: its path, its database and one service per capability.

    Widgets receive the services they need from here through their constructors; nothing holds
    a transaction across calls.
    """

    path: Path | None
    db: db.Database
    people: PeopleService
    settings: SettingsService
    imports: ImportService
    programme: ProgrammeService
    coverage: CoverageService
    activities: ActivityService
    case_studies: CaseStudyService
    roster_import: RosterImport
    usage_import: UsageImport
    adoption: AdoptionService
    kit: KitService
    training: TrainingService

    backup_dir: Path | None = None
    lock: ProgrammeLock | None = None  # held while the programme is open for writing
    safety_backups: bool = True  # a verified backup before imports and erasures (not for the demo)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def _safety_backup(self, reason: str) -> None:
        self.backups.backup(reason, fingerprint=False)

    @functools.cached_property
    def backups(self) -> BackupService:
        """Verified backups of this programme in its folder under ``backup_dir``, and restore."""
        from esn_desk.core.backups import BackupService

        return BackupService(self.db, self.backup_dir or paths.user_data_dir() / "backups")

    @functools.cached_property
    def attendance(self) -> AttendanceService:
        """Teams and Zoom attendance reports written to training enrolments."""
        return AttendanceService(self.db)

    @functools.cached_property
    def privacy(self) -> PrivacyService:
        """Access, erasure and retention of the people's personal data."""
        from esn_desk.core.privacy import PrivacyService

        hook = self._safety_backup if self.path is not None and self.safety_backups else None
        return PrivacyService(self.db, safety_backup=hook)

    @functools.cached_property
    def signatures(self) -> SignatureService:
        """Email signature templates (Jinja2 is loaded on first use, not at start-up)."""
        from esn_desk.core.kit.signatures import SignatureService

        return SignatureService(self.db, self.settings)

    @property
    def display_path(self) -> str:
        return str(self.path) if self.path else translate("Store", "(in memory)")

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def _damaged(name: str, exc: Exception) -> DatabaseError:
    return DatabaseError(
        translate(
            "Store", "{file} cannot be opened: it is damaged or not an ESN Desk programme ({problem})."
        ).format(file=name, problem=system_problem(exc))
    )


def _check_identity_read_only(file: Path) -> None:
    """Look at an existing file without changing a byte of it (no WAL switch on a foreign file)."""
    if not file.exists() or file.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            migrations.check_identity(conn, file.name)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(file.name, exc) from exc


def open_store(
    path: str | Path,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    read_only: bool = False,
    safety_backups: bool = True,
) -> Store:
    """Open (and if needed create and migrate) the programme at ``path``; ``":memory:"`` for tests.

    ``backup_dir`` holds the programme's backups (``<backup_dir>/<stem>/``, the copy made before a
    migration included) and the undo snapshots of imports (``<backup_dir>/import-snapshots/<key>/``,
    see :func:`~esn_desk.core.importing.service.snapshot_folder`; default: ``backups/`` in the user
    data folder). A file is opened for writing by one window at a time (:mod:`esn_desk.core.lock`):
    another gets :class:`~esn_desk.core.lock.ProgrammeInUse`, and may open it ``read_only``. Opened
    for writing, the programme's orphan undo snapshots (a killed import's) are deleted, and so are
    the stale temporary files of killed exports (:func:`esn_desk.paths.sweep_private_temp_dir`).
    ``safety_backups`` (on for real programmes) backs the file up before each import and erasure.
    """
    backup_dir = backup_dir or paths.user_data_dir() / "backups"
    file: Path | None = None if str(path) == db.MEMORY else Path(path).expanduser()
    lock: ProgrammeLock | None = None
    if file is not None:
        if not file.exists() and (not create or read_only):
            raise DatabaseError(translate("Store", "There is no programme file at {path}.").format(path=file))
        if not file.parent.exists():
            raise DatabaseError(
                translate("Store", "The folder {folder} does not exist.").format(folder=file.parent)
            )
        db.check_file(file)
        _check_identity_read_only(file)
        if not read_only:
            lock = ProgrammeLock(file)
            lock.acquire()  # ProgrammeInUse when another window or process has it open
    try:
        database = _open_database(file, backup_dir, read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    log.info("opened programme %s%s", file or "(memory)", " read-only" if read_only else "")
    imports = ImportService(database, snapshot_folder(backup_dir / "import-snapshots", file))
    if file is not None and not read_only:
        try:  # what killed processes left behind: copies of personal data nothing refers to
            imports.sweep_orphan_snapshots()  # an import's undo snapshot, taken just before COMMIT
            paths.sweep_private_temp_dir()  # an export's worksheet spools, an hour old
        except BaseException:
            database.close()
            if lock is not None:
                lock.release()
            raise
    programme = ProgrammeService(database)
    settings = SettingsService(database)
    store = Store(
        path=file,
        db=database,
        people=PeopleService(database),
        settings=settings,
        imports=imports,
        programme=programme,
        coverage=CoverageService(database),
        activities=ActivityService(database),
        case_studies=CaseStudyService(database),
        roster_import=RosterImport(database, imports, programme),
        usage_import=UsageImport(database, imports),
        adoption=AdoptionService(database),
        kit=KitService(database),
        training=TrainingService(database, settings),
        backup_dir=backup_dir,
        lock=lock,
        safety_backups=safety_backups,
    )
    if file is not None and safety_backups:
        imports.safety_backup = store._safety_backup
    return store


def _open_database(file: Path | None, backup_dir: Path, read_only: bool) -> db.Database:
    database = db.Database(file, read_only=read_only)
    try:
        conn = database.connect()
        try:
            if read_only:
                version = migrations.check_identity(
                    conn, file.name if file else translate("Store", "The database")
                )
                if version != migrations.LATEST:
                    raise DatabaseError(
                        translate(
                            "Store",
                            "{file} needs upgrading to this version of ESN Desk, which cannot be done "
                            "read-only: open it normally once.",
                        ).format(file=file.name if file else translate("Store", "This programme"))
                    )
            else:
                if file is not None:
                    conn.execute("PRAGMA journal_mode = WAL")  # persistent: recorded in the file
                migrations.migrate(conn, path=file, backup_dir=backup_dir)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        database.close()
        raise _damaged(file.name if file else translate("Store", "The database"), exc) from exc
    except BaseException:
        database.close()
        raise
    if file is not None and not read_only:
        db.restrict_permissions(file)
    return database
