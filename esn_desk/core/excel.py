"""Writing xlsx files that a spreadsheet application opens cleanly and that cannot run formulas.

Text that came from people or HR files is always written as text: openpyxl would otherwise turn
``=HYPERLINK(...)`` into a live formula. Control characters openpyxl refuses are removed.

openpyxl streams each sheet it writes into a temporary file (``openpyxl.*``, the whole sheet's rows:
tens of megabytes of personal data for a large export), deleted once the workbook is saved or at
exit — never after SIGKILL or a power cut. Importing this module points openpyxl at the user's
private temp folder (:func:`esn_desk.paths.private_temp_dir`, 0700) instead of the shared system temp
folder, and opening a programme sweeps the stale leftovers there (``paths.sweep_private_temp_dir``).

It replaces ``openpyxl.worksheet._writer.create_temporary_file``, the one function openpyxl creates
them with, for the whole process (see :func:`spool_privately`). Setting ``tempfile.tempdir`` around
each export was the alternative: it is public API but changes every library's temp folder, in every
thread, for the whole export (the spool is created at the first row, not at save; the GUI exports in
a worker thread while the main thread goes on), and two overlapping exports restore each other's
setting. The replacement touches openpyxl only, needs no restoring and is thread-safe; its cost is
that the function is internal to openpyxl (3.1): if a later version renames it, nothing is patched,
a warning is logged and the test of the private folder fails.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_writer

from esn_desk import paths

HEADER_FILL = PatternFill("solid", fgColor="2F6FDE")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SPOOL_PREFIX = "openpyxl."  # the name openpyxl gives its temporary files (kept: they stay recognisable)

log = logging.getLogger(__name__)
_openpyxl_temporary_file = getattr(openpyxl_writer, "create_temporary_file", None)


def private_temporary_file(suffix: str = "") -> str:
    """openpyxl's ``create_temporary_file``, in :func:`esn_desk.paths.private_temp_dir`: an empty
    file (0600) registered for openpyxl's own clean-up (after the save, and at exit)."""
    try:
        fd, filename = tempfile.mkstemp(suffix=suffix, prefix=SPOOL_PREFIX, dir=paths.private_temp_dir())
    except OSError as exc:
        if _openpyxl_temporary_file is None:
            raise
        log.warning("cannot write in the private temp folder (%s): openpyxl spools to the system's", exc)
        return str(_openpyxl_temporary_file(suffix))
    os.close(fd)
    openpyxl_writer.ALL_TEMP_FILES.append(filename)
    return filename


def spool_privately() -> None:
    """Make openpyxl write its worksheet spools in the private temp folder, in every thread, from now
    on (done when this module is imported; calling it again does nothing)."""
    if getattr(openpyxl_writer, "create_temporary_file", None) is private_temporary_file:
        return
    if _openpyxl_temporary_file is None or not hasattr(openpyxl_writer, "ALL_TEMP_FILES"):
        log.warning("this openpyxl has no create_temporary_file: its temp files go to the system's folder")
        return
    openpyxl_writer.create_temporary_file = private_temporary_file


spool_privately()


def safe_cell_value(value: Any) -> Any:
    """Numbers, dates and booleans as themselves; everything else as clean text."""
    if value is None or isinstance(value, bool | int | float | datetime | date):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def text_cell(ws: Any, value: Any) -> WriteOnlyCell:
    """A cell for ``value`` in a write-only sheet; strings are forced to text (never formulas)."""
    clean = safe_cell_value(value)
    cell = WriteOnlyCell(ws, value=clean)
    if isinstance(clean, str):
        cell.data_type = "s"
    elif isinstance(clean, datetime | date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def write_only_workbook(
    target: Path,
    *,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] | None = None,
) -> Path:
    """One styled sheet: bold header, frozen first row, autofilter, column widths."""
    spool_privately()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    ws.freeze_panes = "A2"
    for index, width in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_cells = []
    for title in headers:
        cell = text_cell(ws, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for row in rows:
        ws.append([text_cell(ws, v) for v in row])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}{count + 1}"
    wb.save(target)
    return target
