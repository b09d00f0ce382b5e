"""The person form's save is one use case: the person and their positions in one transaction."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.domain.people import PersonInput
from desktop.domain.subjects import PositionInput
from desktop.domain.units import UnitInput
from desktop.services import people, positions, units
from desktop.services.session import Workspace

CHIEF = PositionInput("Trưởng phòng", date(2019, 1, 1), leadership=True)
DEPUTY = PositionInput("Phó trưởng phòng", date(2015, 3, 1), date(2018, 12, 31))


def _refuse_positions(ws: Workspace) -> None:
    """From now on the database refuses every new position row (a failure inside the write)."""
    conn = sqlite3.connect(ws.path)
    conn.execute(
        "CREATE TRIGGER test_refuse_position BEFORE INSERT ON person_position"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    conn.commit()
    conn.close()


def test_person_and_positions_are_saved_together(ws: Workspace) -> None:
    unit = units.save(ws, UnitInput(name="Phòng Nội vụ"))
    pid = people.save_with_positions(
        ws, PersonInput(full_name="Lê Văn Tâm", unit_id=unit), [DEPUTY, CHIEF]
    )
    assert people.get(ws, pid).data.full_name == "Lê Văn Tâm"
    assert {p.data.title for p in positions.of_person(ws, pid)} == {CHIEF.title, DEPUTY.title}
    # None leaves the positions as they are
    people.save_with_positions(ws, PersonInput(full_name="Lê Văn Tâm", unit_id=unit), None, pid)
    assert len(positions.of_person(ws, pid)) == 2


def test_a_failure_in_the_positions_leaves_the_person_unchanged(ws: Workspace) -> None:
    # GIVEN a person with one position
    unit = units.save(ws, UnitInput(name="Phòng Nội vụ"))
    pid = people.save_with_positions(
        ws, PersonInput(full_name="Lê Văn Tâm", unit_id=unit, phone="0911"), [DEPUTY]
    )
    _refuse_positions(ws)
    # WHEN the form saves a new name and phone with a new position the database refuses
    with pytest.raises(Exception, match="refused by the test"):
        people.save_with_positions(
            ws,
            PersonInput(full_name="Lê Văn Tâm Mới", unit_id=unit, phone="0999"),
            [DEPUTY, CHIEF],
            pid,
        )
    # THEN neither the person nor the positions changed
    person = people.get(ws, pid)
    assert (person.data.full_name, person.data.phone) == ("Lê Văn Tâm", "0911")
    assert [p.data for p in positions.of_person(ws, pid)] == [DEPUTY]
    # AND a new person whose position is refused is not written at all
    before = people.count(ws)
    with pytest.raises(Exception, match="refused by the test"):
        people.save_with_positions(ws, PersonInput(full_name="Đỗ Thị Lan", unit_id=unit), [CHIEF])
    assert people.count(ws) == before
