"""Add or edit a household of the register; record which unit led a khối or cụm thi đua."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.subjects import MAX_MEMBERS, BlocKind, BlocLeaderInput, HouseholdInput
from desktop.domain.units import UnitKind
from desktop.services import blocs, eligibility, households, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.errors import show_error
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.unit_picker import UnitPicker


def household_completer(ws: Workspace, parent: QWidget) -> QCompleter:
    """Completion of the register's households as "Name (Thôn)" (matched anywhere, any case)."""
    names = [eligibility.household_label(h.head_name, h.unit_name) for h in households.query(ws)]
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class HouseholdDialog(FormDialog):
    """The household form: chủ hộ, thôn, số nhân khẩu, địa chỉ, ghi chú."""

    def __init__(
        self,
        ws: Workspace,
        household_id: int | None = None,
        parent: QWidget | None = None,
        *,
        village_id: int | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._id = household_id
        self._village_id = village_id
        self.setWindowTitle(
            self.tr("Edit household") if household_id is not None else self.tr("Add household")
        )
        self.setup()
        self.resize(520, self.sizeHint().height())

    def _build_ui(self) -> None:
        self.head = QLineEdit()
        self.head.setMaxLength(200)
        self.head.setPlaceholderText(self.tr("Full name of the head of household"))
        self.village = UnitPicker()
        self.village.set_units(
            [u for u in units.list_units(self._ws) if u.kind is UnitKind.VILLAGE]
        )
        self.members = QSpinBox()
        self.members.setRange(1, MAX_MEMBERS)
        self.address = QLineEdit()
        self.note = QLineEdit()
        self.add_row("head_name", self.tr("Head of household"), self.head)
        self.add_row("unit_id", self.tr("Village / residential group"), self.village)
        self.add_row("members", self.tr("Members"), self.members)
        self.add_row("address", self.tr("Address"), self.address)
        self.add_row("note", self.tr("Note"), self.note)
        super()._build_ui()

    def load(self) -> None:
        if self._id is None:
            self.village.set_unit_id(self._village_id)
            return
        h = households.get(self._ws, self._id)
        self.head.setText(h.head_name)
        self.village.set_unit_id(h.unit_id)
        self.members.setValue(h.members)
        self.address.setText(h.address)
        self.note.setText(h.note)

    def values(self) -> HouseholdInput:
        """What the form holds."""
        return HouseholdInput(
            self.head.text(),
            self.village.unit_id(),
            self.members.value(),
            self.address.text(),
            self.note.text(),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, HouseholdInput)
        return households.save(self._ws, values, self._id)


class BlocLeadersDialog(QDialog):
    """Which unit led which khối or cụm thi đua in which year (read by Cờ thi đua của tỉnh)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Emulation blocs: leaders by year"))
        self.table = list_table(
            [self.tr("Year"), self.tr("Bloc"), self.tr("Leading unit")], "bloc_leaders", 1
        )
        self.year = QSpinBox()
        self.year.setRange(1990, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Khối thi đua"), BlocKind.KHOI.value)
        self.kind.addItem(self.tr("Cụm thi đua"), BlocKind.CUM.value)
        self.bloc = QComboBox()
        self.bloc.setEditable(True)
        edit = self.bloc.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText(self.tr("Name of the khối or cụm"))
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(2, 260)
        self.unit = UnitPicker()
        self.unit.set_units(units.list_units(ws))
        self.add_button = QPushButton(self.tr("Record leader"))
        self.delete_button = QPushButton(self.tr("Delete"))
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.bloc, 1)
        form.addRow(self.tr("Bloc"), row)
        form.addRow(self.tr("Leading unit"), self.unit)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resize(720, 480)
        self.reload()

    def reload(self) -> None:
        """Fill the table and the list of known blocs."""
        self._rows = blocs.leaders(self._ws)
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            for col, text in enumerate((str(r.year), r.label, r.unit_name)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        names = sorted({r.bloc_name for r in self._rows})
        current = self.bloc.currentText()
        self.bloc.clear()
        self.bloc.addItems(names)
        self.bloc.setEditText(current)

    def record(self) -> bool:
        """Store the leader entered below the table."""
        data = BlocLeaderInput(
            self.bloc.currentText(),
            self.year.value(),
            self.unit.unit_id(),
            BlocKind(self.kind.currentData()),
        )
        try:
            on_worker(self, lambda: blocs.set_leader(self._ws, data))
        except ThiDuaError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def delete_selected(self) -> None:
        """Forget the selected entry after confirmation."""
        row = self.table.currentRow()
        if row < 0:
            return
        entry = self._rows[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Forget that %1 led %2 in %3?")
            .replace("%1", entry.unit_name)
            .replace("%2", entry.bloc_name)
            .replace("%3", str(entry.year)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            on_worker(self, lambda: blocs.delete_leader(self._ws, entry.id))
            self.reload()
