"""Dossiers and reports: the year at a glance (key figures, charts) and the periodic report
editor (kind, period, scope, written parts, PDF preview, Excel)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.progress import Progress
from desktop.domain.report_data import ReportData
from desktop.domain.reports import Period, ReportInput, ReportKind, WrittenParts, parse_period
from desktop.services import reports
from desktop.services.report_tables import num
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.models.report_table import ReportTableModel, cell_text
from desktop.ui.tasks import Task, on_worker, run_with_progress, say_cancelled
from desktop.ui.widgets.bar_chart import BarChart
from desktop.ui.widgets.due_list import DueList
from desktop.ui.widgets.issued_documents import IssuedDocuments
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.pdf_preview import PdfPreview

PART_NAMES = ("direction", "strengths", "weaknesses", "lessons", "tasks")


class DocumentsPage(QWidget):
    """The dashboard of a year and the periodic report."""

    data_changed = Signal()  # a deadline was added or marked done

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.task: Task | None = None
        self.dashboard: reports.Dashboard | None = None
        self.last_report: ReportData | None = None
        self._pages = 0
        self._shown_before = False
        self.pending, self.xlsx_path = "pdf", ""
        # Where Excel goes; tests replace it to stay headless.
        self.ask_xlsx_path: Callable[[str], str] = self._ask_xlsx_path
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_dashboard(), self.tr("At a glance"))
        self.tabs.addTab(self._build_editor(), self.tr("Periodic report"))
        # every paper recorded as issued (dossiers, decisions, reports, lists), to copy again
        self.issued = IssuedDocuments(ws)
        self.tabs.addTab(self.issued, self.tr("Issued documents"))
        self.tabs.currentChanged.connect(lambda _i: self._issued_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Dossiers and reports")))
        layout.addWidget(self.tabs)
        self._fill_movements()
        self.refresh_dashboard()
        self.load_parts()

    def _issued_shown(self) -> None:
        if self.tabs.currentWidget() is self.issued:
            self.issued.show_all()

    # Dashboard ---------------------------------------------------------------------------

    def _figure_labels(self) -> dict[str, str]:
        return {
            "movements": self.tr("Movements running"),
            "people": self.tr("People taking part"),
            "units": self.tr("Collectives taking part"),
            "contributions": self.tr("Contributions (VND)"),
            "initiatives": self.tr("Initiatives"),
            "proposed": self.tr("Proposed for awards"),
            "granted": self.tr("Granted"),
            "awards": self.tr("Awards decided"),
        }

    def _build_dashboard(self) -> QWidget:
        page = QWidget()
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(date.today().year)
        self.scope_box = QComboBox()
        self.open_button = QPushButton(self.tr("Open the report of this year"))
        self.open_button.clicked.connect(self.open_year_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addWidget(QLabel(self.tr("Scope:")))
        top.addWidget(self.scope_box, 1)
        top.addWidget(self.open_button)
        self.figures = QGroupBox(self.tr("Key figures (previous year in brackets)"))
        grid = QGridLayout(self.figures)
        self.figure_values: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(self._figure_labels().items()):
            value = QLabel("0")
            value.setObjectName(f"figure_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(QLabel(label), (i // 4) * 2, i % 4)
            grid.addWidget(value, (i // 4) * 2 + 1, i % 4)
            self.figure_values[key] = value
        self.contribution_chart = BarChart()
        self.initiative_chart = BarChart()
        self.award_chart = BarChart()
        charts = QHBoxLayout()
        for chart in (self.contribution_chart, self.initiative_chart, self.award_chart):
            charts.addWidget(chart)
        self.proposals_model = ReportTableModel(self)
        self.proposals_view = QTableView()
        self.proposals_view.setModel(self.proposals_model)
        self.proposals_view.verticalHeader().hide()
        self.proposals_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.proposals_view.setWordWrap(True)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        # Beside the figures: what is late and what is due soon (the clerk's desk).
        self.due_list = DueList(self._ws)
        self.due_list.setMaximumWidth(470)
        self.due_list.changed.connect(self.data_changed)
        layout = QVBoxLayout()
        outer = QHBoxLayout(page)
        outer.addLayout(layout, 1)
        outer.addWidget(self.due_list)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.empty_note)
        layout.addLayout(charts, 1)
        layout.addWidget(QLabel(self.tr("Award proposals and results")))
        layout.addWidget(self.proposals_view, 1)
        self.year_box.valueChanged.connect(lambda _v: self.refresh_dashboard())
        self.scope_box.currentIndexChanged.connect(lambda _i: self.refresh_dashboard())
        return page

    def _fill_movements(self) -> None:
        this_year = date.today().year
        running = None
        kept = [box.currentData() for box in (self.scope_box, self.report_scope)]
        for box in (self.scope_box, self.report_scope):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All the office's work"), None)
        for movement_id, name, start, end in reports.movement_list(self._ws):
            for box in (self.scope_box, self.report_scope):
                box.addItem(name, movement_id)
            if running is None and start.year <= this_year <= end.year:
                running = movement_id
        if self._shown_before:  # keep what the clerk chose
            for box, data in zip((self.scope_box, self.report_scope), kept, strict=True):
                box.setCurrentIndex(max(0, box.findData(data)))
        elif running is not None:
            self.scope_box.setCurrentIndex(self.scope_box.findData(running))
        for box in (self.scope_box, self.report_scope):
            box.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        # Shown again after work on other pages: movements and figures may have changed.
        if self._shown_before:
            self._fill_movements()
            self.refresh_dashboard()
            self.due_list.refresh()
            self._issued_shown()
        self._shown_before = True
        super().showEvent(event)

    def refresh_dashboard(self) -> None:
        """Count the figures of the chosen year and scope again."""
        try:
            board = reports.dashboard(self._ws, self.year_box.value(), self.scope_box.currentData())
        except ThiDuaError as exc:
            show_error(self, exc)
            return
        self.dashboard = board
        for key, now, before in board.figures:
            self.figure_values[key].setText(f"{cell_text(int(now))} ({cell_text(int(before))})")
        self.empty_note.setText(
            ""
            if board.data.has_records
            else self.tr("Nothing has been recorded for this year yet.")
        )
        now_s, before_s = self.tr("This year"), self.tr("Previous year")
        by_key = {t.key: t for t in board.data.tables}
        for chart, key, title in (
            (self.contribution_chart, "Dong gop", self.tr("Contributions (million VND)")),
            (self.initiative_chart, "Sang kien theo loai", self.tr("Initiatives by kind")),
            (self.award_chart, "Khen thuong theo cap", self.tr("Awards decided by level")),
        ):
            table = by_key[key]
            labels = [str(r[0]) for r in table.rows]
            if key == "Dong gop":
                series = [
                    [num(r[3]) / 1e6 for r in table.rows],
                    [num(r[5]) / 1e6 for r in table.rows],
                ]
            elif key == "Sang kien theo loai":
                series = [[num(r[4]) for r in table.rows], [num(r[5]) for r in table.rows]]
            else:
                series = [[num(r[6]) for r in table.rows], [num(r[7]) for r in table.rows]]
            chart.set_data(title, labels, [(now_s, series[0]), (before_s, series[1])])
        self.proposals_model.set_table(by_key["De nghi khen thuong"])

    def open_year_report(self) -> None:
        """Go to the report editor with the dashboard's year and scope."""
        self.period_edit.setText(str(self.year_box.value()))
        self.kind_box.setCurrentIndex(self.kind_box.findData(ReportKind.YEAR.value))
        self.report_scope.setCurrentIndex(max(0, self.scope_box.currentIndex()))
        self.tabs.setCurrentIndex(1)
        self.load_parts()

    # Report editor -----------------------------------------------------------------------

    def _kind_labels(self) -> dict[ReportKind, str]:
        return {
            ReportKind.HALF_YEAR: self.tr("Six-month report"),
            ReportKind.YEAR: self.tr("Annual report"),
            ReportKind.MIDTERM: self.tr("Mid-term review (sơ kết)"),
            ReportKind.FINAL: self.tr("Final review (tổng kết)"),
        }

    def _build_editor(self) -> QWidget:
        page = QWidget()
        self.kind_box = QComboBox()
        for kind, label in self._kind_labels().items():
            self.kind_box.addItem(label, kind.value)
        self.kind_box.setCurrentIndex(1)
        self.period_edit = QLineEdit(str(date.today().year))
        self.period_edit.setPlaceholderText(
            self.tr("2025, 2025-H1, 2021-2025 or 2025-01-01:2025-06-30")
        )
        self.report_scope = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Period:"), self.period_edit)
        form.addRow(self.tr("Scope:"), self.report_scope)
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        form.addRow(self.source_note)
        titles = (
            self.tr("I. Direction and implementation"),
            self.tr("III.1 Strengths"),
            self.tr("III.2 Shortcomings and their causes"),
            self.tr("III.3 Lessons learned"),
            self.tr("IV. Directions and tasks"),
        )
        self.part_edits: dict[str, QPlainTextEdit] = {}
        for name, title in zip(PART_NAMES, titles, strict=True):
            edit = QPlainTextEdit()
            edit.setObjectName(f"part_{name}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(44)  # five parts fit a 700-pixel screen; each scrolls
            form.addRow(QLabel(title))
            form.addRow(edit)
            self.part_edits[name] = edit
        self.save_button = QPushButton(self.tr("Save the text"))
        self.save_button.clicked.connect(self.save_parts)
        self.create_button = QPushButton(self.tr("Create report"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_report)
        self.excel_button = QPushButton(self.tr("Export to Excel"))
        self.excel_button.clicked.connect(self.export_excel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.create_button, self.excel_button):
            buttons.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)
        self.preview = PdfPreview(page)
        self.preview.writer = self._issue
        self.preview.offer_word(self._issue_word, self._word_issued)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 840])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.load_parts())
        self.period_edit.editingFinished.connect(self.load_parts)
        self.report_scope.currentIndexChanged.connect(lambda _i: self.load_parts())
        return page

    def kind(self) -> ReportKind:
        """The chosen kind."""
        return ReportKind(self.kind_box.currentData())

    def period(self) -> Period:
        """The typed period (ValidationError when it is not one)."""
        return parse_period(self.period_edit.text())

    def parts(self) -> WrittenParts:
        """The written parts as typed."""
        return WrittenParts(**{n: e.toPlainText() for n, e in self.part_edits.items()})

    def load_parts(self) -> None:
        """Show the saved text of this report, or offer the previous report's text."""
        try:
            period = self.period()
        except ThiDuaError:
            self.source_note.setText(self.tr("Type a period such as 2025 or 2025-H1."))
            return
        parts, source = reports.offered_parts(
            self._ws, self.kind(), period, self.report_scope.currentData()
        )
        for name, edit in self.part_edits.items():
            edit.setPlainText(getattr(parts, name))
        if source is None:
            self.source_note.setText(self.tr("No earlier report of this kind: write the text."))
        elif source.data.period == period:
            self.source_note.setText(self.tr("The saved text of this report."))
        else:
            self.source_note.setText(
                self.tr("Text offered from the report of %1; edit it for this period.").replace(
                    "%1", source.data.period.label
                )
            )

    def save_parts(self) -> int | None:
        """Store the written parts with the report's kind, period and scope."""
        try:
            data = ReportInput(
                self.kind(), self.period(), self.report_scope.currentData(), self.parts()
            )
            report_id = on_worker(self, lambda: reports.save(self._ws, data))
        except ThiDuaError as exc:
            show_error(self, exc)
            return None
        self.source_note.setText(self.tr("The saved text of this report."))
        return report_id

    def _file_stem(self, data: ReportData) -> str:
        return re.sub(r"[^\w.-]+", "-", f"bao-cao-{data.kind.value}-{data.period.text}")

    def _build_in_background(self, then: Callable[[ReportData], object], title: str) -> None:
        try:
            period, kind = self.period(), self.kind()
        except ThiDuaError as exc:
            show_error(self, exc)
            return
        if self.save_parts() is None:
            return
        ws, scope, parts = self._ws, self.report_scope.currentData(), self.parts()
        self.status.setText(self.tr("Building the report…"))

        def work(progress: Progress) -> tuple[ReportData, object]:
            data = reports.build(ws, period, kind=kind, movement_id=scope, parts=parts)
            progress.check()  # cancelled while the figures were read: no file is begun
            return data, then(data)

        def cancelled() -> None:
            self.status.setText(self.tr("Cancelled."))
            say_cancelled(self)

        self.task = run_with_progress(
            self, work, self._built, self._build_failed, title, on_cancelled=cancelled
        )

    def create_report(self) -> None:
        """Build the PDF in the background and show it in the preview."""
        self.pending = "pdf"
        self._build_in_background(reports.render_counted, self.tr("Creating the report"))

    def export_excel(self) -> None:
        """Write the report's tables to a workbook chosen by the clerk."""
        path = self.ask_xlsx_path(f"bao-cao-{self.period_edit.text().strip()}.xlsx")
        if not path:
            return
        self.pending, self.xlsx_path = "xlsx", path
        self._build_in_background(
            lambda data: reports.write_xlsx(data, path), self.tr("Exporting to Excel")
        )

    def _built(self, result: tuple[ReportData, object]) -> None:
        data, output = result
        self.last_report = data
        if self.pending == "pdf":
            assert isinstance(output, tuple)
            self._pages = int(output[1])
            self.preview.set_pdf(output[0], self._file_stem(data) + ".pdf")
            self.status.setText(self.tr("Report created."))
        else:
            self.status.setText(
                self.tr("%1 tables written to %2.")
                .replace("%1", str(output))
                .replace("%2", Path(self.xlsx_path).name)
            )

    def _issue(self, path: Path, pdf: bytes) -> None:
        """Save from the preview: write the file and record the report as issued."""
        assert self.last_report is not None
        report, pages = self.last_report, self._pages
        on_worker(self, lambda: reports.issue(self._ws, report, pdf, pages, path))
        self.status.setText(self.tr("Saved %1 and recorded as issued.").replace("%1", path.name))

    def _issue_word(self, path: Path) -> object:
        """The Word copy of the report shown, written and recorded as issued (worker thread)."""
        assert self.last_report is not None
        return reports.issue_word(self._ws, self.last_report, path)

    def _word_issued(self, path: Path) -> None:
        self.status.setText(
            self.tr("Saved the Word copy %1 and recorded it as issued.").replace("%1", path.name)
        )

    def _build_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        show_error(self, exc)

    def _ask_xlsx_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        return path
