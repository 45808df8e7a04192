"""French and English: every user-visible string is marked, translated, and its .ts/.qm up to date.

Three checks:

1. ``scripts/update_translations.py --check``: a fresh ``pyside6-lupdate`` run gives exactly the
   committed ``.ts`` (no string added or changed without its French), no French entry is
   unfinished, and no translation loses or invents a ``{placeholder}``.
2. An AST scan of ``esn_desk``: a string literal (or f-string) handed straight to a Qt text setter,
   a dialog, a widget constructor, or a user-facing exception is a string that never reaches the
   translation system — the test names its file and line. ``# i18n: ok`` on the line exempts it
   (e.g. a product name or a separator).
3. The core's ``number`` and ``plural`` follow the language.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from esn_desk.core import i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "esn_desk"

# Calls whose text arguments a user reads: name → indexes of the positional arguments to check
# (None: all of them). Keyword arguments named like a text (text, title, message…) are checked too.
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setInformativeText": (0,),
    "setLabelText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setButtonText": (1,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setHeaderLabels": None,
    "setHorizontalHeaderLabels": None,
    "showMessage": (0,),
    "addTab": (1, 2),
    "addItem": None,
    "addItems": None,
    "addAction": None,
    "addMenu": None,
    "addButton": (0,),
    "add_button": (0,),
    "addRow": (0,),
    "insertItem": (1,),
    "QLabel": (0,),
    "QPushButton": None,
    "QToolButton": None,
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": None,
    "QMenu": (0,),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getOpenFileName": (1,),
    "getOpenFileNames": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "label": (0,),  # style.label(text, role)
    "EmptyState": (1, 2),
    "choose": (1, 2, 3, 4),
    "show_user_error": (1, 2),
    "UserError": None,
    "DatabaseError": None,
    "ReadOnlyError": None,
    "ReadError": None,
    "ValueProblem": None,
    "ImportIssue": (3,),
}
TEXT_KEYWORDS = {"text", "title", "message", "label", "tooltip", "caption", "informative", "accept"}
# Modules whose strings are not the interface's: the demo generates French data, the logging set-up
# is for support. (The CLI speaks the app's language; its command names and JSON stay the same.)
NOT_INTERFACE = {
    "esn_desk/core/demo.py",
    "esn_desk/core/demo_usage.py",
    "esn_desk/logging_setup.py",
    "esn_desk/__main__.py",
}


def _is_user_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and isinstance(v.value, str) and any(ch.isalpha() for ch in v.value)
            for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_user_text(node.left) or _is_user_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_user_text(e) for e in node.elts)
    return False


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def unmarked_strings(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in TEXT_CALLS:
            continue
        indexes = TEXT_CALLS[name]
        candidates = [a for i, a in enumerate(node.args) if indexes is None or i in indexes]
        candidates += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in candidates:
            if _is_user_text(arg):
                line = lines[arg.lineno - 1]
                if "i18n: ok" in line:
                    continue
                rel = path.relative_to(ROOT).as_posix()
                found.append(f"{rel}:{arg.lineno}: {name}({ast.unparse(arg)[:70]})")
    return found


def _modules() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and p.relative_to(ROOT).as_posix() not in NOT_INTERFACE
    )


def test_every_user_visible_string_goes_through_the_translation_system() -> None:
    found = [line for path in _modules() for line in unmarked_strings(path)]
    assert not found, f"{len(found)} strings never reach translate():\n" + "\n".join(found[:60])


def test_the_scan_catches_what_it_should(tmp_path: Path) -> None:
    sample = ROOT / "esn_desk" / "_i18n_scan_sample.py"
    sample.write_text(
        "from esn_desk.core.i18n import translate\n"
        "b = QPushButton('Back up now')\n"
        "b.setToolTip(f'{n} backups')\n"
        "b.setText(translate('Ctx', 'Fine'))\n"
        "b.setText(name)\n"
        "raise UserError('Bad file')\n"
        "b.setText('ESN Desk')  # i18n: ok\n"
        "QMessageBox.warning(self, 'Title', translate('Ctx', 'Body'))\n",
        encoding="utf-8",
    )
    try:
        found = unmarked_strings(sample)
    finally:
        sample.unlink()
    assert [f.split(": ", 1)[1].split("(")[0] for f in found] == [
        "QPushButton",
        "setToolTip",
        "UserError",
        "warning",
    ]


def test_translations_are_complete_and_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_translation_that_drops_a_placeholder_is_reported() -> None:
    script = _script()
    problems = script.placeholder_errors(  # type: ignore[attr-defined]
        {
            ("Ctx", "The folder {folder} does not exist."): "Le dossier n’existe pas.",
            ("Ctx", "{n} people"): ["{n} personne", "{n} personnes"],
            ("Ctx", "Open {file}"): "Ouvrir {fichier}",
        }
    )
    assert len(problems) == 2
    assert "does not exist" in problems[0] or "does not exist" in problems[1]
    assert any("fichier" in p for p in problems)


@pytest.fixture
def french() -> object:
    i18n.install(lambda context, text, disambiguation, n: text, "fr")
    yield
    i18n.install(None)


def test_numbers_and_plurals_in_english() -> None:
    assert i18n.number(1940) == "1,940"
    assert i18n.number(12.345, 1) == "12.3"
    assert i18n.plural(1, "{n} person", "{n} people") == "1 person"
    assert i18n.plural(0, "{n} person", "{n} people") == "0 people"
    assert i18n.plural(2000, "{n} person", "{n} people") == "2,000 people"


def test_numbers_and_plurals_in_french(french: object) -> None:
    assert i18n.language() == "fr"
    assert i18n.number(1940) == "1\u202f940"
    assert i18n.number(12.345, 1) == "12,3"
    assert i18n.plural(0, "{n} personne", "{n} personnes") == "0 personne"
    assert i18n.plural(1, "{n} personne", "{n} personnes") == "1 personne"
    assert i18n.plural(2000, "{n} personne", "{n} personnes") == "2\u202f000 personnes"


def test_without_a_translator_the_core_speaks_english() -> None:
    assert i18n.translate("Backups", "Back up now") == "Back up now"
    assert i18n.QT_TRANSLATE_NOOP("Backups", "Before an import") == "Before an import"


def test_sqlite_and_os_errors_are_put_in_words_of_the_interface() -> None:
    import errno
    import sqlite3

    assert i18n.system_problem(sqlite3.DatabaseError("database disk image is malformed")) == (
        "its structure is damaged"
    )
    assert i18n.system_problem(OSError(errno.EACCES, "Permission denied")) == "permission denied"
    assert i18n.system_problem(ValueError("something else")) == "something else"
    i18n.install(lambda _c, text, _d, _n: {"permission denied": "accès refusé"}.get(text, text), "fr")
    try:
        assert i18n.system_problem(PermissionError(errno.EACCES, "Permission denied")) == "accès refusé"
    finally:
        i18n.install(None)
