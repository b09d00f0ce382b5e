"""The "Career" tab of the person form: positions held (chức vụ, from, to, leadership)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import parse_date_text
from desktop.domain.subjects import PositionInput
from desktop.services import positions
from desktop.services.session import Workspace

TITLE, ORGANISATION, START, END, LEADERSHIP = range(5)


def _day(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


class PositionsEditor(QWidget):
    """An editable table of positions; `values()` reads it, the form saves it with the person."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bad_row: int | None = None  # the row `values()` refused
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("positions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Position"),
                self.tr("Organisation"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Leadership"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((ORGANISATION, 220), (START, 110), (END, 110), (LEADERSHIP, 130)):
            header.resizeSection(col, width)
        self.add_button = QPushButton(self.tr("Add position"))
        self.remove_button = QPushButton(self.tr("Remove position"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        hint = QLabel(
            self.tr(
                "Positions held, oldest first; dates as dd/mm/yyyy, “To” empty while still held. "
                "Tick “Leadership” for leading and managing positions: an award for long "
                "service (quá trình cống hiến) counts their years."
            )
        )
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        for p in positions.of_person(ws, person_id):
            self.add_row(p.data)

    def add_row(self, data: PositionInput | None = None) -> int:
        """Append a row (empty, or holding `data`); its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (
            (data.title, data.organisation, _day(data.start), _day(data.end))
            if data
            else ("", "", "", "")
        )
        for col, text in enumerate(texts):
            self.table.setItem(row, col, QTableWidgetItem(text))
        lead = QTableWidgetItem()
        lead.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        lead.setCheckState(
            Qt.CheckState.Checked if data and data.leadership else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, LEADERSHIP, lead)
        if data is None:
            self.table.setCurrentCell(row, TITLE)
        return row

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""

    def values(self) -> list[PositionInput]:
        """The rows as positions (blank rows skipped); ValidationError, with `bad_row` set."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, c) for c in (TITLE, ORGANISATION, START, END)]
            if not any(t.strip() for t in texts):
                continue
            try:
                start = parse_date_text(texts[2], "start")
                if start is None:
                    raise ValidationError("start", "required", "Hãy ghi ngày bắt đầu giữ chức vụ.")
                item = self.table.item(row, LEADERSHIP)
                out.append(
                    PositionInput(
                        texts[0],
                        start,
                        parse_date_text(texts[3], "end"),
                        item is not None and item.checkState() == Qt.CheckState.Checked,
                        texts[1],
                    ).validated()
                )
            except ValidationError:
                self.bad_row = row
                self.table.selectRow(row)
                raise
        self.bad_row = None
        return positions.validated(out)
