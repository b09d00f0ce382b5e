"""The council the office keeps: members with role and term, the quorum its regulation sets,
and the kind of office (which awards its head decides itself)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.council import MemberInput, Role
from desktop.domain.errors import ThiDuaError
from desktop.services import catalog as catalog_service
from desktop.services import council
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, service_words
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.proposal_labels import role_label

_ID = Qt.ItemDataRole.UserRole


def _date_text(d: date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else ""


class _OptionalDate(QWidget):
    """A date that may be left empty (an open term)."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class CouncilRosterDialog(FormDialog):
    """Members of the Hội đồng Thi đua - Khen thưởng (name, position, role, term), its quorum
    and the kind of office; OK stores the settings, members are stored as they are added."""

    validation_words = staticmethod(service_words)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._editing: int | None = None
        self.setWindowTitle(self.tr("Council members"))
        self.setup()
        self.add_button.clicked.connect(lambda: self.add_member())
        self.save_member_button.clicked.connect(lambda: self.save_member())
        self.remove_button.clicked.connect(lambda: self.remove_member())
        self.table.currentCellChanged.connect(lambda *_: self._pick())
        self.resize(760, 560)

    def _build_ui(self) -> None:
        ws = self._ws
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Role"), self.tr("Term")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.name_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("e.g. Deputy director"))
        self.role_box = QComboBox()
        for role in Role:
            self.role_box.addItem(role_label(role), role.value)
        self.role_box.setCurrentIndex(list(Role).index(Role.MEMBER))
        self.from_edit = _OptionalDate(self.tr("from"))
        self.to_edit = _OptionalDate(self.tr("to"))
        self.add_button = QPushButton(self.tr("Add member"))
        self.save_member_button = QPushButton(self.tr("Save changes"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.quorum_edit = QLineEdit(council.quorum(ws).text())
        self.quorum_edit.setToolTip(
            self.tr(
                "The share of members that must attend, as the council's regulation says "
                "(e.g. 2/3 or 80%)"
            )
        )
        self.kind_box = QComboBox()
        for kind, name in catalog_service.authorities().offices.items():
            self.kind_box.addItem(name, kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData(council.office_kind(ws)))

        self.main.addWidget(self.table, 1)
        self.add_row("full_name", self.tr("Name"), self.name_edit)
        self.add_row("position", self.tr("Position"), self.position_edit)
        self.add_row("role", self.tr("Role"), self.role_box)
        term = QWidget()
        term_row = QHBoxLayout(term)
        term_row.setContentsMargins(0, 0, 0, 0)
        term_row.addWidget(self.from_edit)
        term_row.addWidget(self.to_edit)
        term_row.addStretch(1)
        self.add_row("term_to", self.tr("Term"), term, self.to_edit.edit)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_member_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self.add_row("quorum", self.tr("Quorum"), self.quorum_edit)
        self.add_row("office_kind", self.tr("Kind of office"), self.kind_box)
        note = QLabel(
            self.tr(
                "The meeting dialog lists the members whose term covers the meeting day; "
                "the minutes name who attended."
            )
        )
        note.setWordWrap(True)
        self.main.addWidget(note)
        super()._build_ui()

    def load(self) -> None:
        """List the members (again)."""
        self._members = council.members(self._ws)
        self.table.setRowCount(len(self._members))
        for row, m in enumerate(self._members):
            start, end = _date_text(m.data.term_from), _date_text(m.data.term_to)
            if start and end:
                term = f"{start} – {end}"
            elif start or end:
                term = (self.tr("from %1") if start else self.tr("until %1")).replace(
                    "%1", start or end
                )
            else:
                term = ""
            values = (m.data.full_name, m.data.position, role_label(m.data.role), term)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(_ID, m.id)
                self.table.setItem(row, col, item)
        self.save_member_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def _pick(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._members):
            return
        m = self._members[row]
        self._editing = m.id
        self.name_edit.setText(m.data.full_name)
        self.position_edit.setText(m.data.position)
        self.role_box.setCurrentIndex(list(Role).index(m.data.role))
        self.from_edit.set_value(m.data.term_from)
        self.to_edit.set_value(m.data.term_to)
        self.save_member_button.setEnabled(True)
        self.remove_button.setEnabled(True)

    def _entered(self) -> MemberInput:
        return MemberInput(
            self.name_edit.text(),
            Role(self.role_box.currentData()),
            self.position_edit.text(),
            self.from_edit.value(),
            self.to_edit.value(),
        )

    def member_names(self) -> list[str]:
        """The names listed, in order."""
        return [
            item.text()
            for r in range(self.table.rowCount())
            if (item := self.table.item(r, 0)) is not None
        ]

    def _store_member(self, editing: int | None) -> bool:
        self.clear_errors()
        try:
            entered = self._entered()
            on_worker(self, lambda: council.save_member(self._ws, entered, editing))
        except ThiDuaError as exc:
            self.show_error(exc)
            return False
        return True

    def add_member(self) -> bool:
        """Add the member entered in the fields."""
        if not self._store_member(None):
            return False
        self.name_edit.clear()
        self.position_edit.clear()
        self._editing = None
        self.load()
        return True

    def save_member(self) -> bool:
        """Store the changes to the selected member."""
        if self._editing is None or not self._store_member(self._editing):
            return False
        self.load()
        return True

    def remove_member(self) -> None:
        """Take the selected member off the roster (past minutes keep the name)."""
        if self._editing is not None:
            editing = self._editing
            on_worker(self, lambda: council.delete_member(self._ws, editing))
            self._editing = None
            self.name_edit.clear()
            self.position_edit.clear()
            self.load()

    def values(self) -> tuple[str, str]:
        """The quorum as typed and the kind of office."""
        return self.quorum_edit.text(), str(self.kind_box.currentData())

    def write(self, values: object) -> None:
        assert isinstance(values, tuple)
        quorum, kind = values
        council.set_quorum(self._ws, str(quorum))
        council.set_office_kind(self._ws, str(kind))
