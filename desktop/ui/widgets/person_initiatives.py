"""A person's initiatives, for the person form or page: `view.load(ws, person_id)`."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.services.session import Workspace
from desktop.ui.models.initiatives_table import PersonInitiativesModel


class PersonInitiativesView(QTableView):
    """Read-only table of the initiatives a person is an author of (newest first).

    Shows the share and, once an initiative served as ground for an award, which award.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = PersonInitiativesModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def load(self, ws: Workspace, person_id: int | None) -> int:
        """Show this person's initiatives; return how many."""
        self.model_.load(ws, person_id)
        return self.model_.rowCount()
