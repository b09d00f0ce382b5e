"""`thidua template | import | export`, run as a real process: exit codes, stderr lines, summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop.domain.units import UnitInput
from desktop.services import people, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _with_units(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    ws.close()


def _count(db_path: Path) -> int:
    ws = Workspace.open(db_path)
    try:
        return people.count(ws)
    finally:
        ws.close()


def _file(tmp_path: Path) -> Path:
    return make_xlsx(
        tmp_path / "staff.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"],
            ["Nguyễn Văn An", "01/02/1980", "001080000001", "VP"],
            ["Trần Thị Bình", "1985", "", "Phòng Lạ"],
            ["Lê Văn Cường", "1990", "123", "VP"],
            ["Phạm Thị Dung", "1991-04-05", "", "van phong"],
        ],
    )


def test_template_needs_no_database(tmp_path: Path) -> None:
    out = tmp_path / "mau.xlsx"
    result = thidua("--db", str(tmp_path / "none.db"), "template", "staff", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "none.db").exists()
    assert openpyxl.load_workbook(out).worksheets[0]["A1"].value == "Họ và tên"
    result = thidua("template", "units", "--out", str(tmp_path / "dv.xlsx"))
    assert result.returncode == 0, result.stderr


def test_import_bad_rows_exit_2_and_write_nothing(db_path: Path, tmp_path: Path) -> None:
    _with_units(db_path)
    result = thidua("--db", str(db_path), "import", "staff", str(_file(tmp_path)))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "Dòng 3: Không tìm thấy đơn vị “Phòng Lạ” (theo tên hoặc mã)",
        "Dòng 4: Số CCCD phải gồm đúng 12 chữ số",
    ]
    assert "chưa ghi gì" in lines[2]
    assert "Traceback" not in result.stderr
    assert _count(db_path) == 0


def test_import_skip_invalid_writes_valid_rows(db_path: Path, tmp_path: Path) -> None:
    _with_units(db_path)
    path = _file(tmp_path)
    result = thidua("--db", str(db_path), "import", "staff", str(path), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đã nhập: thêm mới 2, cập nhật 0, bỏ qua 2 dòng lỗi."
    assert result.stderr.splitlines()[0].startswith("Dòng 3: ")
    assert _count(db_path) == 2
    again = thidua("--db", str(db_path), "import", "staff", str(path), "--skip-invalid")
    assert (
        again.stdout.strip() == "Đã nhập: thêm mới 0, cập nhật 0, không đổi 2, bỏ qua 2 dòng lỗi."
    )
    assert _count(db_path) == 2


def test_export_then_import_round_trip(db_path: Path, tmp_path: Path) -> None:
    _with_units(db_path)
    thidua("--db", str(db_path), "import", "staff", str(_file(tmp_path)), "--skip-invalid")
    out = tmp_path / "out.xlsx"
    result = thidua("--db", str(db_path), "export", "staff", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 dòng" in result.stdout
    units_out = tmp_path / "units.xlsx"
    assert thidua("--db", str(db_path), "export", "units", str(units_out)).returncode == 0
    fresh = tmp_path / "fresh.db"
    assert thidua("--db", str(fresh), "import", "units", str(units_out)).returncode == 0
    result = thidua("--db", str(fresh), "import", "staff", str(out))
    assert result.returncode == 0, result.stderr
    assert "thêm mới 2" in result.stdout


def test_unreadable_file_is_a_message_not_a_traceback(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = thidua("--db", str(db_path), "import", "staff", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Tệp bad.xlsx có đặt mật khẩu")
    assert "Traceback" not in result.stderr
    result = thidua("--db", str(db_path), "import", "units", str(tmp_path / "missing.xlsx"))
    assert result.returncode == 2
    assert "Không tìm thấy tệp missing.xlsx" in result.stderr


def test_export_to_unwritable_place(db_path: Path, tmp_path: Path) -> None:
    result = thidua("--db", str(db_path), "export", "units", str(tmp_path / "no" / "x.xlsx"))
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Không ghi được tệp x.xlsx")
