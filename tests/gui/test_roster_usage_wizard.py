"""The same wizard imports an ambassador roster and an ESN usage export, with their own fields,
figures and words; both land in the Imports page's history and can be undone from the summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.import_wizard import ROSTER_KIND, USAGE_KIND, ImportWizard
from tests.support.hr_files import write_csv, write_xlsx

PEOPLE = [
    {
        "employee_id": f"{i:05d}",
        "first_name": "P",
        "last_name": f"Nom{i}",
        "email": f"nom{i}@aurore.fr",
        "site": "Lyon" if i <= 6 else "Nantes",
        "department": "Finance",
        "country": "France",
    }
    for i in range(1, 11)
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "w.esndesk", backup_dir=tmp_path / "backups")
    s.people.insert_many(PEOPLE, source="test")
    yield s
    s.close()


def _through_review(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()  # sheet
    wizard.next()  # mapping
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.problem.text()
    wizard.next()  # review
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)


def test_roster_import_through_the_wizard(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(
        tmp_path / "Ambassadeurs.xlsx",
        ["Matricule", "Nom", "Rôle", "Statut", "Date de candidature"],
        [
            ["00001", "Nom1", "Coach", "Actif", "02/03/2026"],
            ["00002", "Nom2", "Coach", "Candidat", ""],
            ["12345", "Inconnu", "Coach", "Actif", ""],
        ],
        title_rows=False,
    )
    wizard = ImportWizard(store.imports, path=path, importer=store.roster_import, kind=ROSTER_KIND)
    assert wizard.windowTitle() == "Import ambassador roster"
    _through_review(qtbot, wizard)
    fields = [c.currentData() for c in wizard.mapping_page.combos]
    assert fields == ["employee_id", None, "role", "status", "applied_on"]
    assert not wizard.mapping_page.full.isVisibleTo(wizard.mapping_page)
    review = wizard.review_page
    assert review.figures["created"].text() == "2" and review.figures["rejected"].text() == "1"
    assert review.tabs.tabText(1) == "Added to the programme (2)"
    assert review.joiners.rows[1][3] == "Applied"
    assert "import the HR extract first" in review.issues.data(review.issues.index(0, 4))
    wizard.next()  # import
    qtbot.waitUntil(lambda: wizard.run_id is not None, timeout=10_000)
    assert "2 people added to the programme" in wizard.summary_page.text.text()
    assert {r["status"] for r in store.programme.roster()} == {"active", "applied"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    wizard.summary_page._undo()
    assert store.programme.roster() == []


def test_usage_import_through_the_wizard_with_its_period(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "usage.csv",
        ["Display name", "Email", "Last activity date", "Posts", "Replies", "Likes", "Reads"],
        [
            ["a", "nom1@aurore.fr", date(2026, 10, 20), 2, 0, 1, 30],
            ["b", "nom7@aurore.fr", date(2026, 10, 21), 0, 0, 3, 10],
            ["c", "guest@partner.com", date(2026, 10, 21), 1, 0, 0, 1],
        ],
    )
    wizard = ImportWizard(store.imports, path=path, importer=store.usage_import, kind=USAGE_KIND)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == [
        None,
        "email",
        "last_active",
        "posts",
        "comments",
        "reactions",
        "views",
    ]
    page.period_start.setDate(date(2026, 11, 1))
    page.period_end.setDate(date(2026, 10, 31))
    assert not page.isComplete() and "period starts after it ends" in page.problem.text()
    page.period_start.setDate(date(2026, 10, 1))
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    review = wizard.review_page
    assert review.figures["matched"].text() == "2"
    assert review.figures["contributors"].text() == "1" and review.figures["readers"].text() == "1"
    assert review.figures["not_in_directory"].text() == "1"
    assert "01/10/2026 – 31/10/2026" in review.progress_text.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_id is not None, timeout=10_000)
    assert "1 contributors, 1 readers" in wizard.summary_page.text.text()
    latest = store.adoption.latest()
    assert latest is not None and (latest.start, latest.end) == ("2026-10-01", "2026-10-31")
    assert store.imports.history()[0].what == "usage"
