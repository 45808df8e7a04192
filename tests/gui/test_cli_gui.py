"""The GUI entry points of the CLI, run as a user would (in a subprocess, offscreen)."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "ESN_DESK_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "esn_desk", *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_demo_screenshot_writes_every_page(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--demo", "--screenshot", str(tmp_path / "out"), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "out" / "directory.png"))
    assert (image.width(), image.height()) == (1280, 800)


def test_opening_a_non_database_exits_2_with_one_line(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "cv.esndesk"
    bad.write_text("Curriculum vitae")
    result = run_cli("--db", str(bad), "--screenshot", str(tmp_path / "out"), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not an ESN Desk programme file" in result.stderr
    assert bad.read_text() == "Curriculum vitae"
