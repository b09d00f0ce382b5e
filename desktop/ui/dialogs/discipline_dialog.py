"""Discipline of a person for a year: kind, decision, period (kept with the year's rating)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from desktop.domain.ratings import DisciplineKind, PersonRatingInput
from desktop.services import ratings
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.dialogs.movement_fields import date_edit, movement_error_text, qdate
from desktop.ui.models.movement_tables import discipline_label


class DisciplineDialog(FormDialog):
    """Edit the discipline a person received in a year; the rating of the year is kept."""

    validation_words = staticmethod(movement_error_text)

    def __init__(
        self, ws: Workspace, person_id: int, year: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent)
        self._person_id = person_id
        self._year = year
        self._old = ratings.person_rating(ws, person_id, year)
        self.setWindowTitle(
            self.tr("Discipline of %1 in %2").replace("%1", name).replace("%2", str(year))
        )
        self.setup()

    def _build_ui(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(none)"), None)
        for kind in DisciplineKind:
            self.kind_combo.addItem(discipline_label(kind.value), kind.value)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 15/QĐ-STC ngày 12/06/2024"))
        self.start: QDateEdit = date_edit(optional=True)
        self.end: QDateEdit = date_edit(optional=True)
        self.add_row("discipline", self.tr("&Kind:"), self.kind_combo)
        self.add_row("discipline_decision", self.tr("&Decision:"), self.decision)
        self.add_row("discipline_from", self.tr("&From:"), self.start)
        self.add_row("discipline_to", self.tr("&Until:"), self.end)
        super()._build_ui()

    def load(self) -> None:
        old = self._old
        if old is None:
            return
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(old.discipline.value if old.discipline else None))
        )
        self.decision.setText(old.discipline_decision)
        if old.discipline_from:
            self.start.setDate(QDate(old.discipline_from))
        if old.discipline_to:
            self.end.setDate(QDate(old.discipline_to))

    def values(self) -> PersonRatingInput:
        """The year's record with the discipline of the form."""
        code = self.kind_combo.currentData()
        old = self._old
        return PersonRatingInput(
            self._person_id,
            self._year,
            old.rating if old else None,
            DisciplineKind(code) if code else None,
            self.decision.text(),
            qdate(self.start, optional=True),
            qdate(self.end, optional=True),
            old.note if old else "",
        )

    def write(self, values: object) -> None:
        assert isinstance(values, PersonRatingInput)
        if values.rating is None and values.discipline is None:
            if self._old is not None:
                ratings.clear_person_rating(self._ws, self._person_id, self._year)
        else:
            # The clerk is editing this year's record on purpose: no second question.
            ratings.set_person_rating(self._ws, values, replace=True)
