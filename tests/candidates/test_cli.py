"""`thidua --db PATH candidates MOVEMENT_ID --year Y [--json] [--out F.xlsx]` as a real process."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from desktop.domain.candidates import CandidateRule, RuleKind
from desktop.domain.participation import ContributionKind
from desktop.services import candidates
from desktop.services.session import Workspace
from tests.candidates.data import scored_office
from tests.cli.test_award_cli import thidua


def _fill(db: Path) -> int:
    ws = Workspace.open(db)
    try:
        s = scored_office(ws)
        mid = s.office.movement
        candidates.save_rule(
            ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000)
        )
        candidates.save_rule(
            ws, CandidateRule(mid, RuleKind.TOP_PERCENT, top_percent=25, award="CSTDCS")
        )
        return mid
    finally:
        ws.close()


def test_text_json_and_workbook(db_path: Path, tmp_path: Path) -> None:
    mid = _fill(db_path)
    text = thidua("--db", str(db_path), "candidates", str(mid), "--year", "2024")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[1] == "Căn cứ: Đóng góp tiền từ 50.000.000 đồng trong năm"
    assert lines[2] == "Căn cứ: 25 % đứng đầu mỗi nhóm theo tổng điểm"
    assert "Trần Thị Bình\tPhòng Tài chính doanh nghiệp\tĐóng góp 50.000.000 đồng" in lines[3]
    # 25 % of 4 people is one place (An), of 2 units one place (finance, 93 points)
    assert lines[4].endswith("\tChiến sĩ thi đua cơ sở")  # An, first by score: the award's name
    assert lines[-1] == "Tổng số: 3 người, tập thể đủ căn cứ đề nghị."

    out = tmp_path / "ds.xlsx"
    js = thidua(
        "--db", str(db_path), "candidates", str(mid), "--year", "2024", "--json", "--out", str(out)
    )
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)  # stdout stays JSON; the file's message is on stderr
    assert "ds.xlsx" in js.stderr
    assert [r["kind"] for r in data["rules"]] == ["dong_gop", "top_percent"]
    names = [c["name"] for c in data["candidates"]]
    assert names == ["Trần Thị Bình", "Nguyễn Văn An", "Phòng Tài chính doanh nghiệp"]
    an = data["candidates"][1]
    assert an["award"] == "CSTDCS"
    assert an["reasons"][0]["rank"] == 1 and an["reasons"][0]["total"] == 92.5
    assert an["reasons"][0]["places"] == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[5:]] == names


def test_bad_input_exits_2_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    mid = _fill(db_path)
    out = tmp_path / "none.xlsx"
    missing = thidua("--db", str(db_path), "candidates", "999", "--year", "2024", "--out", str(out))
    assert missing.returncode == 2
    assert "Không có phong trào số 999" in missing.stderr
    assert not out.exists()
    bad_year = thidua("--db", str(db_path), "candidates", str(mid), "--year", "20x4")
    assert bad_year.returncode == 2
    assert bad_year.stderr.strip().splitlines()[-1].startswith("Lỗi:")
    no_year = thidua("--db", str(db_path), "candidates", str(mid))
    assert no_year.returncode == 2
    helped = thidua("candidates", "--help")
    assert helped.returncode == 0 and "--year" in helped.stdout
