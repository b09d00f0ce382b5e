"""A birth date field: dd/MM/yyyy, or only the year when that is all that is known."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.identity import BirthDate, parse_birth_date


class BirthDateEdit(QLineEdit):
    """Line edit for `17/05/1980` or `1980`; `birth_date()` parses it (domain rules)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy or yyyy"))
        self.setToolTip(self.tr("A full date (dd/mm/yyyy) or only the year of birth (yyyy)"))
        # Digits and the separators people type; the domain parser decides what is valid.
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,4}([/.\-][0-9]{0,4}){0,2}"))
        )
        self.setMaxLength(10)
        self.editingFinished.connect(self._tidy)

    def birth_date(self, today: date | None = None) -> BirthDate | None:
        """The entered date, None when empty; raises ValidationError when it is not a date."""
        return parse_birth_date(self.text().strip(), today)

    def set_birth_date(self, value: BirthDate | None) -> None:
        """Show a stored date."""
        self.setText(value.display() if value else "")

    def _tidy(self) -> None:
        # 1/5/1980 → 01/05/1980; leave anything unparsable for the form's validation.
        try:
            value = self.birth_date()
        except Exception:
            return
        if value is not None and value.display() != self.text():
            self.setText(value.display())
