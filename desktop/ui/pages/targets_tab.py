"""The targets tab of a movement: the year grid (targets × years and the whole period), planned
or achieved values typed in place, or the achieved share read off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.targets import Measure, TargetSheet, TargetValues, parse_number
from desktop.services import targets
from desktop.services.session import Workspace
from desktop.ui.pages.movement_tabs import MovementTab
from desktop.ui.pages.record_tab import fit_to_width
from desktop.ui.tasks import on_worker

SHARE = "share"
_FIXED = 2  # target and unit columns before the years


def _text(value: float | None) -> str:
    if value is None:
        return ""
    return (
        f"{value:,.2f}".rstrip("0")
        .rstrip(".")
        .replace(",", " ")
        .replace(".", ",")
        .replace(" ", ".")
    )


class TargetsTab(MovementTab):
    """Targets by year and for the whole period, planned and achieved."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.sheet: TargetSheet | None = None
        self._loading = False
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Planned (kế hoạch)"), Measure.PLANNED)
        self.show_combo.addItem(self.tr("Achieved (thực hiện)"), Measure.ACHIEVED)
        self.show_combo.addItem(self.tr("Achieved as % of planned"), SHARE)
        self.show_combo.currentIndexChanged.connect(lambda _i: self._fill())
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_combo)
        self.grid = QTableWidget()
        self.grid.setAlternatingRowColors(True)
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.itemChanged.connect(self._changed)
        # the target and its unit, then the years by their titles: the grid fits its width
        self._fit = fit_to_width(self.grid, (300, 70))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "targets")
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addStretch()
        for b in (self.import_button, self.template_button, self.export_button):
            top.addWidget(b)
        self.hint = QLabel(
            self.tr(
                "Type a value in a year's cell or in the whole period's cell; it is saved at once. "
                "Targets themselves are named in the movement's plan (Edit…)."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(self.hint)

    @property
    def measure(self) -> Measure | str:
        """What the grid shows: a Measure, or SHARE."""
        data = str(self.show_combo.currentData())  # Qt hands the enum back as a plain str
        return Measure(data) if data in {m.value for m in Measure} else SHARE

    def refresh(self) -> None:
        self.sheet = targets.target_sheet(self._ws, self.movement.id) if self.movement else None
        self._fill()

    def columns(self) -> list[int | None]:
        """The year of each value column (None: the whole period)."""
        years: list[int | None] = list(self.sheet.years) if self.sheet else []
        return [*years, None]

    def _fill(self) -> None:
        self._loading = True
        try:
            s = self.sheet
            cols = self.columns() if s else []
            self.grid.clear()
            self.grid.setColumnCount(_FIXED + len(cols))
            self.grid.setHorizontalHeaderLabels(
                [self.tr("Target"), self.tr("Unit")]
                + [str(y) if y is not None else self.tr("Whole period") for y in cols]
            )
            lines = s.lines if s else ()
            self.grid.setRowCount(len(lines))
            measure = self.measure
            for r, line in enumerate(lines):
                for c, text in enumerate((line.description, line.unit_label)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(text)
                    self.grid.setItem(r, c, item)
                for c, year in enumerate(cols, start=_FIXED):
                    values: TargetValues = line.period if year is None else line.year(year)
                    if measure == SHARE:
                        share = values.percent
                        item = QTableWidgetItem("" if share is None else f"{_text(share)} %")
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    else:
                        item = QTableWidgetItem(_text(values.get(Measure(measure))))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    item.setData(Qt.ItemDataRole.UserRole, line.target_id)
                    self.grid.setItem(r, c, item)
            self._fit()
        finally:
            self._loading = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.sheet is None or item.column() < _FIXED:
            return
        measure = self.measure
        if not isinstance(measure, Measure):
            return
        year = self.columns()[item.column() - _FIXED]
        try:
            value = parse_number(item.text())
            target = item.data(Qt.ItemDataRole.UserRole)
            on_worker(self, lambda: targets.set_value(self._ws, target, year, measure, value))
        except ThiDuaError as exc:
            self.show_error(exc)
        self.refresh()
        self.changed.emit()

    def import_file(self) -> None:
        """Import targets (rows name their movement and target) through the import preview."""
        self.import_kind("targets")

    def export(self) -> None:
        """Save this movement's targets by year to an Excel file."""
        self.export_movement(
            self.tr("Export targets"), "chi-tieu-phong-trao.xlsx", targets.export_targets
        )
