"""The core never imports Qt: a business rule must be testable without a QApplication."""

import pkgutil
import subprocess
import sys

import esn_desk.core


def test_every_core_module_imports_without_qt() -> None:
    modules = ["esn_desk.core"] + [
        m.name for m in pkgutil.walk_packages(esn_desk.core.__path__, prefix="esn_desk.core.")
    ]
    assert "esn_desk.core.people" in modules and "esn_desk.core.migrations.m0001_initial" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import esn_desk.cli, esn_desk.paths, esn_desk.logging_setup\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
