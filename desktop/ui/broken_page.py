"""The page shown in place of one that failed to build: the error went to the crash dialog and
the log, and the window keeps working."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class BrokenPage(QWidget):
    """Says that the page `key` could not be opened; never shows made-up data."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"broken_{key}")
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.text_label = QLabel(
            self.tr(
                "This page could not be opened because of an error in the program. "
                "The details were written to the log file."
            )
        )
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(720)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
