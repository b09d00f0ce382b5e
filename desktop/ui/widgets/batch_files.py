"""The files kept with a batch (its signed tờ trình, ballots, its nominees' evidence) or with
its decisions (the signed quyết định): attach one, open it with its program, save a copy,
remove it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.initiatives import format_size
from desktop.services import batch_files, decisions, proposals
from desktop.services.batch_files import BatchFile, BatchFileKind, BatchFileOwner
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.tasks import on_worker

_ID = Qt.ItemDataRole.UserRole


def kind_label(kind: BatchFileKind) -> str:
    """The shown name of a kind of kept file."""
    labels = {
        BatchFileKind.TO_TRINH: QCoreApplication.translate("BatchFiles", "Signed tờ trình"),
        BatchFileKind.QUYET_DINH: QCoreApplication.translate("BatchFiles", "Signed decision"),
        BatchFileKind.PHIEU: QCoreApplication.translate("BatchFiles", "Ballots, vote count"),
        BatchFileKind.MINH_CHUNG: QCoreApplication.translate("BatchFiles", "Evidence"),
        BatchFileKind.KHAC: QCoreApplication.translate("BatchFiles", "Other paper"),
    }
    return labels[kind]


class BatchFiles(QWidget):
    """The kept files of one batch; with `decisions_only`, those of its decisions alone (the
    decision dialog). `filesChanged(batch_id)` follows an added or removed file."""

    filesChanged = Signal(int)
    counted = Signal(int)  # how many files are listed, after each reading
    COLUMNS = 5  # kind, file, belongs to, size, added

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, decisions_only: bool = False
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id: int | None = None
        self._decisions_only = decisions_only
        # Hooks for what would block or leave the program; tests replace them.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.choose_file: Callable[[], str | None] = self._choose_file
        self.choose_target: Callable[[str], str | None] = self._choose_target
        self.confirm: Callable[[str], bool] = self._confirm
        self.report_error: Callable[[BaseException], None] = lambda exc: show_error(self, exc)

        self.kind_box = QComboBox()
        self.kind_box.setToolTip(self.tr("What the file is"))
        for kind in BatchFileKind:
            self.kind_box.addItem(kind_label(kind), kind)
        if decisions_only:
            self.kind_box.setCurrentIndex(self.kind_box.findData(BatchFileKind.QUYET_DINH))
        self.owner_box = QComboBox()
        self.owner_box.setToolTip(self.tr("Whom the file goes with"))
        self.owner_box.setMinimumContentsLength(16)
        self.owner_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("File"),
                self.tr("Goes with"),
                self.tr("Size"),
                self.tr("Added"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind_box, self.owner_box, self.attach_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.open_button, self.save_button, self.remove_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self._update_buttons()

    # --- showing -----------------------------------------------------------------------------
    def set_batch(self, batch_id: int | None) -> None:
        """Show the files of a batch (nothing for None) and offer its nominees and decisions."""
        self._batch_id = batch_id
        self.owner_box.clear()
        if batch_id is not None:
            if not self._decisions_only:
                self.owner_box.addItem(self.tr("The whole batch"), BatchFileOwner(batch_id))
                for n in proposals.nominees(self._ws, batch_id):
                    self.owner_box.addItem(n.name, BatchFileOwner(batch_id, nominee_id=n.id))
            for d in decisions.drafts(self._ws, batch_id):
                label = self.tr("Decision %1").replace("%1", f"{d.number}/{d.symbol}")
                self.owner_box.addItem(label, BatchFileOwner(batch_id, decision_id=d.id))
        self.reload()

    def choose_owner(self, nominee_id: int | None) -> None:
        """Offer the nominee (the one selected on the page) as whom the next file goes with."""
        for row in range(self.owner_box.count()):
            owner = self.owner_box.itemData(row)
            if owner.nominee_id == nominee_id and owner.decision_id is None:
                self.owner_box.setCurrentIndex(row)
                return

    def reload(self, select: int | None = None) -> None:
        """Read the files again (selecting `select`, a file id, when given)."""
        found: list[BatchFile] = []
        if self._batch_id is not None:
            found = batch_files.files(self._ws, self._batch_id)
            if self._decisions_only:
                found = [f for f in found if f.owner.decision_id is not None]
        self.table.setRowCount(len(found))
        for row, f in enumerate(found):
            if f.owner.decision_id is not None:
                whose = self.tr("Decision %1").replace("%1", f.owner_name)
            else:
                whose = f.owner_name or self.tr("The whole batch")
            values = (
                kind_label(f.kind),
                f.name,
                whose,
                format_size(f.size),
                f.added_at.strftime("%d/%m/%Y %H:%M"),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_ID, f.id)
                item.setToolTip(f"SHA-256: {f.sha256}")
                self.table.setItem(row, col, item)
            if f.id == select:
                self.table.selectRow(row)
        self._update_buttons()
        self.counted.emit(len(found))

    def file_names(self) -> list[str]:
        """The names listed, top to bottom."""
        items = (self.table.item(r, 1) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    def selected_id(self) -> int | None:
        """The id of the selected file."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return int(item.data(_ID)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.attach_button.setEnabled(self.owner_box.count() > 0)
        for b in (self.open_button, self.save_button, self.remove_button):
            b.setEnabled(chosen)

    # --- actions -----------------------------------------------------------------------------
    def attach(self, path: str | Path | None = None) -> bool:
        """Keep a file (asked for when `path` is None) with the chosen owner, as the chosen
        kind; True when stored."""
        owner = self.owner_box.currentData()
        if owner is None:
            return False
        chosen = str(path) if path is not None else self.choose_file()
        if not chosen:
            return False
        try:
            kind = BatchFileKind(self.kind_box.currentData())  # a combo hands back a str
            kept = on_worker(self, lambda: batch_files.add(self._ws, owner, chosen, kind))
        except Exception as exc:  # shown by the one error presenter
            self.report_error(exc)
            return False
        self.reload(select=kept.id)
        self.filesChanged.emit(owner.batch_id)
        return True

    def open_selected(self) -> Path | None:
        """Open the selected file with its program, through a temporary copy."""
        file_id = self.selected_id()
        if file_id is None:
            return None
        try:
            copy = batch_files.open_copy(self._ws, file_id)
        except Exception as exc:
            self.report_error(exc)
            return None
        self.open_url(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_selected(self) -> Path | None:
        """Write the selected file where the clerk chooses."""
        file_id = self.selected_id()
        if file_id is None:
            return None
        try:
            target = self.choose_target(batch_files.info(self._ws, file_id).name)
            return batch_files.export(self._ws, file_id, target) if target else None
        except Exception as exc:
            self.report_error(exc)
            return None

    def remove_selected(self) -> bool:
        """Remove the selected file after asking."""
        file_id = self.selected_id()
        if file_id is None or self._batch_id is None:
            return False
        item = self.table.item(self.table.currentRow(), 1)
        name = item.text() if item is not None else ""
        if not self.confirm(self.tr("Remove “%1” from the batch?").replace("%1", name)):
            return False
        try:
            on_worker(self, lambda: batch_files.remove(self._ws, file_id))
        except Exception as exc:
            self.report_error(exc)
            return False
        self.reload()
        self.filesChanged.emit(self._batch_id)
        return True

    # --- dialogs -----------------------------------------------------------------------------
    def _choose_file(self) -> str | None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the batch"))
        return chosen or None

    def _choose_target(self, name: str) -> str | None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file as"), name)
        return chosen or None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove file"), question)
        return answer == QMessageBox.StandardButton.Yes
