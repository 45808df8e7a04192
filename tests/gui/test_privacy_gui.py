"""Privacy in the window: erase and export a person from the Directory, purge the older backups,
and delete the leavers due for deletion from the Dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from esn_desk.core import demo
from esn_desk.core.errors import UserError
from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.privacy import DueForDeletionDialog, EraseDialog
from esn_desk.ui.views.dashboard import DashboardPage
from esn_desk.ui.views.directory import DirectoryPage

SIZE = 120
WAIT = 20_000


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "demo.esndesk"
    demo.write_demo(path, size=SIZE).close()
    return path


@pytest.fixture
def store(programme: Path, tmp_path: Path) -> Iterator[Store]:
    """A programme file with backups (the demo itself is not backed up)."""
    opened = open_store(programme, backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


def _ambassador(store: Store) -> tuple[int, str, str]:
    """An ambassador with activities, whose email matches nobody else's."""
    with store.db.read() as conn:
        row = conn.execute(
            "SELECT p.id, p.full_name, p.email FROM person p JOIN ambassador a ON a.person_id = p.id "
            "WHERE EXISTS (SELECT 1 FROM activity WHERE ambassador_id = a.id) ORDER BY p.id LIMIT 1"
        ).fetchone()
    return int(row[0]), str(row[1]), str(row[2])


def directory(qtbot: Any, store: Store, *, read_only: bool = False) -> DirectoryPage:
    page = DirectoryPage(
        store.people,
        store.programme,
        privacy=store.privacy,
        backups=store.backups,
        read_only=read_only,
    )
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def dashboard(qtbot: Any, store: Store, *, read_only: bool = False) -> DashboardPage:
    page = DashboardPage(
        store.programme,
        store.coverage,
        store.settings,
        store.adoption,
        training=store.training,
        privacy=store.privacy,
        backups=store.backups,
        read_only=read_only,
    )
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _show(qtbot: Any, page: DirectoryPage, email: str) -> None:
    qtbot.keyClicks(page.search, email)
    assert page.model.rowCount() == 1


def _open_erase(qtbot: Any, page: DirectoryPage, email: str) -> EraseDialog:
    _show(qtbot, page, email)
    dialog = page.erase_current()
    assert dialog is not None
    return dialog


def _held_by_backups(store: Store, email: str) -> list[str]:
    return [
        b.path.name for b in store.backups.backups() if email.lower().encode() in b.path.read_bytes().lower()
    ]


def test_erase_from_the_directory_removes_them_everywhere_then_purges_the_backups(
    qtbot: Any, store: Store
) -> None:
    person_id, name, email = _ambassador(store)
    older = store.backups.backup("manual")  # holds them
    page = directory(qtbot, store)
    assert page.count_label.text() == f"{SIZE} people"
    dialog = _open_erase(qtbot, page, email)
    assert dialog.windowTitle() == f"Erase {name}"
    summary = dialog.summary.text()
    assert "1 directory record" in summary and "activit" in summary
    assert "backup of the programme is taken first" in dialog.backup_line.text()
    # Nothing happens without the explicit confirmation; Enter means Cancel.
    assert not dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault() and not dialog.erase_button.autoDefault()
    dialog.confirm.setChecked(True)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignals([dialog.erased, page.people_erased], timeout=WAIT):
        dialog.erase_button.click()

    assert store.people.count() == SIZE - 1
    assert page.count_label.text() == f"0 of {SIZE - 1} people"  # the search still shows their email
    with pytest.raises(UserError):
        store.privacy.find(email)
    assert store.programme.for_person(person_id) is None
    assert dialog.reports[0].name == name
    assert "Removed: 1 directory record" in dialog.report_label.text()
    note = dialog.backups_note.text()
    assert "6 months" in note and name in note and "just before the erase" in note
    safety = [b for b in store.backups.backups() if b.reason == "before-erase"]
    assert len(safety) == 1
    assert set(_held_by_backups(store, email)) == {older.path.name, safety[0].path.name}

    assert dialog.purge_button.isVisible() and dialog.keep_button.text() == "Keep them until they rotate out"
    with qtbot.waitSignal(dialog.purged, timeout=WAIT):
        dialog.purge_button.click()
    assert dialog.purge_result is not None
    assert set(dialog.purge_result.rewritten) == {older.path, safety[0].path}
    assert _held_by_backups(store, email) == []
    assert "2 backups rewritten" in dialog.purge_result_label.text()
    assert dialog.keep_button.text() == "Close" and not dialog.purge_button.isVisible()
    dialog.keep_button.click()
    assert not dialog.isVisible()


def test_cancel_erases_nothing(qtbot: Any, store: Store) -> None:
    _, _, email = _ambassador(store)
    page = directory(qtbot, store)
    dialog = _open_erase(qtbot, page, email)
    dialog.confirm.setChecked(True)
    dialog.cancel_button.click()
    assert not dialog.isVisible() and not dialog.reports
    assert store.people.count() == SIZE
    assert store.privacy.find(email)
    assert store.backups.backups() == []  # not even the safety copy


def test_export_writes_both_files_and_opens_the_folder(
    qtbot: Any, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, name, email = _ambassador(store)
    out = tmp_path / "export"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(out))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = directory(qtbot, store)
    _show(qtbot, page, email)
    page.table.selectRow(0)
    assert page.export_action.isEnabled() and page.erase_action.isEnabled()
    box = page.export_selected()
    assert isinstance(box, QMessageBox)
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2 and {Path(n).suffix for n in written} == {".json", ".xlsx"}
    assert all(n in box.text() for n in written) and name in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "Open the folder")
    open_button.click()
    assert opened and opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == out
    assert store.people.count() == SIZE and person_id  # nothing changed


def test_privacy_actions_need_exactly_one_person(qtbot: Any, store: Store) -> None:
    page = directory(qtbot, store)
    page.table.selectAll()
    assert not page.export_action.isEnabled() and not page.erase_action.isEnabled()
    assert page.erase_selected() is None and page.export_selected() is None
    page.table.selectRow(3)
    assert page.export_action.isEnabled() and page.erase_action.isEnabled()
    assert page.panel.export_button.isVisible() and page.panel.erase_button.isEnabled()


def _make_due(store: Store, count: int) -> list[int]:
    with store.db.write() as conn:
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT id FROM person WHERE status = 'active' ORDER BY id LIMIT ?", (count,)
            )
        ]
        conn.executemany(
            "UPDATE person SET status = 'left', left_on = '2020-03-01' WHERE id = ?", [(i,) for i in ids]
        )
    return ids


def test_dashboard_shows_who_is_due_for_deletion_and_deletes_them_all(qtbot: Any, store: Store) -> None:
    page = dashboard(qtbot, store)
    assert store.privacy.leavers_due(24) == []  # the demo's leavers left recently
    assert not page.due_card.isVisible() and page.review_due() is None  # no empty card
    _make_due(store, 4)
    page.refresh()
    assert page.due_card.isVisible()
    assert page.due_card.text.text() == "4 people left more than 24 months ago — their data should be deleted"
    page.due_card.button.click()
    (dialog,) = page.findChildren(DueForDeletionDialog)
    assert dialog.people.topLevelItemCount() == 4 and dialog.delete_button.text() == "Delete all 4"
    assert dialog.cancel_button.isDefault()
    with qtbot.waitSignals([dialog.erased, page.people_erased], timeout=WAIT):
        dialog.delete_button.click()
    assert store.people.count() == SIZE - 4 and store.privacy.leavers_due(24) == []
    assert not page.due_card.isVisible()
    assert [b.reason for b in store.backups.backups()] == ["before-erase"]
    assert dialog.done_heading.text() == "4 people were erased"
    assert "these 4 people" in dialog.backups_note.text()
    with qtbot.waitSignal(dialog.purged, timeout=WAIT):
        dialog.purge_button.click()
    assert dialog.purge_result is not None and len(dialog.purge_result.rewritten) == 1


def test_read_only_disables_erase_and_delete(
    qtbot: Any, store: Store, programme: Path, tmp_path: Path
) -> None:
    _make_due(store, 2)
    _, _, email = _ambassador(store)
    reader = open_store(programme, read_only=True, backup_dir=tmp_path / "backups")
    try:
        assert reader.read_only
        page = directory(qtbot, reader, read_only=reader.read_only)
        _show(qtbot, page, email)
        page.table.selectRow(0)
        assert not page.panel.erase_button.isEnabled() and not page.erase_action.isEnabled()
        assert page.panel.export_button.isEnabled() and page.export_action.isEnabled()
        assert page.erase_current() is None
        board = dashboard(qtbot, reader, read_only=reader.read_only)
        assert board.due_card.isVisible()  # they can be reviewed…
        dialog = board.review_due()
        assert dialog is not None
        assert not dialog.delete_button.isEnabled()  # …not deleted from this window
        dialog.reject()
        erase = EraseDialog(reader.privacy, reader.backups, board.due[0][0], "Someone", read_only=True)
        qtbot.addWidget(erase)
        erase.confirm.setChecked(True)
        assert not erase.confirm.isEnabled() and not erase.erase_button.isEnabled()
    finally:
        reader.close()


def test_a_refused_erase_is_shown_in_the_dialog(
    qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, email = _ambassador(store)
    page = directory(qtbot, store)
    dialog = _open_erase(qtbot, page, email)

    def refuse(_ids: Any) -> None:
        raise UserError("The backups folder is full.")

    monkeypatch.setattr(store.privacy, "purge", refuse)
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.error.text() == "Cannot erase: The backups folder is full."
    assert not dialog.reports and dialog.erase_button.isEnabled()
    assert store.people.count() == SIZE
