from PySide6.QtCore import Qt

from esn_desk.core.people import DirectoryQuery
from esn_desk.core.store import Store
from esn_desk.ui.models.people_model import COL_NAME, COL_STATUS, PERSON_ID_ROLE, PeopleTableModel


def test_model_passes_qt_model_tester(qtmodeltester, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    model = PeopleTableModel(demo_store.people)
    model.reload()
    qtmodeltester.check(model)
    model.set_query(DirectoryQuery(text="martin"))
    qtmodeltester.check(model)


def test_model_rows_follow_the_query_and_sort(qapp, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    model = PeopleTableModel(demo_store.people)
    seen = []
    model.query_changed.connect(lambda matching, total: seen.append((matching, total)))
    model.reload()
    assert model.rowCount() == 300 and seen[-1] == (300, 300)
    model.set_query(DirectoryQuery(text="informatique"))
    assert 0 < model.rowCount() < 300
    for row in range(model.rowCount()):
        person_id = model.data(model.index(row, 0), PERSON_ID_ROLE)
        detail = demo_store.people.detail(person_id)
        assert detail is not None and detail.fields["department"] == "Informatique"
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert names[0] >= names[-1]


def test_leavers_are_shown_muted_and_italic(qapp, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    model = PeopleTableModel(demo_store.people)
    model.set_query(DirectoryQuery(status="left"))
    assert model.rowCount() > 0
    index = model.index(0, COL_STATUS)
    assert model.data(index) == "Left"
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole).endswith("has left the company")
