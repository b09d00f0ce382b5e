"""`thidua rename-unit`, `unit-names`, `merge-units`, `office-name`: answers, JSON, refusals (2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, units
from desktop.services.session import Workspace


def _communes(db_path: Path) -> tuple[int, int, int]:
    ws = Workspace.open(db_path)
    a = units.save(ws, UnitInput("Xã Hòa An", UnitKind.COMMUNE, internal=False))
    b = units.save(ws, UnitInput("Xã Hòa Tiến", UnitKind.COMMUNE, internal=False))
    c = units.save(ws, UnitInput("Xã Hòa Lợi", UnitKind.COMMUNE, internal=False))
    people.save(ws, PersonInput("Nguyễn Văn An", a))
    people.save(ws, PersonInput("Lê Thị Bình", b))
    ws.close()
    return a, b, c


def _count(db_path: Path, sql: str) -> int:
    ws = Workspace.open(db_path)
    with ws.db.read() as conn:
        n = int(conn.execute(sql).fetchone()[0])
    ws.close()
    return n


def test_rename_then_names(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    a, _, _ = _communes(db_path)
    assert (
        main([*db, "rename-unit", str(a), "--name", "Phường Hòa An", "--from-date", "2025-07-01"])
        == 0
    )
    assert (
        "Đã đổi tên “Xã Hòa An” thành “Phường Hòa An” từ ngày 01/07/2025."
        in capsys.readouterr().out
    )
    assert main([*db, "unit-names", str(a), "--json"]) == 0
    hist = json.loads(capsys.readouterr().out)
    assert [(h["name"], h["valid_from"], h["valid_to"]) for h in hist] == [
        ("Xã Hòa An", None, "2025-06-30"),
        ("Phường Hòa An", "2025-07-01", None),
    ]
    # too early for a second rename, a bad date, an unknown unit: exit 2, nothing written
    assert main([*db, "rename-unit", str(a), "--name", "X", "--from-date", "2025-06-01"]) == 2
    assert "Ngày đổi tên phải sau ngày 01/07/2025" in capsys.readouterr().err
    assert main([*db, "rename-unit", str(a), "--name", "X", "--from-date", "31/02/2025"]) == 2
    assert main([*db, "rename-unit", "999", "--name", "X", "--from-date", "2026-01-01"]) == 2
    assert "Không tìm thấy đơn vị số 999" in capsys.readouterr().err
    assert _count(db_path, "SELECT count(*) FROM unit_name_period") == 1


def test_merge_preview_then_merge(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    a, b, c = _communes(db_path)
    args = [*db, "merge-units", "--into", str(c), "--from", str(a), str(b), "--date", "2025-07-01"]
    assert main([*args, "--preview", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["preview"] is True and plan["from_names"] == ["Xã Hòa An", "Xã Hòa Tiến"]
    assert {m["label"]: m["moved"] for m in plan["moves"]}["Cán bộ, người lao động"] == 2
    assert _count(db_path, "SELECT count(*) FROM unit_merge") == 0
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("Đã sáp nhập Xã Hòa An, Xã Hòa Tiến vào Xã Hòa Lợi từ ngày 01/07/2025.")
    assert "Cán bộ, người lao động: 2" in out
    assert _count(db_path, f"SELECT count(*) FROM person WHERE unit_id = {c}") == 2
    assert _count(db_path, "SELECT count(*) FROM unit WHERE active = 0") == 2
    # again: refused with exit 2 and a Vietnamese message
    assert main([*args, "--json"]) == 2
    assert "đã được sáp nhập" in capsys.readouterr().err
    assert (
        main([*db, "merge-units", "--into", str(c), "--from", str(c), "--date", "2025-07-01"]) == 2
    )
    assert main([*db, "merge-units", "--into", str(c), "--from", str(a), "--date", "hôm qua"]) == 2


def test_office_superior_history(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    args = [*db, "office-name", "--name", "UBND TỈNH HẬU GIANG", "--until", "2025-06-30"]
    assert main(args) == 0
    assert "UBND TỈNH HẬU GIANG" in capsys.readouterr().out
    assert main([*db, "office-name", "--json"]) == 0
    hist = json.loads(capsys.readouterr().out)
    assert hist[0]["valid_to"] == "2025-06-30" and hist[-1]["valid_from"] == "2025-07-01"
    assert main([*db, "office-name", "--name", "X"]) == 2  # no --until
    assert main([*db, "office-name", "--name", "Y", "--until", "2025-01-01"]) == 2  # overlaps
