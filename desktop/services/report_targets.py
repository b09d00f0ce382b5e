"""Bảng 1 of the periodic report: each running movement's targets with the values of the
report's own years (a year's report reads that year; sơ kết and tổng kết read each year of
their span, then the whole period)."""

from __future__ import annotations

from typing import Any

from desktop.domain.activities import ActivityKind
from desktop.domain.report_data import Cell, Chart, ReportTable
from desktop.domain.targets import TargetValues, period_label
from desktop.persistence.repositories import targets as repo
from desktop.persistence.repositories.reports import Span

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


def targets_table(conn: Any, span: Span) -> ReportTable:
    """The targets of the movements running in the span, valued for the span's years."""
    sheets = repo.running_sheets(conn, span.start, span.end, span.movement_id)
    one_year = span.first_year == span.last_year
    rows: list[tuple[Cell, ...]] = []
    chart_labels: list[str] = []
    chart_values: list[float] = []
    fallback = False
    number = 0
    for s in sheets:
        whole = period_label(s.first_year, s.last_year)
        years = [y for y in s.years if span.first_year <= y <= span.last_year]
        for line in s.lines:
            number += 1
            head = (number, s.movement_name, line.description, line.unit_label)
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
        widths=(0.7, 2.8, 3.6, 1.2, 1.5, 1.3, 1.3, 1.1),
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


def activities_text_and_table(conn: Any, span: Span, prev: Span) -> tuple[str, ReportTable]:
    """The sentence and Bảng 1b: propaganda and inspection activities by kind, this period
    against the previous one."""
    from desktop.persistence.repositories import activities as act_repo

    now = {c.kind: c for c in act_repo.counts(conn, span.start, span.end, span.movement_id)}
    before = {c.kind: c for c in act_repo.counts(conn, prev.start, prev.end, span.movement_id)}
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
        widths=(0.7, 4, 2.6, 1.6, 1.4, 1.6),
        empty="Không có hoạt động tuyên truyền, kiểm tra, giám sát nào được ghi nhận.",
    )
    return text, table
