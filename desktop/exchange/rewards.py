"""The accountant's payment list of the reward money (danh sách chi tiền thưởng) as xlsx:
one row per award with a signature column, then the totals by unit and by award."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.exchange.writer import _save, check_target, neutralise

SHEET = "Chi tiền thưởng"
HEADERS = (
    "STT",
    "Họ và tên / Tên tập thể",
    "Đơn vị",
    "Danh hiệu, hình thức",
    "Số quyết định",
    "Ngày quyết định",
    "Hệ số",
    "Mức lương cơ sở (đồng)",
    "Số tiền (đồng)",
    "Ký nhận",
    "Ghi chú",
)
WIDTHS = (6, 30, 30, 30, 16, 14, 8, 16, 16, 18, 40)
MONEY = "#,##0"

Row = tuple[str, str, str, str, str, float | None, int | None, int | None, str]


def write_payment_list(
    path: Path,
    year: int,
    rows: Sequence[Row],
    by_unit: Sequence[tuple[str, int, int]],
    by_award: Sequence[tuple[str, int, int]],
) -> None:
    """Write the list; rows: name, unit, award, decision number and ISO date, coefficient,
    base salary, amount (None: no amount), why there is none."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    check_target(Path(path))
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    bold = Font(bold=True)
    ws.append([f"DANH SÁCH CHI TIỀN THƯỞNG THI ĐUA, KHEN THƯỞNG NĂM {year}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(list(HEADERS))
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
        ws.cell(row=3, column=i).font = bold
        ws.cell(row=3, column=i).alignment = Alignment(wrap_text=True, vertical="center")
    total = 0
    for n, (name, unit, award, number, decided, coef, base, amount, missing) in enumerate(
        rows, start=1
    ):
        when = date.fromisoformat(decided) if decided else None
        ws.append(
            [
                n,
                neutralise(name),
                neutralise(unit),
                neutralise(award),
                neutralise(number),
                when,
                coef,
                base,
                amount,
                "",
                neutralise(missing),
            ]
        )
        r = ws.max_row
        ws.cell(row=r, column=6).number_format = "DD/MM/YYYY"
        ws.cell(row=r, column=8).number_format = MONEY
        ws.cell(row=r, column=9).number_format = MONEY
        total += amount or 0
    ws.append(["", "Tổng cộng", "", "", "", None, None, None, total])
    ws.cell(row=ws.max_row, column=2).font = bold
    ws.cell(row=ws.max_row, column=9).font = bold
    ws.cell(row=ws.max_row, column=9).number_format = MONEY
    ws.freeze_panes = "A4"

    units = wb.create_sheet("Theo đơn vị")
    units.append(["Đơn vị", "Số lượt khen thưởng", "Số tiền (đồng)"])
    for unit, count, money in by_unit:
        units.append([neutralise(unit), count, money])
        units.cell(row=units.max_row, column=3).number_format = MONEY
    units.append(["Tổng cộng", sum(c for _, c, _ in by_unit), sum(m for _, _, m in by_unit)])
    awards = wb.create_sheet("Theo hình thức")
    awards.append(["Danh hiệu, hình thức", "Số lượt khen thưởng", "Số tiền (đồng)"])
    for award, count, money in by_award:
        awards.append([neutralise(award), count, money])
        awards.cell(row=awards.max_row, column=3).number_format = MONEY
    awards.append(["Tổng cộng", sum(c for _, c, _ in by_award), sum(m for _, _, m in by_award)])
    for sheet, widths in ((units, (40, 20, 18)), (awards, (40, 20, 18))):
        for i, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = w
            sheet.cell(row=1, column=i).font = bold
    _save(wb, Path(path))
