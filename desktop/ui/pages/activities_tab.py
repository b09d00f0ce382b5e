"""The propaganda and inspection tab of a movement: the log of tin bài, chuyên mục, đoàn kiểm
tra, giám sát… with the files kept with each line, and its spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import Activity, ActivityInput, ActivityKind
from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import format_size
from desktop.services import activities
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_fields import movement_error_text
from desktop.ui.dialogs.participation_dialogs import MovementForm, date_field
from desktop.ui.pages.movement_tabs import MovementTab
from desktop.ui.tasks import on_worker

_ID = Qt.ItemDataRole.UserRole


def _cell(text: str, key: int | None = None, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)  # long contents are cut in the cell
    if key is not None:
        item.setData(_ID, key)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def kind_label(kind: ActivityKind) -> str:
    """The shown name of a kind of activity."""
    labels = {
        ActivityKind.TIN_BAI: QCoreApplication.translate("ActivitiesTab", "News item, article"),
        ActivityKind.CHUYEN_MUC: QCoreApplication.translate(
            "ActivitiesTab", "Column, special page"
        ),
        ActivityKind.HOI_NGHI: QCoreApplication.translate("ActivitiesTab", "Conference, talk"),
        ActivityKind.TRUC_QUAN: QCoreApplication.translate("ActivitiesTab", "Posters, banners"),
        ActivityKind.KIEM_TRA: QCoreApplication.translate("ActivitiesTab", "Inspection team"),
        ActivityKind.GIAM_SAT: QCoreApplication.translate("ActivitiesTab", "Supervision"),
        ActivityKind.KHAC: QCoreApplication.translate("ActivitiesTab", "Other activity"),
    }
    return labels[kind]


class ActivityLogDialog(MovementForm):
    """Add or correct one activity of the log."""

    def __init__(
        self,
        ws: Workspace,
        movement_id: int,
        activity: Activity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._movement_id = movement_id
        self._activity_id = activity.id if activity else None
        self.setWindowTitle(self.tr("Propaganda or inspection activity"))
        self.kind = QComboBox()
        for k in ActivityKind:
            self.kind.addItem(kind_label(k), k.value)
        data = activity.data if activity else None
        self.date_edit = date_field(data.done_on if data else None)
        self.actor = QLineEdit(data.actor if data else "")
        self.actor.setPlaceholderText(self.tr("unit, team or newspaper"))
        self.content = QPlainTextEdit(data.content if data else "")
        self.content.setFixedHeight(70)
        self.result_edit = QPlainTextEdit(data.result if data else "")
        self.result_edit.setFixedHeight(60)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.quantity.setValue(data.quantity if data else 1)
        if data:
            self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Who:"), self.actor)
        self.add_row("content", self.tr("W&hat:"), self.content)
        self.form.addRow(self.tr("&Result:"), self.result_edit)
        self.add_row("quantity", self.tr("&Quantity:"), self.quantity)
        self.setup()
        self.resize(520, 380)

    @staticmethod
    def validation_words(exc: ValidationError) -> str:
        """A refused field named in the words of this form (the generic wording names none)."""
        if exc.field == "content" and exc.code == "required":
            return QCoreApplication.translate(
                "ActivityLogDialog", "Write what was done (the content of the activity)."
            )
        if exc.field == "quantity" and exc.code == "too_small":
            return QCoreApplication.translate(
                "ActivityLogDialog", "The quantity must be 1 or more."
            )
        return movement_error_text(exc)

    def values(self) -> ActivityInput:
        """The activity as typed."""
        return ActivityInput(
            ActivityKind(str(self.kind.currentData())),
            self.date_edit.date().toPython(),  # type: ignore[arg-type]
            self.content.toPlainText(),
            self.actor.text(),
            self.result_edit.toPlainText(),
            self.quantity.value(),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, ActivityInput)
        self._activity_id = activities.save(self._ws, self._movement_id, values, self._activity_id)
        return self._activity_id


class ActivitiesTab(MovementTab):
    """The log of a movement's propaganda and inspection, with the files of each line."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.rows: list[Activity] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Result"),
                self.tr("Quantity"),
                self.tr("Files"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for c, w in ((0, 80), (1, 150), (2, 150), (4, 150), (5, 70), (6, 45)):
            self.table.setColumnWidth(c, w)
        self.table.itemSelectionChanged.connect(self._show_files)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(lambda: self.import_kind("activities"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "activities")
        self.totals = QLabel()
        self.files = QTableWidget(0, 3)
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().setDefaultSectionSize(22)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(lambda: self.attach())
        self.save_file_button = QPushButton(self.tr("Save a copy…"))
        self.save_file_button.clicked.connect(lambda: self.save_file())
        self.remove_file_button = QPushButton(self.tr("Remove file"))
        self.remove_file_button.clicked.connect(self.remove_file)
        top = self.button_row(self.add_button, self.edit_button, self.remove_button)
        for b in (self.import_button, self.template_button, self.export_button):
            top.addWidget(b)
        file_box = QWidget()
        file_layout = QVBoxLayout(file_box)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(QLabel(self.tr("Files kept with the selected activity:")))
        file_layout.addWidget(self.files)
        file_buttons = QHBoxLayout()
        for b in (self.attach_button, self.save_file_button, self.remove_file_button):
            file_buttons.addWidget(b)
        file_buttons.addStretch()
        file_layout.addLayout(file_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(file_box)
        split.setSizes([300, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)
        layout.addWidget(self.totals)
        self._update_buttons()

    def refresh(self) -> None:
        keep = self.selected_id()
        self.rows = activities.activities(self._ws, self.movement.id) if self.movement else []
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            d = a.data
            cells = (
                _cell(d.done_on.strftime("%d/%m/%Y"), a.id),
                _cell(kind_label(d.kind)),
                _cell(d.actor),
                _cell(d.content),
                _cell(d.result),
                _cell(str(d.quantity), right=True),
                _cell(str(a.files) if a.files else "", right=True),
            )
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
            if a.id == keep:
                self.table.selectRow(r)
        propaganda = sum(a.data.quantity for a in self.rows if a.data.kind.propaganda)
        checks = sum(a.data.quantity for a in self.rows if not a.data.kind.propaganda)
        self.totals.setText(
            self.tr("Propaganda: %1 item(s); inspection and supervision: %2.")
            .replace("%1", str(propaganda))
            .replace("%2", str(checks))
        )
        self._show_files()

    def selected_id(self) -> int | None:
        """The selected activity's id."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(_ID) if item else None

    def _selected_file(self) -> int | None:
        row = self.files.currentRow()
        item = self.files.item(row, 0) if row >= 0 else None
        return item.data(_ID) if item else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(self.movement is not None)
        self.export_button.setEnabled(self.movement is not None)
        for b in (self.edit_button, self.remove_button, self.attach_button):
            b.setEnabled(chosen)
        has_file = chosen and self.files.rowCount() > 0
        self.save_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(has_file)

    def _show_files(self) -> None:
        aid = self.selected_id()
        kept = activities.files(self._ws, aid) if aid is not None else []
        self.files.setRowCount(len(kept))
        for r, f in enumerate(kept):
            self.files.setItem(r, 0, _cell(f.name, f.id))
            self.files.setItem(r, 1, _cell(format_size(f.size), right=True))
            self.files.setItem(r, 2, _cell(f.added_at.strftime("%d/%m/%Y")))
        if kept:
            self.files.selectRow(0)
        self._update_buttons()

    def add(self) -> None:
        """Open the form for a new activity."""
        if self.movement is not None:
            dialog = ActivityLogDialog(self._ws, self.movement.id, None, self)
            if dialog.exec():
                self.refresh()
                self.changed.emit()

    def edit(self) -> None:
        """Correct the selected activity."""
        aid = self.selected_id()
        current = next((a for a in self.rows if a.id == aid), None)
        if (
            self.movement is not None
            and current is not None
            and ActivityLogDialog(self._ws, self.movement.id, current, self).exec()
        ):
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        """Remove the selected activity with its files, after asking."""
        aid = self.selected_id()
        if aid is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove activity"), self.tr("Remove the selected activity and its files?")
        )
        if answer == QMessageBox.StandardButton.Yes and self.run_write(
            lambda: activities.delete(self._ws, [aid])
        ):
            self.refresh()

    def attach(self, path: str | None = None) -> bool:
        """Keep a file with the selected activity (asks for it when no path is given)."""
        aid = self.selected_id()
        if aid is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach file"))
        if not path:
            return False
        try:
            on_worker(self, lambda: activities.add_file(self._ws, aid, path))
        except Exception as exc:
            self.show_error(exc)
            return False
        self.refresh()
        return True

    def save_file(self, target: str | None = None) -> bool:
        """Write the selected kept file to a place the clerk chooses."""
        fid = self._selected_file()
        if fid is None:
            return False
        if target is None:
            item = self.files.item(self.files.currentRow(), 0)
            name = item.text() if item else ""
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)
        if not target:
            return False
        try:
            activities.export_file(self._ws, fid, target)
        except Exception as exc:
            self.show_error(exc)
            return False
        return True

    def remove_file(self) -> None:
        """Remove the selected kept file, after asking."""
        fid = self._selected_file()
        if fid is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove file"), self.tr("Remove the selected file?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            on_worker(self, lambda: activities.remove_file(self._ws, fid))
            self.refresh()

    def export(self) -> None:
        """Save this movement's activities to an Excel file."""
        self.export_movement(
            self.tr("Export activities"), "tuyen-truyen-kiem-tra.xlsx", activities.export_activities
        )
