"""Help → Privacy and Help → Keyboard shortcuts: a long text to read (and copy), a table of keys.

Both fit the screen they open on: a message box grows with its text until its Close button is off a
768-pixel screen, and lays a two-column table out in a narrow column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.i18n import translate
from esn_desk.ui import style


def _screen_height(widget: QWidget) -> int:
    """The usable height of the screen ``widget`` opens on (its parent's, else the primary one)."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() if screen is not None else 768


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.reject)
    box.accepted.connect(dialog.accept)
    return box


class TextDialog(QDialog):
    """A plain text (paths and names are data: never markup) in a read-only, selectable, scrolling
    area ``width`` pixels wide, as tall as the text needs up to 85 % of the screen's height.

    With ``headings``, the first line of each paragraph (after a blank line) is shown in bold.
    """

    def __init__(
        self,
        title: str,
        text: str,
        *,
        width: int = 680,
        headings: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._text = text
        self.text_view = QTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(text)
        if headings:
            self._bold_headings()
        self.text_view.setFrameShape(QFrame.Shape.NoFrame)
        self.text_view.document().setDocumentMargin(10)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_view.setAccessibleName(title)
        self.text_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = _close_buttons(self)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.buttons)
        self._fit(width)

    def text(self) -> str:
        """The text as given (``toPlainText`` turns no-break spaces into spaces)."""
        return self._text

    def _bold_headings(self) -> None:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        block = self.text_view.document().firstBlock()
        after_blank = True
        while block.isValid():
            if after_blank and block.text().strip():
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(bold)
            after_blank = not block.text().strip()
            block = block.next()

    def _fit(self, width: int) -> None:
        margins = self._layout.contentsMargins()
        chrome = (
            margins.top()
            + margins.bottom()
            + self._layout.spacing()
            + self.buttons.sizeHint().height()
            + 2 * self.text_view.frameWidth()
        )
        most = int(_screen_height(self) * 0.85)
        document = self.text_view.document()
        text_width = width - margins.left() - margins.right() - 2 * self.text_view.frameWidth()
        document.setTextWidth(text_width)  # no scroll bar if it all fits…
        wanted = int(document.size().height()) + chrome + 4
        if wanted > most:  # …else it scrolls in a window as tall as the screen allows
            wanted = most
        document.setTextWidth(-1)  # the view lays the text out at its own width from now on
        self.text_view.setMinimumHeight(min(160, wanted - chrome))
        self.resize(width, wanted)


class ShortcutsDialog(QDialog):
    """Two columns, what and which key, each line on one line; sized to its content (scrolling only
    on a screen too small for it)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Shortcut")]
        )
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bold = style.bold(self.table.font())
        for row, (name, key) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            key_item = QTableWidgetItem(key)
            key_item.setFont(bold)
            self.table.setItem(row, 1, key_item)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, self.table.columnWidth(1) + 16)  # not against the scroll bar
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 10)
        self._columns_width = sum(self.table.columnWidth(c) for c in range(2))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = _close_buttons(self)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._fit()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter or Escape closes; the table still scrolls with the wheel

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]

    def _fit(self) -> None:
        table = self.table
        margins = self._layout.contentsMargins()
        frame = 2 * table.frameWidth()
        columns = self._columns_width
        scrollbar = table.verticalScrollBar().sizeHint().width()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        width = columns + frame + scrollbar + 24 + margins.left() + margins.right()
        chrome = (
            margins.top()
            + margins.bottom()
            + self._layout.spacing()
            + self.buttons.sizeHint().height()
            + table.horizontalHeader().sizeHint().height()
            + frame
        )
        height = min(rows + chrome + 2, int(_screen_height(self) * 0.85))
        self.resize(width, height)
