"""Backups of a 100,000-person programme: how long the safety copy before an import, a full verified
backup, the "changed since the last backup?" check and a restore take (issue #8).

The safety copy (SQLite backup API + ``PRAGMA integrity_check``, no fingerprint) runs before every
import and erasure, so it must stay small next to the import itself (5.5–6.6 s for 100k rows):
goal ≤ 2 s (a third of the import; the integrity check is most of it). The automatic backups run
in a worker thread; their figures are reported only.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from esn_desk.core.backups import verify_file
from esn_desk.core.store import open_store

GOAL_SAFETY_S = 2.0


def _median(runs: list[float]) -> float:
    return statistics.median(runs)


def test_backup_and_restore_speed(
    bench_db: Path, tmp_path: Path, bench_report: Callable[[str], None]
) -> None:
    copy = tmp_path / "bench-copy.esndesk"
    shutil.copy(bench_db, copy)
    store = open_store(copy, backup_dir=tmp_path / "backups")
    try:
        safety, full, check, verify = [], [], [], []
        for _ in range(3):
            start = time.perf_counter()
            store.backups.backup("before-import", fingerprint=False)
            safety.append(time.perf_counter() - start)
            start = time.perf_counter()
            made = store.backups.backup("manual")
            full.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert not store.backups.changed_since_last_backup()
            check.append(time.perf_counter() - start)
            start = time.perf_counter()
            verify_file(made.path)
            verify.append(time.perf_counter() - start)
        start = time.perf_counter()
        store.backups.restore(made.path)
        restore = time.perf_counter() - start
        size = made.size / 1024 / 1024
    finally:
        store.close()
    bench_report(
        f"backups of 100,000 people ({size:.0f} MB): safety copy before an import {_median(safety):.2f} s "
        f"(goal ≤ {GOAL_SAFETY_S} s), verified backup with fingerprint {_median(full):.2f} s, "
        f"changed-since-last check {_median(check):.2f} s, verify a file {_median(verify):.2f} s, "
        f"restore (incl. its safety backup) {restore:.2f} s"
    )
    assert _median(safety) <= GOAL_SAFETY_S
