"""Households page: the household register (judged for "Gia đình văn hóa"), by village."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
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
from desktop.ui.models.lazy_table import ID_ROLE
from desktop.ui.pages.list_page import ListPage
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.unit_picker import UnitPicker


class HouseholdsPage(ListPage):
    """List, add, edit, delete, import and export households."""

    excel_kind = "households"
    history_kind = "household"
    table: QTableWidget

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._rows: list[Household] = []
        self.village = UnitPicker(none_text=self.tr("All villages"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Village")))
        bar.addWidget(self.village)
        bar.addWidget(self.search_box(self.tr("Head of household (accents optional)")), 1)
        for b in self.record_buttons(self.tr("Add…"), self.tr("Edit…"), self.tr("Delete")):
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
        self.show_records(self.table)
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
        self.standard_keys()
        self.village.unitChanged.connect(lambda _u: self.refresh())
        self.refresh_villages()
        self.refresh()

    def refresh_villages(self) -> None:
        """The village filter lists the units of kind thôn / tổ dân phố."""
        self.village.set_units(
            [u for u in units.list_units(self._ws) if u.kind is UnitKind.VILLAGE]
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_villages()
        self.refresh()

    reload_choices = refresh_villages

    def refresh(self, select: int | None = None) -> None:
        """Fill the table from the register with the filters, keeping (or moving to) the
        household `select`."""
        keep = select if select is not None else self.current_id()
        self._rows = households.query(self._ws, self.search.text(), self.village.unit_id())
        self.table.setRowCount(len(self._rows))
        for i, h in enumerate(self._rows):
            for col, text in enumerate(
                (h.head_name, h.unit_name, str(h.members), h.address, h.note)
            ):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ID_ROLE, h.id)
                self.table.setItem(i, col, item)
        self.count_label.setText(self.tr("%1 household(s)").replace("%1", str(len(self._rows))))
        if keep is None or not self.select(keep):
            self.table.setCurrentIndex(QModelIndex())
        self.selection_changed()

    def selected(self) -> Household | None:
        """The selected household."""
        chosen = self.current_id()
        return next((h for h in self._rows if h.id == chosen), None)

    def _dialog(self, household_id: int | None) -> HouseholdDialog:
        return HouseholdDialog(self._ws, household_id, self, village_id=self.village.unit_id())

    def add_record(self) -> int | None:
        """Open the form for a new household; its id when saved."""
        dialog = self._dialog(None)
        if dialog.exec() and dialog.saved_id is not None:
            self.refresh(select=dialog.saved_id)
            self.data_changed.emit()
            return dialog.saved_id
        return None

    def open_record(self) -> None:
        """Open the form for the selected household."""
        h = self.selected()
        if h is not None and self._dialog(h.id).exec():
            self.refresh(select=h.id)
            self.data_changed.emit()

    def delete_question(self, record_id: int) -> tuple[str, str]:
        h = households.get(self._ws, record_id)
        return (
            self.tr("Delete household"),
            self.tr("Delete the household of %1 (%2)?")
            .replace("%1", h.head_name)
            .replace("%2", h.unit_name),
        )

    def delete_record(self, record_id: int) -> None:
        households.delete(self._ws, record_id)

    def history_of(self, record_id: int) -> tuple[str, str]:
        h = households.get(self._ws, record_id)
        return h.uuid, h.head_name
