"""The search box at the top of the window: people and units, any accents, any case."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.services import search
from desktop.services.session import Workspace

log = logging.getLogger("thidua.ui")

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_HITS = 30


class GlobalSearch(QLineEdit):
    """Type a name or CCCD digits; choose a hit to open it. Emits `record_chosen(kind, id)`."""

    record_chosen = Signal(str, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find a person or unit (Ctrl+K)"))
        self.setMinimumWidth(360)
        self.setMaximumWidth(520)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._return_pressed)

    def run_search(self) -> None:
        """Fill the result list for the current text and show it."""
        self._timer.stop()
        self.results.clear()
        text = self.text()
        if not text.strip():
            self._hide_popup()
            return
        try:
            hits = search.find(self.workspace, text, limit=MAX_HITS)
        except Exception as exc:
            log.warning("global search failed: %s", exc)
            hits = []
        for hit in hits:
            if hit.kind == "unit":
                label = self.tr("Unit: %1").replace("%1", hit.name)
            else:
                details = [d for d in (hit.birth, hit.unit, hit.cccd) if d]
                label = hit.name + (f" — {', '.join(details)}" if details else "")
            item = QStandardItem(label)
            item.setData(hit.kind, KIND_ROLE)
            item.setData(hit.id, ID_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if not hits:
            none = QStandardItem(self.tr("Nothing found"))
            none.setEnabled(False)
            none.setSelectable(False)
            self.results.appendRow(none)
        self._completer.setCompletionPrefix("")
        self._completer.complete()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def hit_count(self) -> int:
        """Number of hits in the list (0 when nothing was found)."""
        return sum(1 for r in range(self.results.rowCount()) if self.results.item(r).isEnabled())

    def choose(self, row: int) -> None:
        """Open hit number `row` (what a click or Enter on the list does)."""
        self._activated(self.results.index(row, 0))

    def _return_pressed(self) -> None:
        if self._timer.isActive() or self.results.rowCount() == 0:
            self.run_search()
        elif self.hit_count():
            self.choose(0)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        record_id = index.data(ID_ROLE)
        if kind is None or record_id is None:
            return
        self._hide_popup()
        self.record_chosen.emit(str(kind), int(record_id))
