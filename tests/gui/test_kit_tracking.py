"""Kit tracking as a user drives it: the roster's kit section and the tracking table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.kit.tracking import ITEMS
from esn_desk.core.store import Store
from esn_desk.ui.kit.tracking import KitSection, KitTrackingModel, KitTrackingTable, state_text
from esn_desk.ui.views.roster import RosterPage


def test_section_marks_given_and_clears(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    kit = demo_store.kit
    someone = kit.people()[0]
    kit.mark([someone.ambassador_id], "signature", "prepared", on=date(2025, 3, 1))
    section = KitSection(kit)
    qtbot.addWidget(section)
    section.show_for(someone.ambassador_id)
    assert section.values["signature"].text() == "Prepared 1 Mar 2025"
    assert section.values["stickers"].text() == "—"
    assert not section.clear_buttons["stickers"].isEnabled()

    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(section.give_buttons["stickers"], Qt.MouseButton.LeftButton)
    state = kit.states(someone.ambassador_id)["stickers"]
    assert state.state == "given" and state.given_on == date.today().isoformat()
    assert section.values["stickers"].text().startswith("✓ Given ")
    assert not section.give_buttons["stickers"].isEnabled()
    assert section.clear_buttons["stickers"].isEnabled()

    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(section.give_buttons["signature"], Qt.MouseButton.LeftButton)
    signature = kit.states(someone.ambassador_id)["signature"]
    assert signature.given_on == date.today().isoformat() and signature.prepared_on == "2025-03-01"

    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(section.clear_buttons["stickers"], Qt.MouseButton.LeftButton)
    assert "stickers" not in kit.states(someone.ambassador_id)
    assert section.values["stickers"].text() == "—"

    section.show_for(None)
    assert section.isHidden()


def test_roster_detail_shows_the_selected_persons_kit(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(demo_store.programme, activities=demo_store.activities, kit=demo_store.kit)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    chosen = page.selected_ids()
    assert len(chosen) == 1 and page.kit_section is not None
    assert page.kit_section.isVisibleTo(page)
    with qtbot.waitSignal(page.changed):
        page.kit_section.mark_given("name_badge")
    assert demo_store.kit.states(chosen[0])["name_badge"].state == "given"
    page.table.selectAll()
    assert not page.kit_section.isVisibleTo(page)  # several people: no single kit to show
    assert RosterPage(demo_store.programme).kit_section is None


@pytest.fixture
def table(qtbot, demo_store: Store) -> KitTrackingTable:  # type: ignore[no-untyped-def]
    widget = KitTrackingTable(demo_store.kit)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def test_model_passes_the_qt_model_tester(qtmodeltester, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    model = KitTrackingModel()
    qtmodeltester.check(model)
    kit = demo_store.kit
    people = kit.people()
    kit.mark([people[0].ambassador_id], "stickers", "given")
    from esn_desk.ui.kit.tracking import KitRow

    model.set_items([KitRow(p, kit.states(p.ambassador_id)) for p in people])
    qtmodeltester.check(model)
    column = model.column_of_item("stickers")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Stickers"
    assert model.index(0, column).data().startswith("✓ ")
    assert model.index(1, column).data() == "—"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == people[0].ambassador_id


def test_filter_who_still_lacks_stickers(table: KitTrackingTable, demo_store: Store) -> None:
    kit = demo_store.kit
    everyone = kit.people()
    given = [p.ambassador_id for p in everyone[:5]]
    kit.mark(given, "stickers", "given")
    kit.mark([everyone[5].ambassador_id], "stickers", "prepared")  # prepared is not given: still lacking
    table.refresh()
    assert table.proxy.rowCount() == len(everyone)

    table.set_lacking("stickers")
    shown = {p.ambassador_id for p in table.shown_people()}
    assert len(shown) == len(everyone) - 5
    assert not shown & set(given) and everyone[5].ambassador_id in shown
    assert table.summary.text() == f"{len(everyone) - 5} ambassadors still without laptop stickers"
    assert table.current_item() == "stickers"  # the actions follow the filter
    table.set_lacking(None)
    assert table.proxy.rowCount() == len(everyone)


def test_progress_per_item(table: KitTrackingTable, demo_store: Store) -> None:
    kit = demo_store.kit
    everyone = kit.people()
    kit.mark([p.ambassador_id for p in everyone[:3]], "stickers", "given")
    kit.mark([p.ambassador_id for p in everyone[3:7]], "stickers", "prepared")
    table.refresh()
    total = len(everyone)
    bar = table.progress["stickers"].bar
    assert (bar.value(), bar.maximum()) == (3, total)
    assert table.progress["stickers"].figures.text() == f"3 / {total} ({round(300 / total)} %)"
    assert table.progress["stickers"].detail.text() == f"4 prepared · {total - 3} still to give"
    assert table.progress["name_badge"].bar.value() == 0
    assert set(table.progress) == set(ITEMS)


def test_bulk_mark_and_clear_the_selection(  # type: ignore[no-untyped-def]
    table: KitTrackingTable, demo_store: Store, qtbot, monkeypatch
) -> None:
    assert not table.give_button.isEnabled()
    table.table.selectRow(0)
    table.table.selectionModel().select(
        table.proxy.index(2, 0),
        table.table.selectionModel().SelectionFlag.Select | table.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = table.selected_ids()
    assert len(chosen) == 2 and [p.ambassador_id for p in table.selected_people()] == chosen
    table.item.setCurrentIndex(table.item.findData("name_badge"))
    with qtbot.waitSignal(table.changed):
        qtbot.mouseClick(table.prepare_button, Qt.MouseButton.LeftButton)
    assert all(demo_store.kit.states(i)["name_badge"].state == "prepared" for i in chosen)
    assert table.selected_ids() == chosen  # the selection survives the reload
    column = table.model.column_of_item("name_badge")
    assert table.proxy.index(0, column).data() == "Prepared"

    with qtbot.waitSignal(table.changed):
        qtbot.mouseClick(table.give_button, Qt.MouseButton.LeftButton)
    assert all(demo_store.kit.states(i)["name_badge"].state == "given" for i in chosen)
    assert table.progress["name_badge"].bar.value() == 2

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    assert table.clear_selection() == 0  # "No": nothing forgotten
    assert all("name_badge" in demo_store.kit.states(i) for i in chosen)
    assert table.clear_selection() == 2
    assert all("name_badge" not in demo_store.kit.states(i) for i in chosen)


def test_sorting_an_item_column_puts_given_last(table: KitTrackingTable, demo_store: Store) -> None:
    kit = demo_store.kit
    last = kit.people()[-1]
    kit.mark([last.ambassador_id], "directory_badge", "given")
    table.refresh()
    column = table.model.column_of_item("directory_badge")
    table.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert table.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole) == last.ambassador_id


def test_state_texts() -> None:
    from esn_desk.core.kit.tracking import KitState

    assert state_text(None) == "—"
    assert state_text(KitState(1, "stickers", "prepared", "2025-03-01", None)) == "Prepared"
    assert (
        state_text(KitState(1, "stickers", "prepared", "2025-03-01", None), long=True)
        == "Prepared 1 Mar 2025"
    )
    assert state_text(KitState(1, "stickers", "given", "2025-03-01", "2025-03-04")) == "✓ 4 Mar 2025"
    assert state_text(KitState(1, "stickers", "given", None, None), long=True) == "✓ Given"
