"""Command line: the GUI by default, batch sub-commands otherwise.

Exit codes: 0 success · 2 user error (one clear line on stderr, no traceback) · 1 bug (logged).

The command line speaks the app's language (``--lang``, else View → Language, else the system's:
see :mod:`esn_desk.cli_i18n`). Command and option names, ``--json`` output and exit codes are the
same in every language: scripts rely on them.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from esn_desk import APP_NAME, __version__, cli_i18n, paths
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, number, plural, system_problem, translate
from esn_desk.logging_setup import setup_logging

log = logging.getLogger("esn_desk.cli")

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2
STATUS_CHOICES = (
    "applied",
    "nominated",
    "hr_validated",
    "manager_confirmed",
    "active",
    "paused",
    "alumni",
    "declined",
    "withdrawn",
)


DIMENSION_CHOICES = ("site", "department", "country", "site_department")
# The first column's title in `coverage` and `adoption`, per --by.
DIMENSION_LABELS = {
    "site": QT_TRANSLATE_NOOP("CommandLine", "Site"),
    "department": QT_TRANSLATE_NOOP("CommandLine", "Department"),
    "country": QT_TRANSLATE_NOOP("CommandLine", "Country"),
    "site_department": QT_TRANSLATE_NOOP("CommandLine", "Site × department"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        _say_error(message)
        raise SystemExit(EXIT_USER)


def _say_error(message: object) -> None:
    """One line on stderr, after the program's name (“esn-desk: …”, « esn-desk : … »)."""
    print(translate("CommandLine", "esn-desk: {message}").format(message=message), file=sys.stderr)


def _date(iso: str | None) -> str:
    """A YYYY-MM-DD date inside a sentence, written the language's way (“2024-03-31”, « 31/03/2024 »)."""
    if not iso or len(iso) != 10:
        return str(iso)
    return translate("CommandLine", "{year}-{month}-{day}").format(
        year=iso[:4], month=iso[5:7], day=iso[8:10]
    )


def _typed(convert: Callable[[str], Any], name: str) -> Callable[[str], Any]:
    """``convert`` under the name argparse prints when a value is refused (“invalid int value”)."""

    def parse(text: str) -> Any:
        return convert(text)

    parse.__name__ = name
    return parse


def _decimal(text: str) -> float:
    return float(text.replace(",", "."))  # 0,5 as well as 0.5


def build_parser() -> argparse.ArgumentParser:
    """The parser, its texts in the current language (build it inside :func:`cli_i18n.argparse_words`
    for argparse's own words)."""
    whole_number = _typed(int, translate("CommandLine", "int"))
    decimal_number = _typed(_decimal, translate("CommandLine", "float"))
    path_metavar = translate("CommandLine", "PATH")
    file_metavar = translate("CommandLine", "FILE")
    out_metavar = translate("CommandLine", "OUT")
    name_metavar = translate("CommandLine", "NAME")
    sheet_help = translate("CommandLine", "sheet to read (default: detected)")
    dry_run_help = translate("CommandLine", "compute and report everything, write nothing")
    json_object_help = translate("CommandLine", "print one JSON object on stdout")
    json_array_help = translate("CommandLine", "print a JSON array")
    parser = _Parser(
        prog="esn-desk",
        description=translate(
            "CommandLine",
            "{app}: run an enterprise-social-network ambassador programme. Without a command, opens the app.",
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("CommandLine", "show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar=path_metavar,
        help=translate(
            "CommandLine",
            "programme file to use (created if missing); default: the one in the user data folder",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "open the app on a freshly generated demo programme"),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar=translate("CommandLine", "DIR"),
        help=translate(
            "CommandLine", "render every page of the main window to DIR/<page>.png at 1280×800 and exit"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help=translate(
            "CommandLine",
            "language of the app and of the command line for this run (default: View → Language, "
            "else the system's)",
        ),
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help=translate(
            "CommandLine", "light or dark colours for this run, whatever the system's (e.g. for screenshots)"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"))
    backup_cmd = commands.add_parser(
        "backup",
        help=translate(
            "CommandLine", "write a verified backup of the programme (default: into the backups folder)"
        ),
        description=translate(
            "CommandLine",
            "Copy the programme with SQLite's backup API and check the copy. Without OUT, the copy goes "
            "to the backups folder (reason “manual”, rotated with the others); prints its path.",
        ),
    )
    backup_cmd.add_argument(
        "out",
        type=Path,
        nargs="?",
        metavar=out_metavar,
        help=translate("CommandLine", "file to write (must not exist)"),
    )
    restore_cmd = commands.add_parser(
        "restore",
        help=translate(
            "CommandLine",
            "replace the programme's content with a backup (the current state is backed up first)",
        ),
        description=translate(
            "CommandLine",
            "Check FILE (undamaged, an ESN Desk programme, not from a newer version), back up the "
            "current state (reason “before-restore”), then restore FILE into the programme.",
        ),
    )
    restore_cmd.add_argument("file", type=Path, metavar=file_metavar)
    demo_cmd = commands.add_parser(
        "demo", help=translate("CommandLine", "write the demo programme to PATH and exit")
    )
    demo_cmd.add_argument("path", type=Path, metavar=path_metavar)
    demo_cmd.add_argument("--size", type=whole_number, default=None, help=argparse.SUPPRESS)

    imp = commands.add_parser(
        "import",
        help=translate(
            "CommandLine", "import an HR spreadsheet (xlsx, xlsm, xls, ods, csv) into the directory"
        ),
        description=translate(
            "CommandLine",
            "Import an HR extract. Rows are matched on the employee ID (or the email when the file has "
            "no ID column); people are created or updated, never deleted.",
        ),
    )
    imp.add_argument("file", type=Path, metavar=file_metavar)
    imp.add_argument(
        "--sheet",
        metavar=name_metavar,
        help=translate("CommandLine", "sheet to read (default: the first visible sheet with a header row)"),
    )
    imp.add_argument(
        "--header-row",
        type=whole_number,
        metavar="N",
        help=translate("CommandLine", "row holding the column names (default: detected)"),
    )
    imp.add_argument(
        "--full",
        action="store_true",
        help=translate(
            "CommandLine", "the file lists every employee: active people absent from it are marked as left"
        ),
    )
    imp.add_argument("--dry-run", action="store_true", help=dry_run_help)
    imp.add_argument("--json", action="store_true", help=json_object_help)
    imp.add_argument(
        "--month-first",
        action="store_true",
        help=translate("CommandLine", "read 03/01/2024 as 1 March (default: 3 January)"),
    )

    roster = commands.add_parser(
        "import-roster",
        help=translate(
            "CommandLine",
            "import an existing ambassador roster (people must already be in the directory)",
        ),
        description=translate(
            "CommandLine",
            "Import an ambassador roster: each row names a person of the directory (employee ID or "
            "email) with role, status, source, date, objective, notes. People not in the directory are "
            "rejected: import the HR extract first.",
        ),
    )
    roster.add_argument("file", type=Path, metavar=file_metavar)
    usage = commands.add_parser(
        "import-usage",
        help=translate(
            "CommandLine", "import an ESN usage export (who published and who read during a period)"
        ),
        description=translate(
            "CommandLine",
            "Import a usage export of the enterprise social network: one row per user with an email "
            "(or employee ID) and activity columns (posts, comments, reactions, views, last active "
            "date). A contributor wrote at least one post or comment in the period; a reader was active "
            "without writing.",
        ),
    )
    usage.add_argument("file", type=Path, metavar=file_metavar)
    date_metavar = translate("CommandLine", "YYYY-MM-DD")
    usage.add_argument(
        "--period-start",
        metavar=date_metavar,
        help=translate("CommandLine", "first day the export covers (default: 30 days before the end)"),
    )
    usage.add_argument(
        "--period-end",
        metavar=date_metavar,
        help=translate(
            "CommandLine",
            "last day the export covers (default: the latest “last active” date in the file, else today)",
        ),
    )
    for sub in (roster, usage):
        sub.add_argument("--sheet", metavar=name_metavar, help=sheet_help)
        sub.add_argument(
            "--header-row",
            type=whole_number,
            metavar="N",
            help=translate("CommandLine", "row holding the column names"),
        )
        sub.add_argument("--dry-run", action="store_true", help=dry_run_help)
        sub.add_argument("--json", action="store_true", help=json_object_help)
        sub.add_argument(
            "--month-first", action="store_true", help=translate("CommandLine", "read 03/01/2024 as 1 March")
        )

    person = commands.add_parser(
        "person",
        help=translate(
            "CommandLine", "one person's data: export it (access, portability) or erase it everywhere"
        ),
    )
    person_commands = person.add_subparsers(
        dest="person_command", metavar=translate("CommandLine", "ACTION"), required=True
    )
    erase = person_commands.add_parser(
        "erase",
        help=translate("CommandLine", "remove a person from every table, overwriting the deleted data"),
        description=translate(
            "CommandLine",
            "Remove the person (email or employee ID) from the directory, the programme, kit, training "
            "and usage data, in one transaction, with the deleted content overwritten. Older backups "
            "still hold them until they rotate out (about 6 months at most), unless --purge-backups. "
            "Without --yes, shows what would be erased.",
        ),
    )
    who_metavar = translate("CommandLine", "EMAIL_OR_ID")
    erase.add_argument("who", metavar=who_metavar)
    erase.add_argument("--yes", action="store_true", help=translate("CommandLine", "erase without asking"))
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help=translate(
            "CommandLine",
            "also remove them from this programme's backups now: each backup holding them is rewritten "
            "without them (one of an older version is deleted)",
        ),
    )
    person_export = person_commands.add_parser(
        "export",
        help=translate(
            "CommandLine", "write everything held about a person to OUT/<name>.json and OUT/<name>.xlsx"
        ),
    )
    person_export.add_argument("who", metavar=who_metavar)
    person_export.add_argument(
        "out", type=Path, metavar=out_metavar, help=translate("CommandLine", "an existing folder")
    )

    adoption = commands.add_parser(
        "adoption",
        help=translate(
            "CommandLine",
            "contributors and readers per population (latest usage import) vs the tipping point",
        ),
    )
    adoption.add_argument("--by", choices=list(DIMENSION_CHOICES), default="site")
    adoption.add_argument("--json", action="store_true", help=translate("CommandLine", "print a JSON object"))

    listing = commands.add_parser("list", help=translate("CommandLine", "list programme members"))
    listing.add_argument("what", choices=["ambassadors"])
    listing.add_argument(
        "--status", choices=list(STATUS_CHOICES), help=translate("CommandLine", "only this status")
    )
    listing.add_argument("--json", action="store_true", help=json_array_help)

    cov = commands.add_parser(
        "coverage",
        help=translate("CommandLine", "ambassadors per population against the programme's target"),
    )
    cov.add_argument("--by", choices=list(DIMENSION_CHOICES), default="site")
    cov.add_argument("--json", action="store_true", help=json_array_help)
    export = commands.add_parser(
        "export",
        help=translate(
            "CommandLine",
            "write an Excel workbook (people, roster, coverage, training, kit, steering-committee report)",
        ),
    )
    export.add_argument("what", choices=["people", "roster", "coverage", "training", "kit", "report"])
    export.add_argument(
        "out",
        type=Path,
        metavar=translate("CommandLine", "OUT.xlsx"),
        help=translate("CommandLine", "the workbook to write"),
    )
    _add_kit_parser(commands, whole_number)
    _add_training_parser(commands, whole_number, decimal_number)
    return parser


def _add_training_parser(
    commands: Any, whole_number: Callable[[str], Any], decimal_number: Callable[[str], Any]
) -> None:
    """``esn-desk training …``: sessions and invitations (``args.training_command`` names which)."""
    training = commands.add_parser(
        "training",
        help=translate(
            "CommandLine", "training sessions and webinars: list them, write their .ics invitations"
        ),
        description=translate("CommandLine", "Training sessions and webinars of the programme."),
    )
    training_commands = training.add_subparsers(
        dest="training_command", metavar=translate("CommandLine", "TRAINING_COMMAND"), required=True
    )
    listing = training_commands.add_parser(
        "list",
        help=translate(
            "CommandLine", "list the sessions (start in the session's time zone, enrolment counts)"
        ),
        description=translate(
            "CommandLine", "List every training session in time order, cancelled ones included."
        ),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CommandLine",
            "print a JSON array: id, title, kind, format, start (ISO 8601 with offset), "
            "duration_minutes, enrolled (the invitees' emails), counts per status",
        ),
    )
    ics = training_commands.add_parser(
        "ics",
        help=translate("CommandLine", "write a session's meeting request (.ics) for its invitees"),
        description=translate(
            "CommandLine",
            "Write OUT.ics: the session as a meeting request (METHOD:REQUEST) from the organiser of the "
            "programme settings to everyone invited or registered, or its cancellation (METHOD:CANCEL) "
            "for a cancelled session. Open it in Outlook, Thunderbird or Google Calendar.",
        ),
    )
    session_metavar = translate("CommandLine", "SESSION")
    session_help = translate("CommandLine", "the session's number (see training list)")
    ics.add_argument("session", type=whole_number, metavar=session_metavar, help=session_help)
    ics.add_argument("out", type=Path, metavar=translate("CommandLine", "OUT.ics"))
    attendance = training_commands.add_parser(
        "attendance",
        help=translate("CommandLine", "record who attended a session from a Teams or Zoom attendance report"),
        description=translate(
            "CommandLine",
            "Read REPORT (a Teams attendance report, English or French, or a Zoom participants report), "
            "match its participants with the directory by email then by name, and record as attended "
            "those present for at least the threshold's share of the session (the others as absent, "
            "with their minutes). Guests, note-taking bots and the organiser are listed, not recorded.",
        ),
    )
    attendance.add_argument("session", type=whole_number, metavar=session_metavar, help=session_help)
    attendance.add_argument(
        "report",
        type=Path,
        metavar=translate("CommandLine", "REPORT"),
        help=translate("CommandLine", "the .csv file Teams or Zoom downloads"),
    )
    attendance.add_argument(
        "--threshold",
        type=decimal_number,
        default=0.5,
        metavar=translate("CommandLine", "SHARE"),
        help=translate(
            "CommandLine",
            "share of the session's duration someone must attend to count as attended (0.5)",
        ),
    )
    attendance.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "show the outcome without recording it"),
    )
    attendance.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CommandLine",
            "print a JSON object: matched, attended, below_threshold (emails), unmatched, guests, bots, "
            "organizers (names), people (details)",
        ),
    )


def _add_kit_parser(commands: Any, whole_number: Callable[[str], Any]) -> None:
    """``esn-desk kit …``: the visibility kit's batch outputs (``args.kit_command`` names which)."""
    kit = commands.add_parser(
        "kit",
        help=translate(
            "CommandLine", "the visibility kit: signatures, stickers, name badges, directory badges"
        ),
        description=translate(
            "CommandLine", "Write the visibility kit of the ambassadors (default: the active ones)."
        ),
    )
    kit_commands = kit.add_subparsers(
        dest="kit_command", metavar=translate("CommandLine", "KIT_COMMAND"), required=True
    )
    outdir_metavar = translate("CommandLine", "OUTDIR")
    signatures = kit_commands.add_parser(
        "signatures",
        help=translate(
            "CommandLine", "write an email signature per ambassador (.htm + .txt) and an index page"
        ),
        description=translate(
            "CommandLine",
            "Write OUTDIR/<name>.htm and <name>.txt for each active ambassador (for Outlook's Signatures "
            "folder, or to open and paste into Outlook on the web or Gmail), and OUTDIR/index.html "
            "listing them. Nothing is recorded as given: the app offers that.",
        ),
    )
    signatures.add_argument("outdir", type=Path, metavar=outdir_metavar)
    signatures.add_argument(
        "--template",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "signature template (default: “Ambassador line”)"),
    )
    directory = kit_commands.add_parser(
        "directory-badges",
        help=translate(
            "CommandLine",
            "write a round PNG per ambassador for their directory profile (photo or initials, ringed "
            "with the role and the ESN name)",
        ),
        description=translate(
            "CommandLine",
            "Write OUTDIR/<name> (<employee ID or email>).png for each ambassador: their photo from the "
            "photos folder (a file named after the employee ID or the email) or their initials, inside a "
            "ribbon saying the role and the ESN name. Default: active ambassadors.",
        ),
    )
    directory.add_argument("outdir", type=Path, metavar=outdir_metavar)
    _add_selection_options(
        directory, translate("CommandLine", "only those not yet given their directory badge")
    )
    directory.add_argument(
        "--photos",
        type=Path,
        metavar=translate("CommandLine", "DIR"),
        help=translate("CommandLine", "photos folder (default: the one in the programme settings)"),
    )
    directory.add_argument(
        "--role-colours",
        action="store_true",
        help=translate("CommandLine", "ribbon in each role's colour (default: the programme colour)"),
    )
    directory.add_argument(
        "--mark-given",
        action="store_true",
        help=translate("CommandLine", "record the written badges as given today"),
    )
    _add_label_parsers(kit_commands, whole_number)


def _add_selection_options(sub: Any, not_given_help: str) -> None:
    """Which ambassadors a ``kit`` command writes for."""
    sub.add_argument(
        "--status",
        action="append",
        choices=list(STATUS_CHOICES),
        help=translate("CommandLine", "ambassadors with this status (repeat for several; default: active)"),
    )
    sub.add_argument(
        "--role", metavar=translate("CommandLine", "ROLE"), help=translate("CommandLine", "only this role")
    )
    sub.add_argument(
        "--site", metavar=translate("CommandLine", "SITE"), help=translate("CommandLine", "only this site")
    )
    sub.add_argument("--not-given", action="store_true", help=not_given_help)


def _add_label_parsers(kit_commands: Any, whole_number: Callable[[str], Any]) -> None:
    """``kit badges OUT.pdf`` and ``kit stickers OUT.pdf``: sheets of labels as a PDF to print at 100 %."""
    badges = kit_commands.add_parser(
        "badges",
        help=translate(
            "CommandLine",
            "write a PDF of printed name badges (label sheets such as L4785, 5395, or A4 card stock)",
        ),
        description=translate(
            "CommandLine",
            "Write OUT.pdf: a name badge per ambassador (name, role in its colour, site, programme, QR "
            "code to the profile or a contact card) on the sheet's labels, at the paper's exact size. "
            "Print it at 100 % (“Actual size”), not “Fit to page”. Default: active ambassadors, the "
            "programme's badge sheet.",
        ),
    )
    stickers = kit_commands.add_parser(
        "stickers",
        help=translate(
            "CommandLine", "write a PDF of laptop stickers (label sheets such as L7160, or round 5294)"
        ),
        description=translate(
            "CommandLine",
            "Write OUT.pdf: laptop stickers (“Ask me about <ESN>”, …) on the sheet's labels, at the "
            "paper's exact size. Print it at 100 % (“Actual size”), not “Fit to page”. Default: 2 "
            "stickers per active ambassador, without names, on the programme's sticker sheet.",
        ),
    )
    for sub in (badges, stickers):
        sub.add_argument("out", type=Path, metavar=translate("CommandLine", "OUT.pdf"))
        sub.add_argument(
            "--template",
            metavar=translate("CommandLine", "CODE"),
            help=translate("CommandLine", "label sheet (default: from the settings)"),
        )
        sub.add_argument(
            "--start",
            type=whole_number,
            default=1,
            metavar="N",
            help=translate("CommandLine", "first free label of a part-used sheet (1)"),
        )
        _add_selection_options(sub, translate("CommandLine", "only those not yet given this item"))
        sub.add_argument(
            "--outlines",
            action="store_true",
            help=translate("CommandLine", "test print: outline every label"),
        )
        sub.add_argument(
            "--mark-given",
            action="store_true",
            help=translate("CommandLine", "record the printed items as given today"),
        )
    badges.add_argument(
        "--photos", action="store_true", help=translate("CommandLine", "add photos from the photos folder")
    )
    badges.add_argument(
        "--no-qr", action="store_true", help=translate("CommandLine", "leave out the QR code")
    )
    stickers.add_argument(
        "--design",
        choices=["ask_me", "ambassador", "programme"],
        default="ask_me",
        help=translate("CommandLine", "the sticker's design (ask_me)"),
    )
    stickers.add_argument(
        "--names", action="store_true", help=translate("CommandLine", "print each ambassador's name")
    )
    quantity = stickers.add_mutually_exclusive_group()
    quantity.add_argument(
        "--per-person",
        type=whole_number,
        default=2,
        metavar="N",
        help=translate("CommandLine", "stickers per ambassador (2)"),
    )
    quantity.add_argument(
        "--full-sheet",
        action="store_true",
        help=translate("CommandLine", "a full sheet: one per ambassador with --names, else one sheet in all"),
    )


def _cmd_backup(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        if args.out is not None:
            path = store.backups.backup_to(args.out)
        else:
            path = store.backups.backup("manual").path
    finally:
        store.close()
    print(path)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from esn_desk.core.backups import verify_file

    verify_file(args.file)  # a damaged or foreign file is refused before the programme is opened
    store = _open_cli_store(args)
    try:
        safety = store.backups.restore(args.file)
    finally:
        store.close()
    print(
        translate("CommandLine", "Restored {file}; the previous state is in {backup}").format(
            file=args.file, backup=safety.path
        )
    )
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from esn_desk.core import demo

    size = args.size or demo.DEMO_SIZE
    if size < 10:
        raise UserError(translate("CommandLine", "The demo needs at least 10 people."))
    store = demo.write_demo(args.path, size=size)
    count = store.people.count()
    store.close()
    print(
        translate("CommandLine", "Wrote the demo programme ({count} people) to {path}").format(
            count=number(count), path=args.path
        )
    )
    return EXIT_OK


def _open_cli_store(args: argparse.Namespace, *, reading: bool = False, create: bool = True) -> Any:
    """The programme of ``--db``. A command that only reads (``reading``) still works while the
    programme is open in a window: it then reads it read-only, and says so on stderr."""
    from esn_desk.core.lock import ProgrammeInUse
    from esn_desk.core.store import open_store

    path = args.db or paths.default_db_path()
    try:
        return open_store(path, create=create)
    except ProgrammeInUse as exc:
        if not reading:
            raise
        message = translate("CommandLine", "{file} is open in ESN Desk: reading it read-only.")
        _say_error(message.format(file=exc.path.name))
        return open_store(path, read_only=True)


def _date_option(text: str | None, name: str) -> Any:
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("CommandLine", "{option} must be a date written YYYY-MM-DD (got “{text}”).").format(
                option=name, text=text
            )
        ) from None


def _cmd_import(args: argparse.Namespace) -> int:
    from esn_desk.core.importing.readers import open_source
    from esn_desk.core.importing.service import ImportOptions

    options = ImportOptions(
        sheet=args.sheet,
        header_row=args.header_row,
        full=getattr(args, "full", False),
        day_first=not args.month_first,
        period_start=_date_option(getattr(args, "period_start", None), "--period-start"),
        period_end=_date_option(getattr(args, "period_end", None), "--period-end"),
    )
    source = open_source(args.file)  # an unreadable file is reported before any programme is touched
    store = _open_cli_store(args, reading=args.dry_run)
    try:
        importer = {
            "import": store.imports,
            "import-roster": store.roster_import,
            "import-usage": store.usage_import,
        }[args.command]
        plan = importer.plan(args.file, options, source=source)
        if not args.dry_run:
            importer.apply(plan)
    finally:
        store.close()
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_import_summary(plan, args.file.name, args.dry_run))
    if plan.ignored_columns:
        print(
            translate("CommandLine", "Columns ignored: {columns}").format(
                columns=", ".join(plan.ignored_columns)
            )
        )
    for title, issues in (
        (translate("CommandLine", "Rejected rows:"), plan.errors),
        (translate("CommandLine", "Warnings:"), plan.warnings),
    ):
        if issues:
            print(title)
            for issue in issues[:50]:
                print(f"  {_issue_line(issue)}")
            if len(issues) > 50:
                print(
                    "  "
                    + translate("CommandLine", "… and {count} more (use --json for all of them)").format(
                        count=number(len(issues) - 50)
                    )
                )
    return EXIT_OK


def _import_summary(plan: Any, file_name: str, dry_run: bool) -> str:
    """The first line ``import``, ``import-roster`` and ``import-usage`` print: what was (or would be)
    done, one sentence per kind of import."""
    counts = {key: number(value) for key, value in plan.counts.items()}
    where = {"file": file_name, "sheet": plan.sheet, "row": plan.header_row}
    if plan.what == "usage":
        x = plan.extra
        usage = {
            "start": _date(x["period_start"]),
            "end": _date(x["period_end"]),
            "matched": number(x["matched"]),
            "contributors": number(x["contributors"]),
            "readers": number(x["readers"]),
            "outside": number(x["not_in_directory"]),
            "rejected": counts["rejected"],
        }
        if dry_run:
            text = translate(
                "CommandLine",
                "Would import {file}, sheet “{sheet}”, header on row {row}: period {start} to {end}: "
                "{matched} people of the directory ({contributors} contributors, {readers} readers), "
                "{outside} not in the directory, {rejected} rejected.",
            )
        else:
            text = translate(
                "CommandLine",
                "Imported {file}, sheet “{sheet}”, header on row {row}: period {start} to {end}: "
                "{matched} people of the directory ({contributors} contributors, {readers} readers), "
                "{outside} not in the directory, {rejected} rejected.",
            )
        return text.format(**where, **usage)
    if plan.what == "roster":
        if dry_run:
            text = translate(
                "CommandLine",
                "Would import {file}, sheet “{sheet}”, header on row {row}: {created} added to the "
                "programme, {updated} updated, {unchanged} unchanged, {rejected} rejected.",
            )
        else:
            text = translate(
                "CommandLine",
                "Imported {file}, sheet “{sheet}”, header on row {row}: {created} added to the "
                "programme, {updated} updated, {unchanged} unchanged, {rejected} rejected.",
            )
        return text.format(**where, **{k: counts[k] for k in ("created", "updated", "unchanged", "rejected")})
    if dry_run:
        text = translate(
            "CommandLine",
            "Would import {file}, sheet “{sheet}”, header on row {row}: {created} created, {updated} "
            "updated, {unchanged} unchanged, {left} left, {rejected} rejected.",
        )
    else:
        text = translate(
            "CommandLine",
            "Imported {file}, sheet “{sheet}”, header on row {row}: {created} created, {updated} "
            "updated, {unchanged} unchanged, {left} left, {rejected} rejected.",
        )
    return text.format(
        **where, **{k: counts[k] for k in ("created", "updated", "unchanged", "left", "rejected")}
    )


def _issue_line(issue: Any) -> str:
    """A rejected row or a warning of an import: where (row, column), the value, the message."""
    row = translate("CommandLine", "row {row}").format(row=issue.row) if issue.row else ""
    where = ", ".join(p for p in (row, issue.column) if p)
    if where and issue.value:
        text = translate("CommandLine", "{where} “{value}”: {message}")
    elif where:
        text = translate("CommandLine", "{where}: {message}")
    elif issue.value:
        text = translate("CommandLine", "“{value}”: {message}")
    else:
        return str(issue.message)  # a warning about the whole file is printed as it is
    return text.format(where=where, value=issue.value, message=issue.message)


def _cmd_list(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        rows = store.programme.roster(status=args.status)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    from esn_desk.core.programme import role_label, status_word

    if not rows and args.status:
        print(
            translate("CommandLine", "No ambassador or candidate with status {status}.").format(
                status=status_word(args.status)
            )
        )
    elif not rows:
        print(translate("CommandLine", "No ambassador or candidate yet."))
    left = translate("CommandLine", "[left the company]")
    for r in rows:
        flag = f"  {left}" if r["person_status"] == "left" else ""
        print(
            f"{r['name']:<30} {role_label(r['role']):<18} {status_word(r['status']):<18} {r['site']:<24} "
            f"{r['email'] or ''}{flag}"
        )
    return EXIT_OK


def _cmd_coverage(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        per_100 = store.settings.load().ambassador_target_per_100
        rows = store.coverage.coverage(
            args.by, per_100, store.adoption.shares(args.by), scope=store.programme.rules().scope()
        )
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "population": r.population,
                        "employees": r.employees,
                        "ambassadors": r.ambassadors,
                        "target_ambassadors": r.target_ambassadors,
                        "missing": r.missing,
                        "employees_per_ambassador": r.employees_per_ambassador,
                        "contributors_share": r.contributors_share,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    columns = _Columns(
        translate("CommandLine", DIMENSION_LABELS[args.by]),
        (translate("CommandLine", "Employees"), 10),
        (translate("CommandLine", "Ambassadors"), 12),
        (translate("CommandLine", "Target"), 7),
        (translate("CommandLine", "Missing"), 8),
        (translate("CommandLine", "Contributors"), 13),
    )
    print(columns.header())
    for r in rows:
        share = "—" if r.contributors_share is None else _percent(r.contributors_share)
        print(
            columns.row(
                r.population,
                number(r.employees),
                number(r.ambassadors),
                number(r.target_ambassadors),
                number(r.missing),
                share,
            )
        )
    return EXIT_OK


class _Columns:
    """A plain-text table: the first column left-aligned (34 wide), the others right-aligned, each
    as wide as its default or its title in the current language."""

    def __init__(self, first: str, *others: tuple[str, int]) -> None:
        self.first = first
        self.titles = [title for title, _width in others]
        self.widths = [max(width, len(title)) for title, width in others]

    def header(self, last: str = "") -> str:
        return self.row(self.first, *self.titles, last=last)

    def row(self, first: str, *cells: str, last: str = "") -> str:
        text = f"{first:<34} " + " ".join(
            f"{cell:>{width}}" for cell, width in zip(cells, self.widths, strict=True)
        )
        return f"{text}  {last}" if last else text


def _percent(share: float, decimals: int = 1) -> str:
    """A share (0–1) as a percentage: “12.3%”, « 12,3 % »."""
    return translate("CommandLine", "{percent}%").format(percent=number(share * 100, decimals))


def _cmd_adoption(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        tipping = store.settings.load().tipping_point
        periods = store.adoption.periods()
        rows = store.adoption.by_population(args.by)
    finally:
        store.close()
    if args.json:
        latest = periods[-1] if periods else None
        print(
            json.dumps(
                {
                    "tipping_point": tipping,
                    "period_start": latest.start if latest else None,
                    "period_end": latest.end if latest else None,
                    "history": [
                        {
                            "period_start": p.start,
                            "period_end": p.end,
                            "employees": p.employees,
                            "contributors": p.contributors,
                            "readers": p.readers,
                            "contributors_share": round(p.contributors_share, 4),
                            "readers_share": round(p.readers_share, 4),
                        }
                        for p in periods
                    ],
                    "populations": [
                        {
                            "population": a.population,
                            "employees": a.employees,
                            "contributors": a.contributors,
                            "readers": a.readers,
                            "contributors_share": round(a.contributors_share, 4),
                            "readers_share": round(a.readers_share, 4),
                            "reached": a.reached(tipping),
                        }
                        for a in rows
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not periods:
        print(
            translate(
                "CommandLine",
                "No usage data yet: import an ESN usage export with `esn-desk import-usage FILE`.",
            )
        )
        return EXIT_OK
    latest = periods[-1]
    print(
        translate(
            "CommandLine",
            "Period {start} to {end}: {contributors} contributors, {readers} readers "
            "(tipping point {tipping}).",
        ).format(
            start=_date(latest.start),
            end=_date(latest.end),
            contributors=_percent(latest.contributors_share),
            readers=_percent(latest.readers_share),
            tipping=_percent(tipping, 0),
        )
    )
    columns = _Columns(
        translate("CommandLine", DIMENSION_LABELS[args.by]),
        (translate("CommandLine", "Employees"), 10),
        (translate("CommandLine", "Contributors"), 13),
        (translate("CommandLine", "Readers"), 9),
    )
    print(columns.header(last=translate("CommandLine", "Tipping point")))
    for a in rows:
        if a.reached(tipping):
            state = translate("CommandLine", "reached")
        else:
            state = plural(
                a.contributors_missing(tipping),
                translate("CommandLine", "{n} more contributor"),
                translate("CommandLine", "{n} more contributors"),
            )
        shares = (_percent(a.contributors_share), _percent(a.readers_share))
        print(columns.row(a.population, number(a.employees), *shares, last=state))
    return EXIT_OK


def _gui_application() -> Any:
    """A QGuiApplication for drawing images from the command line (no window): offscreen when there is
    no display to connect to."""
    import os

    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["esn-desk"])


def _cmd_kit_directory_badges(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=not args.mark_given)
    try:
        settings = store.settings.load()
        filters = {k: v for k, v in (("role", args.role), ("site", args.site)) if v}
        people = store.kit.people(
            statuses=args.status or ("active",),
            filters=filters,
            lacking="directory_badge" if args.not_given else None,
        )
        if not people:
            raise UserError(
                translate("CommandLine", "No ambassador matches this selection: no badge was written.")
            )
        if args.photos is not None and not args.photos.is_dir():
            raise UserError(
                translate("CommandLine", "The photos folder {folder} does not exist.").format(
                    folder=args.photos
                )
            )
        photos = args.photos if args.photos is not None else settings.photos_folder
        _app = _gui_application()
        from esn_desk.ui.kit.directory_badge import BadgeLook, export_directory_badges

        look = BadgeLook.from_settings(settings, ribbon_by_role=args.role_colours)
        result = export_directory_badges(people, args.outdir, look, photos)
        if args.mark_given and result.ambassador_ids:
            store.kit.mark(result.ambassador_ids, "directory_badge", "given")
    finally:
        store.close()
    if args.mark_given:
        done = plural(
            result.count,
            translate(
                "CommandLine",
                "Wrote {n} directory badge ({photos} with a photo) to {folder}; recorded as given.",
            ),
            translate(
                "CommandLine",
                "Wrote {n} directory badges ({photos} with a photo) to {folder}; recorded as given.",
            ),
        )
    else:
        done = plural(
            result.count,
            translate("CommandLine", "Wrote {n} directory badge ({photos} with a photo) to {folder}."),
            translate("CommandLine", "Wrote {n} directory badges ({photos} with a photo) to {folder}."),
        )
    print(done.format(photos=number(result.with_photo), folder=result.folder))
    for name in result.failed:
        print("  " + translate("CommandLine", "not written: {name}").format(name=name), file=sys.stderr)
    return EXIT_OK if not result.failed else EXIT_USER


def _cmd_kit_signatures(args: argparse.Namespace) -> int:
    from esn_desk.core.kit.signatures import DEFAULT_TEMPLATE, template_title

    store = _open_cli_store(args, reading=not getattr(args, "mark_given", False))
    try:
        template = store.signatures.template(args.template or DEFAULT_TEMPLATE)
        people = store.kit.people()
        if not people:
            raise UserError(
                translate("CommandLine", "There is no active ambassador: no signature was written.")
            )
        result = store.signatures.export(people, template, args.outdir)
    finally:
        store.close()
    count = len(result.signatures)
    done = plural(
        count,
        translate(
            "CommandLine",
            "Wrote {n} signature (template “{template}”, .htm + .txt each) to {folder}; index: {index}",
        ),
        translate(
            "CommandLine",
            "Wrote {n} signatures (template “{template}”, .htm + .txt each) to {folder}; index: {index}",
        ),
    )
    print(
        done.format(template=template_title(result.template), folder=result.folder, index=result.index_path)
    )
    for exported in result.signatures:
        print(f"  {exported.html_path.name}, {exported.text_path.name}")
        for problem in exported.problems:
            print("    " + translate("CommandLine", "warning: {problem}").format(problem=problem))
    return EXIT_OK


def _cmd_kit_labels(args: argparse.Namespace) -> int:
    """``kit badges`` / ``kit stickers``: the PDF the Kit page's "Save as PDF…" writes."""
    from esn_desk.core.kit import badges
    from esn_desk.core.kit.layouts import template as label_template
    from esn_desk.core.kit.photos import PhotoIndex

    is_badges = args.kit_command == "badges"
    item = "name_badge" if is_badges else "stickers"
    if not args.out.parent.is_dir():
        raise UserError(_no_folder(args.out.parent))
    store = _open_cli_store(args, reading=not args.mark_given)
    try:
        settings = store.settings.load()
        try:
            tpl = label_template(
                args.template or (settings.badge_template if is_badges else settings.sticker_template)
            )
        except ValueError as exc:
            raise UserError(str(exc)) from None
        if not 1 <= args.start <= tpl.per_sheet:
            raise UserError(
                translate(
                    "CommandLine", "--start must be between 1 and {last} on a {sheet} sheet (got {start})."
                ).format(last=tpl.per_sheet, sheet=tpl.code, start=args.start)
            )
        filters = {k: v for k, v in (("role", args.role), ("site", args.site)) if v}
        people = store.kit.people(
            statuses=args.status or ("active",), filters=filters, lacking=item if args.not_given else None
        )
        if not people:
            raise UserError(
                translate("CommandLine", "No ambassador matches this selection: no PDF was written.")
            )
        items: list[Any]
        if is_badges:
            photos = PhotoIndex(settings.photos_folder) if args.photos else None
            items = badges.badge_contents(people, settings, photos=photos, with_qr=not args.no_qr)
        else:
            try:
                slots = badges.sticker_slots(
                    people,
                    tpl,
                    per_person=None if args.full_sheet else args.per_person,
                    with_name=args.names,
                    start=args.start,
                )
            except ValueError as exc:
                raise UserError(str(exc)) from None
            items = [badges.sticker_content(args.design, settings, person) for person in slots]
        pages = badges.place(tpl, items, start=args.start)
        _app = _gui_application()
        from esn_desk.ui.printing.labels import LabelRenderer, write_pdf

        renderer = LabelRenderer(
            tpl,
            outlines=args.outlines,
            photos=args.photos if is_badges else False,
            qr=not args.no_qr if is_badges else False,
        )
        try:
            if is_badges:
                title = translate("CommandLine", "{programme} — name badges")
            else:
                title = translate("CommandLine", "{programme} — stickers")
            write_pdf(args.out, renderer, pages, title=title.format(programme=settings.programme_name))
        except OSError as exc:
            raise UserError(_cannot_write(args.out, exc)) from None
        if args.mark_given:
            store.kit.mark([p.ambassador_id for p in people], item, "given")
    finally:
        store.close()
    if is_badges:
        written = plural(
            len(items),
            translate("CommandLine", "{n} name badge"),
            translate("CommandLine", "{n} name badges"),
        )
    else:
        written = plural(
            len(items), translate("CommandLine", "{n} sticker"), translate("CommandLine", "{n} stickers")
        )
    if args.mark_given:
        done = translate(
            "CommandLine",
            "Wrote {items} for {people} on {sheets} (from label {start}) to {path}; recorded as given.",
        )
    else:
        done = translate(
            "CommandLine", "Wrote {items} for {people} on {sheets} (from label {start}) to {path}."
        )
    done = done.format(
        items=written,
        people=plural(
            len(people),
            translate("CommandLine", "{n} ambassador"),
            translate("CommandLine", "{n} ambassadors"),
        ),
        sheets=plural(
            len(pages),
            translate("CommandLine", "{n} {sheet} sheet"),
            translate("CommandLine", "{n} {sheet} sheets"),
        ).format(sheet=tpl.code),
        start=args.start,
        path=args.out,
    )
    print(done + " " + translate("CommandLine", "Print at 100 % (not “Fit to page”)."))
    return EXIT_OK


def _no_folder(folder: Path) -> str:
    return translate("CommandLine", "The folder {folder} does not exist.").format(folder=folder)


def _cannot_write(path: Path, exc: OSError) -> str:
    return translate("CommandLine", "Cannot write {path}: {reason}").format(
        path=path, reason=system_problem(exc)
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from esn_desk.core import exports

    out = args.out.expanduser()
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            translate(
                "CommandLine", "The export is an Excel workbook: give it the .xlsx extension (got “{name}”)."
            ).format(name=out.name)
        )
    if not out.parent.is_dir():
        raise UserError(_no_folder(out.parent))
    store = _open_cli_store(args, reading=True, create=False)
    try:
        exports.EXPORTS[args.what](store, out)
    finally:
        store.close()
    print(translate("CommandLine", "Wrote {path} ({what}).").format(path=out, what=args.what))
    return EXIT_OK


def _cmd_person(args: argparse.Namespace) -> int:
    if args.person_command == "export" and not args.out.expanduser().is_dir():
        raise UserError(_no_folder(args.out))
    store = _open_cli_store(args, reading=args.person_command == "export", create=False)
    try:
        privacy = store.privacy
        person_id = privacy.find(args.who)
        if args.person_command == "export":
            json_path, xlsx_path = privacy.write_export(person_id, args.out.expanduser())
            print(translate("CommandLine", "Wrote {json} and {xlsx}.").format(json=json_path, xlsx=xlsx_path))
            return EXIT_OK
        if not args.yes:
            print(
                translate("CommandLine", "Erasing {who} (person #{id}) would remove:").format(
                    who=args.who, id=person_id
                )
            )
            for table, count in privacy.preview(person_id).items():
                print(
                    "  "
                    + translate("CommandLine", "{table}: {count}").format(table=table, count=number(count))
                )
            nothing = translate("CommandLine", "nothing erased; run again with --yes to erase.")
            _say_error(nothing)
            return EXIT_USER
        report = privacy.erase(person_id)
        purged = None
        if args.purge_backups:
            from esn_desk.core.privacy import purge_from_backups

            backups = store.backups
            purged = purge_from_backups(
                [b.path for b in backups.backups()],
                report.email,
                report.employee_id,
                changed=backups.refresh,
            )
    finally:
        store.close()
    lines = report.lines()
    if purged is not None:
        lines = [*lines[:-1], translate("CommandLine", "Backups:"), *(f"  {line}" for line in purged.lines())]
    print("\n".join(lines))
    return EXIT_OK if purged is None or not purged.failed else EXIT_USER


def _cmd_kit(args: argparse.Namespace) -> int:
    if args.kit_command == "signatures":
        return _cmd_kit_signatures(args)
    if args.kit_command == "directory-badges":
        return _cmd_kit_directory_badges(args)
    if args.kit_command in ("badges", "stickers"):
        return _cmd_kit_labels(args)
    raise UserError(
        translate("CommandLine", "Unknown kit command “{command}”.").format(command=args.kit_command)
    )


def _session_json(session: Any, invitees: list[Any]) -> dict[str, Any]:
    return {
        "id": session.id,
        "uid": session.uid,
        "title": session.title,
        "kind": session.kind,
        "format": session.format,
        "start": session.starts_at.isoformat(),
        "end": session.ends_at.isoformat(),
        "timezone": session.timezone,
        "duration_minutes": session.duration_minutes,
        "place": session.place,
        "link": session.link,
        "sites": session.sites,
        "trainer": session.trainer,
        "capacity": session.capacity,
        "cancelled": session.cancelled,
        "sequence": session.sequence,
        "enrolled": [e.email for e in invitees if e.email],
        "counts": session.counts,
    }


def _cmd_training_list(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        sessions = store.training.sessions()
        invitees = {s.id: store.training.invitees(s.id) for s in sessions}
    finally:
        store.close()
    if args.json:
        print(json.dumps([_session_json(s, invitees[s.id]) for s in sessions], ensure_ascii=False, indent=2))
        return EXIT_OK
    from esn_desk.core.training import format_label, kind_label

    if not sessions:
        print(translate("CommandLine", "No training session yet."))
    formats = {s.id: format_label(s.format) for s in sessions}
    format_width = max((8, *(len(text) for text in formats.values())))
    for s in sessions:
        seats = f"{number(s.seated)}/{number(s.capacity)}" if s.capacity else number(s.seated)
        waiting = ""
        if s.counts["waiting"]:
            waiting = " " + translate("CommandLine", "+{count} waiting").format(
                count=number(s.counts["waiting"])
            )
        state = "  " + translate("CommandLine", "[cancelled]") if s.cancelled else ""
        print(
            f"#{s.id:<4} {s.starts_at:%Y-%m-%d %H:%M %z}  {s.title[:40]:<40} {kind_label(s.kind)[:24]:<24} "
            f"{formats[s.id]:<{format_width}} {seats:>7}{waiting}{state}"
        )
    return EXIT_OK


def _cmd_training_ics(args: argparse.Namespace) -> int:
    if not args.out.parent.is_dir():
        raise UserError(_no_folder(args.out.parent))
    store = _open_cli_store(args, reading=True)
    try:
        session = store.training.get(args.session)
        data = store.training.invitation(args.session)
        count = len(store.training.invitees(args.session))
    finally:
        store.close()
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        raise UserError(_cannot_write(args.out, exc)) from None
    if session.cancelled:
        done = plural(
            count,
            translate(
                "CommandLine",
                "Wrote {path} (cancellation, METHOD:CANCEL, sequence {sequence}) for {n} invitee of "
                "“{title}”.",
            ),
            translate(
                "CommandLine",
                "Wrote {path} (cancellation, METHOD:CANCEL, sequence {sequence}) for {n} invitees of "
                "“{title}”.",
            ),
        )
    else:
        done = plural(
            count,
            translate(
                "CommandLine",
                "Wrote {path} (meeting request, METHOD:REQUEST, sequence {sequence}) for {n} invitee of "
                "“{title}”.",
            ),
            translate(
                "CommandLine",
                "Wrote {path} (meeting request, METHOD:REQUEST, sequence {sequence}) for {n} invitees of "
                "“{title}”.",
            ),
        )
    print(done.format(path=args.out, sequence=session.sequence, title=session.title))
    return EXIT_OK


def _cmd_training_attendance(args: argparse.Namespace) -> int:
    from esn_desk.core.attendance import parse_report

    report = parse_report(args.report)  # an unreadable report is refused before the programme is opened
    store = _open_cli_store(args, reading=args.dry_run)
    try:
        service = store.attendance
        if args.dry_run:
            result = service.preview(args.session, report, threshold=args.threshold)
        else:
            result = service.apply(args.session, report, threshold=args.threshold)
        title = service.session(args.session).title
    finally:
        store.close()
    if args.json:
        print(json.dumps(result.to_json() | {"dry_run": args.dry_run}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.dry_run:
        done = translate(
            "CommandLine",
            "Would record {kind} {file} for “{title}”: {attended} attended (at least {minutes} min), "
            "{below} below the threshold, {unmatched} not found in the directory, {guests} guest(s), "
            "{bots} bot(s).",
        )
    else:
        done = translate(
            "CommandLine",
            "Recorded {kind} {file} for “{title}”: {attended} attended (at least {minutes} min), "
            "{below} below the threshold, {unmatched} not found in the directory, {guests} guest(s), "
            "{bots} bot(s).",
        )
    print(
        done.format(
            kind=report.kind_label,
            file=report.file_name,
            title=title,
            attended=number(len(result.attended)),
            minutes=number(-(-result.required_seconds // 60)),
            below=number(len(result.below_threshold)),
            unmatched=number(len(result.unmatched)),
            guests=number(len(result.guests)),
            bots=number(len(result.bots)),
        )
    )
    minutes = translate("CommandLine", "{name} ({minutes} min)")
    for label, names in (
        (
            translate("CommandLine", "Below the threshold: {names}"),
            [minutes.format(name=m.name, minutes=number(m.minutes)) for m in result.below_threshold],
        ),
        (
            translate("CommandLine", "Not found in the directory: {names}"),
            [u.participant.name for u in result.unmatched],
        ),
        (translate("CommandLine", "Guests: {names}"), [p.name for p in result.guests]),
        (translate("CommandLine", "Bots: {names}"), [p.name for p in result.bots]),
        (translate("CommandLine", "Organiser: {names}"), [p.name for p in result.organizers]),
    ):
        if names:
            print(label.format(names=", ".join(names)))
    return EXIT_OK


def _cmd_training(args: argparse.Namespace) -> int:
    if args.training_command == "attendance":
        return _cmd_training_attendance(args)
    if args.training_command == "list":
        return _cmd_training_list(args)
    if args.training_command == "ics":
        return _cmd_training_ics(args)
    raise UserError(
        translate("CommandLine", "Unknown training command “{command}”.").format(
            command=args.training_command
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line in the app's language (:mod:`esn_desk.cli_i18n`); returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    with cli_i18n.keep_language():
        cli_i18n.install(cli_i18n.choose(arguments))
        with cli_i18n.argparse_words():
            args = build_parser().parse_args(arguments)
        if getattr(args, "json", False):
            # --json prints the same bytes in every language (messages inside it included): scripts
            # rely on it. The whole command then speaks English, its error lines too.
            cli_i18n.install("en")
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    log_path = setup_logging()
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "backup":
            return _cmd_backup(args)
        if args.command == "restore":
            return _cmd_restore(args)
        if args.command in ("import", "import-roster", "import-usage"):
            return _cmd_import(args)
        if args.command == "person":
            return _cmd_person(args)
        if args.command == "adoption":
            return _cmd_adoption(args)
        if args.command == "list":
            return _cmd_list(args)
        if args.command == "coverage":
            return _cmd_coverage(args)
        if args.command == "kit":
            return _cmd_kit(args)
        if args.command == "export":
            return _cmd_export(args)
        if args.command == "training":
            return _cmd_training(args)
        if args.demo and args.db:
            raise UserError(translate("CommandLine", "Use either --demo or --db PATH, not both."))
        from esn_desk.ui.app import run  # Qt is imported only when a window is wanted

        return run(
            args.db,
            use_demo=args.demo,
            screenshot_dir=args.screenshot,
            log_path=log_path,
            language=args.lang,
            theme=args.theme,
        )
    except UserError as exc:
        _say_error(exc)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`esn-desk … | head`): not an error of ours. Point stdout at devnull
        # so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("unexpected error")
        message = translate("CommandLine", "unexpected error; the details are in {path}").format(
            path=log_path
        )
        _say_error(message)
        return EXIT_BUG


__all__ = ["main", "paths"]
