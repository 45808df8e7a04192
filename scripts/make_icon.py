"""Regenerate resources/icons/esn-desk.png (and .ico) from the MDI 'account-voice' glyph.

Run: QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""

from pathlib import Path

import qtawesome
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    margin = size * 0.04
    painter.drawRoundedRect(
        QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.22, size * 0.22
    )
    glyph = qtawesome.icon("mdi6.account-voice", color="white").pixmap(int(size * 0.66), int(size * 0.66))
    offset = (size - glyph.width()) // 2
    painter.drawPixmap(offset, offset + int(size * 0.01), glyph)
    painter.end()
    return image


if __name__ == "__main__":
    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    render(256).save(str(OUT / "esn-desk.png"))
    render(256).save(str(OUT / "esn-desk.ico"))
    print("written", OUT)
