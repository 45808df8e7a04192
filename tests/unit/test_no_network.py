"""Nothing leaves the laptop: the main flows run with every network connection made to fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Installed in the child process before anything else: any attempt to reach the network raises.
GUARD = """
import socket, sys
def refuse(*args, **kwargs):
    raise AssertionError(f"network access attempted: {args!r}")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from esn_desk import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def run(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {
        "ESN_DESK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
    }
    return subprocess.run(
        [sys.executable, "-c", GUARD, *map(str, args)], capture_output=True, text=True, env=env, timeout=180
    )


def test_the_main_flows_make_no_network_connection(tmp_path: Path) -> None:
    db = tmp_path / "demo.esndesk"
    steps = [
        ("demo", db),  # builds the programme through real HR and usage imports
        ("--db", db, "coverage", "--json"),
        ("--db", db, "kit", "badges", tmp_path / "badges.pdf"),
        ("--db", db, "kit", "signatures", tmp_path / "signatures"),
        ("--db", db, "training", "ics", "3", tmp_path / "s.ics"),
        ("--db", db, "export", "report", tmp_path / "report.xlsx"),
        ("--db", db, "--screenshot", tmp_path / "shots"),  # every page of the window
    ]
    for step in steps:
        done = run(tmp_path, *step)
        assert done.returncode == 0, (step, done.stderr[-2000:])
        assert "network access attempted" not in done.stderr
    assert (tmp_path / "report.xlsx").exists() and len(list((tmp_path / "shots").glob("*.png"))) >= 8


def test_the_guard_really_blocks_connections(tmp_path: Path) -> None:
    """The guard itself works: a connection attempt through it fails loudly."""
    code = GUARD.split("from esn_desk")[0] + "import socket\nsocket.create_connection(('example.org', 80))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "network access attempted" in done.stderr


@pytest.mark.parametrize("module", ["PySide6.QtNetwork", "requests", "urllib3", "httpx"])
def test_the_app_does_not_import_network_libraries(module: str) -> None:
    code = (
        "import sys, os\nos.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "import esn_desk.ui.main_window, esn_desk.core.store, esn_desk.cli\n"
        "import esn_desk.ui.views.kit, esn_desk.ui.views.training, esn_desk.core.exports\n"
        f"print({module!r} in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
