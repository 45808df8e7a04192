"""Exporting 100,000 people to Excel must go at 14,000 rows/s or more, with memory bounded (issue #7).

Times :func:`esn_desk.core.exports.export_people` on the shared 100k programme (read only), then runs
the same export in a fresh interpreter under tracemalloc to read its peak memory, which must not grow
with the rows (fetched in batches and written as they come; inline strings, no shared-strings table).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from esn_desk.core import exports
from esn_desk.core.store import Store

GOAL_ROWS_PER_S = 14_000


def test_people_export_speed_and_memory(
    bench_store: Store, bench_db: Path, tmp_path: Path, bench_report: Callable[[str], None]
) -> None:
    runs = []
    count = 0
    for i in range(3):
        out = tmp_path / f"people-{i}.xlsx"
        start = time.perf_counter()
        count = exports.export_people(bench_store, out)
        runs.append(time.perf_counter() - start)
    assert count == 100_000
    seconds = statistics.median(runs)
    rate = count / seconds

    # The file is complete: the last row is there (read-only mode, not the whole sheet in memory).
    wb = openpyxl.load_workbook(tmp_path / "people-0.xlsx", read_only=True)
    ws = wb["People"]
    ws.reset_dimensions()
    last = next(ws.iter_rows(min_row=count + 1, max_row=count + 1, values_only=True), None)
    wb.close()
    assert last is not None and last[1]

    script = (
        "import sys, tracemalloc\n"
        "from pathlib import Path\n"
        "from esn_desk.core import exports\n"
        "from esn_desk.core.store import open_store\n"
        "store = open_store(sys.argv[1], backup_dir=Path(sys.argv[3]))\n"
        "tracemalloc.start()\n"
        "exports.export_people(store, Path(sys.argv[2]))\n"
        "current, peak = tracemalloc.get_traced_memory()\n"
        "print(current // 2**20, peak // 2**20)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(bench_db), str(tmp_path / "rss.xlsx"), str(tmp_path / "b")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    left_mib, peak_mib = (int(v) for v in result.stdout.split())
    size_mib = (tmp_path / "people-0.xlsx").stat().st_size / 2**20
    bench_report(
        f"people export to xlsx, {count:,} rows × {len(exports.PEOPLE_COLUMNS)} columns (median of 3): "
        f"{seconds:.2f} s = {rate:,.0f} rows/s (goal ≥ {GOAL_ROWS_PER_S:,}) · file {size_mib:.1f} MiB · "
        f"Python memory during the export: peak {peak_mib} MiB, {left_mib} MiB left after"
    )
    assert rate >= GOAL_ROWS_PER_S
    assert peak_mib < 50  # bounded: the rows are not held (100k rows as tuples alone take ~150 MiB)
