import pytest

from esn_desk.core.errors import UserError
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import open_store


def test_settings_round_trip_and_defaults() -> None:
    store = open_store(":memory:")
    assert store.settings.load() == ProgrammeSettings()
    changed = ProgrammeSettings(programme_name="Coachs", esn_name="Viva Engage", tipping_point=0.15)
    store.settings.save(changed)
    assert store.settings.load() == changed


def test_corrupt_or_mistyped_values_fall_back_to_defaults() -> None:
    store = open_store(":memory:")
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO setting VALUES ('tipping_point', 'not json'), "
            "('programme_name', '42'), ('unknown_key', '\"kept\"')"
        )
    loaded = store.settings.load()
    assert loaded.tipping_point == 0.10 and loaded.programme_name == "Ambassador programme"
    store.settings.save(loaded)
    with store.db.read() as conn:
        assert conn.execute("SELECT value FROM setting WHERE key='unknown_key'").fetchone()[0] == '"kept"'


@pytest.mark.parametrize(
    "bad",
    [
        ProgrammeSettings(programme_name=" "),
        ProgrammeSettings(tipping_point=0),
        ProgrammeSettings(tipping_point=0.09),
        ProgrammeSettings(tipping_point=0.16),
        ProgrammeSettings(attention_after_days=0),
        ProgrammeSettings(tipping_point=1.5),
        ProgrammeSettings(ambassador_target_per_100=-1),
    ],
)
def test_invalid_settings_are_refused(bad: ProgrammeSettings) -> None:
    with pytest.raises(UserError):
        open_store(":memory:").settings.save(bad)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (ProgrammeSettings(community_url="javascript:alert(1)"), "https://"),
        (ProgrammeSettings(community_url="http://intranet"), "https://"),
        (ProgrammeSettings(organiser_email="claire at aurore"), "not a valid email"),
        (ProgrammeSettings(organiser_email="a@b@c.fr"), "not a valid email"),
    ],
)
def test_links_and_emails_are_checked(bad: ProgrammeSettings, message: str) -> None:
    with pytest.raises(UserError, match=message):
        open_store(":memory:").settings.save(bad)
