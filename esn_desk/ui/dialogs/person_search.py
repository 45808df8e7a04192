"""Find people in the directory by name, email, site… and pick one or several."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.i18n import translate
from esn_desk.core.people import COLUMNS, DirectoryQuery, PeopleService
from esn_desk.ui import formatting, style

MAX_RESULTS = 200
_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class PersonSearchDialog(QDialog):
    """Type to search (the directory's own search: every word must match); ``chosen()`` gives the
    selected person ids. People who left the company are shown as such, last."""

    def __init__(
        self,
        people: PeopleService,
        *,
        title: str | None = None,
        multiple: bool = True,
        ok_text: str | None = None,
        initial: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``title`` and ``ok_text`` (already translated): "Find people" and "Choose" by default."""
        super().__init__(parent)
        self._people = people
        self.setWindowTitle(title if title is not None else translate("PersonSearchDialog", "Find people"))
        self.setMinimumSize(520, 460)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("PersonSearchDialog", "Name, email, employee ID, site, department…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("PersonSearchDialog", "Search the directory"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("PersonSearchDialog", "People found"))
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(1)
        # Long second lines (email · site · department) wrap within the list: no sideways scrolling.
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.count = style.label("", "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text if ok_text is not None else translate("PersonSearchDialog", "Choose"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.search.setText(initial)
        self.run_search()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.count.setText(
                translate("PersonSearchDialog", "Type a name, an email or a site to find people.")
            )
            self._selection_changed()
            return
        ids = self._people.match_ids(DirectoryQuery(text=text))
        rows = self._people.rows(ids[:MAX_RESULTS])
        ordered = sorted(ids[:MAX_RESULTS], key=lambda i: rows[i][_INDEX["status"]] != "active")
        for person_id in ordered:
            row = rows.get(person_id)
            if row is None:
                continue
            details = [row[_INDEX[k]] for k in ("email", "site", "department") if row[_INDEX[k]]]
            name = str(row[_INDEX["full_name"]] or "")
            if row[_INDEX["status"]] != "active":
                name = translate("PersonSearchDialog", "{name} — left the company").format(name=name)
            item = QListWidgetItem(f"{name}\n{' · '.join(map(str, details))}")
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.results.addItem(item)
        shown = min(len(ids), MAX_RESULTS)
        found = formatting.plural(
            len(ids),
            translate("PersonSearchDialog", "person found"),
            translate("PersonSearchDialog", "people found"),
        )
        if len(ids) > MAX_RESULTS:
            found = translate(
                "PersonSearchDialog", "{found} (the first {shown}: type more to narrow)"
            ).format(found=found, shown=formatting.number(MAX_RESULTS))
        self.count.setText(found if shown else translate("PersonSearchDialog", "Nobody found."))
        self._selection_changed()

    def done(self, result: int) -> None:
        self._timer.stop()  # no search after the dialog is gone (or its programme closed)
        super().done(result)

    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]
