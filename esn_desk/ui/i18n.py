"""The interface language: French or English, following the system unless the user chose one.

Every user-visible string of the interface goes through ``self.tr()`` / ``QCoreApplication.translate``
and every core message through :func:`esn_desk.core.i18n.translate`; ``pyside6-lupdate`` collects
them into ``resources/translations/esn_desk_fr.ts`` and ``pyside6-lrelease`` compiles the ``.qm``
loaded here (see ``scripts/update_translations.py``). Qt's own French (standard buttons, file
dialogs) comes from the ``qtbase_fr.qm`` shipped with PySide6.

Dates, times and numbers follow the chosen language through ``QLocale.setDefault``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from esn_desk import paths
from esn_desk.core import i18n as core_i18n

log = logging.getLogger(__name__)

SETTING = "language"
CHOICES = ("system", "fr", "en")  # stored in the settings file
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language

_installed: list[QTranslator] = []


def resolve(choice: str | None) -> str:
    """``"fr"`` or ``"en"`` for a stored choice (``"system"``, unknown or missing: the system's)."""
    if choice in ("fr", "en"):
        return str(choice)
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def chosen(settings: QSettings) -> str:
    value = settings.value(SETTING, "system")
    return str(value) if value in CHOICES else "system"


def _qt_translation_folders() -> list[str]:
    """Where Qt's own French may be: Qt's configured folder, else PySide6's (the frozen app's)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
        str(Path(PySide6.__file__).resolve().parent / "translations"),
    ]


def apply(language: str) -> str:
    """Install the translators and default locale of ``language`` (``"fr"``/``"en"``); idempotent."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == "fr":
        ours = QTranslator(app)
        # ESN_DESK_QM: a .qm built elsewhere (scripts/update_translations.py --out DIR), to try a translation.
        qm = os.environ.get("ESN_DESK_QM") or str(paths.resource_path("translations", "esn_desk_fr.qm"))
        if ours.load(qm):
            _installed.append(ours)
        else:
            log.warning("the French translation (esn_desk_fr.qm) is missing: the interface stays in English")
        qt = QTranslator(app)
        for folder in _qt_translation_folders():
            if qt.load("qtbase_fr", folder):
                _installed.append(qt)
                break
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
        log.info(
            "interface in French: %s",
            ", ".join(Path(t.filePath()).name for t in _installed) or "no translation",
        )
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        core_i18n.install(QCoreApplication.translate, "fr")
    else:
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            QLocale.setDefault(system)  # keeps the user's country: 12/25 or 25/12
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        core_i18n.install(None)
    return language
