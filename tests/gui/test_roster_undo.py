"""Undo and redo of roster edits, as a user drives them: bulk moves, edits, adding people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import ProgrammeRules, Rule
from esn_desk.core.store import Store, open_store
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.undo import RosterUndoStack
from esn_desk.ui.views import roster as roster_module
from esn_desk.ui.views.directory import DirectoryPage
from esn_desk.ui.views.roster import RosterPage

PEOPLE = [
    {"employee_id": "1", "first_name": "Anne", "last_name": "Durand", "department": "Finance"},
    {"employee_id": "2", "first_name": "Bob", "last_name": "Martin", "department": "Informatique"},
    {"employee_id": "3", "first_name": "Thérèse", "last_name": "Lœuvre", "department": "Commercial"},
]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="t")
    s.programme.save_rules(ProgrammeRules(flow="hr", rules=[Rule("not_in", "department", ("Informatique",))]))
    yield s
    s.close()


def dump(store: Store) -> tuple[list[Any], list[Any]]:
    with store.db.read() as conn:
        return (
            conn.execute("SELECT * FROM ambassador ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM ambassador_event ORDER BY id").fetchall(),
        )


def accept_steps(monkeypatch: pytest.MonkeyPatch, who: str = "RH — Sophie", note: str = "") -> None:
    def fake_exec(dialog: QDialog) -> int:
        dialog.who.setText(who)  # type: ignore[attr-defined]
        dialog.note.setPlainText(note)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(roster_module.StepDialog, "exec", fake_exec)


def test_a_bulk_validation_is_undone_and_redone(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bob = store.people.match_ids(DirectoryQuery(text="bob"))[0]
    ids = [store.programme.recruit(p) for p in store.people.match_ids(DirectoryQuery()) if p != bob]
    stack = RosterUndoStack(store.programme)
    restored: list[tuple[str, bool]] = []
    stack.restored.connect(lambda text, undone: restored.append((text, undone)))
    page = RosterPage(store.programme, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    before = dump(store)

    page.table.selectAll()
    accept_steps(monkeypatch, note="Comité du 25/11")
    page.move_selection("hr_validated")
    after = dump(store)
    assert store.programme.counts_by_status()["hr_validated"] == 2
    assert stack.count() == 1 and stack.undoText() == "Validate 2 candidates"

    stack.undo()
    assert dump(store) == before
    assert [e.to_status for e in store.programme.history(ids[0])] == ["applied"]
    assert restored == [("Validate 2 candidates", True)]
    assert stack.redoText() == "Validate 2 candidates" and not stack.canUndo()

    stack.redo()
    assert dump(store) == after
    assert [e.note for e in store.programme.history(ids[1])] == ["", "Comité du 25/11"]
    assert restored[-1] == ("Validate 2 candidates", False)

    # One person: the command is named after them.
    page.refresh()
    page.table.clearSelection()
    page.table.selectRow(next(i for i, r in enumerate(page.model.items) if r["id"] == ids[1]))
    page.move_selection("active")
    assert stack.undoText() == "Activate Thérèse Lœuvre"


def test_nothing_moved_nothing_to_undo(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    anne = store.programme.recruit(store.people.match_ids(DirectoryQuery(text="anne"))[0])
    store.programme.transition(anne, "withdrawn")
    stack = RosterUndoStack(store.programme)
    page = RosterPage(store.programme, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.table.selectAll()
    accept_steps(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    page.move_selection("hr_validated")
    assert shown and "Not moved" in shown[0]
    assert stack.count() == 0


def test_an_edit_is_undone_and_a_save_without_change_is_not_recorded(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    anne = store.programme.recruit(store.people.match_ids(DirectoryQuery(text="anne"))[0])
    stack = RosterUndoStack(store.programme)
    page = RosterPage(store.programme, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    dialog = page.edit_current()
    assert dialog is not None
    dialog.accept()  # Save with nothing changed
    assert stack.count() == 0

    dialog = page.edit_current()
    assert dialog is not None
    dialog.objective.setText("Get my team of 40 posting weekly")
    dialog.role.setCurrentIndex(dialog.role.findData("Coach"))
    dialog.accept()
    assert stack.undoText() == "Edit Anne Durand"
    stack.undo()
    fields = store.programme.get(anne).fields  # type: ignore[union-attr]
    assert (fields["objective"], fields["role"]) == ("", "Ambassador")
    stack.redo()
    fields = store.programme.get(anne).fields  # type: ignore[union-attr]
    assert (fields["objective"], fields["role"]) == ("Get my team of 40 posting weekly", "Coach")


def test_adding_people_from_the_directory_is_undone(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # Bob is reported as skipped
    stack = RosterUndoStack(store.programme)
    page = DirectoryPage(store.people, store.programme, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.table.selectAll()
    dialog = page.recruit_selected()
    assert dialog is not None
    dialog.accept()
    assert store.programme.counts_by_status()["applied"] == 2
    assert stack.undoText() == "Add 2 people to the programme"
    stack.undo()
    assert store.programme.counts_by_status()["applied"] == 0 and store.programme.roster() == []
    stack.redo()
    assert [r["name"] for r in store.programme.roster()] == ["Anne Durand", "Thérèse Lœuvre"]

    page.search.setText("thérèse")
    page.table.selectRow(0)
    store.programme.transition(store.programme.roster()[1]["id"], "withdrawn")
    page.refresh_detail()
    dialog = page.recruit_current()
    assert dialog is not None
    dialog.accept()
    assert stack.undoText() == "Add Thérèse Lœuvre to the programme"


def test_undo_that_would_lose_activities_is_refused_and_clears_the_stack(
    qtbot,
    store: Store,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    warnings: list[str] = []
    stack = RosterUndoStack(store.programme)
    stack.failed.connect(warnings.append)
    page = DirectoryPage(store.people, store.programme, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.search.setText("anne")
    page.table.selectRow(0)
    dialog = page.recruit_current()
    assert dialog is not None and dialog.ambassador_id is None
    dialog.accept()
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO activity (ambassador_id, happened_on, kind, created_at, updated_at) "
            "VALUES (?, '2026-11-26', 'workshop', '2026-11-26', '2026-11-26')",
            (dialog.ambassador_id,),
        )
    stack.undo()
    assert warnings and "1 activity recorded" in warnings[0]
    assert store.programme.get(dialog.ambassador_id) is not None  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: stack.count() == 0)


# -- in the main window ---------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, demo_store: Store, qsettings: QSettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    window.remember_state = False
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.page_keys().index("roster"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def validate_applied(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> int:
    roster = window.roster
    roster.set_stage("applied")  # the "Applied / nominated" tab: select the applied ones
    roster.table.clearSelection()
    for row, item in enumerate(roster.model.items):
        if item["status"] == "applied":
            roster.table.selectionModel().select(
                roster.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    count = len(roster.selected_ids())
    accept_steps(monkeypatch)
    roster.move_selection("hr_validated")
    return count


def test_edit_menu_undoes_and_redoes_with_the_command_text(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "&Undo"
    counts = store.programme.counts_by_status()
    moved = validate_applied(window, monkeypatch)
    assert moved == counts["applied"] == 16
    assert store.programme.counts_by_status()["applied"] == 0
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo “Validate 16 candidates”"

    window.undo_action.trigger()
    assert store.programme.counts_by_status() == counts
    assert window.statusBar().currentMessage() == "Undone: Validate 16 candidates"
    assert window.redo_action.text() == "&Redo “Validate 16 candidates”"
    window.roster.set_stage(None)
    assert sum(r["status"] == "applied" for r in window.roster.model.items) == 16  # the page was refreshed

    window.redo_action.trigger()
    assert store.programme.counts_by_status()["applied"] == 0
    assert window.statusBar().currentMessage() == "Redone: Validate 16 candidates"
    shortcuts = dict(window.shortcut_list())
    assert shortcuts["Undo the last roster change"] == "Ctrl+Z"


def test_ctrl_z_in_a_text_field_undoes_typing_not_the_roster(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    validate_applied(window, monkeypatch)
    validated = store.programme.counts_by_status()["hr_validated"]
    search = window.roster.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "lyon")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "lyon"  # the field undid the typing…
    assert store.programme.counts_by_status()["hr_validated"] == validated  # …and the roster is untouched
    assert window.undo_stack.index() == 1

    table = window.roster.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # elsewhere: the roster
    assert window.undo_stack.index() == 0
    assert store.programme.counts_by_status()["hr_validated"] == validated - 16
    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.undo_stack.index() == 1
    assert store.programme.counts_by_status()["hr_validated"] == validated


def test_an_import_or_an_undone_import_clears_the_stack(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    validate_applied(window, monkeypatch)
    assert window.undo_stack.count() == 1
    window.imports_page.undone.emit()
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()

    validate_applied(window, monkeypatch)  # the filter shows none left: nothing recorded
    window.roster.set_stage("hr_validated")
    window.roster.table.selectAll()
    window.roster.move_selection("withdrawn")
    assert window.undo_stack.count() == 1
    wizard = window.import_spreadsheet()
    wizard.imported.emit(1)
    assert window.undo_stack.count() == 0
    wizard.reject()


def test_another_programme_opens_with_an_empty_stack(qtbot, qsettings: QSettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.ui.app import DesktopApp

    first = tmp_path / "first.esndesk"
    seeded = open_store(first)
    seeded.people.insert_many(PEOPLE, source="t")
    anne = seeded.programme.recruit(seeded.people.match_ids(DirectoryQuery(text="anne"))[0])
    seeded.close()
    app = DesktopApp(qsettings, data_dir=tmp_path, log_path=tmp_path / "log.txt")
    app.remember_state = False
    assert app.open(first, create=False) and app.window is not None
    qtbot.addWidget(app.window)
    stack = app.window.undo_stack
    before = stack.programme.snapshot(ambassador_ids=[anne])
    stack.programme.update(anne, notes="Met at the Lyon kick-off")
    assert stack.record("Edit Anne Durand", before, stack.programme.snapshot(ambassador_ids=[anne]))
    assert app.window.undo_action.isEnabled()

    assert app.open(tmp_path / "second.esndesk")
    qtbot.addWidget(app.window)
    assert app.window.undo_stack is not stack and app.window.undo_stack.count() == 0
    assert not app.window.undo_action.isEnabled()
