"""Households page: the household register (judged for "Gia đình văn hóa"), by village."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.subjects import Household
from desktop.domain.units import UnitKind
from desktop.services import households, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.pages.list_page import ListPage
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import UnitPicker


class HouseholdsPage(ListPage):
    """List, add, edit, delete, import and export households."""

    excel_kind = "households"
    table: QTableWidget

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._rows: list[Household] = []
        self.village = UnitPicker(none_text=self.tr("All villages"))
        self.search = SearchBox(placeholder=self.tr("Head of household (accents optional)"))
        self.add_button = self.button(self.tr("Add…"), self.add)
        self.edit_button = self.button(self.tr("Edit…"), self.edit)
        self.delete_button = self.button(self.tr("Delete"), self.delete)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Village")))
        bar.addWidget(self.village)
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        excel = QHBoxLayout()
        for b in self.excel_buttons():
            excel.addWidget(b)
        excel.addStretch(1)
        self.table = list_table(
            [
                self.tr("Head of household"),
                self.tr("Village"),
                self.tr("Members"),
                self.tr("Address"),
                self.tr("Note"),
            ],
            "households",
            4,
        )
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(3, 260)
        self.count_label = QLabel()
        self.hint = QLabel(
            self.tr(
                "Households are judged for the title “Gia đình văn hóa”. A household belongs to "
                "a unit of kind “Thôn, tổ dân phố” (add villages on the Units page)."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Households")))
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(excel)
        layout.addWidget(self.count_label)
        self.village.unitChanged.connect(lambda _u: self.reload())
        self.search.searchChanged.connect(lambda _t: self.reload())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh_villages()
        self.reload()

    def refresh_villages(self) -> None:
        """The village filter lists the units of kind thôn / tổ dân phố."""
        self.village.set_units(
            [u for u in units.list_units(self._ws) if u.kind is UnitKind.VILLAGE]
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_villages()
        self.reload()

    reload_choices = refresh_villages

    def refresh(self, select: int | None = None) -> None:
        """List again, with the household `select` selected when listed."""
        self.reload()
        if select is not None:
            self.select_id(select)

    def reload(self) -> None:
        """Fill the table from the register with the filters."""
        self._rows = households.query(self._ws, self.search.text(), self.village.unit_id())
        self.table.setRowCount(len(self._rows))
        for i, h in enumerate(self._rows):
            for col, text in enumerate(
                (h.head_name, h.unit_name, str(h.members), h.address, h.note)
            ):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.count_label.setText(self.tr("%1 household(s)").replace("%1", str(len(self._rows))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> Household | None:
        """The selected household."""
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows()
        return self._rows[row] if rows and 0 <= row < len(self._rows) else None

    def select_id(self, household_id: int) -> None:
        """Select a household by id when it is listed."""
        self.select(household_id)

    def current_id(self) -> int | None:
        h = self.selected()
        return h.id if h is not None else None

    def select(self, record_id: int) -> bool:
        for i, h in enumerate(self._rows):
            if h.id == record_id:
                self.table.selectRow(i)
                return True
        return False

    def neighbour(self, record_id: int) -> int | None:
        ids = [h.id for h in self._rows]
        if record_id not in ids:
            return None
        i = ids.index(record_id)
        near = ids[i + 1 : i + 2] or ids[max(0, i - 1) : i]
        return near[0] if near else None

    def _dialog(self, household_id: int | None) -> HouseholdDialog:
        return HouseholdDialog(self._ws, household_id, self, village_id=self.village.unit_id())

    def add(self) -> int | None:
        """Open the form for a new household; its id when saved."""
        dialog = self._dialog(None)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.select_id(dialog.saved_id)
            self.data_changed.emit()
            return dialog.saved_id
        return None

    def edit(self) -> None:
        """Open the form for the selected household."""
        h = self.selected()
        if h is None:
            return
        dialog = self._dialog(h.id)
        if dialog.exec():
            self.reload()
            self.select_id(h.id)
            self.data_changed.emit()

    def delete(self, *, confirm: bool = True) -> bool:
        """Delete the selected household after confirmation."""
        h = self.selected()
        if h is None:
            return False
        return self.ask_and_delete(
            h.id,
            self.tr("Delete household"),
            self.tr("Delete the household of %1 (%2)?")
            .replace("%1", h.head_name)
            .replace("%2", h.unit_name),
            confirm=confirm,
        )

    def delete_record(self, record_id: int) -> None:
        households.delete(self._ws, record_id)
