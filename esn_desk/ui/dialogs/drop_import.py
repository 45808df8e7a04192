"""A file dropped on the window: say what it looks like and offer the matching import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.i18n import translate
from esn_desk.core.importing.detect import KINDS, Detected
from esn_desk.core.training import Session


def _choice_text(what: str) -> str:
    # Spelled out so that pyside6-lupdate finds each literal.
    return {
        "hr": translate("DropImportDialog", "HR extract (the people of the directory)"),
        "roster": translate("DropImportDialog", "Ambassador roster"),
        "usage": translate("DropImportDialog", "ESN usage export"),
        "attendance": translate("DropImportDialog", "Attendance report of a training session"),
    }[what]


def closest_session(sessions: list[Session], when: datetime | None) -> Session | None:
    """The session a report is for: the one starting nearest to the report's start (else the latest
    one already started)."""
    if not sessions:
        return None
    if when is None:
        now = datetime.now(UTC)
        started = [s for s in sessions if s.starts_at <= now]
        return max(started, key=lambda s: s.starts_at) if started else sessions[0]
    moment = when if when.tzinfo else when.replace(tzinfo=UTC)
    return min(sessions, key=lambda s: abs((s.starts_at - moment).total_seconds()))


class DropImportDialog(QDialog):
    """``what()`` and ``session_id()`` once accepted."""

    def __init__(
        self,
        path: Path,
        detected: Detected | None,
        problem: str,
        sessions: list[Session],
        *,
        report_start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DropImportDialog", "Import a file"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if detected is not None:
            if detected.columns:
                text = translate(
                    "DropImportDialog", "“{file}” looks like {kind} (columns {columns})."
                ).format(file=path.name, kind=detected.name, columns=", ".join(detected.columns[:4]))
            else:
                text = translate("DropImportDialog", "“{file}” looks like {kind}.").format(
                    file=path.name, kind=detected.name
                )
        else:
            text = problem
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(translate("DropImportDialog", "Import it as:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for number, what in enumerate(KINDS):
            button = QRadioButton(_choice_text(what))
            self.group.addButton(button, number)
            self.buttons[what] = button
            layout.addWidget(button)
        self.session = QComboBox()
        self.session.setAccessibleName(translate("DropImportDialog", "Training session"))
        locale = QLocale()
        for s in sessions:
            day = s.starts_at.date()
            when = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            self.session.addItem(f"{when} · {s.title}", s.id)
        chosen = closest_session(sessions, report_start)
        if chosen is not None:
            self.session.setCurrentIndex(self.session.findData(chosen.id))
        if not sessions:
            self.buttons["attendance"].setEnabled(False)
            self.buttons["attendance"].setToolTip(
                translate("DropImportDialog", "Create the training session first, on the Training page.")
            )
        row = QVBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.session)
        layout.addLayout(row)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.box.addButton(
            translate("DropImportDialog", "Import…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.group.buttonToggled.connect(lambda *_: self._update())
        if detected is not None and self.buttons[detected.what].isEnabled():
            self.buttons[detected.what].setChecked(True)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for the wrapped explanation at the width the window really has.

        Qt sizes a new window from its size hint — the height the text needs at the hint's width —
        then narrows it to two thirds of the screen: at that width the text takes more lines than
        the height leaves it, and its first and last lines were cut.
        """
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update(self) -> None:
        what = self.what()
        self.ok.setEnabled(what is not None)
        self.session.setEnabled(what == "attendance")

    def what(self) -> str | None:
        checked = self.group.checkedId()
        return KINDS[checked] if checked >= 0 else None

    def session_id(self) -> int | None:
        value = self.session.currentData()
        return int(value) if value is not None else None
