"""Biểu 0601.N/BNV-TĐKT: the movements launched in a year, by scope, duration and method,
printed as its own appendix beside Biểu 0603.N (PDF read back)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from desktop.domain.movements import MovementKind
from desktop.services import movements, reports
from desktop.services.report_targets import duration_code
from desktop.services.session import Workspace
from tests.services.movement_data import make_office, plan


def test_duration_rows() -> None:
    assert duration_code(date(2025, 3, 1), date(2025, 8, 31)) == "06"
    assert duration_code(date(2025, 1, 1), date(2025, 12, 31)) == "07"
    assert duration_code(date(2025, 3, 15), date(2026, 3, 14)) == "07"
    assert duration_code(date(2025, 3, 15), date(2026, 3, 15)) == "08"
    assert duration_code(date(2023, 1, 1), date(2025, 12, 31)) == "09"
    assert duration_code(date(2021, 1, 1), date(2025, 12, 31)) == "10"


def test_movements_launched_in_the_year_by_row(ws: Workspace) -> None:
    make_office(ws)  # the 2021-2025 regular movement
    short = replace(
        plan(),
        name="Thi đua cao điểm chào mừng Đại hội",
        kind=MovementKind.THEMATIC,
        start=date(2021, 3, 1),
        end=date(2021, 8, 31),
        milestones=(),
    )
    movements.save(ws, short)
    later = replace(short, name="Thi đua theo đợt 2022", kind=MovementKind.CAMPAIGN,
                    start=date(2022, 1, 1), end=date(2022, 12, 31))  # fmt: skip
    movements.save(ws, later)
    data = reports.build(ws, "2021")
    form = data.form_0601
    assert form is not None and data.tables[-2] is form and data.tables[-1] is data.form
    rows = {r[1]: r[2:] for r in form.rows if r[1]}
    assert rows["01"] == (2, 0, 0, 2) and rows["05"] == (2, 0, 0, 2)
    assert rows["02"] == rows["03"] == rows["04"] == (0, 0, 0, 0)
    assert rows["06"] == (1, 0, 0, 1) and rows["10"] == (1, 0, 0, 1) and rows["07"][0] == 0
    assert rows["11"] == (1, 0, 0, 1) and rows["12"] == (1, 0, 0, 1)
    assert form.column_codes == ("A", "B", "1=(2+3+4)", "2", "3", "4")
    year_2022 = {r[1]: r[2] for r in reports.build(ws, "2022").form_0601.rows if r[1]}  # type: ignore[union-attr]
    assert (year_2022["01"], year_2022["07"], year_2022["11"]) == (1, 1, 1)
    pdf = PdfReader(BytesIO(reports.render_pdf(data)))
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Biểu số: 0601.N/BNV-TĐKT" in text and "SỐ PHONG TRÀO THI ĐUA NĂM 2021" in text
    assert "Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức" in text
    assert text.index("0601.N/BNV-TĐKT") < text.index("Biểu số: 0603.N/BNV-TĐKT")
