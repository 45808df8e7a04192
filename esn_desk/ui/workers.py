"""Running long work (imports, exports, printing) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

# A job receives (progress(done, total, text), cancelled()) and returns its result.
Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class Worker(QObject):
    """Runs one job in its own QThread.

    Signals (delivered on the GUI thread): ``progress(done, total, text)``; ``succeeded(result)``;
    ``failed(exception, traceback_text)``; ``finished()`` after either.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._thread = _JobThread(self)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _run(self) -> None:
        try:
            result = self._job(lambda d, t, s: self.progress.emit(d, t, s), self._cancel.is_set)
        except BaseException as exc:
            details = traceback.format_exc()
            self.failed.emit(exc, details)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _JobThread(QThread):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker._run()
