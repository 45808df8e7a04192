from collections import Counter
from pathlib import Path

import pytest

from esn_desk.core import demo
from esn_desk.core.errors import UserError
from esn_desk.core.people import DirectoryQuery


def test_demo_is_deterministic() -> None:
    assert list(demo.generate_people(300)) == list(demo.generate_people(300))
    assert list(demo.generate_people(50, seed=1)) != list(demo.generate_people(50, seed=2))


def test_demo_looks_like_a_french_group(tmp_path: Path) -> None:
    people = list(demo.generate_people(demo.DEMO_SIZE))
    assert len(people) == 2000
    assert len({p["site"] for p in people}) == 8
    assert len({p["department"] for p in people}) == 8
    assert "Informatique" in {p["department"] for p in people}
    assert any(ch in p["last_name"] + p["first_name"] for p in people for ch in "éèëïœ")
    emails = [p["email"] for p in people]
    assert len(set(emails)) == len(emails)
    assert len({p["employee_id"] for p in people}) == len(people)
    assert all(p["employee_id"].startswith("00") for p in people[:100])  # text IDs with leading zeros
    by_email = set(emails)
    assert all(p["manager_email"] in by_email for p in people if p["manager_email"])
    statuses = Counter(p["status"] for p in people)
    assert 0 < statuses["left"] < 150


def test_write_demo_creates_a_living_programme_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "demo.esndesk"
    store = demo.write_demo(path)
    assert store.people.count() == 2000
    assert store.settings.load().programme_name == "Ambassadeurs Aurore"
    assert store.people.count(DirectoryQuery(text="therese")) > 0
    store.close()
    with pytest.raises(UserError, match="already exists"):
        demo.write_demo(path)
    demo.write_demo(path, size=20, replace=True).close()
