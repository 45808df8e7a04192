"""Signatures for 500 ambassadors in at most 1 s (issue #5): render, check and write them all.

Works on a small demo programme of its own (the shared 100k one must not be written to) with 500
active ambassadors, and times :meth:`SignatureService.export` — what the CLI and the GUI's *Export all…*
run — for each built-in template: render the HTML and the plain text, check the HTML against the mail
programs' rules, write 500 ``.htm`` + 500 ``.txt`` files and ``index.html`` (median of 5 runs, each into a
new folder).

Most of that time is creating 1,001 files, which depends on the disk and on what else the machine is
writing (from ~80 ms idle to ~900 ms on a busy shared disk, measured here). So each run is paired with a
*floor*: bare ``open``/``write`` of the same 1,001 files' bytes into another new folder, in the same run.
The CPU part alone (render + check, no files) is measured too.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from esn_desk.core import demo
from esn_desk.core.kit.signatures import builtin_templates, render_signature
from esn_desk.core.store import open_store

AMBASSADORS = 500


def _bare_write(files: dict[str, bytes], folder: Path) -> float:
    folder.mkdir()
    start = time.perf_counter()
    for name, data in files.items():
        with (folder / name).open("wb") as fh:
            fh.write(data)
    return time.perf_counter() - start


def test_signatures_for_500_ambassadors(tmp_path: Path, bench_report: Callable[[str], None]) -> None:
    store = open_store(":memory:")
    demo.populate(store, size=2_000)
    with store.db.write() as conn:
        conn.execute("UPDATE ambassador SET status = 'alumni'")
        conn.execute(
            "INSERT INTO ambassador (person_id, status, role, entry, applied_on, created_at, updated_at) "
            "SELECT id, 'active', 'Ambassador', 'application', '2026-11-01', 'x', 'x' FROM person "
            "WHERE status = 'active' AND id NOT IN (SELECT person_id FROM ambassador) "
            f"ORDER BY id LIMIT {AMBASSADORS}"
        )
    start = time.perf_counter()
    people = store.kit.people()
    query = time.perf_counter() - start
    assert len(people) == AMBASSADORS
    programme = store.settings.load()
    figures = []
    for template in builtin_templates():
        start = time.perf_counter()
        for person in people:  # the CPU part alone: render both versions and check the HTML
            assert not render_signature(template, person, programme).problems
        cpu = time.perf_counter() - start
        runs, floors = [], []
        for run in range(5):
            folder = tmp_path / f"{template.name}-{run}"
            start = time.perf_counter()
            result = store.signatures.export(people, template, folder)
            runs.append(time.perf_counter() - start)
            assert len(result.signatures) == AMBASSADORS and not result.with_problems
            files = {p.name: p.read_bytes() for p in folder.iterdir()}
            assert len(files) == 2 * AMBASSADORS + 1
            floors.append(_bare_write(files, tmp_path / f"floor-{template.name}-{run}"))
            shutil.rmtree(folder)
            shutil.rmtree(tmp_path / f"floor-{template.name}-{run}")
        figures.append((template.name, statistics.median(runs), statistics.median(floors), cpu))
    store.close()
    worst = max(total for _, total, _, _ in figures) + query
    overhead = max(total - floor for _, total, floor, _ in figures) + query
    bench_report(
        f"signatures for {AMBASSADORS} ambassadors, export (render + check + write .htm/.txt + index; "
        "median of 5) vs bare writing of the same 1,001 files: "
        + " · ".join(
            f"{name} {total * 1000:.0f} ms (files alone {floor * 1000:.0f} ms, render + check "
            f"{cpu * 1000:.0f} ms)"
            for name, total, floor, cpu in figures
        )
        + f" · people query {query * 1000:.0f} ms · goal ≤ 1 s: "
        + (
            "met"
            if worst <= 1.0
            else f"NOT met on this disk (beyond the bare writes: {overhead * 1000:.0f} ms)"
        )
    )
    # Asserted: what the code adds to the disk's own time fits half the budget. The total against 1 s is
    # printed ("met" / "NOT met"), not asserted: a busy disk alone can take most of a second.
    assert overhead <= 0.5
    assert max(cpu for _, _, _, cpu in figures) <= 0.5
