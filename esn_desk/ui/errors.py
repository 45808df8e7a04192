"""Unexpected errors: logged with their traceback, shown in a dialog, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from esn_desk import APP_NAME
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate

log = logging.getLogger("esn_desk.crash")


def show_user_error(parent: QWidget | None, title: str, error: UserError | str) -> None:
    QMessageBox.warning(parent, title, str(error))


class CrashHandler:
    """Installed as ``sys.excepthook``: a bug in a slot must not silently vanish or kill the app."""

    def __init__(self, log_path: Path, *, interactive: bool = True) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or Exception(), args.exc_traceback
        )

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            if self.interactive:
                show_user_error(QApplication.activeWindow(), APP_NAME, exc)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", details)
        if not self.interactive or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(translate("CrashHandler", "{app} — unexpected error").format(app=APP_NAME))
            box.setText(
                translate(
                    "CrashHandler",
                    "Something went wrong, but your data is safe: every change you saw "
                    "confirmed is already saved.",
                )
            )
            box.setInformativeText(
                translate(
                    "CrashHandler",
                    "The details were written to the log file:\n{log}\n\n"
                    "You can keep working. If it happens again, send that file to support.",
                ).format(log=self.log_path)
            )
            box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False
