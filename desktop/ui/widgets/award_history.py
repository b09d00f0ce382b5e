"""A person's or unit's awards (year, title or form, decision, issuer) on their form, with
adding, correcting and printing the Quá trình khen thưởng page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.initiatives import parse_date_text
from desktop.services import award_record, catalog, unit_names
from desktop.services.award_record import AwardEntry, AwardLine
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.errors import show_error


class AwardEntryDialog(FormDialog):
    """Add or correct one award line."""

    field_aliases: ClassVar[dict[str, str]] = {"award_code": "award", "award_name": "award"}

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        unit_id: int | None = None,
        line: AwardLine | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._person_id = person_id
        self._unit_id = unit_id
        self._line = line
        self.setWindowTitle(self.tr("Correct award") if line else self.tr("Add award"))
        self.setup()
        self.resize(520, 0)

    def _build_ui(self) -> None:
        self.year = QSpinBox()
        self.year.setRange(award_record.FIRST_YEAR, date.today().year)
        self.year.setValue(date.today().year - 1)
        self.award = QComboBox()
        self.award.setEditable(True)
        self.award.addItem("", "")
        for a in catalog.load(self._ws).awards:
            self.award.addItem(a.name, a.code)
        edit = self.award.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText(self.tr("from the list, or an older form typed in"))
        self.number = QLineEdit()
        self.number.setMaxLength(60)
        self.number.setPlaceholderText(self.tr("e.g. 150/QĐ-UBND"))
        self.when = QLineEdit()
        self.when.setMaxLength(10)
        self.when.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.issuer = QLineEdit()
        self.issuer.setMaxLength(200)
        self.add_row("year", self.tr("&Year:"), self.year)
        self.add_row("award", self.tr("&Title or form:"), self.award)
        self.add_row("decision_number", self.tr("Decision &number:"), self.number)
        self.add_row("decision_date", self.tr("Decision &date:"), self.when)
        self.add_row("issuer", self.tr("&Issued by:"), self.issuer)
        super()._build_ui()

    def load(self) -> None:
        line = self._line
        if line is None:
            return
        self.year.setValue(line.year)
        index = self.award.findData(line.award_code) if line.award_code else -1
        if index >= 0 and self.award.itemText(index) == line.award_name:
            self.award.setCurrentIndex(index)
        else:
            self.award.setEditText(line.award_name)
        self.number.setText(line.decision_number)
        if line.decision_date:
            self.when.setText(line.decision_date.strftime("%d/%m/%Y"))
        self.issuer.setText(line.issuer)

    def values(self) -> AwardEntry:
        """What the form holds (ValidationError on a date that cannot be read)."""
        text = self.award.currentText().strip()
        index = self.award.findText(text, Qt.MatchFlag.MatchExactly)
        code = str(self.award.itemData(index) or "") if index > 0 else ""
        return AwardEntry(
            self.year.value(),
            code,
            "" if code else text,
            self.number.text(),
            parse_date_text(self.when.text(), "decision_date"),
            self.issuer.text(),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, AwardEntry)
        if self._line is not None:
            award_record.correct(self._ws, self._line.id, values)
            return self._line.id
        return award_record.add(self._ws, values, person_id=self._person_id, unit_id=self._unit_id)


class AwardHistoryEditor(QWidget):
    """The awards of one person or unit, oldest first, with Add, Correct and Print."""

    COLUMNS = 5

    def __init__(
        self,
        ws: Workspace,
        *,
        person_id: int | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._person_id = person_id
        self._unit_id = unit_id
        self._lines: list[AwardLine] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Title or form"),
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("Issued by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.correct)
        self.add_button = QPushButton(self.tr("&Add award…"))
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.print_button = QPushButton(self.tr("&Print award record…"))
        self.add_button.clicked.connect(self.add)
        self.correct_button.clicked.connect(self.correct)
        self.print_button.clicked.connect(self.print_record)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.correct_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.reload()

    def reload(self) -> int:
        """Read the awards again; return how many."""
        self._lines = award_record.lines(self._ws, person_id=self._person_id, unit_id=self._unit_id)
        # a unit's award given under an earlier name (renamed, or merged into it) says so
        given = unit_names.given_under(self._ws, self._lines) if self._unit_id is not None else {}
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            when = (
                line.decision_date.strftime("%d/%m/%Y")
                if line.decision_date
                else ""
            )
            for col, value in enumerate(
                (
                    str(line.year),
                    line.award_name
                    + (
                        self.tr(" (given to %1)").replace("%1", given[line.id])
                        if line.id in given
                        else ""
                    ),
                    line.decision_number,
                    when,
                    line.issuer,
                )
            ):
                item = QTableWidgetItem(value)
                if col == 1:
                    item.setToolTip(value)  # long titles (and "given to …") are cut in the cell
                if col in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self._selection_changed()
        return len(self._lines)

    def _selection_changed(self) -> None:
        self.correct_button.setEnabled(self.current_line() is not None)

    def current_line(self) -> AwardLine | None:
        """The selected award line."""
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._lines[row] if selected and 0 <= row < len(self._lines) else None

    def add(self) -> None:
        """Add an award by hand."""
        dialog = AwardEntryDialog(self._ws, self, person_id=self._person_id, unit_id=self._unit_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def correct(self) -> None:
        """Correct the selected award."""
        line = self.current_line()
        if line is None:
            return
        dialog = AwardEntryDialog(self._ws, self, line=line)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def print_record(self) -> None:
        """Write the Quá trình khen thưởng page to a PDF the clerk names."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print award record"), "qua-trinh-khen-thuong.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        try:
            award_record.print_record(
                self._ws, Path(name), person_id=self._person_id, unit_id=self._unit_id
            )
        except Exception as exc:
            show_error(self, exc)
