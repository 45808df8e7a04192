"""Logging to a rotating file in the user data folder (never personal data at INFO level)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from esn_desk import paths

LOG_FILE_NAME = "esn-desk.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach a rotating file handler (1 MiB × 5) once; returns the log file path."""
    target = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "_esn_desk", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_048_576, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._esn_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return target
