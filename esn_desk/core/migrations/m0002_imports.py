"""Schema 2: import history, remembered column mappings, and the directory's change history."""

from __future__ import annotations

import sqlite3

SQL = """
CREATE TABLE import_run (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL,
    who          TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL,
    file_hash    TEXT NOT NULL,
    file_kind    TEXT NOT NULL,
    sheet        TEXT NOT NULL DEFAULT '',
    header_row   INTEGER NOT NULL,
    mapping      TEXT NOT NULL,
    full_extract INTEGER NOT NULL DEFAULT 0,
    created      INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    unchanged    INTEGER NOT NULL DEFAULT 0,
    left_count   INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    warnings     INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'undone')),
    snapshot     TEXT
);

CREATE TABLE import_mapping (
    signature TEXT PRIMARY KEY,
    headers   TEXT NOT NULL,
    mapping   TEXT NOT NULL,
    used_at   TEXT NOT NULL
);

CREATE TABLE person_change (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    import_id  INTEGER REFERENCES import_run (id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('updated', 'left', 'returned')),
    changes    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_person_change_person ON person_change (person_id, id);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
