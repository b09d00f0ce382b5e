"""The one lazy table model: the ordered ids of a query, the rows behind them fetched in blocks
when the view first paints them, the least recently used blocks dropped past a limit.

`LazyTableModel` holds the ids and the block cache; a subclass says how a block of ids becomes
rows (`fetch_rows`) and how a row shows (`cell`, `cell_tip`, `cell_brush`). `QueryTableModel`
adds a query that is run again in SQL to search, filter or sort (never a proxy model).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 200  # rows fetched per query
MAX_BLOCKS = 60  # blocks kept (12,000 rows); older ones are dropped

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_ASKED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LazyTableModel(QAbstractTableModel):
    """Ids in display order; `row(r)` is the fetched row of a line (None once deleted)."""

    block = BLOCK
    max_blocks = MAX_BLOCKS
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, Mapping[int, Any]] = OrderedDict()

    # --- what a subclass says ------------------------------------------------------------

    def fetch_rows(self, ids: Sequence[int]) -> Mapping[int, Any]:  # pragma: no cover
        """The rows of these ids (an id missing from the answer was deleted meanwhile)."""
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> object:  # pragma: no cover
        """The text of a cell."""
        raise NotImplementedError

    def cell_tip(self, row: Any, column: int) -> object:
        """The tool tip of a cell (none by default)."""
        return None

    def cell_brush(self, row: Any) -> object:
        """The text colour of a whole row (the default colour by default)."""
        return None

    # --- ids and blocks ------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids in this order; nothing is fetched until the view asks."""
        self.set_table(self._headers, ids)

    def set_table(self, headers: Sequence[str], ids: Sequence[int]) -> None:
        """New columns and ids in one reset (a table whose columns follow its data)."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._ids = list(ids)
        self._blocks.clear()
        self.endResetModel()

    def reorder(self, ids: Sequence[int]) -> None:
        """The same records in a new order: the selection and the current row follow them."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self.id_at(i.row()) for i in persistent]
        self._ids = list(ids)
        self._blocks.clear()
        rows = {ident: r for r, ident in enumerate(self._ids)}
        new = []
        for old, ident in zip(persistent, kept, strict=True):
            r = rows.get(ident) if ident is not None else None
            new.append(self.index(r, old.column()) if r is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The id shown in a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ident: int) -> int:
        """The row showing a record, or -1."""
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1

    def row(self, row: int) -> Any:
        """The fetched row of a line (its block is read on first use); None once deleted."""
        block_no = row // self.block
        block = self._blocks.get(block_no)
        if block is None:
            ids = self._ids[block_no * self.block : (block_no + 1) * self.block]
            block = self.fetch_rows(ids)
            self._blocks[block_no] = block
            while len(self._blocks) > self.max_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    def fetched_blocks(self) -> int:
        """How many blocks of rows are held (for tests and benchmarks)."""
        return len(self._blocks)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ASKED or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        if role == ID_ROLE:
            return self.id_at(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in self.right_aligned else None
        shown = self.row(r)
        if shown is None:  # deleted since the query ran
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(shown, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.cell_brush(shown)
        return self.cell_tip(shown, index.column())


class QueryTableModel(LazyTableModel):
    """A lazy model whose ids come from a query; a header click re-runs it in another order."""

    # The service's sort key of each column (a column not listed does not sort).
    sort_columns: tuple[object, ...] = ()

    def __init__(self, query: Any, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._query = query
        self._loaded = False

    def run_query(self, query: Any) -> list[int]:  # pragma: no cover
        """The ids the query finds, in its order."""
        raise NotImplementedError

    def ordered(self, query: Any, sort: Any, descending: bool) -> Any:  # pragma: no cover
        """The same query in another order."""
        raise NotImplementedError

    @property
    def query(self) -> Any:
        """The query the rows come from."""
        return self._query

    def set_query(self, query: Any) -> None:
        """Run a new query (search, filter or order) and show its rows."""
        ids = self.run_query(query)
        self._query = query
        self._loaded = True
        self.set_ids(ids)

    def refresh(self) -> None:
        """Run the current query again (after a change in the data)."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_columns):
            return
        q = self._query
        descending = order == Qt.SortOrder.DescendingOrder
        if q.sort is self.sort_columns[column] and q.descending == descending:
            return
        self._query = self.ordered(q, self.sort_columns[column], descending)
        if self._loaded:
            # (Before the page's first query only the order is remembered: the view sorts
            # as soon as it is given the model.)
            self.reorder(self.run_query(self._query))
