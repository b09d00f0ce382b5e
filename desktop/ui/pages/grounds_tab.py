"""The award grounds tab of a movement: the rules that make a participant a candidate for an
award (a contribution level, the first places of a group by score) and the candidates they
give in a year, with the reason of each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidates import CandidateRule, RuleSheet
from desktop.domain.errors import ThiDuaError
from desktop.domain.movements import Movement
from desktop.services import candidates
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace
from desktop.ui.dialogs.candidate_rule_dialog import CandidateRuleDialog
from desktop.ui.pages.movement_tabs import MovementTab
from desktop.ui.widgets.candidate_labels import reasons_text, rule_text

_ID = Qt.ItemDataRole.UserRole


def _item(text: str, key: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    if key is not None:
        item.setData(_ID, key)
    return item


def _run(dialog: QDialog) -> bool:
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(22)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
    return table


class GroundsTab(MovementTab):
    """A movement's candidate rules and the candidates of a year."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.sheet: RuleSheet | None = None
        self._names: dict[str, str] = {}
        self.found: candidates.CandidateList | None = None
        # Hooks for what would block (modal dialogs); tests replace them.
        self.run_dialog: Callable[[QDialog], bool] = _run
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_path: Callable[[str], str] = self._ask_path
        self.rules = _table([self.tr("Rule"), self.tr("Award it grounds"), self.tr("Note")])
        header = self.rules.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rules.setColumnWidth(1, 230)
        self.rules.setColumnWidth(2, 230)
        self.rules.doubleClicked.connect(lambda _i: self.edit_rule())
        self.rules.itemSelectionChanged.connect(self._update_buttons)
        self.rules.installEventFilter(self)  # Enter edits, Delete deletes (keyboard users)
        self.add_button = QPushButton(self.tr("&Add rule…"))
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_rule())
        rules_label = QLabel(
            self.tr("&Rules that make a participant a candidate for an award (the plan's results)")
        )
        rules_label.setBuddy(self.rules)

        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(date.today().year)
        self.year_spin.valueChanged.connect(lambda _y: self.show_candidates())
        year_label = QLabel(self.tr("Candidates in &year:"))
        year_label.setBuddy(self.year_spin)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.count_label = QLabel()
        self.table = _table(
            [self.tr("Name"), self.tr("Unit"), self.tr("Reason"), self.tr("Award it grounds")]
        )
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 210)
        self.table.setColumnWidth(1, 190)
        self.table.setColumnWidth(3, 150)
        hint = QLabel(
            self.tr(
                "A candidate is a reason to propose, not a verdict: a batch linked to this "
                "movement offers the candidates, and each nominee is still checked for the "
                "award's conditions."
            )
        )
        hint.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(rules_label)
        top_layout.addWidget(self.rules)
        top_layout.addLayout(self.button_row(self.add_button, self.edit_button, self.delete_button))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_spin)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.export_button)
        bottom_layout.addLayout(bar)
        bottom_layout.addWidget(self.table)
        bottom_layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([170, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.rules and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_rule()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_rule()
                return True
        return super().eventFilter(watched, event)

    # --- data --------------------------------------------------------------------------------
    def set_movement(self, movement: Movement | None) -> None:
        """Show this movement, on the last year its participants were scored in."""
        if movement is not None and (self.movement is None or self.movement.id != movement.id):
            # The last year scored, else the last of the period up to this year.
            scored = candidates.latest_scored_year(self._ws, movement.id)
            last = min(movement.data.end.year, date.today().year)
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(scored or max(movement.data.start.year, last))
            self.year_spin.blockSignals(False)
        super().set_movement(movement)

    def refresh(self) -> None:
        keep = self.selected_rule()
        self.sheet = candidates.rule_sheet(self._ws, self.movement.id) if self.movement else None
        rules = self.sheet.rules if self.sheet else ()
        names = {a.code: a.name for a in catalog_service.load(self._ws).awards}
        self.rules.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            group = self.sheet.groups.get(rule.group_id, "") if self.sheet and rule.group_id else ""
            self.rules.setItem(r, 0, _item(rule_text(rule, group), rule.id))
            self.rules.setItem(r, 1, _item(names.get(rule.award, rule.award)))
            self.rules.setItem(r, 2, _item(rule.note))
            if rule.id == keep:
                self.rules.selectRow(r)
        self._names = names
        self.show_candidates()
        self._update_buttons()

    def show_candidates(self) -> None:
        """The candidates of the chosen year."""
        self.found = None
        if self.movement is not None:
            try:
                self.found = candidates.candidates(
                    self._ws, self.movement.id, self.year_spin.value()
                )
            except ThiDuaError as exc:
                self.show_error(exc)
        found = self.found.candidates if self.found else ()
        self.table.setRowCount(len(found))
        names = self._names
        for r, c in enumerate(found):
            p = c.participant
            self.table.setItem(r, 0, _item(p.name))
            self.table.setItem(r, 1, _item(p.detail))
            self.table.setItem(r, 2, _item(reasons_text(c.reasons)))
            self.table.setItem(r, 3, _item(names.get(c.award, c.award)))
        if self.sheet is not None and not self.sheet.rules:
            self.count_label.setText(self.tr("No rules yet: add one above."))
        else:
            self.count_label.setText(self.tr("%1 candidate(s)").replace("%1", str(len(found))))
        self.export_button.setEnabled(bool(found))

    def selected_rule(self) -> int | None:
        """The selected rule's id."""
        row = self.rules.currentRow()
        item = self.rules.item(row, 0) if row >= 0 else None
        return item.data(_ID) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_rule() is not None
        self.add_button.setEnabled(self.movement is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions -----------------------------------------------------------------------------
    def _dialog(self, rule: CandidateRule | None) -> bool:
        if self.sheet is None:
            return False
        dialog = CandidateRuleDialog(
            self._ws, self.sheet, catalog_service.load(self._ws), rule, self
        )
        if not self.run_dialog(dialog):
            return False
        self.refresh()
        for r in range(self.rules.rowCount()):
            item = self.rules.item(r, 0)
            if item is not None and item.data(_ID) == dialog.rule_id:
                self.rules.selectRow(r)
        self.changed.emit()
        return True

    def add_rule(self) -> bool:
        """Open the form for a new rule."""
        if self.movement is None:
            return False
        if self.sheet is None:
            self.refresh()
        return self._dialog(None)

    def edit_rule(self) -> bool:
        """Change the selected rule."""
        rid = self.selected_rule()
        rule = next((r for r in self.sheet.rules if r.id == rid), None) if self.sheet else None
        return self._dialog(rule) if rule is not None else False

    def delete_rule(self) -> bool:
        """Delete the selected rule, after asking."""
        rid = self.selected_rule()
        if rid is None:
            return False
        item = self.rules.item(self.rules.currentRow(), 0)
        text = item.text() if item is not None else ""
        if not self.confirm(
            self.tr("Delete rule"), self.tr("Delete the rule “%1”?").replace("%1", text)
        ):
            return False
        if not self.run_write(lambda: candidates.delete_rule(self._ws, rid)):
            return False
        self.refresh()
        return True

    def export(self, path: str | None = None) -> bool:
        """Save the year's candidates to an Excel file."""
        if self.movement is None:
            return False
        year = self.year_spin.value()
        target = path or self.ask_path(f"ung-vien-khen-thuong-{year}.xlsx")
        if not target:
            return False
        try:
            candidates.export_candidates(self._ws, Path(target), self.movement.id, year)
        except Exception as exc:
            self.show_error(exc)
            return False
        return True

    # --- default (modal) implementations of the hooks ----------------------------------------
    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_path(self, name: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export candidates"), name, "Excel (*.xlsx)"
        )
        return path
