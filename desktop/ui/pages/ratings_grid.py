"""Enter a whole unit's yearly ratings by keyboard, and the units' own ratings.

Click a row, then keys: 1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV (or the first letters typed into
the drop-down), Delete clears; each change is written at once and the cursor moves down.
Replacing a stored rating asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.services import ratings, units
from desktop.services.session import Workspace
from desktop.ui.messages import error_text
from desktop.ui.models.movement_tables import RATING_CODES, RatingsGridModel, rating_label
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.unit_picker import UnitPicker

_KEYS = {
    Qt.Key.Key_1: "HTXSNV",
    Qt.Key.Key_2: "HTTNV",
    Qt.Key.Key_3: "HTNV",
    Qt.Key.Key_4: "KHTNV",
}


class RatingDelegate(QStyledItemDelegate):
    """A drop-down of the four ratings (and an empty entry to clear); 1-4 typed into the open
    list set the rating at once, as in the grid."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QComboBox) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            code = _KEYS.get(Qt.Key(event.key()))
            if code is not None:
                editor.setCurrentIndex(max(0, editor.findData(code)))
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                holder = editor.parent()
                view = holder.parent() if holder is not None else None
                if isinstance(view, RatingsTable):
                    view.move_down()
                return True
        return super().eventFilter(editor, event)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", "")
        for code in RATING_CODES:
            combo.addItem(f"{code} — {rating_label(code)}", code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RatingsTable(QTableView):
    """The grid view: digit keys rate the current row and move down."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        code = _KEYS.get(Qt.Key(event.key()))
        clear = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if index.isValid() and isinstance(model, RatingsGridModel) and (code or clear):
            target = model.index(index.row(), RatingsGridModel.COL_RATING)
            if model.setData(target, code or "", Qt.ItemDataRole.EditRole):
                self.move_down()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        """The next row, same column (stays on the last row)."""
        index, model = self.currentIndex(), self.model()
        if index.isValid():
            row = min(index.row() + 1, model.rowCount() - 1)
            self.setCurrentIndex(model.index(row, index.column()))


class RatingsGrid(QWidget):
    """Pick a unit and a year; rate its people in the grid and the unit itself."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        # Tests replace this to answer the replace question without a dialog.
        self.confirm_replace = self._ask_replace
        self.unit_picker = UnitPicker(none_text=self.tr("(choose a unit)"))
        self.reload_units()

        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, date.today().year + 1)
        self.year_spin.setValue(date.today().year)
        self.unit_rating = QComboBox()
        self.unit_rating.addItem("", None)
        for code in RATING_CODES:
            self.unit_rating.addItem(f"{code} — {rating_label(code)}", code)
        self.model = RatingsGridModel(self._commit, self)
        self.model.errorRaised.connect(self._error)
        self.view = RatingsTable()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RatingsGridModel.COL_RATING, RatingDelegate(self.view))
        # A click only selects: typing 1-4 then rates, as with the keyboard; the list opens
        # with a double click or F2.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 220)
        self.view.setColumnWidth(2, 170)
        self.view.setColumnWidth(3, 90)
        self.status = QLabel()
        self.discipline_button = QPushButton(self.tr("Discipline…"))
        self.discipline_button.setToolTip(self.tr("Discipline of the selected person in this year"))
        self.discipline_button.clicked.connect(lambda: self.edit_discipline())
        self.view.doubleClicked.connect(self._double_clicked)
        self.import_button = QPushButton(self.tr("Import ratings from Excel…"))
        self.import_button.setToolTip(self.tr("People's ratings of a year from a workbook"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.unit_import_button = QPushButton(self.tr("Import unit ratings from Excel…"))
        self.unit_import_button.setToolTip(self.tr("Units' own ratings of a year from a workbook"))
        self.unit_import_button.clicked.connect(lambda: self.import_unit_ratings())
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "ratings", "unit-ratings")
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_picker)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        own_label = QLabel(self.tr("Unit's own &rating:"))
        own_label.setBuddy(self.unit_rating)
        top = QHBoxLayout()
        top.addWidget(unit_label)
        top.addWidget(self.unit_picker, 2)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(own_label)
        top.addWidget(self.unit_rating, 1)
        top.addWidget(self.discipline_button)
        hint = QLabel(
            self.tr(
                "Keys: 1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV, Delete clears; "
                "F2 opens the list. Each entry is saved at once."
            )
        )
        files = QHBoxLayout()
        files.addWidget(self.status, 1)
        for button in (self.import_button, self.unit_import_button, self.template_button):
            files.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(hint)
        layout.addLayout(files)
        self.unit_picker.unitChanged.connect(lambda _u: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.unit_rating.activated.connect(lambda _i: self._commit_unit())

    def reload_units(self) -> None:
        """Reload the internal units of the picker (keeping the chosen one)."""
        keep = self.unit_picker.unit_id()
        internal = [u for u in units.list_units(self._ws, include_inactive=False) if u.internal]
        self.unit_picker.set_units(internal)
        self.unit_picker.set_unit_id(keep, emit=False)

    def refresh(self) -> None:
        """Reload the grid for the chosen unit and year."""
        unit_id = self.unit_picker.unit_id()
        year = self.year_spin.value()
        self.model.set_rows(ratings.grid(self._ws, unit_id, year) if unit_id else [])
        self.unit_rating.blockSignals(True)
        stored = (
            ratings.ratings_of_units(self._ws, [unit_id], year).get(unit_id) if unit_id else None
        )
        self.unit_rating.setCurrentIndex(
            max(0, self.unit_rating.findData(stored.value if stored else None))
        )
        self.unit_rating.blockSignals(False)
        self._count()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, RatingsGridModel.COL_RATING))

    def _count(self) -> None:
        done = sum(1 for r in range(self.model.rowCount()) if self.model.rating(r))
        self.status.setText(
            self.tr("%1 of %2 people rated")
            .replace("%1", str(done))
            .replace("%2", str(self.model.rowCount()))
        )

    def _commit(self, person_id: int, code: str | None) -> bool:
        year = self.year_spin.value()
        if code is None:
            on_worker(self, lambda: ratings.clear_person_rating(self._ws, person_id, year))
            self._count_later()
            return True
        data = PersonRatingInput(person_id, year, Rating(code))
        old = ratings.person_rating(self._ws, person_id, year)
        if old is not None:
            data = PersonRatingInput(
                person_id,
                year,
                Rating(code),
                old.discipline,
                old.discipline_decision,
                old.discipline_from,
                old.discipline_to,
                old.note,
            )
        replace = False
        if old is not None and old.rating is not None and old.rating.value != code:
            name = self._name_of(person_id)
            question = (
                self.tr("%1 already has the rating %2 for %3. Replace it with %4?")
                .replace("%1", name)
                .replace("%2", old.rating.value)
                .replace("%3", str(year))
                .replace("%4", code)
            )
            if not self.confirm_replace(question):
                return False
            replace = True
        try:
            on_worker(self, lambda: ratings.set_person_rating(self._ws, data, replace=replace))
        except ConflictError as exc:  # changed by someone else meanwhile
            if exc.code != "rating_exists" or not self.confirm_replace(error_text(exc)):
                return False
            on_worker(self, lambda: ratings.set_person_rating(self._ws, data, replace=True))
        self._count_later()
        return True

    def _name_of(self, person_id: int) -> str:
        for row in range(self.model.rowCount()):
            if self.model.person_id(row) == person_id:
                return str(self.model.index(row, RatingsGridModel.COL_NAME).data())
        return ""

    def _count_later(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._count)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == RatingsGridModel.COL_DISCIPLINE:
            self.edit_discipline(index.row())

    def edit_discipline(self, row: int | None = None, *, dialog_hook: Any = None) -> bool:
        """Open the discipline form for a row (the current one by default)."""
        from desktop.ui.dialogs.discipline_dialog import DisciplineDialog

        row = self.view.currentIndex().row() if row is None else row
        if not 0 <= row < self.model.rowCount():
            return False
        name = str(self.model.index(row, RatingsGridModel.COL_NAME).data())
        dialog = DisciplineDialog(
            self._ws, self.model.person_id(row), self.year_spin.value(), name, self
        )
        if dialog_hook is not None:
            dialog_hook(dialog)
        if dialog.exec() != DisciplineDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.view.setCurrentIndex(self.model.index(row, RatingsGridModel.COL_RATING))
        return True

    def _ask_replace(self, message: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace the rating?"), message)
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: str | None = None) -> bool:
        """Import a ratings spreadsheet: preview, ask before replacing stored ratings, write."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from desktop.domain.errors import ThiDuaError
        from desktop.services import transfer_ratings

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import ratings from Excel"), "", "Excel (*.xlsx)"
            )
            if not path:
                return False
        try:
            preview = transfer_ratings.preview_ratings(self._ws, Path(path))
            clashes = transfer_ratings.replacements(preview)
            if clashes and self.confirm_replace(
                self.tr(
                    "%n row(s) of the file would replace a rating already stored. Replace them?",
                    "",
                    clashes,
                )
            ):
                preview = transfer_ratings.preview_ratings(self._ws, Path(path), replace=True)
        except ThiDuaError as exc:
            self._error(exc)
            return False
        return self._write_preview(preview) is not None

    def import_unit_ratings(self, path: str | None = None) -> bool:
        """Import the units' own ratings: preview, ask before replacing stored ratings, write;
        True when rows were written."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from desktop.domain.errors import ThiDuaError
        from desktop.services import transfer, transfer_ratings

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import unit ratings from Excel"), "", "Excel (*.xlsx)"
            )
            if not path:
                return False
        try:
            preview = transfer_ratings.preview_unit_ratings(self._ws, Path(path))
            replacing = transfer_ratings.preview_unit_ratings(self._ws, Path(path), replace=True)
            clashes = sum(
                1
                for kept, replaced in zip(preview.rows, replacing.rows, strict=True)
                if kept.action == transfer.ERROR and replaced.action == transfer.UPDATE
            )
            if clashes and self.confirm_replace(
                self.tr(
                    "%n row(s) of the file would replace a rating already stored. Replace them?",
                    "",
                    clashes,
                )
            ):
                preview = replacing
        except ThiDuaError as exc:
            self._error(exc)
            return False
        result = self._write_preview(preview)
        return result is not None and result.added + result.updated > 0

    def _write_preview(self, preview: Any) -> Any:
        """Show the preview; once accepted write it, list again and say what was done (the
        import's result; None when cancelled or refused)."""
        from PySide6.QtWidgets import QDialog

        from desktop.ui.dialogs.import_dialog import ImportPreviewDialog, commit_preview

        if ImportPreviewDialog(preview, self).exec() != QDialog.DialogCode.Accepted:
            return None
        result = commit_preview(self, self._ws, preview)
        self.refresh()
        if result is None:
            return None
        self.status.setText(
            self.tr("Imported: %1 added, %2 replaced, %3 rows skipped.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
        )
        return result

    def _commit_unit(self) -> None:
        unit_id = self.unit_picker.unit_id()
        code = self.unit_rating.currentData()
        if unit_id is None or code is None:
            return
        data = UnitRatingInput(unit_id, self.year_spin.value(), Rating(code))
        try:
            on_worker(self, lambda: ratings.set_unit_rating(self._ws, data))
        except ConflictError as exc:
            if exc.code != "rating_exists" or not self.confirm_replace(error_text(exc)):
                self.refresh()
                return
            on_worker(self, lambda: ratings.set_unit_rating(self._ws, data, replace=True))

    def _error(self, exc: BaseException) -> None:
        from desktop.ui.errors import show_error

        show_error(self, exc)
