"""Table models for initiatives: the page's table (ids of a query, rows fetched in blocks) and
the short list of one person's initiatives."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.services import initiatives
from desktop.services.initiatives import InitiativeQuery, SortColumn
from desktop.services.session import Workspace
from desktop.ui.widgets.initiative_labels import kind_label, scope_label, share_text, status_label

(
    COL_TITLE,
    COL_KIND,
    COL_AUTHORS,
    COL_UNIT,
    COL_YEAR,
    COL_STATUS,
    COL_SCOPE,
    COL_DECISION,
) = range(8)
SORT_COLUMNS = (
    SortColumn.TITLE,
    SortColumn.KIND,
    SortColumn.AUTHORS,
    SortColumn.UNIT,
    SortColumn.YEAR,
    SortColumn.STATUS,
    SortColumn.SCOPE,
    SortColumn.DECISION,
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 200
MAX_BLOCKS = 40

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class InitiativesTableModel(QAbstractTableModel):
    """Rows of `services.initiatives.query_ids`; sorting re-runs the query in SQL."""

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._query = InitiativeQuery()
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, initiatives.TableRow]] = OrderedDict()
        self._headers = (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Authors"),
            self.tr("Unit"),
            self.tr("Year"),
            self.tr("Status"),
            self.tr("Scope"),
            self.tr("Decision"),
        )

    @property
    def query(self) -> InitiativeQuery:
        """The query the rows come from."""
        return self._query

    def set_query(self, query: InitiativeQuery) -> None:
        """Run a new query and show its rows."""
        ids = initiatives.query_ids(self._ws, query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Run the current query again."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        if q.sort is SORT_COLUMNS[column] and q.descending == descending and self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self.initiative_id(i.row()) for i in persistent]
        self._query = replace(q, sort=SORT_COLUMNS[column], descending=descending)
        self._ids = initiatives.query_ids(self._ws, self._query)
        self._blocks.clear()
        rows = {iid: r for r, iid in enumerate(self._ids)}
        new = []
        for old, iid in zip(persistent, kept, strict=True):
            r = rows.get(iid) if iid is not None else None
            new.append(self.index(r, old.column()) if r is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def initiative_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, initiative_id: int) -> int:
        """The row showing an initiative, or -1."""
        try:
            return self._ids.index(initiative_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> initiatives.TableRow | None:
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            ids = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            block = initiatives.table_rows(self._ws, ids)
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TITLE:
                tip = row.title
                if row.used_for_award:
                    tip += "\n" + self.tr("Used as ground for: %1").replace(
                        "%1", row.used_for_award
                    )
                return tip
            if col == COL_AUTHORS:
                return row.authors or None
            return None
        if col == COL_TITLE:
            return row.title
        if col == COL_KIND:
            return kind_label(row.kind)
        if col == COL_AUTHORS:
            return row.authors
        if col == COL_UNIT:
            return row.unit_name
        if col == COL_YEAR:
            return str(row.year)
        if col == COL_STATUS:
            return status_label(row.status)
        if col == COL_SCOPE:
            return scope_label(row.scope)
        if col == COL_DECISION:
            when = row.decision_date.strftime("%d/%m/%Y") if row.decision_date else ""
            return ", ".join(p for p in (row.decision_number, when) if p)
        return None


class PersonInitiativesModel(QAbstractTableModel):
    """The initiatives of one person (title, kind, year, status, scope, share, award used for)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[initiatives.PersonInitiative] = []
        self._headers = (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Year"),
            self.tr("Status"),
            self.tr("Scope"),
            self.tr("Share"),
            self.tr("Used for award"),
        )

    def load(self, ws: Workspace, person_id: int | None) -> None:
        """Show the initiatives of this person (none for None)."""
        rows = initiatives.for_person(ws, person_id) if person_id is not None else []
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def initiative_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ID_ROLE:
            return r.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.title,
            kind_label(r.kind),
            str(r.year),
            status_label(r.status),
            scope_label(r.scope),
            share_text(r.share),
            r.used_for_award,
        )[index.column()]
