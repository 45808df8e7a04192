"""Command line: the GUI by default, batch sub-commands otherwise.

Exit codes: 0 success · 2 user error (one clear line on stderr, no traceback) · 1 bug (logged).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from esn_desk import APP_NAME, __version__, paths
from esn_desk.core.errors import UserError
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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"esn-desk: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USER)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="esn-desk",
        description=f"{APP_NAME}: run an enterprise-social-network ambassador programme. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="programme file to use (created if missing); default: the one in the user data folder",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a freshly generated demo programme"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="DIR",
        help="render every page of the main window to DIR/<page>.png at 1280×800 and exit",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="interface language for this run (default: View → Language, else the system's)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="light or dark colours for this run, whatever the system's (e.g. for screenshots)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    backup_cmd = commands.add_parser(
        "backup",
        help="write a verified backup of the programme (default: into the backups folder)",
        description="Copy the programme with SQLite's backup API and check the copy. Without OUT, the copy "
        "goes to the backups folder (reason “manual”, rotated with the others); prints its path.",
    )
    backup_cmd.add_argument("out", type=Path, nargs="?", metavar="OUT", help="file to write (must not exist)")
    restore_cmd = commands.add_parser(
        "restore",
        help="replace the programme's content with a backup (the current state is backed up first)",
        description="Check FILE (undamaged, an ESN Desk programme, not from a newer version), back up the "
        "current state (reason “before-restore”), then restore FILE into the programme.",
    )
    restore_cmd.add_argument("file", type=Path, metavar="FILE")
    demo_cmd = commands.add_parser("demo", help="write the demo programme to PATH and exit")
    demo_cmd.add_argument("path", type=Path, metavar="PATH")
    demo_cmd.add_argument("--size", type=int, default=None, help=argparse.SUPPRESS)

    imp = commands.add_parser(
        "import",
        help="import an HR spreadsheet (xlsx, xlsm, xls, ods, csv) into the directory",
        description="Import an HR extract. Rows are matched on the employee ID (or the email when the file "
        "has no ID column); people are created or updated, never deleted.",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--sheet", metavar="NAME", help="sheet to read (default: the first visible sheet with a header row)"
    )
    imp.add_argument(
        "--header-row", type=int, metavar="N", help="row holding the column names (default: detected)"
    )
    imp.add_argument(
        "--full",
        action="store_true",
        help="the file lists every employee: active people absent from it are marked as left",
    )
    imp.add_argument("--dry-run", action="store_true", help="compute and report everything, write nothing")
    imp.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    imp.add_argument(
        "--month-first", action="store_true", help="read 03/01/2024 as 1 March (default: 3 January)"
    )

    roster = commands.add_parser(
        "import-roster",
        help="import an existing ambassador roster (people must already be in the directory)",
        description="Import an ambassador roster: each row names a person of the directory (employee ID or "
        "email) with role, status, source, date, objective, notes. People not in the directory are "
        "rejected: import the HR extract first.",
    )
    roster.add_argument("file", type=Path, metavar="FILE")
    usage = commands.add_parser(
        "import-usage",
        help="import an ESN usage export (who published and who read during a period)",
        description="Import a usage export of the enterprise social network: one row per user with an email "
        "(or employee ID) and activity columns (posts, comments, reactions, views, last active date). A "
        "contributor wrote at least one post or comment in the period; a reader was active without writing.",
    )
    usage.add_argument("file", type=Path, metavar="FILE")
    usage.add_argument(
        "--period-start",
        metavar="YYYY-MM-DD",
        help="first day the export covers (default: 30 days before the end)",
    )
    usage.add_argument(
        "--period-end",
        metavar="YYYY-MM-DD",
        help="last day the export covers (default: the latest “last active” date in the file, else today)",
    )
    for sub in (roster, usage):
        sub.add_argument("--sheet", metavar="NAME", help="sheet to read (default: detected)")
        sub.add_argument("--header-row", type=int, metavar="N", help="row holding the column names")
        sub.add_argument(
            "--dry-run", action="store_true", help="compute and report everything, write nothing"
        )
        sub.add_argument("--json", action="store_true", help="print one JSON object on stdout")
        sub.add_argument("--month-first", action="store_true", help="read 03/01/2024 as 1 March")

    person = commands.add_parser(
        "person", help="one person's data: export it (access, portability) or erase it everywhere"
    )
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    erase = person_commands.add_parser(
        "erase",
        help="remove a person from every table, overwriting the deleted data",
        description="Remove the person (email or employee ID) from the directory, the programme, kit, "
        "training and usage data, in one transaction, with the deleted content overwritten. Older "
        "backups still hold them until they rotate out (about 6 months at most), unless "
        "--purge-backups. Without --yes, shows what would be erased.",
    )
    erase.add_argument("who", metavar="EMAIL_OR_ID")
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="also remove them from this programme's backups now: each backup holding them is "
        "rewritten without them (one of an older version is deleted)",
    )
    person_export = person_commands.add_parser(
        "export", help="write everything held about a person to OUT/<name>.json and OUT/<name>.xlsx"
    )
    person_export.add_argument("who", metavar="EMAIL_OR_ID")
    person_export.add_argument("out", type=Path, metavar="OUT", help="an existing folder")

    adoption = commands.add_parser(
        "adoption", help="contributors and readers per population (latest usage import) vs the tipping point"
    )
    adoption.add_argument("--by", choices=list(DIMENSION_CHOICES), default="site")
    adoption.add_argument("--json", action="store_true", help="print a JSON object")

    listing = commands.add_parser("list", help="list programme members")
    listing.add_argument("what", choices=["ambassadors"])
    listing.add_argument("--status", choices=list(STATUS_CHOICES), help="only this status")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    cov = commands.add_parser("coverage", help="ambassadors per population against the programme's target")
    cov.add_argument("--by", choices=list(DIMENSION_CHOICES), default="site")
    cov.add_argument("--json", action="store_true", help="print a JSON array")
    export = commands.add_parser(
        "export",
        help="write an Excel workbook (people, roster, coverage, training, kit, steering-committee report)",
    )
    export.add_argument("what", choices=["people", "roster", "coverage", "training", "kit", "report"])
    export.add_argument("out", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    _add_kit_parser(commands)
    _add_training_parser(commands)
    return parser


def _add_training_parser(commands: Any) -> None:
    """``esn-desk training …``: sessions and invitations (``args.training_command`` names which)."""
    training = commands.add_parser(
        "training",
        help="training sessions and webinars: list them, write their .ics invitations",
        description="Training sessions and webinars of the programme.",
    )
    training_commands = training.add_subparsers(
        dest="training_command", metavar="TRAINING_COMMAND", required=True
    )
    listing = training_commands.add_parser(
        "list",
        help="list the sessions (start in the session's time zone, enrolment counts)",
        description="List every training session in time order, cancelled ones included.",
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array: id, title, kind, format, start (ISO 8601 with offset), "
        "duration_minutes, enrolled (the invitees' emails), counts per status",
    )
    ics = training_commands.add_parser(
        "ics",
        help="write a session's meeting request (.ics) for its invitees",
        description="Write OUT.ics: the session as a meeting request (METHOD:REQUEST) from the organiser "
        "of the programme settings to everyone invited or registered, or its cancellation "
        "(METHOD:CANCEL) for a cancelled session. Open it in Outlook, Thunderbird or Google Calendar.",
    )
    ics.add_argument("session", type=int, metavar="SESSION", help="the session's number (see training list)")
    ics.add_argument("out", type=Path, metavar="OUT.ics")
    _add_attendance_parser(training_commands)


def _add_attendance_parser(training_commands: Any) -> None:
    attendance = training_commands.add_parser(
        "attendance",
        help="record who attended a session from a Teams or Zoom attendance report",
        description="Read REPORT (a Teams attendance report, English or French, or a Zoom participants "
        "report), match its participants with the directory by email then by name, and record as "
        "attended those present for at least the threshold's share of the session (the others as "
        "absent, with their minutes). Guests, note-taking bots and the organiser are listed, not "
        "recorded.",
    )
    attendance.add_argument(
        "session", type=int, metavar="SESSION", help="the session's number (see training list)"
    )
    attendance.add_argument(
        "report", type=Path, metavar="REPORT", help="the .csv file Teams or Zoom downloads"
    )
    attendance.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        metavar="SHARE",
        help="share of the session's duration someone must attend to count as attended (0.5)",
    )
    attendance.add_argument("--dry-run", action="store_true", help="show the outcome without recording it")
    attendance.add_argument(
        "--json",
        action="store_true",
        help="print a JSON object: matched, attended, below_threshold (emails), unmatched, guests, bots, "
        "organizers (names), people (details)",
    )


def _add_kit_parser(commands: Any) -> None:
    """``esn-desk kit …``: the visibility kit's batch outputs (``args.kit_command`` names which)."""
    kit = commands.add_parser(
        "kit",
        help="the visibility kit: signatures, stickers, name badges, directory badges",
        description="Write the visibility kit of the ambassadors (default: the active ones).",
    )
    kit_commands = kit.add_subparsers(dest="kit_command", metavar="KIT_COMMAND", required=True)
    signatures = kit_commands.add_parser(
        "signatures",
        help="write an email signature per ambassador (.htm + .txt) and an index page",
        description="Write OUTDIR/<name>.htm and <name>.txt for each active ambassador (for Outlook's "
        "Signatures folder, or to open and paste into Outlook on the web or Gmail), and OUTDIR/index.html "
        "listing them. Nothing is recorded as given: the app offers that.",
    )
    signatures.add_argument("outdir", type=Path, metavar="OUTDIR")
    signatures.add_argument(
        "--template", metavar="NAME", help="signature template (default: “Ambassador line”)"
    )
    directory = kit_commands.add_parser(
        "directory-badges",
        help="write a round PNG per ambassador for their directory profile (photo or initials, "
        "ringed with the role and the ESN name)",
        description="Write OUTDIR/<name> (<employee ID or email>).png for each ambassador: their photo from "
        "the photos folder (a file named after the employee ID or the email) or their initials, inside a "
        "ribbon saying the role and the ESN name. Default: active ambassadors.",
    )
    directory.add_argument("outdir", type=Path, metavar="OUTDIR")
    directory.add_argument(
        "--status",
        action="append",
        choices=list(STATUS_CHOICES),
        help="ambassadors with this status (repeat for several; default: active)",
    )
    directory.add_argument("--role", metavar="ROLE", help="only this role")
    directory.add_argument("--site", metavar="SITE", help="only this site")
    directory.add_argument(
        "--not-given", action="store_true", help="only those not yet given their directory badge"
    )
    directory.add_argument(
        "--photos",
        type=Path,
        metavar="DIR",
        help="photos folder (default: the one in the programme settings)",
    )
    directory.add_argument(
        "--role-colours",
        action="store_true",
        help="ribbon in each role's colour (default: the programme colour)",
    )
    directory.add_argument(
        "--mark-given", action="store_true", help="record the written badges as given today"
    )
    _add_label_parsers(kit_commands)


def _add_label_parsers(kit_commands: Any) -> None:
    """``kit badges OUT.pdf`` and ``kit stickers OUT.pdf``: sheets of labels as a PDF to print at 100 %."""
    badges = kit_commands.add_parser(
        "badges",
        help="write a PDF of printed name badges (label sheets such as L4785, 5395, or A4 card stock)",
        description="Write OUT.pdf: a name badge per ambassador (name, role in its colour, site, programme, "
        "QR code to the profile or a contact card) on the sheet's labels, at the paper's exact size. Print "
        "it at 100 % (“Actual size”), not “Fit to page”. Default: active ambassadors, the programme's "
        "badge sheet.",
    )
    stickers = kit_commands.add_parser(
        "stickers",
        help="write a PDF of laptop stickers (label sheets such as L7160, or round 5294)",
        description="Write OUT.pdf: laptop stickers (“Ask me about <ESN>”, …) on the sheet's labels, at the "
        "paper's exact size. Print it at 100 % (“Actual size”), not “Fit to page”. Default: 2 stickers per "
        "active ambassador, without names, on the programme's sticker sheet.",
    )
    for sub in (badges, stickers):
        sub.add_argument("out", type=Path, metavar="OUT.pdf")
        sub.add_argument("--template", metavar="CODE", help="label sheet (default: from the settings)")
        sub.add_argument(
            "--start", type=int, default=1, metavar="N", help="first free label of a part-used sheet (1)"
        )
        sub.add_argument(
            "--status",
            action="append",
            choices=list(STATUS_CHOICES),
            help="ambassadors with this status (repeat for several; default: active)",
        )
        sub.add_argument("--role", metavar="ROLE", help="only this role")
        sub.add_argument("--site", metavar="SITE", help="only this site")
        sub.add_argument("--not-given", action="store_true", help="only those not yet given this item")
        sub.add_argument("--outlines", action="store_true", help="test print: outline every label")
        sub.add_argument("--mark-given", action="store_true", help="record the printed items as given today")
    badges.add_argument("--photos", action="store_true", help="add photos from the photos folder")
    badges.add_argument("--no-qr", action="store_true", help="leave out the QR code")
    stickers.add_argument(
        "--design", choices=["ask_me", "ambassador", "programme"], default="ask_me", help="(ask_me)"
    )
    stickers.add_argument("--names", action="store_true", help="print each ambassador's name")
    quantity = stickers.add_mutually_exclusive_group()
    quantity.add_argument(
        "--per-person", type=int, default=2, metavar="N", help="stickers per ambassador (2)"
    )
    quantity.add_argument(
        "--full-sheet",
        action="store_true",
        help="a full sheet: one per ambassador with --names, else one sheet in all",
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
    print(f"Restored {args.file}; the previous state is in {safety.path}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from esn_desk.core import demo

    size = args.size or demo.DEMO_SIZE
    if size < 10:
        raise UserError("The demo needs at least 10 people.")
    store = demo.write_demo(args.path, size=size)
    count = store.people.count()
    store.close()
    print(f"Wrote the demo programme ({count:,} people) to {args.path}")
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
        print(f"esn-desk: {exc.path.name} is open in ESN Desk: reading it read-only.", file=sys.stderr)
        return open_store(path, read_only=True)


def _date_option(text: str | None, name: str) -> Any:
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{name} must be a date written YYYY-MM-DD (got “{text}”).") from None


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
    counts = plan.counts
    verb = "Would import" if args.dry_run else "Imported"
    where = f"{verb} {args.file.name}, sheet “{plan.sheet}”, header on row {plan.header_row}: "
    if plan.what == "usage":
        x = plan.extra
        print(
            where
            + f"period {x['period_start']} to {x['period_end']}: {x['matched']:,} people of the directory "
            f"({x['contributors']:,} contributors, {x['readers']:,} readers), "
            f"{x['not_in_directory']:,} not in the directory, {counts['rejected']:,} rejected."
        )
    elif plan.what == "roster":
        print(
            where + f"{counts['created']:,} added to the programme, {counts['updated']:,} updated, "
            f"{counts['unchanged']:,} unchanged, {counts['rejected']:,} rejected."
        )
    else:
        print(
            where + f"{counts['created']:,} created, {counts['updated']:,} updated, "
            f"{counts['unchanged']:,} unchanged, {counts['left']:,} left, {counts['rejected']:,} rejected."
        )
    if plan.ignored_columns:
        print("Columns ignored: " + ", ".join(plan.ignored_columns))
    for title, issues in (("Rejected rows", plan.errors), ("Warnings", plan.warnings)):
        if issues:
            print(f"{title}:")
            for issue in issues[:50]:
                value = f" “{issue.value}”" if issue.value else ""
                where = ", ".join(p for p in (f"row {issue.row}" if issue.row else "", issue.column) if p)
                # A warning about the whole file (no row, no column) is printed as it is.
                print(f"  {where}{value}: {issue.message}" if where or value else f"  {issue.message}")
            if len(issues) > 50:
                print(f"  … and {len(issues) - 50:,} more (use --json for all of them)")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    store = _open_cli_store(args, reading=True)
    try:
        rows = store.programme.roster(status=args.status)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No ambassador or candidate" + (f" with status {args.status}." if args.status else " yet."))
    for r in rows:
        flag = "  [left the company]" if r["person_status"] == "left" else ""
        print(f"{r['name']:<30} {r['role']:<18} {r['status']:<18} {r['site']:<24} {r['email'] or ''}{flag}")
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
    label = args.by.replace("_", " × ").capitalize()
    print(
        f"{label:<34} {'Employees':>10} {'Ambassadors':>12} {'Target':>7} {'Missing':>8} {'Contributors':>13}"
    )
    for r in rows:
        share = "—" if r.contributors_share is None else f"{r.contributors_share:.1%}"
        print(
            f"{r.population:<34} {r.employees:>10,} {r.ambassadors:>12,} "
            f"{r.target_ambassadors:>7,} {r.missing:>8,} {share:>13}"
        )
    return EXIT_OK


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
        print("No usage data yet: import an ESN usage export with `esn-desk import-usage FILE`.")
        return EXIT_OK
    latest = periods[-1]
    print(
        f"Period {latest.start} to {latest.end}: {latest.contributors_share:.1%} contributors, "
        f"{latest.readers_share:.1%} readers (tipping point {tipping:.0%})."
    )
    label = args.by.replace("_", " × ").capitalize()
    print(f"{label:<34} {'Employees':>10} {'Contributors':>13} {'Readers':>9}  Tipping point")
    for a in rows:
        missing = a.contributors_missing(tipping)
        state = (
            "reached" if a.reached(tipping) else f"{missing:,} more contributor{'s' if missing != 1 else ''}"
        )
        print(
            f"{a.population:<34} {a.employees:>10,} {a.contributors_share:>13.1%} "
            f"{a.readers_share:>9.1%}  {state}"
        )
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
            raise UserError("No ambassador matches this selection: no badge was written.")
        if args.photos is not None and not args.photos.is_dir():
            raise UserError(f"The photos folder {args.photos} does not exist.")
        photos = args.photos if args.photos is not None else settings.photos_folder
        _app = _gui_application()
        from esn_desk.ui.kit.directory_badge import BadgeLook, export_directory_badges

        look = BadgeLook.from_settings(settings, ribbon_by_role=args.role_colours)
        result = export_directory_badges(people, args.outdir, look, photos)
        if args.mark_given and result.ambassador_ids:
            store.kit.mark(result.ambassador_ids, "directory_badge", "given")
    finally:
        store.close()
    print(
        f"Wrote {result.count:,} directory badge{'s' if result.count != 1 else ''} "
        f"({result.with_photo:,} with a photo) to {result.folder}"
        + ("; recorded as given." if args.mark_given else ".")
    )
    for name in result.failed:
        print(f"  not written: {name}", file=sys.stderr)
    return EXIT_OK if not result.failed else EXIT_USER


def _cmd_kit_signatures(args: argparse.Namespace) -> int:
    from esn_desk.core.kit.signatures import DEFAULT_TEMPLATE

    store = _open_cli_store(args, reading=not getattr(args, "mark_given", False))
    try:
        template = store.signatures.template(args.template or DEFAULT_TEMPLATE)
        people = store.kit.people()
        if not people:
            raise UserError("There is no active ambassador: no signature was written.")
        result = store.signatures.export(people, template, args.outdir)
    finally:
        store.close()
    count = len(result.signatures)
    print(
        f"Wrote {count:,} signature{'s' if count != 1 else ''} (template “{result.template}”, "
        f".htm + .txt each) to {result.folder}; index: {result.index_path}"
    )
    for exported in result.signatures:
        print(f"  {exported.html_path.name}, {exported.text_path.name}")
        for problem in exported.problems:
            print(f"    warning: {problem}")
    return EXIT_OK


def _cmd_kit_labels(args: argparse.Namespace) -> int:
    """``kit badges`` / ``kit stickers``: the PDF the Kit page's "Save as PDF…" writes."""
    from esn_desk.core.kit import badges
    from esn_desk.core.kit.layouts import template as label_template
    from esn_desk.core.kit.photos import PhotoIndex

    is_badges = args.kit_command == "badges"
    item = "name_badge" if is_badges else "stickers"
    if not args.out.parent.is_dir():
        raise UserError(f"The folder {args.out.parent} does not exist.")
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
                f"--start must be between 1 and {tpl.per_sheet} on a {tpl.code} sheet (got {args.start})."
            )
        filters = {k: v for k, v in (("role", args.role), ("site", args.site)) if v}
        people = store.kit.people(
            statuses=args.status or ("active",), filters=filters, lacking=item if args.not_given else None
        )
        if not people:
            raise UserError("No ambassador matches this selection: no PDF was written.")
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
            write_pdf(args.out, renderer, pages, title=f"{settings.programme_name} — {args.kit_command}")
        except OSError as exc:
            raise UserError(f"Cannot write {args.out}: {exc.strerror or exc}") from None
        if args.mark_given:
            store.kit.mark([p.ambassador_id for p in people], item, "given")
    finally:
        store.close()
    noun = ("name badge", "name badges") if is_badges else ("sticker", "stickers")
    print(
        f"Wrote {len(items):,} {noun[0] if len(items) == 1 else noun[1]} for {len(people):,} "
        f"ambassador{'s' if len(people) != 1 else ''} on {len(pages):,} {tpl.code} "
        f"sheet{'s' if len(pages) != 1 else ''} (from label {args.start}) to {args.out}"
        + ("; recorded as given." if args.mark_given else ".")
        + " Print at 100 % (not “Fit to page”)."
    )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from esn_desk.core import exports

    out = args.out.expanduser()
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"The export is an Excel workbook: give it the .xlsx extension (got “{out.name}”).")
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    store = _open_cli_store(args, reading=True, create=False)
    try:
        exports.EXPORTS[args.what](store, out)
    finally:
        store.close()
    print(f"Wrote {out} ({args.what}).")
    return EXIT_OK


def _cmd_person(args: argparse.Namespace) -> int:
    if args.person_command == "export" and not args.out.expanduser().is_dir():
        raise UserError(f"The folder {args.out} does not exist.")
    store = _open_cli_store(args, reading=args.person_command == "export", create=False)
    try:
        privacy = store.privacy
        person_id = privacy.find(args.who)
        if args.person_command == "export":
            json_path, xlsx_path = privacy.write_export(person_id, args.out.expanduser())
            print(f"Wrote {json_path} and {xlsx_path}.")
            return EXIT_OK
        if not args.yes:
            print(f"Erasing {args.who} (person #{person_id}) would remove:")
            for table, count in privacy.preview(person_id).items():
                print(f"  {table}: {count}")
            print("esn-desk: nothing erased; run again with --yes to erase.", file=sys.stderr)
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
        lines = [*lines[:-1], "Backups:", *(f"  {line}" for line in purged.lines())]
    print("\n".join(lines))
    return EXIT_OK if purged is None or not purged.failed else EXIT_USER


def _cmd_kit(args: argparse.Namespace) -> int:
    if args.kit_command == "signatures":
        return _cmd_kit_signatures(args)
    if args.kit_command == "directory-badges":
        return _cmd_kit_directory_badges(args)
    if args.kit_command in ("badges", "stickers"):
        return _cmd_kit_labels(args)
    raise UserError(f"Unknown kit command “{args.kit_command}”.")


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
    if not sessions:
        print("No training session yet.")
    for s in sessions:
        seats = f"{s.seated}/{s.capacity}" if s.capacity else f"{s.seated}"
        waiting = f" +{s.counts['waiting']} waiting" if s.counts["waiting"] else ""
        state = "  [cancelled]" if s.cancelled else ""
        print(
            f"#{s.id:<4} {s.starts_at:%Y-%m-%d %H:%M %z}  {s.title[:40]:<40} {s.kind[:24]:<24} "
            f"{s.format:<8} {seats:>7}{waiting}{state}"
        )
    return EXIT_OK


def _cmd_training_ics(args: argparse.Namespace) -> int:
    if not args.out.parent.is_dir():
        raise UserError(f"The folder {args.out.parent} does not exist.")
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
        raise UserError(f"Cannot write {args.out}: {exc.strerror or exc}") from None
    method = "CANCEL" if session.cancelled else "REQUEST"
    print(
        f"Wrote {args.out} ({'cancellation' if session.cancelled else 'meeting request'}, METHOD:{method}, "
        f"sequence {session.sequence}) for {count:,} invitee{'s' if count != 1 else ''} of “{session.title}”."
    )
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
    verb = "Would record" if args.dry_run else "Recorded"
    required = -(-result.required_seconds // 60)
    print(
        f"{verb} {report.kind_label} {report.file_name} for “{title}”: {len(result.attended):,} attended "
        f"(at least {required} min), {len(result.below_threshold):,} below the threshold, "
        f"{len(result.unmatched):,} not found in the directory, {len(result.guests):,} guest(s), "
        f"{len(result.bots):,} bot(s)."
    )
    for label, names in (
        ("Below the threshold", [f"{m.name} ({m.minutes} min)" for m in result.below_threshold]),
        ("Not found in the directory", [u.participant.name for u in result.unmatched]),
        ("Guests", [p.name for p in result.guests]),
        ("Bots", [p.name for p in result.bots]),
        ("Organiser", [p.name for p in result.organizers]),
    ):
        if names:
            print(f"{label}: " + ", ".join(names))
    return EXIT_OK


def _cmd_training(args: argparse.Namespace) -> int:
    if args.training_command == "attendance":
        return _cmd_training_attendance(args)
    if args.training_command == "list":
        return _cmd_training_list(args)
    if args.training_command == "ics":
        return _cmd_training_ics(args)
    raise UserError(f"Unknown training command “{args.training_command}”.")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
            raise UserError("Use either --demo or --db PATH, not both.")
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
        print(f"esn-desk: {exc}", file=sys.stderr)
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
        print(f"esn-desk: unexpected error; the details are in {log_path}", file=sys.stderr)
        return EXIT_BUG


__all__ = ["main", "paths"]
