"""Undo and redo of roster edits: one stack per open programme, one command per edit.

An edit is made (and reported) by the page first; the page then records the candidacies'
before and after snapshots. Undo and redo restore a snapshot through the core service: nothing
is re-run, so a redo gives exactly the state the edit gave, history included.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from esn_desk.core.errors import UserError
from esn_desk.core.programme import ProgrammeService, RosterSnapshot


class RosterCommand(QUndoCommand):
    """One roster edit that has already been made: undo restores ``before``, redo ``after``."""

    def __init__(
        self, stack: RosterUndoStack, text: str, before: RosterSnapshot, after: RosterSnapshot
    ) -> None:
        super().__init__(text)
        self._stack = stack
        self._before = before
        self._after = after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the edit is already in the database
            self._pushed = True
            return
        self._stack.apply(self, self._after, undone=False)

    def undo(self) -> None:
        self._stack.apply(self, self._before, undone=True)


class RosterUndoStack(QUndoStack):
    """The undo stack of one open programme's roster edits.

    Signals: ``restored(str text, bool undone)`` after an undo (``undone`` True) or a redo changed
    the database; ``failed(str message)`` when the core refused to restore (the stack is then
    cleared, since the commands no longer describe the data).

    Whoever changes candidacies without going through this stack (an import, an undone import)
    must :meth:`clear` it.
    """

    restored = Signal(str, bool)
    failed = Signal(str)

    def __init__(self, programme: ProgrammeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.programme = programme

    def record(self, text: str, before: RosterSnapshot, after: RosterSnapshot) -> bool:
        """Push an edit already made, described by ``text`` ("Validate 12 candidates"); an edit
        that changed nothing is not recorded (returns False)."""
        if not before.differs(after):
            return False
        self.push(RosterCommand(self, text, before, after))
        return True

    def apply(self, command: RosterCommand, snapshot: RosterSnapshot, *, undone: bool) -> None:
        try:
            self.programme.restore(snapshot)
        except UserError as exc:
            # The stack is mid-undo here: clear it once Qt is done with this command.
            QTimer.singleShot(0, self, self.clear)
            self.failed.emit(str(exc))
            return
        self.restored.emit(command.text(), undone)
