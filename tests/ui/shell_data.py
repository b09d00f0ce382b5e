"""A few real units and people for the application-shell tests, written through the services."""

from __future__ import annotations

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, units
from desktop.services.session import Workspace


def small_office(ws: Workspace) -> dict[str, int]:
    """Two units and three people; returns their ids by short name."""
    ids = {
        "vp": units.save(ws, UnitInput("Văn phòng Sở", UnitKind.DEPARTMENT, "VP")),
        "tt": units.save(ws, UnitInput("Thanh tra Sở", UnitKind.DEPARTMENT, "TT")),
    }
    for key, name, unit, sex, birth in (
        ("huong", "Nguyễn Thị Hương", "vp", Sex.FEMALE, BirthDate(1985, 3, 12)),
        ("phuong", "Trần Văn Phương", "vp", Sex.MALE, BirthDate(1979, 11, 2)),
        ("dang", "Đặng Minh Anh", "tt", Sex.MALE, BirthDate(1990)),
    ):
        ids[key] = people.save(
            ws, PersonInput(name, ids[unit], sex=sex, birth_date=birth, position="Chuyên viên")
        )
    return ids
