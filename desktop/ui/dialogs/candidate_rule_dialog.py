"""Add or change one of a movement's candidate rules: a contribution level, or the first N
(or P percent) of a target group by total score."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.domain.awards import Catalog
from desktop.domain.candidates import (
    COUNTED_KINDS,
    MAX_TOP_N,
    CandidateRule,
    RuleKind,
    RuleSheet,
    number_text,
)
from desktop.domain.errors import ValidationError
from desktop.domain.participation import ContributionKind
from desktop.domain.targets import parse_number
from desktop.services import candidates
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog
from desktop.ui.widgets.candidate_labels import error_text, kind_label, measure_label


def _rule_words(exc: ValidationError) -> str:
    return error_text(exc)


class CandidateRuleDialog(FormDialog):
    """The form of one rule; `save()` stores it (errors shown under their field, in words)."""

    validation_words = staticmethod(_rule_words)

    def __init__(
        self,
        ws: Workspace,
        sheet: RuleSheet,
        catalog: Catalog,
        rule: CandidateRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._sheet = sheet
        self._catalog = catalog
        self._rule = rule
        self._rule_id = rule.id if rule else None
        self.rule_id: int | None = self._rule_id
        self.setWindowTitle(self.tr("Candidate rule") if rule else self.tr("New candidate rule"))
        self.setup()
        self.kind_box.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._show_rows()
        self.resize(560, 360)

    def _build_ui(self) -> None:
        self.kind_box = QComboBox()
        for kind in RuleKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.measure_box = QComboBox()
        for ck in COUNTED_KINDS:
            self.measure_box.addItem(measure_label(ck), ck.value)
        self.minimum_edit = QLineEdit()
        self.minimum_edit.setPlaceholderText(self.tr("e.g. 50.000.000 or 200"))
        self.cumulative_check = QCheckBox(
            self.tr("Count every contribution since the movement began, not the year's only")
        )
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Each group on its own"), None)
        for gid, name in self._sheet.groups.items():
            self.group_box.addItem(name, gid)
        self.top_n_spin = QSpinBox()
        self.top_n_spin.setRange(1, MAX_TOP_N)
        self.top_n_spin.setValue(3)
        self.percent_edit = QLineEdit()
        self.percent_edit.setPlaceholderText(self.tr("e.g. 10 or 12,5"))
        self.award_box = QComboBox()
        self.award_box.setEditable(True)
        self.award_box.addItem("", "")
        for a in self._catalog.awards:
            self.award_box.addItem(a.name, a.code)
        self.note_edit = QLineEdit()
        # Rows by the service's field names; some are shown for one kind of rule only.
        self._rows: dict[str, QWidget] = {}
        for field, label, widget in (
            ("kind", self.tr("&Rule:"), self.kind_box),
            ("contribution_kind", self.tr("&Counts:"), self.measure_box),
            ("minimum", self.tr("&Level at least:"), self.minimum_edit),
            ("cumulative", "", self.cumulative_check),
            ("group_id", self.tr("&Group:"), self.group_box),
            ("top_n", self.tr("&First places:"), self.top_n_spin),
            ("top_percent", self.tr("First &percent:"), self.percent_edit),
            ("award", self.tr("&Award it grounds:"), self.award_box),
            ("note", self.tr("&Note:"), self.note_edit),
        ):
            self._rows[field] = self.add_row(field, label, widget)
        self.hint = QLabel(
            self.tr(
                "Ties at the last place all qualify; a percentage of a group is rounded up. "
                "Only participants scored in the year are ranked. The level is the office's own "
                "(the plan or the province sets it; the law gives no figure)."
            )
        )
        self.hint.setWordWrap(True)
        super()._build_ui()
        self.main.addWidget(self.hint)

    def load(self) -> None:
        if self._rule is not None:
            self._fill(self._rule)

    def _fill(self, rule: CandidateRule) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(rule.kind.value))
        if rule.contribution_kind is not None:
            self.measure_box.setCurrentIndex(
                self.measure_box.findData(rule.contribution_kind.value)
            )
        if rule.minimum is not None:
            self.minimum_edit.setText(number_text(rule.minimum))
        self.cumulative_check.setChecked(rule.cumulative)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(rule.group_id)))
        if rule.top_n is not None:
            self.top_n_spin.setValue(rule.top_n)
        if rule.top_percent is not None:
            self.percent_edit.setText(number_text(rule.top_percent))
        index = self.award_box.findData(rule.award)
        if index >= 0:
            self.award_box.setCurrentIndex(index)
        else:
            self.award_box.setEditText(rule.award)
        self.note_edit.setText(rule.note)

    @property
    def kind(self) -> RuleKind:
        """The rule kind chosen."""
        return RuleKind(str(self.kind_box.currentData()))

    def _show_rows(self) -> None:
        contribution = self.kind is RuleKind.CONTRIBUTION
        shown = {
            "contribution_kind": contribution,
            "minimum": contribution,
            "cumulative": contribution,
            "group_id": not contribution,
            "top_n": self.kind is RuleKind.TOP_N,
            "top_percent": self.kind is RuleKind.TOP_PERCENT,
        }
        for key, visible in shown.items():
            self.form.setRowVisible(self._rows[key], visible)

    def _award(self) -> str:
        text = self.award_box.currentText()
        index = self.award_box.findText(text)
        return str(self.award_box.itemData(index) or "") if index >= 0 else text

    def value(self) -> CandidateRule:
        """The rule as typed (ValidationError for a number that is not one)."""
        kind = self.kind
        contribution = kind is RuleKind.CONTRIBUTION
        return CandidateRule(
            self._sheet.movement_id,
            kind,
            ContributionKind(str(self.measure_box.currentData())) if contribution else None,
            parse_number(self.minimum_edit.text(), "minimum") if contribution else None,
            self.cumulative_check.isChecked() and contribution,
            None if contribution else self.group_box.currentData(),
            self.top_n_spin.value() if kind is RuleKind.TOP_N else None,
            parse_number(self.percent_edit.text(), "top_percent")
            if kind is RuleKind.TOP_PERCENT
            else None,
            self._award(),
            self.note_edit.text(),
            self._rule_id,
        )

    def values(self) -> CandidateRule:
        return self.value()

    def write(self, values: object) -> int:
        assert isinstance(values, CandidateRule)
        self.rule_id = candidates.save_rule(self._ws, values)
        return self.rule_id
