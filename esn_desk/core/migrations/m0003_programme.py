"""Schema 3: the ambassador programme — candidates and ambassadors, and their status history."""

from __future__ import annotations

import sqlite3

SQL = """
CREATE TABLE ambassador (
    id                   INTEGER PRIMARY KEY,
    person_id            INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    status               TEXT NOT NULL CHECK (status IN ('applied', 'nominated', 'hr_validated',
                             'manager_confirmed', 'active', 'paused', 'alumni', 'declined', 'withdrawn')),
    entry                TEXT NOT NULL CHECK (entry IN ('application', 'nomination')),
    source               TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL DEFAULT 'Ambassador',
    applied_on           TEXT NOT NULL,
    motivation           TEXT NOT NULL DEFAULT '',
    eligibility_override TEXT,
    hr_validated_on      TEXT,
    hr_validated_by      TEXT,
    manager_confirmed_on TEXT,
    manager_confirmed_by TEXT,
    activated_on         TEXT,
    refused_by           TEXT,
    refusal_reason       TEXT,
    objective            TEXT NOT NULL DEFAULT '',
    objective_target     REAL,
    objective_due        TEXT,
    privileges           TEXT NOT NULL DEFAULT '[]',
    community_member     INTEGER NOT NULL DEFAULT 0,
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX ix_ambassador_status ON ambassador (status);

CREATE TABLE ambassador_event (
    id            INTEGER PRIMARY KEY,
    ambassador_id INTEGER NOT NULL REFERENCES ambassador (id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    by            TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_ambassador_event ON ambassador_event (ambassador_id, id);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
