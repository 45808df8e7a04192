"""Meeting requests for training sessions: RFC 5545 / iTIP (RFC 5546) ``.ics`` files.

One file per session, ``METHOD:REQUEST`` with the organiser and every invitee (RSVP), a UID that
never changes and a SEQUENCE the service bumps when the time, place, link, duration or title change:
Outlook, Thunderbird and Google Calendar then update the meeting they hold instead of adding a
second one. A cancelled session gives ``METHOD:CANCEL`` with ``STATUS:CANCELLED``. Times are written
in UTC (``…Z``), which every client converts to its own zone.

The text of the file (line folding, escaping of commas and semicolons, parameters) is left to the
``icalendar`` package.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Final, Protocol

from esn_desk import __version__
from esn_desk.core.errors import UserError
from esn_desk.core.text import clean
from esn_desk.core.training import FORMAT_LABELS, Session

METHODS: Final = ("REQUEST", "CANCEL")
PRODID: Final = f"-//ESN Desk//ESN Desk {__version__}//EN"
_DAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class _Person(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str: ...


Attendee = tuple[str, str] | _Person


def _name_email(attendee: Attendee) -> tuple[str, str]:
    if isinstance(attendee, tuple):
        return clean(attendee[0]), clean(attendee[1])
    return clean(attendee.name), clean(attendee.email)


def _valid_email(email: str) -> bool:
    return email.count("@") == 1 and "." in email.split("@")[1] and " " not in email


def duration_text(minutes: int) -> str:
    """``90`` → ``1 h 30``; ``45`` → ``45 min``; ``120`` → ``2 h``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def when_text(session: Session) -> str:
    """``Wednesday 25 November 2026, 10:00–11:30 (Europe/Paris, UTC+01:00)`` in the session's zone."""
    start, end = session.starts_at, session.ends_at
    day = f"{_DAYS[start.weekday()]} {start.day} {_MONTHS[start.month - 1]} {start.year}"
    end_text = (
        f"{end:%H:%M}" if end.date() == start.date() else f"{_DAYS[end.weekday()]} {end.day} {end:%H:%M}"
    )
    offset = start.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{day}, {start:%H:%M}–{end_text} ({session.timezone}, {utc})"


def _description(session: Session) -> str:
    parts = [session.description.strip()] if session.description.strip() else []
    if session.link:
        parts.append(f"Join: {session.link}")
    if session.place:
        parts.append(f"Place: {session.place}")
    if session.trainer:
        parts.append(f"Trainer: {session.trainer}")
    return "\n\n".join(parts)


def invitation(
    session: Session,
    attendees: Iterable[Attendee],
    organiser_name: str,
    organiser_email: str,
    method: str = "REQUEST",
) -> bytes:
    """The ``.ics`` bytes of ``session`` for ``attendees`` — ``(name, email)`` pairs or objects with
    ``name`` and ``email`` such as enrolments; people without a valid email are left out (an
    invitation cannot reach them)."""
    from icalendar import Calendar, Event, vCalAddress, vText

    if method not in METHODS:
        raise UserError(f"Unknown invitation method “{method}”: use REQUEST or CANCEL.")
    organiser_email = clean(organiser_email)
    if not organiser_email:
        raise UserError("Invitations need an organiser: set the organiser's email in Programme settings.")
    if not _valid_email(organiser_email):
        raise UserError(
            f"“{organiser_email}” is not a valid email address: set the organiser's email in Programme "
            "settings."
        )
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)

    event = Event()
    event.add("uid", session.uid)
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("sequence", session.sequence)
    event.add("dtstart", session.starts_at.astimezone(UTC))
    event.add("dtend", session.ends_at.astimezone(UTC))
    event.add("summary", session.title)
    description = _description(session)
    if description:
        event.add("description", description)
    location = session.place or session.link
    if location:
        event.add("location", location)
    if session.link:
        event.add("url", session.link)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("categories", [session.kind])

    organiser = vCalAddress(f"mailto:{organiser_email}")
    if clean(organiser_name):
        organiser.params["CN"] = vText(clean(organiser_name))
    event.add("organizer", organiser, encode=False)
    seen: set[str] = set()
    for attendee in attendees:
        name, email = _name_email(attendee)
        if not _valid_email(email) or email.lower() in seen:
            continue
        seen.add(email.lower())
        address = vCalAddress(f"mailto:{email}")
        if name:
            address.params["CN"] = vText(name)
        address.params["CUTYPE"] = vText("INDIVIDUAL")
        address.params["ROLE"] = vText("REQ-PARTICIPANT")
        address.params["PARTSTAT"] = vText("NEEDS-ACTION")
        address.params["RSVP"] = vText("TRUE")
        event.add("attendee", address, encode=False)
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def invitation_text(session: Session) -> str:
    """The invitation as plain text to paste in an email or a post: title, when (in the session's
    zone), duration, place and link, description."""
    lines = [("CANCELLED: " if session.cancelled else "") + session.title, ""]
    lines.append(f"When: {when_text(session)}")
    lines.append(f"Duration: {duration_text(session.duration_minutes)}")
    lines.append(f"Format: {FORMAT_LABELS.get(session.format, session.format)}")
    if session.place:
        lines.append(f"Place: {session.place}")
    if session.link:
        lines.append(f"Link: {session.link}")
    if session.trainer:
        lines.append(f"Trainer: {session.trainer}")
    if session.audience:
        lines.append(f"For: {session.audience}")
    if session.sites:
        lines.append(f"Sites: {', '.join(session.sites)}")
    if session.description.strip():
        lines += ["", session.description.strip()]
    return "\n".join(lines) + "\n"
