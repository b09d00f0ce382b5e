"""Bảng 1 of the periodic report: each running movement's targets with the values of the
report's own years (a year's report reads that year; sơ kết and tổng kết read each year of
their span, then the whole period)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.activities import ActivityCount, ActivityKind
from desktop.domain.movements import MovementKind
from desktop.domain.report_data import Cell, Chart, ReportTable
from desktop.domain.reports import Span
from desktop.domain.targets import TargetValues, period_label
from desktop.persistence import Connection
from desktop.persistence.repositories import targets as repo

KEY = "Chi tieu phong trao"
COLUMNS = (
    "STT",
    "Phong trào",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Năm",
    "Kế hoạch",
    "Thực hiện",
    "Tỷ lệ (%)",
)
SUB = "\u00a0\u00a0"  # a sub-row: printed indented


def _cells(values: TargetValues) -> tuple[Cell, Cell, Cell]:
    return values.planned, values.achieved, values.percent


def targets_table(conn: Connection, span: Span) -> ReportTable:
    """The targets of the movements running in the span, valued for the span's years."""
    sheets = repo.running_sheets(
        conn, span.start.isoformat(), span.end.isoformat(), span.movement_id
    )
    one_year = span.first_year == span.last_year
    rows: list[tuple[Cell, ...]] = []
    chart_labels: list[str] = []
    chart_values: list[float] = []
    fallback = False
    number = 0
    for s in sheets:
        whole = period_label(s.first_year, s.last_year)
        years = [y for y in s.years if span.first_year <= y <= span.last_year]
        for i, line in enumerate(s.lines):
            number += 1
            name = s.movement_name if i == 0 else ""  # the movement once, on its first target
            head = (number, name, line.description, line.unit_label)
            if one_year:
                values = line.year(span.first_year)
                label: str = str(span.first_year)
                if values.empty and not line.period.empty:
                    values, label, fallback = line.period, whole, True
                rows.append((*head, label, *_cells(values)))
                chart_labels.append(line.description)
                chart_values.append(values.percent or 0.0)
                continue
            lines = [(str(y), line.year(y)) for y in years if not line.year(y).empty]
            lines.append((whole, line.period))
            first, *rest = lines
            rows.append((*head, first[0], *_cells(first[1])))
            rows.extend(("", "", "", "", SUB + lab, *_cells(v)) for lab, v in rest)
    if one_year:
        note = f"Kế hoạch và kết quả của năm {span.first_year}." + (
            " Chỉ tiêu chưa ghi số của năm thì in số của cả giai đoạn (cột Năm ghi rõ)."
            if fallback
            else ""
        )
    else:
        note = (
            f"Kế hoạch và kết quả của từng năm từ {span.first_year} đến {span.last_year} có số"
            " liệu, sau đó là cả giai đoạn của phong trào."
        )
    return ReportTable(
        KEY,
        "Bảng 1. Chỉ tiêu của các phong trào và kết quả thực hiện",
        COLUMNS,
        tuple(rows),
        widths=(0.9, 2.8, 3.6, 1.2, 1.5, 1.3, 1.3, 1.1),
        note=note if rows else "",
        empty="Các phong trào trong kỳ không có chỉ tiêu bằng số.",
        chart=Chart(
            tuple(chart_labels),
            (("Tỷ lệ thực hiện so với kế hoạch (%)", tuple(chart_values)),),
            "%",
        )
        if one_year and 1 < len(chart_labels) <= 12
        else None,
    )


def _counts(
    conn: Connection, span: Span, movement_id: int | None
) -> dict[ActivityKind, ActivityCount]:
    from desktop.persistence.repositories import activities as act_repo

    days = span.start.isoformat(), span.end.isoformat()
    return {c.kind: c for c in act_repo.counts(conn, *days, movement_id)}


def activities_text_and_table(conn: Connection, span: Span, prev: Span) -> tuple[str, ReportTable]:
    """The sentence and Bảng 1b: propaganda and inspection activities by kind, this period
    against the previous one."""

    now, before = _counts(conn, span, span.movement_id), _counts(conn, prev, span.movement_id)
    kinds = [k for k in ActivityKind if k in now or k in before]
    rows = tuple(
        (
            i,
            k.label,
            "Tuyên truyền" if k.propaganda else "Kiểm tra, giám sát",
            now[k].lines if k in now else 0,
            now[k].quantity if k in now else 0,
            before[k].quantity if k in before else 0,
        )
        for i, k in enumerate(kinds, start=1)
    )
    parts = [f"{now[k].quantity} {k.unit_word}" for k in ActivityKind if k in now]
    text = (
        "Công tác tuyên truyền, kiểm tra, giám sát phong trào trong kỳ: " + "; ".join(parts) + "."
        if parts
        else "Trong kỳ chưa ghi nhận hoạt động tuyên truyền, kiểm tra, giám sát phong trào."
    )
    table = ReportTable(
        "Tuyen truyen kiem tra",
        "Bảng 1b. Tuyên truyền, kiểm tra, giám sát phong trào thi đua",
        ("STT", "Hình thức", "Nhóm", "Số lần ghi nhận", "Số lượng", "Số lượng kỳ trước"),
        rows,
        total=(
            "",
            "Tổng cộng",
            "",
            sum(int(r[3]) for r in rows),
            sum(int(r[4]) for r in rows),
            sum(int(r[5]) for r in rows),
        )
        if rows
        else None,
        widths=(0.9, 4, 2.6, 1.6, 1.4, 1.6),
        empty="Không có hoạt động tuyên truyền, kiểm tra, giám sát nào được ghi nhận.",
    )
    return text, table


# Biểu số 0601.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV): rows and column heads as in the form
# (../shared/domain/LEGAL.md §5.2; docs/legal-sources.md "Biểu 0601.N").
FORM_0601_ROWS: tuple[tuple[str, str], ...] = (
    ("Tổng số", "01"),
    ("1. Chia theo phạm vi tổ chức thi đua", ""),
    ("- Toàn quốc", "02"),
    ("- Bộ, ban, ngành, đoàn thể, địa phương", "03"),
    ("- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "04"),
    ("- Cơ quan, tổ chức, đơn vị", "05"),
    ("2. Chia theo thời hạn thi đua", ""),
    ("- Dưới 1 năm", "06"),
    ("- 1 năm", "07"),
    ("- Từ 1 năm đến dưới 3 năm", "08"),
    ("- Từ 3 năm đến dưới 5 năm", "09"),
    ("- Từ 5 năm trở lên", "10"),
    ("3. Chia theo phương thức tổ chức phong trào thi đua", ""),
    ("- Thi đua theo chuyên đề", "11"),
    ("- Thi đua thường xuyên hàng năm", "12"),
)


def duration_code(start: date, end: date) -> str:
    """Row 06-10 of Biểu 0601.N for a movement running from `start` to `end` (both days
    counted: 01/01 to 31/12 is one year)."""
    after = end + timedelta(days=1)  # the day after the last one

    def years_on(n: int) -> date:
        day = 28 if (start.month, start.day) == (2, 29) else start.day
        return start.replace(year=start.year + n, day=day)

    if after < years_on(1):
        return "06"
    if after == years_on(1):
        return "07"
    if after < years_on(3):
        return "08"
    if after < years_on(5):
        return "09"
    return "10"


def form_0601(conn: Connection, year: int, movement_id: int | None) -> ReportTable:
    """Biểu 0601.N/BNV-TĐKT for a year: the movements the office launched in it. Every one is
    counted under the office's own level (column 4) and scope (row 05); row 11 takes thematic
    and campaign movements, row 12 regular ones."""
    found = repo.launched(conn, f"{year}-01-01", f"{year}-12-31", movement_id)
    counts: dict[str, int] = {"01": len(found), "05": len(found)}
    for kind, start, end in found:
        code = duration_code(start, end)
        counts[code] = counts.get(code, 0) + 1
        method = "12" if MovementKind(kind) is MovementKind.REGULAR else "11"
        counts[method] = counts.get(method, 0) + 1
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (label, code, *((counts.get(code, 0), 0, 0, counts.get(code, 0)) if code else ("",) * 4))
        for label, code in FORM_0601_ROWS
    )
    return ReportTable(
        "Bieu 0601.N",
        f"Biểu số 0601.N/BNV-TĐKT. Số phong trào thi đua năm {year}",
        (
            "",
            "Mã số",
            "Tổng số",
            "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)",
            "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
            "Cơ quan, tổ chức, đơn vị",
        ),
        rows,
        widths=(5.8, 0.8, 2.1, 2.0, 2.4, 1.5),
        column_codes=("A", "B", "1=(2+3+4)", "2", "3", "4"),
        note=(
            "Đơn vị tính: phong trào. Tính các phong trào do cơ quan phát động (ngày bắt đầu"
            " trong năm), ghi ở cấp và phạm vi cơ quan, tổ chức, đơn vị; thi đua theo đợt được"
            " tính là thi đua theo chuyên đề."
        ),
    )
