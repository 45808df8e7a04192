from PySide6.QtCore import Qt

from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store
from esn_desk.ui.views.coverage import HEADERS, CoveragePage


def test_coverage_page_lists_populations_without_ambassador_first(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CoveragePage(demo_store.coverage, demo_store.settings, demo_store.adoption, demo_store.programme)
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


def test_coverage_by_site_and_department_with_contributors(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CoveragePage(demo_store.coverage, demo_store.settings, demo_store.adoption, demo_store.programme)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    column = HEADERS.index("Contributors")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Contributors"
    shares = {a.population: a.contributors_share for a in demo_store.adoption.by_population("site")}
    first = page.model.items[0]
    assert page.model.data(page.model.index(0, column)).startswith(f"{shares[first.population] * 100:.1f}%")
    page.by.setCurrentIndex(page.by.findData("site_department"))
    assert all(" · " in r.population for r in page.model.items)
    assert len(page.chart.rows) <= 12 < len(page.model.items)
    assert "Latest usage period" in page.headline.text()
    assert not page.grab().isNull()


def test_coverage_shows_readers_beside_contributors(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = CoveragePage(demo_store.coverage, demo_store.settings, demo_store.adoption, demo_store.programme)
    qtbot.addWidget(page)
    page.show()
    readers = {a.population: a.readers_share for a in demo_store.adoption.by_population("site")}
    column = HEADERS.index("Readers")
    for row, item in enumerate(page.model.items):
        assert page.model.data(page.model.index(row, column)) == f"{readers[item.population] * 100:.1f}%"
    change = demo_store.adoption.change("site")
    since = HEADERS.index("Change")
    first = page.model.items[0]
    assert page.model.data(page.model.index(0, since)) == f"{change[first.population.lower()] * 100:+.1f} pts"
