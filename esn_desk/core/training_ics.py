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
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import clean
from esn_desk.core.training import Session, format_label

METHODS: Final = ("REQUEST", "CANCEL")
PRODID: Final = f"-//ESN Desk//ESN Desk {__version__}//EN"
# The core has no QLocale: day and month names are translated like any other text.
_DAYS: Final = (
    QT_TRANSLATE_NOOP("TrainingInvitation", "Monday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Tuesday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Wednesday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Thursday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Friday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Saturday"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "Sunday"),
)
_MONTHS: Final = (
    QT_TRANSLATE_NOOP("TrainingInvitation", "January"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "February"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "March"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "April"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "May"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "June"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "July"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "August"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "September"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "October"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "November"),
    QT_TRANSLATE_NOOP("TrainingInvitation", "December"),
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
        return translate("TrainingInvitation", "{minutes} min").format(minutes=rest)
    if rest:
        return translate("TrainingInvitation", "{hours} h {minutes}").format(
            hours=hours, minutes=f"{rest:02d}"
        )
    return translate("TrainingInvitation", "{hours} h").format(hours=hours)


def when_text(session: Session) -> str:
    """``Wednesday 25 November 2026, 10:00–11:30 (Europe/Paris, UTC+01:00)`` in the session's zone."""
    start, end = session.starts_at, session.ends_at
    offset = start.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    if end.date() == start.date():
        text = translate(
            "TrainingInvitation", "{weekday} {day} {month} {year}, {start}–{end} ({zone}, {offset})"
        )
    else:
        text = translate(
            "TrainingInvitation",
            "{weekday} {day} {month} {year}, {start}–{end_weekday} {end_day} {end} ({zone}, {offset})",
        )
    return text.format(
        weekday=translate("TrainingInvitation", _DAYS[start.weekday()]),
        day=start.day,
        month=translate("TrainingInvitation", _MONTHS[start.month - 1]),
        year=start.year,
        start=f"{start:%H:%M}",
        end_weekday=translate("TrainingInvitation", _DAYS[end.weekday()]),
        end_day=end.day,
        end=f"{end:%H:%M}",
        zone=session.timezone,
        offset=utc,
    )


def _description(session: Session) -> str:
    parts = [session.description.strip()] if session.description.strip() else []
    if session.link:
        parts.append(translate("TrainingInvitation", "Join: {link}").format(link=session.link))
    if session.place:
        parts.append(translate("TrainingInvitation", "Place: {place}").format(place=session.place))
    if session.trainer:
        parts.append(translate("TrainingInvitation", "Trainer: {trainer}").format(trainer=session.trainer))
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
        raise UserError(
            translate(
                "TrainingInvitation", "Unknown invitation method “{method}”: use REQUEST or CANCEL."
            ).format(method=method)
        )
    organiser_email = clean(organiser_email)
    if not organiser_email:
        raise UserError(
            translate(
                "TrainingInvitation",
                "Invitations need an organiser: set the organiser's email in Programme settings.",
            )
        )
    if not _valid_email(organiser_email):
        raise UserError(
            translate(
                "TrainingInvitation",
                "“{email}” is not a valid email address: set the organiser's email in Programme settings.",
            ).format(email=organiser_email)
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
    title = (
        translate("TrainingInvitation", "CANCELLED: {title}").format(title=session.title)
        if session.cancelled
        else session.title
    )
    lines = [title, ""]
    lines.append(translate("TrainingInvitation", "When: {when}").format(when=when_text(session)))
    lines.append(
        translate("TrainingInvitation", "Duration: {duration}").format(
            duration=duration_text(session.duration_minutes)
        )
    )
    lines.append(
        translate("TrainingInvitation", "Format: {format}").format(format=format_label(session.format))
    )
    if session.place:
        lines.append(translate("TrainingInvitation", "Place: {place}").format(place=session.place))
    if session.link:
        lines.append(translate("TrainingInvitation", "Link: {link}").format(link=session.link))
    if session.trainer:
        lines.append(translate("TrainingInvitation", "Trainer: {trainer}").format(trainer=session.trainer))
    if session.audience:
        lines.append(translate("TrainingInvitation", "For: {audience}").format(audience=session.audience))
    if session.sites:
        lines.append(translate("TrainingInvitation", "Sites: {sites}").format(sites=", ".join(session.sites)))
    if session.description.strip():
        lines += ["", session.description.strip()]
    return "\n".join(lines) + "\n"
