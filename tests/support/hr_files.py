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


def write_xlsx_at(
    path: Path,
    rows: dict[int, list[Any]],
    *,
    sheet: str = "Effectifs",
    first_column: int = 1,
) -> Path:
    """A one-sheet workbook with each row written at its exact spreadsheet row number (1-based)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for number, values in rows.items():
        for offset, value in enumerate(values):
            if value is not None:
                ws.cell(row=number, column=first_column + offset, value=value)
    wb.save(path)
    return path


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    """A zip holding ``parts`` (name → content): a Word document, a plain archive, a fake workbook…"""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return path


def zip_bomb(path: Path, *, megabytes: int = 200, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """A workbook-looking zip whose one part inflates to ``megabytes`` MiB of zeros (~1,000-fold).

    Written in 1 MiB chunks, so building it never holds the inflated data in memory.
    """
    import zipfile

    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(part, "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def lying_zip_bomb(source: Path, path: Path, *, megabytes: int = 50, declared: int = 1000) -> Path:
    """A copy of the workbook ``source`` whose first worksheet inflates to ``megabytes`` MiB of blanks
    while its zip headers declare only ``declared`` bytes: the ratio check cannot see this one."""
    import struct
    import zipfile

    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != sheet:
                zout.writestr(info, zin.read(info))
                continue
            with zout.open(sheet, "w") as fh:
                fh.write(
                    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData>'
                )
                chunk = b" " * (1 << 20)
                for _ in range(megabytes):
                    fh.write(chunk)
                fh.write(b"</sheetData></worksheet>")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local = zf.getinfo(sheet).header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, declared)  # local header: uncompressed size
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == sheet.encode():
            struct.pack_into("<I", data, central + 24, declared)  # central directory: uncompressed size
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path
