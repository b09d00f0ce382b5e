"""A movement's candidate list (results that ground awards) as xlsx: the rules on top, then
one row per candidate with the reason, the score and rank or the contribution amount."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.domain.candidates import MEASURE_UNITS, Candidate, RuleKind, SubjectKind
from desktop.exchange.writer import _save, check_target, neutralise

SHEET = "Đề nghị xét chọn"
HEADERS = (
    "STT",
    "Họ và tên / Tên tập thể",
    "Đơn vị",
    "Đối tượng",
    "Căn cứ đề nghị",
    "Nhóm",
    "Tổng điểm",
    "Hạng",
    "Số được xếp hạng",
    "Đóng góp",
    "Đơn vị tính",
    "Danh hiệu, hình thức",
)
WIDTHS = (6, 30, 28, 14, 50, 24, 10, 8, 10, 16, 12, 30)
HEADER_ROW = 5
SUBJECT_LABELS = {
    SubjectKind.PERSON: "Cá nhân",
    SubjectKind.UNIT: "Tập thể",
    SubjectKind.HOUSEHOLD: "Hộ gia đình",
    SubjectKind.NAMED: "Ngoài danh sách",
}


def write_candidates(
    path: Path,
    movement: str,
    year: int,
    rules: Sequence[str],
    candidates: Sequence[Candidate],
    award_names: dict[str, str],
) -> int:
    """Write the list; `rules` are the rules in words; returns the number of candidates."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    check_target(Path(path))
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    bold = Font(bold=True)
    ws.append([neutralise(f"DANH SÁCH ĐỀ NGHỊ XÉT CHỌN NĂM {year} THEO KẾT QUẢ PHONG TRÀO")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([neutralise(f"Phong trào: {movement}")])
    ws.append([neutralise("Căn cứ: " + ("; ".join(rules) or "chưa đặt quy định xét chọn"))])
    ws.append(
        ["Danh sách là căn cứ đề nghị; mỗi người, tập thể vẫn được xét điều kiện khen thưởng."]
    )
    ws.append(list(HEADERS))
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
        cell = ws.cell(row=HEADER_ROW, column=i)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for n, c in enumerate(candidates, start=1):
        ranked = next((r for r in c.reasons if r.kind is not RuleKind.CONTRIBUTION), None)
        given = next((r for r in c.reasons if r.kind is RuleKind.CONTRIBUTION), None)
        unit = MEASURE_UNITS[given.contribution_kind] if given and given.contribution_kind else ""
        p = c.participant
        ws.append(
            [
                n,
                neutralise(p.name),
                neutralise(p.detail),
                SUBJECT_LABELS[p.kind],
                neutralise(c.reason_text()),
                neutralise(ranked.group_name) if ranked else "",
                ranked.total if ranked else None,
                ranked.rank if ranked else None,
                ranked.group_size if ranked else None,
                given.amount if given else None,
                unit,
                neutralise(award_names.get(c.award, c.award)),
            ]
        )
        ws.cell(row=ws.max_row, column=5).alignment = Alignment(wrap_text=True)
        if given is not None:
            ws.cell(row=ws.max_row, column=10).number_format = "#,##0.##"
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _save(wb, Path(path))
    return len(candidates)
