"""Teams attendance reports and Zoom participants reports made on the fly, byte for byte as the tools
write them (UTF-16LE with a BOM and tabs for Teams; comma CSV for Zoom).

The people are those of :data:`PEOPLE` (the directory the tests load) plus a guest, a note-taking
bot and someone missing from the directory. The session is a 90-minute webinar on 22 July 2026 at
19:00, trained by Claire Vasseur (the meeting's organiser); half of it is 45 minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DOMAIN = "aurore.fr"
SESSION_MINUTES = 90
TRAINER = "Claire Vasseur"

# The directory: (first name, last name, email, site, department)
PEOPLE: list[dict[str, str]] = [
    {"first_name": first, "last_name": last, "email": e, "site": s, "department": d, "country": "France"}
    for first, last, e, s, d in [
        ("Claire", "Vasseur", f"claire.vasseur@{DOMAIN}", "Lyon", "Communication"),
        ("Anne", "Durand", f"anne.durand@{DOMAIN}", "Lyon", "Finance"),
        ("Bob", "Martin", f"bob.martin@{DOMAIN}", "Lyon", "Sales"),
        ("Chloé", "Petit", f"chloe.petit@{DOMAIN}", "Lyon", "Human resources"),
        ("Émile", "Rousseau", f"emile.rousseau@{DOMAIN}", "Lyon", "IT"),
        ("Denis", "Morel", f"denis.morel@{DOMAIN}", "Nantes", "Sales"),
        ("Denis", "Morel", f"denis.morel2@{DOMAIN}", "Paris", "Legal"),  # a namesake
    ]
]


@dataclass(frozen=True)
class Join:
    """One stay in the meeting: who, from when to when (minutes after 19:00), and how they showed."""

    name: str
    email: str
    start: int  # minutes after 19:00:00
    end: int
    role: str = "Attendee"
    seconds: int = 0  # extra seconds on top of the whole minutes

    @property
    def duration_seconds(self) -> int:
        return (self.end - self.start) * 60 + self.seconds


# Anne re-joins after a dropped connection; Bob stays 27 minutes; Chloé joins from her phone with no
# address; Émile's account shows "Rousseau, Émile (IT)"; a partner agency's guest; Otter.ai; someone
# not in the directory; the organiser.
JOINS: list[Join] = [
    Join(TRAINER, f"claire.vasseur@{DOMAIN}", 0, 90, "Organizer", 9),
    Join("Anne Durand", f"Anne.Durand@{DOMAIN}", 2, 40, seconds=11),
    Join("Anne Durand", f"anne.durand@{DOMAIN}", 41, 90, seconds=40),
    Join("Bob Martin", f"BOB.MARTIN@{DOMAIN}", 5, 32, seconds=5),
    Join("Chloé Petit", "", 1, 63),
    Join("Rousseau, Émile (IT)", f"emile.rousseau@{DOMAIN}", 0, 50, "Presenter"),
    Join("Jean Lefort (Guest)", "jean.lefort@agence-partenaire.com", 0, 88),
    Join("Otter.ai", "", 0, 90),
    Join("Xavier Inconnu", f"xavier.inconnu@{DOMAIN}", 10, 70),
]

TEAMS_EN = {
    "summary": "1. Summary",
    "participants": "2. Participants",
    "activities": "3. In-Meeting Activities",
    "title": "Meeting title",
    "attended": "Attended participants",
    "start": "Start time",
    "end": "End time",
    "meeting_duration": "Meeting duration",
    "average": "Average attendance time",
    "p_header": [
        "Name",
        "First Join",
        "Last Leave",
        "In-Meeting Duration",
        "Email",
        "Participant ID (UPN)",
        "Role",
    ],
    "a_header": ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"],
    "roles": {"Organizer": "Organizer", "Presenter": "Presenter", "Attendee": "Attendee"},
}
TEAMS_FR = {
    "summary": "1. Résumé",
    "participants": "2. Participants",
    "activities": "3. Activités dans la réunion",
    "title": "Titre de la réunion",
    "attended": "Participants présents",
    "start": "Heure de début",
    "end": "Heure de fin",
    "meeting_duration": "Durée de la réunion",
    "average": "Durée moyenne de participation",
    "p_header": [
        "Nom",
        "Première participation",
        "Dernier départ",
        "Durée de la réunion",
        "E-mail",
        "ID de participant (UPN)",
        "Rôle",
    ],
    "a_header": ["Nom", "Heure d’arrivée", "Heure de départ", "Durée", "E-mail", "Rôle"],
    "roles": {"Organizer": "Organisateur", "Presenter": "Présentateur", "Attendee": "Participant"},
}


def us_time(minutes: int, seconds: int = 0) -> str:
    """Teams' US format: ``7/22/26, 7:02:11 PM`` (with the narrow no-break space newer builds use)."""
    total = 19 * 3600 + minutes * 60 + seconds
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"7/22/26, {h - 12 if h > 12 else h}:{m:02d}:{s:02d}\u202fPM"


def fr_time(minutes: int, seconds: int = 0) -> str:
    total = 19 * 3600 + minutes * 60 + seconds
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"22/07/2026 {h:02d}:{m:02d}:{s:02d}"


def en_duration(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return " ".join(f"{v}{u}" for v, u in ((h, "h"), (m, "m"), (s, "s")) if v) or "0s"


def fr_duration(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return " ".join(f"{v} {u}" for v, u in ((h, "h"), (m, "min"), (s, "s")) if v) or "0 s"


def _teams_people(joins: Sequence[Join]) -> list[list[Join]]:
    groups: dict[str, list[Join]] = {}
    for j in joins:
        groups.setdefault(j.email.lower() or j.name, []).append(j)
    return list(groups.values())


def teams_report(
    joins: Sequence[Join] = JOINS,
    *,
    french: bool = False,
    encoding: str = "utf-16",
    upper_headers: bool = False,
    with_participant_durations: bool = True,
) -> bytes:
    """A Teams attendance report: "1. Summary", "2. Participants", "3. In-Meeting Activities"."""
    t = TEAMS_FR if french else TEAMS_EN
    when = fr_time if french else us_time
    duration = fr_duration if french else en_duration
    people = _teams_people(joins)
    lines: list[list[str]] = [
        [str(t["summary"])],
        [str(t["title"]), "Viva Engage : prise en main (Lyon)"],
        [str(t["attended"]), str(len(people))],
        [str(t["start"]), when(0, 3)],
        [str(t["end"]), when(90, 12)],
        [str(t["meeting_duration"]), duration(90 * 60 + 9)],
        [str(t["average"]), duration(52 * 60)],
        [],
        [str(t["participants"])],
    ]
    header = list(t["p_header"])
    if upper_headers:
        header = [h.upper() if i % 2 else h.lower() for i, h in enumerate(header)]
    lines.append(header)
    roles: dict[str, str] = t["roles"]  # type: ignore[assignment]
    for group in people:
        first = group[0]
        total = sum(j.duration_seconds for j in group)
        email = first.email
        upn = email if email.endswith(DOMAIN) else ""
        if email and not email.endswith(DOMAIN):  # a guest: Teams shows the tenant's guest UPN
            upn = email.replace("@", "_") + "#EXT#@aurore.onmicrosoft.com"
        lines.append(
            [
                first.name,
                when(first.start),
                when(group[-1].end, group[-1].seconds),
                duration(total) if with_participant_durations else "",
                email,
                upn,
                roles[first.role],
            ]
        )
    lines += [[], [str(t["activities"])], list(t["a_header"])]
    for j in joins:
        lines.append(
            [
                j.name,
                when(j.start),
                when(j.end, j.seconds),
                duration(j.duration_seconds),
                j.email,
                roles[j.role],
            ]
        )
    text = "\r\n".join("\t".join(cells) for cells in lines) + "\r\n"
    if encoding == "utf-16":
        return text.encode("utf-16")  # little-endian with its BOM, as Teams writes it
    if encoding == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode(encoding)


def teams_legacy_report(joins: Sequence[Join] = JOINS) -> bytes:
    """The 2020–2021 Teams download: one table of Joined / Left events."""
    events: list[tuple[int, int, str, str]] = []
    for j in joins:
        events.append((j.start * 60, 0, j.name, "Joined" if j.start else "Joined before"))
        if j.end < 90:
            events.append((j.end * 60 + j.seconds, 1, j.name, "Left"))
    events.sort()
    lines = ["Full Name\tUser Action\tTimestamp"]
    for at, _order, name, action in events:
        lines.append(f"{name}\t{action}\t{us_time(0, at)}")
    lines.append(f"{TRAINER}\tLeft\t{us_time(90, 12)}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-16")


def zoom_time(minutes: int, seconds: int = 0) -> str:
    total = 19 * 3600 + minutes * 60 + seconds
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"07/22/2026 {h - 12:02d}:{m:02d}:{s:02d} PM"


def _csv(cell: str) -> str:
    return f'"{cell}"' if any(c in cell for c in ',"\n') else cell


def zoom_report(joins: Sequence[Join] = JOINS, *, preamble: bool = True, old: bool = False) -> bytes:
    """A Zoom participants report (Reports › Usage › Participants): a row per join, minutes rounded
    up as Zoom does; ``old`` is the older total-per-person layout without join times."""
    lines: list[list[str]] = []
    if preamble:
        lines += [
            [
                "Meeting ID",
                "Topic",
                "Start Time",
                "End Time",
                "User Email",
                "Duration (Minutes)",
                "Participants",
            ],
            [
                "852 1234 5678",
                "Viva Engage, prise en main (Lyon)",
                zoom_time(0),
                zoom_time(90),
                f"claire.vasseur@{DOMAIN}",
                "91",
                str(len(_teams_people(joins))),
            ],
            [],
        ]
    if old:
        lines.append(["Name (Original Name)", "User Email", "Total Duration (Minutes)", "Guest"])
        for group in _teams_people(joins):
            first = group[0]
            total = sum(-(-j.duration_seconds // 60) for j in group)
            guest = "No" if first.email.endswith(DOMAIN) else "Yes"
            lines.append([first.name, first.email, str(total), guest])
    else:
        lines.append(
            ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"]
        )
        for j in joins:
            guest = "No" if j.email.endswith(DOMAIN) else "Yes"
            minutes = -(-j.duration_seconds // 60)  # Zoom rounds each stay up to the minute
            lines.append(
                [j.name, j.email, zoom_time(j.start), zoom_time(j.end, j.seconds), str(minutes), guest]
            )
    return ("\r\n".join(",".join(_csv(c) for c in row) for row in lines) + "\r\n").encode("utf-8-sig")
