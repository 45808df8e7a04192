"""Training settings: the kinds of session and the trainings each role requires."""

from __future__ import annotations

from esn_desk.core.store import Store
from esn_desk.ui.dialogs.training_settings import TrainingSettingsDialog


def test_kinds_and_requirements_are_edited_and_drive_who_needs_what(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    training = demo_store.training
    dialog = TrainingSettingsDialog(training, demo_store.programme)
    qtbot.addWidget(dialog)
    assert dialog.kind_list() == training.kinds()
    assert dialog.checks[("Ambassador", "Onboarding")].isChecked()
    # A new kind appears as a column at once; ticks already made survive the rebuild.
    dialog.checks[("Ambassador", "Onboarding")].setChecked(False)
    dialog.kinds.setPlainText("\n".join([*training.kinds(), "Security awareness"]))
    assert not dialog.checks[("Ambassador", "Onboarding")].isChecked()
    dialog.checks[("Ambassador", "Security awareness")].setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Security awareness" in training.kinds()
    assert training.requirements()["Ambassador"] == ["Security awareness"]
    missing = [m for m in training.missing_trainings() if m.role == "Ambassador"]
    assert missing and all(m.missing_kinds == ["Security awareness"] for m in missing)


def test_an_empty_kind_list_is_refused_inline(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = TrainingSettingsDialog(demo_store.training, demo_store.programme)
    qtbot.addWidget(dialog)
    dialog.kinds.setPlainText("x" * 200)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert "x" * 200 not in demo_store.training.kinds()
