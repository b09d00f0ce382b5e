"""A decided batch to print certificates from."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.awards import CommendationType
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import office, people, proposals, ratings, units
from desktop.services.session import Workspace

NAMES = ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Tôn Nữ Hoàng Thị Minh Nguyệt Thanh Xuân Phương Thảo")
MEETING = MeetingInput(
    datetime(2025, 12, 10, 8, 0),
    "Phòng họp Sở",
    "Giám đốc Sở",
    "Chánh Văn phòng",
    10,
    9,
    1,
    datetime(2025, 12, 10, 10, 30),
)


def decided_batch(ws: Workspace, size: int = 3, refuse_second: bool = True) -> dict[str, object]:
    """A batch of Lao động tiên tiến nominees, voted, submitted and decided (the second one
    refused when `refuse_second`)."""
    office.save(
        ws,
        OfficeInfo(
            "UBND tỉnh Sóc Trăng", "Sở Tài chính", "Sóc Trăng", "Lê Văn Tâm", "GIÁM ĐỐC", "STC"
        ),
    )
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    noms: list[int] = []
    for i in range(size):
        name = NAMES[i] if i < len(NAMES) else f"Người thứ {i + 1}"
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
        noms.append(
            proposals.add_nominee(
                ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=pid)
            )
        )
    proposals.record_meeting(ws, batch, MEETING, dict.fromkeys(noms, 9))
    proposals.submit(ws, batch, date(2025, 12, 12))
    refused = frozenset({noms[1]}) if refuse_second and size > 1 else frozenset()
    proposals.record_decision(
        ws,
        batch,
        proposals.DecisionInput("150/QĐ-STC", date(2025, 12, 20), "Sở Tài chính", refused),
    )
    return {"batch": batch, "nominees": noms}
