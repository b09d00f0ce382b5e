"""The people page: every person of the office, searched and sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people, units
from desktop.services.session import Workspace
from desktop.ui.models.people_table import (
    COL_BIRTH,
    COL_CCCD,
    COL_NAME,
    COL_SEX,
    COL_UNIT,
    SORT_COLUMNS,
    PeopleTableModel,
)
from desktop.ui.pages.list_page import ListPage
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.unit_picker import UnitPicker

_WIDTHS = {COL_NAME: 230, COL_SEX: 60, COL_BIRTH: 100, COL_CCCD: 120, COL_UNIT: 260}


class PeoplePage(ListPage):
    """Search as you type, filter by unit (with its sub-units), sort by a header click."""

    excel_kind = "staff"
    history_kind = "person"
    model: PeopleTableModel

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._shown_once = False
        self.model = PeopleTableModel(ws, self)
        self._build_ui()
        self.reload_units()
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = page_title(self.tr("People"))

        self.search_box(self.tr("Search by name or CCCD (accents optional), e.g. nguyen thi huong"))
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

        bar = QHBoxLayout()
        for b in self.record_buttons(self.tr("Add person…"), self.tr("Open…"), self.tr("Delete")):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in self.excel_buttons():
            bar.addWidget(b)

        table = self.record_table(self.model)
        table.setCornerButtonEnabled(False)
        vh = table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = table.horizontalHeader()
        hh.setHighlightSections(False)
        for col, width in _WIDTHS.items():
            hh.resizeSection(col, width)
        hh.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        # The model sorts in SQL; the view only forwards header clicks to model.sort().
        table.setSortingEnabled(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

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
        root.addWidget(table, 1)
        root.addLayout(foot)

        self.standard_keys()

    def showEvent(self, event: QShowEvent) -> None:
        # Units or people may have changed on another page since this one was last seen.
        if self._shown_once:
            self.reload_units()
            self.refresh()
            self.data_changed.emit()
        self._shown_once = True
        super().showEvent(event)

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

    reload_choices = reload_units

    def refresh(self, select: int | None = None) -> None:
        """Run the search with the current text, unit filter and order."""
        keep = select if select is not None else self.current_id()
        sort, descending = self.sort_order(SORT_COLUMNS)
        query = people.make_query(
            self.search.text(),
            self.unit_filter.unit_id(),
            ws=self._ws,
            sort=sort,  # type: ignore[arg-type]
            descending=descending,
        )
        self.model.set_query(query)
        self.keep_selection(keep)
        self.selection_changed()

    def select_person(self, person_id: int) -> bool:
        """Select and show a person's row; False when the person is not in the list."""
        return self.select(person_id)

    def current_person_id(self) -> int | None:
        """The id of the selected person."""
        return self.current_id()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln person(s)", "", n))
        filtered = bool(self.search.text().strip()) or self.unit_filter.unit_id() is not None
        self.empty_hint.setVisible(n == 0 and not filtered)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.table.setCurrentIndex(index)
            menu.addAction(self.tr("Open…"), self.open_record)
            menu.addAction(self.tr("Delete"), self.delete_selected)
            menu.addAction(self.tr("History…"), self.show_history)
            menu.addSeparator()
        menu.addAction(self.tr("Add person…"), self.add_record)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions -----------------------------------------------------------------------------

    def add_record(self) -> int | None:
        """Open an empty form (in the filtered unit); show the new person."""
        from desktop.ui.dialogs.person_dialog import PersonDialog  # on use: faster start

        new = PersonDialog.ask(self, self._ws, unit_id=self.unit_filter.unit_id())
        if new is not None:
            self._show_saved(new)
            self.data_changed.emit()
        return new

    def open_record(self) -> None:
        """Open the selected person."""
        from desktop.ui.dialogs.person_dialog import PersonDialog

        saved = self.edit_with(lambda pid: PersonDialog.ask(self, self._ws, pid))
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

    def delete_question(self, record_id: int) -> tuple[str, str]:
        name = self.model.index(self.model.row_of(record_id), COL_NAME).data()
        return (
            self.tr("Delete person"),
            self.tr("Delete “%1” and everything recorded about this person?").replace(
                "%1", str(name)
            )
            + "\n\n"
            + self.tr("It goes to the recycle bin, from where it can be restored."),
        )

    def delete_record(self, record_id: int) -> None:
        people.delete(self._ws, record_id)

    def history_of(self, record_id: int) -> tuple[str, str]:
        person = people.get(self._ws, record_id)
        return person.uuid, person.data.full_name
