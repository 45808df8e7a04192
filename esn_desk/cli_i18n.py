"""The command line's language: the app's, without a window.

Which language (:func:`choose`): ``--lang fr|en`` when given; else the choice made in the app
(View → Language, stored as ``language`` in ``settings.ini``, read here without Qt); else the
system's, found the way Qt's ``QLocale.system()`` finds it for the window (``LC_ALL``, then
``LC_MESSAGES``, then ``LANG``; on Windows the user's display language; on macOS without those
variables, ``QLocale.system()`` itself).

French (:func:`install`) loads the app's ``esn_desk_fr.qm`` in a ``QTranslator`` and calls its
``translate`` directly: no ``QCoreApplication`` is needed, and ``PySide6.QtCore`` is imported only
then (about 0.1 s), so an English command starts as fast as before. argparse's own words (“usage:”,
“options”, its error messages) go through gettext: :func:`argparse_words` routes them through the
same translation while the parser is built and runs.
"""

from __future__ import annotations

import argparse
import codecs
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from esn_desk import paths
from esn_desk.core import i18n as core_i18n
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
SETTING = "language"  # the key the app stores (esn_desk.ui.i18n.SETTING)
QM_ENV = "ESN_DESK_QM"  # a .qm built elsewhere, as for the app (scripts/update_translations.py --out DIR)

# argparse's own user-visible words (Python 3.11+), passed to gettext by argparse.
ARGPARSE_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("CommandLineParser", "usage: "),
        QT_TRANSLATE_NOOP("CommandLineParser", "positional arguments"),
        QT_TRANSLATE_NOOP("CommandLineParser", "options"),
        QT_TRANSLATE_NOOP("CommandLineParser", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CommandLineParser", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        QT_TRANSLATE_NOOP("CommandLineParser", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("CommandLineParser", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("CommandLineParser", "expected one argument"),
        QT_TRANSLATE_NOOP("CommandLineParser", "expected at most one argument"),
        QT_TRANSLATE_NOOP("CommandLineParser", "expected at least one argument"),
        QT_TRANSLATE_NOOP("CommandLineParser", "expected %s argument"),
        QT_TRANSLATE_NOOP("CommandLineParser", "expected %s arguments"),
        QT_TRANSLATE_NOOP("CommandLineParser", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("CommandLineParser", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CommandLineParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    )
)


def language_option(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (also ``--lang=fr`` and argparse's abbreviations ``--la fr``),
    read before the parser is built: its help texts must already be in that language."""
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        if len(name) < 3 or not "--lang".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        if value in LANGUAGES:
            return value
    return None


def stored_choice(settings_file: Path) -> str:
    """``"system"``, ``"fr"`` or ``"en"``: what the app stored in its settings file (``[General]``
    ``language=fr``, written by QSettings' INI format), without loading Qt."""
    try:
        text = settings_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "system"
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, equals, value = line.partition("=")
        if equals and section == "General" and key.strip() == SETTING:
            value = value.strip().strip('"')
            return value if value in LANGUAGES else "system"
    return "system"


def system_language() -> str:
    """``"fr"`` or ``"en"``: the system's language, as the app's window finds it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    if sys.platform == "win32":
        import ctypes

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return "fr" if language_id & 0x3FF == 0x0C else "en"  # LANG_FRENCH, any country
    if sys.platform == "darwin":
        from PySide6.QtCore import QLocale

        return "fr" if QLocale.system().language() == QLocale.Language.French else "en"
    return "en"


def choose(argv: Sequence[str]) -> str:
    """``"fr"`` or ``"en"`` for this run: ``--lang``, else the app's choice, else the system's."""
    option = language_option(argv)
    if option:
        return option
    try:
        stored = stored_choice(paths.settings_path())
    except OSError:  # no user data folder can be created: nothing was stored either
        stored = "system"
    return stored if stored in LANGUAGES else system_language()


def install(language: str) -> str:
    """Make :func:`esn_desk.core.i18n.translate` answer in ``language``; returns the language used
    (English when the French translation cannot be loaded)."""
    if language != "fr":
        core_i18n.install(None)
        return "en"
    from PySide6.QtCore import QTranslator  # only for French: keeps English start-up free of Qt

    translator = QTranslator()
    qm = os.environ.get(QM_ENV) or str(paths.resource_path("translations", "esn_desk_fr.qm"))
    if not translator.load(qm):
        log.warning("the French translation (%s) is missing: the command line stays in English", qm)
        core_i18n.install(None)
        return "en"

    def french(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translator.translate(context, text, disambiguation, n) or text

    core_i18n.install(french, "fr")
    _tolerate_typography(sys.stdout)
    _tolerate_typography(sys.stderr)
    return "fr"


@contextmanager
def keep_language() -> Iterator[None]:
    """Put back the core's translator as it was (``main`` run inside a test or another program)."""
    saved: tuple[Callable[..., str] | None, str] = (
        getattr(core_i18n, "_translator", None),
        core_i18n.language(),
    )
    try:
        yield
    finally:
        core_i18n.install(saved[0], saved[1])


def _argparse_gettext(message: str) -> str:
    return translate("CommandLineParser", message) if message in ARGPARSE_WORDS else message


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if core_i18n.language() == "fr":
        return _argparse_gettext(singular if n in (0, 1) else plural)
    return _argparse_gettext(singular if n == 1 else plural)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse's own words (“usage:”, “options”, its errors) in the command line's language, while
    the parser is built and parses; argparse's module-level gettext functions are put back after."""
    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = _argparse_gettext, _argparse_ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


# Characters of French typography that a legacy console encoding (Windows' cp1252 when the output
# is redirected to a file) cannot write, and what to write instead.
_FALLBACKS = {"\u202f": ("\u00a0", " "), "\u00a0": (" ",), "\u2019": ("'",), "«": ('"',), "»": ('"',)}


def _typography_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    replaced = []
    for char in error.object[error.start : error.end]:
        for candidate in _FALLBACKS.get(char, ()):
            try:
                candidate.encode(error.encoding)
            except UnicodeEncodeError:
                continue
            replaced.append(candidate)
            break
        else:
            raise error
    return "".join(replaced), error.end


codecs.register_error("esn_desk_typography", _typography_fallback)


def _tolerate_typography(stream: Any) -> None:
    """On a stream that cannot write every character (not UTF-8), write French typography's spaces
    and quotes as their nearest equivalent instead of failing; anything else fails as before."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding in ("utf8", "utf16", "utf32") or not hasattr(stream, "reconfigure"):
        return
    if getattr(stream, "errors", "strict") == "strict":
        with suppress(ValueError, OSError):  # a stream that cannot be reconfigured stays as it is
            stream.reconfigure(errors="esn_desk_typography")


__all__ = ["argparse_words", "choose", "install", "keep_language", "language_option", "system_language"]
