"""Turning spreadsheet cells into clean directory values (dates, IDs, emails, text)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from esn_desk.core.i18n import translate
from esn_desk.core.text import clean

EMAIL_RE = re.compile(
    r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_EXCEL_EPOCH = date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


class ValueProblem(ValueError):
    """A cell that cannot be turned into the wanted value; the message is for the user."""


def cell_text(value: object) -> str:
    """Any cell as display text: ``10234.0`` → ``"10234"``, dates as ISO, white space trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = clean(value)
    return text


def identifier(value: object) -> str:
    """Employee IDs stay text: ``10234.0`` (a number cell) → ``"10234"``; ``"00123"`` keeps its zeros."""
    text = cell_text(value)
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text


def email(value: object) -> str:
    text = cell_text(value).lower()
    if text.startswith("mailto:"):
        text = text[7:]
    if text and not EMAIL_RE.match(text):
        raise ValueProblem(translate("ImportValues", "Not a valid email address"))
    return text


def _checked(year: int, month: int, day: int) -> date:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(translate("ImportValues", "Not a real date")) from None


def to_date(value: object, *, day_first: bool = True) -> date | None:
    """A date from a date cell, an Excel serial number or text (ISO, 01/03/2024, 1.3.2024)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, timedelta):
        raise ValueProblem(translate("ImportValues", "A time, not a date"))
    if isinstance(value, bool):
        raise ValueProblem(translate("ImportValues", "Not a date"))
    if isinstance(value, int | float):
        if 1 <= value < 2_958_466:  # Excel serials up to 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueProblem(translate("ImportValues", "Not a date"))
    text = cell_text(value)
    if not text:
        return None
    # A serial number that arrived as text. isdecimal, not isdigit: int() refuses "²⁰²⁴" (and more
    # than 4,300 digits, hence the length).
    if text.isdecimal() and len(text) <= 10 and 20_000 <= int(text) <= 80_000:
        return _EXCEL_EPOCH + timedelta(days=int(text))
    if m := _ISO.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    if m := _YEAR_FIRST.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        day, month = (first, second) if day_first else (second, first)
        return _checked(year, month, day)
    raise ValueProblem(translate("ImportValues", "Not a date (expected e.g. 2024-03-01 or 01/03/2024)"))
