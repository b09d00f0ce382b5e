"""The demo database: deterministic, realistic, refused on a database that has data."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop.domain.errors import ConflictError
from desktop.domain.identity import normalize_cccd
from desktop.domain.people import PersonInput, Sex
from desktop.domain.units import UnitKind
from desktop.services import demo, office, people, units
from desktop.services.session import Workspace


def _everyone(ws: Workspace) -> list:
    ids = people.query_ids(ws, people.make_query(""))
    return [people.get(ws, i) for i in ids]


def test_same_seed_same_people(tmp_path: Path) -> None:
    runs = []
    for n in (1, 2):
        ws = Workspace.open(tmp_path / f"run{n}.db")
        demo.fill(ws, people=250, seed=7)
        runs.append(
            sorted(
                (p.data.full_name, p.data.cccd, p.data.birth_date, p.unit_name)
                for p in _everyone(ws)
            )
        )
        ws.close()
    assert runs[0] == runs[1]
    other = Workspace.open(tmp_path / "other.db")
    demo.fill(other, people=250, seed=8)
    assert sorted(p.data.cccd for p in _everyone(other)) != sorted(r[1] for r in runs[0])
    other.close()


def test_counts_units_and_office(ws: Workspace) -> None:
    summary = demo.fill(ws, people=400, seed=1)
    assert "400 người" in summary
    assert people.count(ws) == 400
    all_units = units.list_units(ws)
    kinds = {u.kind for u in all_units}
    assert kinds >= {
        UnitKind.DEPARTMENT,
        UnitKind.SUBORDINATE,
        UnitKind.COMMUNE,
        UnitKind.VILLAGE,
        UnitKind.ENTERPRISE,
        UnitKind.COOPERATIVE,
    }
    names = {u.name for u in all_units}
    assert {"Văn phòng", "Thanh tra"} <= names
    by_id = {u.id: u for u in all_units}
    # Sub-units: ấp under xã, phòng under the đơn vị trực thuộc.
    assert any(u.kind is UnitKind.VILLAGE and by_id[u.parent_id].kind is UnitKind.COMMUNE
               for u in all_units if u.parent_id)  # fmt: skip
    assert any(by_id[u.parent_id].kind is UnitKind.SUBORDINATE for u in all_units if u.parent_id)
    assert all(u.internal for u in all_units if u.kind is UnitKind.DEPARTMENT)
    assert not any(u.internal for u in all_units if u.kind is UnitKind.COMMUNE)
    info = office.load(ws)
    # Sóc Trăng joined Cần Thơ on 01/07/2025: the demo's papers, dated after, name the city
    assert info.parent_agency == "UBND THÀNH PHỐ CẦN THƠ" and info.place == "Cần Thơ"
    assert info.name.startswith("SỞ")
    assert info.symbol == "STC"
    assert info.place and info.signer_name and info.signer_title
    everyone = _everyone(ws)
    assert [p.data.full_name for p in everyone if p.data.position == "Giám đốc"][:1] == [
        info.signer_name
    ]


def test_people_look_real(ws: Workspace) -> None:
    demo.fill(ws, people=400, seed=3)
    everyone = _everyone(ws)
    assert len(everyone) == 400
    cccds = [p.data.cccd for p in everyone]
    assert len(set(cccds)) == len(cccds)
    for p in everyone:
        data = p.data
        for text in (data.full_name, data.hometown, data.residence, data.position, p.unit_name):
            assert unicodedata.is_normalized("NFC", text)
        assert data.full_name == " ".join(
            x for x in (data.family_name, data.middle_name, data.given_name) if x
        )
        assert normalize_cccd(data.cccd) == data.cccd
        birth = data.birth_date
        assert birth is not None and 1900 <= birth.year <= 2010
        century_sex = int(data.cccd[3])
        assert century_sex == 2 * (birth.year // 100 - 19) + (1 if data.sex is Sex.FEMALE else 0)
        assert data.cccd[4:6] == f"{birth.year % 100:02d}"
    sexes = {p.data.sex for p in everyone}
    assert sexes == {Sex.MALE, Sex.FEMALE}
    assert any(p.data.birth_date and p.data.birth_date.year_only for p in everyone)
    assert any(p.data.birth_date and not p.data.birth_date.year_only for p in everyone)
    women = [p for p in everyone if p.data.sex is Sex.FEMALE]
    assert sum("Thị" in p.data.middle_name.split() for p in women) > len(women) // 3
    assert not any("Thị" in p.data.middle_name.split() for p in everyone if p.data.sex is Sex.MALE)
    families = [p.data.family_name for p in everyone]
    assert families.count("Nguyễn") > max(families.count(f) for f in set(families) - {"Nguyễn"})
    assert any(any(ch in p.data.full_name for ch in "ăâđêôơư") for p in everyone)
    positions = {p.data.position for p in everyone}
    assert {
        "Giám đốc",
        "Phó Giám đốc",
        "Chánh Văn phòng",
        "Trưởng phòng",
        "Chuyên viên",
    } <= positions
    # The search that the people page runs finds demo people by folded word starts.
    assert people.query_ids(ws, people.make_query("nguyen"))


def test_search_index_complete_and_kept_up_to_date(ws: Workspace) -> None:
    demo.fill(ws, people=300, seed=4)
    with sqlite3.connect(ws.path) as conn:  # raises when the index differs from the names
        conn.execute("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')")
    everyone = _everyone(ws)
    for p in everyone[::37]:
        hits = people.query_ids(ws, people.make_query(p.data.full_name))
        assert p.id in hits
    unit_id = units.list_units(ws)[0].id
    added = people.save(ws, PersonInput(full_name="Ưng Hoàng Phúc", unit_id=unit_id))
    assert people.query_ids(ws, people.make_query("ung hoang phuc")) == [added]


def test_refuses_a_database_with_units(ws: Workspace) -> None:
    demo.fill(ws, people=20, seed=1)
    with pytest.raises(ConflictError):
        demo.fill(ws, people=20, seed=2)
    assert people.count(ws) == 20


def test_zero_people(ws: Workspace) -> None:
    demo.fill(ws, people=0)
    assert people.count(ws) == 0
    assert units.list_units(ws)


def _thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_cli_demo_then_refuses_second_run(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = _thidua("--db", str(db), "demo", "--people", "300")
    assert first.returncode == 0, first.stderr
    assert "300 người" in first.stdout
    second = _thidua("--db", str(db), "demo", "--people", "300")
    assert second.returncode == 2
    assert "Lỗi" in second.stderr and "Traceback" not in second.stderr
    ws = Workspace.open(db)
    assert people.count(ws) == 300
    ws.close()
