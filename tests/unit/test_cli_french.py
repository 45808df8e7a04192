"""The command line speaks the app's language: ``--lang``, else View → Language, else the system's.

Help texts (argparse's own words included), result lines and error messages are French in French;
command names, option names, ``--json`` output and exit codes are the same in both languages.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desk import cli, cli_i18n
from esn_desk.core import demo, i18n
from tests.support import hr_files

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"


@pytest.fixture
def qm(french_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ESN_DESK_QM", str(french_qm))
    yield french_qm
    assert i18n.language() == "en", "main() must put the core's language back"


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.esndesk"
    demo.write_demo(path, size=120).close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_is_french_with_lang_fr(qm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "fr", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"utilisation{NBSP}: esn-desk")
    assert f"options{NBSP}:" in out and "afficher ce message d’aide et quitter" in out
    assert "--db CHEMIN" in out and "animer un programme d’ambassadeurs" in out
    assert "usage:" not in out and "show this help" not in out
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "import", "--help"])
    out = capsys.readouterr().out
    assert "FICHIER" in out and "tout calculer et tout signaler, sans rien écrire" in out


def test_the_same_help_stays_english_without_a_choice(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: esn-desk") and "--db PATH" in out and "show this help message" in out


def test_argparse_errors_are_french(qm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "fr", "import", "--header-row", "deux", "x.xlsx"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"esn-desk{NBSP}: argument --header-row{NBSP}: 'deux' n’est pas un nombre entier valide" in err
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "import"])
    assert f"les arguments suivants sont obligatoires{NBSP}: FICHIER" in capsys.readouterr().err


def test_a_missing_file_is_refused_in_french(
    qm: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.xlsx"
    code, out, err = _run(capsys, "--lang", "fr", "--db", tmp_path / "p.esndesk", "import", missing)
    assert code == 2 and out == ""
    assert err.startswith(f"esn-desk{NBSP}: ") and err.count("\n") == 1
    assert str(missing) in err and "There is no file" not in err


def test_dry_run_result_lines_are_french(
    qm: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extract = hr_files.french_extract(tmp_path / "effectifs.xlsx")
    code, out, err = _run(
        capsys, "--lang", "fr", "--db", tmp_path / "p.esndesk", "import", extract, "--dry-run"
    )
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(f"Import simulé de effectifs.xlsx (feuille «{NBSP}Effectifs{NBSP}»")
    assert f"créés{NBSP}: 4" in first and f"lignes rejetées{NBSP}: 4." in first
    assert f"\nLignes rejetées{NBSP}:\n  ligne 7, " in out and f"\nAvertissements{NBSP}:\n" in out
    code, out, _ = _run(capsys, "--db", tmp_path / "p.esndesk", "import", extract, "--dry-run")
    assert code == 0 and out.startswith("Would import effectifs.xlsx, sheet “Effectifs”")


def test_result_lines_write_numbers_the_french_way(
    qm: Path, programme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "--lang", "fr", "--db", programme, "coverage")
    assert code == 0
    header = out.splitlines()[0]
    assert header.startswith("Site") and "Salariés" in header and "Ambassadeurs" in header
    assert "\u202f%" in out and "%" not in out.replace("\u202f%", "")
    code, out, _ = _run(capsys, "--lang", "fr", "--db", programme, "adoption")
    assert code == 0 and out.startswith("Période du ") and "point de bascule" in out


@pytest.mark.parametrize(
    "command",
    [
        ["list", "ambassadors", "--json"],
        ["coverage", "--json"],
        ["coverage", "--by", "site_department", "--json"],
        ["adoption", "--json"],
        ["training", "list", "--json"],
    ],
)
def test_json_is_the_same_in_both_languages(
    qm: Path, programme: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    outputs = []
    for language in ("en", "fr"):
        code, out, err = _run(capsys, "--lang", language, "--db", programme, *command)
        assert code == 0 and err == ""
        outputs.append(out)
    assert outputs[0] == outputs[1]
    json.loads(outputs[0])


def test_import_json_is_the_same_in_both_languages(
    qm: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*hr_files.FRENCH_ROWS, ["", "Sans", "Identifiant", "", ""]]
    extract = hr_files.write_xlsx(tmp_path / "effectifs.xlsx", hr_files.FRENCH_HEADERS[:5], rows)
    db = tmp_path / "p.esndesk"
    outputs = [
        _run(capsys, "--lang", language, "--db", db, "import", extract, "--dry-run", "--json")[1]
        for language in ("en", "fr")
    ]
    report = json.loads(outputs[0])
    assert outputs[0] == outputs[1] and report["errors"] and report["errors"][0]["message"].isascii()


def test_the_language_follows_the_app_then_the_system(
    monkeypatch: pytest.MonkeyPatch, private_data_dir: Path
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert cli_i18n.choose([]) == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert cli_i18n.choose([]) == "fr"
    assert cli_i18n.choose(["--lang", "en", "list", "ambassadors"]) == "en"
    assert cli_i18n.choose(["--lang=en"]) == "en" and cli_i18n.choose(["--la", "en"]) == "en"
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # LC_ALL > LC_MESSAGES > LANG, as Qt reads them
    assert cli_i18n.choose([]) == "en"
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    assert cli_i18n.choose([]) == "fr"
    settings = private_data_dir / "settings.ini"
    settings.write_text("[General]\nlanguage=en\n\n[MainWindow]\ngeometry=@ByteArray(x)\n", encoding="utf-8")
    assert cli_i18n.choose([]) == "en"  # the app's choice wins over the system's
    assert cli_i18n.choose(["--lang", "fr"]) == "fr"  # and --lang over both
    settings.write_text("[General]\nlanguage=system\n", encoding="utf-8")
    assert cli_i18n.choose([]) == "fr"


def test_the_stored_choice_is_read_as_the_app_writes_it(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", b"\x00\x01")
    settings.setValue("language", "fr")
    settings.sync()
    del settings
    assert cli_i18n.stored_choice(path) == "fr"
    assert cli_i18n.stored_choice(tmp_path / "missing.ini") == "system"


def test_a_stored_french_choice_makes_the_command_line_french(
    qm: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (private_data_dir / "settings.ini").write_text("[General]\nlanguage=fr\n", encoding="utf-8")
    assert cli.main(["--demo", "--db", "x.esndesk"]) == 2
    assert (
        capsys.readouterr().err == f"esn-desk{NBSP}: Utilisez soit --demo, soit --db CHEMIN, pas les deux.\n"
    )


def test_french_typography_survives_a_legacy_console_encoding() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    cli_i18n._tolerate_typography(stream)
    stream.write("1\u202f940 salariés «\u00a0actifs\u00a0»")
    stream.flush()
    assert raw.getvalue() == "1\u00a0940 salariés «\u00a0actifs\u00a0»".encode("cp1252")
    with pytest.raises(UnicodeEncodeError):
        stream.write("☃")  # anything else fails as before
        stream.flush()


def test_attendance_lines_are_french(qm: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from esn_desk.core.store import open_store
    from esn_desk.core.training import SessionDraft
    from tests.support.attendance_files import DOMAIN, PEOPLE, SESSION_MINUTES, TRAINER, teams_report

    path = tmp_path / "programme.esndesk"
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        store.people.insert_many(PEOPLE, source="test")
        session = store.training.create(
            SessionDraft(
                title="Bien démarrer (Lyon)",
                kind="Onboarding",
                format="webinar",
                starts_at=datetime(2026, 7, 22, 19, 0),
                timezone="Europe/Paris",
                duration_minutes=SESSION_MINUTES,
                trainer=TRAINER,
            )
        )
        with store.db.read() as conn:
            anne = conn.execute(
                "SELECT id FROM person WHERE email = ?", (f"anne.durand@{DOMAIN}",)
            ).fetchone()[0]
        store.training.enrol(session, [anne], "invited")
    finally:
        store.close()
    report = tmp_path / "meetingAttendanceReport.csv"
    report.write_bytes(teams_report(french=True))
    argv = ("--lang", "fr", "--db", path, "training", "attendance", session, report, "--threshold", "0,25")
    code, out, err = _run(capsys, *argv, "--dry-run")
    assert code == 0, err
    assert out.startswith("Simulation — présences d’après meetingAttendanceReport.csv (")
    assert f"pour «{NBSP}Bien démarrer (Lyon){NBSP}» — présents{NBSP}: 4 (au moins 23{NBSP}min)" in out
    assert f"\nIntrouvables dans l’annuaire{NBSP}: Xavier Inconnu\n" in out
    code, out, _ = _run(capsys, *argv)
    assert code == 0 and out.startswith("Présences enregistrées d’après meetingAttendanceReport.csv (")
