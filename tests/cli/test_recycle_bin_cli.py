"""`thidua trash`: list the bin, restore an entry, purge one or all; refusals exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import people, units
from desktop.services.session import Workspace


def _bin_of_three(db_path: Path) -> tuple[int, int]:
    """A person, then a unit, then another person deleted; (unit id, person id)."""
    ws = Workspace.open(db_path)
    office = units.save(ws, UnitInput(name="Văn phòng Sở"))
    spare = units.save(ws, UnitInput(name="Tổ lưu trữ"))
    an = people.save(ws, PersonInput(full_name="Nguyễn Văn An", unit_id=spare))
    binh = people.save(ws, PersonInput(full_name="Lê Thị Bình", unit_id=office))
    people.delete(ws, an)
    units.delete(ws, spare)
    people.delete(ws, binh)
    ws.close()
    return spare, an


def test_list_restore_purge(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    spare, an = _bin_of_three(db_path)
    assert main([*db, "trash"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "Thùng rác có 3 mục."
    assert lines[0].split("\t")[1:3] == ["Cá nhân", "Lê Thị Bình (Văn phòng Sở)"]
    assert main([*db, "trash", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in entries] == ["person", "unit", "person"]
    binh, unit, person = (e["id"] for e in entries)
    # the person of the deleted unit cannot come back before the unit
    assert main([*db, "trash", "restore", str(person)]) == 2
    err = capsys.readouterr().err
    assert "Không khôi phục được Nguyễn Văn An" in err and "đơn vị" in err
    assert main([*db, "trash", "restore", str(unit)]) == 0
    assert "Đã khôi phục đơn vị Tổ lưu trữ" in capsys.readouterr().out
    assert main([*db, "trash", "restore", str(person)]) == 0
    ws = Workspace.open(db_path)
    assert people.get(ws, an).unit_name == "Tổ lưu trữ"
    assert units.get(ws, spare).name == "Tổ lưu trữ"
    ws.close()
    # purge: unknown id, missing argument, one entry, all
    assert main([*db, "trash", "purge", "99"]) == 2
    assert "Không có mục số 99" in capsys.readouterr().err
    assert main([*db, "trash", "purge"]) == 2
    assert "--all" in capsys.readouterr().err
    assert main([*db, "trash", "restore", "99"]) == 2
    assert main([*db, "trash", "purge", str(binh)]) == 0
    assert "Đã xóa hẳn cá nhân Lê Thị Bình" in capsys.readouterr().out
    assert main([*db, "trash"]) == 0
    assert capsys.readouterr().out.strip() == "Thùng rác trống."
    assert main([*db, "trash", "purge", "--all"]) == 0
    assert "Đã xóa hẳn 0 mục" in capsys.readouterr().out
    # and the file passes every check (audit digests of the restored records included)
    assert main([*db, "check"]) == 0


def test_purge_all_then_check(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    _bin_of_three(db_path)
    assert main([*db, "trash", "purge", "--all"]) == 0
    assert "Đã xóa hẳn 3 mục" in capsys.readouterr().out
    assert main([*db, "trash", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*db, "check"]) == 0
