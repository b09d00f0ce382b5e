"""The one shape of a list page: search and filters over a view of records, a button bar (add,
open, delete, history), the Excel buttons, keyboard shortcuts, and a delete that asks, runs on the
database worker and refreshes with the neighbouring record selected.

The view is a table of a lazy model (`record_table`) or a page's own view handed to
`show_records` (the units page's tree). The base reads the selected record's id from the view
(`ID_ROLE`); a view whose model has no such role overrides `current_id` and `select`, a view
that is not flat says which record follows another (`neighbour`) and where a record is
(`index_of`). Each page says how it lists (`refresh`), what its add and open do (`add_record`,
`open_record`), what the delete asks (`delete_question`) and deletes (`delete_record`), and whose
history the History button shows (`history_kind`, `history_of`). `standard_keys` gives Ins /
Ctrl+N (add), Del (delete) and Enter (open); Ctrl+F comes to `focus_search`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.domain.errors import NotFoundError, ThiDuaError
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.models.lazy_table import ID_ROLE, LazyTableModel
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.search_box import SearchBox

Key = QKeySequence.StandardKey | Qt.Key


class ListPage(QWidget):
    """Shared parts of the pages that list records; `refresh(select=id)` lists again."""

    data_changed = Signal()  # records were added, changed or deleted here
    excel_kind = ""  # the spreadsheet kind of the Excel buttons ("" : none)
    history_kind = ""  # the audited table of the History button ("" : no button)
    model: LazyTableModel  # set by a page with a lazy model, shown by `record_table`
    table: QTableView
    view: QAbstractItemView  # the records: `record_table`'s table or a page's own view
    search: SearchBox

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.history_dialog: QWidget | None = None  # the last history window opened
        self._needs_record: list[QPushButton] = []  # enabled only with a record selected

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

    def search_box(self, placeholder: str) -> SearchBox:
        """The search field: each change calls `search_changed`, Down or Enter goes to the
        records."""
        self.search = SearchBox(placeholder=placeholder)
        self.search.searchChanged.connect(lambda _t: self.search_changed())
        self.search.toResults.connect(lambda: self.view.setFocus())
        return self.search

    def record_buttons(
        self,
        add: str,
        open_: str,
        delete: str,
        *,
        tips: Sequence[str] = (),
    ) -> list[QPushButton]:
        """Add, open and delete buttons (`add_button`, `edit_button`, `delete_button`; no open
        button when `open_` is empty), and History (`history_button`) when the page has a
        `history_kind`; `tips` in that order replace the ones that name the keys."""
        tip = [
            *tips,
            *(
                self.tr("Add (Ins, Ctrl+N)"),
                self.tr("Open the selected record (Enter)"),
                self.tr("Delete the selected record (Del)"),
                self.tr("Every change of the selected record"),
            )[len(tips) :],
        ]
        self.add_button = self.button(add, self.add_record, tip[0])
        self._needs_record = []
        if open_:
            self.edit_button = self.button(open_, self.open_record, tip[1])
            self._needs_record.append(self.edit_button)
        self.delete_button = self.button(delete, self.delete_selected, tip[2])
        self._needs_record.append(self.delete_button)
        if self.history_kind:
            self.history_button = self.button(self.tr("History…"), self.show_history, tip[3])
            self._needs_record.append(self.history_button)
        return [self.add_button, *self._needs_record]

    def needs_record(self, *buttons: QPushButton) -> None:
        """More buttons that act on the selected record: enabled only when there is one."""
        self._needs_record.extend(buttons)

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
        self.table = table
        self.show_records(table)
        return table

    def show_records(self, view: QAbstractItemView) -> None:
        """`view` shows the records (its model set): Enter or a double click opens one, and a
        new current record updates the buttons (`selection_changed`)."""
        self.view = view
        view.activated.connect(lambda _i: self.open_record())
        view.selectionModel().currentChanged.connect(lambda *_: self.selection_changed())

    def fill_list(
        self, widget: QListWidget, records: Sequence[tuple[int, str]], keep: int | None
    ) -> None:
        """Show (id, label) records in a list widget with the record `keep` (else the first)
        current, without a selection signal on the way: the page shows the current one once."""
        selection = widget.selectionModel()
        selection.blockSignals(True)
        widget.clear()
        row = 0
        for i, (record_id, label) in enumerate(records):
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, record_id)
            widget.addItem(item)
            if record_id == keep:
                row = i
        if records:
            widget.setCurrentRow(row)
        selection.blockSignals(False)
        widget.viewport().update()

    def standard_keys(self, add_in: QWidget | None = None) -> None:
        """Ins or Ctrl+N adds (in `add_in`, the whole page by default), Del in the view deletes
        the selected record."""
        self.shortcut(
            add_in or self, [QKeySequence.StandardKey.New, Qt.Key.Key_Insert], self.add_record
        )
        self.shortcut(self.view, [QKeySequence.StandardKey.Delete], self.delete_selected)

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

    def search_changed(self) -> None:
        """The search text changed: list again."""
        self.refresh()

    def add_record(self) -> int | None:
        """Add a record (Ins, Ctrl+N, the add button); its id when saved."""
        return None

    def open_record(self) -> None:
        """Open the selected record (Enter, double click)."""

    def delete_question(self, record_id: int) -> tuple[str, str]:  # pragma: no cover
        """The title and the question of the delete confirmation."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:  # pragma: no cover
        """Delete through the service. Runs on the database worker: no widgets here."""
        raise NotImplementedError

    def confirm_delete(self, title: str, question: str) -> bool:
        """Ask the delete question; True to delete (Yes / No, No by default)."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_refused(self, record_id: int, error: ThiDuaError, title: str) -> None:
        """The service refused the delete: say why."""
        show_error(self, error, title)

    def history_of(self, record_id: int) -> tuple[str, str]:  # pragma: no cover
        """The uuid and the name of a record, for its History window."""
        raise NotImplementedError

    def selection_changed(self) -> None:
        """The current record changed: the buttons that need one follow."""
        chosen = self.current_id() is not None
        for button in self._needs_record:
            button.setEnabled(chosen)

    # --- selection -------------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The id of the selected record (the `ID_ROLE` of its row's first cell)."""
        index = self.view.currentIndex()
        record_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        return int(record_id) if record_id is not None else None

    def index_of(self, record_id: int) -> QModelIndex:
        """Where the view shows a record (invalid when it is not listed): the lazy model's row,
        else the first cell whose `ID_ROLE` is the id, in a tree at any depth."""
        model = self.view.model()
        if isinstance(model, LazyTableModel):
            row = model.row_of(record_id)
            return model.index(row, 0) if row >= 0 else QModelIndex()
        found = model.match(
            model.index(0, 0),
            ID_ROLE,
            record_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()

    def select(self, record_id: int) -> bool:
        """Select and show a record's row; False when it is not listed."""
        index = self.index_of(record_id)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def keep_selection(self, keep: int | None) -> None:
        """After listing again: the record `keep` when listed, else the first row."""
        if (keep is None or not self.select(keep)) and self.model.rowCount():
            first = self.model.id_at(0)
            if first is not None:
                self.select(first)

    def neighbour(self, record_id: int) -> int | None:
        """The record listed after (or else before) this one: selected once it is gone."""
        index = self.index_of(record_id)
        for row in (index.row() + 1, index.row() - 1):
            near = index.siblingAtRow(row) if index.isValid() and row >= 0 else QModelIndex()
            value = near.data(ID_ROLE) if near.isValid() else None
            if value is not None:
                return int(value)
        return None

    # --- actions ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def delete_selected(self, *, confirm: bool = True) -> bool:
        """Delete the selected record after the page's question (Del, the delete button)."""
        record_id = self.current_id()
        if record_id is None:
            return False
        title, question = self.delete_question(record_id)
        return self.ask_and_delete(record_id, title, question, confirm=confirm)

    def ask_and_delete(
        self, record_id: int, title: str, question: str, *, confirm: bool = True
    ) -> bool:
        """Ask, delete on the database worker, list again with the neighbour selected."""
        if confirm and not self.confirm_delete(title, question):
            return False
        following = self.neighbour(record_id)
        try:
            on_worker(self, lambda: self.delete_record(record_id))
        except NotFoundError:
            pass  # already gone: just list again
        except ThiDuaError as exc:
            self.delete_refused(record_id, exc, title)
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

    def show_history(self) -> None:
        """The change history of the selected record (History button)."""
        record_id = self.current_id()
        if record_id is None:
            return
        uuid, name = self.history_of(record_id)
        self.show_history_of(self.history_kind, uuid, name)

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
