"""Command line: the GUI by default, batch sub-commands otherwise.

Exit codes: 0 success · 2 user error (one clear line on stderr, no traceback) · 1 bug (logged).
"""

from __future__ import annotations

import argparse
import json
import logging
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
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

    listing = commands.add_parser("list", help="list programme members")
    listing.add_argument("what", choices=["ambassadors"])
    listing.add_argument("--status", choices=list(STATUS_CHOICES), help="only this status")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    cov = commands.add_parser("coverage", help="ambassadors per population against the programme's target")
    cov.add_argument("--by", choices=["site", "department", "country"], default="site")
    cov.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


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


def _open_cli_store(args: argparse.Namespace) -> Any:
    from esn_desk.core.store import open_store

    return open_store(args.db or paths.default_db_path())


def _cmd_import(args: argparse.Namespace) -> int:
    from esn_desk.core.importing.readers import open_source
    from esn_desk.core.importing.service import ImportOptions

    options = ImportOptions(
        sheet=args.sheet, header_row=args.header_row, full=args.full, day_first=not args.month_first
    )
    source = open_source(args.file)  # an unreadable file is reported before any programme is touched
    store = _open_cli_store(args)
    try:
        plan = store.imports.plan(args.file, options, source=source)
        if not args.dry_run:
            store.imports.apply(plan)
    finally:
        store.close()
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    counts = plan.counts
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {args.file.name}, sheet “{plan.sheet}”, header on row {plan.header_row}: "
        f"{counts['created']:,} created, {counts['updated']:,} updated, {counts['unchanged']:,} unchanged, "
        f"{counts['left']:,} left, {counts['rejected']:,} rejected."
    )
    if plan.ignored_columns:
        print("Columns ignored: " + ", ".join(plan.ignored_columns))
    for title, issues in (("Rejected rows", plan.errors), ("Warnings", plan.warnings)):
        if issues:
            print(f"{title}:")
            for issue in issues[:50]:
                value = f" “{issue.value}”" if issue.value else ""
                print(f"  row {issue.row}, {issue.column}{value}: {issue.message}")
            if len(issues) > 50:
                print(f"  … and {len(issues) - 50:,} more (use --json for all of them)")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    store = _open_cli_store(args)
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
    store = _open_cli_store(args)
    try:
        per_100 = store.settings.load().ambassador_target_per_100
        rows = store.coverage.coverage(args.by, per_100)
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
    print(f"{args.by.capitalize():<28} {'Employees':>10} {'Ambassadors':>12} {'Target':>7} {'Missing':>8}")
    for r in rows:
        print(
            f"{r.population:<28} {r.employees:>10,} {r.ambassadors:>12,} "
            f"{r.target_ambassadors:>7,} {r.missing:>8,}"
        )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = setup_logging()
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "import":
            return _cmd_import(args)
        if args.command == "list":
            return _cmd_list(args)
        if args.command == "coverage":
            return _cmd_coverage(args)
        if args.demo and args.db:
            raise UserError("Use either --demo or --db PATH, not both.")
        from esn_desk.ui.app import run  # Qt is imported only when a window is wanted

        return run(args.db, use_demo=args.demo, screenshot_dir=args.screenshot, log_path=log_path)
    except UserError as exc:
        print(f"esn-desk: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error")
        print(f"esn-desk: unexpected error; the details are in {log_path}", file=sys.stderr)
        return EXIT_BUG


__all__ = ["main", "paths"]
