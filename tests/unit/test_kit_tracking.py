"""Who gets a kit (KitService.people) and what each ambassador was prepared and given."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store, open_store

NAMES = [
    ("Anne", "Durand", "Lyon"),
    ("Bob", "Martin", "Nantes"),
    ("Chloé", "Petit", "Lyon"),
    ("Zoé", "<b>Léa</b>", "Lyon"),
]
PEOPLE = [
    {
        "employee_id": str(i),
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}@x.fr",
        "site": site,
        "department": "Finance",
        "country": "France",
    }
    for i, (first, last, site) in enumerate(NAMES, start=1)
]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="test")
    s.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    person_ids = s.people.match_ids(DirectoryQuery())
    s.programme.recruit_many(person_ids, role="Coach")
    for row in s.programme.roster():
        if row["name"] != "Bob Martin":
            s.programme.transition(row["id"], "active", by="test")
    yield s
    s.close()


def test_people_are_the_active_ambassadors_by_default_in_name_order(store: Store) -> None:
    people = store.kit.people()  # sorted like the directory (by last name; "<" sorts first)
    assert [p.full_name for p in people] == ["Zoé <b>Léa</b>", "Anne Durand", "Chloé Petit"]
    anne = people[1]
    assert anne.initials == "AD" and anne.role == "Coach" and anne.site == "Lyon"
    assert [p.full_name for p in store.kit.people(statuses=("applied",))] == ["Bob Martin"]
    assert len(store.kit.people(statuses=())) == 4
    bob = store.kit.people(statuses=("applied",))[0]
    assert [p.full_name for p in store.kit.people(ambassador_ids=[bob.ambassador_id])] == ["Bob Martin"]
    assert store.kit.people(ambassador_ids=[]) == []
    assert {p.site for p in store.kit.people(filters={"site": "lyon"})} == {"Lyon"}
    with pytest.raises(UserError, match="Unknown filter"):
        store.kit.people(filters={"salary": "1"})


def test_marking_prepared_then_given_keeps_both_dates_and_progress_counts(store: Store) -> None:
    people = store.kit.people()
    ids = [p.ambassador_id for p in people]
    store.kit.mark(ids, "stickers", "prepared", on=date(2026, 11, 2))
    store.kit.mark(ids[:2], "stickers", "given", on=date(2026, 11, 9))
    store.kit.mark(ids[:2], "stickers", "prepared", on=date(2026, 11, 20))  # does not undo "given"
    state = store.kit.states(ids[0])["stickers"]
    assert (state.state, state.prepared_on, state.given_on) == ("given", "2026-11-02", "2026-11-09")
    assert store.kit.progress()["stickers"] == {"given": 2, "prepared": 1, "total": 3}
    assert store.kit.progress()["signature"] == {"given": 0, "prepared": 0, "total": 3}
    lacking = store.kit.people(lacking="stickers")
    assert [p.ambassador_id for p in lacking] == [ids[2]]
    store.kit.clear([ids[0]], "stickers")
    assert "stickers" not in store.kit.states(ids[0])
    with pytest.raises(UserError, match="Unknown kit item"):
        store.kit.mark(ids, "mug", "given")
    with pytest.raises(UserError, match="prepared or given"):
        store.kit.mark(ids, "stickers", "lost")


def test_a_given_item_goes_with_the_ambassador_when_the_candidacy_is_deleted(store: Store) -> None:
    anne = store.kit.people()[0]
    store.kit.mark([anne.ambassador_id], "name_badge", "given")
    with store.db.write() as conn:
        conn.execute("DELETE FROM ambassador WHERE id = ?", (anne.ambassador_id,))
        left = conn.execute("SELECT count(*) FROM kit_item").fetchone()[0]
    assert left == 0
