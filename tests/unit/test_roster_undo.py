"""Snapshots of candidacies: restoring the before-state undoes a roster edit, the after-state redoes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.programme import ProgrammeRules, Rule
from esn_desk.core.store import Store, open_store

DAY = date(2026, 11, 25)
PEOPLE = [
    {"employee_id": str(n), "first_name": first, "last_name": last, "department": dept, "site": "Lyon"}
    for n, (first, last, dept) in enumerate(
        [
            ("Anne", "Durand", "Finance"),
            ("Bob", "Martin", "Informatique"),
            ("Thérèse", "Lœuvre", "Commercial"),
            ("Claire", "Vasseur", "Direction"),
        ],
        start=1,
    )
]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="test")
    s.programme.save_rules(ProgrammeRules(flow="hr", rules=[Rule("not_in", "department", ("Informatique",))]))
    yield s
    s.close()


def pid(store: Store, employee_id: str) -> int:
    with store.db.read() as conn:
        return int(conn.execute("SELECT id FROM person WHERE employee_id = ?", (employee_id,)).fetchone()[0])


def dump(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every candidacy and every history event, all columns: what "identical" means here."""
    with store.db.read() as conn:
        return (
            conn.execute("SELECT * FROM ambassador ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM ambassador_event ORDER BY id").fetchall(),
        )


def test_undo_and_redo_a_bulk_validation(store: Store) -> None:
    programme = store.programme
    ids = [programme.recruit(pid(store, e), on=DAY) for e in ("1", "3", "4")]
    programme.transition(ids[2], "withdrawn", by="Claire")
    original = dump(store)

    before = programme.snapshot(ambassador_ids=ids)
    result = programme.transition_many(ids, "hr_validated", by="RH — Sophie", note="Comité du 25/11")
    after = programme.snapshot(ambassador_ids=ids)
    assert result.changed == ids[:2] and before.differs(after)
    done = dump(store)

    programme.restore(before)
    assert dump(store) == original
    assert programme.counts_by_status()["hr_validated"] == 0
    assert [e.to_status for e in programme.history(ids[0])] == ["applied"]
    assert programme.get(ids[0]).fields["hr_validated_by"] is None  # type: ignore[union-attr]

    programme.restore(after)
    assert dump(store) == done
    assert [e.note for e in programme.history(ids[1])] == ["", "Comité du 25/11"]

    programme.restore(before)  # and back again: restoring is idempotent in both directions
    programme.restore(before)
    assert dump(store) == original


def test_undo_an_edit_restores_every_column(store: Store) -> None:
    programme = store.programme
    anne = programme.recruit(pid(store, "1"), on=DAY)
    programme.update(anne, objective="Old", privileges=["Further training"], notes="first")
    original = dump(store)
    before = programme.snapshot(ambassador_ids=[anne])
    programme.update(
        anne,
        role="Coach",
        objective="Get my team of 40 posting weekly",
        objective_target=40,
        objective_due="2027-03-31",
        privileges=[],
        community_member=True,
        notes="",
    )
    after = programme.snapshot(ambassador_ids=[anne])
    done = dump(store)
    programme.restore(before)
    assert dump(store) == original
    fields = programme.get(anne).fields  # type: ignore[union-attr]
    assert (fields["role"], fields["objective"], fields["objective_target"], fields["privileges"]) == (
        "Ambassador",
        "Old",
        None,
        '["Further training"]',
    )
    programme.restore(after)
    assert dump(store) == done


def test_an_edit_that_changes_nothing_is_not_a_difference(store: Store) -> None:
    programme = store.programme
    anne = programme.recruit(pid(store, "1"), on=DAY)
    before = programme.snapshot(ambassador_ids=[anne])
    with store.db.write() as conn:  # only the "last changed" stamp moves, as when Save changes nothing
        conn.execute("UPDATE ambassador SET updated_at = '2099-01-01T00:00:00' WHERE id = ?", (anne,))
    assert not before.differs(programme.snapshot(ambassador_ids=[anne]))
    programme.update(anne, notes="Now something")
    assert before.differs(programme.snapshot(ambassador_ids=[anne]))


def test_undo_a_bulk_recruit_removes_new_candidacies_and_restores_a_renewed_one(store: Store) -> None:
    programme = store.programme
    anne, bob, therese = pid(store, "1"), pid(store, "2"), pid(store, "3")
    declined = programme.recruit(therese, on=DAY)
    programme.transition(declined, "declined", by="RH", note="Pas ce trimestre")
    original = dump(store)

    people = [anne, bob, therese]
    before = programme.snapshot(person_ids=people)
    assert before.rows[anne] is None and before.rows[therese] is not None
    result = programme.recruit_many(people, source="Pilot phase", by="Me", on=DAY)
    assert len(result.changed) == 2 and result.skipped[0][0] == bob  # Bob is not eligible
    after = programme.snapshot(person_ids=people)
    done = dump(store)

    programme.restore(before)
    assert dump(store) == original
    assert programme.for_person(anne) is None
    assert programme.get(declined).status == "declined"  # type: ignore[union-attr]
    assert [e.to_status for e in programme.history(declined)] == ["applied", "declined"]

    programme.restore(after)  # redo: Anne's candidacy comes back with its id and its history
    assert dump(store) == done
    assert programme.for_person(anne).id == result.changed[0]  # type: ignore[union-attr]
    assert [e.to_status for e in programme.history(declined)] == ["applied", "declined", "applied"]


def test_undo_refuses_to_lose_activities_logged_since_and_changes_nothing(store: Store) -> None:
    programme = store.programme
    anne = pid(store, "1")
    before = programme.snapshot(person_ids=[anne])
    ambassador_id = programme.recruit(anne, on=DAY)
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO activity (ambassador_id, happened_on, kind, created_at, updated_at) "
            "VALUES (?, '2026-11-26', 'workshop', '2026-11-26', '2026-11-26')",
            (ambassador_id,),
        )
    current = dump(store)
    with pytest.raises(UserError, match="Anne Durand now has 1 activity recorded"):
        programme.restore(before)
    assert dump(store) == current


def test_a_snapshot_of_an_unknown_candidacy_is_refused(store: Store) -> None:
    with pytest.raises(UserError, match="no candidacy #999"):
        store.programme.snapshot(ambassador_ids=[999])
