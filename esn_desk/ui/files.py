"""Which dropped or chosen files the app knows what to do with."""

from __future__ import annotations

from pathlib import Path

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt", ".tsv")


def is_spreadsheet_path(path: Path) -> bool:
    """A file to offer to the HR import (its content is sniffed again when it is read)."""
    return path.suffix.lower() in SPREADSHEET_SUFFIXES
