"""Print the dossier of a batch: choose the part, build the PDF in the background (with a
cancel button), preview it, then print it or save it. Both record the issued document, with
the very bytes built and shown (never a second rendering)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import progress as steps
from desktop.services import dossier, proposals
from desktop.services.session import Workspace
from desktop.ui.tasks import Task, on_worker, run_with_progress
from desktop.ui.widgets.pdf_preview import PdfPreview


def part_labels() -> dict[str, str]:
    """The printable parts of a dossier, in the UI language."""
    return {
        "all": QCoreApplication.translate("DossierPreview", "Whole dossier"),
        "to-trinh": QCoreApplication.translate("DossierPreview", "Submission letter"),
        "danh-sach": QCoreApplication.translate("DossierPreview", "List of nominees"),
        "bien-ban": QCoreApplication.translate("DossierPreview", "Council minutes"),
        "bao-cao": QCoreApplication.translate("DossierPreview", "Achievement reports"),
        "muc-luc": QCoreApplication.translate("DossierPreview", "Table of contents"),
    }


class DossierPreviewDialog(QDialog):
    """The dossier of one batch in a preview, built again when another part is chosen."""

    def __init__(
        self, ws: Workspace, batch_id: int, part: str = "all", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        self._generation = 0
        self.task: Task | None = None
        self.error_text = ""
        self._shown: tuple[str, int] | None = None  # (part, pages) of the PDF in the preview
        batch = proposals.get_batch(ws, batch_id)
        self._number = batch.number_text
        self.setWindowTitle(self.tr("Dossier: %1").replace("%1", batch.title))
        self.part_box = QComboBox()
        for key, label in part_labels().items():
            self.part_box.addItem(label, key)
        self.part_box.setCurrentIndex(max(0, self.part_box.findData(part)))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(220)
        self.busy.setTextVisible(False)
        self.status = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Part:")))
        top.addWidget(self.part_box)
        top.addWidget(self.busy)
        top.addWidget(self.status, 1)
        top.addWidget(self.cancel_button)
        self.copies_button = QPushButton(self.tr("Copies to…"))
        self.copies_button.setObjectName("dossier_copies")
        self.copies_button.setToolTip(self.tr("Nơi nhận of this batch's papers"))
        self.copies_button.clicked.connect(self.edit_copies)
        top.addWidget(self.copies_button)
        self.number_button = QPushButton(self.tr("Number…"))
        self.number_button.setObjectName("dossier_number")
        self.number_button.setToolTip(self.tr("The submission letter's number in the register"))
        self.number_button.setEnabled(bool(batch.submitted_on))
        self.number_button.clicked.connect(self.edit_number)
        top.addWidget(self.number_button)
        top.addWidget(self.close_button)
        self.preview = PdfPreview(self)
        self.preview.writer = self._issue
        self.preview.printed = self._record_print
        self.preview.offer_word(self._write_word, self._word_written)
        self.missing_box = QWidget()
        self.missing_box.setObjectName("dossier_missing")
        self.missing_box.setStyleSheet("background: #fff3e0;")
        missing_layout = QHBoxLayout(self.missing_box)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_anyway_button = QPushButton(self.tr("Print anyway"))
        self.print_anyway_button.clicked.connect(self.print_anyway)
        self.fill_button = QPushButton(self.tr("Fill them in first"))
        self.fill_button.setToolTip(self.tr("Close and complete the nominees in the batch"))
        self.fill_button.clicked.connect(self.reject)
        missing_layout.addWidget(self.missing_label, 1)
        missing_layout.addWidget(self.print_anyway_button)
        missing_layout.addWidget(self.fill_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.preview, 1)
        self.resize(1000, 660)
        self.part_box.currentIndexChanged.connect(lambda _i: self.build())
        self.missing: list[tuple[str, tuple[str, ...]]] = []
        self._missing_known = False  # told by the first build (the data is read once)
        self._print_anyway = False
        self.missing_box.setVisible(False)
        self.build()

    def show_missing(self, found: list[tuple[str, tuple[str, ...]]]) -> None:
        """Name the required sections that would print empty; printing and saving wait until
        the clerk chooses to print anyway (or closes to fill them in)."""
        self.missing = found
        self.missing_box.setVisible(bool(self.missing))
        shown = self.missing[:5]
        lines = [f"• {name}: {'; '.join(sections)}" for name, sections in shown]
        if len(self.missing) > len(shown):
            lines.append(self.tr("… and %1 more").replace("%1", str(len(self.missing) - 5)))
        self.missing_label.setText(
            self.tr("These required sections are empty (they print as dotted lines):")
            + "\n"
            + "\n".join(lines)
        )
        self._print_anyway = False
        self._hold_until_chosen()

    def _hold_until_chosen(self) -> None:
        if self.missing and not self._print_anyway:
            self.preview.print_button.setEnabled(False)
            self.preview.save_button.setEnabled(False)
            self.preview.word_button.setEnabled(False)

    def print_anyway(self) -> None:
        """Allow printing and saving with the empty sections left to fill in by hand."""
        self._print_anyway = True
        self.missing_box.setVisible(False)
        shown = self._shown is not None
        self.preview.print_button.setEnabled(shown)
        self.preview.save_button.setEnabled(shown)
        self.preview.word_button.setEnabled(shown)

    def edit_copies(self) -> None:
        """Edit this batch's Nơi nhận (empty: the office's default); the preview is rebuilt."""
        from PySide6.QtWidgets import QInputDialog

        from desktop.services import office

        current, _own = office.batch_copies(self._ws, self._batch_id)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Copies to"),
            self.tr("Nơi nhận of this batch, one recipient a line (empty: the office's default):"),
            "\n".join(current),
        )
        if not ok:
            return
        lines = tuple(x for x in text.splitlines() if x.strip())
        ws, batch_id = self._ws, self._batch_id
        on_worker(self, lambda: office.set_batch_copies(ws, batch_id, lines or None))
        self.build()

    def edit_number(self) -> None:
        """Set the submission letter's number by hand (refused when the year's number is
        taken); the preview is rebuilt."""
        from PySide6.QtWidgets import QInputDialog

        from desktop.domain.errors import ThiDuaError
        from desktop.services import office
        from desktop.ui.errors import show_error

        batch = proposals.get_batch(self._ws, self._batch_id)
        number, ok = QInputDialog.getInt(
            self,
            self.tr("Number"),
            self.tr("Number of the submission letter:"),
            batch.number or 1,
            1,
            99999,
        )
        if not ok:
            return
        try:
            ws, batch_id = self._ws, self._batch_id
            self._number = on_worker(self, lambda: office.set_to_trinh_number(ws, batch_id, number))
        except ThiDuaError as exc:
            show_error(self, exc)
            return
        self.build()

    def part(self) -> str:
        """The part chosen (a key of `dossier.PARTS`)."""
        return str(self.part_box.currentData())

    def file_name(self) -> str:
        """The file name offered by Save as."""
        stem = f"ho-so-{self._number or self._batch_id}"
        if self.part() != "all":
            stem += f"-{self.part()}"
        return re.sub(r"[^\w.-]+", "-", stem) + ".pdf"

    def build(self) -> Task:
        """Build the chosen part in the background; the preview shows it when done."""
        self._generation += 1
        generation = self._generation
        part = self.part()
        self.error_text = ""
        self._set_busy(True, self.tr("Building the dossier…"))
        ws, batch_id = self._ws, self._batch_id

        def done(result: dossier.Preview) -> None:
            if generation != self._generation:
                return  # cancelled or replaced by another part
            self._set_busy(False, "")
            if not self._missing_known:
                self._missing_known = True
                self.show_missing(list(result.missing))
            pdf, pages = result.pdf, result.pages
            self._shown = None
            if not self.preview.set_pdf(pdf, self.file_name()):
                self.status.setText(self.tr("The PDF could not be shown."))
                return
            self._shown = (part, pages)
            self.status.setText(self.tr("%1 pages").replace("%1", str(pages)))
            self._hold_until_chosen()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            from desktop.ui.errors import plain_message

            self._set_busy(False, "")
            message = plain_message(exc)
            if message is None:
                from desktop.ui.errors import show_error

                show_error(self, exc)
                return
            self.error_text = message
            self.status.setText(message)

        def cancelled() -> None:
            if generation == self._generation:  # stopped by something else than our Cancel
                self._set_busy(False, self.tr("Cancelled."))

        def built_pages(done: int, _total: int, what: str) -> None:
            if generation == self._generation and what == steps.BUILD and done:
                self.status.setText(
                    self.tr("Building the dossier… page %1").replace("%1", str(done))
                )

        if self.task is not None and not self.task.done:
            self.task.cancel()  # the part chosen before: stop building it
        self.task = run_with_progress(
            self,
            lambda progress: dossier.preview(ws, batch_id, part, progress=progress),
            done,
            failed,
            on_cancelled=cancelled,
            on_progress=built_pages,
        )
        return self.task

    def cancel(self) -> None:
        """Stop building the PDF (the worker stops at its next page; nothing is kept); the part
        chosen goes back to the one still shown, so that what is printed or saved is what the
        box names."""
        self._generation += 1
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self._set_busy(False, self.tr("Cancelled."))
        if self._shown is not None:
            self.part_box.blockSignals(True)
            self.part_box.setCurrentIndex(max(0, self.part_box.findData(self._shown[0])))
            self.part_box.blockSignals(False)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.part_box.setEnabled(True)
        self.status.setText(text)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _issue(self, path: Path, data: bytes) -> None:
        """Write the bytes shown (not a new rendering) and record them as issued."""
        if self._shown is None:
            return
        part, pages = self._shown
        ws, batch_id = self._ws, self._batch_id
        issued = on_worker(self, lambda: dossier.save_issued(ws, batch_id, path, data, pages, part))
        self.status.setText(
            self.tr("Saved %1 (%2 pages) and recorded as issued.")
            .replace("%1", path.name)
            .replace("%2", str(issued.pages))
        )

    def _write_word(self, path: Path) -> object:
        """Write the Word copy of the part shown and record it as issued (worker thread)."""
        part = self._shown[0] if self._shown is not None else self.part()
        return dossier.issue(self._ws, self._batch_id, path, part)

    def _word_written(self, path: Path) -> None:
        self.status.setText(
            self.tr("Saved the Word copy %1 and recorded it as issued.").replace("%1", path.name)
        )

    def _record_print(self, data: bytes, first: int, last: int) -> None:
        """Record the bytes shown as issued once the printer took them."""
        if self._shown is None:
            return
        part, pages = self._shown
        note = "" if (first, last) == (0, pages - 1) else f"trang {first + 1}-{last + 1}"
        ws, batch_id = self._ws, self._batch_id
        on_worker(self, lambda: dossier.record_printed(ws, batch_id, data, pages, part, note))
        self.status.setText(self.tr("Printed and recorded as issued."))


class IssuedPreviewDialog(QDialog):
    """An issued document shown exactly as it was issued (its stored PDF), to print it again."""

    def __init__(
        self, ws: Workspace, document_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issued document: %1").replace("%1", title))
        self.preview = PdfPreview(self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(self.tr("The document exactly as it was issued (reprints are identical)."))
        )
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        self.resize(1000, 660)
        name = re.sub(r"[^\w.-]+", "-", title).strip("-") or "van-ban"
        self.preview.set_pdf(dossier.issued_pdf(ws, document_id), f"{name}.pdf")
