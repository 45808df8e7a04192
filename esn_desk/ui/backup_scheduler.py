"""Automatic backups while a programme is open: shortly after it opens, then every 30 minutes, a
verified backup is taken if the data changed since the last one (in a worker thread: hashing a
large programme takes about a second)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from esn_desk.core.backups import BackupService
from esn_desk.ui.workers import Worker

log = logging.getLogger(__name__)

FIRST_DELAY_MS = 2_000  # after the window shows: start-up stays fast
INTERVAL_MS = 30 * 60 * 1_000


class BackupScheduler(QObject):
    """Signals: ``backed_up(path)`` after a backup; ``failed(message)`` when one could not be taken."""

    backed_up = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        backups: BackupService,
        parent: QObject | None = None,
        *,
        first_delay_ms: int = FIRST_DELAY_MS,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._reason = "open"
        self._worker: Worker | None = None
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_delay_ms)
        self._first.timeout.connect(self.run_now)
        self._every = QTimer(self)
        self._every.setInterval(interval_ms)
        self._every.timeout.connect(self.run_now)

    def start(self) -> None:
        self._first.start()
        self._every.start()

    def stop(self) -> None:
        """Stop the timers and wait for a backup in progress (the programme is closing)."""
        self._first.stop()
        self._every.stop()
        if self._worker is not None and self._worker.is_running():
            self._worker.wait()

    def run_now(self) -> Worker | None:
        """Back up now if the data changed since the last backup (nothing when one is running)."""
        if self._worker is not None and self._worker.is_running():
            return None
        backups, reason = self._backups, self._reason

        def job(_progress: object, _cancelled: object) -> str:
            if not backups.changed_since_last_backup():
                return ""
            return str(backups.backup(reason).path)

        worker = Worker(job, self)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._reason = "auto"
        worker.start()
        return worker

    def _done(self, path: str) -> None:
        if path:
            log.info("automatic backup %s", path)
            self.backed_up.emit(path)

    def _failed(self, exc: BaseException, details: str) -> None:
        log.error("automatic backup failed: %s\n%s", exc, details)
        self.failed.emit(str(exc))


__all__ = ["BackupScheduler"]
