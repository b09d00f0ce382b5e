"""The tables of a periodic report as an xlsx workbook: one sheet per table, numbers as
numbers, text neutralised so that no cell runs as a formula."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.domain.report_data import ReportData, ReportTable
from desktop.exchange.writer import _save, check_target, neutralise

MAX_SHEET_NAME = 31

# The sheets as a clerk names them (the tables' keys are plain ASCII identifiers).
SHEET_NAMES = {
    "Chi tieu phong trao": "Chỉ tiêu phong trào",
    "Dang ky tham gia": "Đăng ký tham gia",
    "Do dau xa": "Đỡ đầu xã",
    "Ho tro theo hinh thuc": "Hỗ trợ theo hình thức",
    "Dong gop": "Đóng góp",
    "Sang kien theo loai": "Sáng kiến theo loại",
    "Sang kien theo pham vi": "Sáng kiến theo phạm vi",
    "De nghi khen thuong": "Đề nghị khen thưởng",
    "Khen thuong theo cap": "Khen thưởng theo cấp",
    "Xep hang ca nhan": "Xếp hạng cá nhân",
    "Xep hang tap the": "Xếp hạng tập thể",
    "Bieu 0603.N": "Biểu 0603.N",
    "Tien thuong": "Tiền thưởng",  # decision helper
}


def heading_of(data: ReportData) -> str:
    """`Báo cáo năm 2025`, `Báo cáo 6 tháng đầu năm 2025` … (never `Báo cáo năm năm 2025`)."""
    kind, period = data.kind.label, data.period.label
    if kind.endswith(" năm") and period.startswith("năm "):
        period = period.removeprefix("năm ")
    return f"{kind} {period}"


def _sheet_name(table: ReportTable, used: set[str]) -> str:
    shown = SHEET_NAMES.get(table.key, table.key)
    base = "".join(ch for ch in shown if ch not in "[]:*?/\\")[:MAX_SHEET_NAME] or "Bảng"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _write_table(wb: Any, table: ReportTable, used: set[str], heading: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(_sheet_name(table, used))
    rel = table.widths or (1.0,) * len(table.columns)
    for i, w in enumerate(rel):
        ws.column_dimensions[get_column_letter(i + 1)].width = max(8.0, 60.0 * w / sum(rel))
    bold = Font(bold=True)
    title = WriteOnlyCell(ws, value=neutralise(table.title))
    title.font = Font(bold=True, size=12)
    ws.append([title])
    ws.append([neutralise(heading)])
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="center")
    header = []
    for text in table.columns:
        cell = WriteOnlyCell(ws, value=neutralise(text))
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header.append(cell)
    ws.append(header)
    for row in table.rows:
        ws.append([neutralise(v) for v in row])
    if table.total is not None and table.rows:
        total = []
        for v in table.total:
            cell = WriteOnlyCell(ws, value=neutralise(v))
            cell.font = bold
            total.append(cell)
        ws.append(total)
    if table.is_empty:
        ws.append([neutralise(table.empty or "Không có số liệu.")])
    if table.note:
        ws.append([neutralise("Ghi chú: " + table.note)])


def write(path: Path, data: ReportData) -> int:
    """Write every table of the report, Biểu 0603.N last; return the number of sheets."""
    from openpyxl import Workbook

    check_target(Path(path))
    wb = Workbook(write_only=True)
    used: set[str] = set()
    heading = (
        heading_of(data)
        + (f" — Phong trào “{data.scope}”" if data.scope else "")
        + f"; kỳ trước: {data.previous.label}"
    )
    count = 0
    for table in data.tables:
        _write_table(wb, table, used, heading)
        count += 1
    _save(wb, Path(path))
    return count
