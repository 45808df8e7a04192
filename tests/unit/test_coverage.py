"""Coverage maths on small populations checked by hand."""

from __future__ import annotations

import json

import pytest

from esn_desk import cli
from esn_desk.core.coverage import PopulationCount, compute, target_for, total
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import open_store


@pytest.mark.parametrize(
    ("employees", "per_100", "target"),
    [
        (0, 2, 0),
        (1, 2, 1),
        (49, 2, 1),
        (50, 2, 1),
        (51, 2, 2),
        (100, 2, 2),
        (27_000, 500 / 270, 500),
        (120, 0, 0),
    ],
)
def test_target_rounds_up_so_every_population_gets_someone(
    employees: int, per_100: float, target: int
) -> None:
    assert target_for(employees, per_100) == target


def test_populations_without_ambassador_come_first() -> None:
    rows = compute(
        [
            PopulationCount("Lyon", 200, 4),
            PopulationCount("Lille", 80, 0),
            PopulationCount("Nantes", 150, 1),
            PopulationCount("Genève", 30, 0),
        ],
        per_100=2,
    )
    assert [r.population for r in rows] == ["Lille", "Genève", "Nantes", "Lyon"]
    lyon, nantes = rows[3], rows[2]
    assert (lyon.target_ambassadors, lyon.missing, lyon.employees_per_ambassador, lyon.coverage) == (
        4,
        0,
        50.0,
        1.0,
    )
    assert (nantes.target_ambassadors, nantes.missing, nantes.coverage) == (3, 2, pytest.approx(1 / 3))
    assert rows[0].employees_per_ambassador is None
    whole = total(rows, per_100=2)
    assert (whole.employees, whole.ambassadors, whole.target_ambassadors) == (460, 5, 10)


def test_coverage_counts_active_people_and_active_ambassadors_only(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.esndesk"
    store = open_store(path)
    store.people.insert_many(
        [
            {
                "employee_id": str(i),
                "last_name": f"P{i}",
                "site": "Lyon" if i < 60 else "Lille",
                "status": "left" if i in (0, 1) else "active",
            }
            for i in range(100)
        ],
        source="t",
    )
    store.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    with store.db.read() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM person WHERE site = 'Lyon' AND status = 'active' ORDER BY id LIMIT 3"
            )
        ]
    a, b, c = (store.programme.recruit(i) for i in ids)
    store.programme.transition(a, "active")
    store.programme.transition(b, "active")  # c stays a candidate: not counted
    assert c
    store.close()
    assert cli.main(["--db", str(path), "coverage", "--by", "site", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["population"], d["employees"], d["ambassadors"], d["target_ambassadors"]) for d in data] == [
        ("Lille", 40, 0, 1),
        ("Lyon", 58, 2, 2),
    ]
    assert data[0]["contributors_share"] is None
    assert cli.main(["--db", str(path), "list", "ambassadors", "--status", "active", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2 and {
        "employee_id",
        "email",
        "name",
        "role",
        "status",
        "site",
        "department",
        "country",
    } <= set(listed[0])
