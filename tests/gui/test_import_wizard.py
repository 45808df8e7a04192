"""The import wizard as a user drives it: file → sheet → mapping → review → import → summary → undo."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.import_wizard import ImportWizard
from esn_desk.ui.main_window import MainWindow
from esn_desk.ui.views.imports import ImportsPage
from tests.support.hr_files import FRENCH_HEADERS, french_extract, write_xlsx


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "wizard.esndesk", backup_dir=tmp_path / "backups")
    yield s
    s.close()


def open_wizard(qtbot, store: Store, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(store.imports, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def go_to_review(qtbot, wizard: ImportWizard, *, full: bool = False) -> None:  # type: ignore[no-untyped-def]
    wizard.next()  # → sheet
    assert wizard.sheet_page.header_spin.value() == 4
    wizard.next()  # → mapping
    wizard.mapping_page.full.setChecked(full)
    wizard.next()  # → review (checks rows in the background)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)


def test_a_messy_french_extract_goes_through_the_wizard(
    qtbot,
    store: Store,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = open_wizard(qtbot, store, french_extract(tmp_path / "extract.xlsx"))
    assert "Header found on row 4" in wizard.file_page.status.text()
    wizard.next()
    assert wizard.sheet_page.model.header_row == 4
    wizard.next()
    fields = [c.currentData() for c in wizard.mapping_page.combos]
    assert fields[:4] == ["employee_id", "last_name", "first_name", "email"] and fields[-1] is None
    assert wizard.mapping_page.isComplete()
    # Unmapping both keys is caught before going on.
    wizard.mapping_page.combos[0].setCurrentIndex(0)
    wizard.mapping_page.combos[3].setCurrentIndex(0)
    assert not wizard.mapping_page.isComplete() and "Employee ID" in wizard.mapping_page.problem.text()
    wizard.mapping_page.combos[0].setCurrentIndex(wizard.mapping_page.combos[0].findData("employee_id"))
    wizard.mapping_page.combos[3].setCurrentIndex(wizard.mapping_page.combos[3].findData("email"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    review = wizard.review_page
    assert review.figures["created"].text() == "4" and review.figures["rejected"].text() == "4"
    assert review.issues.rowCount() == 6
    review.kind_filter.setCurrentIndex(review.kind_filter.findData("rejected"))
    assert review.issues.rowCount() == 4
    review.search.setText("00104")
    assert review.issues.rowCount() == 1

    target = tmp_path / "refused.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    review._export_errors()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][: len(FRENCH_HEADERS)] == tuple(FRENCH_HEADERS) and len(rows) == 5

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert store.people.count() == 4
    assert "4 new people" in wizard.summary_page.text.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    wizard.summary_page._undo()
    assert store.people.count() == 0
    assert store.imports.history()[0].status == "undone"


def test_cancel_during_the_import_changes_nothing(
    qtbot,
    store: Store,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = open_wizard(qtbot, store, french_extract(tmp_path / "extract.xlsx"))
    go_to_review(qtbot, wizard)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    # The import pauses after its first progress report until the user's Cancel reaches it.
    real_apply = store.imports.apply

    def paused_apply(plan, *, progress=None, cancelled=None, **kwargs):  # type: ignore[no-untyped-def]
        def report(done: int, total: int, text: str) -> None:
            progress(done, total, text)
            deadline = time.monotonic() + 5
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        return real_apply(plan, progress=report, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(store.imports, "apply", paused_apply)
    wizard.run_page.progress.valueChanged.connect(lambda _v: wizard.run_page.cancel())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.review_page, timeout=10_000)
    assert messages and "nothing was changed" in messages[0]
    assert store.people.count() == 0 and store.imports.history() == []


def test_reimport_as_full_extract_shows_joiners_changes_and_leavers(
    qtbot, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = write_xlsx(
        tmp_path / "v1.xlsx",
        ["Matricule", "Nom", "Prénom", "Site"],
        [
            ["001", "Durand", "Anne", "Lyon"],
            ["002", "Petit", "Marc", "Paris"],
            ["003", "Roux", "Léa", "Lille"],
        ],
    )
    plan = store.imports.plan(first)
    store.imports.apply(plan)
    second = write_xlsx(
        tmp_path / "v2.xlsx",
        ["Matricule", "Nom", "Prénom", "Site"],
        [
            ["001", "Durand", "Anne", "Lyon"],
            ["002", "Petit", "Marc", "Nantes"],
            ["004", "Nouveau", "Paul", "Lyon"],
        ],
    )
    wizard = open_wizard(qtbot, store, second)
    go_to_review(qtbot, wizard, full=True)
    figures = {k: v.text() for k, v in wizard.review_page.figures.items()}
    assert figures == {
        "created": "1",
        "updated": "1",
        "unchanged": "1",
        "left": "1",
        "rejected": "0",
        "warnings": "0",
    }
    review = wizard.review_page
    assert review.leavers.rows == [("Léa Roux",)]
    assert [r[1] for r in review.joiners.rows] == ["Paul Nouveau"]
    assert review.changes.rows == [("6", "Marc Petit", "Site: Paris → Nantes")]  # as Excel numbers it
    assert [review.tabs.tabText(i) for i in range(4)] == [
        "Problems (0)",
        "New people (1)",
        "Changes (1)",
        "Leaving (1)",
    ]


def test_dropping_a_spreadsheet_on_the_window_opens_the_wizard(
    qtbot,
    store: Store,
    qsettings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = MainWindow(store, qsettings, data_dir=tmp_path, log_path=tmp_path / "log")
    qtbot.addWidget(window)
    window.show()
    path = french_extract(tmp_path / "drop.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    from esn_desk.ui.dialogs.drop_import import DropImportDialog

    qtbot.waitUntil(lambda: window.findChild(DropImportDialog) is not None, timeout=5_000)
    offer = window.findChild(DropImportDialog)
    assert offer.what() == "hr" and "looks like an HR extract" in offer.summary.text()
    offer.accept()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.file_page.path_edit.text() == str(path)
    wizard.reject()


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "extract.xlsx"
    bad.write_bytes(b"%PDF-1.7 not a spreadsheet")
    wizard = ImportWizard(store.imports, path=bad)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: "PDF" in wizard.file_page.status.text(), timeout=10_000)
    assert not wizard.file_page.isComplete()


def test_imports_page_lists_runs_and_undoes_the_latest(
    qtbot,
    store: Store,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = ImportsPage(store.imports)
    qtbot.addWidget(page)
    page.show()  # hidden pages load their data when first shown
    assert page.stack.currentWidget() is page.empty and not page.undo_button.isEnabled()
    store.imports.apply(store.imports.plan(french_extract(tmp_path / "a.xlsx")))
    page.refresh()
    assert page.model.rowCount() == 1 and page.undo_button.isEnabled()
    assert page.model.data(page.model.index(0, 1)) == "a.xlsx"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.undone):
        page._undo()
    page.refresh()
    assert store.people.count() == 0
    assert page.model.data(page.model.index(0, 10)) == "Undone" and not page.undo_button.isEnabled()


def test_a_typed_path_is_read_when_enter_is_pressed(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = french_extract(tmp_path / "typed.xlsx")
    wizard = ImportWizard(store.imports)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert "Header found on row 4" in wizard.file_page.status.text()


def test_enter_on_the_last_page_finishes_and_never_undoes(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, store, french_extract(tmp_path / "a.xlsx"))
    go_to_review(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert not wizard.summary_page.undo_button.autoDefault()
    assert all(
        not b.autoDefault()
        for page in (wizard.file_page, wizard.review_page, wizard.run_page)
        for b in page.findChildren(type(wizard.summary_page.undo_button))
    )
    assert store.people.count() == 4


def test_the_review_and_history_models_pass_the_qt_model_tester(
    qtmodeltester, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.ui.dialogs.import_wizard import IssuesModel, PreviewModel, RowsModel
    from esn_desk.ui.views.imports import ImportsModel

    path = french_extract(tmp_path / "a.xlsx")
    plan = store.imports.plan(path)
    store.imports.apply(plan)
    issues = IssuesModel()
    issues.set_issues(plan.errors, plan.warnings)
    rows = RowsModel(("Name",))
    rows.set_rows([("Anne",), ("Marc",)])
    history = ImportsModel()
    history.set_records(store.imports.history())
    preview = PreviewModel()
    preview.set_rows(store.imports.inspect(path).rows, 4)
    for model in (issues, rows, history, preview):
        qtmodeltester.check(model)
