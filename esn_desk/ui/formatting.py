"""Locale-aware display of numbers and dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def number(n: int) -> str:
    return QLocale().toString(n)


def date_text(iso: str | None) -> str:
    if not iso:
        return ""
    qdate = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(qdate, "d MMM yyyy") if qdate.isValid() else iso


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"
