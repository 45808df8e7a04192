"""Write ``tests/fixtures/schema_v<N>.esndesk``: a small database frozen at schema N.

Run ``python -m tests.make_fixture N`` once, when step N+1 is added, and commit the file. Fixtures
are never regenerated afterwards: they stand for files users already have on their laptops.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from esn_desk.core import db
from esn_desk.core.migrations import STEPS

FIXTURES = Path(__file__).resolve().parent / "fixtures"

SAMPLE_V1 = [
    # employee_id, email, first, last, full, title, dept, site, city, country, manager_email, hire, status
    (
        "000001",
        "claire.vasseur@example.fr",
        "Claire",
        "Vasseur",
        "Claire Vasseur",
        "Directrice de site",
        "Direction générale",
        "Lyon",
        "Lyon",
        "France",
        None,
        "2010-04-01",
        "active",
    ),
    (
        "000002",
        "therese.loeuvre@example.fr",
        "Thérèse",
        "Lœuvre",
        "Thérèse Lœuvre",
        "Comptable",
        "Finance",
        "Lyon",
        "Lyon",
        "France",
        "claire.vasseur@example.fr",
        "2019-09-16",
        "active",
    ),
    (
        "000003",
        "zoe.lea@example.fr",
        '<b>Zoé & "Léa"</b>',
        "Martin",
        '<b>Zoé & "Léa"</b> Martin',
        "Développeuse",
        "Informatique",
        "Nantes",
        "Nantes",
        "France",
        "claire.vasseur@example.fr",
        "2022-01-03",
        "left",
    ),
]


def write(version: int) -> Path:
    target = FIXTURES / f"schema_v{version}.esndesk"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    for step in STEPS:
        if step.version > version:
            break
        conn.execute("BEGIN")
        step.apply(conn)
        conn.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {step.version}")
        conn.execute("COMMIT")
    if version >= 1:
        conn.executemany(
            "INSERT INTO person (employee_id, email, first_name, last_name, full_name, job_title, department,"
            " site, city, country, manager_email, hire_date, status, first_seen, last_seen, source,"
            " search_key, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?, '2026-01-05', '2026-01-05', 'fixture',"
            " ?, ?)",
            [(*row, f"{row[4]} | {row[1]}".lower(), f"{row[3]} {row[2]}".lower()) for row in SAMPLE_V1],
        )
        conn.execute("INSERT INTO setting (key, value) VALUES ('programme_name', '\"Fixture programme\"')")
    if version >= 2:
        conn.execute(
            "INSERT INTO import_run (started_at, finished_at, who, file_name, file_hash, file_kind, sheet,"
            " header_row, mapping, created) VALUES ('2026-01-05T09:00:00', '2026-01-05T09:00:02', 'claire',"
            " 'extract.xlsx', 'abc', 'xlsx', 'RH', 3, '{}', 3)"
        )
    if version >= 3:
        conn.execute(
            "INSERT INTO ambassador (person_id, status, entry, source, role, applied_on, created_at,"
            " updated_at)"
            " VALUES (2, 'hr_validated', 'application', 'Email campaign', 'Coach', '2026-01-10',"
            " '2026-01-10T10:00:00', '2026-01-12T10:00:00')"
        )
        conn.execute(
            "INSERT INTO ambassador_event (ambassador_id, at, from_status, to_status, by)"
            " VALUES (1, '2026-01-12', 'applied', 'hr_validated', 'RH')"
        )
    if version >= 4:
        conn.execute(
            "INSERT INTO activity (ambassador_id, happened_on, kind, description, points, created_at,"
            " updated_at) VALUES (1, '2026-01-20', 'Demo', 'Demo for the Lyon accountants', 5,"
            " '2026-01-20T10:00:00', '2026-01-20T10:00:00')"
        )
        conn.execute(
            "INSERT INTO case_study (title, ambassador_id, site, use_case, written_on, status, created_at,"
            " updated_at) VALUES ('Month-end close in a community', 1, 'Lyon', 'Finance', '2026-01-25',"
            " 'published', '2026-01-25T10:00:00', '2026-01-25T10:00:00')"
        )
        conn.execute(
            "INSERT INTO import_run (started_at, finished_at, who, file_name, file_hash, file_kind, sheet,"
            " header_row, mapping, created, what) VALUES ('2026-02-01T09:00:00', '2026-02-01T09:00:01',"
            " 'claire', 'usage.csv', 'def', 'csv', '', 1, '{}', 2, 'usage')"
        )
        conn.execute(
            "INSERT INTO usage_import (import_id, period_start, period_end, rows_read, matched, employees,"
            " contributors, readers) VALUES (2, '2026-01-01', '2026-01-31', 2, 2, 2, 1, 1)"
        )
        conn.execute(
            "INSERT INTO usage_record (usage_id, person_id, last_active, posts, comments, contributor,"
            " reader) VALUES (1, 1, '2026-01-30', 3, 1, 1, 0), (1, 2, '2026-01-12', 0, 0, 0, 1)"
        )
    if version >= 5:
        conn.execute(
            "INSERT INTO kit_item (ambassador_id, item, state, prepared_on, given_on)"
            " VALUES (1, 'signature', 'given', '2026-02-02', '2026-02-03')"
        )
        conn.execute(
            "INSERT INTO signature_template (name, html, text, updated_at) VALUES ('Mine',"
            " '<table><tr><td>{{ person.full_name }}</td></tr></table>', '{{ person.full_name }}',"
            " '2026-02-02T10:00:00')"
        )
    if version >= 6:
        conn.execute(
            "INSERT INTO training_session (uid, title, kind, format, starts_at, timezone, duration_minutes,"
            " sites, created_at, updated_at) VALUES ('fixture-1@esn-desk', 'Onboarding Lyon', 'Onboarding',"
            " 'webinar', '2026-02-10T10:00:00+01:00', 'Europe/Paris', 60, '[\"Lyon\"]',"
            " '2026-02-01T09:00:00', '2026-02-01T09:00:00')"
        )
        conn.execute(
            "INSERT INTO enrolment (session_id, person_id, status, minutes, source, updated_at)"
            " VALUES (1, 2, 'attended', 55, 'teams', '2026-02-10T12:00:00')"
        )
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(write(int(sys.argv[1])))
