"""The tree of units: parents and children, with kind, scope, code and state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.units import Unit
from desktop.ui.widgets.labels import scope_label, unit_kind_label
from desktop.ui.widgets.unit_picker import subtree_ids

COL_NAME, COL_KIND, COL_CODE, COL_SCOPE, COL_STATE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-thidua-unit-ids"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class _Node:
    __slots__ = ("children", "parent", "row", "unit")

    def __init__(self, unit: Unit | None, parent: _Node | None, row: int) -> None:
        self.unit = unit
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class UnitTreeModel(QAbstractItemModel):
    """Units as a tree. Dropping a unit onto another asks (by `moveRequested`) to move it;
    the page calls the service and reloads, so the model never changes data by itself."""

    moveRequested = Signal(int, object)  # unit id, new parent id or None (top level)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._nodes: dict[int, _Node] = {}
        self._units: list[Unit] = []
        self._headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Code"),
            self.tr("Scope"),
            self.tr("State"),
        )
        self._muted = QBrush(QColor(130, 130, 130))
        self._italic = QFont()
        self._italic.setItalic(True)
        self._merged: dict[int, str] = {}  # unit id -> "Merged into … on …" (closed by a merge)

    def set_merged(self, merged: dict[int, str]) -> None:
        """The units closed by a merge, with what they merged into (shown in the State column)."""
        self._merged = dict(merged)

    def set_units(self, units: Sequence[Unit]) -> None:
        """Rebuild the tree from units in Vietnamese name order."""
        self.beginResetModel()
        self._units = list(units)
        self._root = _Node(None, None, 0)
        self._nodes = {}
        known = {u.id for u in units}
        for u in units:
            self._nodes[u.id] = _Node(u, None, 0)
        for u in units:
            node = self._nodes[u.id]
            parent = self._nodes[u.parent_id] if u.parent_id in known else self._root
            node.parent = parent
            node.row = len(parent.children)
            parent.children.append(node)
        self.endResetModel()

    @property
    def units(self) -> list[Unit]:
        """The units shown."""
        return list(self._units)

    def unit(self, index: _Index) -> Unit | None:
        """The unit at an index."""
        node = self._node(index)
        return node.unit if node is not self._root else None

    def index_of(self, unit_id: int, column: int = 0) -> QModelIndex:
        """The index showing a unit (invalid when not shown)."""
        node = self._nodes.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def _node(self, index: _Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit(index)
        if unit is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return unit.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return unit.name
            if col == COL_KIND:
                return unit_kind_label(unit.kind)
            if col == COL_CODE:
                return unit.code
            if col == COL_SCOPE:
                return scope_label(unit.internal)
            if col == COL_STATE:
                if unit.id in self._merged:
                    return self.tr("Merged")
                return self.tr("Active") if unit.active else self.tr("Inactive")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME and unit.address:
            return unit.address
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE and unit.id in self._merged:
            return self._merged[unit.id]
        if role == Qt.ItemDataRole.ForegroundRole and not unit.active:
            return self._muted
        if role == Qt.ItemDataRole.FontRole and not unit.active:
            return self._italic
        return None

    # --- drag and drop: a request to move, carried out by the page ---------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({int(i.data(ID_ROLE)) for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def _dropped_ids(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(MIME):
            return []
        raw = bytes(data.data(MIME).data()).decode()
        return [int(x) for x in raw.split(",") if x]

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        ids = self._dropped_ids(data)
        if len(ids) != 1:
            return False
        target = self.unit(parent)
        return target is None or target.id not in subtree_ids(self._units, ids[0])

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        unit_id = self._dropped_ids(data)[0]
        target = self.unit(parent)
        new_parent = target.id if target is not None else None
        # Reloading the tree inside the drop would pull the rug from under the view: defer it.
        # Returning False keeps the view from removing the dragged row itself.
        QTimer.singleShot(0, lambda: self.moveRequested.emit(unit_id, new_parent))
        return False
