"""Writing xlsx files that a spreadsheet application opens cleanly and that cannot run formulas.

Text that came from people or HR files is always written as text: openpyxl would otherwise turn
``=HYPERLINK(...)`` into a live formula. Control characters openpyxl refuses are removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEADER_FILL = PatternFill("solid", fgColor="2F6FDE")
HEADER_FONT = Font(bold=True, color="FFFFFF")


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
