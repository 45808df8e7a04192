"""The email-signature part of the Kit page: template editor, live preview, copy, batch export.

:class:`SignaturePanel` only presents :class:`~esn_desk.core.kit.signatures.SignatureService`: rendering,
the mail programs' rules and the files written all live in core.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from esn_desk.core.kit.signatures import (
    DEFAULT_TEMPLATE,
    LABEL_FIELDS,
    MAX_CHARACTERS,
    PERSON_FIELDS,
    PROGRAMME_FIELDS,
    RenderedSignature,
    SignatureExport,
    SignatureService,
    SignatureTemplate,
    template_title,
)
from esn_desk.core.kit.tracking import KitPerson, KitService, role_label
from esn_desk.core.settings import SettingsService
from esn_desk.ui import formatting, style
from esn_desk.ui.errors import show_user_error
from esn_desk.ui.workers import Worker

log = logging.getLogger(__name__)

# Shown in the preview when there is nobody to preview for yet.
SAMPLE_PERSON = KitPerson(
    ambassador_id=0,
    person_id=0,
    employee_id="000000",
    email="camille.exemple@example.com",
    first_name="Camille",
    last_name="Exemple",
    full_name="Camille Exemple",
    job_title="Chargée de communication",
    department="Communication",
    site="Lyon Part-Dieu",
    city="Lyon",
    country="France",
    phone="+33 4 72 00 00 00",
    role="Ambassador",
    status="active",
)
_PREVIEW_DELAY_MS = 150
_COMMON_FIELDS = ("full_name", "job_title", "department", "site", "phone", "email", "role", "initials")
# What the "Insert field" menu shows for each field (the placeholder itself is its tooltip).
PERSON_FIELD_LABELS = {
    "ambassador_id": QT_TRANSLATE_NOOP("SignaturePanel", "Ambassador number (internal)"),
    "person_id": QT_TRANSLATE_NOOP("SignaturePanel", "Person number (internal)"),
    "employee_id": QT_TRANSLATE_NOOP("SignaturePanel", "Employee ID"),
    "email": QT_TRANSLATE_NOOP("SignaturePanel", "Email"),
    "first_name": QT_TRANSLATE_NOOP("SignaturePanel", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SignaturePanel", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("SignaturePanel", "Full name"),
    "job_title": QT_TRANSLATE_NOOP("SignaturePanel", "Job title"),
    "department": QT_TRANSLATE_NOOP("SignaturePanel", "Department"),
    "site": QT_TRANSLATE_NOOP("SignaturePanel", "Site"),
    "city": QT_TRANSLATE_NOOP("SignaturePanel", "City"),
    "country": QT_TRANSLATE_NOOP("SignaturePanel", "Country"),
    "phone": QT_TRANSLATE_NOOP("SignaturePanel", "Phone"),
    "role": QT_TRANSLATE_NOOP("SignaturePanel", "Role (as recorded)"),
    "status": QT_TRANSLATE_NOOP("SignaturePanel", "Status (code)"),
    "initials": QT_TRANSLATE_NOOP("SignaturePanel", "Initials"),
}
PROGRAMME_FIELD_LABELS = {
    "programme_name": QT_TRANSLATE_NOOP("SignaturePanel", "Programme name"),
    "esn_name": QT_TRANSLATE_NOOP("SignaturePanel", "Enterprise social network"),
    "organisation": QT_TRANSLATE_NOOP("SignaturePanel", "Organisation"),
    "tipping_point": QT_TRANSLATE_NOOP("SignaturePanel", "Tipping point"),
    "ambassador_target_per_100": QT_TRANSLATE_NOOP("SignaturePanel", "Ambassadors wanted per 100 employees"),
    "attention_after_days": QT_TRANSLATE_NOOP("SignaturePanel", "Days before a candidacy is flagged"),
    "community_url": QT_TRANSLATE_NOOP("SignaturePanel", "Community link"),
    "organiser_name": QT_TRANSLATE_NOOP("SignaturePanel", "Organiser"),
    "organiser_email": QT_TRANSLATE_NOOP("SignaturePanel", "Organiser email"),
    "sticker_template": QT_TRANSLATE_NOOP("SignaturePanel", "Sticker sheet"),
    "badge_template": QT_TRANSLATE_NOOP("SignaturePanel", "Name badge sheet"),
    "brand_color": QT_TRANSLATE_NOOP("SignaturePanel", "Programme colour"),
    "signature_image_url": QT_TRANSLATE_NOOP("SignaturePanel", "Signature image"),
    "photos_folder": QT_TRANSLATE_NOOP("SignaturePanel", "Photos folder"),
    "profile_url_pattern": QT_TRANSLATE_NOOP("SignaturePanel", "Profile address"),
    "retention_months": QT_TRANSLATE_NOOP("SignaturePanel", "Months kept after leaving"),
    "brand_ink": QT_TRANSLATE_NOOP("SignaturePanel", "Programme colour for text"),
    "brand_text_color": QT_TRANSLATE_NOOP("SignaturePanel", "Text colour on the programme colour"),
}
LABEL_FIELD_LABELS = {
    "role": QT_TRANSLATE_NOOP("SignaturePanel", "Role"),
    "esn_role": QT_TRANSLATE_NOOP("SignaturePanel", "Role and network name"),
    "ask_me_about": QT_TRANSLATE_NOOP("SignaturePanel", "Ask me about…"),
    "ask_me_about_it": QT_TRANSLATE_NOOP("SignaturePanel", "Ask me about it"),
    "join_the_community": QT_TRANSLATE_NOOP("SignaturePanel", "Join the community"),
    "join_the_community_at": QT_TRANSLATE_NOOP("SignaturePanel", "Join the community: link"),
}
_NAME_WIDTH = 420  # the "Save template as" box: room for a suggested name such as "… (copy)"


def field_label(labels: dict[str, str], name: str) -> str:
    """A field's name in the "Insert field" menu, in the interface language (else its identifier)."""
    return translate("SignaturePanel", labels[name]) if name in labels else name


class SignaturePanel(QWidget):
    """Edit signature templates, preview them for a person, copy one or export all.

    Signals: ``changed()`` after signatures were recorded as given (kit progress changed).
    """

    changed = Signal()

    def __init__(
        self,
        signatures: SignatureService,
        settings: SettingsService,
        kit: KitService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._signatures = signatures
        self._settings = settings
        self._kit = kit
        self._people: list[KitPerson] = []
        self._current: SignatureTemplate | None = None
        self._rendered: RenderedSignature | None = None
        self._worker: Worker | None = None
        self._loading = False

        # -- template row ----------------------------------------------------------------------------
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(translate("SignaturePanel", "Signature template"))
        self.template_combo.setMinimumWidth(200)
        self.template_combo.activated.connect(self._template_chosen)
        self.save_button = QPushButton(translate("SignaturePanel", "Save"))
        self.save_button.clicked.connect(self.save)
        self.save_as_button = QPushButton(
            style.icon("file-plus-outline"), translate("SignaturePanel", "Save as…")
        )
        self.save_as_button.clicked.connect(self.save_as)
        self.delete_button = QPushButton(style.icon("delete-outline"), translate("SignaturePanel", "Delete"))
        self.delete_button.clicked.connect(self.delete)
        # A push button with a menu: its size leaves room for the menu arrow (a tool button's
        # arrow ran over the end of the longer French text).
        self.insert_button = QPushButton(translate("SignaturePanel", "Insert field"))
        self.insert_button.setMenu(self._field_menu())
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("SignaturePanel", "Template")))
        top.addWidget(self.template_combo)
        top.addWidget(self.save_button)
        top.addWidget(self.save_as_button)
        top.addWidget(self.delete_button)
        top.addStretch()
        top.addWidget(self.insert_button)

        # -- editor ----------------------------------------------------------------------------------
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.html_edit = QPlainTextEdit()
        self.html_edit.setAccessibleName(translate("SignaturePanel", "HTML template"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(translate("SignaturePanel", "Plain-text template"))
        for edit in (self.html_edit, self.text_edit):
            edit.setFont(mono)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            edit.textChanged.connect(self._edited)
        self.editor_tabs = QTabWidget()
        self.editor_tabs.addTab(self.html_edit, "HTML")  # i18n: ok
        self.editor_tabs.addTab(self.text_edit, translate("SignaturePanel", "Plain text"))
        self.fields_hint = style.label(
            translate(
                "SignaturePanel",
                "Fields: {{ person.full_name }}, {{ person.job_title }}, {{ programme.esn_name }}… "
                "Words in the interface language: {{ labels.esn_role }}, {{ labels.ask_me_about }}… "
                "Links: {{ person.email | mailto }}, {{ person.phone | tel }}, "
                "{{ programme.community_url | https_url }}. Everything is escaped.",
            ),
            "muted",
        )
        self.fields_hint.setWordWrap(True)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_tabs, 1)
        editor_layout.addWidget(self.fields_hint)

        # -- preview ---------------------------------------------------------------------------------
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(translate("SignaturePanel", "Preview the signature of"))
        # Narrow enough to leave the editor room beside the preview's buttons (longer in French).
        self.person_combo.setMinimumContentsLength(12)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.copy_button = QPushButton(
            style.icon("content-copy"), translate("SignaturePanel", "Copy to clipboard")
        )
        self.copy_button.setToolTip(
            translate(
                "SignaturePanel",
                "Copies this person's signature as rich text and plain text, to paste into Outlook "
                "(File → Options → Mail → Signatures) or Gmail (Settings → Signature).",
            )
        )
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.export_button = QPushButton(
            style.icon("folder-open-outline"), translate("SignaturePanel", "Export all…")
        )
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(
            translate(
                "SignaturePanel",
                "Writes a .htm and a .txt file per ambassador (for Outlook's Signatures folder) and an "
                "index page listing them.",
            )
        )
        self.export_button.clicked.connect(self.export_all)
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel(translate("SignaturePanel", "Preview for")))
        preview_row.addWidget(self.person_combo, 1)
        preview_row.addWidget(self.copy_button)
        preview_row.addWidget(self.export_button)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(translate("SignaturePanel", "Signature preview"))
        self.preview.setOpenLinks(False)  # a signature's links are not for following here
        # Signatures are read on white in most mail programs, whatever the app's theme.
        self.preview.setStyleSheet("QTextBrowser { background: #ffffff; color: #000000; }")
        self.text_preview = QPlainTextEdit()
        self.text_preview.setReadOnly(True)
        self.text_preview.setAccessibleName(translate("SignaturePanel", "Plain-text preview"))
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.preview, translate("SignaturePanel", "Preview"))
        self.preview_tabs.addTab(self.text_preview, translate("SignaturePanel", "Plain text"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("SignaturePanel", "Problems with the signature"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(130)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = style.label("", "muted")
        self.status.setWordWrap(True)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(preview_row)
        preview_layout.addWidget(self.preview_tabs, 1)
        preview_layout.addWidget(
            style.label(translate("SignaturePanel", "Checks (Outlook and Gmail)"), "section")
        )
        preview_layout.addWidget(self.problems)
        preview_layout.addWidget(self.progress)
        preview_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 640])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.reload_templates(DEFAULT_TEMPLATE)
        self.set_people([])

    # -- public API ----------------------------------------------------------------------------------
    def set_people(self, people: list[KitPerson]) -> None:
        """Whom *Export all…* writes for and the preview offers (keeps the previewed person if still
        there; with nobody, previews a sample person)."""
        previous = self.preview_person().ambassador_id if self._people else None
        self._people = list(people)
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        if not self._people:
            self.person_combo.addItem(
                translate("SignaturePanel", "Sample person (no ambassador selected)"), 0
            )
        for person in self._people:
            detail = " · ".join(v for v in (person.site, role_label(person.role)) if v)
            self.person_combo.addItem(f"{person.full_name} — {detail}" if detail else person.full_name)
        index = next((i for i, p in enumerate(self._people) if p.ambassador_id == previous), 0)
        self.person_combo.setCurrentIndex(index)
        self.person_combo.blockSignals(False)
        count = len(self._people)
        self.export_button.setEnabled(count > 0 and not self.is_exporting())
        self.export_button.setText(
            translate("SignaturePanel", "Export all ({count})…").format(count=formatting.number(count))
            if count
            else translate("SignaturePanel", "Export all…")
        )
        self.refresh_preview()

    def preview_person(self) -> KitPerson:
        index = self.person_combo.currentIndex()
        return self._people[index] if 0 <= index < len(self._people) else SAMPLE_PERSON

    def editor_template(self) -> SignatureTemplate:
        """The template as it stands in the editor (saved or not)."""
        name = self._current.name if self._current else translate("SignaturePanel", "Untitled")
        return SignatureTemplate(name, self.html_edit.toPlainText(), self.text_edit.toPlainText())

    def is_dirty(self) -> bool:
        return self._current is not None and (
            self.html_edit.toPlainText() != self._current.html
            or self.text_edit.toPlainText() != self._current.text
        )

    def is_exporting(self) -> bool:
        return self._worker is not None

    def reload_templates(self, select: str | None = None) -> None:
        name = select or (self._current.name if self._current else DEFAULT_TEMPLATE)
        templates = self._signatures.templates()
        self.template_combo.clear()
        for tpl in templates:
            shown = (
                translate("SignaturePanel", "{name} (built-in)").format(name=template_title(tpl.name))
                if tpl.builtin
                else tpl.name
            )
            self.template_combo.addItem(shown, tpl.name)
        chosen = next((t for t in templates if t.name.casefold() == name.casefold()), templates[0])
        self.template_combo.setCurrentIndex(templates.index(chosen))
        self._load(chosen)

    # -- templates -----------------------------------------------------------------------------------
    def _field_menu(self) -> QMenu:
        menu = QMenu(self)
        people = menu.addMenu(translate("SignaturePanel", "Person"))
        for name in PERSON_FIELDS:
            people.addAction(self._field_action(PERSON_FIELD_LABELS, "person", name))
        programme = menu.addMenu(translate("SignaturePanel", "Programme"))
        for name in PROGRAMME_FIELDS:
            programme.addAction(self._field_action(PROGRAMME_FIELD_LABELS, "programme", name))
        labels = menu.addMenu(translate("SignaturePanel", "Words (interface language)"))
        for name in LABEL_FIELDS:
            labels.addAction(self._field_action(LABEL_FIELD_LABELS, "labels", name))
        links = menu.addMenu(translate("SignaturePanel", "Link"))
        for label, field, helper, link_text in (
            (translate("SignaturePanel", "Email (mailto)"), "person.email", "mailto", "{{ person.email }}"),
            (translate("SignaturePanel", "Phone (tel)"), "person.phone", "tel", "{{ person.phone }}"),
            (
                translate("SignaturePanel", "Community (https)"),
                "programme.community_url",
                "https_url",
                "{{ labels.ask_me_about }}",
            ),
        ):
            url = f"{{{{ {field} | {helper} }}}}"
            html = (
                f'{{% if {field} | {helper} %}}<a href="{url}" style="color:#555555;">{link_text}</a>'
                "{% endif %}"
            )
            links.addAction(self._insert_action(label, html, f"{{{{ {field} }}}}", tip=url))
        menu.addSeparator()
        for name in _COMMON_FIELDS:
            menu.addAction(self._field_action(PERSON_FIELD_LABELS, "person", name))
        for each in (menu, people, programme, labels, links):
            each.setToolTipsVisible(True)
        return menu

    def _field_action(self, labels: dict[str, str], group: str, name: str) -> QAction:
        """An action inserting ``{{ group.name }}``, shown by the field's label."""
        return self._insert_action(field_label(labels, name), f"{{{{ {group}.{name} }}}}")

    def _insert_action(
        self, label: str, snippet: str, text_snippet: str | None = None, *, tip: str | None = None
    ) -> QAction:
        """An action inserting ``snippet`` in the HTML tab (``text_snippet`` in the plain-text tab);
        its tooltip and status tip show the placeholder (``tip``, else the snippet)."""
        action = QAction(label, self)
        action.setToolTip(tip or snippet)
        action.setStatusTip(tip or snippet)
        action.triggered.connect(lambda: self._insert(snippet, text_snippet or snippet))
        return action

    def _insert(self, snippet: str, text_snippet: str) -> None:
        html_tab = self.editor_tabs.currentIndex() == 0
        edit = self.html_edit if html_tab else self.text_edit
        edit.insertPlainText(snippet if html_tab else text_snippet)
        edit.setFocus()

    def _load(self, tpl: SignatureTemplate) -> None:
        self._loading = True
        try:
            self._current = tpl
            self.html_edit.setPlainText(tpl.html)
            self.text_edit.setPlainText(tpl.text)
        finally:
            self._loading = False
        self._update_buttons()
        self.refresh_preview()

    def _template_chosen(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        if self._current is not None and name == self._current.name:
            return
        if self._current is not None and self.is_dirty() and not self._confirm_discard():
            self.template_combo.setCurrentIndex(self.template_combo.findData(self._current.name))
            return
        try:
            self._load(self._signatures.template(name))
        except UserError as exc:  # deleted meanwhile
            show_user_error(self, translate("SignaturePanel", "Signature templates"), exc)
            self.reload_templates(DEFAULT_TEMPLATE)

    def _confirm_discard(self) -> bool:
        name = template_title(self._current.name) if self._current else ""
        answer = QMessageBox.question(
            self,
            translate("SignaturePanel", "Unsaved changes"),
            translate("SignaturePanel", "Discard your changes to “{name}”?").format(name=name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _edited(self) -> None:
        if self._loading:
            return
        self._update_buttons()
        self._timer.start()

    def _update_buttons(self) -> None:
        builtin = self._current is None or self._current.builtin
        self.save_button.setEnabled(not builtin and self.is_dirty())
        self.save_button.setToolTip(
            translate(
                "SignaturePanel", "Built-in templates are read-only: use Save as… to keep your changes."
            )
            if builtin
            else ""
        )
        self.delete_button.setEnabled(not builtin)

    def save(self) -> None:
        if self._current is None or self._current.builtin:
            return
        edited = self.editor_template()
        try:
            saved = self._signatures.update(self._current.name, edited.html, edited.text)
        except UserError as exc:
            show_user_error(self, translate("SignaturePanel", "Template not saved"), exc)
            return
        self._current = saved
        self._update_buttons()
        self.status.setText(translate("SignaturePanel", "Saved “{name}”.").format(name=saved.name))

    def save_as(self) -> None:
        base = (
            template_title(self._current.name)
            if self._current
            else translate("SignaturePanel", "My signature")
        )
        ask = QInputDialog(self)
        ask.setWindowTitle(translate("SignaturePanel", "Save template as"))
        ask.setLabelText(translate("SignaturePanel", "Name of the new template:"))
        ask.setTextValue(translate("SignaturePanel", "{name} (copy)").format(name=base))
        # Wide enough for the suggested name whole (QInputDialog.getText's box is 200 px; a minimum
        # width would be overridden by the dialog's own layout).
        ask.resize(max(_NAME_WIDTH, ask.sizeHint().width()), ask.sizeHint().height())
        accepted = ask.exec() == QDialog.DialogCode.Accepted
        name = ask.textValue()
        ask.deleteLater()
        if not accepted:
            return
        edited = self.editor_template()
        try:
            created = self._signatures.create(name, edited.html, edited.text)
        except UserError as exc:
            show_user_error(self, translate("SignaturePanel", "Template not saved"), exc)
            return
        self.reload_templates(created.name)
        self.status.setText(translate("SignaturePanel", "Saved as “{name}”.").format(name=created.name))

    def delete(self) -> None:
        if self._current is None or self._current.builtin:
            return
        name = self._current.name
        answer = QMessageBox.question(
            self,
            translate("SignaturePanel", "Delete template"),
            translate(
                "SignaturePanel", "Delete the signature template “{name}”? This cannot be undone."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._signatures.delete(name)
        except UserError as exc:
            show_user_error(self, translate("SignaturePanel", "Template not deleted"), exc)
        self._current = None
        self.reload_templates(DEFAULT_TEMPLATE)
        self.status.setText(translate("SignaturePanel", "Deleted “{name}”.").format(name=name))

    # -- preview -------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Render the editor's template for the chosen person and list what breaks the rules."""
        self._timer.stop()
        try:
            rendered = self._signatures.render(self.editor_template(), self.preview_person())
        except UserError as exc:
            self._rendered = None
            self._show_problems([], error=str(exc))
            return
        self._rendered = rendered
        self.preview.setHtml(rendered.html)
        self.text_preview.setPlainText(rendered.text)
        self._show_problems(list(rendered.problems), length=len(rendered.html))

    def _show_problems(self, problems: list[str], *, error: str | None = None, length: int = 0) -> None:
        self.problems.clear()
        warn = style.icon("close-circle-outline", color=style.warning_color().name())
        if error:
            item = QListWidgetItem(
                warn,
                translate(
                    "SignaturePanel", "{error} (the preview shows the last version that worked)"
                ).format(error=error),
            )
            item.setForeground(style.warning_color())
            self.problems.addItem(item)
        for problem in problems:
            self.problems.addItem(QListWidgetItem(warn, problem))
        if not error and not problems:
            self.problems.addItem(
                QListWidgetItem(
                    style.icon("check"),
                    translate(
                        "SignaturePanel",
                        "Follows the rules of Outlook and Gmail ({length} of {max} characters).",
                    ).format(length=formatting.number(length), max=formatting.number(MAX_CHARACTERS)),
                )
            )
        self.copy_button.setEnabled(self._rendered is not None and not self._rendered.unsafe)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    # -- copy and export -----------------------------------------------------------------------------
    def copy_to_clipboard(self) -> None:
        """Put the previewed person's signature on the clipboard as HTML and plain text."""
        self.refresh_preview()
        rendered = self._rendered
        if rendered is None or rendered.unsafe:
            show_user_error(
                self,
                translate("SignaturePanel", "Nothing copied"),
                translate(
                    "SignaturePanel", "Fix the problems listed under the preview first: {problem}"
                ).format(problem=self._first_problem()),
            )
            return
        mime = QMimeData()
        mime.setHtml(rendered.html)
        mime.setText(rendered.text)
        QGuiApplication.clipboard().setMimeData(mime)
        who = self.preview_person().full_name
        self.status.setText(
            translate(
                "SignaturePanel",
                "Copied the signature of {name}: paste it into Outlook (File → Options → Mail → Signatures) "
                "or Gmail (Settings → See all settings → Signature).",
            ).format(name=who)
        )

    def _first_problem(self) -> str:
        texts = self.problem_texts()
        return texts[0] if texts else ""

    def export_all(self) -> None:
        if not self._people:
            show_user_error(
                self,
                translate("SignaturePanel", "Export signatures"),
                translate("SignaturePanel", "No ambassador is selected: there is nobody to export."),
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self, translate("SignaturePanel", "Export the signatures into folder"), str(Path.home())
        )
        if folder:
            self.start_export(Path(folder))

    def start_export(self, folder: Path) -> None:
        """Export every selected person's signature into ``folder`` in the background."""
        if self.is_exporting():
            return
        template = self.editor_template()
        people = list(self._people)
        programme = self._settings.load()
        service = self._signatures
        self.export_button.setEnabled(False)
        self.progress.setRange(0, len(people))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(
            plural(
                len(people),
                translate("SignaturePanel", "Exporting {n} signature to {folder}…"),
                translate("SignaturePanel", "Exporting {n} signatures to {folder}…"),
            ).format(folder=folder)
        )
        worker = Worker(
            lambda progress, _cancelled: service.export(
                people, template, folder, programme=programme, progress=progress
            ),
            self,
        )
        worker.progress.connect(self._export_progress)
        worker.succeeded.connect(self._exported)
        worker.failed.connect(self._export_failed)
        worker.finished.connect(self._export_finished)
        self._worker = worker
        worker.start()

    def _export_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _export_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.progress.hide()
        self.export_button.setEnabled(bool(self._people))

    def _export_failed(self, exc: BaseException, details: str) -> None:
        self.status.setText(translate("SignaturePanel", "The signatures were not exported."))
        if isinstance(exc, UserError):
            show_user_error(self, translate("SignaturePanel", "Signatures not exported"), exc)
        else:  # a bug: the crash handler logs it and shows its dialog
            log.error("signature export failed:\n%s", details)
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _exported(self, result: SignatureExport) -> None:
        count = len(result.signatures)
        warned = len(result.with_problems)
        note = (
            " "
            + plural(
                warned,
                translate("SignaturePanel", "{n} of them has warnings (see the checks)."),
                translate("SignaturePanel", "{n} of them have warnings (see the checks)."),
            )
            if warned
            else ""
        )
        wrote = plural(
            count,
            translate("SignaturePanel", "Wrote {n} signature and index.html to {folder}."),
            translate("SignaturePanel", "Wrote {n} signatures and index.html to {folder}."),
        ).format(folder=result.folder)
        self.status.setText(wrote + note)
        written = plural(
            count,
            translate("SignaturePanel", "Wrote {n} signature to {folder}."),
            translate("SignaturePanel", "Wrote {n} signatures to {folder}."),
        ).format(folder=result.folder)
        question = plural(
            count,
            translate("SignaturePanel", "Mark the {n} signature as given?"),
            translate("SignaturePanel", "Mark the {n} signatures as given?"),
        )
        answer = QMessageBox.question(
            self,
            translate("SignaturePanel", "Signatures exported"),
            f"{written}{note}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [s.person.ambassador_id for s in result.signatures if s.person.ambassador_id]
        try:
            marked = self._kit.mark(ids, "signature", "given")
        except UserError as exc:
            show_user_error(self, translate("SignaturePanel", "Not recorded"), exc)
            return
        recorded = translate("SignaturePanel", "Recorded {count} as given.").format(
            count=formatting.number(marked)
        )
        self.status.setText(f"{self.status.text()} {recorded}")
        self.changed.emit()


__all__ = ["SAMPLE_PERSON", "SignaturePanel"]
