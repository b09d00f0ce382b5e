"""The import preview in the English interface: the problems of a real bad staff workbook,
read and checked on the worker as the page does it, are worded in English (the Vietnamese
interface keeps the sentences the command line prints)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from tests.ui.office_data import fill_office
from tests.ui.test_message_codes import VIETNAMESE

HEADERS = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Đơn vị", "Chức vụ"]
ROWS = [
    ["", "01/02/1980", "Nam", "", "VP", ""],  # 2: no name
    ["Lê Văn Bảo", "01/02/1980", "Nam", "", "Phong XYZ", ""],  # 3: unknown unit
    ["Lê Văn Châu", "01/02/1980", "Nam", "12345", "VP", ""],  # 4: short CCCD
    ["Lê Văn Dũng", "31/02/1980", "Nam", "", "VP", ""],  # 5: no such day
    ["Lê Văn Giang", "01/03/1981", "Nam", "", "VP", ""],  # 6: good
    ["Lê Văn Giang", "01/03/1981", "Nam", "", "VP", ""],  # 7: the same person as row 6
    ["Lê Văn Hải", "01/02/1980", "Nam", "", "", ""],  # 8: no unit
]
ENGLISH = {
    "2": "The full name is missing",
    "3": "No unit “Phong XYZ” was found (by name or code)",
    "4": "The CCCD number must have exactly 12 digits",
    "5": "Date of birth: this date does not exist in the calendar",
    "7": "The same person as row 6 (same full name and date of birth)",
    "8": "The unit is missing",
    "9": "Column Chức vụ holds a formula; paste the values instead of formulas; "
    "The full name is missing; The unit is missing",
}
VIETNAMESE_LINES = {
    "2": "Thiếu họ và tên",
    "3": "Không tìm thấy đơn vị “Phong XYZ” (theo tên hoặc mã)",
    "4": "Số CCCD phải gồm đúng 12 chữ số",
    "5": "Ngày sinh không có thật trên lịch",
    "7": "Trùng người với dòng 6 (cùng họ tên và ngày sinh)",
    "8": "Thiếu đơn vị",
    "9": "Cột Chức vụ chứa công thức; hãy dán giá trị thay cho công thức; Thiếu họ và tên; "
    "Thiếu đơn vị",
}


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    from desktop.ui.tasks import worker_pool

    worker_pool().waitForDone(60_000)
    QApplication.processEvents()


def bad_staff_file(path: Path) -> Path:
    """A real workbook of staff rows with one problem or more each (and one good row)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    sheet.append(["", "", "", "", "", "=1+1"])  # 9: a formula, no name, no unit
    book.save(path)
    return path


def refused_rows(dialog: ImportPreviewDialog) -> dict[str, str]:
    """Row number → the result column of each refused row, as the table shows them."""
    model = dialog.model
    last = model.columnCount() - 1
    return {
        model.index(r, 0).data(): model.index(r, last).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(import_dialog.ACTION_ROLE) == "error"
    }


def _preview(qtbot, ws: Workspace, path: Path) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    preview = import_dialog.preview_file(None, ws, "staff", path)
    assert preview is not None
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_english_preview_words_row_problems_in_english(
    qtbot, qapp, ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # GIVEN an office and a bad staff workbook, in the English interface
    fill_office(ws)
    path = bad_staff_file(tmp_path / "can_bo_loi.xlsx")
    i18n.install(qapp, "en")
    try:
        # WHEN it is read and checked for the preview
        dialog = _preview(qtbot, ws, path)
        # THEN each refused row's problems read in English, in the table and its tooltips
        shown = refused_rows(dialog)
        assert shown == ENGLISH, shown
        for text in shown.values():
            assert not VIETNAMESE.search(text.replace("Chức vụ", "")), text
        model = dialog.model
        assert model.index(0, 1).data(0x03) == ENGLISH["2"]  # a cell's tooltip
        # AND the command line's lines stay Vietnamese
        assert [line for line in dialog.preview.errors][:2] == [
            "Dòng 2: Thiếu họ và tên",
            "Dòng 3: Không tìm thấy đơn vị “Phong XYZ” (theo tên hoặc mã)",
        ]
    finally:
        i18n.uninstall(qapp)


def test_the_vietnamese_preview_keeps_the_sentences(
    qtbot, qapp, ws: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_office(ws)
    path = bad_staff_file(tmp_path / "can_bo_loi.xlsx")
    i18n.install(qapp, "vi")
    try:
        dialog = _preview(qtbot, ws, path)
        assert refused_rows(dialog) == VIETNAMESE_LINES
        assert [f"Dòng {n}: {t}" for n, t in VIETNAMESE_LINES.items()] == dialog.preview.errors
    finally:
        i18n.uninstall(qapp)
