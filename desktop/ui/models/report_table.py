"""A read-only table model over one table of a periodic report (rows, then the total)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.report_data import Cell, ReportTable

Index = QModelIndex | QPersistentModelIndex


def cell_text(value: Cell) -> str:
    """Numbers with the Vietnamese thousands separator; None as empty."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return (
            f"{value:g}".replace(".", ",")
            if not value.is_integer()
            else f"{int(value):,}".replace(",", ".")
        )
    return str(value)


class ReportTableModel(QAbstractTableModel):
    """Rows of a `ReportTable`; the total row (bold) last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None
        self._rows: tuple[tuple[Cell, ...], ...] = ()

    def set_table(self, table: ReportTable | None) -> None:
        """Show another table (None: nothing)."""
        self.beginResetModel()
        self._table = table
        rows = table.rows if table is not None else ()
        if table is not None and table.total is not None and rows:
            rows = (*rows, table.total)
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_total(self, row: int) -> bool:
        return (
            self._table is not None
            and self._table.total is not None
            and row == len(self._rows) - 1
            and bool(self._table.rows)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.columns[section] if section < len(self._table.columns) else None
        return str(section + 1)
