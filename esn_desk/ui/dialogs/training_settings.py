"""Training → Settings…: the kinds of session this programme runs, and the trainings each role
requires (what "Who still needs training" checks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QPlainTextEdit, QWidget

from esn_desk.core.i18n import translate
from esn_desk.core.programme import ProgrammeService, role_label
from esn_desk.core.text import fold
from esn_desk.core.training import TrainingService, kind_from_label, kind_label
from esn_desk.ui import style
from esn_desk.ui.dialogs.base import SaveDialog


class TrainingSettingsDialog(SaveDialog):
    def __init__(
        self, training: TrainingService, programme: ProgrammeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TrainingSettingsDialog", "Training settings"))
        self.setMinimumWidth(680)
        self._training = training
        self._roles = list(programme.rules().roles)
        self._required = {role: set(kinds) for role, kinds in training.requirements().items()}
        # The default kinds in the interface language; saved back under their English names.
        self.kinds = QPlainTextEdit("\n".join(kind_label(k) for k in training.kinds()))
        self.kinds.setFixedHeight(120)
        self.kinds.setAccessibleName(translate("TrainingSettingsDialog", "Kinds of session, one per line"))
        self.kinds.textChanged.connect(self._rebuild_grid)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[tuple[str, str], QCheckBox] = {}
        form = QFormLayout()
        form.addRow(translate("TrainingSettingsDialog", "Kinds of session"), self.kinds)
        hint = style.label(
            translate("TrainingSettingsDialog", "One per line. They are offered when you plan a session."),
            "muted",
        )
        form.addRow("", hint)
        form.addRow(style.label(translate("TrainingSettingsDialog", "REQUIRED FOR EACH ROLE"), "section"))
        form.addRow(self.grid_box)
        self._rebuild_grid()
        self.finish(form)

    def kind_list(self) -> list[str]:
        """The kinds as typed (the default ones in the interface language)."""
        return [line.strip() for line in self.kinds.toPlainText().splitlines() if line.strip()]

    def _rebuild_grid(self) -> None:
        """One row per role, one column per kind; ticks follow the kinds as they are edited."""
        for (role, kind), box in self.checks.items():  # keep what was ticked, by name
            wanted = self._required.setdefault(role, set())
            (wanted.add if box.isChecked() else wanted.discard)(kind_from_label(kind))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.checks = {}
        kinds = self.kind_list()
        for column, kind in enumerate(kinds, start=1):
            header = QLabel(kind)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            header.setMinimumHeight(header.fontMetrics().lineSpacing() * 3 + 4)  # up to three lines
            self.grid.addWidget(header, 0, column)
        for row, role in enumerate(self._roles, start=1):
            self.grid.addWidget(QLabel(role_label(role)), row, 0)
            required = {fold(kind_from_label(k)) for k in self._required.get(role, set())}
            for column, kind in enumerate(kinds, start=1):
                box = QCheckBox()
                box.setAccessibleName(
                    translate("TrainingSettingsDialog", "{role} requires {kind}").format(
                        role=role_label(role), kind=kind
                    )
                )
                box.setChecked(fold(kind_from_label(kind)) in required)
                self.checks[(role, kind)] = box
                self.grid.addWidget(box, row, column)

    def save(self) -> None:
        self._training.save_kinds([kind_from_label(kind) for kind in self.kind_list()])
        self._training.save_requirements(
            {
                role: [
                    kind_from_label(kind)
                    for kind in self.kind_list()
                    if self.checks[(role, kind)].isChecked()
                ]
                for role in self._roles
            }
        )


__all__ = ["TrainingSettingsDialog"]
