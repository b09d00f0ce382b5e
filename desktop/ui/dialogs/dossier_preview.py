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

from desktop.services import dossier, proposals
from desktop.services.session import Workspace
from desktop.ui.tasks import Task, run_in_background
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
        top.addWidget(self.close_button)
        self.preview = PdfPreview(self)
        self.preview.writer = self._issue
        self.preview.printed = self._record_print
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        self.resize(1000, 660)
        self.part_box.currentIndexChanged.connect(lambda _i: self.build())
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

        def done(result: tuple[bytes, int]) -> None:
            if generation != self._generation:
                return  # cancelled or replaced by another part
            self._set_busy(False, "")
            pdf, pages = result
            self._shown = None
            if not self.preview.set_pdf(pdf, self.file_name()):
                self.status.setText(self.tr("The PDF could not be shown."))
                return
            self._shown = (part, pages)
            self.status.setText(self.tr("%1 pages").replace("%1", str(pages)))

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

        self.task = run_in_background(
            self, lambda: dossier.render(ws, batch_id, part), done, failed
        )
        return self.task

    def cancel(self) -> None:
        """Stop waiting for the PDF being built (its result is dropped); the part chosen goes
        back to the one still shown, so that what is printed or saved is what the box names."""
        self._generation += 1
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
        issued = dossier.save_issued(self._ws, self._batch_id, path, data, pages, part)
        self.status.setText(
            self.tr("Saved %1 (%2 pages) and recorded as issued.")
            .replace("%1", path.name)
            .replace("%2", str(issued.pages))
        )

    def _record_print(self, data: bytes, first: int, last: int) -> None:
        """Record the bytes shown as issued once the printer took them."""
        if self._shown is None:
            return
        part, pages = self._shown
        note = "" if (first, last) == (0, pages - 1) else f"trang {first + 1}-{last + 1}"
        dossier.record_printed(self._ws, self._batch_id, data, pages, part, note)
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
