"""Write (or edit) a case study: title, ambassador, site, business use case, date, status, text or link."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from esn_desk.core.activities import (
    CASE_STATUSES,
    CaseStudyDraft,
    CaseStudyService,
    case_status_label,
    no_case_study,
)
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.programme import ProgrammeService
from esn_desk.ui.dialogs.base import SaveDialog

NOBODY = QT_TRANSLATE_NOOP("CaseStudyDialog", "— nobody in particular —")


class CaseStudyDialog(SaveDialog):
    """New case study (``case_id`` None) or edit one. The ambassador is picked from the active roster;
    picking one fills in their site unless the site was typed by hand."""

    def __init__(
        self,
        case_studies: CaseStudyService,
        programme: ProgrammeService,
        *,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = case_studies
        self.case_id = case_id
        case = case_studies.get(case_id) if case_id is not None else None
        if case_id is not None and case is None:
            raise UserError(no_case_study(case_id))
        self.setWindowTitle(
            translate("CaseStudyDialog", "Edit case study")
            if case
            else translate("CaseStudyDialog", "New case study")
        )
        self.setMinimumWidth(620)
        roster = programme.roster(statuses=("active",))
        self._sites: dict[int, str] = {r["id"]: r["site"] or "" for r in roster}

        self.title = QLineEdit()
        self.title.setPlaceholderText(
            translate("CaseStudyDialog", "e.g. Le fil des ventes : les retours clients partagés en 24 h")
        )
        self.ambassador = QComboBox()
        self.ambassador.setAccessibleName(translate("CaseStudyDialog", "Ambassador"))
        self.ambassador.addItem(translate("CaseStudyDialog", NOBODY), None)
        for row in roster:
            site = f" ({row['site']})" if row["site"] else ""
            self.ambassador.addItem(f"{row['name']}{site}", row["id"])
        if case and case.ambassador_id is not None and case.ambassador_id not in self._sites:
            # Written by someone no longer active: keep them.
            self.ambassador.addItem(case.ambassador_name or f"#{case.ambassador_id}", case.ambassador_id)
            self._sites[case.ambassador_id] = case.site
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site.setAccessibleName(translate("CaseStudyDialog", "Site"))
        self.site.addItems(sorted({s for s in self._sites.values() if s}))
        self.site.setCurrentIndex(-1)
        site_edit = self.site.lineEdit()
        assert site_edit is not None  # editable
        site_edit.setPlaceholderText(translate("CaseStudyDialog", "The site where it happened"))
        self.use_case = QLineEdit()
        self.use_case.setPlaceholderText(
            translate("CaseStudyDialog", "e.g. Commercial : partager les retours clients entre régions")
        )
        self.written_on = QDateEdit()
        self.written_on.setCalendarPopup(True)
        self.written_on.setDisplayFormat("d MMM yyyy")
        self.written_on.setMinimumDate(QDate(2000, 1, 1))
        self.status = QComboBox()
        for key in CASE_STATUSES:
            self.status.addItem(case_status_label(key), key)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            translate(
                "CaseStudyDialog", "The story: the team, what they did before, what changed, the results."
            )
        )
        self.body.setMinimumHeight(150)
        self.body.setTabChangesFocus(True)
        self.link = QLineEdit()
        self.link.setPlaceholderText(
            translate("CaseStudyDialog", "https://… (optional: where the case study is published)")
        )

        if case:
            self.title.setText(case.title)
            self.ambassador.setCurrentIndex(max(self.ambassador.findData(case.ambassador_id), 0))
            self.site.setCurrentText(case.site)
            self.use_case.setText(case.use_case)
            self.written_on.setDate(QDate.fromString(case.written_on, Qt.DateFormat.ISODate))
            self.status.setCurrentIndex(max(self.status.findData(case.status), 0))
            self.body.setPlainText(case.body)
            self.link.setText(case.link)
        else:
            self.written_on.setDate(QDate.currentDate())
        self._previous = self.ambassador.currentData()
        self.ambassador.currentIndexChanged.connect(self._ambassador_changed)

        form = QFormLayout()
        form.addRow(translate("CaseStudyDialog", "Title"), self.title)
        form.addRow(translate("CaseStudyDialog", "Ambassador"), self.ambassador)
        form.addRow(translate("CaseStudyDialog", "Site"), self.site)
        form.addRow(translate("CaseStudyDialog", "Business use case"), self.use_case)
        form.addRow(translate("CaseStudyDialog", "Date"), self.written_on)
        form.addRow(translate("CaseStudyDialog", "Status"), self.status)
        form.addRow(translate("CaseStudyDialog", "Text"), self.body)
        form.addRow(translate("CaseStudyDialog", "Link"), self.link)
        self.finish(form)

    def _ambassador_changed(self, *_: object) -> None:
        chosen = self.ambassador.currentData()
        typed = self.site.currentText().strip()
        if not typed or typed == self._sites.get(self._previous, ""):  # not typed by hand: follow them
            self.site.setCurrentText(self._sites.get(chosen, "") if chosen is not None else "")
        self._previous = chosen

    def draft(self) -> CaseStudyDraft:
        return CaseStudyDraft(
            title=self.title.text(),
            written_on=self.written_on.date().toString(Qt.DateFormat.ISODate),
            ambassador_id=self.ambassador.currentData(),
            site=self.site.currentText(),
            use_case=self.use_case.text(),
            status=self.status.currentData(),
            body=self.body.toPlainText(),
            link=self.link.text(),
        )

    def save(self) -> None:
        if self.case_id is None:
            self.case_id = self._cases.add(self.draft())
        else:
            self._cases.update(self.case_id, self.draft())
