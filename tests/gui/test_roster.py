"""The Ambassadors page and recruiting from the directory, as a user drives them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import ProgrammeRules, Rule
from esn_desk.core.store import Store, open_store
from esn_desk.ui.dialogs.recruit import RecruitDialog
from esn_desk.ui.views import roster as roster_module
from esn_desk.ui.views.directory import DirectoryPage
from esn_desk.ui.views.roster import RosterPage

PEOPLE = [
    {
        "employee_id": "1",
        "first_name": "Anne",
        "last_name": "Durand",
        "email": "anne@x.fr",
        "department": "Finance",
        "site": "Lyon",
        "manager_email": "claire@x.fr",
    },
    {
        "employee_id": "2",
        "first_name": "Bob",
        "last_name": "Martin",
        "email": "bob@x.fr",
        "department": "Informatique",
        "site": "Lyon",
    },
    {
        "employee_id": "3",
        "first_name": "Claire",
        "last_name": "Vasseur",
        "email": "claire@x.fr",
        "department": "Direction",
        "site": "Lyon",
    },
]


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    s.people.insert_many(PEOPLE, source="t")
    s.programme.save_rules(
        ProgrammeRules(
            flow="hr_then_manager", rules=[Rule("active"), Rule("not_in", "department", ("Informatique",))]
        )
    )
    yield s
    s.close()


def select_person(page: DirectoryPage, name: str) -> None:
    page.search.setText(name)
    assert page.model.rowCount() == 1


def test_recruiting_from_the_directory_checks_eligibility(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DirectoryPage(store.people, store.programme)
    qtbot.addWidget(page)
    page.show()
    select_person(page, "anne")
    assert page.panel.recruit_button.isVisibleTo(page.panel)
    dialog = page.recruit_current()
    assert isinstance(dialog, RecruitDialog) and "Eligible" in dialog.eligibility.text()
    dialog.motivation.setPlainText("Volontaire après la campagne d'affichage")
    dialog.accept()
    assert page.panel.programme_status.text() == "Ambassador — applied"
    assert not page.panel.recruit_button.isVisibleTo(page.panel)

    select_person(page, "bob")
    dialog = page.recruit_current()
    assert dialog is not None and "Not eligible: department is Informatique" in dialog.eligibility.text()
    dialog.accept()
    assert "not eligible" in dialog.error.text() and dialog.isVisible()
    dialog.override.setPlainText("Pilot champion")
    dialog.accept()
    assert store.programme.for_person(store.people.match_ids(page.current_query())[0]) is not None


def test_the_roster_moves_a_selection_through_the_approval_steps(
    qtbot,
    store: Store,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = store.people.match_ids(DirectoryQuery(text="bob"))[0]
    ids = [store.programme.recruit(pid) for pid in store.people.match_ids(DirectoryQuery()) if pid != bob]
    assert len(ids) == 2
    page = RosterPage(store.programme)
    qtbot.addWidget(page)
    page.show()
    assert page.summary.text() == "0 active · 2 waiting for approval · 0 paused"
    page.table.selectAll()
    assert page.action_buttons["hr_validated"].isEnabled()
    assert not page.action_buttons["active"].isEnabled()  # HR, then the manager, come first

    answers = iter([("RH — Sophie", ""), ("", ""), ("", "")])

    def fake_exec(dialog: QDialog) -> int:
        who, note = next(answers)
        if who:
            dialog.who.setText(who)  # type: ignore[attr-defined]
        dialog.note.setPlainText(note)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(roster_module.StepDialog, "exec", fake_exec)
    page.move_selection("hr_validated")
    assert store.programme.counts_by_status()["hr_validated"] == 2
    # One at a time for the manager: the dialog is pre-filled with the manager from the HR data.
    page.set_stage(None)
    anne_row = next(i for i, r in enumerate(page.model.items) if r["name"] == "Anne Durand")
    page.table.clearSelection()
    page.table.selectRow(anne_row)
    assert store.programme.manager_of(page.selected_ids()[0]) == "Claire Vasseur <claire@x.fr>"
    page.move_selection("manager_confirmed")
    candidacy = store.programme.get(page.selected_ids()[0])
    assert (
        candidacy is not None and candidacy.fields["manager_confirmed_by"] == "Claire Vasseur <claire@x.fr>"
    )
    assert "Manager-confirmed" in page.panel.history.text()

    page.copy_emails()
    assert QApplication.clipboard().text() == "anne@x.fr"


def test_declining_needs_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = roster_module.StepDialog("Decline: Anne", "RH", note_required=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Say why" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted


def test_an_empty_programme_says_how_to_recruit(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(store.programme)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert "Add to the programme" in page.empty.text_label.text()


def test_recruitment_rules_are_edited_for_the_utility_programme(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(store.programme)
    qtbot.addWidget(page)
    dialog = page.edit_rules()
    assert dialog.flow.currentData() == "hr_then_manager"
    assert dialog.excluded_departments.text() == "Informatique"
    dialog.flow.setCurrentIndex(dialog.flow.findData("hr"))
    dialog.excluded_departments.setText("Informatique; IT")
    dialog.countries.setText("France")
    dialog.seniority.setValue(6)
    dialog.accept()
    rules = store.programme.rules()
    assert rules.flow == "hr"
    assert [r.describe() for r in rules.rules] == [
        "Employee is active",
        "Department is not Informatique / IT",
        "Country is France",
        "Hired at least 6 months ago",
    ]
    dialog = page.edit_rules()
    dialog.roles.setPlainText("")
    dialog.accept()
    assert "at least one role" in dialog.error.text() and dialog.isVisible()


def test_editing_an_ambassadors_objective_privileges_and_community(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    anne = store.programme.recruit(store.people.match_ids(DirectoryQuery(text="anne"))[0])
    page = RosterPage(store.programme)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    dialog = page.edit_current()
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("Coach"))
    dialog.objective.setText("Get my team of 40 posting weekly")
    dialog.target.setValue(40)
    dialog.privileges["Further training"].setChecked(True)
    dialog.community.setChecked(True)
    dialog.accept()
    fields = store.programme.get(anne).fields  # type: ignore[union-attr]
    assert (fields["role"], fields["objective"], fields["objective_target"], fields["community_member"]) == (
        "Coach",
        "Get my team of 40 posting weekly",
        40.0,
        1,
    )
    assert fields["privileges"] == '["Further training"]' and fields["objective_due"] is None
    assert "Get my team of 40 posting weekly" in page.panel.values["objective"].text()


def test_adding_a_selection_skips_the_ineligible_and_reports_them(
    qtbot,
    store: Store,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    page = DirectoryPage(store.people, store.programme)
    qtbot.addWidget(page)
    page.show()
    page.table.selectAll()
    dialog = page.recruit_selected()
    assert dialog is not None and "1 of 3 are not eligible" in dialog.eligibility.text()
    dialog.accept()
    assert store.programme.counts_by_status()["applied"] == 2
    assert shown and "2 people were added" in shown[0] and "Bob Martin is not eligible" in shown[0]


def test_pipeline_tabs_and_filters_narrow_the_roster_in_sql(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(demo_store.programme)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    counts = demo_store.programme.counts_by_status()
    texts = [page.stages.tabText(i) for i in range(page.stages.count())]
    assert texts[0] == f"All ({sum(counts.values())})"
    assert f"Active ({counts['active']})" in texts
    page.set_stage("active")
    assert {r["status"] for r in page.model.items} == {"active"}
    assert len(page.model.items) == counts["active"]
    site = page.facets["site"]
    chosen = site.itemData(1)
    site.setCurrentIndex(1)
    assert page.model.items and {r["site"] for r in page.model.items} == {chosen}
    role = page.facets["role"]
    role.setCurrentIndex(role.findData("Mentor"))
    assert all(r["role"] == "Mentor" and r["site"] == chosen for r in page.model.items)
    expected = demo_store.programme.roster(status="active", filters={"site": chosen, "role": "Mentor"})
    assert page.model.items == expected
    page.refresh()  # the filters keep their choice when the page reloads
    assert site.currentData() == chosen and role.currentData() == "Mentor"
    assert not page.grab().isNull()
