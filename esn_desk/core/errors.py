"""Errors meant for the user versus bugs.

A :class:`UserError` carries a message written for a change manager (what went wrong, where,
what to do). The CLI prints it on one line and exits 2; the GUI shows it in a plain dialog.
Anything else is a bug: it is logged with its traceback and shown in the crash dialog.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A problem the user can fix (bad file, wrong path, invalid value)."""


class DatabaseError(UserError):
    """The programme file cannot be used (not an ESN Desk file, damaged, newer version)."""


class ReadOnlyError(UserError):
    """A change was asked of a programme opened read-only (another window has it open)."""


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem in one cell or row of an imported file (row numbers as the spreadsheet shows them)."""

    row: int
    column: str
    value: str
    message: str
