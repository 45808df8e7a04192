import pytest

from esn_desk.core.text import clean, fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Thérèse", "therese"),
        ("LŒUVRE", "loeuvre"),
        ("  Jean-Marc\u00a0 Dupont ", "jean-marc dupont"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_removes_accents_case_and_extra_spaces(raw: str | None, folded: str) -> None:
    assert fold(raw) == folded


def test_clean_trims_non_breaking_spaces_and_none() -> None:
    assert clean("\u00a0 Lyon\u202fPart-Dieu \t") == "Lyon Part-Dieu"
    assert clean(None) == ""
    assert clean(42) == "42"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Chef\vde projet", "Chef de projet"),  # vertical tab: a line break in an Excel cell
        ("Chef\fde\x85projet", "Chef de projet"),  # form feed, NEL (U+0085): breaks too
        ("Chef\tde\r\nprojet\n", "Chef de projet"),
        ("Du\x00ra\x07nd\x7f", "Durand"),  # C0 controls and DEL
        ("Th\x82r\x9fese\x80", "Threse"),  # C1 controls (U+0080–U+009F)
        ("\x9b\x1b[0m Anne", "[0m Anne"),
    ],
)
def test_clean_makes_breaks_spaces_and_drops_control_characters(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned
    assert clean(cleaned) == cleaned
