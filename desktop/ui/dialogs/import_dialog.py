"""Excel import preview (every row, bad ones marked with their reason) and the import/export runs.

The pages call `run_import(parent, ws, kind)` and `run_export(parent, ws, kind)`; `kind` is a
spreadsheet kind of `services.transfer` ("staff", "units", ...). Reading the file and writing the
rows run on the database worker (`ui.tasks`), so a big file does not freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import transfer
from desktop.services.session import Workspace

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_title(kind: str) -> str:
    """The name of a spreadsheet kind in the UI language."""
    titles = {
        "staff": QCoreApplication.translate("ImportDialog", "Staff"),
        "units": QCoreApplication.translate("ImportDialog", "Units"),
    }
    return titles.get(kind, kind)


class PreviewTableModel(QAbstractTableModel):
    """The rows of an import preview: Excel row number, the cells, what will happen."""

    def __init__(self, preview: transfer.ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = preview.rows
        self._headers = (self.tr("Row"), *preview.headers, self.tr("Result"))
        self._bad_brush = QBrush(QColor(253, 226, 226))
        self._bad_text = QBrush(QColor(160, 20, 20))
        self._actions = {
            transfer.ADD: self.tr("New"),
            transfer.UPDATE: self.tr("Update"),
        }

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        last = len(self._headers) - 1
        bad = row.action == transfer.ERROR
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.number)
            if col == last:
                return row.error if bad else self._actions.get(row.action, row.action)
            values = row.values
            return values[col - 1] if col - 1 < len(values) else ""
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return row.error
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return self._bad_brush
        if role == Qt.ItemDataRole.ForegroundRole and bad and col == last:
            return self._bad_text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ACTION_ROLE:
            return row.action
        if role == ERROR_ROLE:
            return row.error
        return None


class ImportPreviewDialog(QDialog):
    """Shows what an import would do; accepting it means "import the valid rows"."""

    def __init__(self, preview: transfer.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self._build_ui()

    def _build_ui(self) -> None:
        p = self.preview
        self.setWindowTitle(
            self.tr("Import %1 from %2")
            .replace("%1", kind_title(p.kind))
            .replace("%2", p.path.name)
        )
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        valid = p.count(transfer.ADD) + p.count(transfer.UPDATE)
        bad = p.count(transfer.ERROR)
        self.summary = QLabel(
            self.tr("%1 row(s) read: %2 new, %3 to update, %4 with errors (not imported).")
            .replace("%1", str(len(p.rows)))
            .replace("%2", str(p.count(transfer.ADD)))
            .replace("%3", str(p.count(transfer.UPDATE)))
            .replace("%4", str(bad))
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PreviewTableModel(p, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 56)
        for col in range(1, self.model.columnCount() - 1):
            self.table.setColumnWidth(col, 130)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import the valid rows"))
        self.import_button.setEnabled(valid > 0)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def _wait(parent: QWidget | None, fn: Callable[[], Any], title: str) -> tuple[bool, Any]:
    """Run `fn` on the database worker, keep the window alive, return (ok, result or error)."""
    try:
        from desktop.ui.tasks import run_in_background
    except ImportError:  # pragma: no cover - the tasks module is part of the UI
        try:
            return True, fn()
        except Exception as exc:
            return False, exc
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()
    task = run_in_background(
        parent,
        fn,
        lambda result: outcome.append((True, result)),
        lambda exc: outcome.append((False, exc)),
        title,
    )
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
    return outcome[0]


def _show_failure(parent: QWidget | None, exc: BaseException) -> None:
    from desktop.ui.errors import show_error

    show_error(parent, exc)


def preview_file(
    parent: QWidget | None, ws: Workspace, kind: str, path: Path
) -> transfer.ImportPreview | None:
    """Read and check the file in the background; None (after a message) when it is refused."""
    ok, result = _wait(
        parent,
        lambda: transfer.preview_import(ws, kind, path),
        QCoreApplication.translate("ImportDialog", "Reading the file…"),
    )
    if not ok:
        _show_failure(parent, result)
        return None
    return result  # type: ignore[no-any-return]


def commit_preview(
    parent: QWidget | None, ws: Workspace, preview: transfer.ImportPreview
) -> transfer.ImportResult | None:
    """Write the valid rows of an accepted preview; None (after a message) on failure."""
    ok, result = _wait(
        parent,
        lambda: transfer.commit_import(ws, preview, skip_invalid=True),
        QCoreApplication.translate("ImportDialog", "Importing…"),
    )
    if not ok:
        _show_failure(parent, result)
        return None
    return result  # type: ignore[no-any-return]


def run_import(parent: QWidget | None, ws: Workspace, kind: str) -> bool:
    """Choose a file, preview it, import the valid rows; True when something was written."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import %1 from Excel").replace(
            "%1", kind_title(kind)
        ),
        "",
        QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    if not name:
        return False
    preview = preview_file(parent, ws, kind, Path(name))
    if preview is None:
        return False
    dialog = ImportPreviewDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    result = commit_preview(parent, ws, preview)
    if result is None:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportDialog", "Import finished"),
        QCoreApplication.translate("ImportDialog", "Added: %1, updated: %2, skipped (errors): %3.")
        .replace("%1", str(result.added))
        .replace("%2", str(result.updated))
        .replace("%3", str(result.skipped)),
    )
    return result.added + result.updated > 0


def run_export(parent: QWidget | None, ws: Workspace, kind: str) -> None:
    """Choose where to save, then write every record of `kind` to an Excel file."""
    default = {"staff": "can_bo.xlsx", "units": "don_vi.xlsx"}.get(kind, f"{kind}.xlsx")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Export %1 to Excel").replace(
            "%1", kind_title(kind)
        ),
        default,
        QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    ok, result = _wait(
        parent,
        lambda: transfer.export(ws, kind, path),
        QCoreApplication.translate("ImportDialog", "Exporting…"),
    )
    if not ok:
        _show_failure(parent, result)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportDialog", "Export finished"),
        QCoreApplication.translate("ImportDialog", "%1 row(s) written to %2.")
        .replace("%1", str(result))
        .replace("%2", str(path)),
    )
