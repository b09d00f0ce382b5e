"""Periodic report: every figure against the hand-counted office of report_fixture, periods,
scope, the empty period, saved written parts, the PDF and the workbook read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.errors import ValidationError
from desktop.domain.report_data import ReportData, ReportTable
from desktop.domain.reports import (
    LeaderRank,
    ReportInput,
    ReportKind,
    WrittenParts,
    leader_rank,
    parse_kind,
    parse_period,
)
from desktop.services import reports
from desktop.services.session import Workspace
from tests.services.report_fixture import Office, make


@pytest.fixture
def office(ws: Workspace) -> Office:
    return make(ws)


def _table(data: ReportData, prefix: str) -> ReportTable:
    return next(t for t in data.tables if t.title.startswith(prefix))


def test_period_parsing_and_previous_period() -> None:
    p = parse_period("2025")
    assert (p.start, p.end, p.label) == (date(2025, 1, 1), date(2025, 12, 31), "năm 2025")
    assert p.previous().text == "2024" and p.default_kind() is ReportKind.YEAR
    h = parse_period(" 2025-h1 ")
    assert (h.end, h.label, h.previous().end) == (
        date(2025, 6, 30),
        "6 tháng đầu năm 2025",
        date(2024, 6, 30),
    )
    assert h.default_kind() is ReportKind.HALF_YEAR
    t = parse_period("2021-2025")
    assert t.previous().text == "2016-2020" and t.label == "giai đoạn 2021 - 2025"
    assert t.default_kind() is ReportKind.FINAL
    r = parse_period("2025-01-01:2025-03-31")
    prev = r.previous()
    assert prev.end == date(2024, 12, 31) and (prev.end - prev.start) == (r.end - r.start)
    assert parse_kind("Tổng kết") is ReportKind.FINAL and parse_kind("6-thang").label
    for bad, words in [
        ("2025-H3", "không hợp lệ"),
        ("2025-02-30:2025-03-01", "không có thật"),
        ("2026-2021", "năm cuối đứng trước"),
        ("1800", "năm phải trong khoảng"),
        ("", "Hãy ghi kỳ báo cáo"),
    ]:
        with pytest.raises(ValidationError) as err:
            parse_period(bad)
        assert words in err.value.message
    with pytest.raises(ValidationError):
        parse_kind("quy")


def test_leader_rank_from_position() -> None:
    assert leader_rank("Chủ tịch UBND tỉnh") is LeaderRank.PROVINCE
    assert leader_rank("Phó Giám đốc") is LeaderRank.DEPARTMENT
    assert leader_rank("Giám đốc Trung tâm") is LeaderRank.OTHER_LEADER
    assert leader_rank("Phó Trưởng phòng") is LeaderRank.OTHER_LEADER
    assert leader_rank("Giám đốc", business=True) is LeaderRank.BUSINESS
    assert leader_rank("Kế toán trưởng", business=True) is LeaderRank.WORKER
    assert leader_rank("Chuyên viên") is LeaderRank.WORKER
    assert leader_rank("") is LeaderRank.WORKER


def test_every_figure_of_2025_by_hand(ws: Workspace, office: Office) -> None:
    data = reports.build(ws, "2025", issued_on=date(2026, 1, 5))
    assert data.has_records and data.kind is ReportKind.YEAR and data.previous.text == "2024"
    # 1. one movement runs in 2025 and in 2024 (the 2023 one in neither)
    assert "có 1 phong trào" in data.results[0].text[0]
    assert "(kỳ trước: 1)" in data.results[0].text[0]
    # targets without values of 2025 print the movement's whole period, saying so
    assert [r[5:] for r in _table(data, "Bảng 1.").rows] == [(10, 8, 80.0), (200, 250, 125.0)]
    assert all(str(r[4]).startswith("Cả giai đoạn") for r in _table(data, "Bảng 1.").rows)
    # 2. participation by unit (person under their unit, collective under itself)
    t2 = _table(data, "Bảng 2.")
    assert {r[1]: r[2:] for r in t2.rows} == {
        "Công ty An Phát": (1, 0, 0, 1, 0),
        "Phòng Kế hoạch": (2, 1, 1, 1, 1),  # An, Bình (new in 2025); the unit; 2024: An
        "Sở Tài chính": (1, 0, 1, 1, 0),  # Cường's yearly registration
    }
    assert t2.total == ("", "Tổng cộng", 4, 1, 2, 3, 1)
    # 3. sponsored commune and support
    assert _table(data, "Bảng 3.").rows == (
        (1, "Xã Phú Tâm", "Phòng Kế hoạch", 2, 7_000_000, 1_000_000),
    )
    kinds = {r[0]: r[1:] for r in _table(data, "Bảng 4.").rows}
    assert kinds["Tiền"] == (1, 5_000_000, 0, 0) and kinds["Ngày công"] == (0, 0, 1, 1_000_000)
    # 4. contributions by kind, in đồng
    t5 = _table(data, "Bảng 5.")
    assert {r[0]: (r[1], r[2], r[3]) for r in t5.rows} == {
        "Tiền": (1, "", 3_000_000),
        "Hiện vật": (1, "", 4_000_000),
        "Ngày công": (1, "10 ngày công", 2_000_000),
        "Đất đai": (1, "200 m²", 100_000_000),
    }
    assert t5.total == ("Tổng cộng", 4, "", 109_000_000, 1, 50_000_000)
    # 5. initiatives: by decision date, else the last day of their year
    t6 = _table(data, "Bảng 6.")
    assert t6.total == ("Tổng cộng", 1, 2, 0, 3, 1)
    assert {r[0]: r[1:] for r in t6.rows}["Mô hình hay"] == (0, 0, 0, 0, 1)
    assert {r[0]: r[1:] for r in _table(data, "Bảng 7.").rows} == {
        "Toàn quốc": (0, 0),
        "Cấp tỉnh": (1, 0),
        "Cơ sở": (1, 0),
    }
    assert "15.000.000 đồng" in data.results[4].text[0]
    # 6. proposals: 6 proposed, 5 granted (83.3 %); decided by level and subject
    t8 = _table(data, "Bảng 8.")
    by_award = {r[1]: r[3:] for r in t8.rows}
    assert by_award["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"] == (0, 3, 0, 3, 3, 100.0, 0, 0)
    assert by_award["Chiến sĩ thi đua cấp tỉnh"][3:6] == (1, 0, 0.0)
    assert by_award["Lao động tiên tiến"] == (0, 0, 0, 0, 0, None, 1, 1)
    assert t8.total == ("", "Tổng cộng", "", 1, 4, 1, 6, 5, 83.3, 1, 1)
    t9 = {r[0]: r[1:] for r in _table(data, "Bảng 9.").rows}
    assert t9["Cấp tỉnh"] == (1, 2, 0, 0, 1, 4, 0)  # plan; An + Cường lead; Dũng doanh nhân
    assert t9["Cấp cơ sở"] == (0, 0, 0, 1, 0, 1, 1)  # the household; 2024: Bình (LĐTT)
    # 7. ranking over the years of the period, previous period beside
    assert _table(data, "Bảng 10.").rows == (
        (1, "Phòng Kế hoạch", "", "Chung sức xây dựng nông thôn mới", 45.0, 40.0),
    )
    assert [(r[1], r[4], r[5]) for r in _table(data, "Bảng 11.").rows] == [
        ("Trần Thị Bình", 90.0, None),
        ("Nguyễn Văn An", 80.0, 70.0),
    ]


def test_form_0603_of_2025(ws: Workspace, office: Office) -> None:
    form = {r[1]: r[3:] for r in reports.form_0603(ws, 2025).rows}
    # total, Bằng khen, CSTĐ, Cờ thi đua, Huy hiệu — the household's GĐVH is not provincial
    assert form["01"] == (4, 3, 0, 1, 0)
    assert form["02"] == (1, 0, 0, 1, 0) and form["03"] == (0, 0, 0, 0, 0)
    assert form["04"] == (0, 0, 0, 0, 0) and form["05"] == (3, 3, 0, 0, 0)
    assert [form[c][0] for c in ("06", "07", "08", "09", "10")] == [0, 1, 1, 1, 0]
    assert form["11"] == (4, 3, 0, 1, 0)
    assert all(form[f"{c}"][0] == 0 for c in ("12", "13", "14", "15", "16", "17"))
    assert reports.form_0603(ws, 2024).rows[0][3] == 0


def test_scope_one_movement_and_half_year(ws: Workspace, office: Office) -> None:
    data = reports.build(ws, "2025", movement_id=office.ids["m"])
    assert data.scope == "Chung sức xây dựng nông thôn mới" and "Phong trào thi đua" in data.subject
    assert _table(data, "Bảng 2.").total == ("", "Tổng cộng", 3, 1, 1, 2, 1)  # no yearly regs
    assert _table(data, "Bảng 5.").total == ("Tổng cộng", 3, "", 105_000_000, 1, 50_000_000)
    assert _table(data, "Bảng 6.").total[4] == 1  # only the initiative of the movement
    # the 2025 batch is not a movement batch; the 2024 one is
    assert _table(data, "Bảng 8.").rows == (
        (1, "Lao động tiên tiến", "Cấp cơ sở", 0, 0, 0, 0, 0, None, 1, 1),
    )
    assert {r[0]: r[6] for r in _table(data, "Bảng 9.").rows}["Cấp cơ sở"] == 0
    half = reports.build(ws, "2025-H1")
    assert half.form is None and half.kind is ReportKind.HALF_YEAR
    assert _table(half, "Bảng 5.").total == ("Tổng cộng", 3, "", 105_000_000, 0, 0)
    assert _table(half, "Bảng 6.").total == ("Tổng cộng", 0, 1, 0, 1, 1)  # 2024-H1: the model


def test_empty_period_says_so(ws: Workspace, office: Office, tmp_path: Path) -> None:
    data = reports.build(ws, "2010")
    assert not data.has_records
    pdf = tmp_path / "empty.pdf"
    reports.write_pdf(data, pdf)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "chưa có số liệu thi đua, khen thưởng nào được ghi nhận" in text
    assert "Bảng 1." not in text


def test_written_parts_saved_and_offered(ws: Workspace, office: Office) -> None:
    p25 = parse_period("2025")
    parts = WrittenParts(
        "Ban hành kế hoạch.", "Nhiều mô hình hay.", "Còn chậm.", "Sát cơ sở.", "Tiếp tục phát động."
    )
    rid = reports.save(ws, ReportInput(ReportKind.YEAR, p25, None, parts))
    assert reports.save(ws, ReportInput(ReportKind.YEAR, p25, None, parts)) == rid  # replaces
    assert reports.build(ws, p25).parts == parts
    offered, source = reports.offered_parts(ws, ReportKind.YEAR, parse_period("2026"))
    assert offered == parts and source is not None and source.id == rid
    own, _ = reports.offered_parts(ws, ReportKind.YEAR, p25)
    assert own == parts
    none, src = reports.offered_parts(ws, ReportKind.FINAL, parse_period("2021-2025"))
    assert none.is_empty and src is None


def test_pdf_reads_back_in_order(ws: Workspace, office: Office, tmp_path: Path) -> None:
    parts = WrittenParts(direction="Sở đã ban hành Kế hoạch số 45/KH-STC.")
    data = reports.build(ws, "2025", parts=parts, issued_on=date(2026, 1, 5))
    out = tmp_path / "bao-cao.pdf"
    reports.write_pdf(data, out)
    reader = PdfReader(out)
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert {round(w), round(h)} == {595, 842}  # A4
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    order = [
        "BÁO CÁO",
        "Kết quả công tác thi đua, khen thưởng năm 2025",
        "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        "Sở đã ban hành Kế hoạch số 45/KH-STC.",
        "II. KẾT QUẢ THỰC HIỆN",
        "Bảng 1. Chỉ tiêu của các phong trào",
        "Bảng 5. Đóng góp theo hình thức",
        "109.000.000",
        "Bảng 8. Đề nghị khen thưởng",
        "83,3",
        "III. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "2. Hạn chế và nguyên nhân",
        "3. Bài học kinh nghiệm",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "Biểu số: 0603.N/BNV-TĐKT",
        "Người trực tiếp công tác",
    ]
    last = 0
    for s in order:  # each after the one before
        found = flat.find(s, last)
        assert found >= 0, s
        last = found + len(s)


def test_workbook_one_sheet_per_table(ws: Workspace, office: Office, tmp_path: Path) -> None:
    data = reports.build(ws, "2025")
    out = tmp_path / "bang.xlsx"
    assert reports.write_xlsx(data, out) == len(data.tables)
    wb = load_workbook(io.BytesIO(out.read_bytes()), read_only=True)
    assert len(wb.sheetnames) == len(data.tables) == 15  # + Tiền thưởng (decision helper), + Bảng 1b, + Biểu 0601.N (issue 20)
    assert "Đóng góp" in wb.sheetnames and "Đề nghị khen thưởng" in wb.sheetnames
    assert "Tiền thưởng" in wb.sheetnames
    sheet = wb["Đóng góp"]
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0].startswith("Bảng 5.")
    assert rows[2][:4] == ("Hình thức", "Số lượt", "Số lượng", "Giá trị (đồng)")
    assert rows[-1][:4] == ("Tổng cộng", 4, None, 109_000_000)
    assert rows[1][0].startswith("Báo cáo năm 2025")  # not "Báo cáo năm năm 2025"
    form = [r for r in wb["Biểu 0603.N"].iter_rows(values_only=True)]
    assert form[3][1:4] == ("01", "lượt", 4)


def test_workbook_text_never_runs_as_a_formula(
    ws: Workspace, office: Office, tmp_path: Path
) -> None:
    from desktop.domain.participation import RegistrationInput
    from desktop.domain.units import UnitInput
    from desktop.services import participation, units

    odd = units.save(ws, UnitInput('=HYPERLINK("x")', parent_id=office.ids["office"]))
    participation.register(
        ws, RegistrationInput(date(2025, 3, 1), "TTLĐTT", unit_id=odd, movement_id=office.ids["m"])
    )
    out = tmp_path / "bang.xlsx"
    reports.write_xlsx(reports.build(ws, "2025"), out)
    names = [
        r[1] if len(r) > 1 else None
        for r in load_workbook(out, read_only=True)["Đăng ký tham gia"].iter_rows(values_only=True)
    ]
    assert '\'=HYPERLINK("x")' in names


def test_offered_text_prefers_the_same_scope(ws: Workspace, office: Office) -> None:
    m = office.ids["m"]
    reports.save(
        ws, ReportInput(ReportKind.YEAR, parse_period("2023"), None, WrittenParts("Cả cơ quan"))
    )
    reports.save(
        ws, ReportInput(ReportKind.YEAR, parse_period("2024"), m, WrittenParts("Phong trào"))
    )
    p25 = parse_period("2025")
    assert reports.offered_parts(ws, ReportKind.YEAR, p25, m)[0].direction == "Phong trào"
    assert reports.offered_parts(ws, ReportKind.YEAR, p25, None)[0].direction == "Cả cơ quan"
