"""The tabs of the khối page: members, chairs and leading unit by year, criteria and scores."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.blocs import BlocMember, BlocMemberInput, BlocScoreInput
from desktop.domain.errors import ThiDuaError
from desktop.domain.movements import CriterionInput
from desktop.services import blocs, units
from desktop.services.blocs import YearView
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, run_form
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.pages.record_tab import RecordTab
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.proposal_labels import RESULT_COLORS, result_label
from desktop.ui.widgets.unit_picker import UnitPicker


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def _item(text: str, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class BlocTab(RecordTab):
    """A tab showing one khối's year (`show_view`); the page shows it again on `changed`."""

    lazy = False  # the page fills its three tabs together

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.view: YearView | None = None

    def show_view(self, view: YearView) -> None:
        """Show this khối's year."""
        self.view = view
        self.record_changed()


class MemberDialog(FormDialog):
    """The years a member belongs to the khối, and a note."""

    def __init__(self, ws: Workspace, member: BlocMember, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._member = member
        self.setWindowTitle(member.name)
        self.setup()
        self.resize(400, 0)

    def _build_ui(self) -> None:
        member = self._member
        self.from_year = QSpinBox()
        self.to_year = QSpinBox()
        for box, value in ((self.from_year, member.from_year), (self.to_year, member.to_year)):
            box.setRange(0, 2100)
            box.setSpecialValueText(self.tr("(open)"))
            box.setValue(value or 0)
        self.note = QLineEdit(member.note)
        self.add_row("from_year", self.tr("Member since"), self.from_year)
        self.add_row("to_year", self.tr("Member until"), self.to_year)
        self.add_row("note", self.tr("Note"), self.note)
        super()._build_ui()

    def values(self) -> BlocMemberInput:
        """The member as changed."""
        m = self._member
        return BlocMemberInput(
            m.unit_id,
            m.name if m.unit_id is None else "",
            self.from_year.value() or None,
            self.to_year.value() or None,
            self.note.text(),
        )

    def write(self, values: object) -> int:
        assert isinstance(values, BlocMemberInput)
        return blocs.save_member(self._ws, self._member.bloc_id, values, self._member.id)


class MembersTab(BlocTab):
    """The members in rotation order: units of the tree or agencies outside it."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.table = list_table(
            [
                self.tr("Order"),
                self.tr("Member"),
                self.tr("Where"),
                self.tr("Since"),
                self.tr("Until"),
                self.tr("Note"),
            ],
            "bloc_members",
            1,
        )
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(2, 150)
        self.unit = UnitPicker()
        self.add_unit_button = QPushButton(self.tr("Add unit"))
        self.outside_name = QLineEdit()
        self.outside_name.setPlaceholderText(self.tr("Agency outside the unit list"))
        self.add_outside_button = QPushButton(self.tr("Add outside member"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.edit_button = QPushButton(self.tr("Years…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.template_button = template_button(self, "bloc-members")
        add = QHBoxLayout()
        add.addWidget(self.unit, 1)
        add.addWidget(self.add_unit_button)
        add.addWidget(self.outside_name, 1)
        add.addWidget(self.add_outside_button)
        bar = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.edit_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.import_button, self.export_button, self.template_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addLayout(bar)
        self.add_unit_button.clicked.connect(lambda: self.add_unit())
        self.add_outside_button.clicked.connect(lambda: self.add_outside())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)

    def refresh(self) -> None:
        self.unit.set_units(units.list_units(self._ws))
        rows = self.view.members if self.view else ()
        self.table.setRowCount(len(rows))
        year = self.view.year if self.view else 0
        for i, m in enumerate(rows):
            where = self.tr("Outside the unit list") if m.outside else self.tr("Unit list")
            if not m.active_in(year):
                where += " · " + self.tr("not a member in %1").replace("%1", str(year))
            texts = (str(m.position), m.name, where, str(m.from_year or ""), str(m.to_year or ""))
            for col, text in enumerate((*texts, m.note)):
                self.table.setItem(i, col, _item(text))

    def selected(self) -> BlocMember | None:
        """The selected member."""
        row = self.table.currentRow()
        members = self.view.members if self.view else ()
        return members[row] if 0 <= row < len(members) else None

    def _bloc_id(self) -> int | None:
        return self.view.bloc.id if self.view else None

    def add_unit(self) -> bool:
        """Add the unit chosen in the picker."""
        bid = self._bloc_id()
        if bid is None:
            return False
        member = BlocMemberInput(self.unit.unit_id())
        return self.run_write(lambda: blocs.save_member(self._ws, bid, member))

    def add_outside(self) -> bool:
        """Add the agency typed in the box (not a unit of the tree)."""
        bid = self._bloc_id()
        if bid is None:
            return False
        member = BlocMemberInput(None, self.outside_name.text())
        done = self.run_write(lambda: blocs.save_member(self._ws, bid, member))
        if done:
            self.outside_name.clear()
        return done

    def move_selected(self, step: int) -> None:
        """Move the selected member up or down the rotation order."""
        m = self.selected()
        if m is not None and self.run_write(lambda: blocs.move_member(self._ws, m.id, step)):
            self.table.selectRow(max(0, min(self.table.rowCount() - 1, m.position - 1 + step)))

    def edit(self, dialog: MemberDialog | None = None) -> None:
        """Change the years and note of the selected member."""
        m = self.selected()
        if m is None:
            return
        if run_form(dialog or MemberDialog(self._ws, m, self)) is not None:
            self.changed.emit()

    def remove(self) -> None:
        """Remove the selected member (and its scores) after confirmation."""
        m = self.selected()
        if m is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove %1 from the khối, with its scores?").replace("%1", m.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_write(lambda: blocs.delete_member(self._ws, m.id))

    def _options(self) -> dict[str, object]:
        return {"bloc": self.view.bloc.name} if self.view else {}

    def _import(self) -> None:
        if import_excel(self, self._ws, "bloc-members", self._options()):
            self.changed.emit()

    def _export(self) -> None:
        export_excel(self, self._ws, "bloc-members", self._options())


class YearsTab(BlocTab):
    """Trưởng khối and phó khối of each year (suggested by rotation) and the leading unit, which
    is the khối's proposal for Cờ thi đua của UBND tỉnh."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.table = list_table(
            [
                self.tr("Year"),
                self.tr("Chair (trưởng khối)"),
                self.tr("Deputy (phó khối)"),
                self.tr("Leading unit"),
            ],
            "bloc_years",
            3,
        )
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 240)
        self.table.setColumnWidth(2, 240)
        self.chair = QComboBox()
        self.deputy = QComboBox()
        self.leader = QComboBox()
        for box in (self.chair, self.deputy, self.leader):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(24)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Use the rotation"))
        self.save_chairs_button = QPushButton(self.tr("Save chairs"))
        self.from_ranking_button = QPushButton(self.tr("First of the ranking"))
        self.save_leader_button = QPushButton(self.tr("Save leading unit"))
        self.proposal = QLabel()
        self.proposal.setObjectName("bloc_proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        chairs = QGroupBox(self.tr("Chairs of the year (by rotation)"))
        form = QFormLayout(chairs)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Deputy"), self.deputy)
        form.addRow(self.suggestion)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        row.addWidget(self.save_chairs_button)
        form.addRow(row)
        lead = QGroupBox(self.tr("Leading unit and the khối's proposal"))
        form2 = QFormLayout(lead)
        form2.addRow(self.tr("Leading unit"), self.leader)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.from_ranking_button)
        row2.addWidget(self.save_leader_button)
        form2.addRow(row2)
        form2.addRow(self.proposal)
        boxes = QHBoxLayout()
        boxes.addWidget(chairs, 1)
        boxes.addWidget(lead, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(boxes)
        self.suggest_button.clicked.connect(lambda: self.use_rotation())
        self.save_chairs_button.clicked.connect(lambda: self.save_chairs())
        self.from_ranking_button.clicked.connect(lambda: self.leader_from_ranking())
        self.save_leader_button.clicked.connect(lambda: self.save_leader())

    def refresh(self) -> None:
        v = self.view
        if v is None:
            return
        names = {m.id: m.name for m in v.members}
        unit_names = {m.unit_id: m.name for m in v.members if m.unit_id is not None}
        chairs = blocs.chairs_by_year(self._ws, v.bloc.id)
        leaders = blocs.leaders_by_year(self._ws, v.bloc.id)
        years = sorted({*chairs, *leaders, v.year}, reverse=True)
        self.table.setRowCount(len(years))
        for i, y in enumerate(years):
            chair, deputy = chairs.get(y, (None, None))
            texts = (
                str(y),
                names.get(chair, "") if chair else "",
                names.get(deputy, "") if deputy else "",
                unit_names.get(leaders[y], "") if y in leaders else "",
            )
            for col, text in enumerate(texts):
                self.table.setItem(i, col, _item(text))
            if y == v.year:
                self.table.selectRow(i)
        for box, current in ((self.chair, v.chair), (self.deputy, v.deputy)):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for m in v.active:
                box.addItem(m.name, m.id)
            box.setCurrentIndex(max(0, box.findData(current.id if current else None)))
        self.leader.clear()
        self.leader.addItem(self.tr("(none)"), None)
        for m in v.active:
            if m.unit_id is not None:
                self.leader.addItem(m.name, m.unit_id)
        self.leader.setCurrentIndex(max(0, self.leader.findData(v.leader_unit_id)))
        if v.suggested_chair is not None:
            rotation = self.tr("Rotation for %1: chair %2, deputy %3").replace("%1", str(v.year))
            rotation = rotation.replace("%2", v.suggested_chair.name)
            deputy_name = v.suggested_deputy.name if v.suggested_deputy else "—"
            self.suggestion.setText(rotation.replace("%3", deputy_name))
        else:
            self.suggestion.setText(self.tr("No member this year."))
        self._show_proposal()

    def _show_proposal(self) -> None:
        v = self.view
        assert v is not None
        found = blocs.flag_proposal(self._ws, v.bloc.id, v.year)
        if found.unit_id is None or found.verdict is None:
            self.proposal.setText(
                self.tr(
                    "No leading unit recorded for %1: the khối proposes no one for Cờ thi đua "
                    "của UBND tỉnh."
                ).replace("%1", str(v.year))
            )
            self.proposal.setStyleSheet("")
            return
        r = found.verdict
        head = (
            self.tr("Proposal %1: Cờ thi đua của UBND tỉnh for %2 — %3")
            .replace("%1", str(v.year))
            .replace("%2", r.name)
            .replace("%3", result_label(r.result))
        )
        self.proposal.setText(head + "\n" + "\n".join("• " + x for x in r.reasons))
        self.proposal.setStyleSheet(f"color: {RESULT_COLORS[r.result].name()};")

    def use_rotation(self) -> None:
        """Put the rotation's suggestion in the two boxes (not saved yet)."""
        v = self.view
        if v is None:
            return
        for box, m in ((self.chair, v.suggested_chair), (self.deputy, v.suggested_deputy)):
            box.setCurrentIndex(max(0, box.findData(m.id if m else None)))

    def save_chairs(self) -> bool:
        """Store the chair and deputy of the year."""
        v = self.view
        if v is None:
            return False
        chair, deputy = self.chair.currentData(), self.deputy.currentData()
        return self.run_write(lambda: blocs.set_chairs(self._ws, v.bloc.id, v.year, chair, deputy))

    def save_leader(self) -> bool:
        """Store the leading unit of the year (the entry Cờ thi đua's rule reads)."""
        v = self.view
        if v is None:
            return False
        unit_id = self.leader.currentData()
        return self.run_write(lambda: blocs.set_leading_unit(self._ws, v.bloc.id, v.year, unit_id))

    def leader_from_ranking(self) -> bool:
        """Make the member ranked first alone the leading unit."""
        v = self.view
        if v is None:
            return False
        return self.run_write(lambda: blocs.leader_from_ranking(self._ws, v.bloc.id, v.year))


class ScoresTab(BlocTab):
    """The khối's criteria of the year and each member's scores, ranked (ties shown as 2=)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.criteria = QTableWidget(0, 2)
        self.criteria.setObjectName("bloc_criteria")
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Max score")])
        self.criteria.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria.verticalHeader().setVisible(False)
        self.add_criterion_button = QPushButton(self.tr("Add criterion"))
        self.remove_criterion_button = QPushButton(self.tr("Remove criterion"))
        self.save_criteria_button = QPushButton(self.tr("Save criteria"))
        self.copy_button = QPushButton(self.tr("Copy last year's"))
        self.scores = QTableWidget(0, 0)
        self.scores.setObjectName("bloc_scores")
        self.scores.verticalHeader().setVisible(False)
        self.scores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.total_label = QLabel()
        self.import_button = QPushButton(self.tr("Import scores…"))
        self.export_button = QPushButton(self.tr("Export scores…"))
        self.template_button = template_button(self, "bloc-scores")
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Criteria of the year")))
        left.addWidget(self.criteria, 1)
        row = QHBoxLayout()
        for b in (self.add_criterion_button, self.remove_criterion_button):
            row.addWidget(b)
        left.addLayout(row)
        row = QHBoxLayout()
        for b in (self.save_criteria_button, self.copy_button):
            row.addWidget(b)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Scores and ranking (type a score in a criterion's cell)")))
        right.addWidget(self.scores, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.total_label, 1)
        for b in (self.import_button, self.export_button, self.template_button):
            bar.addWidget(b)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 6)
        self._crit_ids: list[int] = []
        self._member_ids: list[int] = []
        self._filling = False
        self.add_criterion_button.clicked.connect(lambda: self.add_criterion())
        self.remove_criterion_button.clicked.connect(lambda: self.remove_criterion())
        self.save_criteria_button.clicked.connect(lambda: self.save_criteria())
        self.copy_button.clicked.connect(lambda: self.copy_last_year())
        self.scores.itemChanged.connect(self._score_edited)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)

    def refresh(self) -> None:
        v = self.view
        if v is None:
            return
        self._filling = True
        self.criteria.setRowCount(len(v.criteria))
        for i, c in enumerate(v.criteria):
            first = _item(c.text, editable=True)
            first.setData(Qt.ItemDataRole.UserRole, c.id)
            first.setToolTip(c.text)
            self.criteria.setItem(i, 0, first)
            self.criteria.setItem(i, 1, _item(_num(c.max_score), editable=True))
        self._crit_ids = [c.id for c in v.criteria]
        heads = [self.tr("Rank"), self.tr("Member")]
        # Criteria texts are long: the header is the number and maximum, the text its tooltip.
        heads += [f"{i}\n/{_num(c.max_score)}" for i, c in enumerate(v.criteria, start=1)]
        heads.append(self.tr("Total"))
        self.scores.setColumnCount(len(heads))
        self.scores.setHorizontalHeaderLabels(heads)
        for col in range(2, len(heads) - 1):
            crit = v.criteria[col - 2]
            most = self.tr("max %1").replace("%1", _num(crit.max_score))
            head = self.scores.horizontalHeaderItem(col)
            if head is not None:
                head.setToolTip(f"{crit.text} ({most})")
        header = self.scores.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.scores.setColumnWidth(0, 44)
        self.scores.setColumnWidth(1, 190)
        for col in range(2, len(heads)):
            self.scores.setColumnWidth(col, 54)
        self.scores.setRowCount(len(v.ranking))
        self._member_ids = [ln.member.id for ln in v.ranking]
        for i, ln in enumerate(v.ranking):
            self.scores.setItem(i, 0, _item(ln.rank_text))
            self.scores.setItem(i, 1, _item(ln.member.name))
            for j, c in enumerate(v.criteria):
                self.scores.setItem(i, 2 + j, _item(_num(ln.scores.get(c.id)), editable=True))
            self.scores.setItem(i, 2 + len(v.criteria), _item(_num(ln.total)))
        self._filling = False
        top = v.max_total
        self.total_label.setText(
            self.tr("%1 criteria, maximum %2 points")
            .replace("%1", str(len(v.criteria)))
            .replace("%2", _num(top) if top is not None else "—")
        )
        self.copy_button.setEnabled(not v.criteria)

    def add_criterion(self) -> None:
        """A new empty criterion line (saved with "Save criteria")."""
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        self.criteria.setItem(row, 0, _item("", editable=True))
        self.criteria.setItem(row, 1, _item("", editable=True))
        self.criteria.setCurrentCell(row, 0)

    def remove_criterion(self) -> None:
        """Drop the selected criterion line (saved with "Save criteria")."""
        row = self.criteria.currentRow()
        if row >= 0:
            self.criteria.removeRow(row)

    def entered_criteria(self) -> list[CriterionInput]:
        """The criteria as typed in the table."""
        out = []
        for row in range(self.criteria.rowCount()):
            text_item, max_item = self.criteria.item(row, 0), self.criteria.item(row, 1)
            text = text_item.text() if text_item else ""
            raw = (max_item.text() if max_item else "").strip().replace(",", ".")
            cid = text_item.data(Qt.ItemDataRole.UserRole) if text_item else None
            try:
                top = float(raw) if raw else None
            except ValueError:
                top = -1.0  # refused by the domain check as not positive
            out.append(CriterionInput(text, top, cid))
        return out

    def save_criteria(self) -> bool:
        """Store the year's criteria as typed."""
        v = self.view
        if v is None:
            return False
        wanted = self.entered_criteria()
        removed = len({c.id for c in v.criteria} - {c.id for c in wanted if c.id is not None})
        if removed and any(ln.scores for ln in v.ranking):
            answer = QMessageBox.question(
                self,
                self.tr("Save criteria"),
                self.tr("%1 criterion(s) removed: their scores are deleted too. Continue?").replace(
                    "%1", str(removed)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.run_write(lambda: blocs.save_criteria(self._ws, v.bloc.id, v.year, wanted))

    def copy_last_year(self) -> bool:
        """Give this year the criteria of the year before."""
        v = self.view
        if v is None:
            return False
        return self.run_write(lambda: blocs.copy_criteria(self._ws, v.bloc.id, v.year - 1, v.year))

    def _score_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.view is None:
            return
        col, row = item.column(), item.row()
        if not 2 <= col < 2 + len(self._crit_ids):
            return
        raw = item.text().strip().replace(",", ".")
        try:
            value = float(raw) if raw else None
        except ValueError:
            value = -1.0  # refused by the check with its own message
        entry = BlocScoreInput(self._member_ids[row], self._crit_ids[col - 2], value)
        try:
            on_worker(self, lambda: blocs.set_scores(self._ws, [entry]))
        except ThiDuaError as exc:
            self.show_error(exc)
        # Re-rank once the edit has finished (the table must not be refilled inside its signal).
        QTimer.singleShot(0, self.changed.emit)

    def _options(self) -> dict[str, object]:
        return {"bloc": self.view.bloc.name, "year": self.view.year} if self.view else {}

    def _import(self) -> None:
        if import_excel(self, self._ws, "bloc-scores", self._options()):
            self.changed.emit()

    def _export(self) -> None:
        export_excel(self, self._ws, "bloc-scores", self._options())
