"""The one shape of a tab showing the record chosen on a page (a movement, a khối's year).

A tab fills itself from its record in `refresh`, saves through `run_write` (on the database
worker, a refused write shown to the clerk) and says `changed` after a save so the page can
show what changed. A `lazy` tab that is hidden when its record changes loads when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QWidget

from desktop.domain.errors import ThiDuaError
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.header_fit import fit_headers


def record_table(model: QAbstractItemModel, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only table of whole rows for a tab, with its first columns' widths."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    fit_headers(view)
    return view


class RecordTab(QWidget):
    """`refresh` from the record, `run_write` to save, `changed` after a save."""

    changed = Signal()
    lazy = True  # a hidden tab loads when it is next shown

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._stale = True

    def refresh(self) -> None:  # pragma: no cover - each tab has its own
        """Fill the tab from its record."""
        raise NotImplementedError

    def record_changed(self) -> None:
        """The page chose another record: show it now, or when shown if the tab is lazy."""
        self._stale = True
        if not self.lazy or self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Load the record if it changed since the last load."""
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def show_error(self, exc: BaseException) -> None:
        """Tell the clerk why something could not be done (a bug goes to the crash dialog)."""
        errors.show_error(self, exc)  # looked up when called: tests answer it

    def run_write(self, fn: Callable[[], Any]) -> bool:
        """Save through `fn` (no widgets in it) on the database worker, then say `changed`;
        False, with the reason shown, when the save is refused."""
        try:
            on_worker(self, fn)
        except ThiDuaError as exc:
            self.show_error(exc)
            return False
        self.changed.emit()
        return True

    def import_kind(self, kind: str) -> None:
        """Import a spreadsheet kind (rows name their record) through the import preview."""
        from desktop.ui.pages.excel_actions import import_excel

        if import_excel(self, self._ws, kind):
            self.refresh()
            self.changed.emit()

    @staticmethod
    def button_row(*buttons: QPushButton) -> QHBoxLayout:
        """The tab's buttons in a row, pushed to the left."""
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch()
        return row
