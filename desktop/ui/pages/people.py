"""The people page: every person of the office, searched and sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.services import people, units
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.models.people_table import (
    COL_BIRTH,
    COL_CCCD,
    COL_NAME,
    COL_SEX,
    COL_UNIT,
    SORT_COLUMNS,
    PeopleTableModel,
)
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import UnitPicker

_WIDTHS = {COL_NAME: 230, COL_SEX: 60, COL_BIRTH: 100, COL_CCCD: 120, COL_UNIT: 260}


class PeoplePage(QWidget):
    """Search as you type, filter by unit (with its sub-units), sort by a header click."""

    data_changed = Signal()  # people were added, changed or deleted

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._shown_once = False
        self.history_dialog: QWidget | None = None  # the last history window opened
        self.model = PeopleTableModel(ws, self)
        self._build_ui()
        self.reload_units()
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = page_title(self.tr("People"))

        self.search = SearchBox(
            placeholder=self.tr("Search by name or CCCD (accents optional), e.g. nguyen thi huong")
        )
        self.search.searchChanged.connect(lambda _t: self.refresh())
        self.unit_filter = UnitPicker(none_text=self.tr("All units"), include_inactive=True)
        self.unit_filter.setToolTip(self.tr("Show the people of a unit and of its sub-units"))
        self.unit_filter.unitChanged.connect(lambda _u: self.refresh())
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_filter)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addSpacing(12)
        top.addWidget(unit_label)
        top.addWidget(self.unit_filter, 2)

        self.add_button = QPushButton(self.tr("Add person…"))
        self.add_button.setToolTip(self.tr("Add a person (Ins, Ctrl+N)"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter)"))
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected person (Del)"))
        self.delete_button.clicked.connect(self.delete_person)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every change of the selected person"))
        self.history_button.clicked.connect(self.show_history)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self._import)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: export_excel(self, self._ws, "staff"))
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.history_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        self.template_button = template_button(self, "staff")
        bar.addWidget(self.template_button)
        bar.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setSortIndicatorShown(True)
        for col, width in _WIDTHS.items():
            hh.resizeSection(col, width)
        hh.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        # The model sorts in SQL; the view only forwards header clicks to model.sort().
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _i: self.edit_person())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.empty_hint = QLabel(
            self.tr(
                "No one is recorded yet. To start: “Add person…” (Ins) for one person, "
                "“Import from Excel…” for a staff list, or “Excel template…” for an empty "
                "workbook with the right columns to fill in first. Units come first: a person "
                "belongs to a unit (Units page)."
            )
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(
            "QLabel#emptyHint { background: #fff8e1; border: 1px solid #f0d890;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.empty_hint.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        legend = QLabel(self.tr("Grey rows: transferred or retired"))
        legend.setStyleSheet("color: #787878;")
        foot = QHBoxLayout()
        foot.addWidget(legend)
        foot.addStretch(1)
        foot.addWidget(self.count_label)

        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addLayout(top)
        root.addLayout(bar)
        root.addWidget(self.empty_hint)
        root.addWidget(self.table, 1)
        root.addLayout(foot)

        self._shortcut(self, [QKeySequence.StandardKey.New, Qt.Key.Key_Insert], self.add_person)
        self._shortcut(self.table, [QKeySequence.StandardKey.Delete], self.delete_person)
        # Down or Enter in the search box goes to the results.
        self.search.toResults.connect(self._focus_table)

    def _shortcut(
        self, owner: QWidget, keys: list[QKeySequence.StandardKey | Qt.Key], slot: object
    ) -> None:
        action = QAction(owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)

    def showEvent(self, event: QShowEvent) -> None:
        # Units or people may have changed on another page since this one was last seen.
        if self._shown_once:
            self.reload_units()
            self.refresh()
            self.data_changed.emit()
        self._shown_once = True
        super().showEvent(event)

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_record(self, kind: str, record_id: int) -> None:
        """Select a person (a global search hit), clearing filters that hide them."""
        if kind != "person":
            return
        self._show_saved(record_id)
        self.table.setFocus()

    # --- data --------------------------------------------------------------------------------

    def reload_units(self) -> None:
        """Read the units for the filter again."""
        self.unit_filter.set_units(units.list_units(self._ws))

    def refresh(self, select: int | None = None) -> None:
        """Run the search with the current text, unit filter and order."""
        keep = select if select is not None else self.current_person_id()
        hh = self.table.horizontalHeader()
        column = hh.sortIndicatorSection()
        sort = SORT_COLUMNS[column] if 0 <= column < len(SORT_COLUMNS) else SORT_COLUMNS[0]
        query = people.make_query(
            self.search.text(),
            self.unit_filter.unit_id(),
            ws=self._ws,
            sort=sort,
            descending=hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        self.model.set_query(query)
        if (keep is None or not self.select_person(keep)) and self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def select_person(self, person_id: int) -> bool:
        """Select and show a person's row; False when the person is not in the list."""
        row = self.model.row_of(person_id)
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

    def current_person_id(self) -> int | None:
        """The id of the selected person."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln person(s)", "", n))
        filtered = bool(self.search.text().strip()) or self.unit_filter.unit_id() is not None
        self.empty_hint.setVisible(n == 0 and not filtered)

    def _update_buttons(self) -> None:
        has = self.current_person_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.history_button.setEnabled(has)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.table.setCurrentIndex(index)
            menu.addAction(self.tr("Open…"), self.edit_person)
            menu.addAction(self.tr("Delete"), self.delete_person)
            menu.addAction(self.tr("History…"), self.show_history)
            menu.addSeparator()
        menu.addAction(self.tr("Add person…"), self.add_person)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _focus_table(self) -> None:
        self.table.setFocus()

    # --- actions -----------------------------------------------------------------------------

    def add_person(self) -> None:
        """Open an empty form (in the filtered unit); show the new person."""
        from desktop.ui.dialogs.person_dialog import PersonDialog  # on use: faster start

        new = PersonDialog.ask(self, self._ws, unit_id=self.unit_filter.unit_id())
        if new is not None:
            self._show_saved(new)
            self.data_changed.emit()

    def edit_person(self) -> None:
        """Open the selected person."""
        from desktop.ui.dialogs.person_dialog import PersonDialog

        pid = self.current_person_id()
        if pid is None:
            return
        try:
            saved = PersonDialog.ask(self, self._ws, pid)
        except NotFoundError:
            self.refresh()
            return
        if saved is not None:
            self._show_saved(saved)
            self.data_changed.emit()

    def _show_saved(self, person_id: int) -> None:
        self.refresh(select=person_id)
        if self.model.row_of(person_id) < 0:
            # Hidden by the search or the filter: clear them so the clerk sees the result.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.unit_filter.set_unit_id(None, emit=False)
            self.refresh(select=person_id)

    def delete_person(self) -> None:
        """Delete the selected person after confirmation."""
        pid = self.current_person_id()
        if pid is None:
            return
        row = self.model.row_of(pid)
        name = self.model.index(row, COL_NAME).data()
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr("Delete “%1” and everything recorded about this person?").replace(
                "%1", str(name)
            )
            + "\n\n"
            + self.tr("It goes to the recycle bin, from where it can be restored."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            people.delete(self._ws, pid)
        except NotFoundError:
            pass  # already gone: just refresh
        except ConflictError as exc:  # history refers to the person: keep them
            show_error(self, exc, self.tr("Cannot delete the person"))
            return
        next_id = self.model.person_id(row + 1) or self.model.person_id(row - 1)
        self.refresh(select=next_id)
        self.data_changed.emit()

    def show_history(self) -> None:
        """The change history of the selected person (audit log), in a window of its own."""
        pid = self.current_person_id()
        if pid is None:
            return
        from desktop.ui.dialogs.history import HistoryDialog

        person = people.get(self._ws, pid)
        dialog = HistoryDialog.for_record(
            self._ws, "person", person.uuid, person.data.full_name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def _import(self) -> None:
        if import_excel(self, self._ws, "staff"):
            self.reload_units()
            self.refresh()
            self.data_changed.emit()
