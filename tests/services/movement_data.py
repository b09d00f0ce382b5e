"""Small realistic data for the movement tests, written through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.identity import BirthDate
from desktop.domain.movements import (
    CriterionInput,
    DocumentRef,
    GroupKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
    standard_milestones,
)
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import movements, people, units
from desktop.services.session import Workspace


@dataclass
class Office:
    """Ids of what `make_office` created."""

    office: int
    finance: int
    planning: int
    commune: int
    village: int
    people: dict[str, int]
    movement: int = 0


def plan() -> MovementInput:
    """The NTM movement 2021-2025 with two groups and scored criteria."""
    return MovementInput(
        name="Sóc Trăng chung sức xây dựng nông thôn mới",
        kind=MovementKind.REGULAR,
        start=date(2021, 1, 1),
        end=date(2025, 12, 31),
        basis=DocumentRef("130/KH-UBND", date(2022, 9, 13), "UBND tỉnh Sóc Trăng"),
        plan=DocumentRef("45/KH-STC", date(2022, 10, 3), "Sở Tài chính"),
        purpose="Phát huy sức mạnh tổng hợp.",
        targets=(TargetInput("xã đạt chuẩn nông thôn mới", 55, "xã"),),
        groups=(
            TargetGroupInput(
                GroupKind.INTERNAL_UNIT,
                criteria=(
                    CriterionInput("Hoàn thành văn bản hướng dẫn", 40),
                    CriterionInput("Đỡ đầu xã có địa chỉ cụ thể", 60),
                ),
            ),
            TargetGroupInput(
                GroupKind.STAFF,
                criteria=(
                    CriterionInput("Sáng kiến, giải pháp", 50),
                    CriterionInput("Tuyên truyền", 50),
                ),
            ),
        ),
        award_forms=("Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen"),
        milestones=standard_milestones(date(2021, 1, 1), date(2025, 12, 31)),
    )


def make_office(ws: Workspace, *, with_movement: bool = True) -> Office:
    """Two departments, an outside commune and village, five people (two namesakes)."""
    office = units.save(ws, UnitInput("Sở Tài chính", UnitKind.DEPARTMENT, code="STC"))
    finance = units.save(
        ws, UnitInput("Phòng Tài chính doanh nghiệp", parent_id=office, code="TCDN")
    )
    planning = units.save(ws, UnitInput("Phòng Quản lý ngân sách", parent_id=office, code="QLNS"))
    commune = units.save(ws, UnitInput("Xã Phú Tâm", UnitKind.COMMUNE, internal=False))
    village = units.save(ws, UnitInput("Ấp Phú Hòa", UnitKind.VILLAGE, internal=False))
    ids = {
        "an": people.save(
            ws,
            PersonInput(
                "Nguyễn Văn An", finance, birth_date=BirthDate(1980, 5, 17), cccd="094080001234"
            ),
        ),
        "binh": people.save(
            ws, PersonInput("Trần Thị Bình", finance, birth_date=BirthDate(1985, 2, 1))
        ),
        "cuong1": people.save(
            ws, PersonInput("Lê Văn Cường", finance, birth_date=BirthDate(1979, 3, 3))
        ),
        "cuong2": people.save(
            ws, PersonInput("Lê Văn Cường", planning, birth_date=BirthDate(1990, 9, 9))
        ),
        "dung": people.save(ws, PersonInput("Phạm Thị Dung", planning)),
    }
    result = Office(office, finance, planning, commune, village, ids)
    if with_movement:
        result.movement = movements.save(ws, plan())
    return result
