"""Where things live: bundled resources (dev tree or frozen build) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "ESN Desk"
# Tests and the CLI may point the whole app at another folder (never the user's real one).
DATA_DIR_ENV = "ESN_DESK_DATA_DIR"


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
