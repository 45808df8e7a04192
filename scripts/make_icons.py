"""Render the Material Design icons the app uses (via qtawesome's MDI font) to white PNG masks.

The app tints these masks at run time for the light or dark palette, so it does not load
qtawesome and its ten icon fonts at start-up (~150 ms). Run after adding an icon name:

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py
"""

from pathlib import Path

import qtawesome
from PySide6.QtWidgets import QApplication

ICONS = (
    "account-group",
    "account-search",
    "cog-outline",
    "database-import-outline",
    "file-plus-outline",
    "filter-off",
    "folder-open-outline",
    "information-outline",
    "keyboard-outline",
    "magnify",
    "microsoft-excel",
    "undo",
    "redo",
    "account-star",
    "account-plus",
    "content-copy",
    "check",
    "check-all",
    "play",
    "pause",
    "close-circle-outline",
    "exit-run",
    "view-dashboard-outline",
    "trophy-outline",
    "lightbulb-on-outline",
    "calendar-check",
    "plus",
    "pencil-outline",
    "delete-outline",
    "open-in-new",
    "format-list-bulleted",
    "account-multiple-plus-outline",
    "chart-line",
    "badge-account-horizontal-outline",
    "school-outline",
    "calendar-month-outline",
    "calendar-export",
    "calendar-remove-outline",
    "account-remove-outline",
    "file-import-outline",
    "file-pdf-box",
    "backup-restore",
    "content-save-outline",
    "alert-outline",
)
SIZE = 64
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "mdi"

if __name__ == "__main__":
    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ICONS:
        qtawesome.icon(f"mdi6.{name}", color="white").pixmap(SIZE, SIZE).save(str(OUT / f"{name}.png"))
    print(f"{len(ICONS)} icons written to {OUT}")
