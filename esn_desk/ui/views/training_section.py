"""The TRAINING section of the roster's detail panel: what one ambassador attended, is enrolled in,
and still needs for their role."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from esn_desk.core.i18n import plural, translate
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.training import TrainingService, kind_label, status_label
from esn_desk.ui import formatting, style

SHOWN = 6  # the most recent sessions listed; the Training page has the rest


class TrainingSection(QWidget):
    def __init__(
        self, training: TrainingService, programme: ProgrammeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._programme = programme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(style.label(translate("TrainingSection", "TRAINING"), "section"))
        self.summary = QLabel()
        self.needs = QLabel()
        self.sessions = QLabel()
        for label in (self.summary, self.needs, self.sessions):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names are data, never HTML
            label.setWordWrap(True)
            layout.addWidget(label)
        self.needs.setStyleSheet(f"color: {style.warning_color().name()};")

    def show_for(self, ambassador_id: int | None) -> None:
        """Show one ambassador's training (None hides the section: no or several people selected)."""
        candidacy = self._programme.get(ambassador_id) if ambassador_id is not None else None
        self.setVisible(candidacy is not None)
        if candidacy is None:
            return
        record = self._training.record(candidacy.person_id)
        if record.attended:
            last = formatting.date_text(record.last.isoformat()) if record.last else ""
            if record.minutes >= 60:
                hours = translate("TrainingSection", "{hours} h").format(
                    hours=QLocale().toString(record.minutes / 60, "f", 1)
                )
            else:
                hours = translate("TrainingSection", "{minutes} min").format(minutes=record.minutes)
            self.summary.setText(
                plural(
                    record.attended,
                    translate("TrainingSection", "{n} session attended ({hours}), last on {last}"),
                    translate("TrainingSection", "{n} sessions attended ({hours}), last on {last}"),
                ).format(hours=hours, last=last)
            )
        else:
            self.summary.setText(translate("TrainingSection", "No session attended yet"))
        missing = next(
            (
                m.missing_kinds
                for m in self._training.missing_trainings(statuses=(candidacy.status,))
                if m.ambassador_id == candidacy.id
            ),
            [],
        )
        self.needs.setText(
            translate("TrainingSection", "Still needs: {kinds}").format(
                kinds=", ".join(kind_label(k) for k in missing)
            )
            if missing
            else ""
        )
        self.needs.setVisible(bool(missing))
        lines = []
        for item in self._training.history(candidacy.person_id)[:SHOWN]:
            session = item.session
            when = formatting.date_text(session.starts_at.date().isoformat())
            state = (
                translate("TrainingSection", "cancelled")
                if session.cancelled
                else status_label(item.status).lower()
            )
            lines.append(
                translate("TrainingSection", "• {date}: {title} — {state}").format(
                    date=when, title=session.title, state=state
                )
            )
        self.sessions.setText("\n".join(lines))
        self.sessions.setVisible(bool(lines))


__all__ = ["TrainingSection"]
