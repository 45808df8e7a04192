"""Directory queries: accent-insensitive search, filters and SQL sorting."""

import pytest

from esn_desk.core.people import COLUMNS, DirectoryQuery, derive
from esn_desk.core.store import Store, open_store

PEOPLE = [
    {
        "employee_id": "001",
        "first_name": "Thérèse",
        "last_name": "Lœuvre",
        "email": "therese@x.fr",
        "job_title": "Comptable",
        "department": "Finance",
        "site": "Lyon",
        "country": "France",
    },
    {
        "employee_id": "002",
        "first_name": "Émile",
        "last_name": "Zola",
        "email": "emile@x.fr",
        "job_title": "Écrivain",
        "department": "Communication",
        "site": "Paris",
        "country": "France",
        "manager_email": "therese@x.fr",
    },
    {
        "employee_id": "003",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada_l@x.be",
        "job_title": "Développeuse 100%",
        "department": "Informatique",
        "site": "Bruxelles",
        "country": "Belgique",
        "manager_email": "therese@x.fr",
    },
    {
        "employee_id": "004",
        "first_name": "Bob",
        "last_name": "Dylan",
        "email": "bob@x.fr",
        "department": "Informatique",
        "site": "Lyon",
        "country": "France",
        "status": "left",
    },
]


@pytest.fixture
def store() -> Store:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="test")
    return s


def names(store: Store, **kwargs: object) -> list[str]:
    query = DirectoryQuery(**kwargs)  # type: ignore[arg-type]
    ids = store.people.match_ids(query)
    rows = store.people.rows(ids)
    return [rows[i][0] for i in ids]


def test_search_ignores_accents_and_case(store: Store) -> None:
    assert names(store, text="therese") == ["Thérèse Lœuvre"]
    assert names(store, text="THÉRÈSE") == ["Thérèse Lœuvre"]
    assert names(store, text="loeuvre") == ["Thérèse Lœuvre"]
    assert names(store, text="ecrivain") == ["Émile Zola"]


def test_search_covers_email_id_title_department_and_site(store: Store) -> None:
    assert names(store, text="emile@") == ["Émile Zola"]
    assert names(store, text="003") == ["Ada Lovelace"]
    assert names(store, text="informatique") == ["Bob Dylan", "Ada Lovelace"]
    assert names(store, text="bruxelles") == ["Ada Lovelace"]


def test_every_word_must_match(store: Store) -> None:
    assert names(store, text="informatique lyon") == ["Bob Dylan"]
    assert names(store, text="  ") == ["Bob Dylan", "Thérèse Lœuvre", "Ada Lovelace", "Émile Zola"]


def test_like_wildcards_in_the_search_are_literal(store: Store) -> None:
    assert names(store, text="100%") == ["Ada Lovelace"]
    assert names(store, text="a_l") == ["Ada Lovelace"]
    assert names(store, text="%") == ["Ada Lovelace"]


def test_filters_combine_with_search(store: Store) -> None:
    assert names(store, site="lyon") == ["Bob Dylan", "Thérèse Lœuvre"]
    assert names(store, status="active", site="Lyon") == ["Thérèse Lœuvre"]
    assert names(store, country="Belgique") == ["Ada Lovelace"]
    assert names(store, department="Informatique", text="ada") == ["Ada Lovelace"]
    assert store.people.count(DirectoryQuery(status="left")) == 1


def test_sorting_happens_in_sql_on_every_column(store: Store) -> None:
    site = [c.key for c in COLUMNS].index("site")
    assert names(store, sort_column=site) == ["Ada Lovelace", "Bob Dylan", "Thérèse Lœuvre", "Émile Zola"]
    assert names(store, sort_column=0, descending=True) == [
        "Émile Zola",
        "Ada Lovelace",
        "Thérèse Lœuvre",
        "Bob Dylan",
    ]
    for column in range(len(COLUMNS)):
        assert len(names(store, sort_column=column, descending=True)) == 4


def test_facets_detail_and_manager(store: Store) -> None:
    facets = store.people.facet_values()
    assert facets["site"] == ["Bruxelles", "Lyon", "Paris"]
    assert facets["country"] == ["Belgique", "France"]
    ada = store.people.match_ids(DirectoryQuery(text="ada"))[0]
    detail = store.people.detail(ada)
    assert detail is not None and detail.manager_name == "Thérèse Lœuvre"
    therese = store.people.detail(store.people.match_ids(DirectoryQuery(text="therese"))[0])
    assert therese is not None and therese.reports == 2
    assert store.people.detail(99999) is None


def test_derive_builds_names_and_keys() -> None:
    row = derive({"first_name": " Zoé ", "last_name": "Léa", "email": "Z@x.fr"})
    assert row["full_name"] == "Zoé Léa"
    assert row["sort_key"] == "lea zoe"
    assert "zoe lea" in row["search_key"] and "z@x.fr" in row["search_key"]
    assert derive({"full_name": "Prince"})["sort_key"] == "prince"
