"""Registrations for a year's titles (đăng ký danh hiệu thi đua của năm), outside any movement."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.models.lazy_table import ID_ROLE
from desktop.ui.models.movement_tables import RowsModel
from desktop.ui.tasks import on_worker


class YearRegistrations(QWidget):
    """Pick a year; see, add (many at once), import and remove its registrations."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, date.today().year + 1)
        self.year_spin.setValue(date.today().year)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        kinds = {"p": self.tr("Person"), "u": self.tr("Unit")}
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Person / unit"),
                self.tr("Unit"),
                self.tr("Title registered for"),
                self.tr("Date"),
                self.tr("Commitments"),
            ],
            lambda r, c: (
                r[1].name,
                kinds[r[1].participant],
                r[1].unit_name,
                r[1].title,
                f"{r[1].registered_on:%d/%m/%Y}",
                r[1].commitments,
            )[c],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 220)
        from desktop.ui.widgets.header_fit import fit_headers

        fit_headers(self.view)
        self.add_button = QPushButton(self.tr("Register people or units…"))
        self.add_button.clicked.connect(self.register_many)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_file)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "registrations")
        for b in (self.add_button, self.import_button, self.template_button, self.remove_button):
            top.addWidget(b)
        top.addStretch()
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Reload the year's registrations."""
        rows = participation.registrations(self._ws, year=self.year_spin.value())
        self.model.set_rows([(r.id, r) for r in rows])
        self.count_label.setText(self.tr("%n registration(s)", "", self.model.rowCount()))

    def register_many(self) -> None:
        """Register several people or units for this year's titles."""
        from desktop.ui.dialogs.participation_dialogs import BulkRegisterDialog

        dialog = BulkRegisterDialog(self._ws, None, self, year=self.year_spin.value())
        if dialog.exec():
            self.refresh()

    def import_file(self) -> None:
        """Import registrations from Excel (rows with a year and no movement land here)."""
        from desktop.ui.pages.excel_actions import import_excel

        if import_excel(self, self._ws, "registrations"):
            self.refresh()

    def remove_selected(self) -> None:
        """Delete the selected registrations after a confirmation."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.index(r, 0).data(ID_ROLE) for r in rows]
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove registrations"),
            self.tr("Remove %n registration(s)?", "", len(ids)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            on_worker(self, lambda: participation.delete_registrations(self._ws, ids))
            self.refresh()
