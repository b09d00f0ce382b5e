"""The head of a proposal batch: state, title, type, year, addressee and signer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain.awards import CommendationType
from desktop.domain.proposals import BatchInput
from desktop.services.proposals import Batch
from desktop.ui.widgets.proposal_labels import kind_label, state_label


class BatchHead(QGroupBox):
    """The batch's head fields (editable while it is a draft) and its state line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Batch"))
        self._movement_id: int | None = None
        self.state_label = QLabel()
        self.title_edit = QLineEdit()
        self.kind_box = QComboBox()
        for kind in CommendationType:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, date.today().year + 1)
        self.addressee_edit = QLineEdit()
        self.signer_name_edit = QLineEdit()
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText(self.tr("Signer's title"))
        self.signer_name_edit.setPlaceholderText(self.tr("Signer's name"))
        self.save_button = QPushButton(self.tr("Save"))
        form = QFormLayout(self)
        form.addRow(self.tr("State"), self.state_label)
        form.addRow(self.tr("Title"), self.title_edit)
        kind_year = QHBoxLayout()
        kind_year.addWidget(self.kind_box, 1)
        kind_year.addWidget(QLabel(self.tr("Year")))
        kind_year.addWidget(self.year_box)
        form.addRow(self.tr("Type"), kind_year)
        form.addRow(self.tr("To (Kính gửi)"), self.addressee_edit)
        signer = QHBoxLayout()
        signer.addWidget(self.signer_title_edit, 1)
        signer.addWidget(self.signer_name_edit, 1)
        form.addRow(self.tr("Signer"), signer)
        form.addRow("", self.save_button)

    def set_batch(self, b: Batch) -> None:
        """Show a stored batch."""
        self._movement_id = b.movement_id
        self.title_edit.setText(b.title)
        self.kind_box.setCurrentIndex(self.kind_box.findData(b.kind.value))
        self.year_box.setValue(b.year)
        self.addressee_edit.setText(b.addressee)
        self.signer_name_edit.setText(b.signer_name)
        self.signer_title_edit.setText(b.signer_title)
        state = state_label(b.state)
        if b.number_text:
            state += " — " + self.tr("No. %1").replace("%1", b.number_text)
        if b.decision_number:
            state += " — " + self.tr("decision %1").replace("%1", b.decision_number)
        self.state_label.setText(state)

    def data(self) -> BatchInput:
        """The head as entered."""
        return BatchInput(
            self.title_edit.text(),
            CommendationType(self.kind_box.currentData()),
            self.year_box.value(),
            self._movement_id,
            self.addressee_edit.text(),
            self.signer_name_edit.text(),
            self.signer_title_edit.text(),
        )

    def set_editable(self, editable: bool) -> None:
        """Allow changes (a draft) or not."""
        for w in (
            self.title_edit,
            self.kind_box,
            self.year_box,
            self.addressee_edit,
            self.signer_name_edit,
            self.signer_title_edit,
            self.save_button,
        ):
            w.setEnabled(editable)
