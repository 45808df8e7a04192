"""Programme settings: one row per key in the ``setting`` table, JSON-encoded values."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import translate


@dataclass
class ProgrammeSettings:
    # Defaults in the interface language (a new programme made in French gets French names).
    programme_name: str = field(default_factory=lambda: translate("Settings", "Ambassador programme"))
    esn_name: str = field(default_factory=lambda: translate("Settings", "our enterprise social network"))
    organisation: str = ""
    # Share of a population that must publish before the rest follows (10–15 %).
    tipping_point: float = 0.10
    # Wanted ambassadors per 100 employees in each site / department.
    ambassador_target_per_100: float = 2.0
    # A candidacy waiting longer than this for HR, the manager or activation needs attention.
    attention_after_days: int = 14
    community_url: str = ""
    organiser_name: str = ""
    organiser_email: str = ""
    sticker_template: str = "L7160"
    badge_template: str = "L4785"
    # The visibility kit: the programme's colour, the image at the top of signatures (an absolute
    # https URL, or none), where photos are (files named by employee ID or email), and the pattern of
    # a person's ESN profile address for QR codes ({email}, {employee_id}, {first_name}, {last_name}).
    brand_color: str = "#2f6fde"
    signature_image_url: str = ""
    photos_folder: str = ""
    profile_url_pattern: str = ""
    # People marked *left* for longer than this are listed for purge (privacy retention).
    retention_months: int = 24

    def validate(self) -> None:
        if not self.programme_name.strip():
            raise UserError(translate("Settings", "The programme needs a name."))
        if not 0.10 - 1e-9 <= self.tipping_point <= 0.15 + 1e-9:
            raise UserError(
                translate(
                    "Settings",
                    "The tipping point is set between 10 % and 15 % of employees: the share of people "
                    "who must publish before the rest of a population follows.",
                )
            )
        if not 1 <= self.attention_after_days <= 365:
            raise UserError(
                translate("Settings", "The waiting time before a candidacy needs attention is 1 to 365 days.")
            )
        if not 1 <= self.retention_months <= 240:
            raise UserError(
                translate(
                    "Settings", "People who left are kept 1 to 240 months before they are listed for purge."
                )
            )
        if self.ambassador_target_per_100 < 0:
            raise UserError(translate("Settings", "The ambassador target cannot be negative."))
        if self.community_url and not self.community_url.lower().startswith("https://"):
            raise UserError(
                translate("Settings", "The community link must be a web address starting with https://.")
            )
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", self.brand_color):
            raise UserError(
                translate(
                    "Settings", "“{colour}” is not a colour: use the #RRGGBB form, e.g. #2f6fde."
                ).format(colour=self.brand_color)
            )
        if self.signature_image_url and not self.signature_image_url.lower().startswith("https://"):
            raise UserError(
                translate(
                    "Settings",
                    "The signature image must be a web address starting with https:// (mail programs do not "
                    "show images attached or embedded in a signature).",
                )
            )
        if self.profile_url_pattern and not self.profile_url_pattern.lower().startswith("https://"):
            raise UserError(translate("Settings", "The profile address pattern must start with https://."))
        email = self.organiser_email
        if email and (email.count("@") != 1 or "." not in email.split("@")[1] or " " in email):
            raise UserError(
                translate("Settings", "“{email}” is not a valid email address for the organiser.").format(
                    email=email
                )
            )


class SettingsService:
    """Reads and writes :class:`ProgrammeSettings`; unknown keys in the file are kept untouched."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> ProgrammeSettings:
        with self._db.read() as conn:
            stored = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM setting")}
        values: dict[str, Any] = {}
        defaults = ProgrammeSettings()
        for f in fields(ProgrammeSettings):
            if f.name in stored:
                try:
                    value = json.loads(stored[f.name])
                except ValueError:
                    continue
                if isinstance(value, type(getattr(defaults, f.name))) or (
                    isinstance(value, int) and isinstance(getattr(defaults, f.name), float)
                ):
                    values[f.name] = value
        return ProgrammeSettings(**values)

    def save(self, settings: ProgrammeSettings) -> None:
        settings.validate()
        rows = [(k, json.dumps(v)) for k, v in asdict(settings).items()]
        with self._db.write() as conn:
            conn.executemany(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                rows,
            )
