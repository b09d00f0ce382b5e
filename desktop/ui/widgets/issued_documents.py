"""The documents issued for a batch (what was printed, when, its SHA-256) and their reprint."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.issued_documents import IssuedRow
from desktop.services import dossier
from desktop.services.session import Workspace
from desktop.ui.dialogs.dossier_preview import IssuedPreviewDialog, part_labels

_ID = Qt.ItemDataRole.UserRole


def _is_word(file_name: str) -> bool:
    return file_name.lower().endswith(".docx")


class IssuedDocuments(QWidget):
    """A short list of the issued documents of one batch, with "Save a copy…"."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id: int | None = None
        # Asks where to write the copy; tests replace it. None = cancelled.
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        self.report_error: Callable[[BaseException], None] = self._show_error
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Part"), self.tr("Number"), self.tr("File"), "SHA-256"]
        )
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(3, 200)
        self.open_button = QPushButton(self.tr("Open to print again…"))
        self.open_button.setToolTip(
            self.tr("Show the document exactly as it was issued, to print it again")
        )
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.copy_button.setToolTip(self.tr("Write the document exactly as it was issued"))
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.copy_button.clicked.connect(lambda: self.save_copy())
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self._update()

    def _labels(self) -> dict[str, str]:
        labels = part_labels()
        labels["ho-so"] = labels["all"]
        labels["quyet-dinh"] = self.tr("Decision and list")
        labels["qua-trinh"] = self.tr("Processing history")
        labels["ds-sang-kien"] = self.tr("Recognised initiatives")
        labels["bao-cao-dinh-ky"] = self.tr("Periodic report")
        return labels

    def set_batch(self, batch_id: int | None) -> None:
        """Show the documents issued for a batch (none for None)."""
        self._batch_id = batch_id
        self._fill(dossier.issued(self._ws, batch_id) if batch_id is not None else [])

    def show_all(self) -> None:
        """Show every issued document of the office, of all batches and none."""
        self._batch_id = None
        self._fill(dossier.issued(self._ws))
        self.tree.resizeColumnToContents(1)  # the papers' names are longer than the parts'

    def _fill(self, rows: list[IssuedRow]) -> None:
        self.tree.clear()
        labels = self._labels()
        for r in rows:
            item = QTreeWidgetItem(
                [
                    f"{r.issued_on:%d/%m/%Y}",
                    f"{labels.get(r.kind, r.kind)} ({r.pages if r.pages else 'Word'})",
                    r.number,
                    r.file_name,
                    r.sha256[:16] + "…",
                ]
            )
            item.setToolTip(4, r.sha256)
            item.setToolTip(1, r.title)
            item.setData(0, _ID, r.id)
            self.tree.addTopLevelItem(item)
        self.status.setText("")
        self._update()

    def count(self) -> int:
        """Documents listed."""
        return self.tree.topLevelItemCount()

    def _update(self) -> None:
        item = self.tree.currentItem()
        self.copy_button.setEnabled(item is not None)
        # a Word copy has no preview here: "Save a copy…" writes it for Word to open
        self.open_button.setEnabled(item is not None and not _is_word(item.text(3)))

    def open_selected(self) -> IssuedPreviewDialog | None:
        """Show the selected issued document (its stored PDF) in a preview, to print it again."""
        item = self.tree.currentItem()
        if item is None:
            return None
        title = f"{item.text(1)} {item.text(2)} {item.text(0)}".strip()
        try:
            dialog = IssuedPreviewDialog(self._ws, int(item.data(0, _ID)), title, self)
        except Exception as exc:  # a plain message for a known error, the crash dialog for a bug
            self.report_error(exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_copy(self) -> Path | None:
        """Write the selected issued document again, byte for byte."""
        item = self.tree.currentItem()
        if item is None:
            return None
        name = item.text(3)
        if not name.lower().endswith((".pdf", ".docx")):  # printed to paper: no file name
            name = re.sub(r"[^\w.-]+", "-", f"ho-so-{item.text(2) or item.text(0)}") + ".pdf"
        path = self.ask_path(name)
        if path is None:
            return None
        try:
            dossier.reprint(self._ws, int(item.data(0, _ID)), path)
        except Exception as exc:  # a plain message for a held file, the crash dialog for a bug
            self.report_error(exc)
            return None
        self.status.setText(self.tr("Saved %1.").replace("%1", path.name))
        return path

    def _ask_path(self, name: str) -> Path | None:
        kinds = (
            self.tr("Word documents (*.docx)") if _is_word(name) else self.tr("PDF files (*.pdf)")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name, kinds)
        return Path(chosen) if chosen else None

    def _show_error(self, exc: BaseException) -> None:
        from desktop.ui.errors import show_error

        show_error(self, exc)
