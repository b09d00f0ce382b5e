"""Change one registration: title, target group, date, commitments."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.movements import Movement
from desktop.domain.participation import COMMON_TITLES, RegistrationInput
from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_fields import date_edit, movement_error_text, qdate


class RegistrationDialog(QDialog):
    """Edit a registration row (RegistrationRow tuple) of a movement."""

    def __init__(
        self, ws: Workspace, movement: Movement, row: tuple[Any, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._movement = movement
        self._row = row
        self.setWindowTitle(self.tr("Registration of %1").replace("%1", str(row[2])))
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(COMMON_TITLES)
        self.title_combo.setCurrentText(str(row[6]))
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(no group)"), None)
        for g in movement.data.groups:
            self.group_combo.addItem(g.name, g.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(row[4])))
        self.date_edit = date_edit(date.fromisoformat(str(row[7])))
        self.commitments = QLineEdit(str(row[9]))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title registered for:"), self.title_combo)
        form.addRow(self.tr("Target &group:"), self.group_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Commitments:"), self.commitments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        from desktop.ui.dialogs.form_errors import hide_on_edit

        hide_on_edit(self, self.error_label)  # the error goes once the clerk corrects a field

    def values(self) -> RegistrationInput:
        """The changed registration."""
        person = self._row[1] == "p"
        when = qdate(self.date_edit) or QDate.currentDate().toPython()
        return RegistrationInput(
            when,  # type: ignore[arg-type]
            self.title_combo.currentText(),
            person_id=self._row[10] if person else None,
            unit_id=None if person else self._row[10],
            movement_id=self._movement.id,
            year=self._row[8],
            group_id=self.group_combo.currentData(),
            commitments=self.commitments.text(),
        )

    def accept(self) -> None:
        try:
            participation.update_registration(self._ws, int(self._row[0]), self.values())
        except ValidationError as exc:
            self.error_label.setText(movement_error_text(exc))
            self.error_label.show()
            return
        except ThiDuaError as exc:
            self.error_label.setText(getattr(exc, "message", str(exc)))
            self.error_label.show()
            return
        super().accept()
