"""The Kit page: email signatures, laptop stickers, name badges and directory badges for the chosen
ambassadors, and who has received what.

The page decides *who* (the active ambassadors, the selection made on the Ambassadors page, or the
active ambassadors who still lack the item of the current tab, narrowed by role and site) and hands
that list to the panel of each item; the panels produce the item and record it as given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QWidget

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.kit.tracking import KitPerson, KitService, role_label
from esn_desk.core.programme import ProgrammeService
from esn_desk.core.settings import SettingsService
from esn_desk.ui import style
from esn_desk.ui.views.base import Page

if TYPE_CHECKING:
    from esn_desk.core.kit.signatures import SignatureService
    from esn_desk.ui.kit.directory_badge_panel import DirectoryBadgePanel
    from esn_desk.ui.kit.signatures import SignaturePanel
    from esn_desk.ui.kit.tracking import KitTrackingTable
    from esn_desk.ui.printing.label_panel import LabelPanel

WHO_ACTIVE, WHO_SELECTION, WHO_LACKING = "active", "selection", "lacking"
# Tab order: the item each tab produces (None: the tracking table).
TAB_ITEMS: tuple[str | None, ...] = ("signature", "stickers", "name_badge", "directory_badge", None)


class KitPage(Page):
    """Signals: ``changed()`` after kit items were recorded (the window refreshes the roster)."""

    key = "kit"
    title = QT_TRANSLATE_NOOP("Pages", "Visibility kit")
    icon_name = "badge-account-horizontal-outline"
    changed = Signal()

    def __init__(
        self,
        kit: KitService,
        signatures: Callable[[], SignatureService],
        settings: SettingsService,
        programme: ProgrammeService,
        *,
        selection: Callable[[], list[int]] | None = None,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kit = kit
        self._programme = programme
        self._selection = selection or (lambda: [])
        self.who = QComboBox()
        self.who.setAccessibleName(translate("KitPage", "For whom"))
        self.who.addItem(translate("KitPage", "Active ambassadors"), WHO_ACTIVE)
        self.who.addItem(translate("KitPage", "Selected on the Ambassadors page"), WHO_SELECTION)
        self.who.addItem(translate("KitPage", "Active ambassadors who still lack it"), WHO_LACKING)
        self.role = QComboBox()
        self.role.setAccessibleName(translate("KitPage", "Role"))
        self.site = QComboBox()
        self.site.setAccessibleName(translate("KitPage", "Site"))
        self.count = style.label("", "muted")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # The panels (Jinja2, QtPrintSupport, segno, fonts) are built when the page is first shown:
        # they would otherwise add ~0.2 s to every start-up.
        self._signature_service = signatures
        self._settings = settings
        self._qsettings = qsettings
        self._built = False

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(translate("KitPage", "For")))
        chooser.addWidget(self.who)
        chooser.addWidget(self.role)
        chooser.addWidget(self.site)
        chooser.addWidget(self.count)
        chooser.addStretch()
        outer = self.page_layout()
        outer.addLayout(chooser)
        outer.addWidget(self.tabs, 1)
        self.who.currentIndexChanged.connect(self._choose)
        self.role.currentIndexChanged.connect(self._choose)
        self.site.currentIndexChanged.connect(self._choose)
        self.tabs.currentChanged.connect(self._choose)
        self.invalidate()  # computed when first shown

    def _build(self) -> None:
        from esn_desk.ui.kit.directory_badge_panel import DirectoryBadgePanel
        from esn_desk.ui.kit.signatures import SignaturePanel
        from esn_desk.ui.kit.tracking import KitTrackingTable
        from esn_desk.ui.printing.label_panel import LabelPanel

        kit, settings, programme = self._kit, self._settings, self._programme
        self.signatures: SignaturePanel = SignaturePanel(self._signature_service(), settings, kit)
        self.stickers: LabelPanel = LabelPanel(
            "stickers", settings, kit, programme, qsettings=self._qsettings
        )
        self.badges: LabelPanel = LabelPanel("badges", settings, kit, programme, qsettings=self._qsettings)
        self.directory_badges: DirectoryBadgePanel = DirectoryBadgePanel(settings, kit)
        self.tracking: KitTrackingTable = KitTrackingTable(kit)
        self.tabs.blockSignals(True)
        for widget, text in (
            (self.signatures, translate("KitPage", "Email signatures")),
            (self.stickers, translate("KitPage", "Laptop stickers")),
            (self.badges, translate("KitPage", "Name badges")),
            (self.directory_badges, translate("KitPage", "Directory badges")),
            (self.tracking, translate("KitPage", "Who has what")),
        ):
            self.tabs.addTab(widget, text)
        self.tabs.blockSignals(False)
        for panel in (self.signatures, self.stickers, self.badges, self.directory_badges, self.tracking):
            panel.changed.connect(self._recorded)
        self._built = True

    # -- who ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._built:
            self._build()
        facets = self._programme.roster_facets()
        for combo, facet, everyone in (
            (self.role, "role", translate("KitPage", "All roles")),
            (self.site, "site", translate("KitPage", "All sites")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in facets[facet]:
                shown = role_label(value) if facet == "role" and value else value
                combo.addItem(shown or translate("KitPage", "(not set)"), value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self.tracking.refresh()
        self._choose()

    def current_item(self) -> str | None:
        return TAB_ITEMS[self.tabs.currentIndex()]

    def people(self) -> list[KitPerson]:
        """Who the current tab works for, as chosen at the top of the page."""
        who = self.who.currentData()
        filters = {
            facet: combo.currentData()
            for facet, combo in (("role", self.role), ("site", self.site))
            if combo.currentData() is not None
        }
        if who == WHO_SELECTION:
            return self._kit.people(ambassador_ids=self._selection())
        item = self.current_item()
        return self._kit.people(filters=filters, lacking=item if who == WHO_LACKING and item else None)

    def _choose(self, *_: Any) -> None:
        if not self._built:
            return
        selection = self.who.currentData() == WHO_SELECTION
        tracking = self.tabs.currentWidget() is self.tracking  # it has its own "still lacking" filter
        self.who.setEnabled(not tracking)
        self.role.setEnabled(not selection and not tracking)
        self.site.setEnabled(not selection and not tracking)
        if tracking:
            self.count.setText("")
            return
        people = self.people()
        item = self.current_item()
        if selection and not people:
            self.count.setText(translate("KitPage", "Nobody is selected on the Ambassadors page."))
        elif self.who.currentData() == WHO_LACKING and item:
            self.count.setText(self._lacking_text(item, len(people)))
        else:
            self.count.setText(
                plural(len(people), translate("KitPage", "{n} person"), translate("KitPage", "{n} people"))
            )
        current = self.tabs.currentWidget()
        for panel in (self.signatures, self.stickers, self.badges, self.directory_badges):
            if panel is current:
                panel.set_people(people)

    @staticmethod
    def _lacking_text(item: str, count: int) -> str:
        """ "12 people without an email signature yet" — one sentence per item (articles and
        agreement differ from one item to the next)."""
        if item == "signature":
            one = translate("KitPage", "{n} person without an email signature yet")
            many = translate("KitPage", "{n} people without an email signature yet")
        elif item == "stickers":
            one = translate("KitPage", "{n} person without laptop stickers yet")
            many = translate("KitPage", "{n} people without laptop stickers yet")
        elif item == "name_badge":
            one = translate("KitPage", "{n} person without a name badge yet")
            many = translate("KitPage", "{n} people without a name badge yet")
        else:
            one = translate("KitPage", "{n} person without a directory badge yet")
            many = translate("KitPage", "{n} people without a directory badge yet")
        return plural(count, one, many)

    def stop(self) -> None:
        """Cancel any running print/PDF job (the window is closing)."""
        if not self._built:
            return
        for panel in (self.stickers, self.badges):
            panel.stop()
        self.directory_badges.stop_export()

    def _recorded(self) -> None:
        self.tracking.refresh()
        self._choose()
        self.changed.emit()


__all__ = ["KitPage"]
