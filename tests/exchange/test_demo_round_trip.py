"""A realistic office (the demo data: many "Khóm 1" and "Ấp ..." sharing names) survives a round
trip through Excel: export, import into a fresh database, export again gives the same files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.domain.units import UnitInput, UnitKind
from desktop.services import demo, people, transfer, units
from desktop.services.session import Workspace
from desktop.services.unit_refs import UnitRefs


def _values(path: Path) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))


def test_demo_office_round_trip(ws: Workspace, tmp_path: Path) -> None:
    demo.fill(ws, people=300, seed=3)
    transfer.export(ws, "units", tmp_path / "units.xlsx")
    transfer.export(ws, "staff", tmp_path / "staff.xlsx")
    shared = [r for r in _values(tmp_path / "staff.xlsx") if "(" in str(r[6])]
    assert shared, "the demo has people in units that share a name"
    # Re-importing into the same database changes nothing.
    before = people.count(ws)
    again = transfer.import_file(ws, "staff", tmp_path / "staff.xlsx")
    assert (again.added, again.updated, again.unchanged, again.skipped) == (0, 0, 300, 0)
    assert transfer.import_file(ws, "units", tmp_path / "units.xlsx").added == 0
    assert people.count(ws) == before
    # A fresh database gets the same units and people.
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        transfer.import_file(fresh, "units", tmp_path / "units.xlsx")
        result = transfer.import_file(fresh, "staff", tmp_path / "staff.xlsx")
        assert (result.added, result.skipped) == (300, 0)
        transfer.export(fresh, "units", tmp_path / "units2.xlsx")
        transfer.export(fresh, "staff", tmp_path / "staff2.xlsx")
    finally:
        fresh.close()
    assert _values(tmp_path / "units2.xlsx") == _values(tmp_path / "units.xlsx")
    assert _values(tmp_path / "staff2.xlsx") == _values(tmp_path / "staff.xlsx")


def test_unit_references(ws: Workspace) -> None:
    p2 = units.save(ws, UnitInput("Phường 2", UnitKind.COMMUNE))
    p5 = units.save(ws, UnitInput("Phường 5", UnitKind.COMMUNE, code="P5"))
    k2 = units.save(ws, UnitInput("Khóm 1", UnitKind.VILLAGE, parent_id=p2))
    k5 = units.save(ws, UnitInput("Khóm 1", UnitKind.VILLAGE, parent_id=p5))
    vp = units.save(ws, UnitInput("Văn phòng", UnitKind.DEPARTMENT))
    refs = UnitRefs(units.list_units(ws))
    assert refs.label(vp) == "Văn phòng"
    assert refs.label(k2) == "Khóm 1 (Phường 2)"
    assert [u.id for u in refs.find("khom 1 (phuong 2)")] == [k2]
    assert [u.id for u in refs.find("Khóm 1 (p5)")] == [k5]
    assert len(refs.find("Khóm 1")) == 2
    assert refs.find("Khóm 1 (Phường 9)") == []
