"""The units page: the tree of the office's units and the outside collectives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, ThiDuaError, ValidationError
from desktop.domain.units import Unit
from desktop.services import unit_names, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import run_form
from desktop.ui.dialogs.unit_dialog import MoveUnitDialog, UnitDialog, save_move
from desktop.ui.errors import show_error
from desktop.ui.models.unit_tree import COL_CODE, COL_KIND, COL_NAME, COL_SCOPE, UnitTreeModel
from desktop.ui.pages.list_page import ListPage
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.unit_picker import filter_units, office_order, subtree_ids


class _RoomyRows(QStyledItemDelegate):
    """A little more height per row than the default, for easier reading and dropping."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class UnitsPage(ListPage):
    """Add, edit, move, deactivate and delete units; drag a unit onto another to move it."""

    excel_kind = "units"
    history_kind = "unit"
    model: UnitTreeModel  # type: ignore[assignment]  # a tree, not the flat lazy model

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.model = UnitTreeModel(self)
        self._all: list[Unit] = []
        self._expanded: set[int] | None = None
        self._restoring = False
        self.merge_dialog: QWidget | None = None  # the last merge window opened
        self._build_ui()
        self.model.moveRequested.connect(self.move_unit)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = page_title(self.tr("Units"))

        add, edit, delete, history = self.record_buttons(
            self.tr("Add unit…"), self.tr("Edit…"), self.tr("Delete")
        )
        self.add_child_button = self.button(
            self.tr("Add sub-unit…"),
            self.add_sub_unit,
            self.tr("Add a unit under the selected one"),
        )
        self.move_button = self.button(
            self.tr("Move to…"), self.choose_move, self.tr("Put the unit under another unit")
        )
        self.active_button = self.button(self.tr("Deactivate"), self.toggle_active)
        self.needs_record(self.add_child_button, self.move_button, self.active_button)
        self.blocs_button = self.button(
            self.tr("Emulation blocs…"),
            self.show_blocs,
            self.tr("Which unit led which khối or cụm thi đua in which year"),
        )
        self.merge_button = self.button(
            self.tr("Merge units…"),
            self.merge_units,
            self.tr(
                "Sáp nhập: units become part of another from a date; their people and history move"
            ),
        )
        self.show_inactive = QCheckBox(self.tr("Show inactive units"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search_box(self.tr("Find a unit by name or code")), 1)
        top.addSpacing(12)
        top.addWidget(self.show_inactive)
        top.addWidget(self.blocs_button)
        top.addWidget(self.merge_button)

        bar = QHBoxLayout()
        for b in (
            add,
            self.add_child_button,
            edit,
            self.move_button,
            self.active_button,
            delete,
            history,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in self.excel_buttons():
            bar.addWidget(b)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_KIND, 180), (COL_CODE, 130), (COL_SCOPE, 100)):
            header.resizeSection(col, width)
        header.resizeSection(header.count() - 1, 110)
        self.show_records(self.tree)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.expanded.connect(lambda i: self._remember(i, True))
        self.tree.collapsed.connect(lambda i: self._remember(i, False))

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.count_label)

        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addLayout(top)
        root.addLayout(bar)
        root.addWidget(self.tree, 1)
        root.addLayout(foot)
        self.standard_keys()

    def show_blocs(self) -> None:
        """The khối / cụm leaders by year (read by Cờ thi đua của tỉnh)."""
        from desktop.ui.dialogs.household_dialog import BlocLeadersDialog

        dialog = BlocLeadersDialog(self._ws, self)
        dialog.exec()
        dialog.deleteLater()

    def merge_units(self) -> None:
        """Sáp nhập: the selected unit (if any) starts ticked; the tree reloads after a merge."""
        from desktop.ui.dialogs.merge_dialog import MergeUnitsDialog

        unit = self.current_unit()
        dialog = MergeUnitsDialog(self._ws, self, selected=unit.id if unit else None)
        self.merge_dialog = dialog
        if dialog.exec() == MergeUnitsDialog.DialogCode.Accepted and dialog.plan is not None:
            self.refresh(select=dialog.plan.into_id)
            self.data_changed.emit()
        dialog.deleteLater()

    # --- state ---------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the units again; keep (or set) the selection and the expanded branches."""
        self._all = units.list_units(self._ws, include_inactive=self.show_inactive.isChecked())
        self.model.set_merged(
            {
                m.from_unit_id: self.tr("Merged into %1 on %2")
                .replace("%1", m.into_name)
                .replace("%2", f"{m.merged_on:%d/%m/%Y}")
                for m in unit_names.merges(self._ws)
            }
        )
        self.show_units(select)
        n_active = sum(1 for u in self._all if u.active)
        text = self.tr("%Ln unit(s)", "", len(self._all))
        if n_active != len(self._all):
            text += " · " + self.tr("%n inactive", "", len(self._all) - n_active)
        self.count_label.setText(text)

    def search_changed(self) -> None:
        self.show_units()

    def show_units(self, select: int | None = None) -> None:
        """List the units read last through the search, keeping (or moving to) a selection."""
        current = self.current_unit()
        keep = select if select is not None else (current.id if current else None)
        filtering = bool(self.search.text().strip())
        self._restoring = True
        self.model.set_units(office_order(filter_units(self._all, self.search.text())))
        if filtering:
            self.tree.expandAll()
        elif self._expanded is None:  # first load: the top level open
            self.tree.expandToDepth(0)
            self._expanded = {u.id for u in self._all if u.parent_id is None}
        else:
            for uid in self._expanded:
                self.tree.setExpanded(self.model.index_of(uid), True)
        self._restoring = False
        if keep is not None:
            self.select(keep)
        if self.current_unit() is None and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.selection_changed()

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        # Branches opened or closed by the clerk (not by a search) survive reloads.
        unit = self.model.unit(index)
        if unit is None or self._restoring or self.search.text().strip():
            return
        if self._expanded is None:
            self._expanded = set()
        if expanded:
            self._expanded.add(unit.id)
        else:
            self._expanded.discard(unit.id)

    def select_unit(self, unit_id: int) -> bool:
        """Select and show a unit; False when it is not listed."""
        return self.select(unit_id)

    def neighbour(self, record_id: int) -> int | None:
        """The unit shown below (or else above) this one in the tree."""
        index = self.model.index_of(record_id)
        for near in (self.tree.indexBelow(index), self.tree.indexAbove(index)):
            unit = self.model.unit(near)
            if unit is not None:
                return unit.id
        return None

    def show_record(self, kind: str, record_id: int) -> None:
        """Select a unit (a global search hit), showing inactive units when needed."""
        if kind != "unit":
            return
        if not self.model.index_of(record_id).isValid() and self.search.text():
            self.search.clear()
        if not self.model.index_of(record_id).isValid() and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
        self.select(record_id)
        self.tree.setFocus()

    def history_of(self, record_id: int) -> tuple[str, str]:
        unit = units.get(self._ws, record_id)
        return unit.uuid, unit.name

    def current_unit(self) -> Unit | None:
        """The selected unit."""
        return self.model.unit(self.tree.currentIndex())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            unit = self.current_unit()
            menu.addAction(self.tr("Edit…"), self.open_record)
            menu.addAction(self.tr("Add sub-unit…"), self.add_sub_unit)
            menu.addAction(self.tr("Move to…"), self.choose_move)
            menu.addAction(
                self.tr("Reactivate") if unit and not unit.active else self.tr("Deactivate"),
                self.toggle_active,
            )
            menu.addAction(self.tr("Delete"), self.delete_selected)
            menu.addAction(self.tr("History…"), self.show_history)
            menu.addAction(self.tr("Merge units…"), self.merge_units)
            menu.addSeparator()
        menu.addAction(self.tr("Add unit…"), self.add_record)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def selection_changed(self) -> None:
        super().selection_changed()
        unit = self.current_unit()
        self.active_button.setText(
            self.tr("Reactivate") if unit is not None and not unit.active else self.tr("Deactivate")
        )

    # --- actions -----------------------------------------------------------------------------

    def add_record(self) -> None:
        """Add a top-level unit (or a sibling of the selected one)."""
        unit = self.current_unit()
        new = UnitDialog.ask(self, self._ws, parent_id=unit.parent_id if unit else None)
        if new is not None:
            self.refresh(select=new)
            self.data_changed.emit()

    def add_sub_unit(self) -> None:
        """Add a unit under the selected one."""
        unit = self.current_unit()
        if unit is None:
            return
        new = UnitDialog.ask(self, self._ws, parent_id=unit.id)
        if new is not None:
            self.tree.expand(self.model.index_of(unit.id))
            self.refresh(select=new)
            self.data_changed.emit()

    def open_record(self) -> None:
        """Edit the selected unit."""
        saved = self.edit_with(lambda uid: UnitDialog.ask(self, self._ws, uid))
        if saved is not None:
            self.refresh(select=saved)
            self.data_changed.emit()

    def choose_move(self) -> None:
        """Ask where to put the selected unit, then move it."""
        unit = self.current_unit()
        if unit is None:
            return
        dialog = MoveUnitDialog(self._ws, unit.id, self)
        if run_form(dialog) is not None:
            self._moved(unit.id, dialog.target.unit_id())

    def move_unit(
        self, unit_id: int, new_parent_id: int | None, effective: date | None = None
    ) -> None:
        """Put a unit under another one (None: at the top level); from `effective` on, the old
        parent kept for earlier papers (None, e.g. a drag: a correction)."""
        unit = next((u for u in self.model.units if u.id == unit_id), None)
        if unit is None or unit.parent_id == new_parent_id:
            return
        if new_parent_id is not None and new_parent_id in subtree_ids(self.model.units, unit_id):
            return
        try:
            on_worker(self, lambda: save_move(self._ws, unit_id, new_parent_id, effective))
        except (ValidationError, ConflictError) as exc:
            show_error(self, exc, self.tr("Cannot move the unit"))
            return
        self._moved(unit_id, new_parent_id)

    def _moved(self, unit_id: int, new_parent_id: int | None) -> None:
        if new_parent_id is not None:
            self.tree.expand(self.model.index_of(new_parent_id))
        self.refresh(select=unit_id)
        self.data_changed.emit()

    def toggle_active(self) -> None:
        """Deactivate the selected unit, or reactivate it."""
        unit = self.current_unit()
        if unit is None:
            return
        on_worker(self, lambda: units.set_active(self._ws, unit.id, not unit.active))
        self.refresh(select=unit.id)
        self.data_changed.emit()

    def delete_question(self, record_id: int) -> tuple[str, str]:
        unit = units.get(self._ws, record_id)
        return (
            self.tr("Delete unit"),
            self.tr("Delete the unit “%1”?").replace("%1", unit.name)
            + "\n\n"
            + self.tr("It goes to the recycle bin, from where it can be restored."),
        )

    def delete_record(self, record_id: int) -> None:
        units.delete(self._ws, record_id)

    def delete_refused(self, record_id: int, error: ThiDuaError, title: str) -> None:
        """A unit in use: say why and offer to deactivate it instead."""
        unit = self.current_unit()
        if not isinstance(error, ConflictError) or unit is None or unit.id != record_id:
            super().delete_refused(record_id, error, title)
            return
        from desktop.ui.messages import error_text

        self._offer_deactivate(unit, error_text(error))

    def _offer_deactivate(self, unit: Unit, reason: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("unit_in_use")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot delete the unit"))
        box.setText(self.tr("The unit “%1” cannot be deleted.").replace("%1", unit.name))
        box.setInformativeText(reason)
        deactivate = None
        if unit.active:
            deactivate = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if deactivate is not None and box.clickedButton() is deactivate:
            on_worker(self, lambda: units.set_active(self._ws, unit.id, False))
            self.refresh(select=unit.id)
            self.data_changed.emit()
