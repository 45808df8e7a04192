"""The activity log, the recognition ranking and case studies: rules and maths, without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from esn_desk.core import demo
from esn_desk.core.activities import (
    DEFAULT_KINDS,
    ActivityEntry,
    CaseStudyDraft,
    is_web_link,
    period_bounds,
)
from esn_desk.core.errors import UserError
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store, open_store

NAMES = {
    "1": ("Anne", "Durand", "Lyon"),
    "2": ("Bruno", "Martin", "Paris"),
    "3": ("Chloé", "Petit", "Nantes"),
    "4": ("Denis", "Roux", "Lille"),
    "5": ("Élodie", "Blanc", "Lille"),
    "6": ("Farid", "Haddad", "Lille"),
}


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(
        [
            {"employee_id": k, "first_name": f, "last_name": last, "email": f"{k}@x.fr", "site": site}
            for k, (f, last, site) in NAMES.items()
        ],
        source="test",
    )
    s.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    yield s
    s.close()


def ambassador(store: Store, employee_id: str) -> int:
    with store.db.read() as conn:
        person = conn.execute("SELECT id FROM person WHERE employee_id = ?", (employee_id,)).fetchone()[0]
    found = store.programme.for_person(person)
    if found:
        return found.id
    ambassador_id = store.programme.recruit(person, on=date(2026, 6, 1))
    store.programme.transition(ambassador_id, "active", on=date(2026, 6, 2))
    return ambassador_id


# -- logging activities ----------------------------------------------------------------------------------
def test_an_activity_is_logged_listed_newest_first_edited_and_deleted(store: Store) -> None:
    anne = ambassador(store, "1")
    first = store.activities.add(anne, "2026-10-01", "Demo", "Démo des communautés, équipe paie", 10)
    second = store.activities.add(anne, date(2026, 11, 3), "  Webinar ", "", None)
    listed = store.activities.for_ambassador(anne)
    assert [a.id for a in listed] == [second, first]
    assert listed[0].kind == "Webinar" and listed[0].points is None and listed[0].happened_on == "2026-11-03"

    store.activities.update(first, "2026-10-02", "Workshop", "Atelier « bien démarrer »", 12)
    edited = store.activities.get(first)
    assert edited is not None
    assert (edited.happened_on, edited.kind, edited.description, edited.points) == (
        "2026-10-02",
        "Workshop",
        "Atelier « bien démarrer »",
        12,
    )
    totals = store.activities.totals(anne)
    assert (totals.activities, totals.points, totals.last) == (2, 12, "2026-11-03")

    store.activities.delete(second)
    assert [a.id for a in store.activities.for_ambassador(anne)] == [first]
    with pytest.raises(UserError, match="no activity"):
        store.activities.delete(second)
    with pytest.raises(UserError, match="no activity"):
        store.activities.update(second, "2026-10-02", "Demo")


@pytest.mark.parametrize(
    ("day", "kind", "points", "message"),
    [
        ("2026-02-30", "Demo", 5, "not a valid date"),
        ("25/11/2026", "Demo", 5, "not a valid date"),
        ("", "Demo", 5, "not a valid date"),
        ("2026-11-01", "   ", 5, "what kind of activity"),
        ("2026-11-01", "x" * 61, 5, "too long"),
        ("2026-11-01", "Demo", -1, "between 0 and 1000"),
        ("2026-11-01", "Demo", 1001, "between 0 and 1000"),
        ("2026-11-01", "Demo", 2.5, "whole number"),
        ("2026-11-01", "Demo", True, "whole number"),
    ],
)
def test_bad_activities_are_refused_with_a_clear_message(
    store: Store, day: str, kind: str, points: object, message: str
) -> None:
    anne = ambassador(store, "1")
    with pytest.raises(UserError, match=message):
        store.activities.add(anne, day, kind, "", points)  # type: ignore[arg-type]
    assert store.activities.count() == 0


def test_an_activity_needs_an_existing_ambassador_and_a_bulk_log_is_all_or_nothing(store: Store) -> None:
    anne = ambassador(store, "1")
    with pytest.raises(UserError, match="no ambassador #999"):
        store.activities.add_many(
            [ActivityEntry(anne, "2026-10-01", "Demo", points=10), ActivityEntry(999, "2026-10-01", "Demo")]
        )
    assert store.activities.count() == 0
    assert len(store.activities.add_many([ActivityEntry(anne, "2026-10-01", "Demo")] * 3)) == 3


def test_the_kinds_offered_are_the_defaults_then_the_ones_already_used(store: Store) -> None:
    anne = ambassador(store, "1")
    store.activities.add(anne, "2026-10-01", "Café RSE")
    store.activities.add(anne, "2026-10-02", "Demo")
    assert store.activities.kinds() == [*DEFAULT_KINDS, "Café RSE"]


# -- recognition -----------------------------------------------------------------------------------------
def test_the_ranking_counts_points_then_activities_with_both_period_bounds_included(store: Store) -> None:
    anne, bruno, chloe, denis = (ambassador(store, k) for k in "1234")
    log = store.activities.add
    log(anne, "2026-09-30", "Demo", points=50)  # the day before the period
    log(anne, "2026-10-01", "Demo", points=10)  # first day: counted
    log(anne, "2026-10-31", "Webinar", points=15)  # last day: counted
    log(anne, "2026-11-01", "Demo", points=50)  # the day after
    for day in ("2026-10-10", "2026-10-11"):
        log(bruno, day, "Helped a team", points=5)
    log(bruno, "2026-10-12", "Helped a team")  # no points, still an activity
    log(bruno, "2026-10-20", "Case study", points=10)
    log(chloe, "2026-10-05", "Workshop", points=20)
    log(denis, "2026-10-07", "Other")

    ranking = store.activities.recognition(date(2026, 10, 1), date(2026, 10, 31))
    assert [(r.name, r.activities, r.points, r.last_activity) for r in ranking] == [
        ("Anne Durand", 2, 25, "2026-10-31"),
        ("Bruno Martin", 4, 20, "2026-10-20"),  # same points as Chloé, more activities
        ("Chloé Petit", 1, 20, "2026-10-05"),
        ("Denis Roux", 1, 0, "2026-10-07"),
    ]
    assert [r.rank for r in ranking] == [1, 2, 3, 4]
    assert ranking[1].kinds == "Helped a team ×3, Case study ×1"
    assert (ranking[1].site, ranking[1].role, ranking[1].status) == ("Paris", "Ambassador", "active")

    # One day: only what happened that day.
    assert [r.name for r in store.activities.recognition("2026-10-31", "2026-10-31")] == ["Anne Durand"]
    # Nothing in the period: an empty ranking, not an error.
    assert store.activities.recognition("2025-01-01", "2025-12-31") == []


def test_exact_ties_share_a_rank(store: Store) -> None:
    denis, elodie, farid = (ambassador(store, k) for k in "456")
    store.activities.add(denis, "2026-10-02", "Demo", points=10)
    store.activities.add(elodie, "2026-10-03", "Demo", points=10)
    store.activities.add(farid, "2026-10-04", "Demo", points=5)
    ranking = store.activities.recognition("2026-10-01", "2026-10-31")
    assert [(r.name, r.rank) for r in ranking] == [
        ("Élodie Blanc", 1),  # the more recent activity is listed first…
        ("Denis Roux", 1),  # …but the rank is shared
        ("Farid Haddad", 3),
    ]


def test_a_period_that_ends_before_it_starts_or_a_bad_date_is_refused(store: Store) -> None:
    with pytest.raises(UserError, match="swap the two dates"):
        store.activities.recognition("2026-10-31", "2026-10-01")
    with pytest.raises(UserError, match="not a valid date"):
        store.activities.recognition("2026-13-01", "2026-12-31")


@pytest.mark.parametrize(
    ("period", "today", "bounds"),
    [
        ("this_month", date(2026, 11, 25), (date(2026, 11, 1), date(2026, 11, 30))),
        ("this_month", date(2028, 2, 10), (date(2028, 2, 1), date(2028, 2, 29))),
        ("last_3_months", date(2026, 11, 25), (date(2026, 8, 25), date(2026, 11, 25))),
        ("last_3_months", date(2026, 2, 15), (date(2025, 11, 15), date(2026, 2, 15))),
        ("last_3_months", date(2026, 5, 31), (date(2026, 2, 28), date(2026, 5, 31))),
        ("this_year", date(2026, 11, 25), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_named_periods(period: str, today: date, bounds: tuple[date, date]) -> None:
    assert period_bounds(period, today) == bounds


# -- deleting an ambassador ------------------------------------------------------------------------------
def test_deleting_an_ambassador_deletes_their_activities_but_keeps_their_case_studies(store: Store) -> None:
    anne, bruno = ambassador(store, "1"), ambassador(store, "2")
    store.activities.add(anne, "2026-10-01", "Demo", points=10)
    store.activities.add(bruno, "2026-10-02", "Demo", points=5)
    case = store.case_studies.add(CaseStudyDraft("Le fil des ventes", "2026-10-05", anne, status="draft"))
    with store.db.write() as conn:  # e.g. an HR import undone removes the person
        conn.execute("DELETE FROM person WHERE employee_id = '1'")
    assert store.activities.for_ambassador(anne) == []
    assert [r.name for r in store.activities.recognition("2026-01-01", "2026-12-31")] == ["Bruno Martin"]
    kept = store.case_studies.get(case)
    assert kept is not None and kept.ambassador_id is None and kept.ambassador_name == ""
    assert kept.site == "Lyon"  # the site it was written for stays


# -- case studies ----------------------------------------------------------------------------------------
def test_a_case_study_takes_its_site_from_the_ambassador_and_is_found_without_accents(store: Store) -> None:
    chloe = ambassador(store, "3")
    draft = CaseStudyDraft(
        "Sécurité à l'usine : fini les classeurs",
        "2026-11-02",
        chloe,
        use_case="Consignes de sécurité partagées en équipe",
        body="Les chefs d'équipe publient les consignes dans la communauté.",
    )
    case_id = store.case_studies.add(draft)
    case = store.case_studies.get(case_id)
    assert case is not None
    assert (case.site, case.ambassador_name, case.status, case.written_on) == (
        "Nantes",
        "Chloé Petit",
        "draft",
        "2026-11-02",
    )
    assert [c.id for c in store.case_studies.list(text="securite usine")] == [case_id]
    assert [c.id for c in store.case_studies.list(text="chloe")] == [case_id]
    assert store.case_studies.list(text="securite paie") == []

    store.case_studies.update(
        case_id,
        CaseStudyDraft(
            draft.title, "2026-11-03", chloe, site="Saint-Nazaire", status="published", link="https://x.fr/a"
        ),
    )
    assert store.case_studies.list(status="draft") == []
    published = store.case_studies.list(status="published")
    assert [(c.site, c.link, c.body) for c in published] == [("Saint-Nazaire", "https://x.fr/a", "")]
    assert store.case_studies.counts() == {"draft": 0, "published": 1}
    store.case_studies.delete(case_id)
    assert store.case_studies.list() == []
    with pytest.raises(UserError, match="no case study"):
        store.case_studies.delete(case_id)


def test_case_studies_are_listed_newest_first(store: Store) -> None:
    old = store.case_studies.add(CaseStudyDraft("Ancienne", "2026-03-01"))
    new = store.case_studies.add(CaseStudyDraft("Récente", "2026-10-01"))
    assert [c.id for c in store.case_studies.list()] == [new, old]


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (CaseStudyDraft("  ", "2026-11-01"), "title"),
        (CaseStudyDraft("T", "2026-11-01", link="intranet/page"), "not a web address"),
        (CaseStudyDraft("T", "2026-11-01", link="javascript:alert(1)"), "not a web address"),
        (CaseStudyDraft("T", "2026-11-01", link="file:///etc/passwd"), "not a web address"),
        (CaseStudyDraft("T", "2026-11-01", link="https://"), "not a web address"),
        (CaseStudyDraft("T", "2026-11-01", status="archived"), "Unknown status"),
        (CaseStudyDraft("T", "2026-11-01", status="published"), "needs its text or a link"),
        (CaseStudyDraft("T", "01/11/2026"), "not a valid date"),
        (CaseStudyDraft("T", "2026-11-01", ambassador_id=999), "no ambassador #999"),
    ],
)
def test_bad_case_studies_are_refused_with_a_clear_message(
    store: Store, draft: CaseStudyDraft, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        store.case_studies.add(draft)
    assert store.case_studies.list() == []


def test_only_http_links_are_web_links() -> None:
    assert is_web_link("https://intranet.aurore-groupe.fr/cas/ventes?x=1")
    assert is_web_link("HTTP://example.com")
    for bad in ("", "www.example.com", "mailto:a@b.fr", "javascript:alert(1)", "https://a b.fr", "http:///x"):
        assert not is_web_link(bad), bad


def test_the_demo_has_activities_a_clear_lead_and_case_studies() -> None:
    store = open_store(":memory:")
    demo.populate(store, size=300)
    ranking = store.activities.recognition("2026-06-01", "2026-11-30")
    assert len(ranking) > 30
    assert ranking[4].points > 2 * ranking[10].points  # a few people clearly lead
    assert len({r.site for r in ranking[:5]}) == 5
    counts = store.case_studies.counts()
    assert counts["published"] >= 3 and counts["draft"] >= 1
    assert all(c.ambassador_name for c in store.case_studies.list(status="published"))
    store.close()
