"""The import preview at work: the reasons column seen first, the errors-only filter, the refused
rows saved as a workbook, the Excel templates from the GUI and the unit ratings import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.domain.ratings import Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.exchange import staff as staff_sheet
from desktop.services import ratings, transfer, units
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.pages.excel_actions import template_button
from desktop.ui.pages.people import PeoplePage
from desktop.ui.pages.ratings_grid import RatingsGrid
from tests.exchange.helpers import make_xlsx

LONG_UNIT = "Phòng Quản lý giá và công sản thuộc Sở Tài chính tỉnh Sóc Trăng cũ"


@pytest.fixture
def staff_file(ws: Workspace, tmp_path: Path) -> Path:
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    return make_xlsx(
        tmp_path / "nhan_su.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"],
            ["Nguyễn Văn An", "01/02/1980", "001080000001", "VP"],
            ["Trần Thị Bình", "1985", "", LONG_UNIT],
            ["Lê Văn Cường", "1990", "", "Văn phòng"],
            ["Phạm Thị Dung", "1991", "034191000777", "Phòng Lạ"],
        ],
    )


def _dialog(qtbot, ws: Workspace, path: Path) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = ImportPreviewDialog(transfer.preview_import(ws, "staff", path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_reasons_are_a_column_seen_without_scrolling(
    qtbot, ws: Workspace, staff_file: Path
) -> None:
    dialog = _dialog(qtbot, ws, staff_file)
    table, header = dialog.table, dialog.table.horizontalHeader()
    reason_col = dialog.result_column
    # the reasons column comes right after the row number, inside the visible part of the table
    assert header.visualIndex(reason_col) == 1
    assert header.sectionViewportPosition(reason_col) + header.sectionSize(reason_col) <= (
        table.viewport().width()
    )
    # not truncated: the column is as wide as the reason (or the row is tall enough to wrap it)
    source_row = 1  # Trần Thị Bình: the unit is not found
    reason = dialog.model.index(source_row, reason_col).data()
    assert LONG_UNIT in reason
    needed = table.fontMetrics().horizontalAdvance(reason)
    lines = -(-needed // max(1, header.sectionSize(reason_col) - 12))
    proxy_index = dialog.proxy.mapFromSource(dialog.model.index(source_row, reason_col))
    assert table.rowHeight(proxy_index.row()) >= lines * table.fontMetrics().lineSpacing()
    # the reason is in the cell, not only in a tooltip
    assert dialog.model.index(source_row, reason_col).data(3) is None  # ToolTipRole


def test_errors_only_filter_and_rejected_rows_workbook(
    qtbot, ws: Workspace, staff_file: Path, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ws, staff_file)
    assert dialog.proxy.rowCount() == 4
    # WHEN the clerk shows only the rows with errors
    dialog.errors_only.click()
    # THEN the two refused rows remain, with their Excel row numbers
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == ["3", "5"]
    dialog.errors_only.click()
    assert dialog.proxy.rowCount() == 4
    # WHEN the refused rows are saved
    target = tmp_path / "loi.xlsx"
    dialog.ask_rejected_path = lambda default: target
    assert default_name(dialog) == "nhan_su_dong_loi.xlsx"
    dialog.save_rejected_button.click()
    # THEN a real workbook holds them: the file's columns, the reason, the original row
    wb = openpyxl.load_workbook(target)
    sheet = wb.active
    rows = [tuple(c for c in row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == (*staff_sheet.HEADERS, "Lý do", "Dòng trong tệp gốc")
    assert len(rows) == 3
    names = [r[0] for r in rows[1:]]
    assert names == ["Trần Thị Bình", "Phạm Thị Dung"]
    reason = rows[1][len(staff_sheet.HEADERS)]
    assert LONG_UNIT in reason and rows[1][-1] == 3
    cccd = rows[2][staff_sheet.HEADERS.index("Số CCCD")]
    assert cccd == "034191000777"  # kept as text, leading zero and all
    assert str(target) in dialog.saved_label.text()
    # nothing was imported by saving
    from desktop.services import people

    assert people.count(ws) == 0


def default_name(dialog: ImportPreviewDialog) -> str:
    seen: list[str] = []
    keep = dialog.ask_rejected_path
    dialog.ask_rejected_path = lambda default: seen.append(default)  # type: ignore[func-returns-value]
    dialog.save_rejected()
    dialog.ask_rejected_path = keep
    return seen[0]


def test_no_errors_no_rejected_rows_button(qtbot, ws: Workspace, tmp_path: Path) -> None:
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    path = make_xlsx(tmp_path / "ok.xlsx", [["Họ và tên", "Đơn vị"], ["An", "VP"]])
    dialog = _dialog(qtbot, ws, path)
    assert not dialog.save_rejected_button.isEnabled()
    assert not dialog.errors_only.isEnabled()


def _headers(path: Path) -> tuple[object, ...]:
    wb = openpyxl.load_workbook(path)
    return next(wb.worksheets[0].iter_rows(values_only=True))


def test_template_from_the_preview_and_from_the_people_page(
    qtbot, ws: Workspace, staff_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ws, staff_file)
    target = tmp_path / "mau.xlsx"
    dialog.ask_template_path = lambda: target
    dialog.template_button.click()
    assert _headers(target) == staff_sheet.HEADERS
    # the people page has the button too; the file dialog offers a Vietnamese name
    offered: list[str] = []

    def save_name(_parent, _title, default, _filter):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(tmp_path / "tu_trang"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page = PeoplePage(ws)
    qtbot.addWidget(page)
    page.template_button.click()
    assert offered == ["mau_can_bo.xlsx"]
    assert _headers(tmp_path / "tu_trang.xlsx") == staff_sheet.HEADERS


def test_ratings_page_imports_unit_ratings_and_offers_both_templates(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = units.save(ws, UnitInput("Văn phòng Sở", code="VP"))
    ratings.set_unit_rating(ws, UnitRatingInput(unit, 2025, Rating.GOOD))  # to be replaced
    path = make_xlsx(
        tmp_path / "xep_loai_tap_the.xlsx",
        [["Năm", "Đơn vị", "Xếp loại"], [2025, "Văn phòng Sở", "HTXSNV"]],
    )
    grid = RatingsGrid(ws)
    qtbot.addWidget(grid)
    asked: list[str] = []
    grid.confirm_replace = lambda text: asked.append(text) is None  # type: ignore[method-assign]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[str] = []

    def answer() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, ImportPreviewDialog):
            seen.append(w.windowTitle())
            w.import_button.click()
        elif isinstance(w, QMessageBox):
            seen.append(w.text())
            w.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        assert grid.unit_import_button.isEnabled()
        assert grid.import_unit_ratings() is True
    finally:
        timer.stop()
    assert "Unit ratings" in seen[0]
    assert asked and "1 row(s)" in asked[0]  # asked before replacing the stored HTTNV
    stored = ratings.ratings_of_units(ws, [unit], 2025)[unit]
    assert stored.value == Rating.EXCELLENT.value
    assert "1 replaced" in grid.status.text()
    menu = grid.template_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Personal ratings", "Unit ratings"]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mau_tt.xlsx"), "")
    )
    menu.actions()[1].trigger()
    assert _headers(tmp_path / "mau_tt.xlsx") == ("Năm", "Đơn vị", "Xếp loại")


def test_every_import_kind_has_a_vietnamese_title(qapp) -> None:
    i18n.install(qapp, "vi")
    try:
        for kind in transfer.kinds():
            title = import_dialog.kind_title(kind)
            assert title != kind and title.isascii() is False, kind
        assert import_dialog.kind_title("ratings") == "xếp loại cá nhân"
        button = template_button(QWidget(), "ratings", "unit-ratings")
        assert [a.text() for a in button.menu().actions()] == [
            "Xếp loại cá nhân",
            "Xếp loại tập thể",
        ]
    finally:
        i18n.uninstall(qapp)
