"""Award history spreadsheets: messy rows, catalog matching, all or nothing, round trip, CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import eligibility, people, transfer, units
from desktop.services.session import Workspace
from desktop.services.transfer import ImportRejected

HEADER = [
    "nam",
    "HỌ VÀ TÊN",
    "Số CCCD",
    "Ngày sinh",
    "Đơn vị",
    "Tên tập thể",
    "Danh hiệu / Hình thức",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
]


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch - Tài chính", code="KHTC"))
    a = people.save(ws, PersonInput("Nguyễn Thị Hương", unit, cccd="094185000123"))
    b = people.save(ws, PersonInput("Đặng Văn Dũng", unit, birth_date=BirthDate(1979, 5, 2)))
    return {"unit": unit, "a": a, "b": b}


def _file(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = [
    [
        2023,
        "Nguyen Thi Huong",
        94185000123,
        None,
        None,
        None,
        "chien si thi dua co so",
        "12/QĐ-STC",
        datetime(2023, 12, 20),
        "Sở Tài chính",
    ],
    [
        2024,
        "Đặng  Văn Dũng",
        None,
        "02/05/1979",
        None,
        None,
        "CSTDCS",
        "15/QĐ-STC",
        "20/12/2024",
        "Sở Tài chính",
    ],
    [
        2024,
        None,
        None,
        None,
        None,
        "KHTC",
        "Tập thể lao động tiên tiến",
        "16/QĐ-STC",
        "2024-12-21",
        "Sở Tài chính",
    ],
    [
        2019,
        "Đặng Văn Dũng",
        None,
        "1979-05-02",
        None,
        None,
        "Giấy khen của Chủ tịch UBND huyện",
        "3/QĐ-UBND",
        None,
        "UBND huyện Mỹ Xuyên",
    ],
]


def test_messy_rows_import_and_feed_the_rules(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    result = transfer.import_file(ws, "awards", _file(tmp_path / "a.xlsx", GOOD))
    assert (result.added, result.updated) == (4, 0)
    facts = {(r.subject_id, r.award): r for r in eligibility.evaluate(ws, 2025, "CSTD_TINH")}
    reasons = facts[(office["a"], "CSTD_TINH")].reasons
    assert "Thiếu: năm 2024 chưa đạt Chiến sĩ thi đua cơ sở" in reasons
    assert "Thiếu: năm 2023 chưa đạt Chiến sĩ thi đua cơ sở" not in reasons
    again = transfer.import_file(ws, "awards", _file(tmp_path / "b.xlsx", GOOD))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_one_bad_row_writes_nothing_unless_skipped(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    bad = [
        *GOOD,
        [2024, "Lê Văn Không Có", None, None, None, None, "LDTT", "", None, ""],
        [2024, "Nguyễn Thị Hương", None, None, None, None, "LDTT", "", "31/02/2024", ""],
    ]
    path = _file(tmp_path / "bad.xlsx", bad)
    with pytest.raises(ImportRejected) as err:
        transfer.import_file(ws, "awards", path)
    assert any(e.startswith("Dòng 6: Không tìm thấy “Lê Văn Không Có”") for e in err.value.errors)
    assert any(e.startswith("Dòng 7: Ngày quyết định") for e in err.value.errors)
    assert transfer.export(ws, "awards", tmp_path / "empty.xlsx") == 0
    result = transfer.import_file(ws, "awards", path, skip_invalid=True)
    assert (result.added, result.skipped) == (4, 2)


def test_export_round_trip_and_cli(
    ws: Workspace, office: dict[str, int], tmp_path: Path, db_path: Path
) -> None:
    transfer.import_file(ws, "awards", _file(tmp_path / "a.xlsx", GOOD))
    out = tmp_path / "out.xlsx"
    assert transfer.export(ws, "awards", out) == 4
    sheet = openpyxl.load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][6] == "Danh hiệu / Hình thức"
    assert "094185000123" in {r[2] for r in rows[1:]}  # CCCD kept as text with its zero
    ws.close()
    cli = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db_path), "import", "awards", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert cli.returncode == 0, cli.stderr
    assert "không đổi 4" in cli.stdout
