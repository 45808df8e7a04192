"""Schema 4: what ambassadors do (activities, case studies) and how the network is used (usage imports).

``import_run.what`` tells HR, roster and usage imports apart: they share one history and one undo.
"""

from __future__ import annotations

import sqlite3

SQL = """
ALTER TABLE import_run ADD COLUMN what TEXT NOT NULL DEFAULT 'hr'
    CHECK (what IN ('hr', 'roster', 'usage'));

CREATE TABLE activity (
    id            INTEGER PRIMARY KEY,
    ambassador_id INTEGER NOT NULL REFERENCES ambassador (id) ON DELETE CASCADE,
    happened_on   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    points        INTEGER,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_activity_ambassador ON activity (ambassador_id, happened_on);
CREATE INDEX ix_activity_date ON activity (happened_on);

CREATE TABLE case_study (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    ambassador_id INTEGER REFERENCES ambassador (id) ON DELETE SET NULL,
    site          TEXT NOT NULL DEFAULT '',
    use_case      TEXT NOT NULL DEFAULT '',
    written_on    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    body          TEXT NOT NULL DEFAULT '',
    link          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_case_study_ambassador ON case_study (ambassador_id);

CREATE TABLE usage_import (
    id             INTEGER PRIMARY KEY,
    import_id      INTEGER NOT NULL UNIQUE REFERENCES import_run (id) ON DELETE CASCADE,
    period_start   TEXT NOT NULL,
    period_end     TEXT NOT NULL,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    matched        INTEGER NOT NULL DEFAULT 0,
    not_in_directory INTEGER NOT NULL DEFAULT 0,
    employees      INTEGER NOT NULL DEFAULT 0,  -- active employees when imported: the denominator
    contributors   INTEGER NOT NULL DEFAULT 0,  -- among those active employees
    readers        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_usage_import_period ON usage_import (period_end);

CREATE TABLE usage_record (
    usage_id    INTEGER NOT NULL REFERENCES usage_import (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    last_active TEXT,
    posts       INTEGER NOT NULL DEFAULT 0,
    comments    INTEGER NOT NULL DEFAULT 0,
    reactions   INTEGER NOT NULL DEFAULT 0,
    views       INTEGER NOT NULL DEFAULT 0,
    contributor INTEGER NOT NULL DEFAULT 0,
    reader      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (usage_id, person_id)
) WITHOUT ROWID;
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
