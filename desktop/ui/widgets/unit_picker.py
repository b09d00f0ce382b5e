"""Choose a unit from the tree of units (a combo box whose list shows the hierarchy)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.text import fold, search_tokens
from desktop.domain.units import Unit, UnitKind

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
_INDENT = 18


_KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}


def office_order(units: Iterable[Unit]) -> list[Unit]:
    """The office's own units first, then outside collectives, grouped by kind; the given
    (Vietnamese name) order is kept inside each group."""
    return sorted(units, key=lambda u: (not u.internal, _KIND_ORDER[u.kind]))


def tree_order(units: Iterable[Unit]) -> list[tuple[Unit, int]]:
    """Units in tree order (each parent followed by its children), with their depth.

    The input order (Vietnamese name order) is kept among siblings. A unit whose parent is
    missing from the list is shown at the top level.
    """
    units = list(units)
    known = {u.id for u in units}
    children: dict[int | None, list[Unit]] = {}
    for u in units:
        parent = u.parent_id if u.parent_id in known else None
        children.setdefault(parent, []).append(u)
    out: list[tuple[Unit, int]] = []
    stack: list[tuple[Unit, int]] = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        out.append((unit, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(unit.id, [])))
    return out


def subtree_ids(units: Iterable[Unit], root_id: int) -> set[int]:
    """`root_id` and the ids of every unit below it."""
    children: dict[int | None, list[int]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    found = {root_id}
    todo = [root_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def filter_units(units: Sequence[Unit], text: str) -> list[Unit]:
    """Units whose name has each search word at a word start (or whose code starts with it),
    with their parent units so the tree keeps its shape; all units for an empty search."""
    tokens = search_tokens(text)
    if not tokens:
        return list(units)
    by_id = {u.id: u for u in units}
    keep: set[int] = set()
    for u in units:
        words = fold(u.name).replace("-", " ").split()
        code = fold(u.code)
        if all(code.startswith(t) or any(w.startswith(t) for w in words) for t in tokens):
            unit: Unit | None = u
            while unit is not None and unit.id not in keep:
                keep.add(unit.id)
                unit = by_id.get(unit.parent_id) if unit.parent_id is not None else None
    return [u for u in units if u.id in keep]


class _IndentDelegate(QStyledItemDelegate):
    """Indents each entry of the drop-down list by its depth in the tree."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        depth = index.data(DEPTH_ROLE) or 0
        opt = QStyleOptionViewItem(option)
        opt.rect = option.rect.adjusted(int(depth) * _INDENT, 0, 0, 0)
        super().paint(painter, opt, index)


class UnitPicker(QComboBox):
    """A combo box of units in tree order; `unit_id()` is the chosen unit (or None).

    `none_text` adds a first entry meaning "no unit" (e.g. "All units" for a filter, or
    "(top level)" for a parent). Inactive units are listed only when `include_inactive`.
    """

    unitChanged = Signal(object)  # int | None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        none_text: str = "",
        include_inactive: bool = False,
    ) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._include_inactive = include_inactive
        self.setItemDelegate(_IndentDelegate(self))
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        if not none_text:
            self.setPlaceholderText(self.tr("Choose a unit…"))
        self.currentIndexChanged.connect(lambda _i: self.unitChanged.emit(self.unit_id()))

    def set_units(self, units: Sequence[Unit], exclude: Iterable[int] = ()) -> None:
        """Fill the list; keep the current choice when it is still there."""
        current = self.unit_id()
        excluded = set(exclude)
        self.blockSignals(True)
        self.clear()
        if self._none_text:
            self.addItem(self._none_text, None)
        for unit, depth in tree_order(office_order(units)):
            if unit.id in excluded:
                continue
            if not unit.active and not self._include_inactive and unit.id != current:
                continue
            label = unit.name if unit.active else self.tr("%1 (inactive)").replace("%1", unit.name)
            self.addItem(label, unit.id)
            self.setItemData(self.count() - 1, depth, DEPTH_ROLE)
        self.blockSignals(False)
        self.set_unit_id(current, emit=False)

    def unit_id(self) -> int | None:
        """The chosen unit's id, or None for the "no unit" entry or an empty list."""
        value = self.currentData()
        return int(value) if value is not None else None

    def set_unit_id(self, unit_id: int | None, *, emit: bool = True) -> None:
        """Select a unit by id (the "no unit" entry, or the first one, for None/unknown)."""
        row = self.findData(unit_id) if unit_id is not None else -1
        if row < 0 and self._none_text:
            row = 0
        if not emit:
            self.blockSignals(True)
        self.setCurrentIndex(row)
        if not emit:
            self.blockSignals(False)
