"""The colours that carry a meaning, defined once: the error red, its pale fill and the label it styles."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

ERROR_RED = "#b3261e"  # every error text and error cell of the program
ERROR_FILL = "#fde2e2"  # the pale background of an error row or cell
ERROR_STYLE = f"color: {ERROR_RED};"


def error_color() -> QColor:
    """The error red as a colour (table cells, painted text)."""
    return QColor(ERROR_RED)


def error_fill() -> QColor:
    """The pale error background (a rejected row of a table)."""
    return QColor(ERROR_FILL)


def mark_error(widget: QWidget, *, bold: bool = False) -> None:
    """Show a widget's text in the error red (`bold` for a warning that must not be missed)."""
    widget.setStyleSheet(ERROR_STYLE + (" font-weight: bold;" if bold else ""))


def error_label(*, wrap: bool = True) -> QLabel:
    """A hidden error line (shown with `setText` + `show`)."""
    label = QLabel()
    label.setObjectName("error_line")
    mark_error(label)
    label.setWordWrap(wrap)
    label.hide()
    return label
