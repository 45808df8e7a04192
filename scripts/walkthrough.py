"""Drive the real app through the two walk-throughs of the README and screenshot each step.

Run under a display (Xvfb) or offscreen::

    python scripts/make_walkthrough_files.py /tmp/wt
    QT_QPA_PLATFORM=offscreen python scripts/walkthrough.py /tmp/wt OUT_DIR

Every step goes through the windows and dialogs a user sees (settings, recruitment rules, the import
wizard, the directory's "Add to the programme", the roster's approval actions); modal dialogs are
filled and accepted the way a user would, and each one is screenshot first. Prints what it measured.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from esn_desk.ui.app import DesktopApp, make_qapplication
from esn_desk.ui.dialogs.import_wizard import ImportWizard
from esn_desk.ui.main_window import MainWindow

SHOTS: list[Path] = []


def wait(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_until(check: Callable[[], Any], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise TimeoutError("step did not finish")
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(widget: QWidget, out: Path, name: str) -> None:
    wait(150)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    SHOTS.append(path)


def on_modal(out: Path, name: str, act: Callable[[Any], None]) -> None:
    """When the next modal dialog opens: screenshot it, let ``act`` fill it, accept it."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, handle)
            return
        act(dialog)
        shoot(dialog, out, name)
        dialog.accept()

    QTimer.singleShot(50, handle)


def import_through_wizard(
    window: MainWindow, path: Path, out: Path, name: str, *, what: str = "hr", **options: Any
) -> float:
    wizard: ImportWizard = window.import_spreadsheet(path, what=what)
    started = time.perf_counter()
    wait_until(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    if "full" in options:
        page.full.setChecked(options["full"])
    if "period" in options:
        start, end = options["period"]
        page.period_start.setDate(start)
        page.period_end.setDate(end)
    shoot(wizard, out, f"{name}-mapping")
    wizard.next()
    wait_until(lambda: wizard.plan is not None)
    shoot(wizard, out, f"{name}-review")
    wizard.next()
    wait_until(lambda: wizard.run_id is not None)
    elapsed = time.perf_counter() - started
    shoot(wizard, out, f"{name}-summary")
    wizard.accept()
    wait(100)
    return elapsed


def utility(app: DesktopApp, files: Path, out: Path) -> None:
    """Coaches in France only, not IT, HR then manager approval; 3,000 employees."""
    db = out / "utility.esndesk"
    db.unlink(missing_ok=True)
    on_modal(
        out,
        "utility-01-settings",
        lambda d: (
            d.programme_name.setText("Coachs France"),
            d.esn_name.setText("Viva Engage"),
            d.organisation.setText("Aurore Énergie"),
            d.organiser_name.setText("Claire Vasseur"),
        ),
    )
    assert app.open(db, create=True)
    window = app.window
    assert window is not None
    window.resize(1280, 800)
    wait(300)
    rules = window.roster.edit_rules()
    rules.flow.setCurrentIndex(rules.flow.findData("hr_then_manager"))
    rules.excluded_departments.setText("Informatique, IT")
    rules.countries.setText("France")
    rules.roles.setPlainText(
        "Coach — Coaches a team on new ways of working on the network. Coaching is not IT support."
    )
    shoot(rules, out, "utility-02-rules")
    rules.accept()
    seconds = import_through_wizard(window, files / "Effectifs SIRH 2026-11.xlsx", out, "utility-03-hr")
    print(f"utility: HR import of 3,000 people through the wizard: {seconds:.1f} s")
    # Recruit the first 60 people of the directory sorted by name: a mix of sites and departments.
    window.show_page(window.page_keys().index("directory"))
    directory = window.directory
    wait(300)
    directory.table.clearSelection()
    selection = directory.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(0, min(180, directory.model.rowCount()), 3):
        selection.select(directory.model.index(row, 0), flags)
    on_modal(out, "utility-04-recruit", lambda d: (d.by.setText("Claire"), d.source.setCurrentIndex(0)))
    QTimer.singleShot(2500, lambda: _close_message(out, "utility-05-skipped"))
    directory.recruit_selected()
    wait(3500)
    window.show_page(window.page_keys().index("roster"))
    roster = window.roster
    wait(300)
    for status, who in (
        ("hr_validated", "RH — Sophie"),
        ("manager_confirmed", "Managers"),
        ("active", "Claire"),
    ):
        roster.table.selectAll()
        on_modal(out, f"utility-06-{status}", lambda d, who=who: d.who.setText(who))
        QTimer.singleShot(1500, lambda: _close_message(out, "", save=False))
        roster.move_selection(status)
        wait(1800)
    shoot(window, out, "utility-07-roster")
    for month, (start, end) in enumerate(
        ((date(2026, 9, 1), date(2026, 9, 30)), (date(2026, 10, 1), date(2026, 10, 31)))
    ):
        name = f"Usage 2026-{9 + month:02d}.csv"
        import_through_wizard(
            window, files / name, out, f"utility-08-usage{month + 1}", what="usage", period=(start, end)
        )
    window.show_page(0)
    shoot(window, out, "utility-09-dashboard")
    window.show_page(window.page_keys().index("coverage"))
    shoot(window, out, "utility-10-coverage")
    store = window.store
    counts = store.programme.counts_by_status()
    latest = store.adoption.latest()
    print(
        f"utility: {counts['active']} active coaches; contributors {latest.contributors_share:.1%} in October"
        if latest
        else "no usage"
    )
    window.close()  # closes the programme file (its WAL is checkpointed)


def publisher(app: DesktopApp, files: Path, out: Path) -> None:
    """500 ambassadors for 27,000 users, no manager step; starts from an existing roster."""
    db = out / "publisher.esndesk"
    db.unlink(missing_ok=True)
    on_modal(
        out,
        "publisher-01-settings",
        lambda d: (
            d.programme_name.setText("Horizon publishers"),
            d.esn_name.setText("Workplace"),
            d.target.setValue(54),
        ),
    )
    assert app.open(db, create=True)
    window = app.window
    assert window is not None
    window.resize(1280, 800)
    wait(300)
    rules = window.roster.edit_rules()
    rules.flow.setCurrentIndex(rules.flow.findData("hr"))
    shoot(rules, out, "publisher-02-rules")
    rules.accept()
    seconds = import_through_wizard(
        window, files / "HR extract 2026-11.csv", out, "publisher-03-hr", full=True
    )
    print(f"publisher: HR import of 26,153 people through the wizard: {seconds:.1f} s")
    seconds = import_through_wizard(
        window, files / "Ambassador roster.xlsx", out, "publisher-04-roster", what="roster"
    )
    print(f"publisher: roster import of 500 ambassadors: {seconds:.1f} s")
    seconds = import_through_wizard(
        window,
        files / "Usage 2026-10.csv",
        out,
        "publisher-05-usage",
        what="usage",
        period=(date(2026, 10, 1), date(2026, 10, 31)),
    )
    print(f"publisher: usage import: {seconds:.1f} s")
    window.show_page(0)
    shoot(window, out, "publisher-06-dashboard")
    window.show_page(window.page_keys().index("roster"))
    shoot(window, out, "publisher-07-roster")
    window.close()
    wait(300)


def _close_message(out: Path, name: str, *, save: bool = True) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        if save and name:
            shoot(box, out, name)
        box.accept()


def main() -> int:
    files, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    make_qapplication([])
    with tempfile.TemporaryDirectory() as data:
        settings = QSettings(str(Path(data) / "settings.ini"), QSettings.Format.IniFormat)
        app = DesktopApp(settings, data_dir=Path(data), log_path=Path(data) / "log.txt")
        utility(app, files / "utility", out)
        publisher(app, files / "publisher", out)
        if app.store is not None:
            app.store.close()
    print("\n".join(str(p) for p in SHOTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
