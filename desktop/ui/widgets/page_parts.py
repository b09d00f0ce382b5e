"""Small pieces several pages are built of: a grey explanatory note, a named action button,
a row of buttons (left ones, a stretch, right ones)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton


def note(text: str) -> QLabel:
    """A wrapped note in grey under a heading, saying what the page or box is for."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def action_button(
    text: str, name: str, clicked: Callable[[], object], tip: str = ""
) -> QPushButton:
    """A push button with an object name (tests and the help find it), a tooltip, a slot."""
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda: clicked())
    return button


def button_row(left: Sequence[QPushButton], right: Sequence[QPushButton] = ()) -> QHBoxLayout:
    """The buttons in one row: `left` from the left edge, `right` at the right edge."""
    row = QHBoxLayout()
    for b in left:
        row.addWidget(b)
    row.addStretch(1)
    for b in right:
        row.addWidget(b)
    return row
