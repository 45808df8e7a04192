"""The visibility kit in French: the Kit page, Who has what, the email signature panel (and the
signatures themselves), stickers and name badges (and what they print), directory badges."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from esn_desk.core.kit import badges
from esn_desk.core.kit.layouts import template
from esn_desk.core.kit.signatures import check_html
from esn_desk.core.store import Store
from esn_desk.ui.kit.directory_badge import ribbon_text
from esn_desk.ui.kit.directory_badge_panel import DirectoryBadgePanel
from esn_desk.ui.kit.signatures import SignaturePanel
from esn_desk.ui.kit.tracking import KitTrackingTable
from esn_desk.ui.printing.label_panel import LabelPanel
from esn_desk.ui.views.kit import KitPage

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


def test_kit_page_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = KitPage(demo_store.kit, lambda: demo_store.signatures, demo_store.settings, demo_store.programme)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == [
        "Signatures e-mail",
        "Autocollants pour ordinateur",
        "Badges nominatifs",
        "Badges d’annuaire",
        "Qui a reçu quoi",
    ]
    assert page.who.itemText(0) == "Ambassadeurs actifs" and page.role.itemText(0) == "Tous les rôles"
    count = len(demo_store.kit.people())
    assert page.count.text() == f"{count} personnes"
    page.tabs.setCurrentWidget(page.badges)
    page.who.setCurrentIndex(page.who.findData("lacking"))
    assert page.count.text() == f"{count} personnes sans badge nominatif pour l’instant"
    # the programme's default roles are listed in French, the filter still works on the stored name
    mentor = page.role.findData("Mentor")
    assert mentor >= 0
    ambassador = page.role.findData("Ambassador")
    assert page.role.itemText(ambassador) == "Ambassadeur"


def test_who_has_what_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    people = demo_store.kit.people()
    demo_store.kit.mark([people[0].ambassador_id], "stickers", "prepared")
    table = KitTrackingTable(demo_store.kit)
    qtbot.addWidget(table)
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert headers == ["Nom", "Rôle", "Site", "Signature", "Autocollants", "Badge", "Badge annuaire"]
    assert table.give_button.text() == "Noter la remise" and table.clear_button.text() == "Effacer"
    assert table.progress["signature"].title.text() == "Signature e-mail"
    assert table.summary.text() == f"{len(people)} ambassadeurs actifs"
    table.set_lacking("name_badge")
    assert table.summary.text() == f"{len(people)} ambassadeurs encore sans badge nominatif"
    row = next(
        r for r in range(table.proxy.rowCount()) if table.proxy.index(r, 0).data() == people[0].full_name
    )
    column = table.model.column_of_item("stickers")
    assert table.proxy.index(row, column).data() == "À remettre"
    roles = {table.proxy.index(r, 1).data() for r in range(table.proxy.rowCount())}
    assert "Ambassadeur" in roles and "Ambassador" not in roles


def test_signature_panel_and_signatures_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    panel = SignaturePanel(demo_store.signatures, demo_store.settings, demo_store.kit)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    assert panel.save_as_button.text() == "Enregistrer sous…" and panel.copy_button.text() == "Copier"
    assert panel.template_combo.itemText(1) == "Bannière (intégré)"
    assert panel.template_combo.itemData(1) == "Banner"  # the template keeps its English name
    people = [p for p in demo_store.kit.people() if p.role == "Ambassador"][:3]
    panel.set_people(people)
    assert panel.export_button.text() == "Tout exporter (3)…"
    # the built-in template speaks French: "<role> <ESN>", "Posez-moi vos questions sur <ESN>"
    esn = demo_store.settings.load().esn_name
    text = panel.text_preview.toPlainText()
    assert f"Ambassadeur {esn} · Posez-moi vos questions sur {esn}" in text
    assert "Ambassador" not in text and "Ask me" not in text
    assert panel.problem_texts()[0].startswith("Respecte les règles d’Outlook et de Gmail")
    # the checks are French too
    assert check_html("<table><tr><td><div>x</div></td></tr></table>") == [
        f"Remplacez la <div> par des lignes et des cellules de tableau{NBSP}: Outlook ignore la taille "
        "et les espacements des <div>."
    ]


def _french_spacing(text: str) -> str:
    return text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»").replace(" :", f"{NBSP}:")


def test_a_broken_template_is_explained_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Jinja only speaks English: the usual slips are put in French, with the template's own symbols."""
    panel = SignaturePanel(demo_store.signatures, demo_store.settings, demo_store.kit)
    qtbot.addWidget(panel)
    panel.set_people([p for p in demo_store.kit.people() if p.role == "Ambassador"][:2])
    for source, message in [
        (
            "<table><tr><td>\n{{ person.full_name </td></tr></table>",
            "(HTML), ligne 2 : un « {{ » n’est jamais fermé : terminez-le par « }} ».",
        ),
        (
            "<table><tr><td>\n{% if person.phone %}{{ person.phone }}</td></tr></table>",
            "le modèle se termine dans un bloc « {% if %} » : fermez-le avec « {% endif %} »",
        ),
        ("<table><tr><td>\n{{ person.site ]] }}</td></tr></table>", "« ] » n’était pas attendu ici"),
        (
            "<table><tr><td>\n{{ person.site | crier }}</td></tr></table>",
            "aucun filtre ne s’appelle « crier »",
        ),
        (
            "<table><tr><td>\n{{ person.site.__class__ }}</td></tr></table>",
            "« .__class__ » ne peut pas être utilisé dans un modèle de signature",
        ),
    ]:
        panel.html_edit.setPlainText(source)
        panel.refresh_preview()
        problem = panel.problem_texts()[0]
        assert _french_spacing(message) in problem, problem
        assert "expected" not in problem and "unexpected" not in problem and "“" not in problem


def test_the_insert_field_menu_names_fields_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """« Insérer un champ »: human names, the placeholder as the tooltip and what is inserted."""
    panel = SignaturePanel(demo_store.signatures, demo_store.settings, demo_store.kit)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    menu = panel.insert_button.menu()
    assert menu is not None and panel.insert_button.text() == "Insérer un champ"
    # the button is wide enough for its text and the menu arrow
    assert panel.insert_button.width() >= panel.insert_button.sizeHint().width()
    submenus = {a.text(): a.menu() for a in menu.actions() if a.menu() is not None}
    people = {a.text(): a for a in submenus["Personne"].actions()}
    assert people["Nom complet"].toolTip() == "{{ person.full_name }}"
    assert people["Intitulé de poste"].statusTip() == "{{ person.job_title }}"
    words = {a.text(): a.toolTip() for a in submenus["Mots (langue de l’interface)"].actions()}
    assert words["Posez-moi vos questions sur…"] == "{{ labels.ask_me_about }}"
    programme = {a.text(): a.toolTip() for a in submenus["Programme"].actions()}
    assert programme["Nom du programme"] == "{{ programme.programme_name }}"
    every = [a.text() for m in (menu, *submenus.values()) for a in m.actions() if not a.isSeparator()]
    assert not [t for t in every if "_" in t or t.startswith(("person.", "programme.", "labels."))]
    assert all(m.toolTipsVisible() for m in (menu, *submenus.values()))
    top = {a.text(): a for a in menu.actions()}
    panel.editor_tabs.setCurrentIndex(1)  # plain text
    panel.text_edit.clear()
    top["Nom complet"].trigger()
    assert panel.text_edit.toPlainText() == "{{ person.full_name }}"


def test_stickers_and_name_badges_in_french(
    qtbot, french: None, demo_store: Store, qsettings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    stickers = LabelPanel(
        "stickers", demo_store.settings, demo_store.kit, demo_store.programme, qsettings=qsettings
    )
    qtbot.addWidget(stickers)
    assert stickers.pdf_button.text() == "Enregistrer en PDF…"
    assert stickers.design_combo.itemText(0) == f"«{NBSP}Parlez-moi de <RSE>{NBSP}»"
    assert template("L4785").label == f"L4785 — badges nominatifs, 80 × 50{NBSP}mm, 10 par feuille A4"
    stickers.set_template("L7160")
    stickers.set_people(demo_store.kit.people()[:3])
    assert stickers.summary.text() == (
        "6 autocollants pour 3 ambassadeurs sur 1 planche L7160, à partir de l’étiquette 1."
    )
    assert "Imprimez à 100" in stickers.warning.text()

    # what is printed: the sticker's words, the role band and the default role
    settings = demo_store.settings.load()
    ask = badges.sticker_content("ask_me", settings)
    assert ask.lines[0].text == "Parlez-moi de"
    assert badges.sticker_content("ambassador", settings).lines[1].text == "Ambassadeur"
    person = next(p for p in demo_store.kit.people() if p.role == "Ambassador")
    (badge,) = badges.badge_contents([person], settings, with_qr=False)
    assert badge.role == "Ambassadeur"
    assert (
        badge.role_color == badges.role_colors(["Ambassador"])["Ambassador"]
    )  # colours keep the stored role


def test_directory_badges_in_french(qtbot, french: None, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    panel = DirectoryBadgePanel(demo_store.settings, demo_store.kit)
    qtbot.addWidget(panel)
    assert panel.folder_button.text() == "Choisir le dossier des photos…"
    assert panel.by_role.text() == "Bandeau à la couleur de chaque rôle"
    panel.set_people(demo_store.kit.people()[:2])
    assert panel.summary.text() == f"2 badges à exporter, PNG de 800 × 800{NBSP}px."
    assert ribbon_text("Ambassador", "Talkspirit") == ("AMBASSADEUR", "  ·  TALKSPIRIT")
    assert ribbon_text("", "") == ("AMBASSADEUR", "")
