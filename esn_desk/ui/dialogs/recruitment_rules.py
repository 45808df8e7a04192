"""Ambassadors → Recruitment rules…: approval flow, eligibility, roles and sources of this programme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from esn_desk.core.programme import FLOWS, ProgrammeRules, ProgrammeService, Rule
from esn_desk.ui.dialogs.base import SaveDialog


def _split(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.replace(";", ",").split(",") if v.strip())


class RecruitmentRulesDialog(SaveDialog):
    """Covers the usual rules (active, excluded departments, countries, sites, seniority); the rules
    are checked in core whenever someone is added to the programme."""

    def __init__(self, programme: ProgrammeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recruitment rules")
        self.setMinimumWidth(640)
        self._programme = programme
        rules = programme.rules()
        by_kind = {(r.kind, r.field): r for r in rules.rules}
        self.flow = QComboBox()
        for key, text in FLOWS.items():
            self.flow.addItem(text, key)
        self.flow.setCurrentIndex(self.flow.findData(rules.flow))
        self.active = QCheckBox("Only employees who have not left")
        self.active.setChecked(("active", "") in by_kind)
        self.excluded_departments = QLineEdit(
            ", ".join(by_kind.get(("not_in", "department"), Rule("")).values)
        )
        self.excluded_departments.setPlaceholderText("e.g. Informatique, IT — comma-separated")
        self.countries = QLineEdit(", ".join(by_kind.get(("in", "country"), Rule("")).values))
        self.countries.setPlaceholderText("any country (or e.g. France)")
        self.sites = QLineEdit(", ".join(by_kind.get(("in", "site"), Rule("")).values))
        self.sites.setPlaceholderText("any site")
        self.seniority = QSpinBox()
        self.seniority.setRange(0, 600)
        self.seniority.setSuffix(" months")
        self.seniority.setSpecialValueText("no minimum")
        self.seniority.setValue(by_kind.get(("min_months", ""), Rule("min_months")).months)
        self.roles = QPlainTextEdit("\n".join(f"{name} — {text}" for name, text in rules.roles.items()))
        self.roles.setFixedHeight(110)
        self.sources = QPlainTextEdit("\n".join(rules.sources))
        self.sources.setFixedHeight(100)
        form = QFormLayout()
        form.addRow("Approval", self.flow)
        form.addRow("Eligibility", self.active)
        form.addRow("Departments not allowed", self.excluded_departments)
        form.addRow("Only these countries", self.countries)
        form.addRow("Only these sites", self.sites)
        form.addRow("Minimum seniority", self.seniority)
        form.addRow("Roles", self.roles)
        roles_hint = QLabel("One per line: name — what the role does (coaching is not IT support).")
        roles_hint.setProperty("role", "muted")
        roles_hint.setWordWrap(True)
        form.addRow("", roles_hint)
        form.addRow("Sources", self.sources)
        self.finish(form)

    def edited(self) -> ProgrammeRules:
        rules: list[Rule] = []
        if self.active.isChecked():
            rules.append(Rule("active"))
        if departments := _split(self.excluded_departments.text()):
            rules.append(Rule("not_in", "department", departments))
        if countries := _split(self.countries.text()):
            rules.append(Rule("in", "country", countries))
        if sites := _split(self.sites.text()):
            rules.append(Rule("in", "site", sites))
        if self.seniority.value():
            rules.append(Rule("min_months", months=self.seniority.value()))
        roles: dict[str, str] = {}
        for line in self.roles.toPlainText().splitlines():
            name, _, description = line.partition("—")
            if not description:
                name, _, description = line.partition(" - ")
            if name.strip():
                roles[name.strip()] = description.strip()
        sources = [line.strip() for line in self.sources.toPlainText().splitlines() if line.strip()]
        return ProgrammeRules(flow=self.flow.currentData(), rules=rules, roles=roles, sources=sources)

    def save(self) -> None:
        self._programme.save_rules(self.edited())
