"""The import's error file: the rejected rows as they were, plus the reason, ready to fix and re-import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from esn_desk.core.excel import safe_cell_value, write_only_workbook
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.importing.readers import Row
from esn_desk.core.importing.service import ImportPlan, column_letter

# Written in the interface language; neither header names a field, so the import ignores both columns.
ROW_HEADER = QT_TRANSLATE_NOOP("ImportErrorFile", "Row in the original file")
REASON_HEADER = QT_TRANSLATE_NOOP("ImportErrorFile", "Why it was rejected")


def write_error_file(plan: ImportPlan, target: Path) -> Path:
    """Write the rejected rows of ``plan`` to ``target`` (xlsx) with the file's own headers first,
    so that the fixed file imports again with the same mapping; the two extra columns are ignored."""
    width = max([len(plan.headers)] + [len(r) for _, r, _ in plan.rejected_rows])
    headers = [
        plan.headers[i] if i < len(plan.headers) and plan.headers[i] else column_letter(i)
        for i in range(width)
    ]
    rows: list[list[Any]] = []
    for number, row, reason in plan.rejected_rows:
        rows.append([*_padded(row, width), number, reason])
    write_only_workbook(
        target,
        sheet=translate("ImportErrorFile", "Rejected rows"),
        headers=[
            *headers,
            translate("ImportErrorFile", ROW_HEADER),
            translate("ImportErrorFile", REASON_HEADER),
        ],
        rows=rows,
        widths=[18] * width + [14, 60],
    )
    return target


def _padded(row: Row, width: int) -> list[Any]:
    cells = [safe_cell_value(v) for v in row[:width]]
    return cells + [None] * (width - len(cells))
