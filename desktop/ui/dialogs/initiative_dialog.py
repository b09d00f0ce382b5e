"""The initiative form: title, kind, authors with shares, unit, movement, recognition."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import (
    FIRST_YEAR,
    AuthorShare,
    Initiative,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
    equal_shares,
    parse_date_text,
)
from desktop.services import initiatives, people, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog, run_form
from desktop.ui.dialogs.form_errors import validation_text
from desktop.ui.widgets.initiative_labels import kind_label, scope_label, status_label
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import UnitPicker

MAX_RESULTS = 30
COL_NAME, COL_UNIT, COL_SHARE = range(3)


def initiative_error_text(exc: ValidationError) -> str:
    """The translated text for an initiative validation error."""
    texts = {
        ("title", "required"): QCoreApplication.translate("InitiativeDialog", "Enter the title."),
        ("title", "too_long"): QCoreApplication.translate(
            "InitiativeDialog", "The title is longer than 500 characters."
        ),
        ("year", "year_range"): QCoreApplication.translate(
            "InitiativeDialog", "The year is out of range."
        ),
        ("authors", "author_or_unit"): QCoreApplication.translate(
            "InitiativeDialog", "Add at least one author, or choose a unit."
        ),
        ("authors", "duplicate_author"): QCoreApplication.translate(
            "InitiativeDialog", "The same person is listed twice."
        ),
        ("shares", "single_share"): QCoreApplication.translate(
            "InitiativeDialog", "A single author has a share of 100%."
        ),
        ("shares", "share_missing"): QCoreApplication.translate(
            "InitiativeDialog", "With several authors, give each one's share in percent."
        ),
        ("shares", "share_range"): QCoreApplication.translate(
            "InitiativeDialog", "Each share must be above 0 and at most 100%."
        ),
        ("shares", "shares_total"): QCoreApplication.translate(
            "InitiativeDialog", "The shares of the authors must add up to 100%."
        ),
        ("benefit_value", "negative"): QCoreApplication.translate(
            "InitiativeDialog", "The benefit value cannot be negative."
        ),
        ("benefit_value", "number"): QCoreApplication.translate(
            "InitiativeDialog", "Write the benefit value in whole đồng, digits only."
        ),
        ("decision_number", "required_when_recognised"): QCoreApplication.translate(
            "InitiativeDialog",
            "A recognised initiative needs the number of the recognition decision.",
        ),
        ("decision_date", "before_year"): QCoreApplication.translate(
            "InitiativeDialog", "The recognition date cannot be before the year of the initiative."
        ),
        ("decision_date", "date_future"): QCoreApplication.translate(
            "InitiativeDialog", "The recognition date cannot be after today."
        ),
        ("decision_date", "date_format"): QCoreApplication.translate(
            "InitiativeDialog", "Not a date: write dd/mm/yyyy."
        ),
        ("decision_date", "date_invalid"): QCoreApplication.translate(
            "InitiativeDialog", "This date does not exist in the calendar."
        ),
    }
    return texts.get((exc.field, exc.code)) or validation_text(exc)


class InitiativeDialog(FormDialog):
    """The initiative form. `ask()` shows it and returns the saved id (None when cancelled)."""

    field_aliases: ClassVar[dict[str, str]] = {"shares": "authors"}
    validation_words = staticmethod(initiative_error_text)

    def __init__(
        self,
        ws: Workspace,
        initiative_id: int | None = None,
        parent: QWidget | None = None,
        *,
        unit_id: int | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._initiative_id = initiative_id
        self._errors = self.errors
        self._build_ui()
        self.main.addWidget(self.error_label)
        self.main.addWidget(self.buttons)
        self.unit.set_units(units.list_units(ws, include_inactive=False))
        for mid, name in initiatives.movement_choices(ws):
            self.movement.addItem(name, mid)
        if initiative_id is not None:
            self.setWindowTitle(self.tr("Edit initiative"))
            self._load(initiatives.get(ws, initiative_id))
        else:
            self.setWindowTitle(self.tr("Add initiative"))
            self.unit.set_unit_id(unit_id)
        self._status_changed()
        self.title.setFocus()

    # --- layout ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setMinimumWidth(960)
        self.title = QLineEdit()
        self.title.setMaxLength(500)
        self.kind = QComboBox()
        for k in InitiativeKind:
            self.kind.addItem(kind_label(k), k.value)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.field_edit = QLineEdit()
        self.unit = UnitPicker(none_text=self.tr("(no unit)"))
        self.movement = QComboBox()
        self.movement.addItem(self.tr("(none)"), None)

        main = QFormLayout()
        main.addRow(self.tr("&Title:"), self._errors.wrap("title", self.title))
        main.addRow(self.tr("&Kind:"), self.kind)
        main.addRow(self.tr("&Year:"), self._errors.wrap("year", self.year))
        main.addRow(self.tr("&Unit:"), self._errors.wrap("unit_id", self.unit))
        main.addRow(self.tr("&Field:"), self.field_edit)
        main.addRow(self.tr("&Movement:"), self._errors.wrap("movement_id", self.movement))

        # Authors: a search over people, and the chosen authors with their shares.
        self.person_search = SearchBox(placeholder=self.tr("Find a person to add as author…"))
        self.person_search.searchChanged.connect(self._find_people)
        self.person_results = QListWidget()
        self.person_results.setMaximumHeight(90)
        self.person_results.itemActivated.connect(lambda _i: self.add_selected_person())
        self.add_author_button = QPushButton(self.tr("Add author"))
        self.add_author_button.clicked.connect(self.add_selected_person)
        self.authors = QTableWidget(0, 3)
        self.authors.setHorizontalHeaderLabels(
            [self.tr("Author"), self.tr("Unit"), self.tr("Share (%)")]
        )
        self.authors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.authors.verticalHeader().setVisible(False)
        self.authors.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.authors.setMaximumHeight(130)
        self.remove_author_button = QPushButton(self.tr("Remove author"))
        self.remove_author_button.clicked.connect(self.remove_selected_author)
        self.equal_button = QPushButton(self.tr("Equal shares"))
        self.equal_button.clicked.connect(self.set_equal_shares)
        find_row = QHBoxLayout()
        find_row.addWidget(self.person_search, 1)
        find_row.addWidget(self.add_author_button)
        author_buttons = QHBoxLayout()
        author_buttons.addWidget(self.remove_author_button)
        author_buttons.addWidget(self.equal_button)
        author_buttons.addStretch(1)
        author_box = QGroupBox(self.tr("Authors"))
        author_lay = QVBoxLayout(author_box)
        author_lay.addLayout(find_row)
        author_lay.addWidget(self.person_results)
        author_lay.addWidget(self._errors.wrap("authors", self.authors))
        author_lay.addLayout(author_buttons)

        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(110)
        self.benefit = QPlainTextEdit()
        self.benefit.setMaximumHeight(80)
        self.benefit_value = QLineEdit()
        self.benefit_value.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 .]{0,20}"))
        )
        self.benefit_value.setPlaceholderText(self.tr("whole đồng, optional"))
        content = QFormLayout()
        content.addRow(self.tr("Su&mmary:"), self.summary)
        content.addRow(self.tr("&Benefit:"), self.benefit)
        content.addRow(
            self.tr("Benefit &value (đồng):"),
            self._errors.wrap("benefit_value", self.benefit_value),
        )

        self.status = QComboBox()
        for s in RecognitionStatus:
            self.status.addItem(status_label(s), s.value)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.body = QLineEdit()
        self.decision_number = QLineEdit()
        self.decision_number.setMaxLength(60)
        self.decision_date = QLineEdit()
        self.decision_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("(not set)"), None)
        for sc in Scope:
            self.scope.addItem(scope_label(sc), sc.value)
        recognition = QGroupBox(self.tr("Recognition"))
        rec = QFormLayout(recognition)
        rec.addRow(self.tr("&Status:"), self.status)
        rec.addRow(self.tr("Recognising &body:"), self.body)
        rec.addRow(
            self.tr("Decision &number:"), self._errors.wrap("decision_number", self.decision_number)
        )
        rec.addRow(
            self.tr("Decision &date:"), self._errors.wrap("decision_date", self.decision_date)
        )
        rec.addRow(self.tr("S&cope of effect:"), self.scope)

        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(main)
        left.addWidget(author_box)
        right = QVBoxLayout()
        right.addLayout(content)
        right.addWidget(recognition)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.main.addLayout(columns)

    # --- authors -----------------------------------------------------------------------------

    def _find_people(self, text: str) -> None:
        self.person_results.clear()
        if not text.strip():
            return
        ids = people.query_ids(self._ws, people.make_query(text))[:MAX_RESULTS]
        rows = people.table_rows(self._ws, ids)
        for pid in ids:
            row = rows.get(pid)
            if row is None:
                continue
            name, unit = row.full_name, row.unit_name
            item = QListWidgetItem(f"{name} — {unit}")
            item.setData(Qt.ItemDataRole.UserRole, (pid, name, unit))
            self.person_results.addItem(item)
        if self.person_results.count():
            self.person_results.setCurrentRow(0)

    def add_selected_person(self) -> None:
        """Add the person chosen in the search results as an author."""
        item = self.person_results.currentItem()
        if item is None:
            return
        pid, name, unit = item.data(Qt.ItemDataRole.UserRole)
        self.add_author(pid, name, unit)
        self.person_search.clear()

    def add_author(self, person_id: int, name: str, unit: str, share: float | None = None) -> None:
        """Append an author (ignored when already listed); shares are split equally."""
        if person_id in self.author_ids():
            return
        row = self.authors.rowCount()
        self.authors.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.authors.setItem(row, COL_NAME, name_item)
        self.authors.setItem(row, COL_UNIT, QTableWidgetItem(unit))
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSuffix(" %")
        self.authors.setCellWidget(row, COL_SHARE, spin)
        if share is None:
            self.set_equal_shares()
        else:
            spin.setValue(share)

    def remove_selected_author(self) -> None:
        """Remove the selected author; the shares of the others are split equally again."""
        row = self.authors.currentRow()
        if row >= 0:
            self.authors.removeRow(row)
            self.set_equal_shares()

    def set_equal_shares(self) -> None:
        """Give every author the same share (adding up to exactly 100)."""
        shares = equal_shares(self.authors.rowCount())
        for row, share in enumerate(shares):
            self.share_spin(row).setValue(share)

    def share_spin(self, row: int) -> QDoubleSpinBox:
        """The share editor of an author row."""
        widget = self.authors.cellWidget(row, COL_SHARE)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def author_ids(self) -> list[int]:
        """Person ids of the listed authors, in order."""
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for r in range(self.authors.rowCount())
            if (item := self.authors.item(r, COL_NAME)) is not None
        ]

    # --- values ------------------------------------------------------------------------------

    def _status_changed(self) -> None:
        recognised = self.status.currentData() == RecognitionStatus.RECOGNISED.value
        self.decision_number.setPlaceholderText(
            self.tr("required when recognised") if recognised else ""
        )

    def _load(self, item: Initiative) -> None:
        d = item.data
        self.title.setText(d.title)
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self.year.setValue(d.year)
        self.field_edit.setText(d.field)
        self.unit.set_unit_id(d.unit_id)
        if d.movement_id is not None:
            self.movement.setCurrentIndex(max(0, self.movement.findData(d.movement_id)))
        for a in item.authors:
            self.add_author(a.person_id, a.full_name, a.unit_name, a.share or 100.0)
        self.summary.setPlainText(d.summary)
        self.benefit.setPlainText(d.benefit)
        self.benefit_value.setText("" if d.benefit_value is None else str(d.benefit_value))
        self.status.setCurrentIndex(self.status.findData(d.status.value))
        self.body.setText(d.recognising_body)
        self.decision_number.setText(d.decision_number)
        self.decision_date.setText(d.decision_date.strftime("%d/%m/%Y") if d.decision_date else "")
        self.scope.setCurrentIndex(max(0, self.scope.findData(d.scope.value if d.scope else None)))

    def _benefit_value(self) -> int | None:
        text = self.benefit_value.text().replace(" ", "").replace(".", "")
        if not text:
            return None
        if not text.isascii() or not text.isdigit():
            raise ValidationError("benefit_value", "number", "Giá trị làm lợi phải là số.")
        return int(text)

    def values(self) -> InitiativeInput:
        """The form as input (not yet validated); ValidationError for an unreadable field."""
        ids = self.author_ids()
        several = len(ids) > 1
        authors = tuple(
            AuthorShare(pid, self.share_spin(r).value() if several else None)
            for r, pid in enumerate(ids)
        )
        movement = self.movement.currentData()
        scope = self.scope.currentData()
        return InitiativeInput(
            title=self.title.text(),
            year=self.year.value(),
            kind=InitiativeKind(self.kind.currentData()),
            authors=authors,
            unit_id=self.unit.unit_id(),
            movement_id=int(movement) if movement is not None else None,
            field=self.field_edit.text(),
            summary=self.summary.toPlainText(),
            benefit=self.benefit.toPlainText(),
            benefit_value=self._benefit_value(),
            status=RecognitionStatus(self.status.currentData()),
            recognising_body=self.body.text(),
            decision_number=self.decision_number.text(),
            decision_date=parse_date_text(self.decision_date.text()),
            scope=Scope(scope) if scope else None,
        )

    # --- saving ------------------------------------------------------------------------------

    def write(self, values: object) -> int:
        assert isinstance(values, InitiativeInput)
        return initiatives.save(self._ws, values.validated(), self._initiative_id)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ws: Workspace,
        initiative_id: int | None = None,
        *,
        unit_id: int | None = None,
    ) -> int | None:
        """Show the form; return the saved initiative's id, or None when cancelled."""
        return run_form(cls(ws, initiative_id, parent, unit_id=unit_id))
