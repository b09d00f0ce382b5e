"""Recycle bin page: what was deleted, by whom and when; restore an entry whole, purge one or
all of them (administrators)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.progress import Progress
from desktop.domain.recycle_bin import BinEntry, BinKind
from desktop.services import recycle_bin
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.tasks import wait_for
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_parts import action_button, button_row, note
from desktop.ui.widgets.page_title import page_title

COLUMNS = ("kind", "label", "deleted_at", "deleted_by", "dependents")


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


class RecycleBinPage(QWidget):
    """The deleted records, newest first; Restore, Purge, Empty the bin."""

    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entries: list[BinEntry] = []
        # Replaceable for tests: the yes/no question and the error display.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.on_error: Callable[[BaseException], None] = lambda exc: errors.show_error(self, exc)
        self._build_ui()
        self.reload()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = page_title(self.tr("Recycle bin"))
        layout.addWidget(title)
        layout.addWidget(
            note(
                self.tr(
                    "Deleted people, units, movements, initiatives and proposal batches stay "
                    "here with their dependent records until an administrator purges them. "
                    "Restoring puts them back exactly as they were. Lists, searches and reports "
                    "do not count what is in the bin."
                )
            )
        )
        self.restore_button = action_button(
            self.tr("Restore"),
            "restore",
            lambda: self.restore_selected(),
            self.tr("Put the selected record back with its records"),
        )
        self.purge_button = action_button(
            self.tr("Delete permanently…"), "purge", lambda: self.purge_selected()
        )
        self.purge_all_button = action_button(
            self.tr("Empty the recycle bin…"), "purge_all", lambda: self.purge_all()
        )
        layout.addLayout(
            button_row((self.restore_button, self.purge_button), (self.purge_all_button,))
        )

        self.table = list_table(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Deleted on"),
                self.tr("Deleted by"),
                self.tr("Records with it"),
            ],
            "recycle_bin_table",
            stretch=1,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("recycle_bin_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

    def kind_label(self, kind: BinKind) -> str:
        return {
            BinKind.PERSON: self.tr("Person"),
            BinKind.UNIT: self.tr("Unit"),
            BinKind.MOVEMENT: self.tr("Emulation movement"),
            BinKind.INITIATIVE: self.tr("Initiative"),
            BinKind.BATCH: self.tr("Proposal batch"),
        }[kind]

    def page_shown(self) -> None:
        """Other pages may have deleted something since this page was last seen."""
        self.reload()

    def reload(self) -> None:
        """Fill the list from the service."""
        keep = self.selected()
        self.entries = recycle_bin.entries(self.workspace)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (
                self.kind_label(e.kind),
                e.label,
                _when(e.deleted_at),
                e.deleted_by,
                str(e.dependents),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
            if keep is not None and e.id == keep.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        admin = recycle_bin.can_purge(self.workspace)
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen and admin)
        self.purge_all_button.setEnabled(bool(self.entries) and admin)
        hint = "" if admin else self.tr("Only an administrator can delete permanently.")
        self.purge_button.setToolTip(hint)
        self.purge_all_button.setToolTip(hint)

    def selected(self) -> BinEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def select_entry(self, entry_id: int) -> bool:
        """Select the entry with this id; False when it is not listed."""
        for row, e in enumerate(self.entries):
            if e.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _apply(self, action: Callable[[Progress], object], done: str, title: str) -> bool:
        """Run the write on the database worker (progress dialog, Cancel: all or nothing)."""
        task = wait_for(self, action, title)
        if task.cancelled:
            self.status.setText(self.tr("Cancelled: nothing was changed."))
            return False
        if task.error is not None:
            exc = task.error
            self.status.setText(errors.plain_message(exc) or str(exc))
            self.on_error(exc)
            self.reload()
            return False
        self.status.setText(done)
        self.reload()
        self.data_changed.emit()
        return True

    def restore_selected(self) -> bool:
        """Put the selected entry back; the reason is shown when it cannot be."""
        e = self.selected()
        if e is None:
            return False
        return self._apply(
            lambda progress: recycle_bin.restore(self.workspace, e.id, progress=progress),
            self.tr("Restored: %1").replace("%1", e.label),
            self.tr("Restoring…"),
        )

    def purge_selected(self) -> bool:
        """Delete the selected entry for good after confirmation (administrators)."""
        e = self.selected()
        if e is None:
            return False
        question = (
            self.tr("Delete “%1” and its %2 records permanently? This cannot be undone.")
            .replace("%1", e.label)
            .replace("%2", str(e.dependents))
        )
        if not self.confirm(self.tr("Delete permanently"), question):
            return False
        return self._apply(
            lambda progress: recycle_bin.purge(self.workspace, e.id, progress=progress),
            self.tr("Deleted permanently: %1").replace("%1", e.label),
            self.tr("Deleting permanently…"),
        )

    def purge_all(self) -> bool:
        """Empty the bin for good after confirmation (administrators)."""
        if not self.entries:
            return False
        question = self.tr(
            "Delete all %1 entries of the recycle bin permanently? This cannot be undone."
        ).replace("%1", str(len(self.entries)))
        if not self.confirm(self.tr("Empty the recycle bin"), question):
            return False
        return self._apply(
            lambda progress: recycle_bin.purge_all(self.workspace, progress=progress),
            self.tr("The recycle bin is empty."),
            self.tr("Deleting permanently…"),
        )
