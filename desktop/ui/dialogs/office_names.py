"""The office's names over time: its superior (cơ quan chủ quản), its own name and the place of
the date line, each with Rename from a date and earlier names (papers print their day's)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.unit_names import OfficeField
from desktop.services.session import Workspace
from desktop.ui.widgets.name_history import NameHistoryList


class OfficeNamesDialog(QDialog):
    """Three lists of dated names; `changed` is True after a rename (the form reloads)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office names over time"))
        self.changed = False
        self.tabs = QTabWidget()
        self.lists: dict[OfficeField, NameHistoryList] = {}
        for field, title in (
            (OfficeField.PARENT_AGENCY, self.tr("Governing body")),
            (OfficeField.NAME, self.tr("Office name")),
            (OfficeField.PLACE, self.tr("Place name")),
        ):
            names = NameHistoryList(ws, field=field)
            names.renamed.connect(self._renamed)
            self.lists[field] = names
            self.tabs.addTab(names, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)
        self.resize(720, 420)

    def _renamed(self, _name: str) -> None:
        self.changed = True
