"""Print the certificates of a decided batch: all granted nominees or a selection, on the
office's blanks (a layout, a printer's calibration) or on plain paper; the register numbers
show once printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.services import certificates
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_errors import validation_text
from desktop.ui.errors import show_error
from desktop.ui.style import mark_error
from desktop.ui.tasks import on_worker


class CertificatePrintDialog(QDialog):
    """Choose whom, how and where; write one PDF with a page per certificate."""

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Print certificates"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Unit"), self.tr("Title or form"), self.tr("Register no.")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.blank = QRadioButton(self.tr("On pre-printed &blanks (the fields only)"))
        self.plain = QRadioButton(self.tr("On &plain paper (the whole design)"))
        self.blank.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.blank)
        group.addButton(self.plain)
        self.layout_choice = QComboBox()
        self.printer = QComboBox()
        self.layouts_button = QPushButton(self.tr("&Layouts and calibration…"))
        self.layouts_button.clicked.connect(self.edit_layouts)
        self.blank.toggled.connect(self._mode_changed)
        self.error = QLabel()
        mark_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.print_button = QPushButton(self.tr("&Print to PDF…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.print_pdf())
        # the same certificates and register numbers as an editable Word file
        self.word_button = QPushButton(self.tr("Save Word copy…"))
        self.word_button.setObjectName("save_word")
        self.word_button.setToolTip(
            self.tr("The same certificates, with the same register numbers, as a Word (.docx) file")
        )
        self.word_button.clicked.connect(lambda: self.save_word())
        # Where the files go (suggested name in, "" when cancelled); tests answer.
        self.ask_save_path: Callable[[str, bool], str] = self._ask_target
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.word_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        form = QFormLayout()
        form.addRow(self.blank)
        form.addRow(self.plain)
        form.addRow(self.tr("Layo&ut:"), self.layout_choice)
        form.addRow(self.tr("P&rinter:"), self.printer)
        form.addRow("", self.layouts_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(ticks)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        """Read the nominees, layouts and printers again."""
        rows = certificates.printable(self._ws, self._batch_id)
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            first = QTableWidgetItem(p.name)
            first.setData(Qt.ItemDataRole.UserRole, p.nominee_id)
            if p.has_certificate:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked)
            else:
                first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                first.setToolTip(self.tr("Awarded above the office: no certificate printed here"))
            self.table.setItem(r, 0, first)
            for c, value in enumerate((p.unit, p.award_name, p.register), start=1):
                self.table.setItem(r, c, QTableWidgetItem(value))
        current = self.layout_choice.currentData()
        self.layout_choice.clear()
        self.layout_choice.addItem(self.tr("(the layout of each award)"), "")
        for layout in certificates.layouts(self._ws):
            self.layout_choice.addItem(layout.name, layout.name)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(current), 0))
        printer = self.printer.currentData()
        self.printer.clear()
        self.printer.addItem(self.tr("(no correction)"), "")
        for name in certificates.printers(self._ws):
            if name:
                self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(self.printer.findData(printer), 0))

    def _tick_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _mode_changed(self) -> None:
        self.layout_choice.setEnabled(self.blank.isChecked())
        self.printer.setEnabled(self.blank.isChecked())

    def chosen(self) -> frozenset[int]:
        """The ticked nominees."""
        out = set()
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(out)

    def edit_layouts(self) -> None:
        """Open the layout editor, then read the layouts again."""
        from desktop.ui.dialogs.certificate_layout import CertificateLayoutDialog

        CertificateLayoutDialog(self._ws, self, printer=self.printer.currentData() or "").exec()
        self.reload()

    def _ask_target(self, suggested: str, word: bool) -> str:
        kinds = self.tr("Word documents (*.docx)") if word else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Print certificates"), suggested, kinds)
        return name

    def print_pdf(self, target: str | None = None) -> None:
        """Write the ticked certificates into one PDF and record them in the register."""
        self._write(target, word=False)

    def save_word(self, target: str | None = None) -> None:
        """Write the ticked certificates as a Word file with the numbers they print with (those
        not numbered yet get theirs in the register, once)."""
        self._write(target, word=True)

    def _write(self, target: str | None, *, word: bool) -> None:
        chosen = self.chosen()
        if not chosen:
            self.error.setText(self.tr("Tick at least one person or collective."))
            self.error.show()
            return
        suffix = ".docx" if word else ".pdf"
        name = target or self.ask_save_path("giay-khen" + suffix, word)
        if not name:
            return
        if not name.lower().endswith(suffix):
            name += suffix
        ws, batch_id, path = self._ws, self._batch_id, Path(name)
        layout, plain = self.layout_choice.currentData() or "", self.plain.isChecked()
        printer = self.printer.currentData() or ""
        try:  # numbers the certificates in the register: a write, on the database worker
            result = on_worker(
                self,
                lambda: certificates.print_batch(
                    ws,
                    batch_id,
                    path,
                    layout_name=layout,
                    plain=plain,
                    nominee_ids=chosen,
                    printer=printer,
                ),
            )
        except ValidationError as exc:
            self.error.setText(validation_text(exc))
            self.error.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.error.hide()
        self.written = result.path
        self.reload()
