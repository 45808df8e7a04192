"""Texts of Qt's own widgets that Qt's French catalogue lacks, for ``pyside6-lupdate`` to collect.

Where the desktop offers no native file dialog (some Linux desktops), Qt draws its own, and the
``qtbase_fr.qm`` shipped with PySide6 6.11 has no French for a few of its texts: “&Look in:”,
“Files of &type:” and the kind of a folder in its Type column. Listed here under Qt's own contexts
and source texts, they land in our ``.ts``; the ``.qm`` built from it then answers for them, since
Qt asks every installed translator (``esn_desk.ui.i18n`` installs ours beside Qt's) until one knows
a text. Their French is in ``resources/translations/fr/qt.json``.

Nothing imports this module: it only needs to exist for ``pyside6-lupdate``. To check which texts
are still missing, load ``qtbase_fr.qm`` in a QTranslator and ask it for each with ``translate``.
"""

from __future__ import annotations

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate

# QFileDialog's form (src/widgets/dialogs/qfiledialog.ui): the labels of the folder and type boxes.
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def _file_kinds() -> tuple[str, ...]:
    """The Type column of the file list (QAbstractFileIconProvider::type). Never called: some carry
    a disambiguation, which only a ``translate`` call can give ``pyside6-lupdate``."""
    return (
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        translate("QAbstractFileIconProvider", "Alias", "macOS Finder"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File"),
        translate("QAbstractFileIconProvider", "Unknown"),
    )
