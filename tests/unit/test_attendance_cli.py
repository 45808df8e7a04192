"""``esn-desk training attendance SESSION REPORT``: the Lyon webinar's Teams report, end to end."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from esn_desk import cli
from esn_desk.core.store import open_store
from esn_desk.core.training import SessionDraft
from tests.support.attendance_files import DOMAIN, PEOPLE, SESSION_MINUTES, TRAINER, teams_report, zoom_report


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "programme.esndesk"
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        store.people.insert_many(PEOPLE, source="test")
        session = store.training.create(
            SessionDraft(
                title="Viva Engage: getting started (Lyon)",
                kind="Onboarding",
                format="webinar",
                starts_at=datetime(2026, 7, 22, 19, 0),
                timezone="Europe/Paris",
                duration_minutes=SESSION_MINUTES,
                trainer=TRAINER,
            )
        )
        with store.db.read() as conn:
            ids = {r[1]: r[0] for r in conn.execute("SELECT id, email FROM person")}
        invited = [ids[f"{who}@{DOMAIN}"] for who in ("anne.durand", "bob.martin", "chloe.petit")]
        store.training.enrol(session, invited, "invited")
        assert session == 1
    finally:
        store.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_attendance_json_then_recorded(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "meetingAttendanceReport.csv"
    report.write_bytes(teams_report(french=True))
    db = ["--db", str(programme)]
    code, out, _ = run(capsys, *db, "training", "attendance", "1", str(report), "--json", "--dry-run")
    assert code == 0
    data = json.loads(out)
    assert data["attended"] == [f"anne.durand@{DOMAIN}", f"chloe.petit@{DOMAIN}", f"emile.rousseau@{DOMAIN}"]
    assert data["matched"] == [*data["attended"][:1], f"bob.martin@{DOMAIN}", *data["attended"][1:]]
    assert data["below_threshold"] == [f"bob.martin@{DOMAIN}"]
    assert data["unmatched"] == ["Xavier Inconnu"]
    assert data["guests"] == ["Jean Lefort"] and data["bots"] == ["Otter.ai"]
    assert data["organizers"] == [TRAINER] and data["dry_run"] is True
    store = open_store(programme)
    try:
        assert {e.status for e in store.training.enrolments(1)} == {"invited"}  # dry run: nothing written
    finally:
        store.close()

    code, out, _ = run(capsys, *db, "training", "attendance", "1", str(report), "--threshold", "0.25")
    assert code == 0
    assert "Recorded Teams attendance report meetingAttendanceReport.csv" in out
    assert "4 attended (at least 23 min)" in out and "Not found in the directory: Xavier Inconnu" in out
    store = open_store(programme)
    try:
        statuses = {e.email: (e.status, e.minutes, e.source) for e in store.training.enrolments(1)}
        assert len(store.attendance.imports(1)) == 1
    finally:
        store.close()
    assert statuses[f"bob.martin@{DOMAIN}"] == ("attended", 27, "teams")
    assert statuses[f"emile.rousseau@{DOMAIN}"] == ("attended", 50, "teams")


def test_attendance_errors_are_one_line(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(programme)]
    broken = tmp_path / "report.csv"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    code, _, err = run(capsys, *db, "training", "attendance", "1", str(broken))
    assert code == 2 and "Excel workbook" in err and err.count("\n") == 1
    zoom = tmp_path / "participants_85212345678.csv"
    zoom.write_bytes(zoom_report())
    code, _, err = run(capsys, *db, "training", "attendance", "9", str(zoom))
    assert code == 2 and "no training session number 9" in err
    code, _, err = run(capsys, *db, "training", "attendance", "1", str(zoom), "--threshold", "2")
    assert code == 2 and "between 0 and 1" in err
