"""“Quá trình xử lý hồ sơ” of a batch in a preview, to print or save as PDF."""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import ThiDuaError
from desktop.services import process_history, proposals
from desktop.services.session import Workspace
from desktop.ui.errors import plain_message
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.pdf_preview import PdfPreview


class ProcessHistoryDialog(QDialog):
    """The printed history of one batch (built when opened; small enough to wait for)."""

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        batch = proposals.get_batch(ws, batch_id)
        self.setWindowTitle(self.tr("Processing history: %1").replace("%1", batch.title))
        self.status = QLabel()
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(close_button)
        self.preview = PdfPreview(self)
        self.preview.offer_word(
            lambda path: process_history.write(ws, batch_id, path),
            lambda path: self.status.setText(
                self.tr("Saved the Word copy %1.").replace("%1", path.name)
            ),
        )
        # "Save PDF…" writes the bytes shown and records them as issued (like the dossier)
        self.preview.writer = lambda path, pdf: on_worker(
            self,
            partial(process_history.save_shown, ws, batch_id, path, pdf, self.preview.page_count()),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        self.resize(900, 660)
        stem = re.sub(r"[^\w.-]+", "-", f"qua-trinh-xu-ly-{batch.number_text or batch_id}")
        try:
            pdf = process_history.render(ws, batch_id)
        except ThiDuaError as exc:
            self.status.setText(plain_message(exc) or str(exc))
            return
        if self.preview.set_pdf(pdf, stem + ".pdf"):
            self.status.setText(self.tr("%1 page(s)").replace("%1", str(self.preview.page_count())))
        else:
            self.status.setText(self.tr("The PDF could not be shown."))
