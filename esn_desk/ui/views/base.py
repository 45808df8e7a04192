"""What the main window expects of a capability page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from esn_desk.core.i18n import translate
from esn_desk.ui import style


class Page(QWidget):
    """A page of the main window. Subclasses set ``key``, ``title`` and ``icon_name``."""

    key = ""
    title = ""  # QT_TRANSLATE_NOOP("Pages", …): shown as translate("Pages", title)
    icon_name = ""
    _stale = False

    def refresh(self) -> None:
        """Reload what the page shows from the store (data changed elsewhere)."""

    def invalidate(self) -> None:
        """Data changed: reload now if the page is on screen, otherwise the next time it is shown
        (hidden pages must not slow start-up or every edit down)."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def save_state(self, settings: QSettings) -> None:
        """Remember splitter sizes, column widths… under ``settings`` (already in a group)."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` wrote."""

    def focus_search(self) -> None:
        """Put the keyboard focus in the page's search box, if it has one."""

    def page_layout(self, *heading_widgets: QWidget) -> QVBoxLayout:
        """The frame every page shares: margins, its title, ``heading_widgets`` on the right of it."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(style.SPACING)
        heading = QHBoxLayout()
        heading.addWidget(style.label(translate("Pages", self.title), "page-title"))
        heading.addStretch()
        for widget in heading_widgets:
            heading.addWidget(widget)
        outer.addLayout(heading)
        return outer


class DetailPanel(QFrame):
    """The details of the selected row, beside a table: scrolls vertically, values wrap."""

    def __init__(self, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.setMinimumWidth(min_width)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # values wrap instead
        outer.addWidget(scroll)
        self.scroll_area = scroll
        self.body = QWidget()
        scroll.setWidget(self.body)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(18, 18, 18, 18)
        self._fit_timer = QTimer(self)  # owned by the panel: never fires after it is gone
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_now)

    def fit(self) -> None:
        """Give the content the height its wrapped lines need at the width it really has.

        QScrollArea sizes its content from a height-for-width computed at whatever width the panel
        had when the text was set (a hidden page has none): re-ask once the layout has settled.
        """
        self._fit_timer.start()

    def _fit_now(self) -> None:
        width = self.scroll_area.viewport().width()
        layout = self.body_layout
        layout.invalidate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.body.setMinimumHeight(max(height, layout.totalMinimumSize().height()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class EmptyState(QWidget):
    """A friendly, centred 'nothing here yet — here is what to do' panel."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(style.icon(icon_name, color=style.ACCENT).pixmap(72, 72))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.icon_label)
        self.title_label = style.label(title, "empty-title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.title_label)
        self.text_label = style.label(text, "muted")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label.setMaximumWidth(520)
        # A word-wrapped label between stretches would shrink to a narrow column.
        self.text_label.setMinimumWidth(440)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.text_label)
        row.addStretch()
        outer.addLayout(row)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addStretch()
        outer.addSpacing(style.SPACING)
        outer.addLayout(self.buttons)
        outer.addStretch(3)

    def add_button(self, text: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setProperty("role", "primary")
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
