"""Texts the imports store in English (history notes) are shown in the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esn_desk.core import i18n
from esn_desk.core.importing.roster import shown_history_text

FRENCH = {
    "Roster import: {file}": "import de la liste : {file}",
    "Row {row} of the roster file": "ligne {row} du fichier des ambassadeurs",
    "Imported from {file}: {note}": "importé de {file} : {note}",
    "Updated {fields}": "mise à jour : {fields}",
    "[eligibility exception: {note}]": "[exception : {note}]",
    "Role": "Rôle",
    "Status": "Statut",
}


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install(lambda _c, text, _d, _n: FRENCH.get(text, text), "fr")
    yield
    i18n.install(None)


def test_in_english_the_stored_text_is_shown_as_stored() -> None:
    for text in ("Roster import: a.xlsx", "Row 4 of the roster file", "Updated role, status", "Claire"):
        assert shown_history_text(text) == text
    assert shown_history_text(None) == ""


def test_in_french_each_known_pattern_is_translated(french: None) -> None:
    assert (
        shown_history_text("Roster import: Ambassadeurs 2026.xlsx")
        == "import de la liste : Ambassadeurs 2026.xlsx"
    )
    assert shown_history_text("Row 12 of the roster file") == "ligne 12 du fichier des ambassadeurs"
    assert shown_history_text("Imported from a.xlsx: IT champion") == "importé de a.xlsx : IT champion"
    assert shown_history_text("Updated role, status") == "mise à jour : rôle, statut"
    assert (
        shown_history_text("Je veux aider [eligibility override: pilote]")
        == "Je veux aider [exception : pilote]"
    )
    assert shown_history_text("Claire Vasseur") == "Claire Vasseur"  # anything else is data
