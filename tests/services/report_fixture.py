"""A small office whose report figures are counted by hand (see the comments), written through
the real services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.awards import CommendationType
from desktop.domain.initiatives import (
    AuthorShare,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.movements import (
    CriterionInput,
    GroupKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
)
from desktop.domain.participation import (
    ContributionInput,
    ContributionKind,
    ContributorKind,
    RegistrationInput,
    ScoreInput,
    SponsorshipInput,
    SupportActivityInput,
    SupportKind,
)
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import initiatives, movements, participation, people, proposals, units
from desktop.services.session import Workspace


@dataclass
class Office:
    """Ids of what `make` created."""

    ids: dict[str, int] = field(default_factory=dict)


def _decide(
    ws: Workspace,
    batch: int,
    noms: list[NomineeInput],
    submitted: date,
    decided: date,
    refused: set[int],
) -> None:
    ids = [proposals.add_nominee(ws, batch, n) for n in noms]
    meeting = MeetingInput(datetime(submitted.year, submitted.month, 1, 8), "Sở", "GĐ", "VP", 9, 9)
    proposals.record_meeting(ws, batch, meeting, {i: 9 for i in ids})
    proposals.submit(ws, batch, submitted)
    proposals.record_decision(
        ws,
        batch,
        proposals.DecisionInput(
            "1/QĐ-UBND", decided, "UBND tỉnh", frozenset(ids[i] for i in refused)
        ),
    )


def make(ws: Workspace) -> Office:
    """The office of the report tests (period 2025, previous 2024)."""
    o = Office()
    i = o.ids
    i["office"] = units.save(ws, UnitInput("Sở Tài chính", UnitKind.DEPARTMENT, code="STC"))
    i["plan"] = units.save(ws, UnitInput("Phòng Kế hoạch", parent_id=i["office"], code="KH"))
    i["commune"] = units.save(ws, UnitInput("Xã Phú Tâm", UnitKind.COMMUNE, internal=False))
    i["company"] = units.save(ws, UnitInput("Công ty An Phát", UnitKind.ENTERPRISE, internal=False))
    for key, name, unit, position in [
        ("an", "Nguyễn Văn An", "plan", "Trưởng phòng"),
        ("binh", "Trần Thị Bình", "plan", "Chuyên viên"),
        ("cuong", "Lê Văn Cường", "office", "Phó Giám đốc"),
        ("dung", "Phạm Văn Dũng", "company", "Giám đốc"),
    ]:
        i[key] = people.save(ws, PersonInput(name, i[unit], position=position))
    i["m"] = movements.save(
        ws,
        MovementInput(
            "Chung sức xây dựng nông thôn mới",
            MovementKind.REGULAR,
            date(2021, 1, 1),
            date(2025, 12, 31),
            targets=(
                TargetInput("xã đạt chuẩn", 10, "xã", 8),
                TargetInput("hộ thoát nghèo", 200, "hộ", 250),
            ),
            groups=(
                TargetGroupInput(GroupKind.INTERNAL_UNIT, criteria=(CriterionInput("Đỡ đầu", 50),)),
                TargetGroupInput(GroupKind.STAFF, criteria=(CriterionInput("Sáng kiến", 100),)),
            ),
        ),
    )
    # a movement of 2023 only: runs neither in 2025 nor in 2024
    i["m2"] = movements.save(
        ws,
        MovementInput("Chuyển đổi số", MovementKind.THEMATIC, date(2023, 1, 1), date(2023, 12, 31)),
    )
    m = movements.get(ws, i["m"])
    g_unit, g_staff = m.data.groups[0], m.data.groups[1]
    reg = participation.register
    i["r_an"] = reg(
        ws,
        RegistrationInput(
            date(2021, 3, 1), "CSTĐCS", person_id=i["an"], movement_id=i["m"], group_id=g_staff.id
        ),
    )
    i["r_binh"] = reg(
        ws,
        RegistrationInput(
            date(2025, 2, 1), "LĐTT", person_id=i["binh"], movement_id=i["m"], group_id=g_staff.id
        ),
    )
    i["r_plan"] = reg(
        ws,
        RegistrationInput(
            date(2021, 3, 1), "TTLĐXS", unit_id=i["plan"], movement_id=i["m"], group_id=g_unit.id
        ),
    )
    i["r_dung"] = reg(
        ws,
        RegistrationInput(
            date(2024, 5, 1),
            "Doanh nghiệp tiêu biểu",
            person_id=i["dung"],
            movement_id=i["m"],
            group_id=g_staff.id,
        ),
    )
    reg(ws, RegistrationInput(date(2025, 1, 15), "CSTĐCS", person_id=i["cuong"], year=2025))
    reg(ws, RegistrationInput(date(2024, 1, 10), "CSTĐCS", person_id=i["cuong"], year=2024))
    sp = participation.add_sponsorship(
        ws, SponsorshipInput(i["m"], i["plan"], i["commune"], date(2021, 6, 1))
    )
    for day, kind, value in [
        (date(2025, 3, 10), SupportKind.MONEY, 5_000_000),
        (date(2025, 9, 1), SupportKind.GOODS, 2_000_000),
        (date(2024, 11, 20), SupportKind.LABOUR, 1_000_000),
    ]:
        participation.add_activity(ws, SupportActivityInput(sp, day, "Hỗ trợ", kind, value))
    C, K = ContributorKind, ContributionKind
    for contribution in [
        ContributionInput(
            C.PERSON, K.MONEY, date(2025, 4, 1), 3_000_000, person_id=i["an"], movement_id=i["m"]
        ),
        ContributionInput(
            C.HOUSEHOLD,
            K.LAND,
            date(2025, 5, 1),
            100_000_000,
            200,
            "m²",
            contributor_name="Hộ ông Sáu",
            movement_id=i["m"],
        ),
        ContributionInput(
            C.UNIT,
            K.LABOUR,
            date(2025, 6, 15),
            2_000_000,
            10,
            "ngày công",
            unit_id=i["plan"],
            movement_id=i["m"],
        ),
        ContributionInput(
            C.BUSINESS,
            K.MONEY,
            date(2024, 12, 31),
            50_000_000,
            contributor_name="Công ty An Phát",
            movement_id=i["m"],
        ),
        ContributionInput(
            C.BUSINESS, K.GOODS, date(2025, 7, 1), 4_000_000, contributor_name="Công ty X"
        ),
    ]:
        participation.add_contribution(ws, contribution)
    author = (AuthorShare(i["an"]),)
    R = RecognitionStatus
    for item in [
        InitiativeInput(
            "Số hóa hồ sơ",
            2025,
            InitiativeKind.INITIATIVE,
            author,
            i["plan"],
            i["m"],
            benefit_value=10_000_000,
            status=R.RECOGNISED,
            recognising_body="Sở",
            decision_number="1/QĐ",
            decision_date=date(2025, 10, 1),
            scope=Scope.BASE,
        ),
        InitiativeInput("Phần mềm chấm điểm", 2025, InitiativeKind.USEFUL_SOLUTION, author),
        InitiativeInput(
            "Quy trình mới",
            2024,
            InitiativeKind.INITIATIVE,
            author,
            benefit_value=5_000_000,
            status=R.RECOGNISED,
            recognising_body="Tỉnh",
            decision_number="2/QĐ",
            decision_date=date(2025, 1, 20),
            scope=Scope.PROVINCE,
        ),
        InitiativeInput(
            "Mô hình tổ tự quản",
            2024,
            InitiativeKind.GOOD_MODEL,
            author,
            status=R.NOT_RECOGNISED,
            recognising_body="Sở",
            decision_number="3/QĐ",
            decision_date=date(2024, 6, 1),
        ),
    ]:
        initiatives.save(ws, item)
    participation.set_scores(
        ws,
        [
            ScoreInput(i["r_an"], g_staff.criteria[0].id, 2025, 80),
            ScoreInput(i["r_an"], g_staff.criteria[0].id, 2024, 70),
            ScoreInput(i["r_binh"], g_staff.criteria[0].id, 2025, 90),
            ScoreInput(i["r_plan"], g_unit.criteria[0].id, 2025, 45),
            ScoreInput(i["r_plan"], g_unit.criteria[0].id, 2024, 40),
        ],
    )
    why = "Đặc cách theo kế hoạch"
    b24 = proposals.create_batch(
        ws, BatchInput("Phong trào 2024", CommendationType.MOVEMENT, 2024, movement_id=i["m"])
    )
    _decide(
        ws,
        b24,
        [NomineeInput(SubjectType.PERSON, "LDTT", person_id=i["binh"], override_reason=why)],
        date(2024, 11, 1),
        date(2024, 12, 1),
        set(),
    )
    b25 = proposals.create_batch(ws, BatchInput("Tổng kết 2025", CommendationType.MERIT, 2025))
    P = SubjectType.PERSON
    _decide(
        ws,
        b25,
        [
            NomineeInput(P, "BK_TINH", person_id=i["an"], override_reason=why),
            NomineeInput(P, "CSTD_TINH", person_id=i["binh"], override_reason=why),
            NomineeInput(P, "BK_TINH", person_id=i["cuong"], override_reason=why),
            NomineeInput(P, "BK_TINH", person_id=i["dung"], override_reason=why),
            NomineeInput(SubjectType.UNIT, "CO_TINH", unit_id=i["plan"], override_reason=why),
        ],
        date(2025, 11, 20),
        date(2025, 12, 20),
        {1},  # binh refused
    )
    # a tờ trình goes to one authority: the household's title (the commune decides) goes alone
    b25h = proposals.create_batch(
        ws, BatchInput("Gia đình văn hóa 2025", CommendationType.MERIT, 2025)
    )
    _decide(
        ws,
        b25h,
        [
            NomineeInput(
                SubjectType.HOUSEHOLD, "GDVH", household_name="Hộ ông Sáu", override_reason=why
            )
        ],
        date(2025, 11, 20),
        date(2025, 12, 20),
        set(),
    )
    return o
