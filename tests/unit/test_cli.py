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


def test_a_closed_pipe_is_not_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`esn-desk … | head`: the reader leaving early ends the command quietly, exit 0 (the command's
    writes are simulated failing the way they do on a closed pipe)."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from esn_desk import cli\n"
        "def closed(args):\n"
        "    raise BrokenPipeError(32, 'Broken pipe')\n"
        "cli._cmd_list = closed\n"
        f"sys.exit(cli.main(['--db', {str(tmp_path / 'p.esndesk')!r}, 'list', 'ambassadors']))\n"
    )
    env = {**os.environ, "ESN_DESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"unexpected error" not in done.stderr and b"Traceback" not in done.stderr
