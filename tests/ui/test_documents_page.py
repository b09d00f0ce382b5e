"""The dashboard and the periodic report editor, with real widgets over a real database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from desktop.domain.movements import MovementInput, MovementKind
from desktop.domain.reports import ReportKind, parse_period
from desktop.services import dossier, movements, reports
from desktop.services.session import Workspace
from desktop.ui.pages.documents import DocumentsPage
from desktop.ui.tasks import wait_for_worker
from tests.services.report_fixture import Office, make
from tests.ui.office_data import click_box_button, when_modal


@pytest.fixture
def office(ws: Workspace) -> Office:
    return make(ws)


def _page(qtbot, ws: Workspace) -> DocumentsPage:  # type: ignore[no-untyped-def]
    page = DocumentsPage(ws)
    qtbot.addWidget(page)
    return page


def test_dashboard_shows_the_year_figures_and_charts(qtbot, ws, office, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ws)
    page.scope_box.setCurrentIndex(0)  # all the office's work
    page.year_box.setValue(2025)
    assert page.figure_values["people"].text() == "4 (3)"
    assert page.figure_values["contributions"].text() == "109.000.000 (50.000.000)"
    assert page.figure_values["proposed"].text() == "6 (1)"
    assert page.figure_values["granted"].text() == "5 (1)"
    assert page.figure_values["awards"].text() == "5 (1)"
    assert page.award_chart.maximum() == 4  # provincial awards of 2025
    assert page.contribution_chart.maximum() == 100  # million đồng of land
    qtmodeltester.check(page.proposals_model)
    assert page.proposals_model.rowCount() == 6  # five awards and the total
    page.show()
    qtbot.waitExposed(page)
    page.contribution_chart.grab()  # paints without error
    page.year_box.setValue(2012)
    assert "Nothing has been recorded" in page.empty_note.text()
    assert page.figure_values["people"].text() == "0 (0)"
    # shown again after another page added a movement: the scope lists it, the year is kept
    page.hide()
    movements.save(
        ws,
        MovementInput(
            "Phong trào mới", MovementKind.THEMATIC, date(2012, 1, 1), date(2012, 12, 31)
        ),
    )
    page.show()
    assert page.scope_box.findText("Phong trào mới") > 0
    assert page.year_box.value() == 2012 and page.scope_box.currentIndex() == 0


def test_editor_saves_text_offers_it_next_time_and_builds_pdf(
    qtbot, ws, office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ws)
    page.year_box.setValue(2025)
    page.open_year_report()
    assert page.tabs.currentIndex() == 1 and page.kind() is ReportKind.YEAR
    page.period_edit.setText("2025")
    page.report_scope.setCurrentIndex(0)
    page.part_edits["direction"].setPlainText("Ban hành Kế hoạch số 45/KH-STC.")
    page.part_edits["tasks"].setPlainText("Tiếp tục phát động phong trào.")
    assert page.save_parts() is not None
    parts, saved = reports.offered_parts(ws, ReportKind.YEAR, parse_period("2025"))
    assert saved is not None and parts.direction == "Ban hành Kế hoạch số 45/KH-STC."
    # a new annual report offers last year's text
    page.period_edit.setText("2026")
    page.load_parts()
    assert page.part_edits["tasks"].toPlainText() == "Tiếp tục phát động phong trào."
    assert "năm 2025" in page.source_note.text()
    # another kind has no earlier text
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.FINAL.value))
    assert page.part_edits["tasks"].toPlainText() == ""
    # the PDF of 2025 is built in the background and shown
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.YEAR.value))
    page.period_edit.setText("2025")
    page.load_parts()
    page.create_report()
    assert wait_for_worker()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)
    assert page.last_report is not None and page.last_report.has_records
    assert page.preview.pdf_bytes().startswith(b"%PDF")
    assert page.preview.page_count() >= 3
    # saving from the preview records the report as issued, with its PDF
    saved = page.preview.save_as(tmp_path / "bao-cao-2025.pdf")
    assert saved is not None and saved.read_bytes() == page.preview.pdf_bytes()
    issued = [d for d in dossier.issued(ws) if d.kind == reports.ISSUED_KIND]
    assert len(issued) == 1 and "recorded as issued" in page.status.text()
    assert issued[0].pages == page.preview.page_count()
    # Excel to a chosen file
    out = tmp_path / "bang.xlsx"
    page.ask_xlsx_path = lambda suggested: str(out)
    page.export_excel()
    assert wait_for_worker()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)
    # + Tiền thưởng, Bảng 1b, Biểu 0601.N
    assert len(load_workbook(out, read_only=True).sheetnames) == 15
    assert "15" in page.status.text()


def test_bad_period_is_reported_not_raised(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ws)
    page.period_edit.setText("2025-H9")
    page.load_parts()
    assert "2025" in page.source_note.text()
    seen: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Ok)

    when_modal(read)
    page.create_report()
    assert seen and "not valid" in seen[0]
    assert page.task is None
