"""Text normalisation shared by search, sorting and importing."""

from __future__ import annotations

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
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean(text: object) -> str:
    """Trim ordinary and non-breaking white space; ``None`` becomes ``""``."""
    if text is None:
        return ""
    return " ".join(str(text).translate(_SPACES).split())
