"""Shared test set-up: offscreen Qt, a private data folder, and the ``gui`` marker.

Qt is not imported here: unit tests must run without it (see tests/unit/test_layering.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The command line follows the system's language (esn_desk/cli_i18n.py): on a French machine the
# tests still run in English, as on CI (tests that want French say so: --lang fr, i18n.apply("fr")).
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
    if os.environ.get(_variable, "").lower().startswith("fr"):
        os.environ[_variable] = "C.UTF-8"

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Property tests (hypothesis): the same examples on every run, so a failure on CI reproduces locally,
# and no example database left in the working tree. HYPOTHESIS_PROFILE=thorough searches further.
settings.register_profile("esn-desk", max_examples=200, deadline=None, derandomize=True, database=None)
settings.register_profile("thorough", settings.get_profile("esn-desk"), max_examples=5_000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "esn-desk"))


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Never touch the user's real data folder: every test gets its own."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ESN_DESK_DATA_DIR", str(path))
    yield path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qapp", "qtbot", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def french_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The French .qm built once per run from the working tree's translations (the committed one may
    lag behind while strings are being translated); point ``ESN_DESK_QM`` at it to use it."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve().parent.parent / "scripts" / "update_translations.py"),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / "esn_desk_fr.qm"
