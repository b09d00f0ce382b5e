"""The movement form: everything the launching plan says, or a copy of an earlier movement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deadlines import plan_duties
from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.movements import (
    CriterionInput,
    DocumentRef,
    GroupKind,
    MilestoneInput,
    MilestoneKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
)
from desktop.domain.quotas import QuotaInput
from desktop.services import movements, quotas
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog, run_form
from desktop.ui.dialogs.movement_fields import (
    cell_text,
    date_edit,
    fmt_number,
    make_table,
    movement_error_text,
    parse_day,
    parse_number,
    qdate,
    with_buttons,
)
from desktop.ui.dialogs.movement_quotas import QuotaTab


class MovementDialog(FormDialog):
    """Create or edit a movement. `values()` returns a MovementSave."""

    validation_words = staticmethod(movement_error_text)

    def __init__(
        self, ws: Workspace, movement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent)
        self.movement_id = movement_id
        self._groups: list[TargetGroupInput] = []
        self._current_group = -1
        self._suggested: tuple[MilestoneInput, ...] = ()
        # The table row of each target and milestone given to the service (empty rows are left
        # out, so a service error's index is not the row's).
        self._target_rows: list[int] = []
        self._milestone_rows: list[int] = []
        self.setWindowTitle(self.tr("Emulation movement"))
        self.resize(860, 640)
        self.setup()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("Plan"))
        self.tabs.addTab(self._targets_tab(), self.tr("Targets"))
        self.tabs.addTab(self._groups_tab(), self.tr("Target groups and criteria"))
        self.tabs.addTab(self._milestones_tab(), self.tr("Milestones"))
        self.quota_tab = QuotaTab(self._ws)
        self.tabs.addTab(self.quota_tab, self.tr("Award quotas"))
        if self.movement_id is None:
            self.main.addLayout(self._copy_row())
        self.main.addWidget(self.tabs)

    def load(self) -> None:
        if self.movement_id is not None:
            self.show_movement(movements.get(self._ws, self.movement_id).data)
            self.quota_tab.set_quotas(quotas.for_movement(self._ws, self.movement_id))
            return
        # A new movement: the duties the provincial plans set, for the period chosen (the
        # period gives the sơ kết and tổng kết years); they follow the period until edited.
        self.suggest_duties()
        self.start_edit.dateChanged.connect(lambda _d: self._follow_period())
        self.end_edit.dateChanged.connect(lambda _d: self._follow_period())

    def _copy_row(self) -> QHBoxLayout:
        self.copy_source = QComboBox()
        self.copy_source.addItem(self.tr("(a new plan)"), None)
        for m in movements.list_movements(self._ws):
            self.copy_source.addItem(f"{m.name} ({m.start.year}-{m.end.year})", m.id)
        self.copy_button = QPushButton(self.tr("Copy with dates shifted"))
        self.copy_button.setToolTip(
            self.tr(
                "Take groups, criteria, award forms and milestones from an earlier movement; "
                "every date moves to the start date below"
            )
        )
        self.copy_button.clicked.connect(self.copy_from_selected)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Start from:")))
        row.addWidget(self.copy_source, 1)
        row.addWidget(self.copy_button)
        return row

    def _general_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.kind_combo = QComboBox()
        for kind, text in (
            (MovementKind.REGULAR, self.tr("Regular (yearly)")),
            (MovementKind.CAMPAIGN, self.tr("By campaign")),
            (MovementKind.THEMATIC, self.tr("Thematic")),
        ):
            self.kind_combo.addItem(text, kind)
        self.start_edit = date_edit(date(date.today().year, 1, 1))
        self.end_edit = date_edit(date(date.today().year, 12, 31))
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel("–"))
        period_row.addWidget(self.end_edit)
        period_row.addStretch()
        self.basis_number, self.basis_date, self.basis_issuer, basis = self._docref_row()
        self.plan_number, self.plan_date, self.plan_issuer, plan = self._docref_row()
        self.purpose_edit = QPlainTextEdit()
        self.requirements_edit = QPlainTextEdit()
        self.award_forms_edit = QPlainTextEdit()
        self.award_forms_edit.setPlaceholderText(self.tr("One award form per line"))
        self.add_row("name", self.tr("&Name:"), self.name_edit)
        self.add_row("kind", self.tr("&Kind:"), self.kind_combo)
        period_label = QLabel(self.tr("&Period:"))  # a row of two dates: the first one's key
        period_label.setBuddy(self.start_edit)
        self.add_row("start", period_label, period, self.start_edit)
        self.place_error("end", "start", self.end_edit)
        self.add_row("basis", self.tr("Plan it implements:"), basis, self.basis_number)
        self.add_row("plan", self.tr("Our plan:"), plan, self.plan_number)
        self.add_row("purpose", self.tr("P&urpose:"), self.purpose_edit)
        self.add_row("requirements", self.tr("&Requirements:"), self.requirements_edit)
        self.add_row("award_forms", self.tr("&Award forms:"), self.award_forms_edit)
        self.form.addRow("", self._catalog_row())
        page = QWidget()
        page.setLayout(self.form)
        return page

    def _catalog_row(self) -> QHBoxLayout:
        """Pick award forms from the award catalog (free text stays possible)."""
        from desktop.services import catalog

        self.catalog_combo = QComboBox()
        for award in catalog.load(self._ws).awards:
            self.catalog_combo.addItem(award.name, award.code)
        add = QPushButton(self.tr("Add from the catalog"))
        add.clicked.connect(self.add_catalog_award)
        row = QHBoxLayout()
        row.addWidget(self.catalog_combo, 1)
        row.addWidget(add)
        return row

    def add_catalog_award(self) -> None:
        """Append the chosen catalog award to the award forms (once)."""
        name = self.catalog_combo.currentText()
        lines = [x for x in self.award_forms_edit.toPlainText().splitlines() if x.strip()]
        if name and name not in lines:
            self.award_forms_edit.setPlainText("\n".join([*lines, name]))

    def _docref_row(self) -> tuple[QLineEdit, QDateEdit, QLineEdit, QWidget]:
        number = QLineEdit()
        number.setPlaceholderText(self.tr("Number, e.g. 130/KH-UBND"))
        when = date_edit(optional=True)
        issuer = QLineEdit()
        issuer.setPlaceholderText(self.tr("Issued by"))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(number, 2)
        row.addWidget(when)
        row.addWidget(issuer, 3)
        return number, when, issuer, box

    def _targets_tab(self) -> QWidget:
        self.targets = make_table(
            [self.tr("Target"), self.tr("Value"), self.tr("Unit"), self.tr("Achieved")]
        )
        return with_buttons(self.targets)

    def _groups_tab(self) -> QWidget:
        self.groups_table = make_table([self.tr("Group name"), self.tr("Kind")])
        self.groups_table.currentCellChanged.connect(self._group_changed)
        self.criteria = make_table([self.tr("Criterion"), self.tr("Maximum score")])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(with_buttons(self.groups_table, add=self._add_group))
        layout.addWidget(QLabel(self.tr("Criteria of the selected group:")))
        layout.addWidget(with_buttons(self.criteria))
        return page

    def _milestones_tab(self) -> QWidget:
        self.milestones = make_table(
            [
                self.tr("Milestone"),
                self.tr("Kind"),
                self.tr("Due (dd/mm/yyyy)"),
                self.tr("Done"),
                self.tr("Who does it"),
            ]
        )
        page = with_buttons(self.milestones, add=lambda: self._add_milestone(None))
        pattern = QPushButton(self.tr("Usual pattern for the period"))
        pattern.clicked.connect(self.suggest_duties)
        page.layout().addWidget(pattern)  # type: ignore[union-attr]
        return page

    # --- groups --------------------------------------------------------------------------------

    def _kind_combo(self, kind: GroupKind) -> QComboBox:
        combo = QComboBox()
        labels = {
            GroupKind.INTERNAL_UNIT: self.tr("Departments and units"),
            GroupKind.STAFF: self.tr("Civil servants, public employees, workers"),
            GroupKind.COMMUNE: self.tr("Communes"),
            GroupKind.VILLAGE: self.tr("Villages"),
            GroupKind.BUSINESS: self.tr("Businesses and cooperatives"),
            GroupKind.HOUSEHOLD: self.tr("Households"),
            GroupKind.OUTSIDE_PERSON: self.tr("People outside the office"),
        }
        for k, text in labels.items():
            combo.addItem(text, k)
        combo.setCurrentIndex(list(labels).index(kind))
        return combo

    def _add_group(self, group: TargetGroupInput | None = None) -> None:
        self._store_criteria()
        group = group or TargetGroupInput(GroupKind.STAFF, "")
        self._groups.append(group)
        row = self.groups_table.rowCount()
        self.groups_table.insertRow(row)
        self.groups_table.setItem(row, 0, QTableWidgetItem(group.name))
        self.groups_table.setCellWidget(row, 1, self._kind_combo(group.kind))
        self.groups_table.setCurrentCell(row, 0)

    def _store_criteria(self) -> None:
        i = self._current_group
        if not 0 <= i < len(self._groups):
            return
        old = self._groups[i].criteria
        crits = []
        for r in range(self.criteria.rowCount()):
            text = cell_text(self.criteria, r, 0)
            item = self.criteria.item(r, 0)
            cid = item.data(Qt.ItemDataRole.UserRole) if item else None
            try:
                maximum = parse_number(
                    cell_text(self.criteria, r, 1), f"groups[{i}].criteria[{r}].max_score"
                )
            except ValidationError:
                maximum = None
            if text.strip() or maximum is not None:
                crits.append(CriterionInput(text, maximum, id=cid))
        del old
        g = self._groups[i]
        self._groups[i] = TargetGroupInput(g.kind, g.name, tuple(crits), g.id)

    def _group_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if row == self._current_group:
            return
        self._store_criteria()
        self._current_group = row
        self.criteria.setRowCount(0)
        if 0 <= row < len(self._groups):
            for c in self._groups[row].criteria:
                r = self.criteria.rowCount()
                self.criteria.insertRow(r)
                item = QTableWidgetItem(c.text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.criteria.setItem(r, 0, item)
                self.criteria.setItem(r, 1, QTableWidgetItem(fmt_number(c.max_score)))

    def _collect_groups(self) -> tuple[TargetGroupInput, ...]:
        self._store_criteria()
        out = []
        for row in range(self.groups_table.rowCount()):
            if row >= len(self._groups):
                break
            g = self._groups[row]
            combo = self.groups_table.cellWidget(row, 1)
            kind = GroupKind(combo.currentData()) if isinstance(combo, QComboBox) else g.kind
            out.append(
                TargetGroupInput(kind, cell_text(self.groups_table, row, 0), g.criteria, g.id)
            )
        return tuple(out)

    # --- milestones ----------------------------------------------------------------------------

    def _add_milestone(self, m: MilestoneInput | None) -> None:
        row = self.milestones.rowCount()
        self.milestones.insertRow(row)
        combo = QComboBox()
        for kind, text in (
            (MilestoneKind.HALF_YEAR, self.tr("6-month report")),
            (MilestoneKind.YEARLY, self.tr("Yearly report")),
            (MilestoneKind.MIDTERM, self.tr("Mid-term review")),
            (MilestoneKind.FINAL, self.tr("Final review")),
            (MilestoneKind.SCORING, self.tr("Scoring")),
            (MilestoneKind.REGISTRATION, self.tr("Registration")),
            (MilestoneKind.OTHER, self.tr("Other")),
        ):
            combo.addItem(text, kind)
        if m is not None:
            combo.setCurrentIndex(combo.findData(m.kind))
        self.milestones.setCellWidget(row, 1, combo)
        self.milestones.setItem(row, 0, QTableWidgetItem(m.title if m else ""))
        self.milestones.setItem(row, 2, QTableWidgetItem(f"{m.due_on:%d/%m/%Y}" if m else ""))
        done = f"{m.done_on:%d/%m/%Y}" if m and m.done_on else ""
        self.milestones.setItem(row, 3, QTableWidgetItem(done))
        self.milestones.setItem(row, 4, QTableWidgetItem(m.assignee if m else ""))

    def suggest_duties(self) -> None:
        """The plan's duties for the period in the form (replacing the milestone rows)."""
        start, end = qdate(self.start_edit), qdate(self.end_edit)
        if start is None or end is None or end < start:
            return
        self._suggested = plan_duties(start, end)
        self.set_milestones(self._suggested)

    def _follow_period(self) -> None:
        shown = [
            tuple(cell_text(self.milestones, r, c) for c in (0, 2, 4))
            for r in range(self.milestones.rowCount())
        ]
        suggested = [(m.title, f"{m.due_on:%d/%m/%Y}", m.assignee) for m in self._suggested]
        if shown == suggested:  # not edited by hand yet
            self.suggest_duties()

    def set_milestones(self, items: tuple[MilestoneInput, ...]) -> None:
        """Replace the milestone rows."""
        self.milestones.setRowCount(0)
        for m in items:
            self._add_milestone(m)

    # --- values --------------------------------------------------------------------------------

    def show_movement(self, data: MovementInput) -> None:
        """Show a movement's values."""
        self.name_edit.setText(data.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
        self.start_edit.setDate(QDate(data.start))
        self.end_edit.setDate(QDate(data.end))
        for ref, (num, when, issuer) in (
            (data.basis, (self.basis_number, self.basis_date, self.basis_issuer)),
            (data.plan, (self.plan_number, self.plan_date, self.plan_issuer)),
        ):
            num.setText(ref.number)
            when.setDate(QDate(ref.issued_on) if ref.issued_on else when.minimumDate())
            issuer.setText(ref.issuer)
        self.purpose_edit.setPlainText(data.purpose)
        self.requirements_edit.setPlainText(data.requirements)
        self.award_forms_edit.setPlainText("\n".join(data.award_forms))
        self.targets.setRowCount(0)
        for t in data.targets:
            r = self.targets.rowCount()
            self.targets.insertRow(r)
            for c, text in enumerate(
                (
                    t.description,
                    fmt_number(t.target_value),
                    t.unit_label,
                    fmt_number(t.achieved_value),
                )
            ):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, t.id)  # keeps its years
                self.targets.setItem(r, c, item)
        self._groups = []
        self._current_group = -1
        self.groups_table.setRowCount(0)
        self.criteria.setRowCount(0)
        for g in data.groups:
            self._add_group(g)
        self.set_milestones(data.milestones)

    def values(self) -> MovementSave:
        """The form's values (ValidationError for a cell that is not a number or a date)."""
        return MovementSave(self.movement_input(), tuple(self.quota_tab.quotas()))

    def movement_input(self) -> MovementInput:
        """The movement in the form (ValidationError for a cell that is not a number or a
        date; its index counts the rows given, as the service's do)."""
        targets: list[TargetInput] = []
        self._target_rows = []
        for r in range(self.targets.rowCount()):
            text = cell_text(self.targets, r, 0)
            if not text.strip() and not cell_text(self.targets, r, 1).strip():
                continue
            self._target_rows.append(r)
            f = f"targets[{len(targets)}]"
            targets.append(
                TargetInput(
                    text,
                    parse_number(cell_text(self.targets, r, 1), f"{f}.target_value"),
                    cell_text(self.targets, r, 2),
                    parse_number(cell_text(self.targets, r, 3), f"{f}.achieved_value"),
                    id=_row_id(self.targets, r),
                )
            )
        miles: list[MilestoneInput] = []
        self._milestone_rows = []
        for r in range(self.milestones.rowCount()):
            self._milestone_rows.append(r)
            f = f"milestones[{len(miles)}]"
            due = parse_day(cell_text(self.milestones, r, 2), f"{f}.due_on")
            if due is None:
                self._milestone_rows.pop()
                continue
            combo = self.milestones.cellWidget(r, 1)
            kind = (
                MilestoneKind(combo.currentData())
                if isinstance(combo, QComboBox)
                else MilestoneKind.OTHER
            )
            done = parse_day(cell_text(self.milestones, r, 3), f"{f}.done_on")
            title, who = cell_text(self.milestones, r, 0), cell_text(self.milestones, r, 4)
            miles.append(MilestoneInput(kind, due, title, done, assignee=who))
        return MovementInput(
            name=self.name_edit.text(),
            kind=MovementKind(self.kind_combo.currentData()),
            start=qdate(self.start_edit),  # type: ignore[arg-type]
            end=qdate(self.end_edit),  # type: ignore[arg-type]
            basis=DocumentRef(
                self.basis_number.text(),
                qdate(self.basis_date, optional=True),
                self.basis_issuer.text(),
            ),
            plan=DocumentRef(
                self.plan_number.text(),
                qdate(self.plan_date, optional=True),
                self.plan_issuer.text(),
            ),
            purpose=self.purpose_edit.toPlainText(),
            requirements=self.requirements_edit.toPlainText(),
            targets=tuple(targets),
            groups=self._collect_groups(),
            award_forms=tuple(
                line for line in self.award_forms_edit.toPlainText().splitlines() if line.strip()
            ),
            milestones=tuple(miles),
        )

    def copy_from_selected(self) -> None:
        """Fill the form from the chosen earlier movement, dates moved to the start date."""
        source = self.copy_source.currentData()
        if source is None:
            return
        start = qdate(self.start_edit)
        assert start is not None
        copy = movements.copy_from(self._ws, source, start)
        self.show_movement(copy)
        self.quota_tab.set_quotas(quotas.for_movement(self._ws, source))

    def write(self, values: object) -> int:
        assert isinstance(values, MovementSave)
        self.movement_id = quotas.save_movement(
            self._ws, values.movement, self.movement_id, list(values.quotas)
        )
        return self.movement_id

    def message(self, exc: ThiDuaError) -> str | None:
        if isinstance(exc, ValidationError) and exc.field.startswith("quotas"):
            return self.quota_tab.error_text(exc)
        return super().message(exc)

    def focus_field(self, field: str) -> None:
        """An error in a table: its tab in front, the focus on the cell."""
        index = _index(field)
        if field.startswith("targets"):
            row = _at(self._target_rows, index)
            column = _TARGET_COLUMNS.get(field.rsplit(".", 1)[-1], 0)
            self._focus_cell(1, self.targets, row, column)
        elif field.startswith("groups"):
            self.tabs.setCurrentIndex(2)
            self.groups_table.setCurrentCell(max(index, 0), 0)
            if ".criteria[" in field:
                crit = _index(field.split(".criteria", 1)[1])
                column = 1 if field.endswith("max_score") else 0
                self._focus_cell(2, self.criteria, crit, column)
            else:
                self._focus_cell(2, self.groups_table, index, 0)
        elif field.startswith("milestones"):
            row = _at(self._milestone_rows, index)
            column = _MILESTONE_COLUMNS.get(field.rsplit(".", 1)[-1], 0)
            self._focus_cell(3, self.milestones, row, column)
        elif field.startswith("quotas"):
            self.tabs.setCurrentWidget(self.quota_tab)
            self.quota_tab.focus_field(field)

    def _focus_cell(self, tab: int, table: QTableWidget, row: int, column: int) -> None:
        self.tabs.setCurrentIndex(tab)
        if 0 <= row < table.rowCount():
            table.setCurrentCell(row, column)
        table.setFocus()

    @classmethod
    def ask(
        cls, ws: Workspace, movement_id: int | None = None, parent: QWidget | None = None
    ) -> int | None:
        """Show the form; the saved movement's id, or None when cancelled."""
        return run_form(cls(ws, movement_id, parent))


def _row_id(table: QTableWidget, row: int) -> int | None:
    """The record id a row was loaded with (None for a new row)."""
    item = table.item(row, 0)
    value = item.data(Qt.ItemDataRole.UserRole) if item else None
    return value if isinstance(value, int) else None


_TARGET_COLUMNS = {"description": 0, "target_value": 1, "unit_label": 2, "achieved_value": 3}
_MILESTONE_COLUMNS = {"title": 0, "kind": 1, "due_on": 2, "done_on": 3, "assignee": 4}


def _index(field: str) -> int:
    """The first index in a field name ("targets[2].unit_label" → 2; -1 when none)."""
    inside = field.partition("[")[2].partition("]")[0]
    return int(inside) if inside.isdigit() else -1


def _at(rows: list[int], index: int) -> int:
    """The table row of the `index`-th item given to the service."""
    return rows[index] if 0 <= index < len(rows) else index


@dataclass(frozen=True)
class MovementSave:
    """What the movement form saves: the movement and its award quotas."""

    movement: MovementInput
    quotas: tuple[QuotaInput, ...]
