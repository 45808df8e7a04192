"""The Kit page: who the kit is for (active, the roster selection, those still lacking an item),
each tab's panel receives them, and recording items refreshes the tracking."""

from __future__ import annotations

from esn_desk.core.store import Store
from esn_desk.ui.views.kit import KitPage


def make_page(qtbot, store: Store, selected: list[int]) -> KitPage:  # type: ignore[no-untyped-def]
    page = KitPage(
        store.kit, lambda: store.signatures, store.settings, store.programme, selection=lambda: selected
    )
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()  # the panels are built when the page is first shown
    return page


def test_the_page_chooses_who_and_hands_them_to_the_current_panel(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    active = demo_store.kit.people()
    page = make_page(qtbot, demo_store, [active[0].ambassador_id, active[1].ambassador_id])
    assert page.count.text() == f"{len(active)} people"
    assert page.tabs.tabText(0) == "Email signatures" and page.tabs.count() == 5
    page.tabs.setCurrentWidget(page.badges)
    assert [p.ambassador_id for p in page.people()] == [p.ambassador_id for p in active]

    page.who.setCurrentIndex(page.who.findData("selection"))
    assert [p.full_name for p in page.people()] == [active[0].full_name, active[1].full_name]
    assert page.count.text() == "2 people" and not page.role.isEnabled()

    # "Still lacking": once someone was given a name badge they drop out of this tab's list.
    page.who.setCurrentIndex(page.who.findData("lacking"))
    demo_store.kit.mark([active[0].ambassador_id], "name_badge", "given")
    page.refresh()
    lacking = page.people()
    assert active[0].ambassador_id not in {p.ambassador_id for p in lacking}
    assert len(lacking) == len(active) - 1
    assert page.count.text() == f"{len(active) - 1} people without a name badge yet"
    page.tabs.setCurrentWidget(page.stickers)  # another item: everyone lacks stickers
    assert len(page.people()) == len(active)


def test_role_filter_and_an_empty_selection(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store, [])
    page.role.setCurrentIndex(page.role.findData("Mentor"))
    assert page.people() and {p.role for p in page.people()} == {"Mentor"}
    page.who.setCurrentIndex(page.who.findData("selection"))
    assert page.people() == [] and page.count.text() == "Nobody is selected on the Ambassadors page."


def test_recording_from_a_panel_refreshes_tracking_and_tells_the_window(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store, [])
    person = demo_store.kit.people()[0]
    demo_store.kit.mark([person.ambassador_id], "stickers", "given")
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.directory_badges.changed.emit()
    model = page.tracking.model
    row = next(i for i, r in enumerate(model.items) if r.person.ambassador_id == person.ambassador_id)
    shown = model.data(model.index(row, model.column_of_item("stickers")))
    assert shown and shown != model.data(model.index(row, model.column_of_item("signature")))
    assert demo_store.kit.progress()["stickers"]["given"] == 1
    assert not page.grab().isNull()
