"""Write the files a change manager brings to ESN Desk, for the two walk-throughs of the README.

* ``utility/``: a 3,000-person HR extract (xlsx), and September's and October's ESN usage exports.
  The programme recruits coaches in France only, not IT, with HR then manager approval.
* ``publisher/``: a 27,000-person HR extract (CSV), an existing roster of 500 ambassadors (xlsx,
  as many programmes start from one), and an October usage export.

Usage: ``python scripts/make_walkthrough_files.py OUT_DIR``.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from esn_desk.core.demo import DEMO_HEADERS, _write_extract, generate_people

USAGE_HEADERS = ["Display name", "Email", "Last activity date", "Posts", "Replies", "Likes", "Reads"]


def _usage(
    path: Path, people: list[dict[str, object]], end: date, publish: float, rng: random.Random
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(USAGE_HEADERS)
        for p in people:
            if p["status"] != "active":
                continue
            site_factor = 0.4 if str(p["site"]).startswith("Usine") else 1.0
            wrote = rng.random() < publish * site_factor
            read = wrote or rng.random() < 0.35
            if not read:
                continue
            writer.writerow(
                [
                    f"{p['first_name']} {p['last_name']}",
                    p["email"],
                    (end - timedelta(days=rng.randint(0, 29))).isoformat(),
                    rng.randint(1, 5) if wrote else 0,
                    rng.randint(0, 9) if wrote else 0,
                    rng.randint(0, 20),
                    rng.randint(1, 90),
                ]
            )


def utility(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    people = list(generate_people(3000, seed=11, domain="aurore-energie.fr"))
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Effectifs")
    ws.append(["Extraction SIRH — effectifs au 02/11/2026"])
    ws.append([])
    ws.append(list(DEMO_HEADERS))
    for p in people:
        if p["status"] == "active":
            ws.append(
                [
                    p["employee_id"],
                    p["last_name"],
                    p["first_name"],
                    p["email"],
                    p["job_title"],
                    p["department"],
                    p["site"],
                    p["city"],
                    p["country"],
                    p["phone"],
                    p["manager_email"],
                    date.fromisoformat(str(p["hire_date"])),
                ]
            )
    wb.save(folder / "Effectifs SIRH 2026-11.xlsx")
    rng = random.Random(5)
    _usage(folder / "Usage 2026-09.csv", people, date(2026, 9, 30), 0.05, rng)
    _usage(folder / "Usage 2026-10.csv", people, date(2026, 10, 31), 0.08, rng)


def publisher(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    people = [
        p for p in generate_people(27_000, seed=27, domain="groupe-horizon.com") if p["status"] == "active"
    ]
    _write_extract(folder / "HR extract 2026-11.csv", people)
    rng = random.Random(8)
    chosen = rng.sample(people[100:], 500)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ambassadors"
    ws.append(["Employee ID", "Name", "Role", "Status", "Source", "Joined", "Objective", "Comment"])
    for i, p in enumerate(chosen):
        status = "Active" if i < 460 else rng.choice(["Applied", "HR validated", "Paused"])
        ws.append(
            [
                p["employee_id"],
                f"{p['first_name']} {p['last_name']}",
                rng.choice(["Ambassador", "Ambassador", "Ambassador", "Community manager"]),
                status,
                rng.choice(["Call for applications (email)", "Pilot phase", "Serious game"]),
                date(2026, rng.randint(1, 9), rng.randint(1, 28)),
                "Publish one good practice a month",
                "",
            ]
        )
    wb.save(folder / "Ambassador roster.xlsx")
    _usage(folder / "Usage 2026-10.csv", people, date(2026, 10, 31), 0.07, random.Random(9))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "walkthrough")
    utility(out / "utility")
    publisher(out / "publisher")
    print(f"Wrote the walk-through files to {out}")
