"""Roster imports (an existing ambassador list) and ESN usage imports (contributors and readers),
their adoption figures against the tipping point, and the CLI commands that drive them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from esn_desk import cli
from esn_desk.core.adoption import Adoption
from esn_desk.core.coverage import compute
from esn_desk.core.errors import UserError
from esn_desk.core.importing.roster import parse_status
from esn_desk.core.importing.service import ImportOptions
from esn_desk.core.importing.usage import count
from esn_desk.core.importing.values import ValueProblem
from esn_desk.core.programme import ProgrammeRules, Rule
from esn_desk.core.store import Store, open_store
from tests.support.hr_files import write_csv, write_xlsx

DAY = date(2026, 11, 25)


def _person(i: int, last: str, site: str, department: str, **extra: Any) -> dict[str, Any]:
    return {
        "employee_id": f"{i:05d}",
        "first_name": "P",
        "last_name": last,
        "email": f"{last.lower()}@aurore.fr",
        "site": site,
        "department": department,
        "country": "France",
        "hire_date": "2015-01-05",
        **extra,
    }


# Lyon: 10 people (Finance 6, Ventes 4); Nantes: 5 (Finance); one Lyon person has left.
PEOPLE = [
    *(_person(i, f"Lyonfin{i}", "Lyon", "Finance") for i in range(1, 7)),
    *(_person(i, f"Lyonven{i}", "Lyon", "Ventes") for i in range(7, 11)),
    *(_person(i, f"Nantes{i}", "Nantes", "Finance") for i in range(11, 16)),
    _person(16, "Parti", "Lyon", "Finance", status="left"),
    _person(17, "Informaticien", "Lyon", "Informatique"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "backups")
    s.people.insert_many(PEOPLE, source="test")
    s.programme.save_rules(
        ProgrammeRules(
            flow="hr_then_manager", rules=[Rule("active"), Rule("not_in", "department", ("Informatique",))]
        )
    )
    yield s
    s.close()


ROSTER_HEADERS = [
    "Matricule",
    "Nom",
    "Rôle",
    "Statut",
    "Source",
    "Date de candidature",
    "Objectif",
    "Commentaire",
]


def _roster(path: Path) -> Path:
    return write_xlsx(
        path,
        ROSTER_HEADERS,
        [
            ["00001", "Lyonfin1", "Coach", "Actif", "Pilot phase", date(2026, 3, 2), "Weekly posts", ""],
            ["00002", "Lyonfin2", "ambassador", "Validé RH", "Serious game", "15/09/2026", "", "à relancer"],
            ["00011", "Nantes11", "Coach", "", "", None, "", ""],  # no status: active
            ["00017", "Informaticien", "Coach", "Actif", "", None, "", ""],  # ineligible: imported, warned
            ["00016", "Parti", "Coach", "Actif", "", None, "", ""],  # left the company: warned
            ["99999", "Inconnu", "Coach", "Actif", "", None, "", ""],  # not in the directory
            ["00003", "Lyonfin3", "Coach", "En vacances", "", None, "", ""],  # unknown status
            ["00001", "Lyonfin1", "Coach", "Actif", "", None, "", ""],  # duplicate
        ],
        title_rows=False,
        sheet="Ambassadeurs",
    )


def test_status_words_people_write_in_rosters() -> None:
    assert parse_status("Actif") == "active"
    assert parse_status("validé RH") == "hr_validated"
    assert parse_status("HR-validated") == "hr_validated"
    assert parse_status("Manager confirmed") == "manager_confirmed"
    assert parse_status("EN PAUSE") == "paused"
    assert parse_status("Refusée") == "declined"
    assert parse_status("en vacances") is None


def test_roster_import_adds_updates_and_refuses_with_reasons(store: Store, tmp_path: Path) -> None:
    path = _roster(tmp_path / "roster.xlsx")
    plan = store.roster_import.plan(path, today=DAY)
    assert plan.counts["created"] == 5 and plan.counts["rejected"] == 3
    problems = {issue.row: issue.message for issue in plan.errors}
    assert "import the HR extract first" in problems[7]
    assert "Not a status" in problems[8] and problems[8].count(",") >= 3  # lists the statuses
    assert "already on row 2" in problems[9].lower()
    warnings = " | ".join(w.message for w in plan.warnings)
    assert "does not meet the programme's rules" in warnings and "has left the company" in warnings
    assert "Not one of the programme's roles" not in warnings  # "ambassador" is the role "Ambassador"

    store.roster_import.apply(plan, today=DAY)
    rows = {r["employee_id"]: r for r in store.programme.roster()}
    assert rows["00001"]["status"] == "active" and rows["00001"]["role"] == "Coach"
    assert rows["00002"]["status"] == "hr_validated" and rows["00002"]["role"] == "Ambassador"
    assert rows["00011"]["status"] == "active"
    first = store.programme.get(rows["00001"]["id"])
    assert (
        first is not None and first.applied_on == "2026-03-02" and first.fields["objective"] == "Weekly posts"
    )
    it = store.programme.get(rows["00017"]["id"])
    assert it is not None and "roster.xlsx" in (it.fields["eligibility_override"] or "")
    history = store.programme.history(rows["00002"]["id"])
    assert [(e.from_status, e.to_status) for e in history] == [(None, "hr_validated")]
    assert "Roster import" in history[0].by

    # The same file again: nothing new. A changed file: only what changed, with its history.
    again = store.roster_import.plan(path, today=DAY)
    assert again.counts["created"] == 0 and again.counts["unchanged"] == 5
    changed = write_xlsx(
        tmp_path / "roster2.xlsx",
        ROSTER_HEADERS,
        [["00002", "Lyonfin2", "Ambassador", "Actif", "Serious game", "15/09/2026", "Demo each month", ""]],
        title_rows=False,
    )
    plan2 = store.roster_import.plan(changed, today=DAY)
    assert plan2.counts["updated"] == 1
    assert set(plan2.updates[0].changes) == {"status", "objective", "notes"}
    store.roster_import.apply(plan2, today=DAY)
    second = store.programme.get(rows["00002"]["id"])
    assert (
        second is not None and second.status == "active" and second.fields["objective"] == "Demo each month"
    )
    assert [e.to_status for e in store.programme.history(rows["00002"]["id"])] == ["hr_validated", "active"]


def test_roster_import_is_one_undoable_import(store: Store, tmp_path: Path) -> None:
    run_id = store.roster_import.apply(store.roster_import.plan(_roster(tmp_path / "r.xlsx"), today=DAY))
    record = store.imports.history()[0]
    assert record.what == "roster" and record.can_undo and record.created == 5
    store.imports.undo(run_id)
    assert store.programme.roster() == []


def test_roster_import_cancelled_writes_nothing(store: Store, tmp_path: Path) -> None:
    from esn_desk.core.importing.service import ImportCancelled

    plan = store.roster_import.plan(_roster(tmp_path / "r.xlsx"), today=DAY)
    with pytest.raises(ImportCancelled):
        store.roster_import.apply(plan, cancelled=lambda: True)
    assert store.programme.roster() == [] and store.imports.history() == []
    # No undo snapshot of personal data left; the safety backup taken before writing stays (it rotates out).
    assert not list((tmp_path / "backups" / "import-snapshots").rglob("*.esndesk"))
    assert [b.reason for b in store.backups.backups()] == ["before-import"]


def test_a_roster_without_an_identity_column_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx", ["Nom", "Rôle", "Statut"], [["X", "Coach", "Actif"]], title_rows=False
    )
    with pytest.raises(UserError, match="Employee ID or to Email"):
        store.roster_import.plan(path, options=ImportOptions(header_row=1))


# -- usage -----------------------------------------------------------------------------------------
USAGE_HEADERS = [
    "Utilisateur",
    "Adresse e-mail",
    "Dernière activité",
    "Publications",
    "Commentaires",
    "Réactions",
]


def _usage(path: Path, rows: list[list[Any]]) -> Path:
    return write_csv(path, USAGE_HEADERS, rows)


def test_counts_are_read_from_numbers_and_text() -> None:
    assert count(None) == 0 and count("") == 0 and count(3.0) == 3 and count("1 234") == 1234
    assert count("12,0") == 12
    for bad in ("abc", -1, 2.5, True):
        with pytest.raises(ValueProblem):
            count(bad)


def test_usage_import_classifies_contributors_and_readers(store: Store, tmp_path: Path) -> None:
    path = _usage(
        tmp_path / "usage.csv",
        [
            ["a", "lyonfin1@aurore.fr", "20/10/2026", 2, 0, 5],  # contributor (posts)
            ["b", "lyonfin2@aurore.fr", "21/10/2026", 0, 3, 0],  # contributor (comments)
            ["c", "lyonven7@aurore.fr", "22/10/2026", 0, 0, 4],  # reader (reactions)
            ["d", "lyonven8@aurore.fr", "05/10/2026", 0, 0, 0],  # reader (active in the period)
            ["e", "lyonven9@aurore.fr", "03/06/2026", 0, 0, 0],  # neither: last active before
            ["f", "nantes11@aurore.fr", "30/10/2026", 1, 1, 1],  # contributor
            ["g", "parti@aurore.fr", "30/10/2026", 4, 0, 0],  # left: stored, never counted
            ["h", "guest@partner.com", "30/10/2026", 9, 9, 9],  # not in the directory
            ["i", "lyonven10@aurore.fr", "30/10/2026", "beaucoup", 0, 0],  # refused
            ["j", "lyonfin1@aurore.fr", "30/10/2026", 1, 0, 0],  # duplicate
        ],
    )
    options = ImportOptions(period_start=date(2026, 10, 1), period_end=date(2026, 10, 31))
    plan = store.usage_import.plan(path, options)
    assert plan.extra == {
        "period_start": "2026-10-01",
        "period_end": "2026-10-31",
        "matched": 7,
        "not_in_directory": 1,
        "employees": 16,  # active employees now: the leaver's posts are stored, not counted
        "contributors": 3,
        "readers": 2,
    }
    assert plan.counts["rejected"] == 2
    assert any("Not in the directory" in w.message and w.value == "guest@partner.com" for w in plan.warnings)
    assert any("Not a number" in e.message and e.value == "beaucoup" for e in plan.errors)
    assert json.loads(json.dumps(plan.to_json()))["contributors"] == 3

    store.usage_import.apply(plan, today=DAY)
    latest = store.adoption.latest()
    assert latest is not None and latest.end == "2026-10-31"
    # Shares are over today's 16 active employees; the leaver's posts are not counted.
    assert (latest.employees, latest.contributors, latest.readers) == (16, 3, 2)
    by_site = {a.population: a for a in store.adoption.by_population("site")}
    assert by_site["Lyon"] == Adoption("Lyon", 11, 2, 2)
    assert by_site["Nantes"] == Adoption("Nantes", 5, 1, 0)
    assert by_site["Nantes"].contributors_share == pytest.approx(0.2)
    assert by_site["Nantes"].reached(0.10) and not by_site["Lyon"].reached(0.2)
    assert by_site["Lyon"].contributors_missing(0.25) == 1  # ceil(11 × 0.25) = 3, has 2
    cells = {a.population: a for a in store.adoption.by_population("site_department")}
    assert cells["Lyon · Finance"].contributors == 2 and cells["Lyon · Ventes"].readers == 2


def test_usage_period_defaults_to_30_days_ending_on_the_latest_activity(store: Store, tmp_path: Path) -> None:
    path = _usage(tmp_path / "u.csv", [["a", "lyonfin1@aurore.fr", "2026-11-20", 1, 0, 0]])
    plan = store.usage_import.plan(path)
    assert (plan.extra["period_start"], plan.extra["period_end"]) == ("2026-10-22", "2026-11-20")
    with pytest.raises(UserError, match=r"starts .* after it ends"):
        store.usage_import.plan(
            path, ImportOptions(period_start=date(2026, 12, 1), period_end=date(2026, 11, 1))
        )


def test_a_usage_file_without_posts_or_comments_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "u.csv", ["Email", "Last active", "Views"], [["lyonfin1@aurore.fr", "2026-11-20", 4]]
    )
    with pytest.raises(UserError, match="Posts or to Comments"):
        store.usage_import.plan(path)


def test_usage_history_keeps_every_period_and_undo_removes_one(store: Store, tmp_path: Path) -> None:
    september = _usage(tmp_path / "s.csv", [["a", "lyonfin1@aurore.fr", "20/09/2026", 1, 0, 0]])
    october = _usage(
        tmp_path / "o.csv",
        [
            ["a", "lyonfin1@aurore.fr", "20/10/2026", 1, 0, 0],
            ["b", "nantes11@aurore.fr", "20/10/2026", 0, 2, 0],
        ],
    )
    store.usage_import.apply(store.usage_import.plan(september))
    run_id = store.usage_import.apply(store.usage_import.plan(october))
    periods = store.adoption.periods()
    assert [(p.end, p.contributors) for p in periods] == [("2026-09-20", 1), ("2026-10-20", 2)]
    trend = store.adoption.trend("site")
    assert trend["Nantes"] == [("2026-09-20", 0.0), ("2026-10-20", pytest.approx(0.2))]
    change = store.adoption.change("site")
    assert change["nantes"] == pytest.approx(0.2) and change["lyon"] == pytest.approx(0.0)
    # A period's overall figures stay as imported when people leave afterwards.
    with store.db.write() as conn:
        conn.execute("UPDATE person SET status = 'left' WHERE email = 'nantes11@aurore.fr'")
    assert [(p.employees, p.contributors) for p in store.adoption.periods()] == [(16, 1), (16, 2)]
    # The usage mapping was remembered for the next export with the same columns.
    assert store.imports.history()[0].what == "usage"
    store.imports.undo(run_id)
    assert [p.end for p in store.adoption.periods()] == ["2026-09-20"]


def test_coverage_by_site_and_department_carries_the_contributors_share(store: Store, tmp_path: Path) -> None:
    counts = store.coverage.counts("site_department")
    by_name = {c.population: c.employees for c in counts}
    assert by_name == {
        "Lyon · Finance": 6,
        "Lyon · Ventes": 4,
        "Lyon · Informatique": 1,
        "Nantes · Finance": 5,
    }
    store.usage_import.apply(
        store.usage_import.plan(
            _usage(tmp_path / "u.csv", [["a", "nantes11@aurore.fr", "20/10/2026", 1, 0, 0]])
        )
    )
    rows = {r.population: r for r in store.coverage.coverage("site", 2.0, store.adoption.shares("site"))}
    assert rows["Nantes"].contributors_share == pytest.approx(0.2)
    assert rows["Lyon"].contributors_share == 0.0
    assert compute([], 2.0) == []


# -- CLI -------------------------------------------------------------------------------------------
def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_import_roster_has_the_import_json_shape(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store.path
    store.close()
    roster = _roster(tmp_path / "roster.xlsx")
    code, out, err = _cli(capsys, "--db", db, "import-roster", roster, "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert {
        "file",
        "sheet",
        "header_row",
        "mapping",
        "created",
        "updated",
        "unchanged",
        "left",
        "rejected",
        "errors",
        "warnings",
        "ignored_columns",
    } <= set(report)
    assert report["created"] == 5 and report["rejected"] == 3
    assert any("import the HR extract first" in e["message"] for e in report["errors"])
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM ambassador").fetchone()[0] == 0  # dry run
    code, out, _ = _cli(capsys, "--db", db, "import-roster", roster)
    assert code == 0 and "5 added to the programme" in out
    code, out, _ = _cli(capsys, "--db", db, "list", "ambassadors", "--json")
    assert len(json.loads(out)) == 5


def test_cli_usage_import_then_adoption_and_coverage(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store.path
    store.close()
    usage = _usage(tmp_path / "u.csv", [["a", "nantes11@aurore.fr", "20/10/2026", 1, 0, 0]])
    code, out, err = _cli(
        capsys,
        "--db",
        db,
        "import-usage",
        usage,
        "--period-start",
        "2026-10-01",
        "--period-end",
        "2026-10-31",
    )
    assert code == 0, err
    assert "1 contributors" in out or "1 people" in out or "contributors" in out
    code, out, _ = _cli(capsys, "--db", db, "adoption", "--json")
    report = json.loads(out)
    assert report["period_end"] == "2026-10-31" and report["tipping_point"] == pytest.approx(0.10)
    nantes = next(p for p in report["populations"] if p["population"] == "Nantes")
    assert nantes["contributors_share"] == pytest.approx(0.2) and nantes["reached"] is True
    code, out, _ = _cli(capsys, "--db", db, "coverage", "--by", "site", "--json")
    rows = {r["population"]: r for r in json.loads(out)}
    assert rows["Nantes"]["contributors_share"] == pytest.approx(0.2)
    code, out, _ = _cli(capsys, "--db", db, "coverage", "--by", "site_department")
    assert code == 0 and "Nantes · Finance" in out
    code, _, err = _cli(capsys, "--db", db, "import-usage", usage, "--period-end", "31/10/2026")
    assert code == 2 and "YYYY-MM-DD" in err


def test_coverage_counts_only_the_programmes_scope(store: Store) -> None:
    store.people.insert_many(
        [_person(30, "Bruxellois", "Bruxelles", "Finance", country="Belgique")], source="test"
    )
    rules = ProgrammeRules(
        rules=[Rule("in", "country", ("FRANCE",)), Rule("not_in", "department", ("Ventes",))]
    )
    assert rules.scope() == {"country": ("FRANCE",)}  # exclusions stay in scope: they still need help
    everywhere = {c.population for c in store.coverage.counts("site")}
    in_scope = {c.population: c.employees for c in store.coverage.counts("site", rules.scope())}
    assert "Bruxelles" in everywhere and in_scope == {"Lyon": 11, "Nantes": 5}
    assert store.coverage.counts("site", {"country": ("Japon",)}) == []


def test_a_roster_records_only_the_approval_steps_of_the_programme(store: Store, tmp_path: Path) -> None:
    store.programme.save_rules(ProgrammeRules(flow="hr", rules=[]))
    path = write_xlsx(
        tmp_path / "r.xlsx",
        ["Matricule", "Statut"],
        [["00001", "Actif"], ["00002", "Candidat"]],
        title_rows=False,
    )
    store.roster_import.apply(store.roster_import.plan(path, today=DAY), today=DAY)
    rows = {r["employee_id"]: store.programme.get(r["id"]) for r in store.programme.roster()}
    active, applied = rows["00001"], rows["00002"]
    assert active is not None and applied is not None
    assert (
        active.fields["hr_validated_on"] == DAY.isoformat() and active.fields["manager_confirmed_on"] is None
    )
    assert applied.fields["hr_validated_on"] is None and active.fields["activated_on"] == DAY.isoformat()
