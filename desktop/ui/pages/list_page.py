"""The one shape of a list page: search and filters over a table, a button bar (add, open,
delete, history), the Excel buttons, keyboard shortcuts, and a delete that asks, runs on the
database worker and refreshes with the neighbouring row selected.

A page with a lazy model (`LazyTableModel`) gets selection by id (`current_id`, `select`) from
here; a page that lists rows itself overrides `current_id` and `select`. Each page says how it
lists (`refresh`) and what it deletes (`delete_record`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.domain.errors import NotFoundError, ThiDuaError
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.models.lazy_table import LazyTableModel
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.writes import on_worker

Key = QKeySequence.StandardKey | Qt.Key


class ListPage(QWidget):
    """Shared parts of the pages that list records; `refresh(select=id)` lists again."""

    data_changed = Signal()  # records were added, changed or deleted here
    excel_kind = ""  # the spreadsheet kind of the Excel buttons ("" : none)
    model: LazyTableModel  # set by a page with a lazy model, shown by `record_table`
    table: QTableView

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.history_dialog: QWidget | None = None  # the last history window opened

    # --- building --------------------------------------------------------------------------

    def button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A push button calling `slot` (without arguments)."""
        button = QPushButton(text)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    def shortcut(self, owner: QWidget, keys: Sequence[Key], slot: Callable[[], object]) -> None:
        """Keys that call `slot` while the focus is in `owner`."""
        action = QAction(owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        owner.addAction(action)

    def excel_buttons(self) -> list[QPushButton]:
        """Import, template and export buttons for `excel_kind`."""
        kind = self.excel_kind
        self.import_button = self.button(self.tr("Import from Excel…"), self.import_rows)
        self.template_button = template_button(self, kind)
        self.export_button = self.button(
            self.tr("Export to Excel…"), lambda: export_excel(self, self._ws, kind)
        )
        return [self.import_button, self.template_button, self.export_button]

    def record_table(self, model: LazyTableModel) -> QTableView:
        """The table of a lazy model: whole rows, one at a time, sorted in SQL by a header
        click, Enter or a double click opens the row (`open_record`)."""
        self.model = model
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setSortIndicatorShown(True)
        table.activated.connect(lambda _i: self.open_record())
        self.table = table
        return table

    def sort_order(self, columns: Sequence[object]) -> tuple[object, bool]:
        """The service's sort key and direction the header shows."""
        hh = self.table.horizontalHeader()
        column = hh.sortIndicatorSection()
        sort = columns[column] if 0 <= column < len(columns) else columns[0]
        return sort, hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # --- what a page says ------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:  # pragma: no cover
        """List again (keeping, or moving to, the record `select`)."""
        raise NotImplementedError

    def open_record(self) -> None:
        """Open the selected record (Enter, double click)."""

    def delete_record(self, record_id: int) -> None:  # pragma: no cover
        """Delete through the service. Runs on the database worker: no widgets here."""
        raise NotImplementedError

    # --- selection (pages with a lazy model) -----------------------------------------------

    def current_id(self) -> int | None:
        """The id of the selected record."""
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        """Select and show a record's row; False when it is not listed."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def keep_selection(self, keep: int | None) -> None:
        """After listing again: the record `keep` when listed, else the first row."""
        if (keep is None or not self.select(keep)) and self.model.rowCount():
            first = self.model.id_at(0)
            if first is not None:
                self.select(first)

    def neighbour(self, record_id: int) -> int | None:
        """The record listed after (or else before) this one: selected once it is gone."""
        row = self.model.row_of(record_id)
        return self.model.id_at(row + 1) or self.model.id_at(row - 1)

    # --- actions ---------------------------------------------------------------------------

    def ask_and_delete(
        self, record_id: int, title: str, question: str, *, confirm: bool = True
    ) -> bool:
        """Ask, delete on the database worker, list again with the neighbour selected."""
        if confirm:
            answer = QMessageBox.question(
                self,
                title,
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        following = self.neighbour(record_id)
        try:
            on_worker(lambda: self.delete_record(record_id))
        except NotFoundError:
            pass  # already gone: just list again
        except ThiDuaError as exc:
            show_error(self, exc, title)
            return False
        self.reload_choices()
        self.refresh(select=following)
        self.data_changed.emit()
        return True

    def edit_with(self, ask: Callable[[int], int | None]) -> int | None:
        """Open the selected record's form (`ask(id)`); the id it saved, None when cancelled
        (or when the record is gone: the list is read again)."""
        record_id = self.current_id()
        if record_id is None:
            return None
        try:
            return ask(record_id)
        except NotFoundError:
            self.refresh()
            return None

    def show_history_of(self, kind: str, uuid: str, name: str) -> None:
        """The change history of one record (audit log), in a window of its own."""
        from desktop.ui.dialogs.history import HistoryDialog

        dialog = HistoryDialog.for_record(self._ws, kind, uuid, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def import_rows(self) -> bool:
        """The import dialog of `excel_kind`; lists again when rows were written."""
        if not import_excel(self, self._ws, self.excel_kind):
            return False
        self.reload_choices()
        self.refresh()
        self.data_changed.emit()
        return True

    def reload_choices(self) -> None:
        """Read the filters' choices again (an import or a delete may have changed them)."""
