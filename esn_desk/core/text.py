"""Text normalisation shared by search, sorting and importing."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose but a French or German user expects to match their ASCII spelling.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
)
# Line and page breaks separate words: tab, vertical tab, form feed and NEL (U+0085) become spaces
# (\n and \r are white space to str.split()), so "Chef\vde" reads "Chef de", not "Chefde".
_BREAKS = "\t\n\r\x0b\x0c\x85"
_SPACES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " "}
    | {ch: " " for ch in _BREAKS if ch not in "\n\r"}
    # Other control characters — C0 (NUL, BEL…), DEL and C1 (U+0080–U+009F, what a Windows-1252 file
    # read as Latin-1 leaves) — have no place in a name or an address; openpyxl refuses them too.
    | {chr(c): None for c in (*range(32), *range(0x7F, 0xA0)) if chr(c) not in _BREAKS}
)


def fold(text: str | None) -> str:
    """Lower-case, accent-free form of ``text`` used for search and sort keys.

    ``fold("Thérèse Lœuvre")`` is ``"therese loeuvre"``: typing "therese" must find "Thérèse".
    """
    if not text:
        return ""
    if text.isascii():  # most HR values: no accent to strip
        return " ".join(text.lower().split())
    return _fold_unicode(text)


@functools.lru_cache(maxsize=65_536)
def _fold_unicode(text: str) -> str:
    # Cached: sites, departments, job titles and first names repeat across thousands of people.
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


# Anything clean() would change: edge or double spaces, other white space, control characters.
_NEEDS_CLEANING = re.compile(r"^\s|\s$|\s\s|[^\S ]|[\x00-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """Trim ordinary and non-breaking white space and drop control characters; ``None`` becomes ``""``.

    Line breaks, tabs, vertical tabs and form feeds become one space between the words they separate.
    """
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    if not _NEEDS_CLEANING.search(value):
        return value  # already clean: no new string (a million cells per import)
    return " ".join(value.translate(_SPACES).split())
