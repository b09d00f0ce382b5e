"""The units page: the tree of the office's units and the outside collectives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.units import Unit
from desktop.services import unit_names, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.unit_dialog import MoveUnitDialog, UnitDialog
from desktop.ui.errors import show_error
from desktop.ui.models.unit_tree import COL_CODE, COL_KIND, COL_NAME, COL_SCOPE, UnitTreeModel
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import filter_units, office_order, subtree_ids
from desktop.ui.writes import on_worker


class _RoomyRows(QStyledItemDelegate):
    """A little more height per row than the default, for easier reading and dropping."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class UnitsPage(QWidget):
    """Add, edit, move, deactivate and delete units; drag a unit onto another to move it."""

    data_changed = Signal()  # units were added, changed, moved or deleted

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.model = UnitTreeModel(self)
        self._all: list[Unit] = []
        self._expanded: set[int] | None = None
        self._restoring = False
        self.history_dialog: QWidget | None = None  # the last history window opened
        self.merge_dialog: QWidget | None = None  # the last merge window opened
        self._build_ui()
        self.model.moveRequested.connect(self.move_unit)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _button(self, text: str, slot: object, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _build_ui(self) -> None:
        title = page_title(self.tr("Units"))

        self.add_button = self._button(self.tr("Add unit…"), self.add_unit)
        self.add_child_button = self._button(
            self.tr("Add sub-unit…"),
            self.add_sub_unit,
            self.tr("Add a unit under the selected one"),
        )
        self.edit_button = self._button(self.tr("Edit…"), self.edit_unit)
        self.move_button = self._button(
            self.tr("Move to…"), self.choose_move, self.tr("Put the unit under another unit")
        )
        self.active_button = self._button(self.tr("Deactivate"), self.toggle_active)
        self.delete_button = self._button(self.tr("Delete"), self.delete_unit)
        self.history_button = self._button(
            self.tr("History…"), self.show_history, self.tr("Every change of the selected unit")
        )
        self.blocs_button = self._button(
            self.tr("Emulation blocs…"),
            self.show_blocs,
            self.tr("Which unit led which khối or cụm thi đua in which year"),
        )
        self.merge_button = self._button(
            self.tr("Merge units…"),
            self.merge_units,
            self.tr(
                "Sáp nhập: units become part of another from a date; their people and history move"
            ),
        )
        self.import_button = self._button(self.tr("Import from Excel…"), lambda: self._import())
        self.export_button = self._button(
            self.tr("Export to Excel…"), lambda: export_excel(self, self._ws, "units")
        )
        self.show_inactive = QCheckBox(self.tr("Show inactive units"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.search = SearchBox(placeholder=self.tr("Find a unit by name or code"))
        self.search.searchChanged.connect(lambda _t: self._show_units())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.show_inactive)
        top.addWidget(self.blocs_button)
        top.addWidget(self.merge_button)

        bar = QHBoxLayout()
        for b in (
            self.add_button,
            self.add_child_button,
            self.edit_button,
            self.move_button,
            self.active_button,
            self.delete_button,
            self.history_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        self.template_button = template_button(self, "units")
        bar.addWidget(self.template_button)
        bar.addWidget(self.export_button)

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
        self.tree.activated.connect(lambda _i: self.edit_unit())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.search.toResults.connect(self.tree.setFocus)
        self.tree.expanded.connect(lambda i: self._remember(i, True))
        self.tree.collapsed.connect(lambda i: self._remember(i, False))
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

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

        self._shortcut(self, [QKeySequence.StandardKey.New, Qt.Key.Key_Insert], self.add_unit)
        self._shortcut(self.tree, [QKeySequence.StandardKey.Delete], self.delete_unit)

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
            self.reload(select=dialog.plan.into_id)
            self.data_changed.emit()
        dialog.deleteLater()

    def _shortcut(
        self, owner: QWidget, keys: list[QKeySequence.StandardKey | Qt.Key], slot: object
    ) -> None:
        action = QAction(owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)

    # --- state ---------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
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
        self._show_units(select)
        n_active = sum(1 for u in self._all if u.active)
        text = self.tr("%Ln unit(s)", "", len(self._all))
        if n_active != len(self._all):
            text += " · " + self.tr("%n inactive", "", len(self._all) - n_active)
        self.count_label.setText(text)

    def _show_units(self, select: int | None = None) -> None:
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
            self.select_unit(keep)
        if self.current_unit() is None and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

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

    def select_unit(self, unit_id: int) -> None:
        """Select and show a unit."""
        index = self.model.index_of(unit_id)
        if not index.isValid():
            return
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def show_record(self, kind: str, record_id: int) -> None:
        """Select a unit (a global search hit), showing inactive units when needed."""
        if kind != "unit":
            return
        if not self.model.index_of(record_id).isValid() and self.search.text():
            self.search.clear()
        if not self.model.index_of(record_id).isValid() and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
        self.select_unit(record_id)
        self.tree.setFocus()

    def show_history(self) -> None:
        """The change history of the selected unit (audit log), in a window of its own."""
        unit = self.current_unit()
        if unit is None:
            return
        from desktop.ui.dialogs.history import HistoryDialog

        dialog = HistoryDialog.for_record(self._ws, "unit", unit.uuid, unit.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def current_unit(self) -> Unit | None:
        """The selected unit."""
        return self.model.unit(self.tree.currentIndex())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            unit = self.current_unit()
            menu.addAction(self.tr("Edit…"), self.edit_unit)
            menu.addAction(self.tr("Add sub-unit…"), self.add_sub_unit)
            menu.addAction(self.tr("Move to…"), self.choose_move)
            menu.addAction(
                self.tr("Reactivate") if unit and not unit.active else self.tr("Deactivate"),
                self.toggle_active,
            )
            menu.addAction(self.tr("Delete"), self.delete_unit)
            menu.addAction(self.tr("History…"), self.show_history)
            menu.addAction(self.tr("Merge units…"), self.merge_units)
            menu.addSeparator()
        menu.addAction(self.tr("Add unit…"), self.add_unit)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _update_buttons(self) -> None:
        unit = self.current_unit()
        for b in (
            self.edit_button,
            self.move_button,
            self.active_button,
            self.delete_button,
            self.history_button,
        ):
            b.setEnabled(unit is not None)
        self.add_child_button.setEnabled(unit is not None)
        self.active_button.setText(
            self.tr("Reactivate") if unit is not None and not unit.active else self.tr("Deactivate")
        )

    # --- actions -----------------------------------------------------------------------------

    def add_unit(self) -> None:
        """Add a top-level unit (or a sibling of the selected one)."""
        unit = self.current_unit()
        new = UnitDialog.ask(self, self._ws, parent_id=unit.parent_id if unit else None)
        if new is not None:
            self.reload(select=new)
            self.data_changed.emit()

    def add_sub_unit(self) -> None:
        """Add a unit under the selected one."""
        unit = self.current_unit()
        if unit is None:
            return
        new = UnitDialog.ask(self, self._ws, parent_id=unit.id)
        if new is not None:
            self.tree.expand(self.model.index_of(unit.id))
            self.reload(select=new)
            self.data_changed.emit()

    def edit_unit(self) -> None:
        """Edit the selected unit."""
        unit = self.current_unit()
        if unit is not None and UnitDialog.ask(self, self._ws, unit.id) is not None:
            self.reload(select=unit.id)
            self.data_changed.emit()

    def choose_move(self) -> None:
        """Ask where to put the selected unit, then move it."""
        unit = self.current_unit()
        if unit is None:
            return
        dialog = MoveUnitDialog(self._ws, unit.id, self)
        try:
            if dialog.exec() == MoveUnitDialog.DialogCode.Accepted:
                self.move_unit(unit.id, dialog.target.unit_id(), dialog.effective())
        finally:
            dialog.deleteLater()

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
            if (
                effective is not None
                and effective == unit_names.history(self._ws, unit_id)[-1].valid_from
            ):
                effective = None  # a second move on the day the current parent began: a fix
            if effective is not None:
                on_worker(
                    lambda: unit_names.rename(
                        self._ws, unit_id, unit.name, effective, parent_id=new_parent_id
                    )
                )
            else:
                on_worker(lambda: units.move(self._ws, unit_id, new_parent_id))
        except (ValidationError, ConflictError) as exc:
            show_error(self, exc, self.tr("Cannot move the unit"))
            return
        if new_parent_id is not None:
            self.tree.expand(self.model.index_of(new_parent_id))
        self.reload(select=unit_id)
        self.data_changed.emit()

    def toggle_active(self) -> None:
        """Deactivate the selected unit, or reactivate it."""
        unit = self.current_unit()
        if unit is None:
            return
        on_worker(lambda: units.set_active(self._ws, unit.id, not unit.active))
        self.reload(select=unit.id)
        self.data_changed.emit()

    def delete_unit(self) -> None:
        """Delete the selected unit after confirmation; offer to deactivate one in use."""
        unit = self.current_unit()
        if unit is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete unit"),
            self.tr("Delete the unit “%1”?").replace("%1", unit.name)
            + "\n\n"
            + self.tr("It goes to the recycle bin, from where it can be restored."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            on_worker(lambda: units.delete(self._ws, unit.id))
        except ConflictError as exc:
            self._offer_deactivate(unit, exc.message)
            return
        self.reload()
        self.data_changed.emit()

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
            on_worker(lambda: units.set_active(self._ws, unit.id, False))
            self.reload(select=unit.id)
            self.data_changed.emit()

    def _import(self) -> None:
        if import_excel(self, self._ws, "units"):
            self.reload()
            self.data_changed.emit()
