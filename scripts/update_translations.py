"""Collect every translatable string, apply the French translations, compile the .qm.

    python scripts/update_translations.py          # rewrite esn_desk_fr.ts and esn_desk_fr.qm
    python scripts/update_translations.py --check  # exit 1 if they are out of date or incomplete

1. ``pyside6-lupdate`` reads every module of ``esn_desk`` (``self.tr(...)``,
   ``QCoreApplication.translate(...)`` and the core's ``translate(...)``) into a fresh ``.ts``.
2. The French texts come from ``resources/translations/fr/*.json`` — one file per part of the
   app, ``{"Context": {"English source": "French text"}}`` (a list of two forms for a ``%n``
   plural: singular, plural) — so several people can translate different parts at once.
3. The ``.ts`` is written with every message finished (or left ``unfinished`` when the JSON has
   no translation: ``--check`` then fails and names them), and ``pyside6-lrelease`` compiles the
   ``.qm`` the app loads.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "esn_desk_fr.ts"
QM = TRANSLATIONS / "esn_desk_fr.qm"
SOURCES = TRANSLATIONS / "fr"


def _tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "esn_desk").rglob("*.py") if "__pycache__" not in p.parts)


def extract(target: Path) -> None:
    """A fresh .ts of every translatable string (no locations: line moves must not churn the file)."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    # lupdate merges into an existing .ts (keeping its order): start from nothing, so the file is the
    # same whether it is written in place or into a fresh folder by --check.
    target.unlink(missing_ok=True)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "fr_FR",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def french() -> dict[tuple[str, str], str | list[str]]:
    """Every translation of ``resources/translations/fr/*.json``, keyed by (context, source)."""
    table: dict[tuple[str, str], str | list[str]] = {}
    for path in sorted(SOURCES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, messages in data.items():
            for source, text in messages.items():
                key = (context, source)
                if key in table and table[key] != text:
                    raise SystemExit(f"{path.name}: “{source}” ({context}) is translated twice, differently")
                table[key] = text
    return table


def fill(ts: Path, table: dict[tuple[str, str], str | list[str]]) -> list[tuple[str, str]]:
    """Write the French of ``table`` into ``ts``; return the (context, source) left untranslated."""
    tree = ET.parse(ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = table.get((name, source))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if text is None or text == "" or text == []:
                translation.set("type", "unfinished")
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
    ET.indent(tree, space="    ")
    with ts.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def build(ts: Path, qm: Path) -> list[tuple[str, str]]:
    extract(ts)
    missing = fill(ts, french())
    compile_qm(ts, qm)
    return missing


def placeholder_errors(table: dict[tuple[str, str], str | list[str]]) -> list[str]:
    """Translations whose ``{placeholders}`` differ from their source's (a KeyError at run time)."""
    problems = []
    for (context, source), text in sorted(table.items()):
        expected = sorted(set(re.findall(r"\{(\w*)\}", source)))
        for form in text if isinstance(text, list) else [text]:
            found = sorted(set(re.findall(r"\{(\w*)\}", form)))
            if found != expected:
                problems.append(f"[{context}] {source!r}: placeholders {found} instead of {expected}")
    return problems


def unused(ts: Path) -> list[tuple[str, str]]:
    """Translations in the JSON files whose source no longer appears in the code."""
    tree = ET.parse(ts)
    present = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    return sorted(set(french()) - present)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the .ts/.qm are stale or incomplete")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write the .ts and .qm into DIR instead of resources/translations (to try a translation "
        "without touching the committed files: ESN_DESK_QM=DIR/esn_desk_fr.qm esn-desk --lang fr …)",
    )
    args = parser.parse_args()
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        missing = build(args.out / TS.name, args.out / QM.name)
        print(f"{args.out / QM.name}: {len(missing)} untranslated")
        return 0
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
            missing = build(ts, qm)
            stale = not TS.exists() or ts.read_bytes() != TS.read_bytes()
        problems = placeholder_errors(french())
        for context, source in missing:
            print(f"untranslated: [{context}] {source}")
        for problem in problems:
            print(f"wrong placeholders: {problem}")
        if stale:
            print(f"{TS.relative_to(ROOT)} is out of date: run python scripts/update_translations.py")
        return 1 if missing or stale or problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    missing = build(TS, QM)
    for problem in placeholder_errors(french()):
        print(f"wrong placeholders: {problem}")
    for context, source in unused(TS):
        print(f"unused translation: [{context}] {source}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    for context, source in missing[:40]:
        print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
