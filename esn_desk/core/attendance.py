"""Who attended a training session, read from a Microsoft Teams attendance report or a Zoom
participants report, and written to the session's enrolments.

Three steps, each usable on its own:

* :func:`parse_report` reads the file as the meeting tool wrote it (Teams: UTF-16 with tabs and
  numbered sections, English or French headers, or the older one-table "User Action" export; Zoom:
  comma CSV with an optional meeting preamble, one row per re-join) into a :class:`Report` with one
  :class:`Participant` per person, re-joins merged.
* :func:`match` pairs participants with people of the directory (email first, then a unique name),
  sets the organiser, guests and note-taking bots aside, and applies the attendance threshold.
* :class:`AttendanceService` looks the candidates up in the programme file and writes the outcome to
  ``enrolment`` in one transaction, with an ``attendance_import`` row recording what was done.

No Qt here: the CLI, the tests and the Training page all call the same code.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import clean, fold

Kind = Literal["teams", "zoom"]
Role = Literal["organizer", "presenter", "attendee", ""]

DEFAULT_THRESHOLD: Final = 0.5
MAX_REPORT_BYTES: Final = 50 * 1024 * 1024  # a 1,000-person webinar's report is well under 1 MB

# -- what the files say ----------------------------------------------------------------------------


def _vocabulary(spec: str) -> dict[str, str]:
    """``meaning: synonym | synonym…`` lines (continued on indented lines) → synonym → meaning."""
    out: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", spec.strip()):
        meaning, _, words = block.partition(":")
        for word in words.split("|"):
            if word.strip():
                out[" ".join(word.split())] = meaning.strip()
    return out


# Column titles (folded: lower case, no accents) → what the column holds. Teams localises its headers
# and changes their capitalisation between versions; Zoom renamed some columns over the years.
_COLUMNS: Final = _vocabulary("""
name: name | full name | display name | participant name | name (original name) | nom | nom complet
    | nom d'affichage | nom du participant | nom (nom d'origine) | nom (nom original)
    | user name (original name)
email: email | e-mail | email address | e-mail address | user email | adresse e-mail | courriel
    | adresse de messagerie | e-mail de l'utilisateur
upn: participant id (upn) | upn | id de participant (upn) | id du participant (upn)
first_join: first join | first join time | premiere participation | premiere arrivee | premiere connexion
    | heure de premiere participation
last_leave: last leave | last leave time | dernier depart | derniere deconnexion | heure du dernier depart
duration: in-meeting duration | in meeting duration | duration | attendance duration | duree
    | duree de la reunion | duree dans la reunion | duree en reunion | duree de participation
duration_minutes: duration (minutes) | total duration (minutes) | duree (minutes) | duree (min)
    | duree totale (minutes) | time in session (minutes) | duree de la session (minutes)
join_time: join time | heure d'arrivee | heure de participation | heure de connexion | heure d'entree
leave_time: leave time | heure de depart | heure de deconnexion | heure de sortie
role: role
action: user action | action | action de l'utilisateur | action utilisateur
timestamp: timestamp | horodatage | date et heure
guest: guest | invite | invitee | is guest
waiting_room: in waiting room | dans la salle d'attente
""")

# Summary lines (Teams "1. Summary", Zoom's preamble) → what they give.
_SUMMARY: Final = _vocabulary("""
title: meeting title | title | topic | titre de la reunion | titre | sujet | rubrique
start: start time | meeting start time | actual start time | heure de debut
    | heure de debut de la reunion | debut de la reunion
end: end time | meeting end time | heure de fin | heure de fin de la reunion | fin de la reunion
""")

_ROLES: Final = _vocabulary("""
organizer: organizer | organiser | co-organizer | co-organiser | organisateur | organisatrice
    | coorganisateur | co-organisateur | host | co-host | hote | co-hote
presenter: presenter | presentateur | presentatrice | panelist
attendee: attendee | participant | participante | invite
""")

_JOINED: Final = frozenset(("joined", "joined before", "a rejoint", "a rejoint avant", "rejoint", "arrivee"))
_LEFT: Final = frozenset(("left", "a quitte", "quitte", "depart"))

# "(Guest)", "(External)", "(Unverified)" and their French forms, at the end of a Teams display name.
_GUEST_MARK: Final = re.compile(
    r"\s*[(\[](?:guest|invit[ée]e?|external|externe|unverified|non v[ée]rifi[ée]e?|visitor|"
    r"visiteur|visiteuse|anonymous|anonyme)[)\]]\s*$",
    re.IGNORECASE,
)
# Note-taking and recording assistants that join meetings as participants.
_BOT_NAME: Final = re.compile(
    r"otter\.ai|\botter assistant\b|fireflies|read\.ai|\bread ai\b|note[- ]?taker|meeting recorder|"
    r"\brecorder\b|\bcopilot\b|\btl;?dv\b|\bfathom\b|\bavoma\b|\bsembly\b|\bmeetgeek\b|\btactiq\b|"
    r"\bkrisp\b|\bjamie\b.*\bnotes?\b|\bgong\b.*\brecorder\b|\bbot\b|\bpreneur de notes\b|"
    r"\bprise de notes\b|\benregistreur\b"
)
_BOT_DOMAINS: Final = frozenset(
    (
        "otter.ai",
        "fireflies.ai",
        "read.ai",
        "tldv.io",
        "fathom.video",
        "avoma.com",
        "sembly.ai",
        "meetgeek.ai",
    )
)

_SECTION: Final = re.compile(r"^\s*\d+\s*[.)]\s*\S")
_DURATION_PART: Final = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(hours?|hrs?|heures?|h|minutes?|mins?|mn|m|seconds?|secondes?|secs?|s)(?![a-z])"
)
_CLOCK: Final = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")
_ISO_TIME: Final = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ tT](\d{1,2}):(\d{2})(?::(\d{2}))?")
_DMY_TIME: Final = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4}),?\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$"
)


@dataclass(frozen=True)
class Participant:
    """One person in a report, all their joins merged.

    ``seconds`` is the time they were in the meeting (the report's own figure where it gives one);
    ``names`` holds the display name first, then any other name they appeared under (Zoom's original
    name, a rename between joins).
    """

    name: str
    email: str = ""
    seconds: int = 0
    role: Role = ""
    guest: bool = False
    bot: bool = False
    joins: int = 1
    first_join: datetime | None = None
    last_leave: datetime | None = None
    names: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        """Whole minutes, rounded to the nearest (29 s is 0 min, 30 s is 1 min)."""
        return (self.seconds + 30) // 60

    @property
    def key(self) -> str:
        """Stable identity in this report, used by the UI to pass manual matches back."""
        return self.email or "name:" + fold(self.name)


@dataclass(frozen=True)
class Report:
    kind: Kind
    participants: tuple[Participant, ...]
    file_name: str = ""
    title: str = ""
    started_at: datetime | None = None
    ended_at: datetime | None = None
    warnings: tuple[str, ...] = ()

    @property
    def kind_label(self) -> str:
        if self.kind == "teams":
            return translate("Attendance", "Teams attendance report")
        return translate("Attendance", "Zoom participants report")


# -- reading bytes ---------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        head = data[:2000]
        if head and head[1::2].count(0) > len(head) // 4:  # UTF-16LE without its BOM
            text = data.decode("utf-16-le", errors="replace")
        elif head and head[0::2].count(0) > len(head) // 4:
            text = data.decode("utf-16-be", errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
    if "\x00" in text or text.count("\ufffd") > max(20, len(text) // 100):
        raise UserError(
            translate(
                "Attendance",
                "“{name}” is damaged or not a text file: it cannot be read as an attendance report. "
                "Download the report again from Teams (the meeting's Attendance tab) or Zoom "
                "(Reports › Usage › Participants) and import that file as it is.",
            ).format(name=name)
        )
    return text


_BINARY_KINDS: Final = (
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Attendance", "an Excel workbook (or another zip file)")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("Attendance", "a legacy Office file")),
    (b"%PDF", QT_TRANSLATE_NOOP("Attendance", "a PDF")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("Attendance", "a database")),
)


def _sniff_binary(data: bytes, name: str) -> None:
    for magic, what in _BINARY_KINDS:
        if data.startswith(magic):
            raise UserError(
                translate(
                    "Attendance",
                    "“{name}” is {what}, not an attendance report. Import the .csv file Teams downloads "
                    "from the meeting's Attendance tab, or the CSV Zoom exports from Reports › Usage › "
                    "Participants (if you opened it in Excel, import the original download instead).",
                ).format(name=name, what=translate("Attendance", what))
            )


def _header_key(cell: str) -> str:
    return fold(clean(cell).replace("\ufeff", "").replace("’", "'").rstrip(":").strip('"'))


def _rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [[clean(c.replace("\ufeff", "")) for c in row] for row in reader]
    except csv.Error:
        return []


@dataclass
class _Table:
    kind: str  # participants (Teams), activities (Teams), legacy (Teams), zoom
    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)

    def get(self, row: list[str], column: str) -> str:
        index = self.columns.get(column)
        return row[index] if index is not None and index < len(row) else ""


def _classify(cells: list[str]) -> _Table | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        canonical = _COLUMNS.get(_header_key(cell))
        if canonical and canonical not in columns:
            columns[canonical] = index
    if "name" not in columns or len(columns) < 2:
        return None
    has = columns.keys()
    if {"action", "timestamp"} <= has:
        kind = "legacy"
    elif "duration_minutes" in has or "guest" in has or "waiting_room" in has:
        kind = "zoom"
    elif {"first_join", "last_leave", "upn"} & has:
        kind = "participants"
    elif {"join_time", "leave_time"} & has:
        kind = "activities"
    elif "duration" in has and ("email" in has or "role" in has):
        kind = "participants"
    else:
        return None
    return _Table(kind, columns)


def _tables(rows: list[list[str]]) -> tuple[list[_Table], dict[str, str]]:
    """Tables (a recognised header and the rows under it) and the summary's key → value lines."""
    tables: list[_Table] = []
    summary: dict[str, str] = {}
    current: _Table | None = None
    pending_keys: list[str] | None = None  # Zoom's preamble: a header row, then one row of values
    for row in rows:
        cells = [c for c in row if c]
        if not cells:
            current = None
            continue
        table = _classify(row)
        if table is not None:
            tables.append(table)
            current = table
            pending_keys = None
            continue
        if len(cells) == 1 and _SECTION.match(cells[0]):
            current = None
            continue
        if current is not None:
            current.rows.append(row)
            continue
        keys = [_SUMMARY.get(_header_key(c), "") for c in row]
        if pending_keys is not None:
            for key, value in zip(pending_keys, row, strict=False):
                if key and value:
                    summary.setdefault(key, value)
            pending_keys = None
        elif sum(1 for k in keys if k) >= 2 or {"meeting id", "webinar id"} & {_header_key(c) for c in row}:
            pending_keys = keys
        elif len(cells) == 2 and keys[0]:
            summary.setdefault(keys[0], row[1] if len(row) > 1 else "")
    return tables, summary


def parse_duration(text: str) -> int | None:
    """Seconds in ``1h 27m 51s``, ``27m 5s``, ``45s``, ``1 h 27 min 51 s`` or ``1:27:51``; None if
    the text is not a duration."""
    value = fold(text)
    if not value:
        return None
    clock = _CLOCK.match(value)
    if clock:
        a, b, c = int(clock.group(1)), int(clock.group(2)), clock.group(3)
        return a * 3600 + b * 60 + int(c) if c is not None else a * 60 + b
    total = 0.0
    end = 0
    for part in _DURATION_PART.finditer(value):
        if value[end : part.start()].strip(" ,"):
            return None
        number = float(part.group(1).replace(",", "."))
        unit = part.group(2)[0]
        total += number * (3600 if unit == "h" else 60 if unit == "m" else 1)
        end = part.end()
    if end == 0 or value[end:].strip(" ,"):
        return None
    return round(total)


def _minutes(text: str) -> int | None:
    try:
        value = float(clean(text).replace(",", "."))
    except ValueError:
        return None
    return round(value * 60) if math.isfinite(value) and value >= 0 else None


def _normal_time(text: str) -> str:
    return " ".join(clean(text).replace(",", " ").lower().split())


def _month_first(samples: Iterable[str]) -> bool:
    """Whether ``a/b/yyyy`` dates in this file are month-first: known from any day above 12, else
    from a 12-hour clock (US Teams and Zoom), else day-first (European exports)."""
    twelve_hour = False
    for text in samples:
        m = _DMY_TIME.match(_normal_time(text))
        if not m:
            continue
        first, second = int(m.group(1)), int(m.group(2))
        if first > 12:
            return False
        if second > 12:
            return True
        twelve_hour = twelve_hour or bool(m.group(7))
    return twelve_hour


def parse_time(text: str, month_first: bool) -> datetime | None:
    """A report's local date-time (``7/22/26, 7:02:11 PM``, ``22/07/2026 19:02:11``, ISO…)."""
    value = _normal_time(text)
    if not value:
        return None
    try:
        m = _ISO_TIME.match(value)
        if m:
            y, mo, d, hh, mm = (int(g) for g in m.groups()[:5])
            return datetime(y, mo, d, hh, mm, int(m.group(6) or 0))
        m = _DMY_TIME.match(value)
        if not m:
            return None
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (a, b) if month_first else (b, a)
        year = y + 2000 if y < 100 else y
        hour, minute, second = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        if m.group(7) == "p" and hour < 12:
            hour += 12
        elif m.group(7) == "a" and hour == 12:
            hour = 0
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


@dataclass
class _Entry:
    """One row of a report (a join, or a Teams participant line) before merging."""

    name: str
    email: str
    role: Role
    guest: bool
    seconds: int | None
    start: datetime | None
    end: datetime | None
    names: list[str]
    joins: int = 1


def _split_name(raw: str, zoom: bool) -> tuple[str, list[str], bool]:
    """Display name, other names to try, and whether a guest marker was on it."""
    name = clean(raw)
    guest = False
    while m := _GUEST_MARK.search(name):
        guest = True
        name = name[: m.start()].rstrip()
    others: list[str] = []
    paren = re.match(r"^(.*?)\s*\(([^()]+)\)$", name)
    if paren and paren.group(1):
        outer, inner = paren.group(1).strip(), paren.group(2).strip()
        if zoom:  # "Name (Original Name)": the renamed display name, then the account's own name
            others = [inner, outer]
        else:  # "Durand, Anne (Finance)": a department or site after the name
            others = [outer]
    return name, others, guest


def _email_of(email: str, upn: str) -> tuple[str, bool]:
    """The participant's address and whether Teams marks them as external (``#EXT#`` in the UPN)."""
    email = clean(email).lower()
    upn = clean(upn).lower()
    external = "#ext#" in upn or "#ext#" in email
    if external:
        source = email if "@" in email and "#ext#" not in email else upn.split("#ext#")[0]
        if "@" not in source and "_" in source:  # anne_partner.com#EXT#@tenant → anne@partner.com
            head, _, domain = source.rpartition("_")
            source = f"{head}@{domain}"
        return (source if "@" in source else ""), True
    if "@" in email:
        return email, False
    return (upn if "@" in upn else ""), False


_RANKED_ROLES: Final[tuple[Role, ...]] = ("organizer", "presenter", "attendee")


def _role(text: str) -> Role:
    role = _ROLES.get(fold(text), "attendee" if text.strip() else "")
    return role if role in ("organizer", "presenter", "attendee") else ""  # type: ignore[return-value]


def _is_bot(name: str, email: str) -> bool:
    domain = email.rpartition("@")[2]
    return bool(_BOT_NAME.search(fold(name))) or domain in _BOT_DOMAINS


def _span(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None or end < start:
        return None
    return int((end - start).total_seconds())


def _total_seconds(entries: Sequence[_Entry]) -> int:
    """Time in the meeting over several joins: the sum of each join's time, or the union of the
    intervals when two joins overlap (a laptop and a phone at once count once)."""
    intervals: list[tuple[datetime, datetime]] = []
    for e in entries:
        if e.start is not None and e.end is not None and e.end >= e.start:
            intervals.append((e.start, e.end))
    if len(intervals) == len(entries) > 1:
        intervals.sort()
        if any(b[0] < a[1] for a, b in itertools.pairwise(intervals)):
            total = timedelta()
            cur_start, cur_end = intervals[0]
            for start, end in intervals[1:]:
                if start <= cur_end:
                    cur_end = max(cur_end, end)
                else:
                    total += cur_end - cur_start
                    cur_start, cur_end = start, end
            total += cur_end - cur_start
            return int(total.total_seconds())
    total_seconds = 0
    for e in entries:
        seconds = e.seconds if e.seconds is not None else _span(e.start, e.end)
        total_seconds += seconds or 0
    return total_seconds


def _merge(entries: Sequence[_Entry]) -> list[Participant]:
    """One participant per email address, else per name; a join without an email under the name of
    someone who has one is theirs (the same person joining from a phone or a browser)."""
    groups: dict[str, list[_Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.email or "name:" + fold(entry.name), []).append(entry)
    by_name: dict[str, list[str]] = {}
    for key, group in groups.items():
        if not key.startswith("name:"):
            for n in {fold(group[0].name), *(fold(x) for x in group[0].names)}:
                by_name.setdefault(n, []).append(key)
    for key in [k for k in groups if k.startswith("name:")]:
        owners = by_name.get(key[5:], [])
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(key))
    out: list[Participant] = []
    for key, group in groups.items():
        first = group[0]
        names: list[str] = []
        for e in group:
            for n in (e.name, *e.names):
                if n and n not in names:
                    names.append(n)
        starts = [e.start for e in group if e.start]
        ends = [e.end for e in group if e.end]
        roles = {e.role for e in group}
        role: Role = next((r for r in _RANKED_ROLES if r in roles), "")
        out.append(
            Participant(
                name=first.name or (names[0] if names else key),
                email="" if key.startswith("name:") else key,
                seconds=_total_seconds(group),
                role=role,
                guest=any(e.guest for e in group),
                bot=any(_is_bot(n, key if "@" in key else "") for n in names or [key]),
                joins=sum(e.joins for e in group),
                first_join=min(starts) if starts else None,
                last_leave=max(ends) if ends else None,
                names=tuple(names),
            )
        )
    out.sort(key=lambda p: fold(p.name))
    return out


def _entries(table: _Table, month_first: bool, zoom: bool, warnings: list[str]) -> list[_Entry]:
    entries: list[_Entry] = []
    for row in table.rows:
        raw_name = table.get(row, "name")
        email, external = _email_of(table.get(row, "email"), table.get(row, "upn"))
        if not raw_name and not email:
            continue
        if fold(table.get(row, "waiting_room")) in ("yes", "oui"):
            continue  # Zoom: time spent in the waiting room, not in the meeting
        name, others, marked = _split_name(raw_name or email, zoom)
        start = parse_time(table.get(row, "first_join") or table.get(row, "join_time"), month_first)
        end = parse_time(table.get(row, "last_leave") or table.get(row, "leave_time"), month_first)
        seconds: int | None
        if "duration_minutes" in table.columns:
            seconds = _minutes(table.get(row, "duration_minutes"))
        else:
            seconds = parse_duration(table.get(row, "duration"))
        text = table.get(row, "duration_minutes") or table.get(row, "duration")
        if seconds is None and text:
            warnings.append(
                translate(
                    "Attendance",
                    "{name}: the duration “{text}” was not understood; the join times were used.",
                ).format(name=name, text=text)
            )
        guest = marked or external or fold(table.get(row, "guest")) in ("yes", "oui", "true", "1")
        entries.append(_Entry(name, email, _role(table.get(row, "role")), guest, seconds, start, end, others))
    return entries


def _legacy_entries(table: _Table, month_first: bool) -> list[_Entry]:
    """The 2020–2021 Teams export: one line per "Joined" / "Left" event, paired up here."""
    events: list[tuple[str, datetime, bool]] = []
    for row in table.rows:
        name = table.get(row, "name")
        when = parse_time(table.get(row, "timestamp"), month_first)
        action = fold(table.get(row, "action"))
        if not name or when is None:
            continue
        if action in _JOINED or action.startswith("joined") or action.startswith("a rejoint"):
            events.append((name, when, True))
        elif action in _LEFT or action.startswith("left") or action.startswith("a quitte"):
            events.append((name, when, False))
    if not events:
        return []
    meeting_end = max(e[1] for e in events)
    open_at: dict[str, datetime] = {}
    entries: list[_Entry] = []
    for raw_name, when, joined in sorted(events, key=lambda e: e[1]):
        name, others, guest = _split_name(raw_name, zoom=False)
        key = fold(name)
        if joined:
            open_at.setdefault(key, when)
        elif key in open_at:
            start = open_at.pop(key)
            entries.append(_Entry(name, "", "", guest, None, start, when, others))
    for raw_name, _when, joined in events:
        name, others, guest = _split_name(raw_name, zoom=False)
        key = fold(name)
        if joined and key in open_at:
            start = open_at.pop(key)  # still in the meeting when the report was downloaded
            entries.append(_Entry(name, "", "", guest, None, start, meeting_end, others))
    return entries


def parse_report(source: str | Path | bytes, *, file_name: str = "") -> Report:
    """Read a Teams attendance report or a Zoom participants report (either is detected from the
    bytes, not the file name). Raises :class:`UserError` for anything else."""
    if isinstance(source, bytes):
        data, name = source, file_name or translate("Attendance", "The report")
    else:
        path = Path(source)
        name = file_name or path.name
        try:
            if path.stat().st_size > MAX_REPORT_BYTES:
                raise UserError(
                    translate(
                        "Attendance", "“{name}” is too large to be an attendance report (over 50 MB)."
                    ).format(name=name)
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError(
                translate("Attendance", "There is no file at {path}.").format(path=path)
            ) from None
        except IsADirectoryError:
            raise UserError(
                translate("Attendance", "{path} is a folder, not an attendance report.").format(path=path)
            ) from None
        except OSError as exc:
            raise UserError(
                translate("Attendance", "Cannot read {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
    if not data.strip(b"\x00\r\n\t \xff\xfe\xef\xbb\xbf"):
        raise UserError(
            translate("Attendance", "“{name}” is empty: download the attendance report again.").format(
                name=name
            )
        )
    _sniff_binary(data, name)
    text = _decode(data, name)

    tables: list[_Table] = []
    summary: dict[str, str] = {}
    for delimiter in ("\t", ",", ";"):
        tables, summary = _tables(_rows(text, delimiter))
        if tables:
            break
    if not tables:
        raise UserError(
            translate(
                "Attendance",
                "“{name}” is not a Teams attendance report or a Zoom participants report: no list of "
                "participants was found in it (Teams: a table with Name, First Join, Last Leave, In-Meeting "
                "Duration…; Zoom: Name (Original Name), User Email, Join Time…). Download the report again "
                "from the meeting's Attendance tab in Teams, or from Reports › Usage › Participants in Zoom, "
                "and import that file unchanged.",
            ).format(name=name)
        )

    kinds = {t.kind for t in tables}
    zoom = "zoom" in kinds
    samples = [
        table.get(row, col)
        for table in tables
        for row in table.rows
        for col in ("first_join", "last_leave", "join_time", "leave_time", "timestamp")
    ] + [summary.get("start", ""), summary.get("end", "")]
    month_first = _month_first(samples)
    warnings: list[str] = []

    entries: list[_Entry] = []
    if zoom:
        for table in tables:
            if table.kind == "zoom":
                entries += _entries(table, month_first, True, warnings)
    elif "participants" in kinds:
        for table in tables:
            if table.kind == "participants":
                entries += _entries(table, month_first, False, warnings)
        activities = [
            e for t in tables if t.kind == "activities" for e in _entries(t, month_first, False, [])
        ]
        if activities:  # fill durations the Participants table lacks from the joins and leaves
            by_key: dict[str, list[_Entry]] = {}
            for e in activities:
                by_key.setdefault(e.email or fold(e.name), []).append(e)
            for e in entries:
                joins = by_key.get(e.email or fold(e.name))
                if joins:
                    e.joins = len(joins)
                    if e.seconds is None:
                        e.seconds = _total_seconds(joins)
    elif "activities" in kinds:
        for table in tables:
            if table.kind == "activities":
                entries += _entries(table, month_first, False, warnings)
    else:
        for table in tables:
            if table.kind == "legacy":
                entries += _legacy_entries(table, month_first)

    participants = _merge(entries)
    if not participants:
        raise UserError(
            translate(
                "Attendance",
                "“{name}” has the headers of an attendance report but no participant in it: was the "
                "report downloaded before anyone joined? Download it again after the meeting.",
            ).format(name=name)
        )
    host = _zoom_host(text) if zoom else ""
    if host:
        participants = [replace(p, role="organizer") if p.email == host else p for p in participants]
    return Report(
        kind="zoom" if zoom else "teams",
        participants=tuple(participants),
        file_name=name,
        title=summary.get("title", ""),
        started_at=parse_time(summary.get("start", ""), month_first),
        ended_at=parse_time(summary.get("end", ""), month_first),
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _zoom_host(text: str) -> str:
    """The host's address from Zoom's meeting preamble (its "User Email" is the host's)."""
    rows = _rows(text, ",")
    for index, row in enumerate(rows[:-1]):
        keys = [_header_key(c) for c in row]
        if "meeting id" in keys and "user email" in keys:
            values = rows[index + 1]
            position = keys.index("user email")
            if position < len(values) and "@" in values[position]:
                return values[position].strip().lower()
    return ""


# -- matching participants with people -------------------------------------------------------------


class SessionInfo(Protocol):
    """What matching needs from a training session (TrainingService's Session has it)."""

    @property
    def id(self) -> int: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def trainer(self) -> str: ...


@dataclass(frozen=True)
class SessionRow:
    """A session as this module reads it from ``training_session`` (also what the signature sheet
    prints)."""

    id: int
    title: str
    starts_at: datetime
    duration_minutes: int
    place: str = ""
    link: str = ""
    trainer: str = ""
    format: str = "webinar"


@dataclass(frozen=True)
class Candidate:
    """A person of the directory a participant may be."""

    person_id: int
    email: str
    name: str
    name_keys: tuple[str, ...] = ()
    enrolled: bool = False
    active: bool = True


class Directory:
    """The people a report is matched against, looked up by address and by folded name."""

    def __init__(self, people: Iterable[Candidate], org_domains: Iterable[str] = ()) -> None:
        self.by_email: dict[str, list[Candidate]] = {}
        self.by_name: dict[str, list[Candidate]] = {}
        self.by_id: dict[int, Candidate] = {}
        for person in people:
            self.by_id[person.person_id] = person
            if person.email:
                self.by_email.setdefault(person.email.lower(), []).append(person)
            for key in {fold(person.name), *person.name_keys} - {""}:
                self.by_name.setdefault(key, []).append(person)
        self.org_domains = {d.lower() for d in org_domains} | {e.rpartition("@")[2] for e in self.by_email}

    @staticmethod
    def _pick(found: Sequence[Candidate]) -> Candidate | list[Candidate] | None:
        """The one person, or the candidates when it is ambiguous: someone enrolled in the session
        wins over namesakes who are not, then someone still employed over someone who left."""
        unique = list({c.person_id: c for c in found}.values())
        if len(unique) <= 1:
            return unique[0] if unique else None
        for flag in ("enrolled", "active"):
            kept = [c for c in unique if getattr(c, flag)]
            if len(kept) == 1:
                return kept[0]
            if kept:
                unique = kept
        return unique

    def find_email(self, email: str) -> Candidate | list[Candidate] | None:
        return self._pick(self.by_email.get(email.lower(), [])) if email else None

    def find_name(self, participant: Participant) -> Candidate | list[Candidate] | None:
        found: list[Candidate] = []
        for key in name_keys(participant):
            found += self.by_name.get(key, [])
            if found:  # the display name first; other names only if it finds nobody
                break
        return self._pick(found)

    def is_external(self, email: str) -> bool:
        return bool(email) and email.rpartition("@")[2] not in self.org_domains


def name_keys(participant: Participant) -> list[str]:
    """Folded forms of a participant's names, in the order they are tried (``Durand, Anne`` is also
    tried as ``anne durand``)."""
    keys: list[str] = []
    for name in participant.names or (participant.name,):
        forms = [name]
        if "," in name:
            last, _, first = name.partition(",")
            forms.append(f"{first} {last}")
        for form in forms:
            key = fold(form)
            if key and key not in keys:
                keys.append(key)
    return keys


Outcome = Literal["attended", "below_threshold", "unmatched", "guest", "bot", "organizer"]


@dataclass(frozen=True)
class Match:
    participant: Participant
    person_id: int
    email: str  # the person's address in the directory
    name: str  # the person's name in the directory
    matched_by: Literal["email", "name", "manual"]
    seconds: int
    attended: bool
    enrolled: bool

    @property
    def minutes(self) -> int:
        return (self.seconds + 30) // 60

    @property
    def label(self) -> str:
        return self.email or self.name


@dataclass(frozen=True)
class Unmatched:
    participant: Participant
    candidates: tuple[Candidate, ...] = ()  # namesakes when the name was ambiguous


@dataclass(frozen=True)
class AttendanceResult:
    session_id: int
    kind: Kind
    file_name: str
    threshold: float
    required_seconds: int
    matches: tuple[Match, ...]
    unmatched: tuple[Unmatched, ...]
    guests: tuple[Participant, ...]
    bots: tuple[Participant, ...]
    organizers: tuple[Participant, ...]
    not_in_report: tuple[Candidate, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def attended(self) -> list[Match]:
        return [m for m in self.matches if m.attended]

    @property
    def below_threshold(self) -> list[Match]:
        return [m for m in self.matches if not m.attended]

    def to_json(self) -> dict[str, Any]:
        """The summary stored with the import and printed by ``training attendance --json``."""

        def person(m: Match) -> dict[str, Any]:
            return {
                "person_id": m.person_id,
                "name": m.name,
                "email": m.email,
                "minutes": m.minutes,
                "matched_by": m.matched_by,
                "report_name": m.participant.name,
                "enrolled": m.enrolled,
            }

        def who(p: Participant) -> dict[str, Any]:
            return {"name": p.name, "email": p.email, "minutes": p.minutes}

        return {
            "session_id": self.session_id,
            "kind": self.kind,
            "file_name": self.file_name,
            "threshold": self.threshold,
            "required_minutes": math.ceil(self.required_seconds / 60),
            "matched": [m.label for m in self.matches],
            "attended": [m.label for m in self.attended],
            "below_threshold": [m.label for m in self.below_threshold],
            "unmatched": [u.participant.name for u in self.unmatched],
            "guests": [p.name for p in self.guests],
            "bots": [p.name for p in self.bots],
            "organizers": [p.name for p in self.organizers],
            "not_in_report": [c.email or c.name for c in self.not_in_report],
            "people": [person(m) for m in self.matches],
            "unmatched_details": [
                who(u.participant) | {"candidates": [c.person_id for c in u.candidates]}
                for u in self.unmatched
            ],
            "guest_details": [who(p) for p in self.guests],
            "warnings": list(self.warnings),
        }


def _combined(parts: Sequence[Participant]) -> int:
    """One person under two participants (a work account and a phone with another name): their
    times add up, unless the two were in the meeting at the same moment (then the longer counts)."""
    if len(parts) == 1:
        return parts[0].seconds
    spans: list[tuple[datetime, datetime]] = []
    for p in parts:
        if p.first_join is not None and p.last_leave is not None:
            spans.append((p.first_join, p.last_leave))
    spans.sort()
    if len(spans) == len(parts) and any(b[0] < a[1] for a, b in itertools.pairwise(spans)):
        return max(p.seconds for p in parts)
    return sum(p.seconds for p in parts)


def _is_trainer(participant: Participant, trainer: str) -> bool:
    trainer_key = fold(trainer)
    if not trainer_key:
        return False
    if participant.email and participant.email == trainer.strip().lower():
        return True
    return trainer_key in name_keys(participant)


def match(
    report: Report,
    session: SessionInfo,
    directory: Directory,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    manual: Mapping[str, int] | None = None,
) -> AttendanceResult:
    """Pair the report's participants with people and decide who attended.

    ``manual`` maps :attr:`Participant.key` to a person id chosen by the user; it wins over
    everything (a guest account the user knows is a colleague's). Otherwise: note-taking bots and
    the organiser (the report's organiser, or the session's trainer) are set aside; a participant is
    matched by address (any case), then by a name that designates one person (preferring people
    enrolled in the session); guests — marked so by Teams or Zoom, or with an address outside the
    organisation — are listed, not matched. A matched person attended if they were in the meeting
    for at least ``threshold`` of the session's duration.
    """
    if not 0 < threshold <= 1:
        raise UserError(
            translate(
                "Attendance", "The attendance threshold must be a share between 0 and 1 (got {threshold})."
            ).format(threshold=f"{threshold:g}")
        )
    manual = dict(manual or {})
    required = math.ceil(threshold * session.duration_minutes * 60)
    found: dict[int, tuple[Candidate, list[Participant], str]] = {}
    unmatched: list[Unmatched] = []
    guests: list[Participant] = []
    bots: list[Participant] = []
    organizers: list[Participant] = []
    for p in report.participants:
        how: str
        hit: Candidate | list[Candidate] | None = None
        if p.key in manual:
            person_id = manual[p.key]
            hit = directory.by_id.get(person_id) or Candidate(person_id, "", p.name)
            how = "manual"
        elif p.bot:
            bots.append(p)
            continue
        elif p.role == "organizer" or _is_trainer(p, session.trainer):
            organizers.append(p)
            continue
        else:
            hit, how = directory.find_email(p.email), "email"
            if hit is None and directory.is_external(p.email):
                guests.append(p)
                continue
            if hit is None:
                hit, how = directory.find_name(p), "name"
                # Zoom calls "guest" anyone not signed in, colleagues on a browser included: a guest
                # bearing the name of someone enrolled is them; any other guest stays a guest.
                if p.guest and not (isinstance(hit, Candidate) and hit.enrolled):
                    guests.append(p)
                    continue
        if isinstance(hit, Candidate):
            entry = found.setdefault(hit.person_id, (hit, [], how))
            entry[1].append(p)
        else:
            unmatched.append(Unmatched(p, tuple(hit or ())))
    matches: list[Match] = []
    for person, parts, how in found.values():
        seconds = _combined(parts)
        main = max(parts, key=lambda x: x.seconds)
        matches.append(
            Match(
                participant=main,
                person_id=person.person_id,
                email=person.email,
                name=person.name or main.name,
                matched_by=how,  # type: ignore[arg-type]
                seconds=seconds,
                attended=seconds >= required,
                enrolled=person.enrolled,
            )
        )
    matches.sort(key=lambda m: fold(m.name))
    people = sorted(directory.by_id.values(), key=lambda c: fold(c.name))
    missing = tuple(c for c in people if c.enrolled and c.person_id not in found)
    return AttendanceResult(
        session_id=session.id,
        kind=report.kind,
        file_name=report.file_name,
        threshold=threshold,
        required_seconds=required,
        matches=tuple(matches),
        unmatched=tuple(unmatched),
        guests=tuple(guests),
        bots=tuple(bots),
        organizers=tuple(organizers),
        not_in_report=missing,
        warnings=report.warnings,
    )


# -- the programme file ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetPerson:
    """A line of a signature sheet."""

    person_id: int
    name: str
    email: str
    site: str
    department: str
    status: str


@dataclass(frozen=True)
class ImportRecord:
    id: int
    session_id: int
    file_name: str
    kind: Kind
    imported_at: str
    summary: dict[str, Any]


def _session_time(text: str, zone: str) -> datetime:
    when = datetime.fromisoformat(text)
    try:
        tz = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    if when.tzinfo is None:
        return when.replace(tzinfo=tz) if tz else when.astimezone()
    return when.astimezone(tz) if tz else when


class AttendanceService:
    """Attendance imports: reads the session and candidates, writes enrolments and the import log.

    Owns every write an attendance report makes to ``enrolment`` and ``attendance_import``.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def session(self, session_id: int) -> SessionRow:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id, title, starts_at, timezone, duration_minutes, place, link, trainer, format"
                " FROM training_session WHERE id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            raise UserError(
                translate("Attendance", "There is no training session number {id}.").format(id=session_id)
            )
        return SessionRow(
            id=row[0],
            title=row[1],
            starts_at=_session_time(row[2], row[3]),
            duration_minutes=row[4],
            place=row[5],
            link=row[6],
            trainer=row[7],
            format=row[8],
        )

    def directory(self, session_id: int, report: Report, person_ids: Iterable[int] = ()) -> Directory:
        """The people the report's participants could be: the session's enrolled people, everyone
        with one of the report's addresses, and everyone bearing one of its names (found in SQL on
        the pre-folded name columns, so a 100,000-person directory is not loaded)."""
        emails = sorted({p.email for p in report.participants if p.email})
        ids = sorted(set(person_ids))
        keys = sorted({k for p in report.participants for k in name_keys(p)})
        select = (
            "SELECT p.id, coalesce(p.email, ''), p.full_name, p.sort_key,"
            " substr(p.search_key, 1, instr(p.search_key || ' | ', ' | ') - 1), p.status,"
            " e.person_id IS NOT NULL"
            " FROM person p LEFT JOIN enrolment e ON e.person_id = p.id AND e.session_id = ?"
        )
        rows: dict[int, tuple[Any, ...]] = {}
        with self._db.read() as conn:
            for row in conn.execute(select + " WHERE e.person_id IS NOT NULL", (session_id,)):
                rows[row[0]] = row
            for start in range(0, max(len(emails), 1), 400):
                chunk = emails[start : start + 400]
                if chunk:
                    marks = ",".join("?" * len(chunk))
                    sql = select + f" WHERE lower(p.email) IN ({marks})"
                    for row in conn.execute(sql, (session_id, *chunk)):
                        rows[row[0]] = row
            for start in range(0, len(ids), 400):
                chunk_ids = ids[start : start + 400]
                sql = select + f" WHERE p.id IN ({','.join('?' * len(chunk_ids))})"
                for row in conn.execute(sql, (session_id, *chunk_ids)):
                    rows[row[0]] = row
            for start in range(0, max(len(keys), 1), 400):
                chunk = keys[start : start + 400]
                if chunk:
                    marks = ",".join("?" * len(chunk))
                    sql = (
                        select + f" WHERE p.sort_key IN ({marks}) OR substr(p.search_key, 1,"
                        f" instr(p.search_key || ' | ', ' | ') - 1) IN ({marks})"
                    )
                    for row in conn.execute(sql, (session_id, *chunk, *chunk)):
                        rows[row[0]] = row
            domains = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT lower(substr(email, instr(email, '@') + 1)) FROM person"
                    " WHERE email LIKE '%@%'"
                )
            ]
        people = [
            Candidate(
                person_id=r[0],
                email=r[1].lower(),
                name=r[2],
                name_keys=tuple(k for k in (r[3], r[4]) if k),
                enrolled=bool(r[6]),
                active=r[5] == "active",
            )
            for r in rows.values()
        ]
        return Directory(people, domains)

    def preview(
        self,
        session_id: int,
        report: Report,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        manual: Mapping[str, int] | None = None,
    ) -> AttendanceResult:
        """What :meth:`apply` would record, without writing anything."""
        session = self.session(session_id)
        manual = dict(manual or {})
        directory = self.directory(session_id, report, manual.values())
        unknown = sorted(set(manual.values()) - set(directory.by_id))
        if unknown:
            raise UserError(
                translate(
                    "Attendance", "There is no person number {id} in the directory to match with."
                ).format(id=unknown[0])
            )
        return match(report, session, directory, threshold=threshold, manual=manual)

    def apply(
        self,
        session_id: int,
        report: Report,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        manual: Mapping[str, int] | None = None,
    ) -> AttendanceResult:
        """Record the report: in one transaction, each matched person's minutes and status (attended,
        or absent when below the threshold; people not enrolled are added), and an
        ``attendance_import`` row with the summary. Importing the same report again changes nothing.

        A status set by hand is kept when the report would lower it (someone ticked as attended in
        the room of a hybrid session, or excused): only their minutes are recorded.
        """
        result = self.preview(session_id, report, threshold=threshold, manual=manual)
        now = datetime.now().isoformat(timespec="seconds")
        with self._db.write() as conn:
            existing = {
                row[0]: (row[1], row[2])
                for row in conn.execute(
                    "SELECT person_id, status, source FROM enrolment WHERE session_id = ?", (session_id,)
                )
            }
            for m in result.matches:
                status = "attended" if m.attended else "absent"
                before = existing.get(m.person_id)
                if before is None:
                    conn.execute(
                        "INSERT INTO enrolment (session_id, person_id, status, minutes, source, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (session_id, m.person_id, status, m.minutes, report.kind, now),
                    )
                elif status == "absent" and (before == ("attended", "manual") or before[0] == "excused"):
                    conn.execute(  # what the user recorded by hand stands; the minutes are added
                        "UPDATE enrolment SET minutes = ?, updated_at = ?"
                        " WHERE session_id = ? AND person_id = ?",
                        (m.minutes, now, session_id, m.person_id),
                    )
                else:
                    conn.execute(
                        "UPDATE enrolment SET status = ?, minutes = ?, source = ?, updated_at = ?"
                        " WHERE session_id = ? AND person_id = ?",
                        (status, m.minutes, report.kind, now, session_id, m.person_id),
                    )
            conn.execute(
                "INSERT INTO attendance_import (session_id, file_name, kind, imported_at, summary)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    session_id,
                    report.file_name,
                    report.kind,
                    now,
                    json.dumps(result.to_json(), ensure_ascii=False),
                ),
            )
        return result

    def imports(self, session_id: int) -> list[ImportRecord]:
        """The reports imported for a session, newest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, session_id, file_name, kind, imported_at, summary FROM attendance_import"
                " WHERE session_id = ? ORDER BY id DESC",
                (session_id,),
            ).fetchall()
        return [ImportRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}")) for r in rows]

    def sheet_people(
        self, session_id: int, statuses: Sequence[str] = ("registered", "invited", "attended")
    ) -> list[SheetPerson]:
        """The people to print on a session's signature sheet, in directory order (last name)."""
        if not statuses:
            return []
        marks = ",".join("?" * len(statuses))
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT p.id, p.full_name, coalesce(p.email, ''), p.site, p.department, e.status"
                f" FROM enrolment e JOIN person p ON p.id = e.person_id"
                f" WHERE e.session_id = ? AND e.status IN ({marks}) ORDER BY p.sort_key, p.id",
                (session_id, *statuses),
            ).fetchall()
        return [SheetPerson(*r) for r in rows]


__all__ = [
    "DEFAULT_THRESHOLD",
    "AttendanceResult",
    "AttendanceService",
    "Candidate",
    "Directory",
    "Match",
    "Participant",
    "Report",
    "SessionInfo",
    "SessionRow",
    "SheetPerson",
    "Unmatched",
    "match",
    "name_keys",
    "parse_duration",
    "parse_report",
    "parse_time",
]
