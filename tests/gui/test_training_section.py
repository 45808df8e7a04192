"""The roster's detail panel shows each ambassador's training: sessions, minutes, what they still need."""

from __future__ import annotations

from esn_desk.core.store import Store
from esn_desk.ui.views.roster import RosterPage


def test_the_roster_panel_shows_an_ambassadors_training(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(demo_store.programme, training=demo_store.training)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    section = page.training_section
    assert section is not None
    missing = {m.ambassador_id: m for m in demo_store.training.missing_trainings()}
    trained = next(
        r
        for r in demo_store.programme.roster(status="active")
        if r["id"] not in missing
        and demo_store.training.record(demo_store.programme.get(r["id"]).person_id).attended
    )
    untrained = next(r for r in demo_store.programme.roster(status="active") if r["id"] in missing)
    page.table.selectRow(next(i for i, r in enumerate(page.model.items) if r["id"] == trained["id"]))
    assert section.isVisible() and "attended" in section.summary.text() and not section.needs.isVisible()
    assert section.sessions.text().startswith("• ")
    page.table.selectRow(next(i for i, r in enumerate(page.model.items) if r["id"] == untrained["id"]))
    assert section.needs.isVisible()
    assert section.needs.text() == "Still needs: " + ", ".join(missing[untrained["id"]].missing_kinds)
    page.table.selectAll()
    assert not section.isVisible()  # several people: the section hides
