"""Where things live: bundled resources (dev tree or frozen build) and the user's data folder."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

import platformdirs

APP_DIR_NAME = "ESN Desk"
# Tests and the CLI may point the whole app at another folder (never the user's real one).
DATA_DIR_ENV = "ESN_DESK_DATA_DIR"
# A temporary file in the private temp folder this old belongs to no running export: a killed one's.
STALE_TEMP_SECONDS = 3600

log = logging.getLogger(__name__)


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, in a source checkout and in a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def user_data_dir() -> Path:
    """The per-user folder holding the default programme, logs and backups (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "programme.esndesk"


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    """INI file for window state and preferences (kept beside the data, not in the registry)."""
    return user_data_dir() / "settings.ini"


def private_temp_dir() -> Path:
    """``tmp/`` in the user data folder, readable by the user only (0700): where temporary files that
    hold personal data are written (openpyxl's worksheet spools, see :mod:`esn_desk.core.excel`),
    rather than the shared system temp folder. A process killed while writing one leaves it there:
    :func:`sweep_private_temp_dir` deletes it later."""
    path = user_data_dir() / "tmp"
    path.mkdir(mode=0o700, exist_ok=True)
    if sys.platform != "win32" and path.stat().st_mode & 0o077:
        path.chmod(0o700)  # mkdir's mode is masked by the umask; an older folder is tightened too
    return path


def sweep_private_temp_dir(older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete the files of :func:`private_temp_dir` not modified for ``older_than`` seconds: the
    leftovers of processes killed while exporting. A fresher file may be another process's export in
    progress (a worksheet spool is written to as the rows stream in), so it is kept. Never raises;
    returns what was deleted."""
    try:
        folder = private_temp_dir()
        entries = list(os.scandir(folder))
    except OSError as exc:
        log.warning("could not look for stale temporary files: %s", exc)
        return []
    limit = time.time() - older_than
    deleted = []
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_mtime > limit:
                continue
            os.unlink(entry.path)
        except FileNotFoundError:
            continue  # its export finished meanwhile
        except OSError as exc:
            log.warning("could not delete the stale temporary file %s: %s", entry.path, exc)
            continue
        deleted.append(Path(entry.path))
    if deleted:
        log.info("deleted %d stale temporary file(s) in %s", len(deleted), folder)
    return deleted
