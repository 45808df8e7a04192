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
