"""One look for the whole app: Fusion style, the system palette (light or dark), MDI icons.

Colours come from the palette rather than being hard-coded, so every screen stays legible in
both light and dark system themes.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from esn_desk import paths

ACCENT = "#2f6fde"  # the programme blue: sidebar selection, primary buttons, app icon
SPACING = 12


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str, *, color: str | None = None) -> QIcon:
    """A Material Design icon tinted for the current theme (masks in ``resources/icons/mdi``,
    rendered from the MDI set by ``scripts/make_icons.py``)."""
    palette = QGuiApplication.palette()
    tint = color or palette.color(QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    result = QIcon()
    result.addPixmap(_tinted(name, tint), QIcon.Mode.Normal)
    result.addPixmap(_tinted(name, tint), QIcon.Mode.Active)
    result.addPixmap(_tinted(name, tint), QIcon.Mode.Selected)
    result.addPixmap(_tinted(name, disabled), QIcon.Mode.Disabled)
    return result


@functools.lru_cache(maxsize=256)
def _tinted(name: str, color: str) -> QPixmap:
    mask = QPixmap(str(paths.resource_path("icons", "mdi", f"{name}.png")))
    if mask.isNull():
        raise FileNotFoundError(f"no icon named {name!r}: add it to scripts/make_icons.py and run it")
    painter = QPainter(mask)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(mask.rect(), QColor(color))
    painter.end()
    return mask


def app_icon() -> QIcon:
    return QIcon(str(paths.resource_path("icons", "esn-desk.png")))


def warning_color() -> QColor:
    """Amber that stays readable on light and dark backgrounds (leavers, overdue items)."""
    return QColor("#ffb74d") if is_dark() else QColor("#b26a00")


def muted_color() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def dark_palette() -> QPalette:
    """The palette of a dark system theme (Fusion's dark colours), for ``--theme dark``."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3d3d3d",
        QPalette.ColorRole.Mid: "#444444",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#777777"))
    return palette


def apply_theme(app: QApplication, scheme: str | None = None) -> None:
    """Fusion with the system's palette; ``scheme`` "dark"/"light" forces one (screenshots, tests)."""
    app.setStyle("Fusion")
    if scheme == "dark":
        app.setPalette(dark_palette())
    elif scheme == "light":
        app.setPalette(app.style().standardPalette())
    if QLocale.system().language() == QLocale.Language.C:
        # No locale configured (e.g. a bare Linux session): use English conventions, "12,345".
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    palette = app.palette()
    accent = QColor(ACCENT)
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, accent.lighter(140) if is_dark(palette) else accent)
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    # Pin the family the system resolved ("Sans Serif" → e.g. DejaVu Sans): the print font we
    # register later (Noto Sans, for badges) must not change the interface's font half-way.
    font.setFamily(QFontInfo(font).family())
    app.setFont(font)
    app.setStyleSheet(_STYLESHEET)


_STYLESHEET = f"""
QFrame#sidebar {{
    background: palette(base);
    border-right: 1px solid palette(mid);
}}
QListWidget#navigation {{
    border: none;
    background: transparent;
    font-size: 11pt;
    outline: none;
}}
QListWidget#navigation::item {{
    padding: 8px 10px;
    border-radius: 6px;
    margin: 1px 0;
}}
QListWidget#navigation::item:selected {{
    background: {ACCENT};
    color: white;
}}
QLabel[role="brand"] {{ font-size: 13pt; font-weight: 700; }}
QLabel[role="page-title"] {{ font-size: 17pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: palette(placeholder-text); }}
QLabel[role="section"] {{ font-weight: 600; color: palette(placeholder-text); text-transform: uppercase; }}
QLabel[role="empty-title"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="detail-name"] {{ font-size: 15pt; font-weight: 600; }}
QFrame[role="panel"] {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 5px; padding: 6px 16px; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: #2a63c8; }}
QTableView {{ border: 1px solid palette(mid); border-radius: 6px; gridline-color: palette(midlight); }}
QHeaderView::section {{ padding: 4px 6px; font-weight: 600; }}
QLineEdit, QComboBox {{ padding: 4px 6px; }}
"""


def label(
    text: str, role: str | None = None, *, parent: QWidget | None = None, selectable: bool = False
) -> QLabel:
    lbl = QLabel(text, parent)
    if role:
        lbl.setProperty("role", role)
    if selectable:
        lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lbl


def bold(font: QFont) -> QFont:
    font.setBold(True)
    return font
