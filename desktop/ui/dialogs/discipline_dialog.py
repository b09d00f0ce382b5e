"""Discipline of a person for a year: kind, decision, period (kept with the year's rating)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.ratings import DisciplineKind, PersonRatingInput
from desktop.services import ratings
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_fields import date_edit, movement_error_text, qdate
from desktop.ui.models.movement_tables import discipline_label


class DisciplineDialog(QDialog):
    """Edit the discipline a person received in a year; the rating of the year is kept."""

    def __init__(
        self, ws: Workspace, person_id: int, year: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._person_id = person_id
        self._year = year
        self._old = ratings.person_rating(ws, person_id, year)
        self.setWindowTitle(
            self.tr("Discipline of %1 in %2").replace("%1", name).replace("%2", str(year))
        )
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(none)"), None)
        for kind in DisciplineKind:
            self.kind_combo.addItem(discipline_label(kind.value), kind.value)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 15/QĐ-STC ngày 12/06/2024"))
        self.start: QDateEdit = date_edit(optional=True)
        self.end: QDateEdit = date_edit(optional=True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&Until:"), self.end)
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
        old = self._old
        if old is not None:
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

    def accept(self) -> None:
        data = self.values()
        try:
            if data.rating is None and data.discipline is None:
                if self._old is not None:
                    ratings.clear_person_rating(self._ws, self._person_id, self._year)
            else:
                # The clerk is editing this year's record on purpose: no second question.
                ratings.set_person_rating(self._ws, data, replace=True)
        except ValidationError as exc:
            self.error_label.setText(movement_error_text(exc))
            self.error_label.show()
            return
        except ThiDuaError as exc:
            self.error_label.setText(getattr(exc, "message", str(exc)))
            self.error_label.show()
            return
        super().accept()
