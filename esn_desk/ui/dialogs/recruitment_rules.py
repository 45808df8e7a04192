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

from esn_desk.core.i18n import translate
from esn_desk.core.programme import (
    FLOWS,
    ProgrammeRules,
    ProgrammeService,
    Rule,
    default_description,
    flow_label,
    role_code,
    role_description,
    role_label,
    source_code,
    source_label,
)
from esn_desk.ui.dialogs.base import SaveDialog


def _split(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.replace(";", ",").split(",") if v.strip())


class RecruitmentRulesDialog(SaveDialog):
    """Covers the usual rules (active, excluded departments, countries, sites, seniority); the rules
    are checked in core whenever someone is added to the programme."""

    def __init__(self, programme: ProgrammeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecruitmentRulesDialog", "Recruitment rules"))
        self.setMinimumWidth(640)
        self._programme = programme
        rules = programme.rules()
        by_kind = {(r.kind, r.field): r for r in rules.rules}
        self.flow = QComboBox()
        for key in FLOWS:
            self.flow.addItem(flow_label(key), key)
        self.flow.setCurrentIndex(self.flow.findData(rules.flow))
        self.active = QCheckBox(translate("RecruitmentRulesDialog", "Only employees who have not left"))
        self.active.setChecked(("active", "") in by_kind)
        self.excluded_departments = QLineEdit(
            ", ".join(by_kind.get(("not_in", "department"), Rule("")).values)
        )
        self.excluded_departments.setPlaceholderText(
            translate("RecruitmentRulesDialog", "e.g. Informatique, IT — comma-separated")
        )
        self.countries = QLineEdit(", ".join(by_kind.get(("in", "country"), Rule("")).values))
        self.countries.setPlaceholderText(translate("RecruitmentRulesDialog", "any country (or e.g. France)"))
        self.sites = QLineEdit(", ".join(by_kind.get(("in", "site"), Rule("")).values))
        self.sites.setPlaceholderText(translate("RecruitmentRulesDialog", "any site"))
        self.seniority = QSpinBox()
        self.seniority.setRange(0, 600)
        self.seniority.setSuffix(translate("RecruitmentRulesDialog", " months"))
        self.seniority.setSpecialValueText(translate("RecruitmentRulesDialog", "no minimum"))
        self.seniority.setValue(by_kind.get(("min_months", ""), Rule("min_months")).months)
        # The default roles and sources are shown translated and stored in English (see edited()).
        self.roles = QPlainTextEdit(
            "\n".join(
                f"{role_label(name)} — {role_description(name, text)}" for name, text in rules.roles.items()
            )
        )
        self.roles.setFixedHeight(110)
        self.sources = QPlainTextEdit("\n".join(source_label(s) for s in rules.sources))
        self.sources.setFixedHeight(100)
        form = QFormLayout()
        form.addRow(translate("RecruitmentRulesDialog", "Approval"), self.flow)
        form.addRow(translate("RecruitmentRulesDialog", "Eligibility"), self.active)
        form.addRow(translate("RecruitmentRulesDialog", "Departments not allowed"), self.excluded_departments)
        form.addRow(translate("RecruitmentRulesDialog", "Only these countries"), self.countries)
        form.addRow(translate("RecruitmentRulesDialog", "Only these sites"), self.sites)
        form.addRow(translate("RecruitmentRulesDialog", "Minimum seniority"), self.seniority)
        form.addRow(translate("RecruitmentRulesDialog", "Roles"), self.roles)
        roles_hint = QLabel(
            translate(
                "RecruitmentRulesDialog",
                "One per line: name — what the role does (coaching is not IT support).",
            )
        )
        roles_hint.setProperty("role", "muted")
        roles_hint.setWordWrap(True)
        form.addRow("", roles_hint)
        form.addRow(translate("RecruitmentRulesDialog", "Sources"), self.sources)
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
                role = role_code(name.strip())
                roles[role] = default_description(role, description.strip())
        sources = [
            source_code(line.strip()) for line in self.sources.toPlainText().splitlines() if line.strip()
        ]
        return ProgrammeRules(flow=self.flow.currentData(), rules=rules, roles=roles, sources=sources)

    def save(self) -> None:
        self._programme.save_rules(self.edited())
