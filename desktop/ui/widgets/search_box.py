"""The search field above a list: every keystroke updates the list at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """A line edit that emits `searchChanged(text)` on each change; Esc clears it, and
    Down (or Enter) asks to move to the results with `toResults`."""

    searchChanged = Signal(str)
    toResults = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder or self.tr("Search…"))
        self.textChanged.connect(self.searchChanged)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toResults.emit()
            return
        super().keyPressEvent(event)
