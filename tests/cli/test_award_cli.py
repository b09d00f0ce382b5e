"""`thidua eligibility`, `new-batch`, `batches` as real processes on a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.domain.people import PersonInput
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import people, ratings, units
from desktop.services.session import Workspace


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _fill(db: Path) -> dict[str, int]:
    ws = Workspace.open(db)
    unit = units.save(ws, UnitInput("Phòng Tổ chức"))
    a = people.save(ws, PersonInput("Võ Thị Ánh", unit))
    b = people.save(ws, PersonInput("Hồ Văn Bảo", unit))
    ratings.set_person_rating(ws, PersonRatingInput(a, 2025, Rating.EXCELLENT))
    ratings.set_person_rating(ws, PersonRatingInput(b, 2025, Rating.DONE))
    ws.close()
    return {"a": a, "b": b, "unit": unit}


def test_eligibility_json_shape_and_reasons(db_path: Path) -> None:
    ids = _fill(db_path)
    result = thidua(
        "--db", str(db_path), "eligibility", "--year", "2025", "--award", "LDTT", "--json"
    )
    assert result.returncode == 0, result.stderr
    rows = {r["subject_id"]: r for r in json.loads(result.stdout)}
    assert set(rows[ids["a"]]) == {
        "subject_kind",
        "subject_id",
        "name",
        "unit",
        "award",
        "result",
        "reasons",
        "basis",
    }
    assert rows[ids["a"]]["basis"] == (
        "Điều 24 Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP"
    )
    assert rows[ids["a"]]["result"] == "eligible" and rows[ids["a"]]["name"] == "Võ Thị Ánh"
    assert rows[ids["b"]]["result"] == "ineligible"
    assert any("Hoàn thành nhiệm vụ" in r for r in rows[ids["b"]]["reasons"])


def test_new_batch_with_eligible_and_batches_list(db_path: Path) -> None:
    _fill(db_path)
    made = thidua(
        "--db",
        str(db_path),
        "new-batch",
        "--title",
        "Tổng kết năm 2025",
        "--kind",
        "annual",
        "--year",
        "2025",
        "--award",
        "CSTDCS",
        "--eligible",
    )
    assert made.returncode == 0, made.stderr
    batch_id = int(made.stdout.strip())
    listed = json.loads(thidua("--db", str(db_path), "batches", "--json").stdout)
    assert listed == [
        {
            "id": batch_id,
            "title": "Tổng kết năm 2025",
            "year": 2025,
            "state": "du_thao",
            "nominees": 1,
            "number": "",
        }
    ]


def test_bad_input_is_exit_2(db_path: Path) -> None:
    _fill(db_path)
    assert (
        thidua("--db", str(db_path), "eligibility", "--year", "2025", "--award", "NOPE").returncode
        == 2
    )
    bad = thidua(
        "--db", str(db_path), "new-batch", "--title", "X", "--kind", "movement", "--year", "2025"
    )
    assert bad.returncode == 2 and "phong trào" in bad.stderr
    assert json.loads(thidua("--db", str(db_path), "batches", "--json").stdout) == []
