"""Excel import preview (every row, bad ones marked with their reason) and the import/export runs.

The pages call `run_import(parent, ws, kind)` and `run_export(parent, ws, kind)`; `kind` is a
spreadsheet kind of `services.transfer` ("staff", "units", ...). Reading the file and writing the
rows run on the database worker (`ui.tasks`), so a big file does not freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.progress import Progress
from desktop.services import import_rejects, transfer
from desktop.services.session import Workspace
from desktop.ui.messages import row_problem_text, row_problems_text
from desktop.ui.style import error_color, error_fill

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_ROLE = Qt.ItemDataRole.UserRole + 2


# Rows above this many keep one line each (measuring every row's height would be slow).
WRAP_ROWS = 1000

# The file names offered for the templates.
TEMPLATE_NAMES = {
    "staff": "mau_can_bo.xlsx",
    "units": "mau_don_vi.xlsx",
    "ratings": "mau_xep_loai_ca_nhan.xlsx",
    "unit-ratings": "mau_xep_loai_tap_the.xlsx",
    "registrations": "mau_dang_ky_thi_dua.xlsx",
    "initiatives": "mau_sang_kien.xlsx",
    "awards": "mau_khen_thuong.xlsx",
    "scores": "mau_cham_diem.xlsx",
    "households": "mau_ho_gia_dinh.xlsx",
    "positions": "mau_qua_trinh_cong_tac.xlsx",
    "bloc-members": "mau_thanh_vien_khoi.xlsx",
    "bloc-scores": "mau_cham_diem_khoi.xlsx",
    "nominees": "mau_danh_sach_de_nghi.xlsx",
}


def kind_title(kind: str) -> str:
    """The name of a spreadsheet kind in the UI language."""
    titles = {
        "staff": QCoreApplication.translate("ImportDialog", "Staff"),
        "units": QCoreApplication.translate("ImportDialog", "Units"),
        "ratings": QCoreApplication.translate("ImportDialog", "Personal ratings"),
        "unit-ratings": QCoreApplication.translate("ImportDialog", "Unit ratings"),
        "registrations": QCoreApplication.translate("ImportDialog", "Emulation registrations"),
        "initiatives": QCoreApplication.translate("ImportDialog", "Initiatives"),
        "awards": QCoreApplication.translate("ImportDialog", "Awards received"),
        "scores": QCoreApplication.translate("ImportDialog", "Emulation scores"),
        "households": QCoreApplication.translate("ImportDialog", "Households"),
        "positions": QCoreApplication.translate("ImportDialog", "Positions held"),
        "bloc-members": QCoreApplication.translate("ImportDialog", "Emulation bloc members"),
        "bloc-scores": QCoreApplication.translate("ImportDialog", "Emulation bloc scores"),
        "nominees": QCoreApplication.translate("ImportDialog", "Nominee list"),
        "targets": QCoreApplication.translate("ImportDialog", "Movement targets by year"),
        "activities": QCoreApplication.translate("ImportDialog", "Propaganda and inspection"),
    }
    return titles.get(kind, kind)


def _ask_save(parent: QWidget | None, title: str, default: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        default,
        QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def save_template(parent: QWidget | None, kind: str, path: Path | None = None) -> Path | None:
    """Write the empty Excel template of `kind` (asking where unless `path` is given)."""
    if path is None:
        path = _ask_save(
            parent,
            QCoreApplication.translate("ImportDialog", "Save the Excel template of %1").replace(
                "%1", kind_title(kind)
            ),
            TEMPLATE_NAMES.get(kind, f"mau_{kind}.xlsx"),
        )
        if path is None:
            return None
    try:
        transfer.write_template(kind, path)
    except ThiDuaError as exc:
        _show_failure(parent, exc)
        return None
    return path


class PreviewTableModel(QAbstractTableModel):
    """The rows of an import preview: Excel row number, the cells, what will happen."""

    def __init__(self, preview: transfer.ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = preview.rows
        self._headers = (self.tr("Row"), *preview.headers, self.tr("Result"))
        self._bad_brush = QBrush(error_fill())
        self._bad_text = QBrush(error_color())
        self._actions = {
            transfer.ADD: self.tr("New"),
            transfer.UPDATE: self.tr("Update"),
            transfer.UNCHANGED: self.tr("Unchanged"),
        }
        self._worded: dict[int, str] = {}  # row index → its problems in the UI language

    def problems_text(self, row: int) -> str:
        """The problems of a refused row in the UI language ("" for a good row)."""
        text = self._worded.get(row)
        if text is None:
            text = self._worded[row] = row_problems_text(self._rows[row].problems)
        return text

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
                if row.changes:  # an update, field by field (Vietnamese, from the service)
                    return f"{self._actions[transfer.UPDATE]}: " + "; ".join(row.changes)
                if bad:
                    return self.problems_text(index.row())
                return self._actions.get(row.action, row.action)
            values = row.values
            if row.worded and (said := dict(row.worded).get(col - 1)) is not None:
                return row_problem_text(said)
            return values[col - 1] if col - 1 < len(values) else ""
        if role == Qt.ItemDataRole.ToolTipRole and bad and col != last:
            return self.problems_text(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and row.changes:
            return "\n".join(row.changes)
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return self._bad_brush
        if role == Qt.ItemDataRole.ForegroundRole and bad and col == last:
            return self._bad_text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ACTION_ROLE:
            return row.action
        if role == ERROR_ROLE:
            return self.problems_text(index.row())
        return None


class ErrorsOnly(QSortFilterProxyModel):
    """The preview's rows, or only the refused ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_errors = False

    def set_only_errors(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10: invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.only_errors = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_errors = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.only_errors:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(ACTION_ROLE) == transfer.ERROR)


class ImportPreviewDialog(QDialog):
    """Shows what an import would do; accepting it means "import the valid rows"."""

    def __init__(self, preview: transfer.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        # Where the refused rows are saved; tests replace it to stay headless.
        self.ask_rejected_path: Callable[[str], Path | None] = lambda default: _ask_save(
            self, self.tr("Save the rejected rows"), default
        )
        self.ask_template_path: Callable[[], Path | None] = lambda: None
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
        self.errors_only = QCheckBox(self.tr("Only the rows with errors"))
        self.errors_only.setEnabled(bad > 0)
        self.save_rejected_button = QPushButton(self.tr("Save the rejected rows as Excel…"))
        self.save_rejected_button.setToolTip(
            self.tr("A workbook of the refused rows with their reasons, to correct and import")
        )
        self.save_rejected_button.setEnabled(bad > 0)
        self.template_button = QPushButton(self.tr("Download Excel template…"))
        self.template_button.setToolTip(
            self.tr("An empty workbook with the columns this import reads")
        )
        tools = QHBoxLayout()
        tools.addWidget(self.errors_only)
        tools.addStretch(1)
        tools.addWidget(self.save_rejected_button)
        tools.addWidget(self.template_button)
        layout.addLayout(tools)
        self.model = PreviewTableModel(p, self)
        self.proxy = ErrorsOnly(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        vh = self.table.verticalHeader()
        vh.setDefaultSectionSize(24)
        vh.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if len(p.rows) <= WRAP_ROWS
            else QHeaderView.ResizeMode.Fixed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The result (the reason of a refused row) comes right after the row number: seen first.
        self.result_column = self.model.columnCount() - 1
        header.moveSection(self.result_column, 1)
        self.table.setColumnWidth(0, 56)
        longest = max(
            (
                self.fontMetrics().horizontalAdvance(self.model.problems_text(i))
                for i, r in enumerate(p.rows[:WRAP_ROWS])
                if r.problems
            ),
            default=0,
        )
        self.table.setColumnWidth(self.result_column, max(120, min(longest + 24, 460)))
        for col in range(1, self.model.columnCount() - 1):
            self.table.setColumnWidth(col, 130)
        layout.addWidget(self.table, 1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import the valid rows"))
        self.import_button.setEnabled(valid > 0)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.errors_only.toggled.connect(self.proxy.set_only_errors)
        self.save_rejected_button.clicked.connect(lambda: self.save_rejected())
        self.template_button.clicked.connect(lambda: self.save_template())

    def save_rejected(self) -> Path | None:
        """Write the refused rows with their reasons to a workbook the clerk chooses."""
        path = self.ask_rejected_path(f"{self.preview.path.stem}_dong_loi.xlsx")
        if path is None:
            return None
        try:
            count = import_rejects.write_rejected(self.preview, path)
        except ThiDuaError as exc:
            _show_failure(self, exc)
            return None
        self._say(self.tr("%n rejected row(s) saved to %1.", "", count).replace("%1", str(path)))
        return path

    def save_template(self) -> Path | None:
        """Write the empty template of this import's kind."""
        path = save_template(self, self.preview.kind, self.ask_template_path())
        if path is not None:
            self._say(self.tr("Template saved to %1.").replace("%1", str(path)))
        return path

    def _say(self, text: str) -> None:
        self.saved_label.setText(text)
        self.saved_label.show()


def _wait(parent: QWidget | None, fn: Callable[[Progress], Any], title: str) -> tuple[bool, Any]:
    """Run `fn(progress)` on the database worker with a progress dialog (Cancel stops it; the
    window stays alive); return (True, result), (False, error), or (False, None) when the clerk
    cancelled (already told so)."""
    from desktop.ui.tasks import say_cancelled, wait_for

    task = wait_for(parent, fn, title)
    if task.cancelled:
        say_cancelled(parent)
        return False, None
    if task.error is not None:
        return False, task.error
    return True, task.result


def _show_failure(parent: QWidget | None, exc: BaseException | None) -> None:
    if exc is None:  # cancelled: the clerk was told already
        return
    from desktop.ui.errors import show_error

    show_error(parent, exc)


def preview_file(
    parent: QWidget | None,
    ws: Workspace,
    kind: str,
    path: Path,
    options: Mapping[str, object] | None = None,
) -> transfer.ImportPreview | None:
    """Read and check the file in the background; None (after a message) when it is refused."""
    ok, result = _wait(
        parent,
        lambda progress: transfer.preview_import(
            ws, kind, path, options=options, progress=progress
        ),
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
        lambda progress: transfer.commit_import(ws, preview, skip_invalid=True, progress=progress),
        QCoreApplication.translate("ImportDialog", "Importing…"),
    )
    if not ok:
        _show_failure(parent, result)
        return None
    return result  # type: ignore[no-any-return]


def run_import(
    parent: QWidget | None, ws: Workspace, kind: str, options: Mapping[str, object] | None = None
) -> bool:
    """Choose a file, preview it, import the valid rows; True when something was written.
    `options`: those the kind declares (e.g. the khối and year of bloc scores)."""
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
    preview = preview_file(parent, ws, kind, Path(name), options)
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


def run_export(
    parent: QWidget | None, ws: Workspace, kind: str, options: Mapping[str, object] | None = None
) -> None:
    """Choose where to save, then write every record of `kind` (within `options`) to Excel."""
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
        lambda progress: transfer.export(ws, kind, path, options, progress),
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
