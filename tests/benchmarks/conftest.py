"""Shared set-up for the on-demand benchmarks (``pytest tests/benchmarks -s``).

* Qt runs off screen unless ``QT_QPA_PLATFORM`` is already set, so the figures do not depend on a
  window manager (set ``QT_QPA_PLATFORM=xcb`` / ``wayland`` to measure on a real screen).
* ``ESN_DESK_DATA_DIR`` points at a throw-away folder for the whole session (``tests/conftest.py`` also
  gives each test its own): nothing here touches the user's real data folder (settings, logs, backups,
  default programme), in this process or in the subprocesses it starts.
* The 100,000-person programme is generated once per session (about 6 s) and shared by every benchmark.
* Every test in this folder gets the ``benchmark`` marker; each one prints a ``BENCH …`` line and the
  lines are repeated in a "benchmark figures" section at the end of the run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Both before anything imports Qt (pytest-qt creates the QApplication lazily, after conftest import).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = Path(tempfile.mkdtemp(prefix="esn-desk-bench-data-"))
os.environ["ESN_DESK_DATA_DIR"] = str(_DATA_DIR)

import pytest  # noqa: E402

from esn_desk.core.demo import write_demo  # noqa: E402 - after the environment is set
from esn_desk.core.store import Store, open_store  # noqa: E402

BENCH_SIZE = 100_000
_HERE = Path(__file__).resolve().parent
_FIGURES: list[str] = []


def report(line: str) -> None:
    """Print one figures line now (visible with ``-s``) and again in the end-of-run summary."""
    text = f"BENCH {line}"
    print(f"\n{text}", flush=True)
    _FIGURES.append(text)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.benchmark)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("benchmark figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def bench_report() -> Callable[[str], None]:
    """``bench_report("…")`` prints a figures line (see :func:`report`)."""
    return report


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The throw-away ``ESN_DESK_DATA_DIR`` of this run."""
    return _DATA_DIR


@pytest.fixture(scope="session")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a 100,000-person demo programme, generated once per session."""
    path = tmp_path_factory.mktemp("bench-db") / "bench-100k.esndesk"
    start = time.perf_counter()
    store = write_demo(path, size=BENCH_SIZE)
    try:
        count = store.people.count()
    finally:
        store.close()
    assert count == BENCH_SIZE
    report(f"setup: generated {count:,} people in {time.perf_counter() - start:.1f} s ({path.name})")
    return path


@pytest.fixture(scope="session")
def bench_store(bench_db: Path) -> Iterator[Store]:
    """The 100,000-person programme, open (shared; benchmarks must not write to it)."""
    store = open_store(bench_db)
    yield store
    store.close()
