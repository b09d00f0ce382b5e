"""Change one registration: title, target group, date, commitments."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.movements import Movement
from desktop.domain.participation import (
    COMMON_TITLES,
    Participant,
    RegistrationInput,
    RegistrationLine,
)
from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.dialogs.movement_fields import date_edit, movement_error_text, qdate


class RegistrationDialog(FormDialog):
    """Edit a registration of a movement."""

    validation_words = staticmethod(movement_error_text)

    def __init__(
        self,
        ws: Workspace,
        movement: Movement,
        row: RegistrationLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._movement = movement
        self._row = row
        self.setWindowTitle(self.tr("Registration of %1").replace("%1", row.name))
        self.setup()

    def _build_ui(self) -> None:
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(COMMON_TITLES)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(no group)"), None)
        for g in self._movement.data.groups:
            self.group_combo.addItem(g.name, g.id)
        self.date_edit = date_edit(self._row.registered_on)
        self.commitments = QLineEdit()
        self.add_row("title", self.tr("&Title registered for:"), self.title_combo)
        self.add_row("group_id", self.tr("Target &group:"), self.group_combo)
        self.add_row("registered_on", self.tr("&Date:"), self.date_edit)
        self.add_row("commitments", self.tr("&Commitments:"), self.commitments)
        super()._build_ui()

    def load(self) -> None:
        row = self._row
        self.title_combo.setCurrentText(row.title)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(row.group_id)))
        self.commitments.setText(row.commitments)

    def values(self) -> RegistrationInput:
        """The changed registration."""
        person = self._row.participant is Participant.PERSON
        when = qdate(self.date_edit) or QDate.currentDate().toPython()
        return RegistrationInput(
            when,  # type: ignore[arg-type]
            self.title_combo.currentText(),
            person_id=self._row.participant_id if person else None,
            unit_id=None if person else self._row.participant_id,
            movement_id=self._movement.id,
            year=self._row.year,
            group_id=self.group_combo.currentData(),
            commitments=self.commitments.text(),
        )

    def write(self, values: object) -> None:
        assert isinstance(values, RegistrationInput)
        participation.update_registration(self._ws, self._row.id, values)
