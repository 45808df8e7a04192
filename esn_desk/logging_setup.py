"""Logging to a rotating file in the user data folder (never personal data at INFO level)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from esn_desk import paths

LOG_FILE_NAME = "esn-desk.log"


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """Our file handler (a subclass so it can be found and replaced, e.g. when the data folder moves)."""


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``<data folder>/logs/esn-desk.log`` (1 MiB × 5); returns the log file path."""
    target = log_file()
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        if old.baseFilename == str(target):
            return target
        root.removeHandler(old)
        old.close()
    handler = _AppLogHandler(target, maxBytes=1_048_576, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return target
