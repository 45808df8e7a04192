"""The Directory page as a user sees it: typing, filtering, counts, empty states, the detail panel."""

from PySide6.QtCore import Qt

from esn_desk.core.store import Store
from esn_desk.ui.models.people_model import COL_NAME
from esn_desk.ui.views.directory import DirectoryPage


def make_page(qtbot, store: Store) -> DirectoryPage:  # type: ignore[no-untyped-def]
    page = DirectoryPage(store.people)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def names(page: DirectoryPage) -> list[str]:
    return [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]


def test_typing_an_unaccented_name_finds_the_accented_one(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store)
    assert page.count_label.text() == "300 people"
    qtbot.keyClicks(page.search, "therese")
    found = names(page)
    assert found and all("Thérèse" in n or "therese" in n.lower() for n in found)
    assert page.count_label.text() == f"{len(found)} of 300 people"
    # The first match is selected and shown in the detail panel.
    assert page.panel.name.text() == found[0]


def test_filters_narrow_the_list_and_clear_restores_it(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store)
    page.site_filter.setCurrentIndex(page.site_filter.findText("Genève"))
    in_geneva = page.model.rowCount()
    assert 0 < in_geneva < 300
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    assert page.model.rowCount() <= in_geneva
    assert page.clear_filters.isEnabled()
    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 300 and not page.clear_filters.isEnabled()


def test_no_match_shows_a_helpful_state_and_escape_clears(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store)
    qtbot.keyClicks(page.search, "zzqxw")
    assert page.results.currentWidget() is page.no_match
    assert page.count_label.text() == "0 of 300 people"
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.results.currentWidget() is page.splitter


def test_empty_directory_tells_the_user_what_to_do(qtbot, empty_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, empty_store)
    assert page.stack.currentWidget() is page.empty
    assert "HR spreadsheet" in page.empty.text_label.text()
    import_button, demo_button = page.empty.findChildren(type(page.clear_filters))
    assert import_button.text() == "Import HR spreadsheet…"
    with qtbot.waitSignal(page.import_requested, timeout=1000):
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.demo_requested, timeout=1000):
        qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)


def test_names_from_hr_files_are_shown_as_text_not_html(qtbot, empty_store: Store) -> None:  # type: ignore[no-untyped-def]
    empty_store.people.insert_many(
        [
            {
                "first_name": '<b>Zoé & "Léa"</b>',
                "last_name": "<i>Martin</i>",
                "email": "z@x.fr",
                "job_title": "<script>alert(1)</script>",
            }
        ],
        source="t",
    )
    page = make_page(qtbot, empty_store)
    page.refresh()
    assert page.panel.name.text() == '<b>Zoé & "Léa"</b> <i>Martin</i>'
    assert page.panel.name.textFormat() == Qt.TextFormat.PlainText
    assert page.panel.title.textFormat() == Qt.TextFormat.PlainText


def test_escape_clears_the_search_while_results_are_shown(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store)
    page.focus_search()
    qtbot.keyClicks(page.search, "lyon")
    assert page.results.currentWidget() is page.splitter
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.model.rowCount() == 300
    # In the table, Esc goes back to the search box.
    page.activateWindow()
    qtbot.waitActive(page)
    page.table.setFocus()
    with qtbot.waitSignal(page.table.escape_pressed, timeout=1000):
        qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.focusWidget() is page.search


def test_down_arrow_moves_from_search_to_results(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_store)
    page.focus_search()
    qtbot.keyClicks(page.search, "lyon")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.table.currentIndex().isValid()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    assert page.panel.name.text() == names(page)[1]
