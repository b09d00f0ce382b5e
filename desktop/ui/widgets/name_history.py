"""The names a unit (or the office, its superior, its place) had over time: a list with Rename
from a date, Add an earlier name and Delete an earlier name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.unit_names import NamePeriod, OfficeField
from desktop.services import unit_names, units
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs.form_base import Buttons, FormDialog
from desktop.ui.tasks import on_worker

_ID = Qt.ItemDataRole.UserRole


def name_error_text(exc: ValidationError) -> str:
    """A dated-name or merge error in the interface language (its Vietnamese message in vi)."""
    if i18n.current_language() == "vi":
        return exc.message
    known = {
        "required": QCoreApplication.translate("NameHistory", "Enter the name and the dates."),
        "too_long": QCoreApplication.translate(
            "NameHistory", "The name is longer than 300 characters."
        ),
        "rename_too_early": QCoreApplication.translate(
            "NameHistory", "The new name must start after the day the current name began."
        ),
        "same_name": QCoreApplication.translate(
            "NameHistory", "The new name is the same as the current one."
        ),
        "overlap": QCoreApplication.translate(
            "NameHistory", "These dates overlap a name already recorded."
        ),
        "bad_range": QCoreApplication.translate(
            "NameHistory", "The first day is after the last day."
        ),
        "unit_cycle": QCoreApplication.translate(
            "NameHistory", "A unit cannot be put under itself or its sub-units."
        ),
        "merge_empty": QCoreApplication.translate(
            "NameHistory", "Choose at least one unit to merge."
        ),
        "merge_into_self": QCoreApplication.translate(
            "NameHistory", "The receiving unit cannot be one of the merged units."
        ),
        "merge_again": QCoreApplication.translate(
            "NameHistory", "One of these units was already merged before."
        ),
    }
    from desktop.ui.messages import error_text

    return known.get(exc.code) or error_text(exc)


def day_edit(value: date | None = None) -> QDateEdit:
    """A dd/MM/yyyy date field with a calendar."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


def day_of(edit: QDateEdit) -> date:
    """The date shown in a date field."""
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _day_text(d: date | None, open_text: str) -> str:
    return f"{d:%d/%m/%Y}" if d else open_text


class NameForm(FormDialog):
    """A name with dates for a unit (`unit_id`) or an office field (`field`): a rename (new name,
    first day) or an earlier name (first, last day)."""

    validation_words = staticmethod(name_error_text)

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None,
        *,
        earlier: bool,
        unit_id: int | None = None,
        field: OfficeField | None = None,
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self.earlier = earlier
        self._unit_id = unit_id
        self._field = field
        if earlier:
            self.setWindowTitle(self.tr("Add earlier name"))
        else:
            self.setWindowTitle(self.tr("Rename from a date"))
        self.setup()

    def _build_ui(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.name.setMinimumWidth(360)
        if self.earlier:
            self.since_known = QCheckBox(self.tr("Known"))
            self.since = day_edit(date(2020, 1, 1))
            self.since.setEnabled(False)
            self.since_known.toggled.connect(self.since.setEnabled)
            start = QWidget()
            row = QHBoxLayout(start)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.since_known)
            row.addWidget(self.since, 1)
            self.until = day_edit(date(2025, 6, 30))
            self.add_row("name", self.tr("Earlier &name:"), self.name)
            self.add_row("valid_from", self.tr("Used from:"), start, self.since)
            self.add_row("valid_to", self.tr("Used &until (last day):"), self.until)
        else:
            self.effective = day_edit(date.today())
            self.add_row("name", self.tr("New &name:"), self.name)
            self.add_row("effective", self.tr("&From (first day):"), self.effective)
        super()._build_ui()

    def values(self) -> NamePeriod:
        """The name as typed with its dates (a rename's first day in `valid_from`)."""
        if not self.earlier:
            return NamePeriod(self.name.text(), day_of(self.effective), None)
        since = day_of(self.since) if self.since_known.isChecked() else None
        return NamePeriod(self.name.text(), since, day_of(self.until))

    def write(self, values: object) -> None:
        assert isinstance(values, NamePeriod)
        ws, unit_id, field = self._ws, self._unit_id, self._field
        if not self.earlier:
            assert values.valid_from is not None
            if unit_id is not None:
                unit_names.rename(ws, unit_id, values.name, values.valid_from)
            else:
                assert field is not None
                unit_names.rename_office(ws, field, values.name, values.valid_from)
        elif unit_id is not None:
            unit_names.add_past_name(ws, unit_id, values)
        else:
            assert field is not None
            unit_names.add_office_past_name(ws, field, values)


class NameHistoryList(QWidget):
    """The names by period of one unit (`unit_id`) or one office field (`field`)."""

    renamed = Signal(str)  # the new current name

    def __init__(
        self,
        ws: Workspace,
        *,
        unit_id: int | None = None,
        field: OfficeField | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._unit_id = unit_id
        self._field = field
        self.open_dialog: NameForm | None = None  # the form shown last (tests fill it)
        headers = [self.tr("From"), self.tr("Until"), self.tr("Name")]
        if unit_id is not None:
            headers.append(self.tr("Parent unit"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 100)
        header.resizeSection(1, 100)
        self.rename_button = QPushButton(self.tr("Rename from a date…"))
        self.rename_button.clicked.connect(self.ask_rename)
        self.add_button = QPushButton(self.tr("Add earlier name…"))
        self.add_button.clicked.connect(self.ask_earlier)
        self.delete_button = QPushButton(self.tr("Delete earlier name"))
        self.delete_button.clicked.connect(self.delete_selected)
        note = QLabel(
            self.tr(
                "Papers print the name valid on their own date. Renaming keeps the old name "
                "with its dates; a spelling fix belongs in the form."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.merged_label = QLabel()  # the units merged into this one, with their dates
        self.merged_label.setObjectName("mergedIn")
        self.merged_label.setWordWrap(True)
        self.merged_label.hide()
        bar = QHBoxLayout()
        for b in (self.rename_button, self.add_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.merged_label)
        lay.addLayout(bar)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def periods(self) -> list[NamePeriod]:
        """The periods shown, oldest first, the current one last."""
        if self._unit_id is not None:
            return unit_names.history(self._ws, self._unit_id)
        assert self._field is not None
        return unit_names.office_history(self._ws, self._field)

    def reload(self) -> None:
        """Read the names again."""
        found = self.periods()
        parents = (
            {u.id: u.name for u in units.list_units(self._ws)} if self._unit_id is not None else {}
        )
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            cells = [
                _day_text(p.valid_from, "…"),
                _day_text(p.valid_to, self.tr("now")),
                p.name,
            ]
            if self._unit_id is not None:
                cells.append(parents.get(p.parent_id, "") if p.parent_id else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, p.id)
                self.table.setItem(row, col, item)
        if self._unit_id is not None:
            merged_in = [
                self.tr("%1 (from %2)")
                .replace("%1", m.from_name)
                .replace("%2", f"{m.merged_on:%d/%m/%Y}")
                for m in unit_names.merges(self._ws, self._unit_id)
                if m.into_unit_id == self._unit_id
            ]
            self.merged_label.setText(self.tr("Merged in: %1").replace("%1", ", ".join(merged_in)))
            self.merged_label.setVisible(bool(merged_in))
        self._update_buttons()

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(_ID) if item else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._selected_id() is not None)

    def _show(self, form: NameForm) -> bool:
        self.open_dialog = form
        try:
            saved = form.exec() == QDialog.DialogCode.Accepted
        finally:
            form.deleteLater()
        if saved:
            self.reload()
        return saved

    def ask_rename(self) -> None:
        """Give a new name from a date (the current name is kept until the day before)."""
        form = NameForm(self._ws, self, earlier=False, unit_id=self._unit_id, field=self._field)
        if self._show(form):
            self.renamed.emit(form.name.text().strip())

    def ask_earlier(self) -> None:
        """Record a name used before (its last day, and its first when known)."""
        self._show(NameForm(self._ws, self, earlier=True, unit_id=self._unit_id, field=self._field))

    def delete_selected(self) -> None:
        """Remove the selected earlier name (after asking)."""
        period_id = self._selected_id()
        if period_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete earlier name"),
            self.tr("Delete this earlier name? Papers of its dates will print the next name."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._unit_id is not None:
            on_worker(self, lambda: unit_names.delete_past_name(self._ws, period_id))
        else:
            on_worker(self, lambda: unit_names.delete_office_past_name(self._ws, period_id))
        self.reload()
