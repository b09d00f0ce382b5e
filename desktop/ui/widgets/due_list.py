"""The dashboard's deadlines: what is late and what is due soon; add a duty, mark one done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deadlines import DEFAULT_DAYS, DueItem, DutyInput, Repeat
from desktop.domain.movements import MilestoneKind
from desktop.services import deadlines
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog, run_form
from desktop.ui.errors import show_error
from desktop.ui.style import ERROR_STYLE, error_color
from desktop.ui.tasks import on_worker

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_COLOUR = error_color()


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def kind_labels() -> dict[MilestoneKind, str]:
    """The kinds of deadline in the UI language."""
    return {
        MilestoneKind.HALF_YEAR: QCoreApplication.translate("DueList", "6-month report"),
        MilestoneKind.YEARLY: QCoreApplication.translate("DueList", "Yearly report"),
        MilestoneKind.SCORING: QCoreApplication.translate("DueList", "Scoring"),
        MilestoneKind.REGISTRATION: QCoreApplication.translate("DueList", "Registration"),
        MilestoneKind.MIDTERM: QCoreApplication.translate("DueList", "Mid-term review"),
        MilestoneKind.FINAL: QCoreApplication.translate("DueList", "Final review"),
        MilestoneKind.OTHER: QCoreApplication.translate("DueList", "Other"),
    }


class DutyDialog(FormDialog):
    """A new office duty: what, kind, due date, who, whether it comes back each year."""

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ws, parent)
        self._today = today or date.today()
        self.setWindowTitle(self.tr("New duty"))
        self.setup()
        self.resize(460, 0)

    def _build_ui(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.kind_box = QComboBox()
        for kind, label in kind_labels().items():
            self.kind_box.addItem(label, kind)
        self.due_edit = _date_edit(self._today)
        self.assignee_edit = QLineEdit()
        self.assignee_edit.setPlaceholderText(self.tr("a unit, a person or a role"))
        self.yearly_box = QComboBox()
        self.yearly_box.addItem(self.tr("Once"), Repeat.ONCE)
        self.yearly_box.addItem(self.tr("Every year"), Repeat.YEARLY)
        self.add_row("title", self.tr("Duty:"), self.title_edit)
        self.add_row("kind", self.tr("Kind:"), self.kind_box)
        self.add_row("due_on", self.tr("Due:"), self.due_edit)
        self.add_row("assignee", self.tr("Who does it:"), self.assignee_edit)
        self.add_row("repeat", self.tr("Repeats:"), self.yearly_box)
        super()._build_ui()

    def values(self) -> DutyInput:
        """The duty as typed."""
        return DutyInput(
            self.title_edit.text(),
            MilestoneKind(self.kind_box.currentData()),
            _py(self.due_edit.date()),
            self.assignee_edit.text(),
            Repeat(self.yearly_box.currentData()),
        )

    def write(self, values: object) -> int:
        assert isinstance(values, DutyInput)
        return deadlines.add(self._ws, values)


class DueList(QGroupBox):
    """Late deadlines (red) and those due within the chosen number of days.

    `changed` is emitted after a duty was added or marked done.
    """

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setTitle(self.tr("Deadlines"))
        self.setObjectName("due_list")
        # Hook tests answer instead of a dialog: the day it was done.
        self.ask_done_on: Callable[[DueItem], date | None] = self._ask_done_on
        self.today: Callable[[], date] = date.today
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 365)
        self.days_box.setValue(DEFAULT_DAYS)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("due_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Who"), self.tr("Movement")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # who and which movement wrap in narrow columns, so the list fits beside the dashboard
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 105)
        self.table.setColumnWidth(3, 95)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a duty…"))
        self.add_button.clicked.connect(lambda: self.add_duty())
        self.year_button = QPushButton(self.tr("The year's usual duties"))
        self.year_button.setToolTip(
            self.tr("Add the registration, the March scoring and the 6-month and yearly reports")
        )
        self.year_button.clicked.connect(lambda: self.add_year_duties())
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.done_button.clicked.connect(lambda: self.mark_done())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Due within")))
        top.addWidget(self.days_box)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.year_button, self.done_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the deadlines again."""
        try:
            view = deadlines.due(self._ws, self.days_box.value(), self.today())
        except Exception as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(0)
        today = view.today
        for item in (*view.late, *view.soon):
            self._add_row(item, today)
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("%1 late · %2 due within %3 days")
            .replace("%1", str(len(view.late)))
            .replace("%2", str(len(view.soon)))
            .replace("%3", str(view.days))
        )
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if view.late else "")
        self._update_buttons()

    def _add_row(self, item: DueItem, today: date) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        days = item.days_left(today)
        if days < 0:
            when = self.tr("%1 (%2 days late)").replace("%2", str(-days))
        elif days == 0:
            when = self.tr("%1 (today)")
        else:
            when = self.tr("%1 (in %2 days)").replace("%2", str(days))
        cells = (
            when.replace("%1", f"{item.due_on:%d/%m/%Y}").replace(" (", "\n(", 1),  # date above
            item.title,
            item.assignee,
            item.movement,
        )
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if days < 0:
                cell.setForeground(QBrush(LATE_COLOUR))
            self.table.setItem(row, col, cell)
        first = self.table.item(row, 0)
        assert first is not None
        first.setData(ITEM_ROLE, item)

    def items(self) -> list[DueItem]:
        """The deadlines shown, in order."""
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None:
                found.append(cell.data(ITEM_ROLE))
        return found

    def current_item(self) -> DueItem | None:
        """The selected deadline."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return cell.data(ITEM_ROLE) if cell is not None else None

    def select(self, title: str) -> bool:
        """Select the first deadline with this title."""
        for row, item in enumerate(self.items()):
            if item.title == title:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        self.done_button.setEnabled(self.current_item() is not None)

    # --- actions -----------------------------------------------------------------------------

    def _ask_done_on(self, item: DueItem) -> date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Mark done"))
        edit = _date_edit(self.today())
        edit.setMaximumDate(edit.date())
        form = QFormLayout(dialog)
        form.addRow(QLabel(item.title))
        form.addRow(self.tr("Done on:"), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return _py(edit.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_duty(self, dialog: DutyDialog | None = None) -> int | None:
        """Ask for a duty (the form saves it); its id, or None when nothing was added."""
        new_id = run_form(dialog or DutyDialog(self._ws, self, self.today()))
        if new_id is None:
            return None
        self.refresh()
        self.changed.emit()
        return new_id

    def add_year_duties(self) -> int:
        """Add this year's usual office duties that are not listed yet; how many were added."""
        try:
            year = self.today().year
            added = on_worker(self, lambda: deadlines.add_year_duties(self._ws, year))
        except Exception as exc:
            show_error(self, exc)
            return 0
        self.refresh()
        self.changed.emit()
        return added

    def mark_done(self) -> bool:
        """Mark the selected deadline done on the day the clerk gives."""
        item = self.current_item()
        if item is None:
            return False
        on = self.ask_done_on(item)
        if on is None:
            return False
        try:
            on_worker(self, lambda: deadlines.mark_done(self._ws, item.source, item.id, on))
        except Exception as exc:
            show_error(self, exc, self.tr("Cannot mark it done"))
            return False
        self.refresh()
        self.changed.emit()
        return True


def late_text(ws: Workspace, today: date | None = None) -> str:
    """The status bar's line about late deadlines, "" when none is late."""
    view = deadlines.due(ws, 0, today)
    if not view.late:
        return ""
    first = view.late[0]
    return QCoreApplication.translate(
        "DueList", "Late: %n deadline(s), first “%1”", "", len(view.late)
    ).replace("%1", first.title)
