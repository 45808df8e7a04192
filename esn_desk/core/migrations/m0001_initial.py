"""Schema 1: the people directory (HR data) and the programme settings."""

from __future__ import annotations

import sqlite3

SQL = """
CREATE TABLE person (
    id                  INTEGER PRIMARY KEY,
    employee_id         TEXT,
    email               TEXT,
    first_name          TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL DEFAULT '',
    full_name           TEXT NOT NULL DEFAULT '',
    job_title           TEXT NOT NULL DEFAULT '',
    department          TEXT NOT NULL DEFAULT '',
    site                TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    manager_email       TEXT,
    manager_employee_id TEXT,
    hire_date           TEXT,
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    left_on             TEXT,
    first_seen          TEXT NOT NULL,
    last_seen           TEXT NOT NULL,
    source              TEXT NOT NULL DEFAULT '',
    search_key          TEXT NOT NULL DEFAULT '',
    sort_key            TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX ux_person_employee_id ON person (employee_id) WHERE employee_id IS NOT NULL;
CREATE INDEX ix_person_email ON person (email);
-- Covering index: search-as-you-type scans this narrow index, already in display order.
CREATE INDEX ix_person_search ON person (sort_key, id, search_key);
-- Filter and sort indexes: a filter on one value comes out already sorted by name, and a click on
-- the column header sorts 100k rows without a temporary B-tree.
CREATE INDEX ix_person_site ON person (site COLLATE NOCASE, sort_key, id);
CREATE INDEX ix_person_department ON person (department COLLATE NOCASE, sort_key, id);
CREATE INDEX ix_person_country ON person (country COLLATE NOCASE, sort_key, id);
CREATE INDEX ix_person_job_title ON person (job_title COLLATE NOCASE, sort_key, id);
CREATE INDEX ix_person_status ON person (status);
CREATE INDEX ix_person_manager_email ON person (manager_email);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
