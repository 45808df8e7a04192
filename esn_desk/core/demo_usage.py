"""The demo's two ESN usage exports, a month apart, imported the way a user imports them.

September's export shows a network where a few sites have started to publish; October's shows the
ambassadors' effect: Paris and Lyon cross the tipping point, the factory and Geneva lag behind.
"""

from __future__ import annotations

import csv
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from esn_desk.core.importing.service import ImportOptions
from esn_desk.core.store import Store

USAGE_HEADERS: Final = (
    "Utilisateur",
    "Adresse e-mail",
    "Dernière activité",
    "Publications",
    "Commentaires",
    "Réactions",
    "Vues",
)
# Chance that an employee of a site published in (September, October); ambassadors mostly do.
SITE_PUBLISHING: Final = {
    "Paris – La Défense": (0.07, 0.11),
    "Lyon Part-Dieu": (0.06, 0.10),
    "Toulouse Blagnac": (0.05, 0.07),
    "Lille Euralille": (0.05, 0.075),
    "Nantes Île de Nantes": (0.04, 0.06),
    "Usine de Saint-Étienne": (0.015, 0.025),
    "Bruxelles": (0.04, 0.055),
    "Genève": (0.02, 0.025),
}
PERIODS: Final = (
    ("Export utilisateurs 2026-09.csv", date(2026, 9, 1), date(2026, 9, 30), date(2026, 10, 2)),
    ("Export utilisateurs 2026-10.csv", date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 3)),
)
GUESTS: Final = ("consultant.externe@partenaire-conseil.fr", "agence.com@studio-lumiere.fr")


def seed_usage(store: Store, rng: random.Random) -> None:
    """Write and import the two monthly usage exports (no undo snapshot kept)."""
    with store.db.read() as conn:
        people = conn.execute(
            "SELECT p.full_name, p.email, p.site, a.status = 'active' FROM person p "
            "LEFT JOIN ambassador a ON a.person_id = p.id WHERE p.email IS NOT NULL ORDER BY p.id"
        ).fetchall()
    with tempfile.TemporaryDirectory() as folder:
        for month, (name, start, end, imported_on) in enumerate(PERIODS):
            path = Path(folder) / name
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(USAGE_HEADERS)
                for full_name, email, site, ambassador in people:
                    publishing = SITE_PUBLISHING.get(site, (0.04, 0.05))[month]
                    if ambassador:
                        publishing = 0.55 + 0.25 * month
                    wrote = rng.random() < publishing
                    read = wrote or rng.random() < 0.32 + 0.08 * month
                    if not read and rng.random() < 0.6:
                        continue  # never logged in: most exports leave them out
                    last = (
                        end - timedelta(days=rng.randint(0, 29))
                        if read
                        else start - timedelta(days=rng.randint(5, 200))
                    )
                    writer.writerow(
                        [
                            full_name,
                            email,
                            last.strftime("%d/%m/%Y"),
                            rng.randint(1, 6) if wrote and rng.random() < 0.7 else 0,
                            rng.randint(1, 12) if wrote else 0,
                            rng.randint(0, 25) if read else 0,
                            rng.randint(3, 120) if read else 0,
                        ]
                    )
                for guest in GUESTS:
                    writer.writerow(["Invité externe", guest, end.strftime("%d/%m/%Y"), 1, 2, 3, 10])
            plan = store.usage_import.plan(path, ImportOptions(period_start=start, period_end=end))
            store.usage_import.apply(plan, today=imported_on)
    store.imports.discard_undo()


__all__ = ["seed_usage"]
