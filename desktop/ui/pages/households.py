"""Households page: the household register (judged for "Gia đình văn hóa"), by village."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.subjects import Household
from desktop.domain.units import UnitKind
from desktop.services import households, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.errors import show_error
from desktop.ui.pages.excel_actions import export_excel, import_excel, template_button
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import UnitPicker


class HouseholdsPage(QWidget):
    """List, add, edit, delete, import and export households."""

    data_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[Household] = []
        self.village = UnitPicker(none_text=self.tr("All villages"))
        self.search = SearchBox(placeholder=self.tr("Head of household (accents optional)"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.template_button = template_button(self, "households")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Village")))
        bar.addWidget(self.village)
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        excel = QHBoxLayout()
        excel.addWidget(self.import_button)
        excel.addWidget(self.export_button)
        excel.addWidget(self.template_button)
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
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(lambda: export_excel(self, self._ws, "households"))
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
        for i, h in enumerate(self._rows):
            if h.id == household_id:
                self.table.selectRow(i)
                return

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
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete household"),
                self.tr("Delete the household of %1 (%2)?")
                .replace("%1", h.head_name)
                .replace("%2", h.unit_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            households.delete(self._ws, h.id)
        except ThiDuaError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.data_changed.emit()
        return True

    def _import(self) -> None:
        if import_excel(self, self._ws, "households"):
            self.reload()
            self.data_changed.emit()
