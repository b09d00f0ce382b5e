"""`thidua import|export bloc-members|bloc-scores` as a real process: the kinds' own options
(--bloc, --year) from the registry, exit codes, nothing written on bad input, round trips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop.domain.blocs import BlocInput
from desktop.domain.movements import CriterionInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx

KHOI = "Khối các cơ quan tổng hợp"
MEMBER_HEAD = ["Khối thi đua", "Loại (Khối/Cụm)", "Thứ tự luân phiên", "Thành viên",
               "Ngoài danh mục đơn vị (x)", "Từ năm", "Đến năm", "Ghi chú"]  # fmt: skip


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _units(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    for name, code in (("Sở Tài chính", "STC"), ("Sở Kế hoạch và Đầu tư", "SKH")):
        units.save(ws, UnitInput(name, UnitKind.SUBORDINATE, code=code))
    ws.close()


def _members(db_path: Path) -> list[tuple[str, str, bool]]:
    ws = Workspace.open(db_path)
    try:
        return [
            (b.name, m.name, m.outside)
            for b in blocs.list_blocs(ws)
            for m in blocs.members(ws, b.id)
        ]
    finally:
        ws.close()


def test_members_import_makes_the_khoi_and_refuses_unknown_units(
    db_path: Path, tmp_path: Path
) -> None:
    _units(db_path)
    bad = make_xlsx(
        tmp_path / "tv.xlsx",
        [
            MEMBER_HEAD,
            [KHOI, "Khối", 2, "SKH", "", 2021, "", ""],
            [KHOI, "Khối", 1, "Sở Tài chính", "", 2021, "", "Trưởng khối 2021"],
            [KHOI, "Khối", 3, "Cục Thuế tỉnh", "x", 2022, "", "ngoài danh mục"],
            [KHOI, "Khối", 4, "Sở Không Có", "", "", "", ""],
        ],
    )
    result = thidua("--db", str(db_path), "import", "bloc-members", str(bad))
    assert result.returncode == 2
    assert "Dòng 5: Không tìm thấy đơn vị “Sở Không Có”" in result.stderr
    assert _members(db_path) == []
    result = thidua("--db", str(db_path), "import", "bloc-members", str(bad), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "thêm mới 3" in result.stdout
    # Rotation order follows "Thứ tự luân phiên"; the free name is kept as written.
    assert _members(db_path) == [
        (KHOI, "Sở Tài chính", False),
        (KHOI, "Sở Kế hoạch và Đầu tư", False),
        (KHOI, "Cục Thuế tỉnh", True),
    ]
    out = tmp_path / "ra.xlsx"
    result = thidua(
        "--db", str(db_path), "export", "bloc-members", str(out), "--bloc", KHOI.upper()
    )
    assert result.returncode == 0, result.stderr
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == tuple(MEMBER_HEAD[:4])
    assert [(r[2], r[3], r[4]) for r in rows[1:]] == [
        (1, "Sở Tài chính", None),
        (2, "Sở Kế hoạch và Đầu tư", None),
        (3, "Cục Thuế tỉnh", "x"),
    ]
    # The same file again changes nothing.
    again = thidua("--db", str(db_path), "import", "bloc-members", str(out))
    assert again.returncode == 0 and "không đổi 3" in again.stdout


def _scored_khoi(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    tc = units.save(ws, UnitInput("Sở Tài chính", UnitKind.SUBORDINATE))
    kh = units.save(ws, UnitInput("Sở Kế hoạch và Đầu tư", UnitKind.SUBORDINATE))
    bid = blocs.save_bloc(ws, BlocInput(KHOI))
    from desktop.domain.blocs import BlocMemberInput

    blocs.save_member(ws, bid, BlocMemberInput(tc))
    blocs.save_member(ws, bid, BlocMemberInput(kh))
    blocs.save_criteria(
        ws, bid, 2023, [CriterionInput("Chuyên môn", 70), CriterionInput("Phong trào", 30)]
    )
    ws.close()


def test_scores_take_the_khoi_and_year_options(db_path: Path, tmp_path: Path) -> None:
    _scored_khoi(db_path)
    head = ["Thành viên", "Tiêu chí", "Điểm tối đa", "Điểm"]
    f = make_xlsx(
        tmp_path / "diem.xlsx",
        [
            head,
            ["Sở Tài chính", "Chuyên môn", 70, 65],
            ["so tai chinh", "2", 30, 28.5],
            ["Sở Kế hoạch và Đầu tư", "1", "", 66],
            ["Sở Kế hoạch và Đầu tư", "Phong trào", "", 31],
        ],
    )
    # The kind's own options: required, and refused for a kind that does not take them.
    missing = thidua("--db", str(db_path), "import", "bloc-scores", str(f), "--bloc", KHOI)
    assert missing.returncode == 2 and "cần tùy chọn --year" in missing.stderr
    wrong = thidua("--db", str(db_path), "import", "households", str(f), "--year", "2023")
    assert wrong.returncode == 2 and "không dùng tùy chọn --year" in wrong.stderr
    args = ("--db", str(db_path), "import", "bloc-scores", str(f), "--bloc", KHOI, "--year", "2023")
    over = thidua(*args)
    assert over.returncode == 2
    assert "Dòng 5: Điểm 31 vượt quá điểm tối đa 30 của tiêu chí" in over.stderr
    done = thidua(*args, "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "thêm mới 3" in done.stdout
    ws = Workspace.open(db_path)
    try:
        [bid] = [b.id for b in blocs.list_blocs(ws)]
        view = blocs.year_view(ws, bid, 2023)
        assert [(ln.member.name, ln.total, ln.rank) for ln in view.ranking] == [
            ("Sở Tài chính", 93.5, 1),
            ("Sở Kế hoạch và Đầu tư", 66.0, 2),
        ]
    finally:
        ws.close()
    out = tmp_path / "diem-ra.xlsx"
    no_year = thidua("--db", str(db_path), "export", "bloc-scores", str(out), "--bloc", KHOI)
    assert no_year.returncode == 2 and not out.exists()
    unknown = thidua("--db", str(db_path), "export", "bloc-scores", str(out), "--bloc", "Khối X",
                     "--year", "2023")  # fmt: skip
    assert unknown.returncode == 2 and "Không có khối, cụm thi đua “Khối X”" in unknown.stderr
    ok = thidua(
        "--db", str(db_path), "export", "bloc-scores", str(out), "--bloc", KHOI, "--year", "2023"
    )
    assert ok.returncode == 0, ok.stderr
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[1:] == [
        ("Sở Tài chính", "Chuyên môn", 70, 65),
        ("Sở Tài chính", "Phong trào", 30, 28.5),
        ("Sở Kế hoạch và Đầu tư", "Chuyên môn", 70, 66),
        ("Sở Kế hoạch và Đầu tư", "Phong trào", 30, None),
    ]
    template = tmp_path / "mau.xlsx"
    assert thidua("template", "bloc-scores", "--out", str(template)).returncode == 0
    assert openpyxl.load_workbook(template).worksheets[0]["D1"].value == "Điểm"
