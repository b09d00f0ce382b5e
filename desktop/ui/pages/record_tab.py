"""The one shape of a tab showing the record chosen on a page (a movement, a khối's year).

A tab fills itself from its record in `refresh`, saves through `run_write` (on the database
worker, a refused write shown to the clerk) and says `changed` after a save so the page can
show what changed. A `lazy` tab that is hidden when its record changes loads when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import ThiDuaError
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.header_fit import fit_headers, title_width

FIT_TITLE = 100  # a longer title may be cut to fit (the header's tooltip shows it whole)


class _FitWidth(QObject):
    """Keeps a table's columns inside its width: each column gets its share of the room by
    its weight, never less than its title needs up to FIT_TITLE (when even that is more than
    the room, the table scrolls)."""

    def __init__(self, view: QTableView, weights: tuple[int, ...], least: int) -> None:
        super().__init__(view)
        self._view = view
        self._weights = weights
        self._least = least
        view.viewport().installEventFilter(self)
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        if not isValid(self._view) or not self._view.isVisible():
            return  # a hidden table has no width to share yet: fitted when shown
        view, header = self._view, self._view.horizontalHeader()
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        room = view.viewport().width()
        if not shown or room <= 0:
            return
        need = [min(title_width(header, s), self._least) for s in shown]
        weights = [
            self._weights[s] if s < len(self._weights) else need[i] for i, s in enumerate(shown)
        ]
        total = sum(weights)
        widths = [max(n, room * w // total) for n, w in zip(need, weights, strict=True)]
        excess = sum(widths) - room
        slack = [w - n for w, n in zip(widths, need, strict=True)]
        spare = sum(slack)
        if excess > 0 and spare > 0:  # take the excess from the columns above their titles
            widths = [
                w - min(sl, -(-excess * sl // spare)) for w, sl in zip(widths, slack, strict=True)
            ]
        for section, width in zip(shown, widths, strict=True):
            header.resizeSection(section, width)


def fit_to_width(
    view: QTableView, weights: tuple[int, ...] = (), least: int = FIT_TITLE
) -> Callable[[], None]:
    """Share the table's width among its columns (by `weights`, else by their titles) now and
    whenever it is resized or its columns change, so it does not scroll sideways on a small
    screen (no column below its title's width up to `least`); returns the fitting, for a table
    whose columns change otherwise."""
    fit = _FitWidth(view, weights, least)
    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.headerDataChanged, model.columnsInserted):
            signal.connect(fit.fit)  # a slot of the fitting: it goes with the table
    fit.fit()
    return fit.fit


def record_table(model: QAbstractItemModel, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only table of whole rows for a tab: the columns share its width in the
    proportions of `widths` (the rest by their titles), cut texts end in "…"."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    fit_headers(view)  # the titles shown whole in a tooltip when cut
    fit_to_width(view, widths)
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
