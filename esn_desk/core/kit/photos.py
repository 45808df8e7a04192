"""People's photos for the kit, role colours and output file names (no Qt here).

Photos sit in one folder chosen in the settings, each file named after the person's employee ID or
email address (``E1234.jpg``, ``anne.martin@example.com.png``), in any letter case. The folder is
read once per export (:class:`PhotoIndex`); nothing outside it is ever opened: sub-folders are not
searched, and a symbolic link is used only if it points to a file inside the folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from pathlib import Path
from typing import Final, Protocol

from esn_desk.core.i18n import translate

log = logging.getLogger(__name__)

PHOTO_SUFFIXES: Final = (".jpg", ".jpeg", ".png")
# Beyond this a "photo" is not one (a scan, a video renamed…): decoding it would stall the export.
MAX_PHOTO_BYTES: Final = 40 * 1024 * 1024

# Saturated, mid-dark colours: white text on each stays readable (contrast ≥ 4.5:1), and they stay
# apart from each other on a printed badge.
ROLE_PALETTE: Final = (
    "#c62828",  # red
    "#ad1457",  # raspberry (Community manager)
    "#00695c",  # teal
    "#6a1b9a",  # purple (Mentor)
    "#283593",  # indigo
    "#37474f",  # slate
    "#2e7d32",  # green (Coach)
    "#1565c0",  # blue (Ambassador)
    "#b23c17",  # rust
    "#4e342e",  # brown
)


class PhotoIndex:
    """The photos of one folder, by lower-case file stem (employee ID or email).

    Built once and queried per person: an export of 500 badges lists the folder once. A folder that
    is missing or unreadable gives an empty index (every badge then shows initials).
    """

    def __init__(self, folder: str | os.PathLike[str] | None) -> None:
        self.folder: Path | None = None
        self._by_stem: dict[str, Path] = {}
        if not folder or not str(folder).strip():
            return
        try:
            root = Path(folder).expanduser().resolve(strict=True)
        except (OSError, RuntimeError):
            log.info("photos folder %s not found", folder)
            return
        if not root.is_dir():
            return
        self.folder = root
        try:
            entries = sorted(os.scandir(root), key=lambda e: e.name)
        except OSError as exc:
            log.warning("cannot list the photos folder %s: %s", root, exc)
            return
        for entry in entries:
            path = _photo_file(root, entry)
            if path is None:
                continue
            stem = _key(Path(entry.name).stem)
            # Several files for one person (E1.png and E1.jpg): the first in name order wins, always.
            self._by_stem.setdefault(stem, path)

    def __len__(self) -> int:
        return len(self._by_stem)

    def find(self, employee_id: str = "", email: str = "") -> Path | None:
        """The photo named after ``employee_id``, else after ``email``; None when there is none."""
        for name in (employee_id, email):
            key = _key(name)
            if key and key in self._by_stem:
                return self._by_stem[key]
        return None


def find_photo(folder: str | os.PathLike[str] | None, employee_id: str = "", email: str = "") -> Path | None:
    """One person's photo in ``folder`` (see :class:`PhotoIndex`; use the index for many people)."""
    return PhotoIndex(folder).find(employee_id, email)


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _photo_file(root: Path, entry: os.DirEntry[str]) -> Path | None:
    """``entry`` as a photo to open, or None: wrong type, not a regular file, or outside ``root``."""
    if not entry.name.lower().endswith(PHOTO_SUFFIXES) or entry.name.startswith("."):
        return None
    try:
        if entry.is_symlink():
            target = Path(entry.path).resolve(strict=True)
            if root not in target.parents:
                log.info("photo %s ignored: it links outside the photos folder", entry.name)
                return None
            if not target.is_file():
                return None
            size = target.stat().st_size
        else:
            if not entry.is_file(follow_symlinks=False):
                return None
            size = entry.stat(follow_symlinks=False).st_size
    except (OSError, RuntimeError):
        return None
    if size == 0 or size > MAX_PHOTO_BYTES:
        return None
    return Path(entry.path)


# -- colours ------------------------------------------------------------------------------------------
def role_color(role: str) -> str:
    """A colour of :data:`ROLE_PALETTE` for ``role`` (``#rrggbb``), the same on every machine and run.

    Derived from the role's name (not its position in the programme's list), so a role keeps its colour
    when others are added or removed; the default roles all get different colours.
    """
    key = " ".join(role.split()).casefold()
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return ROLE_PALETTE[int.from_bytes(digest[:4], "big") % len(ROLE_PALETTE)]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (0 black … 1 white); an unreadable value counts as black."""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
        return 0.0
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def text_color_on(background: str) -> str:
    """White or near-black, whichever contrasts more with ``background`` (a pale brand colour needs
    dark text)."""
    lum = luminance(background)
    on_white = 1.05 / (lum + 0.05)
    on_dark = (lum + 0.05) / (luminance("#1b1b1f") + 0.05)
    return "#ffffff" if on_white >= on_dark else "#1b1b1f"


# -- file names ---------------------------------------------------------------------------------------
class _Named(Protocol):
    @property
    def full_name(self) -> str: ...

    @property
    def employee_id(self) -> str: ...

    @property
    def email(self) -> str: ...

    @property
    def ambassador_id(self) -> int: ...


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)


def safe_file_part(text: str, *, limit: int = 80) -> str:
    """``text`` usable in a file name on Windows, macOS and Linux: no path separators or reserved
    characters, no leading dot, no trailing dot or space, not a reserved device name, at most ``limit``
    characters. May be empty."""
    cleaned = " ".join(_FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text)).split())
    cleaned = cleaned.lstrip(". ")[:limit].rstrip(". ")
    if cleaned.split(".")[0].casefold() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def badge_file_name(person: _Named, suffix: str = ".png") -> str:
    """``Anne Martin (E1234).png``: the name, then the employee ID (else the email, else the ambassador
    number) so two namesakes never overwrite each other."""
    name = safe_file_part(person.full_name) or translate("KitPhotos", "Ambassador")
    ident = safe_file_part(person.employee_id, limit=60) or safe_file_part(person.email, limit=80)
    return f"{name} ({ident or f'#{person.ambassador_id}'}){suffix}"


__all__ = [
    "MAX_PHOTO_BYTES",
    "PHOTO_SUFFIXES",
    "ROLE_PALETTE",
    "PhotoIndex",
    "badge_file_name",
    "find_photo",
    "luminance",
    "role_color",
    "safe_file_part",
    "text_color_on",
]
