"""The desktop application: QApplication set-up and the controller that opens programmes."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from esn_desk import APP_NAME, __version__, paths
from esn_desk.core.backups import Backup, latest_good_backup, recover_from_backup
from esn_desk.core.errors import DatabaseError, UserError
from esn_desk.core.i18n import translate
from esn_desk.core.lock import ProgrammeInUse
from esn_desk.core.store import Store, open_store
from esn_desk.ui import ask, i18n, style
from esn_desk.ui.errors import CrashHandler
from esn_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1280, 800)


def make_qapplication(argv: list[str] | None = None, *, theme: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("esn-desk")
    style.apply_theme(app, theme)
    app.setWindowIcon(style.app_icon())
    return app


class DesktopApp:
    """Owns the open :class:`Store` and its :class:`MainWindow`; swaps both when another programme opens."""

    def __init__(self, settings: QSettings, *, data_dir: Path, log_path: Path) -> None:
        self.settings = settings
        self.data_dir = data_dir
        self.log_path = log_path
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.remember_state = True

    @property
    def demo_path(self) -> Path:
        return self.data_dir / "demo.esndesk"

    def open(self, path: str | Path, create: bool = True) -> bool:
        """Open (or create) a programme; on a user error keep the current one and say why."""
        path = Path(path)
        if self._already_here(path):
            return True
        is_new = create and not path.exists()
        store = self.open_interactively(path, create=create)
        if store is None:
            return False
        if is_new:  # name it after its file, then let the user adjust the settings
            name = path.stem.replace("_", " ").replace("-", " ").strip().capitalize() or translate(
                "DesktopApp", "Ambassador programme"
            )
            store.settings.save(replace(store.settings.load(), programme_name=name))
        self.show_store(store)
        if is_new and self.window is not None:
            self.window.edit_settings()
        return True

    def _already_here(self, path: Path) -> bool:
        """This window already has ``path`` open for writing: bring it forward instead."""
        current = self.store.path if self.store is not None else None
        if current is None or self.window is None or self.store is None or self.store.read_only:
            return False
        try:
            same = current.resolve() == path.expanduser().resolve()
        except OSError:
            return False
        if same:
            self.window.raise_()
            self.window.activateWindow()
        return same

    def open_interactively(self, path: Path, *, create: bool = True) -> Store | None:
        """``open_store`` with the user's say: open read-only when another window has the file, and
        offer the latest good backup when the file is damaged. None when it stays closed."""
        backups = self.data_dir / "backups"
        try:
            return open_store(path, create=create, backup_dir=backups)
        except ProgrammeInUse as exc:
            if not ask.choose(
                self.window,
                translate("DesktopApp", "Programme already open"),
                str(exc),
                "",
                translate("DesktopApp", "Open read-only"),
            ):
                return None
            try:
                return open_store(path, read_only=True, backup_dir=backups)
            except UserError as again:
                QMessageBox.warning(
                    self.window, translate("DesktopApp", "Cannot open this programme"), str(again)
                )
                return None
        except DatabaseError as exc:
            good = latest_good_backup(backups, path) if path.is_file() else None
            if good is None:
                QMessageBox.warning(
                    self.window, translate("DesktopApp", "Cannot open this programme"), str(exc)
                )
                return None
            return self._offer_backup(path, exc, good, backups)
        except UserError as exc:
            QMessageBox.warning(self.window, translate("DesktopApp", "Cannot open this programme"), str(exc))
            return None

    def _offer_backup(self, path: Path, exc: DatabaseError, good: Backup, backups: Path) -> Store | None:
        from esn_desk.ui.views.backups import when_phrase

        when = when_phrase(good.taken_at)
        question = translate(
            "DesktopApp",
            "The latest good backup of {file} was taken {when}. Put it in the programme's place? The "
            "damaged file is kept beside it, renamed “{damaged}”: nothing is deleted.",
        ).format(file=path.name, when=when, damaged=f"{path.stem}.damaged-…{path.suffix}")
        if not ask.choose(
            self.window,
            translate("DesktopApp", "Cannot open this programme"),
            str(exc),
            question,
            translate("DesktopApp", "Use the backup"),
        ):
            return None
        try:
            aside = recover_from_backup(path, good.path)
            store = open_store(path, backup_dir=backups)
        except UserError as again:
            QMessageBox.warning(self.window, translate("DesktopApp", "Cannot use the backup"), str(again))
            return None
        QMessageBox.information(
            self.window,
            translate("DesktopApp", "Backup in place"),
            translate(
                "DesktopApp", "{file} now holds the backup taken {when}. The damaged file is kept as {aside}."
            ).format(file=path.name, when=when, aside=aside.name),
        )
        return store

    def open_demo(self) -> None:
        """(Re)generate the demo programme and open it."""
        from esn_desk.core import demo  # not needed to start the app on a real programme

        old = self.window
        if self.store is not None and self.store.path == self.demo_path:
            if old is not None:
                self._retire(old)
                old = None
            self.store.close()
        store = demo.write_demo(self.demo_path, replace=True)
        self.show_store(store, previous=old)

    def show_store(self, store: Store, previous: MainWindow | None = None) -> None:
        old = previous if previous is not None else self.window
        window = MainWindow(store, self.settings, data_dir=self.data_dir, log_path=self.log_path)
        window.remember_state = self.remember_state
        window.open_requested.connect(self.open)
        window.language_requested.connect(
            lambda choice: QTimer.singleShot(0, lambda: self.set_language(choice))
        )
        window.demo_requested.connect(lambda: QTimer.singleShot(0, self.open_demo))
        if store.path is not None and store.path != self.demo_path:
            window.remember_recent(store.path)
            self.settings.setValue("last_programme", str(store.path))
            if not store.read_only:
                window.start_auto_backups()  # the demo is regenerated at will: no backups of it
        if old is not None:
            self._retire(old)
            if self.store is not None and self.store is not store:
                self.store.close()
        self.window, self.store = window, store
        window.show()

    def set_language(self, choice: str) -> None:
        """Remember ``choice`` ("system", "fr", "en") and rebuild the window in that language."""
        self.settings.setValue(i18n.SETTING, choice)
        i18n.apply(i18n.resolve(choice))
        if self.store is not None and self.window is not None:
            page = self.window.stack.currentIndex()
            self.window.save_state()
            self.show_store(self.store)
            self.window.show_page(page)

    def _retire(self, window: MainWindow) -> None:
        window.close()  # saves its state (unless remember_state is off)
        window.deleteLater()


def screenshot(window: MainWindow, out_dir: Path) -> list[Path]:
    """Render every page at 1280×800 into ``out_dir/<page>.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app = QApplication.instance()
    written = []
    for index, key in enumerate(window.page_keys()):
        window.show_page(index)
        deadline = time.monotonic() + 0.3  # let deferred layouts (wrapped labels) settle, as on screen
        while app is not None and time.monotonic() < deadline:
            app.processEvents()
        target = out_dir / f"{key}.png"
        if not window.grab().save(str(target)):
            raise UserError(
                translate("DesktopApp", "Cannot write the screenshot {path}.").format(path=target)
            )
        written.append(target)
    return written


def run(
    db_path: Path | None,
    *,
    use_demo: bool,
    screenshot_dir: Path | None,
    log_path: Path,
    language: str | None = None,
    theme: str | None = None,
) -> int:
    app = make_qapplication(theme=theme)
    CrashHandler(log_path, interactive=screenshot_dir is None).install()
    settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    i18n.apply(language or i18n.resolve(i18n.chosen(settings)))  # before any window is built
    controller = DesktopApp(settings, data_dir=paths.user_data_dir(), log_path=log_path)
    if screenshot_dir is not None:
        controller.remember_state = False
    if use_demo:
        controller.open_demo()
    else:
        target = db_path or paths.default_db_path()
        if screenshot_dir is not None:
            store = open_store(target, backup_dir=controller.data_dir / "backups")  # UserError → exit 2
        else:
            opened = controller.open_interactively(target)  # read-only? the latest good backup?
            if opened is None:
                return 2
            store = opened
        controller.show_store(store)
    assert controller.window is not None
    if screenshot_dir is not None:
        for path in screenshot(controller.window, screenshot_dir):
            print(path)
        return 0
    try:
        return app.exec()
    finally:
        if controller.store is not None:
            controller.store.close()  # checkpoints the WAL and releases the programme's lock
