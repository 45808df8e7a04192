"""openpyxl's worksheet spools (whole sheets of personal data) go to the user's private temp folder,
not the shared system one, and opening a programme deletes the ones a killed export left there once
they are an hour old (tests/unit/test_crash_safety.py kills a real export)."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from esn_desk import paths
from esn_desk.core import excel, exports
from esn_desk.core.store import open_store
from tests.support import hr_files

HOUR = 3600


@pytest.fixture
def system_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, for this test: nothing of an export may land in it."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _aged(path: Path, seconds: float) -> Path:
    path.write_bytes(b"<row><c><is><t>someone</t></is></c></row>")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_openpyxl_spools_its_sheets_in_the_private_folder(private_data_dir: Path, system_tmp: Path) -> None:
    assert openpyxl_writer.create_temporary_file is excel.private_temporary_file
    excel.spool_privately()  # again: nothing changes
    assert openpyxl_writer.create_temporary_file is excel.private_temporary_file
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("People")
    ws.append(["Anne Durand", "anne@example.org"])  # the spool is created at the first row
    spool = Path(ws._writer.out)
    assert spool.parent == private_data_dir / "tmp" == paths.private_temp_dir()
    assert spool.name.startswith("openpyxl.") and spool.is_file()
    if sys.platform != "win32":
        assert stat.S_IMODE(spool.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(spool.stat().st_mode) == 0o600
    wb.save(private_data_dir / "out.xlsx")
    assert not spool.exists() and spool not in map(Path, openpyxl_writer.ALL_TEMP_FILES)
    assert list(system_tmp.iterdir()) == []


def test_an_export_leaves_nothing_in_either_temp_folder(
    tmp_path: Path, private_data_dir: Path, system_tmp: Path
) -> None:
    store = open_store(tmp_path / "programme.esndesk", backup_dir=tmp_path / "backups")
    try:
        store.imports.apply(store.imports.plan(hr_files.french_extract(tmp_path / "extract.xlsx")))
        assert exports.export_people(store, tmp_path / "People.xlsx") > 0
        exports.export_report(store, tmp_path / "Report.xlsx")
    finally:
        store.close()
    assert list(paths.private_temp_dir().iterdir()) == []
    assert list(system_tmp.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_existing_private_folder_is_made_private(private_data_dir: Path) -> None:
    folder = private_data_dir / "tmp"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert paths.private_temp_dir() == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_opening_a_programme_deletes_the_spools_an_hour_old_and_keeps_fresh_ones(tmp_path: Path) -> None:
    folder = paths.private_temp_dir()
    stale = _aged(folder / "openpyxl.stale1", 2 * HOUR)
    stale_unnamed = _aged(folder / "left-by-something", HOUR + 60)
    fresh = _aged(folder / "openpyxl.fresh", 10 * 60)  # another process may be exporting right now
    kept_dir = folder / "a-folder"
    kept_dir.mkdir()
    programme = tmp_path / "programme.esndesk"

    open_store(":memory:", backup_dir=tmp_path / "backups").close()
    assert stale.exists()  # only a programme file opened for writing sweeps
    open_store(programme, backup_dir=tmp_path / "backups").close()
    assert not stale.exists() and not stale_unnamed.exists()
    assert fresh.exists() and kept_dir.is_dir()

    _aged(stale, 2 * HOUR)
    open_store(programme, read_only=True, backup_dir=tmp_path / "backups").close()
    assert stale.exists()  # a read-only window deletes nothing
    assert paths.sweep_private_temp_dir() == [stale]
    assert paths.sweep_private_temp_dir(older_than=0) == [fresh]
