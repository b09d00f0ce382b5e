"""A small office for initiative tests: units, people (with namesakes), a few initiatives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.identity import BirthDate
from desktop.domain.initiatives import (
    AuthorShare,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import initiatives, people, units
from desktop.services.session import Workspace


@dataclass
class Office:
    """Ids of what `build` stored."""

    finance: int
    personnel: int
    an: int  # Nguyễn Văn An, Phòng Tài chính
    an2: int  # Nguyễn Văn An, Phòng Tổ chức cán bộ (namesake)
    binh: int  # Trần Thị Bình
    cuong: int  # Lê Đức Cường
    digital: int  # initiative: Số hoá hồ sơ …
    model: int  # initiative: Mô hình “Một cửa” …
    proposed: int


def build(ws: Workspace) -> Office:
    """Store the test office."""
    finance = units.save(ws, UnitInput("Phòng Tài chính - Kế hoạch", code="TCKH"))
    personnel = units.save(ws, UnitInput("Phòng Tổ chức cán bộ", code="TCCB"))
    an = people.save(
        ws,
        PersonInput(
            "Nguyễn Văn An", finance, cccd="001085012345", birth_date=BirthDate(1985, 3, 2)
        ),
    )
    an2 = people.save(ws, PersonInput("Nguyễn Văn An", personnel, birth_date=BirthDate(1990)))
    binh = people.save(ws, PersonInput("Trần Thị Bình", finance, cccd="001190054321"))
    cuong = people.save(ws, PersonInput("Lê Đức Cường", personnel))
    digital = initiatives.save(
        ws,
        InitiativeInput(
            title="Số hoá hồ sơ thi đua, khen thưởng (CCHC)",
            year=2024,
            kind=InitiativeKind.INITIATIVE,
            authors=(AuthorShare(an, 60), AuthorShare(binh, 40)),
            unit_id=finance,
            field="Cải cách hành chính",
            status=RecognitionStatus.RECOGNISED,
            decision_number="125/QĐ-SNV",
            decision_date=date(2024, 12, 20),
            scope=Scope.BASE,
            benefit_value=15_000_000,
        ),
    )
    model = initiatives.save(
        ws,
        InitiativeInput(
            title="Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận",
            year=2023,
            kind=InitiativeKind.GOOD_MODEL,
            authors=(AuthorShare(cuong),),
            unit_id=personnel,
            status=RecognitionStatus.RECOGNISED,
            decision_number="88/QĐ-UBND",
            decision_date=date(2024, 2, 1),
            scope=Scope.PROVINCE,
        ),
    )
    proposed = initiatives.save(
        ws,
        InitiativeInput(
            title="Ứng dụng phần mềm quản lý văn bản đi đến",
            year=2025,
            authors=(AuthorShare(an2),),
        ),
    )
    return Office(finance, personnel, an, an2, binh, cuong, digital, model, proposed)
