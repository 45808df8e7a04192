"""The command line: exit 0 on success, 2 with one clear line on a user error, 1 on a bug."""

import subprocess
import sys
from pathlib import Path

import pytest

from esn_desk import __version__, cli


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"ESN Desk {__version__}"


def test_demo_writes_a_programme_then_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.esndesk"
    assert cli.main(["demo", str(target)]) == 0
    assert "2,000 people" in capsys.readouterr().out
    assert cli.main(["demo", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err and "Traceback" not in err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["no-such-command"])
    assert exit_info.value.code == 2
    assert cli.main(["--demo", "--db", "x.esndesk"]) == 2
    assert "either --demo or --db" in capsys.readouterr().err


def test_a_bug_exits_1_and_is_logged(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    private_data_dir: Path,
) -> None:
    def explode(_args: object) -> int:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(cli, "_cmd_demo", explode)
    assert cli.main(["demo", str(tmp_path / "x.esndesk")]) == 1
    assert "unexpected error" in capsys.readouterr().err
    log = (private_data_dir / "logs" / "esn-desk.log").read_text()
    assert "kaboom" in log and "Traceback" in log


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "esn_desk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and __version__ in result.stdout
