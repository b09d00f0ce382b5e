"""The office's own Quyết định khen thưởng for a batch: draft it (number from the outgoing
register, date; one decision or one per title), correct the number and date, preview and print
it with its list and the reward money, then record it (the existing decision step)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.proposals import BatchState
from desktop.services import decisions, proposals
from desktop.services.session import Workspace
from desktop.ui.errors import plain_message
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.batch_files import BatchFiles
from desktop.ui.widgets.pdf_preview import PdfPreview


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DecisionDocumentDialog(QDialog):
    """Quyết định of the head of the office for the nominees within the head's authority."""

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        self.recorded = False
        self.confirm: Callable[[str], bool] = self._confirm  # a hook tests answer
        batch = proposals.get_batch(ws, batch_id)
        self.setWindowTitle(self.tr("Decision: %1").replace("%1", batch.title))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, 99999)
        self.per_title = QCheckBox(self.tr("One decision per &title"))
        self.draft_button = QPushButton(self.tr("&Draft the decision"))
        self.save_button = QPushButton(self.tr("&Save number and date"))
        self.discard_button = QPushButton(self.tr("Discard the dra&ft"))
        self.record_button = QPushButton(self.tr("&Record the decision"))
        close_button = QPushButton(self.tr("Close"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        date_label = QLabel(self.tr("D&ate:"))
        date_label.setBuddy(self.date_edit)
        number_label = QLabel(self.tr("&Number:"))
        number_label.setBuddy(self.number_spin)
        for w in (date_label, self.date_edit, number_label, self.number_spin, self.per_title):
            row.addWidget(w)
        row.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.draft_button, self.save_button, self.discard_button, self.record_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        self.preview = PdfPreview(self)
        self.preview.offer_word(
            lambda path: decisions.write(
                self._ws, self._batch_id, path, on=_py(self.date_edit.date())
            ),
            lambda path: self.status.setText(
                self.tr("Saved the Word copy %1.").replace("%1", path.name)
            ),
        )
        # "Save PDF…" writes the bytes shown and records them as issued (like the dossier)
        self.preview.writer = self._save_shown
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        # the signed decision and its papers, kept with the drafted decision (issue 18)
        self.files = BatchFiles(ws, self, decisions_only=True)
        self.files.setMaximumHeight(120)
        layout.addWidget(self.files)
        layout.addWidget(self.preview, 1)
        self.resize(1000, 660)
        self.draft_button.clicked.connect(lambda: self.draft())
        self.save_button.clicked.connect(lambda: self.save_number_and_date())
        self.discard_button.clicked.connect(lambda: self.discard())
        self.record_button.clicked.connect(lambda: self.record())
        close_button.clicked.connect(self.accept)
        self.date_edit.dateChanged.connect(lambda _d: self._date_changed())
        self.refresh()

    # --- state -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the drafts and the batch, set the controls, render the paper."""
        batch = proposals.get_batch(self._ws, self._batch_id)
        found = decisions.drafts(self._ws, self._batch_id)
        drafting = batch.state in (BatchState.MET, BatchState.SUBMITTED)
        self.files.set_batch(self._batch_id)
        if found:
            self.date_edit.setDate(
                QDate(found[0].decided_on.year, found[0].decided_on.month, found[0].decided_on.day)
            )
            self.number_spin.setValue(found[0].number)
            self.per_title.setChecked(len(found) > 1 or bool(found[0].award_codes))
        elif drafting:
            self._propose_number()
        self.draft_button.setEnabled(drafting and not found)
        self.per_title.setEnabled(drafting and not found)
        self.save_button.setEnabled(drafting and bool(found))
        self.number_spin.setEnabled(drafting and len(found) <= 1)
        self.date_edit.setEnabled(drafting)
        self.discard_button.setEnabled(drafting and bool(found))
        self.record_button.setEnabled(drafting and bool(found))
        if batch.state is BatchState.DECIDED:
            text = self.tr("Decision recorded: %1.").replace("%1", batch.decision_number)
        elif found:
            numbers = ", ".join(f"{d.symbol} ({d.decided_on:%d/%m/%Y})" for d in found)
            text = self.tr("Drafted, numbered in the outgoing register: %1.").replace("%1", numbers)
        elif drafting:
            text = self.tr("Not drafted yet: the preview is marked DỰ THẢO and reserves no number.")
        else:
            text = self.tr("The decision is drafted after the council has voted.")
        self._render(text)

    def _propose_number(self) -> None:
        year = self.date_edit.date().year()
        self.number_spin.setValue(decisions.proposed_number(self._ws, year))

    def _date_changed(self) -> None:
        """Before drafting, the number offered is the next free one of the date's year."""
        if self.draft_button.isEnabled():
            self._propose_number()

    def _render(self, text: str) -> None:
        try:
            pdf = decisions.render(self._ws, self._batch_id, on=_py(self.date_edit.date()))
        except ThiDuaError as exc:
            self.status.setText(plain_message(exc) or str(exc))
            return
        name = f"quyet-dinh-{self._batch_id}.pdf"
        if self.preview.set_pdf(pdf, name):
            pages = self.tr("%1 page(s)").replace("%1", str(self.preview.page_count()))
            self.status.setText(f"{text} {pages}")
        else:
            self.status.setText(self.tr("The PDF could not be shown."))

    def _error(self, exc: ThiDuaError) -> None:
        self.status.setText(plain_message(exc) or str(exc))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def _save_shown(self, path: Path, pdf: bytes) -> object:
        """Write the PDF shown and record it as issued, on the database worker."""
        pages, on = self.preview.page_count(), _py(self.date_edit.date())
        return on_worker(
            self, lambda: decisions.save_shown(self._ws, self._batch_id, path, pdf, pages, on=on)
        )

    # --- actions -----------------------------------------------------------------------------
    def draft(self) -> None:
        """Number the decision(s) from the register and date them."""
        on, per_title, number = (
            _py(self.date_edit.date()),
            self.per_title.isChecked(),
            self.number_spin.value(),
        )
        try:
            on_worker(
                self,
                lambda: decisions.prepare(
                    self._ws, self._batch_id, on, per_title=per_title, number=number
                ),
            )
        except ThiDuaError as exc:
            self._error(exc)
            return
        self.refresh()

    def save_number_and_date(self) -> None:
        """Store the number (one decision) and the date typed."""
        found = decisions.drafts(self._ws, self._batch_id)
        on, number = _py(self.date_edit.date()), self.number_spin.value()

        def store() -> None:
            decisions.set_date(self._ws, self._batch_id, on)
            if len(found) == 1 and found[0].number != number:
                decisions.set_number(self._ws, self._batch_id, found[0].id, number)

        try:
            on_worker(self, store)
        except ThiDuaError as exc:
            self._error(exc)
            return
        self.refresh()

    def discard(self) -> None:
        """Drop the drafts and free their numbers."""
        if not self.confirm(self.tr("Discard the draft and free its number in the register?")):
            return
        try:
            on_worker(self, lambda: decisions.discard(self._ws, self._batch_id))
        except ThiDuaError as exc:
            self._error(exc)
            return
        self.refresh()

    def record(self) -> None:
        """Record the decision with the draft's number and date (the award history follows)."""
        if not self.confirm(
            self.tr("Record the decision? The award history is written and the batch is closed.")
        ):
            return
        try:
            granted = on_worker(self, lambda: decisions.record(self._ws, self._batch_id))
        except ThiDuaError as exc:
            self._error(exc)
            return
        self.recorded = True
        self.refresh()
        self.status.setText(
            self.tr("Decision recorded: %1 granted.").replace("%1", str(granted))
            + " "
            + self.status.text()
        )
