"""Schema 5: the visibility kit — what each ambassador was prepared and given, and the signature
templates the programme edited."""

from __future__ import annotations

import sqlite3

SQL = """
CREATE TABLE kit_item (
    ambassador_id INTEGER NOT NULL REFERENCES ambassador (id) ON DELETE CASCADE,
    item          TEXT NOT NULL CHECK (item IN ('signature', 'stickers', 'name_badge', 'directory_badge')),
    state         TEXT NOT NULL CHECK (state IN ('prepared', 'given')),
    prepared_on   TEXT,
    given_on      TEXT,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ambassador_id, item)
) WITHOUT ROWID;
CREATE INDEX ix_kit_item_item ON kit_item (item, state);

CREATE TABLE signature_template (
    name       TEXT PRIMARY KEY,
    html       TEXT NOT NULL,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
