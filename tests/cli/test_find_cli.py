"""`thidua find` and the exit-code contract, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import people, units
from desktop.services.session import Workspace


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_find_json_lists_people_and_units(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    unit = units.save(ws, UnitInput("Phòng Đào tạo"))
    pid = people.save(ws, PersonInput("Đặng Thị Đào", unit, cccd="079185001234"))
    ws.close()
    result = thidua("--db", str(db_path), "find", "dao", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == [
        {"kind": "unit", "id": unit, "name": "Phòng Đào tạo", "unit": "", "cccd": ""},
        {
            "kind": "person",
            "id": pid,
            "name": "Đặng Thị Đào",
            "unit": "Phòng Đào tạo",
            "cccd": "079185001234",
        },
    ]
    plain = thidua("--db", str(db_path), "find", "ĐẶNG")
    assert "Đặng Thị Đào" in plain.stdout


def test_find_on_a_missing_database_is_exit_2(tmp_path: Path) -> None:
    result = thidua("--db", str(tmp_path / "none.db"), "find", "x")
    assert result.returncode == 2
    assert "Không tìm thấy tệp dữ liệu" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_not_a_database_is_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    result = thidua("--db", str(bad), "find", "x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert bad.read_text() == "hello"


def test_unknown_verb_is_exit_2() -> None:
    result = thidua("no-such-verb")
    assert result.returncode == 2
