"""A Sở with a batch the council has voted on: LĐTT, CSTĐCS, TTLĐTT and Giấy khen nominees,
all within the head's own authority (shared by the decision and reward-money tests)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.awards import CommendationType
from desktop.domain.initiatives import AuthorShare, InitiativeInput, RecognitionStatus, Scope
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.services import initiatives, office, people, proposals, ratings, units
from desktop.services.session import Workspace

OFFICE = OfficeInfo(
    parent_agency="UBND thành phố Cần Thơ",
    name="Sở Tài chính",
    place="Cần Thơ",
    signer_name="Nguyễn Văn An",
    signer_title="Giám đốc",
    symbol="STC",
)
PEOPLE = [
    ("huong", "Nguyễn Thị Hương", Rating.EXCELLENT, "LDTT"),
    ("dung", "Đặng Văn Dũng", Rating.GOOD, "LDTT"),
    ("lan", "Lê Thị Lan", Rating.GOOD, "LDTT"),
    ("binh", "Trần Văn Bình", Rating.GOOD, "GIAY_KHEN"),
]


def council_batch(ws: Workspace, *, extra_people: int = 0) -> dict[str, int]:
    """Create the office, its people and a batch in state “đã họp”; return the ids."""
    office.save(ws, OFFICE)
    unit = units.save(ws, UnitInput("Phòng Kế hoạch - Tài chính", code="KHTC"))
    ids = {"unit": unit}
    rows = list(PEOPLE) + [
        (f"p{i}", f"Nguyễn Văn Thứ {i:03d}", Rating.GOOD, "LDTT") for i in range(extra_people)
    ]
    for key, name, rating, _award in rows:
        pid = people.save(ws, PersonInput(name, unit))
        ids[key] = pid
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, rating))
    ratings.set_unit_rating(ws, UnitRatingInput(unit, 2025, Rating.GOOD))
    ids["init"] = initiatives.save(
        ws,
        InitiativeInput(
            "Số hóa hồ sơ thi đua",
            2025,
            authors=(AuthorShare(ids["dung"]),),
            unit_id=unit,
            status=RecognitionStatus.RECOGNISED,
            recognising_body="Sở Tài chính",
            decision_number="12/QĐ-STC",
            decision_date=date(2025, 10, 1),
            scope=Scope.BASE,
        ),
    )
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    ids["batch"] = batch
    for key, _name, _rating, award in rows:
        proposals.add_nominee(
            ws,
            batch,
            NomineeInput(SubjectType.PERSON, award, person_id=ids[key], override_reason="Đủ"),
        )
    proposals.add_nominee(
        ws,
        batch,
        NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=ids["dung"], override_reason="Đủ"),
    )
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.UNIT, "TTLDTT", unit_id=unit, override_reason="Đủ")
    )
    votes = {n.id: 9 for n in proposals.nominees(ws, batch)}
    proposals.record_meeting(
        ws,
        batch,
        MeetingInput(
            datetime(2025, 12, 10, 8, 0),
            "Phòng họp Sở",
            "Nguyễn Văn An",
            "Trần Thị Thu",
            10,
            9,
            1,
            datetime(2025, 12, 10, 10, 30),
        ),
        votes,
    )
    return ids
