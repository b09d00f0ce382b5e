"""The people table: holds the ordered ids of a query and fetches rows in blocks on demand."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.identity import BirthDate
from desktop.domain.people import WorkStatus
from desktop.services import people
from desktop.services.session import Workspace
from desktop.ui.widgets.labels import sex_label, status_label

COL_NAME, COL_SEX, COL_BIRTH, COL_CCCD, COL_UNIT, COL_POSITION = range(6)
SORT_COLUMNS = (
    people.SortColumn.NAME,
    people.SortColumn.SEX,
    people.SortColumn.BIRTH,
    people.SortColumn.CCCD,
    people.SortColumn.UNIT,
    people.SortColumn.POSITION,
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

BLOCK = 200  # rows fetched per query
MAX_BLOCKS = 60  # blocks kept (12,000 rows); older ones are dropped

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
    }
)
# display texts of the six columns, foreground brush, tool tip of the name
_Shown = tuple[tuple[str, str, str, str, str, str], QBrush | None, str | None]


class PeopleTableModel(QAbstractTableModel):
    """Rows of `services.people.query_ids`; cells from `services.people.table_rows`.

    Sorting re-runs the query in SQL (never a proxy model): `sort()` is what the header calls.
    """

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._query = people.make_query()
        self._ids: list[int] = []
        self._loaded = False
        self._blocks: OrderedDict[int, dict[int, _Shown]] = OrderedDict()
        self._headers = (
            self.tr("Full name"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("CCCD number"),
            self.tr("Unit"),
            self.tr("Position"),
        )
        self._muted = QBrush(QColor(120, 120, 120))

    # --- query -------------------------------------------------------------------------

    @property
    def query(self) -> people.PersonQuery:
        """The query the rows come from."""
        return self._query

    def set_query(self, query: people.PersonQuery) -> None:
        """Run a new query (search, filter or order) and show its rows."""
        ids = people.query_ids(self._ws, query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._loaded = True
        self._blocks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Run the current query again (after a change in the data)."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_COLUMNS):
            return
        q = self._query
        descending = order == Qt.SortOrder.DescendingOrder
        if q.sort is SORT_COLUMNS[column] and q.descending == descending:
            return
        if not self._loaded:
            # The view sorts as soon as it is given the model; the first query is the
            # page's own refresh, so only remember the order here.
            self._query = people.PersonQuery(q.tokens, q.unit_ids, SORT_COLUMNS[column], descending)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self.person_id(i.row()) for i in persistent]
        self._query = people.PersonQuery(q.tokens, q.unit_ids, SORT_COLUMNS[column], descending)
        self._ids = people.query_ids(self._ws, self._query)
        self._blocks.clear()
        rows = {pid: r for r, pid in enumerate(self._ids)}
        new = []
        for old, pid in zip(persistent, kept, strict=True):
            r = rows.get(pid) if pid is not None else None
            new.append(self.index(r, old.column()) if r is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    # --- lookups -----------------------------------------------------------------------

    def person_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int:
        """The row showing a person, or -1."""
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> _Shown | None:
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            ids = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            block = {pid: self._shown(r) for pid, r in people.table_rows(self._ws, ids).items()}
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    def _shown(self, row: people.TableRow) -> _Shown:
        # Formatted once per fetched row, so painting only indexes a tuple.
        _pid, name, sex, birth, cccd, unit, position, status = row
        b = BirthDate.from_iso(birth)
        working = status == WorkStatus.WORKING.value
        return (
            (name, sex_label(sex), b.display() if b else "", cccd or "", unit, position),
            None if working else self._muted,
            None if working else f"{name} — {status_label(status)}",
        )

    def fetched_blocks(self) -> int:
        """How many blocks of rows are held (for tests and benchmarks)."""
        return len(self._blocks)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[r]
        shown = self._row(r)
        if shown is None:  # deleted since the query ran
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown[0][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return shown[1]
        return shown[2] if index.column() == COL_NAME else None  # tool tip
