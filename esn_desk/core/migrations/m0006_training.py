"""Schema 6: training sessions and webinars, who is invited / registered / attended, and the
attendance reports imported from Teams or Zoom."""

from __future__ import annotations

import sqlite3

SQL = """
CREATE TABLE training_session (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    format           TEXT NOT NULL CHECK (format IN ('webinar', 'on_site', 'hybrid')),
    starts_at        TEXT NOT NULL,
    timezone         TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    place            TEXT NOT NULL DEFAULT '',
    link             TEXT NOT NULL DEFAULT '',
    sites            TEXT NOT NULL DEFAULT '[]',
    trainer          TEXT NOT NULL DEFAULT '',
    capacity         INTEGER CHECK (capacity IS NULL OR capacity > 0),
    audience         TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    sequence         INTEGER NOT NULL DEFAULT 0,
    cancelled_at     TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX ix_training_session_start ON training_session (starts_at);

CREATE TABLE enrolment (
    session_id INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('invited', 'registered', 'waiting', 'attended', 'absent',
                   'excused')),
    minutes    INTEGER,
    source     TEXT NOT NULL DEFAULT 'manual',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX ix_enrolment_person ON enrolment (person_id, status);

CREATE TABLE attendance_import (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('teams', 'zoom')),
    imported_at TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '{}'
);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
