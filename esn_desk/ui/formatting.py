"""Locale-aware display of numbers and dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from esn_desk.core import i18n


def number(n: int) -> str:
    return QLocale().toString(n)


def date_text(iso: str | None) -> str:
    if not iso:
        return ""
    qdate = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(qdate, "d MMM yyyy") if qdate.isValid() else iso


def plural(n: int, one: str, many: str) -> str:
    """“1 person”, “2,000 people”; French takes the singular for 0 and 1 too (“0 personne”)."""
    singular = n in (0, 1) if i18n.language() == "fr" else n == 1
    return f"{number(n)} {one if singular else many}"
