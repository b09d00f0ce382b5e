"""The movement form's quota tab: how many subjects may be proposed for each award."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.awards import SubjectKind
from desktop.domain.errors import ValidationError
from desktop.domain.quotas import QuotaInput
from desktop.services import catalog
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_fields import (
    cell_text,
    fmt_number,
    make_table,
    parse_number,
    with_buttons,
)

AWARD, SUBJECT, MODE, VALUE = range(4)


class QuotaTab(QWidget):
    """A table of quotas: award, individuals or collectives, percent or count, value."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Quotas count registered people or units; household titles are not capped this way.
        self._awards = [
            (a.code, a.name, a.subject)
            for a in catalog.load(ws).awards
            if a.subject != SubjectKind.HOUSEHOLD
        ]
        self._rows: list[int] = []
        self.table: QTableWidget = make_table(
            [self.tr("Award"), self.tr("For"), self.tr("Limit as"), self.tr("Value")]
        )
        header = self.table.horizontalHeader()
        for col in (SUBJECT, MODE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "A percent is taken of the people or units registered in the movement; "
                "a batch over its quota needs a written reason before it is submitted."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(with_buttons(self.table, add=lambda: self.add_row(None)))

    def add_row(self, quota: QuotaInput | None) -> int:
        """Append a row showing `quota` (or an empty one); returns its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        award = QComboBox()
        for code, name, _subject in self._awards:
            award.addItem(name, code)
        subject = QComboBox()
        subject.addItem(self.tr("Individuals"), "person")
        subject.addItem(self.tr("Collectives"), "unit")
        mode = QComboBox()
        mode.addItem(self.tr("Percent of participants"), "percent")
        mode.addItem(self.tr("Number"), "count")
        award.currentIndexChanged.connect(lambda _i, a=award, s=subject: self._follow_award(a, s))
        self.table.setCellWidget(row, AWARD, award)
        self.table.setCellWidget(row, SUBJECT, subject)
        self.table.setCellWidget(row, MODE, mode)
        if quota is None:
            self._follow_award(award, subject)
            self.table.setItem(row, VALUE, QTableWidgetItem(""))
        else:
            award.setCurrentIndex(max(award.findData(quota.award_code), 0))
            subject.setCurrentIndex(max(subject.findData(quota.subject), 0))
            mode.setCurrentIndex(1 if quota.count is not None else 0)
            value = quota.count if quota.count is not None else quota.percent
            self.table.setItem(row, VALUE, QTableWidgetItem(fmt_number(value)))
        self.table.setCurrentCell(row, VALUE)
        return row

    def _follow_award(self, award: QComboBox, subject: QComboBox) -> None:
        """Pick the subject kind the chosen award is for."""
        for code, _name, kind in self._awards:
            if code == award.currentData():
                subject.setCurrentIndex(0 if kind == SubjectKind.PERSON else 1)

    def set_quotas(self, quotas: list[QuotaInput]) -> None:
        """Replace the rows."""
        self.table.setRowCount(0)
        for q in quotas:
            self.add_row(q)

    def quotas(self) -> list[QuotaInput]:
        """The rows as quotas; ValidationError (field `quotas[i]…`, i the table row) for a value
        that is missing or not valid."""
        out = []
        self._rows = []  # the table row of each quota returned (a service error names the index)
        for r in range(self.table.rowCount()):
            text = cell_text(self.table, r, VALUE).strip()
            field = f"quotas[{r}]"
            if not text:
                raise ValidationError(
                    f"{field}.value", "value_required", "Ghi giá trị chỉ tiêu, hoặc xóa dòng."
                )
            value = parse_number(text, f"{field}.value")
            if value is not None and not math.isfinite(value):  # "inf", "nan" parse as floats
                raise ValidationError(f"{field}.value", "not_number", f"“{text}” không phải là số.")
            combo = self._combo(r, MODE)
            if combo.currentData() == "count":
                if value is None or value != int(value):
                    raise ValidationError(
                        f"{field}.count", "not_whole", "Số lượng phải là số nguyên."
                    )
                percent, count = None, int(value)
            else:
                percent, count = value, None
            out.append(
                QuotaInput(
                    self._combo(r, AWARD).currentData(),
                    self._combo(r, SUBJECT).currentData(),
                    percent,
                    count,
                )
            )
            self._rows.append(r)
        return out

    def focus_field(self, field: str) -> None:
        """Focus the cell a quota error names (`quotas[i].value`: every row is given to the
        service in order, so i is the table row)."""
        index = field.split("]")[0].removeprefix("quotas[")
        if not index.isdigit() or int(index) >= self.table.rowCount():
            return
        row = int(index)
        column = AWARD if field.endswith("award_code") else VALUE
        self.table.setCurrentCell(row, column)
        widget = self.table.cellWidget(row, column)
        (widget or self.table).setFocus()

    def _combo(self, row: int, col: int) -> QComboBox:
        widget = self.table.cellWidget(row, col)
        assert isinstance(widget, QComboBox)
        return widget

    def error_text(self, exc: ValidationError) -> str:
        """A quota validation error in the UI language, with the row it is in."""
        texts = {
            "percent_range": self.tr("A percent must be above 0 and at most 100."),
            "negative": self.tr("A number of awards cannot be negative."),
            "not_whole": self.tr("A number of awards must be a whole number."),
            "not_number": self.tr("Enter a number."),
            "value_required": self.tr("Enter the quota's value, or remove the row."),
            "count_too_large": self.tr("A number of awards cannot be above 100,000."),
            "quota_duplicate": self.tr("An award has one quota per kind of subject."),
        }
        index = exc.field.split("]")[0].removeprefix("quotas[")
        row = int(index) if index.isdigit() else None
        if (
            row is not None
            and exc.code not in ("not_number", "not_whole", "value_required")
            and row < len(self._rows)
        ):
            row = self._rows[row]  # the service counts the quotas given, not the table's rows
        prefix = self.tr("Quota row %1: ").replace("%1", str(row + 1)) if row is not None else ""
        from desktop.ui.messages import error_text

        return prefix + (texts.get(exc.code) or error_text(exc))
