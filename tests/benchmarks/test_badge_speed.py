"""500 name badges with QR codes to PDF in at most 2 s (issue #5, "Performance").

Times what the Kit page's "Save as PDF…" does once the people are chosen: the badges' content (QR
payloads, role colours), the QR codes (segno) and the drawing on a QPdfWriter, up to the closed file.
Each run uses new profile addresses, so no QR code comes from the cache of an earlier run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from esn_desk.core import demo
from esn_desk.core.kit import badges
from esn_desk.core.kit.layouts import template
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import open_store
from esn_desk.ui.printing.fonts import print_family
from esn_desk.ui.printing.labels import LabelRenderer, write_pdf

COUNT = 500
GOAL_S = 2.0


def test_500_name_badges_with_qr_codes_to_pdf(
    qapp: QApplication, tmp_path: Path, bench_report: Callable[[str], None]
) -> None:
    store = open_store(":memory:")
    demo.populate(store, size=2000)
    people = store.kit.people(statuses=("active", "paused", "alumni", "applied", "nominated"))
    store.close()
    assert people
    people = [
        replace(p, ambassador_id=i, email=f"{i}.{p.email}" if p.email else f"person{i}@aurore.example")
        for i, p in enumerate((people * (COUNT // len(people) + 1))[:COUNT])
    ]
    print_family()  # registered once, as the app does before any export
    tpl = template("L4785")
    runs, qr_times, sizes = [], [], []
    for run in range(3):
        settings = ProgrammeSettings(
            programme_name="Ambassadeurs Aurore",
            esn_name="Talkspirit",
            profile_url_pattern=f"https://esn.aurore.example/r{run}/people/{{email}}",
        )
        start = time.perf_counter()
        items = badges.badge_contents(people, settings)
        pages = badges.place(tpl, items, start=3)
        pdf = tmp_path / f"badges-{run}.pdf"
        assert write_pdf(pdf, LabelRenderer(tpl), pages)
        runs.append(time.perf_counter() - start)
        sizes.append(pdf.stat().st_size)
        # the QR share: the same codes again, from scratch
        badges.qr_matrix.cache_clear()
        start = time.perf_counter()
        for item in items:
            assert item.qr is not None and badges.qr_matrix(item.qr) is not None
        qr_times.append(time.perf_counter() - start)
    median = statistics.median(runs)
    bench_report(
        f"{COUNT} name badges (L4785, QR profile links, no photos) to PDF: median of 3 {median:.2f} s "
        f"(runs {', '.join(f'{r:.2f}' for r in runs)} s; QR alone {statistics.median(qr_times):.2f} s), "
        f"{len(pages)} pages, {statistics.median(sizes) / 1e6:.1f} MB · goal ≤ {GOAL_S:.0f} s"
    )
    assert median <= GOAL_S
