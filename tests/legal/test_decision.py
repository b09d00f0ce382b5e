"""The office's own Quyết định khen thưởng on a real migrated database: drafted after the
council's vote, numbered from the outgoing register, read back from the PDF; recorded through
the existing decision step; the reward money listed and written for the accountant."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.domain.errors import ConflictError
from desktop.domain.proposals import BatchState
from desktop.services import decisions, office, proposals, transfer
from desktop.services.session import Workspace
from tests.legal.decision_data import council_batch


def _text(pdf: bytes) -> list[str]:
    """Each page's text, blanks collapsed."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_preview_before_any_draft_is_marked_and_numbered_from_the_register(ws: Workspace) -> None:
    ids = council_batch(ws)
    pages = _text(decisions.render(ws, ids["batch"], on=date(2025, 12, 20)))
    assert "DỰ THẢO" in pages[0] and "Số: 01/QĐ-STC" in pages[0]
    assert decisions.drafts(ws, ids["batch"]) == []  # a preview reserves no number


def test_the_decision_and_its_list_read_back(ws: Workspace) -> None:
    ids = council_batch(ws)
    tt = proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    assert tt == "01/TTr-STC"
    [draft] = decisions.prepare(ws, ids["batch"], date(2025, 12, 20))
    assert draft.symbol == "02/QĐ-STC"  # the same sổ văn bản đi as the tờ trình
    assert [e.symbol for e in office.register(ws, 2025)] == ["01/TTr-STC", "02/QĐ-STC"]
    pages = _text(decisions.render(ws, ids["batch"]))
    decision = " ".join(p for p in pages if "DANH SÁCH" not in p)
    listing = next(p for p in pages if "DANH SÁCH" in p)
    # the quyết định cá biệt's elements, in order
    expected = [
        "UBND THÀNH PHỐ CẦN THƠ",
        "SỞ TÀI CHÍNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 02/QĐ-STC",
        "Cần Thơ, ngày 20 tháng 12 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc công nhận danh hiệu “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”, "
        "“Tập thể lao động tiên tiến” năm 2025 và tặng Giấy khen",
        "GIÁM ĐỐC SỞ TÀI CHÍNH",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;",
        "Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở Tài chính (biên bản họp ngày "
        "10/12/2025).",
        "QUYẾT ĐỊNH:",
        "Điều 1.",
        "Công nhận danh hiệu “Lao động tiên tiến” năm 2025 cho 03 cá nhân;",
        "Tặng Giấy khen cho 01 cá nhân.",
        "Điều 2.",
        "mức lương cơ sở 2.340.000 đồng",
        "Lao động tiên tiến theo Điều 50 Nghị định 152/2025/NĐ-CP: 03 × 710.000 đồng = "
        "2.130.000 đồng",
        "Giấy khen theo điểm e khoản 1 Điều 54 Nghị định 152/2025/NĐ-CP: 01 × 710.000 đồng",
        "Tổng số tiền thưởng: 7.060.000 đồng (Bảy triệu không trăm sáu mươi nghìn đồng).",
        "Điều 3.",
        "chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "GIÁM ĐỐC",
        "Nguyễn Văn An",
    ]
    at = 0
    for piece in expected:
        found = decision.find(piece, at)
        assert found >= 0, f"missing or out of order: {piece!r}"
        at = found
    assert "DỰ THẢO" not in decision
    for piece in [
        "DANH SÁCH",
        "(Kèm theo Quyết định số 02/QĐ-STC ngày 20 tháng 12 năm 2025 của Giám đốc Sở Tài chính)",
        "STT Họ và tên / Tên tập thể Chức vụ Đơn vị Danh hiệu, hình thức Số tiền (đồng)",
        "I. LAO ĐỘNG TIÊN TIẾN (03 cá nhân)",
        "1 Nguyễn Thị Hương",
        "II. CHIẾN SĨ THI ĐUA CƠ SỞ (01 cá nhân)",
        "2.340.000",
        "III. TẬP THỂ LAO ĐỘNG TIÊN TIẾN (01 tập thể)",
        "1.880.000",
        "IV. GIẤY KHEN (01 cá nhân)",
        "Tổng cộng 7.060.000",
        "Danh sách có 01 tập thể và 04 cá nhân.",
    ]:
        assert piece in listing, piece


def test_number_and_date_are_editable_and_recording_takes_them(ws: Workspace) -> None:
    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    [draft] = decisions.prepare(ws, ids["batch"], date(2025, 12, 20))
    assert decisions.set_number(ws, ids["batch"], draft.id, 15) == "15/QĐ-STC"
    with pytest.raises(ConflictError):
        decisions.set_number(ws, ids["batch"], draft.id, 1)  # the tờ trình's number
    decisions.set_date(ws, ids["batch"], date(2025, 12, 22))
    with pytest.raises(ConflictError):
        decisions.set_date(ws, ids["batch"], date(2026, 1, 2))  # another year's register
    with pytest.raises(ConflictError):
        decisions.prepare(ws, ids["batch"], date(2025, 12, 22))  # drafted already
    granted = decisions.record(ws, ids["batch"])
    assert granted == 6
    batch = proposals.get_batch(ws, ids["batch"])
    assert batch.state is BatchState.DECIDED
    assert (batch.decision_number, batch.decision_date) == ("15/QĐ-STC", date(2025, 12, 22))
    # the recorded decision prints with the same number and date, without the draft mark
    pages = _text(decisions.render(ws, ids["batch"]))
    assert "Số: 15/QĐ-STC" in pages[0] and "ngày 22 tháng 12 năm 2025" in pages[0]
    with pytest.raises(ConflictError):
        decisions.discard(ws, ids["batch"])


def test_one_decision_per_title_numbers_each_award(ws: Workspace, tmp_path: Path) -> None:
    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    found = decisions.prepare(ws, ids["batch"], date(2025, 12, 20), per_title=True, number=20)
    assert [(d.symbol, d.award_codes) for d in found] == [
        ("20/QĐ-STC", ("LDTT",)),
        ("21/QĐ-STC", ("CSTDCS",)),
        ("22/QĐ-STC", ("TTLDTT",)),
        ("23/QĐ-STC", ("GIAY_KHEN",)),
    ]
    pages = _text(decisions.render(ws, ids["batch"]))
    firsts = [p for p in pages if p.startswith("UBND") and "QUYẾT ĐỊNH" in p]
    assert len(firsts) == 4
    assert "Về việc tặng Giấy khen năm 2025" in firsts[3]
    decisions.record(ws, ids["batch"])
    rows = _rewards_json(ws.path, 2025)
    numbers = {(r["name"], r["award"]): r["decision_number"] for r in rows}
    assert numbers[("Đặng Văn Dũng", "Chiến sĩ thi đua cơ sở")] == "21/QĐ-STC"
    assert numbers[("Trần Văn Bình", "Giấy khen")] == "23/QĐ-STC"


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _rewards_json(db: Path, year: int) -> list[dict[str, object]]:
    result = thidua("--db", str(db), "rewards", "--year", str(year), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _import_history(ws: Workspace, path: Path) -> None:
    """An award of the year decided outside the office's batches (imported history)."""
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(
        [
            "Năm",
            "Họ và tên",
            "Số CCCD",
            "Ngày sinh",
            "Đơn vị",
            "Tên tập thể",
            "Danh hiệu / Hình thức",
            "Số quyết định",
            "Ngày quyết định",
            "Cơ quan ban hành",
        ]
    )
    sheet.append(
        [
            2025,
            "Lê Thị Lan",
            None,
            None,
            None,
            None,
            "Giấy khen",
            "07/QĐ-STC",
            datetime(2025, 9, 1),
            "Sở Tài chính",
        ]
    )
    wb.save(path)
    transfer.import_file(ws, "awards", path)


def test_decision_and_rewards_command_line(ws: Workspace, tmp_path: Path) -> None:
    ids = council_batch(ws)
    _import_history(ws, tmp_path / "history.xlsx")
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    decisions.prepare(ws, ids["batch"], date(2025, 12, 20))
    out = tmp_path / "qd.pdf"
    result = thidua("--db", str(ws.path), "decision", str(ids["batch"]), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(_text(out.read_bytes()))
    assert "Số: 02/QĐ-STC" in text and "Kèm theo Quyết định số 02/QĐ-STC" in text
    decisions.record(ws, ids["batch"])
    rows = _rewards_json(ws.path, 2025)
    assert {k for r in rows for k in r} >= {
        "subject_kind",
        "name",
        "unit",
        "award",
        "decision_number",
        "decision_date",
        "coefficient",
        "base_salary",
        "amount",
    }
    by = {(r["name"], r["award"]): r for r in rows}
    assert len(rows) == 7
    lan = by[("Lê Thị Lan", "Giấy khen")]  # imported, decided 01/09/2025
    assert (lan["decision_number"], lan["decision_date"], lan["amount"]) == (
        "07/QĐ-STC",
        "2025-09-01",
        710_000,
    )
    unit = by[("Phòng Kế hoạch - Tài chính", "Tập thể lao động tiên tiến")]
    assert (unit["subject_kind"], unit["coefficient"], unit["base_salary"], unit["amount"]) == (
        "unit",
        0.8,
        2_340_000,
        1_880_000,
    )
    assert by[("Nguyễn Thị Hương", "Lao động tiên tiến")]["unit"] == "Phòng Kế hoạch - Tài chính"
    assert all(isinstance(r["amount"], int) for r in rows)
    assert _rewards_json(ws.path, 2024) == []
    # the accountant's payment list
    book = tmp_path / "chi.xlsx"
    result = thidua("--db", str(ws.path), "rewards", "--year", "2025", "--xlsx", str(book))
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(book)
    sheet = wb["Chi tiền thưởng"]
    assert sheet["A1"].value == "DANH SÁCH CHI TIỀN THƯỞNG THI ĐUA, KHEN THƯỞNG NĂM 2025"
    header = [c.value for c in sheet[3]]
    assert "Ký nhận" in header and "Số tiền (đồng)" in header
    body = [[c.value for c in r] for r in sheet.iter_rows(min_row=4)]
    total_row = body[-1]
    assert total_row[1] == "Tổng cộng" and total_row[8] == 7_060_000 + 710_000
    assert len(body) == 8
    units = {r[0].value: r[2].value for r in wb["Theo đơn vị"].iter_rows(min_row=2)}
    assert units["Phòng Kế hoạch - Tài chính"] == 7_770_000 and units["Tổng cộng"] == 7_770_000
    awards = {
        r[0].value: (r[1].value, r[2].value) for r in wb["Theo hình thức"].iter_rows(min_row=2)
    }
    assert awards["Giấy khen"] == (2, 1_420_000)
    assert awards["Lao động tiên tiến"] == (3, 2_130_000)


def test_rewards_bad_year_is_input_error(db_path: Path) -> None:
    result = thidua("--db", str(db_path), "rewards", "--year", "20x5")
    assert result.returncode == 2 and "--year" in result.stderr


def test_the_periodic_report_gains_the_years_reward_money(ws: Workspace, tmp_path: Path) -> None:
    from desktop.services import reports

    ids = council_batch(ws)
    _import_history(ws, tmp_path / "history.xlsx")
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    decisions.prepare(ws, ids["batch"], date(2025, 12, 20))
    decisions.record(ws, ids["batch"])
    data = reports.build(ws, "2025", issued_on=date(2025, 12, 30))
    [money] = [s for s in data.results if s.heading == "8. Tiền thưởng"]
    [table] = money.tables
    rows = {r[1]: r[2:] for r in table.rows}
    assert rows["Giấy khen"] == (2, 0, 1_420_000)
    assert rows["Lao động tiên tiến"] == (3, 0, 2_130_000)
    assert table.total == ("", "Tổng cộng", 7, 0, 7_770_000)
    text = " ".join(_text(reports.render_pdf(data)))
    assert "8. Tiền thưởng" in text and "7.770.000 đồng" in text
    assert "Tổng tiền thưởng theo danh hiệu, hình thức" in text
    # the first half-year has no decision: the table says so
    half = reports.build(ws, "2025-H1", issued_on=date(2025, 7, 1))
    [empty] = [s for s in half.results if s.heading == "8. Tiền thưởng"]
    assert empty.tables[0].is_empty
