"""Translation of the core's user-visible text, without Qt.

The core writes every sentence a user may read (error messages, export headers, badge and
signature texts) as ``translate("Context", "Text with {placeholders}")`` and formats it afterwards
(``.format(...)``), so ``pyside6-lupdate`` finds it like the interface's ``self.tr(...)`` and the
French translation lives in the same ``.ts`` file. Until the application installs Qt's translator
(:func:`install`, done by ``esn_desk.ui.i18n``), ``translate`` returns the English text: the CLI
and the tests speak English unless asked otherwise.

Numbers inside messages use :func:`number` (``1,940`` in English, ``1 940`` in French).
"""

from __future__ import annotations

import errno
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (English when no translator is installed)."""
    if _translator is None:
        return text
    return _translator(context, text, disambiguation, n)


def plural(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated) for ``n``, with ``{n}`` written as a number.

    English uses the singular for 1 only; French for 0 and 1 (« 0 candidature », « 1,5 jour »).
    Use it instead of Qt's ``%n`` forms: ``plural(n, translate("Ctx", "{n} person"),
    translate("Ctx", "{n} people"))``.
    """
    singular = n in (0, 1) if _language == "fr" else n == 1
    return (one if singular else many).replace("{n}", number(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined (a module-level table); returns it unchanged.

    Translate it where it is shown: ``translate(context, text)``.
    """
    return text


def install(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator`` (``QCoreApplication.translate``); None resets."""
    global _translator, _language
    _translator = translator
    _language = language if translator is not None else "en"


def language() -> str:
    """``"fr"`` or ``"en"``: the language :func:`translate` answers in."""
    return _language


def number(value: int | float, decimals: int = 0) -> str:
    """A number written the way the interface language writes it (thousands separator, decimal mark)."""
    text = f"{value:,.{decimals}f}"
    if _language == "fr":
        # French: narrow no-break space between thousands, comma as the decimal mark.
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


# What SQLite and the operating system say, in the interface language (their own text is English).
_SQLITE = {
    "database disk image is malformed": QT_TRANSLATE_NOOP("SystemErrors", "its structure is damaged"),
    "file is not a database": QT_TRANSLATE_NOOP("SystemErrors", "it is not a database"),
    "file is encrypted or is not a database": QT_TRANSLATE_NOOP("SystemErrors", "it is not a database"),
    "unable to open database file": QT_TRANSLATE_NOOP("SystemErrors", "the file cannot be opened"),
    "database is locked": QT_TRANSLATE_NOOP("SystemErrors", "another program is using it"),
    "disk I/O error": QT_TRANSLATE_NOOP("SystemErrors", "the disk could not be read or written"),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP("SystemErrors", "the file is read-only"),
    "database or disk is full": QT_TRANSLATE_NOOP("SystemErrors", "the disk is full"),
}
_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("SystemErrors", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("SystemErrors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("SystemErrors", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("SystemErrors", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("SystemErrors", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("SystemErrors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("SystemErrors", "a part of the path is not a folder"),
    errno.EBUSY: QT_TRANSLATE_NOOP("SystemErrors", "the file is in use"),
}


def system_problem(exc: BaseException) -> str:
    """What went wrong, for a message: SQLite's and the OS's usual errors in the interface language,
    anything else as the library wrote it."""
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return translate("SystemErrors", _ERRNO[exc.errno])
    text = str(exc.strerror) if isinstance(exc, OSError) and exc.strerror else str(exc)
    key = text.strip().rstrip(".")
    return translate("SystemErrors", _SQLITE[key]) if key in _SQLITE else text


__all__ = ["QT_TRANSLATE_NOOP", "install", "language", "number", "plural", "system_problem", "translate"]
