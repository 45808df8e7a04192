"""``esn-desk training list`` and ``training ics``: JSON shape, the file written, exit codes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from esn_desk import cli
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import open_store
from esn_desk.core.training import STATUSES, SessionDraft


def make_programme(path: Path, *, organiser: str = "claire@x.fr") -> tuple[int, int]:
    store = open_store(path)
    try:
        store.settings.save(ProgrammeSettings(organiser_name="Claire", organiser_email=organiser))
        store.people.insert_many(
            [
                {
                    "employee_id": str(i),
                    "first_name": name,
                    "last_name": "Test",
                    "email": f"{name.lower()}@x.fr",
                }
                for i, name in enumerate(("Anne", "Bruno", "Chloe"), start=1)
            ],
            source="test",
        )
        webinar = store.training.create(
            SessionDraft(
                "Lyon webinar",
                "Webinar for a remote site",
                "webinar",
                datetime(2026, 12, 3, 10, 0),
                "Europe/Paris",
                60,
                link="https://zoom.us/j/123",
                capacity=2,
            )
        )
        store.training.enrol(webinar, [1, 2, 3])
        store.training.set_status(webinar, [2], "registered")
        onsite = store.training.create(
            SessionDraft(
                "Onboarding",
                "Onboarding",
                "on_site",
                datetime(2026, 7, 1, 9, 30),
                "Europe/Paris",
                120,
                place="Lyon",
            )
        )
        store.training.set_status(onsite, [1], "attended")
        store.training.set_status(onsite, [3], "absent")
        return webinar, onsite
    finally:
        store.close()


def test_training_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    webinar, onsite = make_programme(db)
    assert cli.main(["--db", str(db), "training", "list", "--json"]) == 0
    sessions = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in sessions] == [onsite, webinar]  # time order
    first, second = sessions
    assert first["start"] == "2026-07-01T09:30:00+02:00"
    assert datetime.fromisoformat(second["start"]).utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert second["title"] == "Lyon webinar" and second["kind"] == "Webinar for a remote site"
    assert second["format"] == "webinar" and second["duration_minutes"] == 60
    assert second["enrolled"] == ["anne@x.fr", "bruno@x.fr"]  # Chloe waits: not invited yet
    assert second["counts"] == {s: {"invited": 1, "registered": 1, "waiting": 1}.get(s, 0) for s in STATUSES}
    assert first["enrolled"] == ["anne@x.fr"]  # attended; absent Chloe is not an invitee
    assert first["end"] == "2026-07-01T11:30:00+02:00" and first["place"] == "Lyon"
    assert {"id", "uid", "title", "start", "duration_minutes", "enrolled", "cancelled", "sequence"} <= set(
        first
    )


def test_training_list_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    make_programme(db)
    assert cli.main(["--db", str(db), "training", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "2026-12-03 10:00 +0100" in lines[1] and "Lyon webinar" in lines[1] and "+1 waiting" in lines[1]
    empty = tmp_path / "empty.esndesk"
    assert cli.main(["--db", str(empty), "training", "list"]) == 0
    assert "No training session" in capsys.readouterr().out


def test_training_ics_writes_a_meeting_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    webinar, _onsite = make_programme(db)
    out = tmp_path / "lyon.ics"
    assert cli.main(["--db", str(db), "training", "ics", str(webinar), str(out)]) == 0
    assert "METHOD:REQUEST" in capsys.readouterr().out
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert sorted(str(a) for a in event["ATTENDEE"]) == ["mailto:anne@x.fr", "mailto:bruno@x.fr"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["training", "ics", "99", "{tmp}/x.ics"], "no training session #99"),
        (["training", "ics", "1", "{tmp}/missing/x.ics"], "does not exist"),
    ],
)
def test_training_ics_user_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    db = tmp_path / "p.esndesk"
    make_programme(db)
    code = cli.main(["--db", str(db), *(a.format(tmp=tmp_path) for a in argv)])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.ics").exists()


def test_training_ics_without_organiser_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.esndesk"
    webinar, _onsite = make_programme(db, organiser="")
    out = tmp_path / "x.ics"
    assert cli.main(["--db", str(db), "training", "ics", str(webinar), str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "set the organiser's email in Programme settings" in err
    assert not out.exists()


def test_training_needs_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["training"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["training", "ics", "not-a-number", "x.ics"])
    assert exit_info.value.code == 2
