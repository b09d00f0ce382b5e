"""The "Emulation covenants" page: giao ước thi đua between units or communes, with their
commitments and signatories, and the printed bản giao ước and bản đăng ký thi đua."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.covenants import Covenant, CovenantInput, PartyInput
from desktop.services import blocs, covenants, movements, units
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.pages.list_page import ListPage
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_title import list_detail_layout
from desktop.ui.widgets.unit_picker import UnitPicker

_NAME, _WHERE, _SIGNER, _TITLE = range(4)


def _item(text: str, *, editable: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class CovenantsPage(ListPage):
    """Covenants on the left; the chosen one's form, parties and commitments on the right."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._covenants: list[Covenant] = []
        self._current: Covenant | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.covenant_list = QListWidget()
        self.covenant_list.setObjectName("covenant_list")
        self.covenant_list.setFixedWidth(260)
        self.covenant_list.setWordWrap(True)
        self.new_button, self.delete_button = self.record_buttons(
            self.tr("New"),
            "",  # the chosen covenant is edited in place
            self.tr("Delete"),
        )
        # The form.
        self.title_edit = QLineEdit()
        self.signed_edit = QDateEdit()
        self.signed_edit.setCalendarPopup(True)
        self.signed_edit.setDisplayFormat("dd/MM/yyyy")
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Yên Phong"))
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("e.g. năm 2023"))
        self.bloc_box = QComboBox()
        self.movement_box = QComboBox()
        for box in (self.bloc_box, self.movement_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(20)
        self.preamble_edit = QPlainTextEdit()
        self.preamble_edit.setFixedHeight(64)
        # Parties.
        self.parties = list_table(
            [self.tr("Party"), self.tr("Where"), self.tr("Signatory"), self.tr("Position")],
            "covenant_parties",
            _NAME,
        )
        self.parties.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.parties.setColumnWidth(_WHERE, 80)
        self.parties.setColumnWidth(_SIGNER, 130)
        self.parties.setColumnWidth(_TITLE, 120)
        self.parties.setWordWrap(False)
        self.unit = UnitPicker()
        self.add_unit_button = QPushButton(self.tr("Add unit"))
        self.outside_name = QLineEdit()
        self.outside_name.setPlaceholderText(self.tr("Commune or agency outside the unit list"))
        self.add_outside_button = QPushButton(self.tr("Add outside party"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        # Commitments: one a row, numbered as printed.
        self.commitments = QTableWidget(0, 1)
        self.commitments.setObjectName("covenant_commitments")
        self.commitments.setHorizontalHeaderLabels([self.tr("Commitment")])
        self.commitments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.commitments.setWordWrap(True)
        self.commitments.itemChanged.connect(lambda _i: self.commitments.resizeRowsToContents())
        self.add_commitment_button = QPushButton(self.tr("Add commitment"))
        self.remove_commitment_button = QPushButton(self.tr("Remove commitment"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print covenant…"))
        self.register_button = QPushButton(self.tr("Print registration forms…"))
        self.register_button.setToolTip(
            self.tr("The bản đăng ký thi đua of the selected party, or of every party")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.needs_record(self.print_button, self.register_button)
        self._build()
        self.show_records(self.covenant_list)
        self.standard_keys(add_in=self.covenant_list)
        self.add_unit_button.clicked.connect(lambda: self.add_unit())
        self.add_outside_button.clicked.connect(lambda: self.add_outside())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(lambda: self.remove_party())
        self.add_commitment_button.clicked.connect(lambda: self.add_commitment())
        self.remove_commitment_button.clicked.connect(lambda: self.remove_commitment())
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_papers(covenant=True))
        self.register_button.clicked.connect(lambda: self.print_papers(covenant=False))
        self.refresh()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.covenant_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        when = QHBoxLayout()
        when.addWidget(self.signed_edit)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.place_edit, 1)
        when.addWidget(QLabel(self.tr("Period")))
        when.addWidget(self.period_edit, 1)
        form.addRow(self.tr("Signed on"), when)
        within = QHBoxLayout()
        within.addWidget(self.bloc_box, 1)
        within.addWidget(QLabel(self.tr("Movement")))
        within.addWidget(self.movement_box, 1)
        form.addRow(self.tr("Khối"), within)
        form.addRow(self.tr("Opening"), self.preamble_edit)
        parties = QGroupBox(self.tr("Parties and signatories (signing order)"))
        pl = QVBoxLayout(parties)
        pl.addWidget(self.parties, 1)
        add = QHBoxLayout()
        add.addWidget(self.unit, 1)
        add.addWidget(self.add_unit_button)
        pl.addLayout(add)
        add = QHBoxLayout()
        add.addWidget(self.outside_name, 1)
        add.addWidget(self.add_outside_button)
        pl.addLayout(add)
        bar = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        pl.addLayout(bar)
        commit = QGroupBox(self.tr("Commitments (printed in this order)"))
        cl = QVBoxLayout(commit)
        cl.addWidget(self.commitments, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.add_commitment_button)
        bar.addWidget(self.remove_commitment_button)
        bar.addStretch(1)
        cl.addLayout(bar)
        middle = QHBoxLayout()
        middle.addWidget(parties, 3)
        middle.addWidget(commit, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for b in (self.print_button, self.register_button, self.save_button):
            actions.addWidget(b)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(middle, 1)
        right.addLayout(actions)
        list_detail_layout(
            self,
            self.tr("Emulation covenants"),
            self.tr(
                "A giao ước thi đua binds units or communes to common commitments; each party "
                "signs the covenant and files its own registration form."
            ),
            left,
            right,
        )

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh(self._current.id if self._current else None)

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Fill the list and the choices (khối, movements, units), keeping the selection."""
        self.unit.set_units(units.list_units(self._ws))
        for box, items in (
            (self.bloc_box, [(b.id, b.label) for b in blocs.list_blocs(self._ws)]),
            (self.movement_box, [(m.id, m.name) for m in movements.list_movements(self._ws)]),
        ):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for key, text in items:
                box.addItem(text, key)
        self._covenants = covenants.list_covenants(self._ws)
        self.fill_list(
            self.covenant_list,
            [(c.id, f"{c.signed_on:%d/%m/%Y} — {c.title}") for c in self._covenants],
            select,
        )
        self.show_covenant()

    def covenant(self) -> Covenant | None:
        """The chosen covenant (None for a new one not saved yet)."""
        row = self.covenant_list.currentRow()
        return self._covenants[row] if 0 <= row < len(self._covenants) else None

    def show_covenant(self) -> None:
        """Fill the form from the chosen covenant (an empty form when there is none)."""
        c = self.covenant()
        self._current = c
        super().selection_changed()
        self.title_edit.setText(c.title if c else "")
        day = c.signed_on if c else date.today()
        self.signed_edit.setDate(QDate(day.year, day.month, day.day))
        self.place_edit.setText(c.place if c else "")
        self.period_edit.setText(c.period if c else f"năm {day.year}")
        self.bloc_box.setCurrentIndex(max(0, self.bloc_box.findData(c.bloc_id if c else None)))
        self.movement_box.setCurrentIndex(
            max(0, self.movement_box.findData(c.movement_id if c else None))
        )
        self.preamble_edit.setPlainText(c.preamble if c else "")
        self.parties.setRowCount(0)
        for p in c.parties if c else ():
            self._add_row(p.input(), p.name)
        self.set_commitments(c.commitments if c else ())
        self.status.setText(
            self.tr("%1 parties, %2 commitments")
            .replace("%1", str(len(c.parties)))
            .replace("%2", str(len(c.commitments)))
            if c
            else self.tr("A new covenant: fill it in and save.")
        )

    def selection_changed(self) -> None:
        self.show_covenant()

    def add_record(self) -> int | None:
        self.new_covenant()
        return None

    def open_record(self) -> None:
        """Enter on a covenant: to its form."""
        self.title_edit.setFocus()

    def new_covenant(self) -> None:
        """Clear the form for a new covenant."""
        self.covenant_list.clearSelection()
        self.covenant_list.setCurrentRow(-1)
        self.show_covenant()
        self.title_edit.setFocus()

    def delete_question(self, record_id: int) -> tuple[str, str]:
        title = next((c.title for c in self._covenants if c.id == record_id), "")
        return (
            self.tr("Delete"),
            self.tr("Delete the covenant “%1” with its parties and commitments?").replace(
                "%1", title
            ),
        )

    def delete_record(self, record_id: int) -> None:
        covenants.delete(self._ws, record_id)

    # -- parties -------------------------------------------------------------------------

    def _add_row(self, party: PartyInput, name: str) -> None:
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        where = self.tr("Unit list") if party.unit_id is not None else self.tr("Outside")
        first = _item(name, data=party.unit_id)
        first.setToolTip(name)
        self.parties.setItem(row, _NAME, first)
        self.parties.setItem(row, _WHERE, _item(where))
        self.parties.setItem(row, _SIGNER, _item(party.signatory, editable=True))
        self.parties.setItem(row, _TITLE, _item(party.signatory_title, editable=True))

    def add_unit(self) -> None:
        """Add the unit chosen in the picker as a party."""
        unit_id = self.unit.unit_id()
        if unit_id is not None:
            self._add_row(PartyInput(unit_id), self.unit.currentText().strip())

    def add_outside(self) -> None:
        """Add the commune or agency typed in the box as a party."""
        name = self.outside_name.text().strip()
        if name:
            self._add_row(PartyInput(None, name), name)
            self.outside_name.clear()

    def move_selected(self, step: int) -> None:
        """Move the selected party up or down the signing order."""
        row = self.parties.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.parties.rowCount():
            return
        for col in range(self.parties.columnCount()):
            a, b = self.parties.takeItem(row, col), self.parties.takeItem(other, col)
            self.parties.setItem(row, col, b)
            self.parties.setItem(other, col, a)
        self.parties.selectRow(other)

    def remove_party(self) -> None:
        """Drop the selected party (saved with "Save")."""
        row = self.parties.currentRow()
        if row >= 0:
            self.parties.removeRow(row)

    def entered_parties(self) -> tuple[PartyInput, ...]:
        """The parties as listed in the table."""
        out = []
        for row in range(self.parties.rowCount()):
            name_item = self.parties.item(row, _NAME)
            signer = self.parties.item(row, _SIGNER)
            title = self.parties.item(row, _TITLE)
            if name_item is None or signer is None or title is None:
                continue  # every row is made with its three items (_add_row)
            unit_id = name_item.data(Qt.ItemDataRole.UserRole)
            out.append(
                PartyInput(
                    unit_id,
                    "" if unit_id is not None else name_item.text(),
                    signer.text(),
                    title.text(),
                )
            )
        return tuple(out)

    # -- commitments ---------------------------------------------------------------------

    def set_commitments(self, texts: tuple[str, ...]) -> None:
        """Show these commitments, one a row."""
        self.commitments.setRowCount(0)
        for text in texts:
            self.add_commitment(text)

    def add_commitment(self, text: str = "") -> None:
        """A new commitment row (saved with "Save"); an empty one is opened for typing."""
        row = self.commitments.rowCount()
        self.commitments.insertRow(row)
        item = QTableWidgetItem(text)
        self.commitments.setItem(row, 0, item)
        if not text:
            self.commitments.setCurrentCell(row, 0)
            self.commitments.editItem(item)

    def remove_commitment(self) -> None:
        """Drop the selected commitment (saved with "Save")."""
        row = self.commitments.currentRow()
        if row >= 0:
            self.commitments.removeRow(row)

    def entered_commitments(self) -> tuple[str, ...]:
        """The commitments as typed, in order."""
        rows = range(self.commitments.rowCount())
        return tuple(
            item.text() for item in (self.commitments.item(r, 0) for r in rows) if item is not None
        )

    # -- saving and printing -------------------------------------------------------------

    def entered(self) -> CovenantInput:
        """The covenant as entered in the form."""
        d = self.signed_edit.date()
        return CovenantInput(
            self.title_edit.text(),
            date(d.year(), d.month(), d.day()),
            self.place_edit.text(),
            self.period_edit.text(),
            self.bloc_box.currentData(),
            self.movement_box.currentData(),
            self.preamble_edit.toPlainText(),
            self.entered_parties(),
            self.entered_commitments(),
        )

    def save(self) -> int | None:
        """Store the covenant as entered; its id (None after a message when refused)."""
        current = self._current.id if self._current else None
        try:
            entered = self.entered()
            saved = on_worker(self, lambda: covenants.save(self._ws, entered, current))
        except Exception as exc:
            show_error(self, exc)
            return None
        self.refresh(saved)
        return saved

    def print_papers(self, *, covenant: bool, target: str | None = None) -> Path | None:
        """Write the covenant (or the registration forms of the selected party, else of every
        party) as PDF, or Word when the name ends in .docx, and open it."""
        c = self._current
        if c is None:
            return None
        row = self.parties.currentRow()
        regs = [] if covenant else [c.parties[row].id] if 0 <= row < len(c.parties) else None
        if regs is None:
            regs = [p.id for p in c.parties]
        if target is None:
            name = "giao-uoc-thi-dua.pdf" if covenant else "dang-ky-thi-dua.pdf"
            word = self.tr("Word files (*.docx)")
            target, kind = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), name, self.tr("PDF files (*.pdf)") + ";;" + word
            )
            if not target:
                return None
            if kind == word and not target.lower().endswith(".docx"):
                target += ".docx"
        try:
            covenants.write(self._ws, c.id, target, covenant=covenant, registrations=regs)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.open_url(QUrl.fromLocalFile(str(target)))
        return Path(target)
