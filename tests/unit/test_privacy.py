"""Privacy: a person's data exported whole, erased from every table and from the file's bytes,
and leavers due for purge after the retention period."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from esn_desk import cli
from esn_desk.core import demo, migrations
from esn_desk.core.backups import backup_target, content_fingerprint, verify_file
from esn_desk.core.errors import UserError
from esn_desk.core.privacy import SECTIONS, _minus_months, purge_from_backups
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import Store, open_store

SIZE = 300


def _pick(store: Store) -> dict[str, Any]:
    """An active ambassador with activities, enrolments and usage, whose name and email are unique
    substrings in the directory (so a search for them finds only them). The demo gives no kit: the
    fixture adds some."""
    with store.db.read() as conn:
        rows = conn.execute(
            "SELECT p.id, p.email, p.full_name, p.employee_id, a.id FROM person p "
            "JOIN ambassador a ON a.person_id = p.id WHERE a.status = 'active' "
            "AND EXISTS (SELECT 1 FROM activity WHERE ambassador_id = a.id) "
            "AND EXISTS (SELECT 1 FROM enrolment WHERE person_id = p.id) "
            "AND EXISTS (SELECT 1 FROM usage_record WHERE person_id = p.id) ORDER BY p.id"
        ).fetchall()
        for pid, email, name, eid, amb in rows:
            clash = conn.execute(
                "SELECT count(*) FROM person WHERE id != ? AND (instr(lower(email), lower(?)) > 0 "
                "OR instr(lower(full_name), lower(?)) > 0)",
                (pid, email, name),
            ).fetchone()[0]
            if clash == 0 and len(name) >= 5:
                return {"id": pid, "email": email, "name": name, "employee_id": eid, "amb": amb}
    raise AssertionError("the demo has no suitable ambassador")


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, Store, dict[str, Any]]:
    path = tmp_path / "demo.esndesk"
    store = demo.write_demo(path, size=SIZE)
    who = _pick(store)
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO kit_item (ambassador_id, item, state, prepared_on, given_on, note) "
            "VALUES (?, 'stickers', 'given', '2025-01-02', '2025-01-05', 'handed over'), "
            "(?, 'signature', 'prepared', '2025-01-02', NULL, '')",
            (who["amb"], who["amb"]),
        )
        if not conn.execute("SELECT 1 FROM case_study WHERE ambassador_id = ?", (who["amb"],)).fetchone():
            conn.execute(
                "INSERT INTO case_study (title, ambassador_id, written_on, body, created_at, updated_at) "
                "VALUES ('Onboarding on the ESN', ?, '2025-01-10', 'How our team moved', "
                "'2025-01-10', '2025-01-10')",
                (who["amb"],),
            )
        # Traces of them in other people's rows: a manager value, a change history, an import mapping.
        other = conn.execute(
            "SELECT id FROM person WHERE id != ? ORDER BY id LIMIT 1", (who["id"],)
        ).fetchone()[0]
        conn.execute(
            "UPDATE person SET manager_email = ?, manager_employee_id = ? WHERE id = ?",
            (who["email"].upper(), who["employee_id"], other),
        )
        conn.execute(
            "INSERT INTO import_run (started_at, finished_at, file_name, file_hash, file_kind, header_row, "
            "mapping) VALUES ('2025-01-01', '2025-01-01', 'hr.xlsx', 'x', 'xlsx', 1, ?)",
            (json.dumps({"Email": "email", who["name"]: "full_name"}),),
        )
        run = conn.execute("SELECT max(id) FROM import_run").fetchone()[0]
        conn.execute(
            "INSERT INTO person_change (person_id, import_id, changed_at, kind, changes) "
            "VALUES (?, ?, '2025-01-01', 'updated', ?)",
            (
                other,
                run,
                json.dumps(
                    {
                        "manager_email": ["old.boss@example.com", who["email"]],
                        "manager_employee_id": ["X1", who["employee_id"]],
                    }
                ),
            ),
        )
    who["other"] = other
    return path, store, who


def _text_hits(conn: sqlite3.Connection, needle: str) -> list[str]:
    hits = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for col in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
            n = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE instr(lower(CAST("{col}" AS TEXT)), lower(?)) > 0',
                (needle,),
            ).fetchone()[0]
            if n:
                hits.append(f"{table}.{col}")
    return hits


def test_export_holds_every_section_as_json_and_xlsx(demo_file: Any, tmp_path: Path) -> None:
    _, store, who = demo_file
    data = store.privacy.export_person(who["id"])
    json.dumps(data)  # plain JSON-serialisable
    assert data["person"]["email"] == who["email"]
    assert "search_key" not in data["person"]
    assert data["candidacy"]["status"] == "active"
    for key in ("candidacy_history", "activities", "case_studies", "kit", "training", "usage"):
        assert data[key], key
    assert all(row["session"] for row in data["training"])  # session titles
    out = tmp_path / "out"
    out.mkdir()
    json_path, xlsx_path = store.privacy.write_export(who["id"], out)
    assert json_path.stem == xlsx_path.stem
    assert json.loads(json_path.read_text(encoding="utf-8"))["person"]["id"] == who["id"]
    wb = openpyxl.load_workbook(xlsx_path)
    assert wb.sheetnames == ["About", *(title for _, title in SECTIONS)]
    record = {r[0]: r[1] for r in wb["Directory record"].iter_rows(min_row=2, values_only=True)}
    assert record["email"] == who["email"]
    assert wb["Activities"].max_row == len(data["activities"]) + 1
    store.close()


def test_erase_removes_every_trace_even_from_the_file_bytes(demo_file: Any) -> None:
    path, store, who = demo_file
    assert who["email"].encode() in path.read_bytes() + Path(f"{path}-wal").read_bytes()
    before = store.privacy.preview(who["id"])
    with store.db.read() as conn:
        studies = conn.execute(
            "SELECT id, title, body FROM case_study WHERE ambassador_id = ?", (who["amb"],)
        ).fetchall()
    report = store.privacy.erase(who["id"])
    assert report.deleted == before
    assert report.deleted["person"] == 1 and report.deleted["ambassador"] == 1
    for table in ("activity", "kit_item", "enrolment", "usage_record", "ambassador_event"):
        assert report.deleted[table] > 0, table
    assert report.cleared["person.manager_email"] == 1
    assert report.cleared["person_change.changes"] == 1
    assert report.cleared["import_run.mapping"] == 1
    assert report.checkpointed
    assert "backups" in report.note and who["name"] in report.note
    assert any("backups" in line for line in report.lines())

    with store.db.read() as conn:
        assert _text_hits(conn, who["email"]) == []
        assert _text_hits(conn, who["name"]) == []
        for sid, title, body in studies:  # kept, without an author
            assert conn.execute(
                "SELECT title, body, ambassador_id FROM case_study WHERE id = ?", (sid,)
            ).fetchone() == (title, body, None)
        changes = json.loads(
            conn.execute(
                "SELECT changes FROM person_change WHERE person_id = ? AND import_id IS NOT NULL "
                "ORDER BY id DESC LIMIT 1",
                (who["other"],),
            ).fetchone()[0]
        )
        assert changes == {"manager_email": ["old.boss@example.com", ""], "manager_employee_id": ["X1", ""]}
        assert conn.execute(
            "SELECT manager_email, manager_employee_id FROM person WHERE id = ?", (who["other"],)
        ).fetchone() == (None, None)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(UserError):
        store.privacy.find(who["email"])
    store.close()
    raw = path.read_bytes()
    wal = Path(f"{path}-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert who["email"].encode() not in raw
    assert who["email"].lower().encode() not in raw.lower()
    assert who["name"].encode() not in raw
    reopened = open_store(path, backup_dir=path.parent / "backups")
    reopened.close()


def test_every_reference_to_a_person_is_handled(tmp_path: Path) -> None:
    """A new table pointing at person or ambassador must be added to the erase."""
    store = open_store(":memory:", backup_dir=tmp_path)
    with store.db.read() as conn:
        refs = set()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                if row[2] in ("person", "ambassador"):
                    refs.add(table)
    store.close()
    assert refs == {
        "person_change",
        "ambassador",
        "ambassador_event",
        "activity",
        "case_study",
        "usage_record",
        "kit_item",
        "enrolment",
    }


def test_find_by_email_or_employee_id(tmp_path: Path) -> None:
    store = open_store(":memory:", backup_dir=tmp_path)
    with store.db.write() as conn:
        for eid, email, name in (
            ("E1", "Ann.Lee@Example.com", "Ann Lee"),
            ("E2", "dup@example.com", "Dup One"),
            ("E3", "dup@example.com", "Dup Two"),
        ):
            conn.execute(
                "INSERT INTO person (employee_id, email, full_name, first_seen, last_seen) "
                "VALUES (?, ?, ?, '2024-01-01', '2024-01-01')",
                (eid, email, name),
            )
    p = store.privacy
    assert p.find("ann.lee@example.COM") == p.find("E1") == p.find(" e1 ")
    with pytest.raises(UserError, match="Nobody"):
        p.find("nobody@example.com")
    with pytest.raises(UserError, match="2 people"):
        p.find("DUP@example.com")
    with pytest.raises(UserError):
        p.find("  ")
    with pytest.raises(UserError):
        p.erase(999)
    store.close()


def test_leavers_due_and_purge(tmp_path: Path) -> None:
    store = open_store(":memory:", backup_dir=tmp_path)
    with store.db.write() as conn:
        for eid, status, left_on in (
            ("A", "left", "2022-01-31"),
            ("B", "left", "2023-12-15"),
            ("C", "left", "2024-03-01"),
            ("D", "active", None),
        ):
            conn.execute(
                "INSERT INTO person (employee_id, email, full_name, status, left_on, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, '2020-01-01', '2024-01-01')",
                (eid, f"{eid.lower()}@example.com", f"Person {eid}", status, left_on),
            )
    p = store.privacy
    due = p.leavers_due(3, today=date(2024, 3, 20))
    assert [(name, day) for _, name, day in due] == [("Person A", "2022-01-31"), ("Person B", "2023-12-15")]
    assert p.leavers_due(24, today=date(2024, 3, 20)) == [due[0]]
    reports = p.purge([pid for pid, _, _ in due])
    assert [r.deleted["person"] for r in reports] == [1, 1]
    assert p.leavers_due(0, today=date(2024, 3, 20))[0][1] == "Person C"
    assert store.people.count() == 2
    store.close()
    assert _minus_months(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert _minus_months(date(2024, 1, 15), 13) == date(2022, 12, 15)


def test_retention_setting_is_validated() -> None:
    assert ProgrammeSettings().retention_months == 24
    ProgrammeSettings(retention_months=240).validate()
    for bad in (0, 241):
        with pytest.raises(UserError):
            ProgrammeSettings(retention_months=bad).validate()


def test_cli_person_export_and_erase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.esndesk"
    store = open_store(path, backup_dir=tmp_path / "b")
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO person (employee_id, email, full_name, first_seen, last_seen) "
            "VALUES ('E9', 'zoe.kim@example.com', 'Zoe Kim', '2024-01-01', '2024-01-01')"
        )
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    assert cli.main(["--db", str(path), "person", "export", "E9", str(out)]) == 0
    assert (out / "Zoe-Kim.json").exists() and (out / "Zoe-Kim.xlsx").exists()
    assert cli.main(["--db", str(path), "person", "export", "E9", str(tmp_path / "missing")]) == 2
    capsys.readouterr()
    assert cli.main(["--db", str(path), "person", "erase", "zoe.kim@example.com"]) == 2
    captured = capsys.readouterr()
    assert "--yes" in captured.err and "person: 1" in captured.out
    assert cli.main(["--db", str(path), "person", "erase", "zoe.kim@example.com", "--yes"]) == 0
    assert "backups" in capsys.readouterr().out
    assert cli.main(["--db", str(path), "person", "erase", "zoe.kim@example.com", "--yes"]) == 2
    assert b"zoe.kim" not in path.read_bytes()


def _backup_bytes(path: Path) -> bytes:
    journal = path.with_name(path.name + "-journal")
    return path.read_bytes() + (journal.read_bytes() if journal.exists() else b"")


def test_purge_from_backups_rewrites_or_deletes_the_copies_that_hold_them(
    demo_file: Any, tmp_path: Path
) -> None:
    path, store, who = demo_file
    store.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    everyone = store.people.count()
    kept = store.backups.backup("manual")  # fingerprinted in index.json
    # A backup of an older schema: the erase code cannot rewrite it, so it goes.
    older = backup_target(
        store.backups.folder, store.backups.stem, "auto", kept.taken_at - timedelta(hours=1)
    )
    shutil.copyfile(kept.path, older)
    with sqlite3.connect(older) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST - 1}")
    report = store.privacy.erase(who["id"])
    after = store.backups.backup("manual")  # made after the erase: does not hold them
    after_bytes = after.path.read_bytes()
    paths = [b.path for b in store.backups.backups()]
    safety = [b.path for b in store.backups.backups() if b.reason == "before-erase"]
    assert len(paths) == 4 and len(safety) == 1
    for held in (kept.path, safety[0]):
        assert who["email"].encode() in held.read_bytes()
    refreshed: list[Path] = []
    purged = purge_from_backups(
        paths,
        report.email.upper(),  # any case
        report.employee_id,
        changed=lambda p: (refreshed.append(p), store.backups.refresh(p)),
    )
    assert set(purged.rewritten) == {kept.path, safety[0]}
    assert purged.deleted == (older,) and not older.exists()
    assert purged.untouched == 1 and not purged.failed and not purged.cancelled
    assert sorted(refreshed) == sorted([*purged.rewritten, older])
    assert after.path.read_bytes() == after_bytes  # not opened for writing
    assert any("rewritten" in line for line in purged.lines())
    for backup in store.backups.backups():
        raw = _backup_bytes(backup.path)
        assert who["email"].lower().encode() not in raw.lower(), backup.path.name
        assert who["name"].encode() not in raw, backup.path.name
        assert verify_file(backup.path) == migrations.LATEST
        if os.name == "posix":
            assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        with sqlite3.connect(backup.path) as conn:
            assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == everyone - 1
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with sqlite3.connect(kept.path) as conn:
        assert store.backups._read_index()[kept.path.name] == content_fingerprint(conn)
    # The rewritten copy still restores.
    store.backups.restore(kept.path)
    assert store.people.count() == everyone - 1
    with pytest.raises(UserError):
        store.privacy.find(who["email"])
    # A second purge finds nothing left to do.
    again = purge_from_backups([b.path for b in store.backups.backups()], report.email, report.employee_id)
    assert again.changed == 0 and "No backup held them." in again.lines()
    store.close()


def test_purge_from_backups_by_employee_id_stops_when_cancelled(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.esndesk", backup_dir=tmp_path / "b")
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO person (employee_id, email, full_name, first_seen, last_seen) "
            "VALUES ('E7', 'ida.holm@example.com', 'Ida Holm', '2024-01-01', '2024-01-01'), "
            "('E8', 'jon.berg@example.com', 'Jon Berg', '2024-01-01', '2024-01-01')"
        )
    first = store.backups.backup("manual").path
    second = store.backups.backup("manual").path
    steps: list[tuple[int, int, str]] = []
    purged = purge_from_backups(
        [first, second], "", "E7", progress=lambda *s: steps.append(s), cancelled=lambda: len(steps) > 0
    )
    assert purged.rewritten == (first,) and purged.cancelled and steps == [(0, 2, first.name)]
    assert b"ida.holm" not in first.read_bytes() and b"jon.berg" in first.read_bytes()
    assert b"ida.holm" in second.read_bytes()
    both = purge_from_backups([second], people=[("IDA.HOLM@example.com", ""), ("", "E8")])
    assert both.rewritten == (second,)
    assert b"ida.holm" not in second.read_bytes() and b"jon.berg" not in second.read_bytes()
    missing = purge_from_backups([tmp_path / "gone.esndesk"], "ida.holm@example.com")
    assert missing.untouched == 1 and not missing.failed
    (tmp_path / "junk.esndesk").write_bytes(b"not a database at all")
    junk = purge_from_backups([tmp_path / "junk.esndesk"], "ida.holm@example.com")
    assert len(junk.failed) == 1 and "Not changed: junk.esndesk" in junk.lines()[-1]
    store.close()


def test_cli_person_erase_purges_the_backups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.esndesk"
    store = open_store(path)  # the CLI's own backups folder (in the test's private data folder)
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO person (employee_id, email, full_name, first_seen, last_seen) "
            "VALUES ('E9', 'zoe.kim@example.com', 'Zoe Kim', '2024-01-01', '2024-01-01')"
        )
    held = store.backups.backup("manual").path
    store.close()
    args = ["--db", str(path), "person", "erase", "E9", "--yes", "--purge-backups"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "Erased Zoe Kim" in out and "2 backups rewritten without them" in out  # and before-erase
    assert "Purge the backups now" not in out
    assert b"zoe.kim" not in held.read_bytes()
    assert all(b"zoe.kim" not in p.read_bytes() for p in held.parent.glob("*.esndesk"))
