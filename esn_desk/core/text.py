"""Text normalisation shared by search, sorting and importing."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose but a French or German user expects to match their ASCII spelling.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
)
_SPACES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "}
    # Control characters (NUL, BEL…) have no place in a name or an address; openpyxl refuses them too.
    | {chr(c): None for c in range(32) if chr(c) not in "\t\n\r"}
    | {"\x7f": None}
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
_NEEDS_CLEANING = re.compile(r"^\s|\s$|\s\s|[^\S ]|[\x00-\x1f\x7f]")


def clean(text: object) -> str:
    """Trim ordinary and non-breaking white space and drop control characters; ``None`` becomes ``""``."""
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    if not _NEEDS_CLEANING.search(value):
        return value  # already clean: no new string (a million cells per import)
    return " ".join(value.translate(_SPACES).split())
