"""Adoption against the tipping point: the share of employees who publish (contributors) and who
read, per population, from the ESN usage imports — and how it moves from one import to the next.

A period's overall figures are those of its import (active employees then, contributors among
them), so the history does not move when people leave later. Figures per population are computed
over the directory's *current* active employees of each population (their site or department
today). See :mod:`esn_desk.core.importing.usage` for what counts as a contributor and a reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from esn_desk.core.db import Database
from esn_desk.core.i18n import translate

DIMENSIONS: Final = ("site", "department", "country", "site_department")


def population_sql(by: str, alias: str = "p") -> str:
    """The SQL expression naming a population (``site_department`` → "Lyon · Finance").

    An empty value is named "(not set)" in the interface language, as the coverage counts name it.
    """
    not_set = "'" + translate("Adoption", "(not set)").replace("'", "''") + "'"
    if by == "site_department":
        return (
            f"coalesce(nullif({alias}.site, ''), {not_set}) || ' · ' || "
            f"coalesce(nullif({alias}.department, ''), {not_set})"
        )
    if by not in DIMENSIONS:
        raise ValueError(by)
    return f"coalesce(nullif({alias}.{by}, ''), {not_set})"


@dataclass(frozen=True)
class Period:
    """One usage import."""

    usage_id: int
    import_id: int
    start: str
    end: str
    matched: int
    not_in_directory: int
    employees: int  # active employees when it was imported
    contributors: int  # among them
    readers: int

    @property
    def contributors_share(self) -> float:
        return self.contributors / self.employees if self.employees else 0.0

    @property
    def readers_share(self) -> float:
        return self.readers / self.employees if self.employees else 0.0


@dataclass(frozen=True)
class Adoption:
    """One population in one period."""

    population: str
    employees: int
    contributors: int
    readers: int

    @property
    def contributors_share(self) -> float:
        return self.contributors / self.employees if self.employees else 0.0

    @property
    def readers_share(self) -> float:
        return self.readers / self.employees if self.employees else 0.0

    def reached(self, tipping_point: float) -> bool:
        return self.employees > 0 and self.contributors_share >= tipping_point - 1e-12

    def contributors_missing(self, tipping_point: float) -> int:
        """Contributors still to win over for the population to reach the tipping point."""
        wanted = math.ceil(self.employees * tipping_point - 1e-9)
        return max(wanted - self.contributors, 0)


class AdoptionService:
    """Reads ``usage_import`` / ``usage_record`` (written by the usage import)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def periods(self) -> list[Period]:
        """Every usage import still in force, oldest period first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, import_id, period_start, period_end, matched, not_in_directory, employees,"
                " contributors, readers FROM usage_import ORDER BY period_end, id"
            ).fetchall()
        return [Period(*row) for row in rows]

    def latest(self) -> Period | None:
        periods = self.periods()
        return periods[-1] if periods else None

    def by_population(self, by: str, usage_id: int | None = None) -> list[Adoption]:
        """Employees, contributors and readers per population for one usage import (default: the
        latest); empty without usage data. Sorted by contributors' share, lowest first."""
        if usage_id is None:
            latest = self.latest()
            if latest is None:
                return []
            usage_id = latest.usage_id
        name = population_sql(by)
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {name} AS population, count(*),"
                " coalesce(sum(r.contributor), 0), coalesce(sum(r.reader), 0)"
                " FROM person p LEFT JOIN usage_record r ON r.person_id = p.id AND r.usage_id = ?"
                " WHERE p.status = 'active' GROUP BY population COLLATE NOCASE",
                (usage_id,),
            ).fetchall()
        out = [Adoption(str(pop), n, c, r) for pop, n, c, r in rows]
        out.sort(key=lambda a: (a.contributors_share, -a.employees, a.population))
        return out

    def shares(self, by: str) -> dict[str, float]:
        """Contributors' share per population (lower-cased name → 0–1) for the latest import."""
        return {a.population.lower(): a.contributors_share for a in self.by_population(by)}

    def change(self, by: str) -> dict[str, float]:
        """Per population (lower-cased), the change of contributors' share between the two latest
        usage imports (0.018 = +1.8 points); empty with fewer than two imports."""
        periods = self.periods()
        if len(periods) < 2:
            return {}
        before = {
            a.population.lower(): a.contributors_share for a in self.by_population(by, periods[-2].usage_id)
        }
        return {
            a.population.lower(): a.contributors_share - before.get(a.population.lower(), 0.0)
            for a in self.by_population(by, periods[-1].usage_id)
        }

    def trend(self, by: str) -> dict[str, list[tuple[str, float]]]:
        """Per population, (period end, contributors' share) for every usage import, oldest first."""
        out: dict[str, list[tuple[str, float]]] = {}
        for period in self.periods():
            for a in self.by_population(by, period.usage_id):
                out.setdefault(a.population, []).append((period.end, a.contributors_share))
        return out


__all__ = ["DIMENSIONS", "Adoption", "AdoptionService", "Period", "population_sql"]
