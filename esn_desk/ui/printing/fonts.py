"""The font of everything we print: Noto Sans (SIL OFL 1.1), shipped in ``resources/fonts``.

Registered with Qt at first use so that a PDF embeds it and looks the same on every machine (a
system font would differ from one computer to the next, and may lack accents). Registration must
happen on the GUI thread, before any worker thread draws.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtGui import QFontDatabase

from esn_desk.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FALLBACK_FAMILY = "Sans Serif"
_lock = threading.Lock()
_family: str | None = None


def print_family() -> str:
    """The family name to draw with ("Noto Sans"), registering the bundled files once; a missing or
    unreadable file is logged and the system's sans-serif font used instead."""
    global _family
    with _lock:
        if _family is not None:
            return _family
        families: list[str] = []
        for name in FONT_FILES:
            path = resource_path("fonts", name)
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id < 0:
                log.warning("could not load the print font %s", path)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else FALLBACK_FAMILY
        return _family


__all__ = ["FONT_FILES", "print_family"]
