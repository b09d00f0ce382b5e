"""Small parts of the movement forms: date and number fields, editable tables, error texts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError


def date_edit(value: date | None = None, *, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(1990, 1, 1))
        edit.setSpecialValueText(" ")
    edit.setDate(QDate(value) if value else edit.minimumDate() if optional else QDate.currentDate())
    return edit


def qdate(edit: QDateEdit, *, optional: bool = False) -> date | None:
    if optional and edit.date() == edit.minimumDate():
        return None
    value = edit.date().toPython()
    return value if isinstance(value, date) else None


def parse_number(text: str, field: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(field, "not_number", f"“{text}” không phải là số.") from None


def fmt_number(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def parse_day(text: str, field: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        d, m, y = (int(x) for x in text.replace("-", "/").replace(".", "/").split("/"))
        return date(y, m, d)
    except ValueError:
        raise ValidationError(
            field, "date_format", f"Ngày “{text}” không hợp lệ (dd/mm/yyyy)."
        ) from None


def movement_error_text(exc: ValidationError) -> str:
    """A movement-area validation error in the UI language (the Vietnamese text as fallback)."""
    from PySide6.QtCore import QCoreApplication as Q

    from desktop.ui.messages import error_text

    texts = {
        "period_order": Q.translate(
            "MovementErrors", "The end date cannot be before the start date."
        ),
        "period_long": Q.translate("MovementErrors", "A movement cannot last more than ten years."),
        "negative": Q.translate("MovementErrors", "The value cannot be negative."),
        "not_positive": Q.translate("MovementErrors", "A maximum score must be greater than 0."),
        "above_max": Q.translate("MovementErrors", "The score is above the criterion's maximum."),
        "group_twice": Q.translate("MovementErrors", "This target group is listed twice."),
        "not_number": Q.translate("MovementErrors", "Enter a number."),
        "date_format": Q.translate("MovementErrors", "Write the date as dd/mm/yyyy."),
    }
    if exc.field == "name" and exc.code == "required":
        return Q.translate("MovementErrors", "Enter the name of the movement.")
    if exc.code == "required":
        return error_text(exc)
    return texts.get(exc.code) or error_text(exc)


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    from desktop.ui.widgets.header_fit import fit_headers

    fit_headers(table)
    return table


def cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item else ""


def with_buttons(table: QTableWidget, add: Callable[[], object] | None = None) -> QWidget:
    """The table with "Add row" and "Remove row" buttons below it."""
    plus = QPushButton(QCoreApplication.translate("MovementDialog", "Add row"))
    minus = QPushButton(QCoreApplication.translate("MovementDialog", "Remove row"))
    plus.clicked.connect(add or (lambda: table.insertRow(table.rowCount())))
    minus.clicked.connect(lambda: table.removeRow(table.currentRow()))
    buttons = QHBoxLayout()
    buttons.addWidget(plus)
    buttons.addWidget(minus)
    buttons.addStretch()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(buttons)
    return box
