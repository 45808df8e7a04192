from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store
from esn_desk.ui.views.coverage import CoveragePage


def test_coverage_page_lists_populations_without_ambassador_first(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CoveragePage(demo_store.coverage, demo_store.settings)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    rows = page.model.items
    assert rows and sum(r.employees for r in rows) == demo_store.people.count(DirectoryQuery(status="active"))
    zero = [r.population for r in rows if r.ambassadors == 0]
    assert [r.population for r in rows[: len(zero)]] == zero
    assert "active ambassadors for" in page.headline.text()
    page.by.setCurrentIndex(page.by.findData("country"))
    assert {r.population for r in page.model.items} <= {"France", "Belgique", "Suisse"}
    assert page.chart.rows == page.model.items
    assert not page.chart.grab().isNull()
