"""Messy HR extracts made on the fly for import tests (nothing personal is stored in the repo)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

FRENCH_HEADERS = [
    "Matricule",
    "Nom",
    "Prénom",
    "Adresse e-mail",
    "Intitulé de poste",
    "Direction",
    "Établissement",
    "Pays",
    "E-mail du manager",
    "Date d'entrée",
    "Commentaire RH",
]

# (row as the file has it) — the expected outcome is in the test using it.
FRENCH_ROWS: list[list[Any]] = [
    [
        "00101",
        "Vasseur",
        "Claire",
        "Claire.Vasseur@Aurore.fr ",
        "Directrice",
        "Direction générale",
        "Lyon",
        "France",
        None,
        datetime(2010, 4, 1),
        "ok",
    ],
    [
        102,
        "Lœuvre",
        "Thérèse",
        "therese.loeuvre@aurore.fr",
        "Comptable",
        "Finance",
        "Lyon",
        "France",
        "claire.vasseur@aurore.fr",
        "16/09/2019",
        "",
    ],
    [
        "00103",
        "Martin",
        "Zoé",
        "zoe.martin@aurore",
        "Développeuse",
        "Informatique",
        "Nantes",
        "France",
        "claire.vasseur@aurore.fr",
        44564,
        "bad email",
    ],
    [None, None, None, None, None, None, None, None, None, None, None],  # blank row: skipped silently
    [
        "00104",
        "Dupont",
        "Jean",
        "jean.dupont@aurore.fr",
        "Technicien",
        "Production",
        "Saint-Étienne",
        "France",
        "inconnu@aurore.fr",
        "1.3.2024",
        "",
    ],
    [None, "Sans", "Matricule", "sans.matricule@aurore.fr", "", "", "", "", "", "", "no key"],
    ["00104", "Dupont", "Jeanne", "jeanne.dupont@aurore.fr", "", "", "", "", "", "", "duplicate"],
    [
        "00105",
        "\u00a0Bernard\u00a0",
        "Léa",
        "",
        "Chargée de communication",
        "Marketing & Communication",
        "Paris – La Défense",
        "France",
        "claire.vasseur@aurore.fr",
        "2024-02-30",
        "bad date, no email",
    ],
    ["00106", "", "", "sans.nom@aurore.fr", "", "", "", "", "", "", "no name"],
]


def write_xlsx(
    path: Path,
    headers: list[str],
    rows: list[list[Any]],
    *,
    title_rows: bool = True,
    sheet: str = "Effectifs",
    hidden_first: bool = False,
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if hidden_first:
        ws.title = "Paramètres"
        ws["A1"] = "ne pas modifier"
        ws.sheet_state = "hidden"
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    if title_rows:
        ws["A1"] = "Extraction SIRH — effectifs au 02/11/2026"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:F1")
        ws["A2"] = "Confidentiel"
    ws.append([]) if title_rows else None
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def french_extract(path: Path) -> Path:
    return write_xlsx(path, FRENCH_HEADERS, FRENCH_ROWS)


def write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[Any]],
    *,
    encoding: str = "utf-8-sig",
    delimiter: str = ";",
) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            ["" if v is None else (v.strftime("%d/%m/%Y") if isinstance(v, date) else v) for v in row]
        )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
