"""Right subjects and each kind of commendation by its own criteria (issue 13, points 9-10).

Each row: the subject's constructed facts, the year, the award, the expected result and the
legal source (docs/legal-sources.md, "Subjects …"). Domain rows judge constructed facts with the
shipped catalog; the database rows build the history in a real migrated SQLite file.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.awards import CommendationType
from desktop.domain.eligibility import (
    DisciplineFact,
    HouseholdHistory,
    PersonHistory,
    PositionFact,
    Result,
    Rules,
    ServiceFacts,
    UnitHistory,
)
from desktop.domain.people import PersonInput, Sex
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.ratings import DisciplineKind, Rating, UnitRatingInput
from desktop.domain.subjects import BlocKind, BlocLeaderInput, HouseholdInput, PositionInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.persistence import open_database
from desktop.services import (
    blocs,
    eligibility,
    households,
    people,
    positions,
    proposals,
    ratings,
    units,
)
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace

DATA = Path(__file__).parent.parent / "data"
RULES = Rules(catalog_service.national())
LUAT_30 = "Luật Thi đua, khen thưởng 2022 Điều 30; Nghị định 86/2023/NĐ-CP"
LUAT_31 = "Luật Thi đua, khen thưởng 2022 Điều 31; Nghị định 86/2023/NĐ-CP"
ND_122 = "Nghị định 122/2018/NĐ-CP"
LUAT_26 = "Luật Thi đua, khen thưởng 2022 Điều 26; Bắc Ninh QĐ 86/2025 Điều 3.1"
LUAT_8 = "Luật Thi đua, khen thưởng 2022 Điều 8 (loại hình khen thưởng)"
ND_152_21 = (
    "Nghị định 152/2025/NĐ-CP Điều 21 (bảng thời gian giữ chức vụ: chưa đọc được nguyên văn)"
)
ND_98_4 = "Nghị định 98/2023/NĐ-CP Điều 4 (nữ: giảm một phần ba thời gian)"


def _unit(kind: str, *, blocs: tuple[str, ...] = (), rating: Rating | None = None) -> UnitHistory:
    ratings = {2023: rating, 2025: rating} if rating else {}
    return UnitHistory(7, "Đơn vị thử", ratings, kind=kind, blocs_led=blocs)


@dataclass(frozen=True)
class UnitCase:
    unit: UnitHistory
    year: int
    award: str
    expected: Result
    source: str
    says: str  # a phrase the reasons must contain


UNIT_CASES = [
    UnitCase(_unit("thon"), 2025, "THON_VH", Result.REVIEW, LUAT_30, "86/2023"),
    UnitCase(_unit("thon"), 2023, "THON_VH", Result.REVIEW, ND_122, "122/2018"),
    UnitCase(
        _unit("phong_ban"), 2025, "THON_VH", Result.INELIGIBLE, LUAT_30, "chỉ xét tặng cho thôn"
    ),
    UnitCase(_unit("xa"), 2025, "THON_VH", Result.INELIGIBLE, LUAT_30, "xã, phường, đặc khu"),
    UnitCase(
        _unit("truc_thuoc", blocs=("Khối thi đua Kinh tế",), rating=Rating.EXCELLENT),
        2025,
        "CO_TINH",
        Result.REVIEW,
        LUAT_26,
        "dẫn đầu Khối thi đua Kinh tế",
    ),
    UnitCase(
        _unit("truc_thuoc", blocs=("Cụm thi đua số 2",)),
        2023,
        "CO_TINH",
        Result.REVIEW,
        LUAT_26,
        "chưa có xếp loại",
    ),
    UnitCase(
        _unit("phong_ban", rating=Rating.EXCELLENT),
        2025,
        "CO_TINH",
        Result.INELIGIBLE,
        LUAT_26,
        "không dẫn đầu khối, cụm",
    ),
    UnitCase(
        _unit("truc_thuoc", blocs=("Khối thi đua Kinh tế",), rating=Rating.GOOD),
        2025,
        "CO_TINH",
        Result.INELIGIBLE,
        LUAT_26,
        "cần Hoàn thành xuất sắc",
    ),
]


@pytest.mark.parametrize("case", UNIT_CASES, ids=lambda c: f"{c.award}-{c.unit.kind}-{c.year}")
def test_unit_subjects(case: UnitCase) -> None:
    v = RULES.check_unit(case.award, case.unit, case.year)
    assert v.result is case.expected, (case.source, v.reasons)
    assert any(case.says in r for r in v.reasons), v.reasons


def test_household_title_is_for_households_and_left_to_the_council() -> None:
    # Luật 2022 Điều 31; NĐ 86/2023 (framework) — the standard is qualitative: review.
    h = HouseholdHistory(3, "Nguyễn Văn An", "Thôn Đông", 4)
    v = RULES.check_household("GDVH", h, 2025)
    assert v.result is Result.REVIEW
    assert "hộ Nguyễn Văn An, Thôn Đông, 4 nhân khẩu" in v.reasons[0]
    assert "86/2023" in v.reasons[1], LUAT_31
    # A title of people is never given to a household.
    assert RULES.check_household("LDTT", h, 2025).result is Result.INELIGIBLE


NO_RATING = PersonHistory(1, "Trần Thị Bình", "Phòng Kế hoạch")
DISCIPLINED = (DisciplineFact(DisciplineKind.WARNING, 2025),)


@pytest.mark.parametrize(
    ("disciplines", "achievement", "expected", "says", "source"),
    [
        (
            (),
            "Cứu hai người bị nạn trong lũ ngày 10/9/2025",
            Result.REVIEW,
            "Cứu hai người",
            LUAT_8,
        ),
        ((), "", Result.REVIEW, "chưa ghi thành tích đột xuất", LUAT_8),
        (DISCIPLINED, "Cứu người", Result.INELIGIBLE, "kỷ luật", "Nghị định 98/2023/NĐ-CP Điều 4"),
    ],
)
def test_sudden_nominee_is_judged_by_the_achievement_not_the_rating(
    disciplines: tuple[DisciplineFact, ...],
    achievement: str,
    expected: Result,
    says: str,
    source: str,
) -> None:
    # No yearly rating at all: a công trạng BK_TINH would be ineligible; đột xuất is not.
    assert RULES.check_person("BK_TINH", NO_RATING, 2025).result is Result.INELIGIBLE
    v = RULES.check_sudden("BK_TINH", disciplines, achievement, 2025)
    assert v.result is expected, (source, v.reasons)
    assert any(says in r for r in v.reasons)
    assert not any("xếp loại" in r and "Thiếu" in r for r in v.reasons)


def _pos(title: str, start: str, end: str | None, lead: bool = True) -> PositionFact:
    return PositionFact(
        title, date.fromisoformat(start), date.fromisoformat(end) if end else None, lead
    )


LEADER = (
    _pos("Chuyên viên", "2000-01-01", "2009-12-31", lead=False),
    _pos("Phó Giám đốc Sở", "2010-01-01", "2017-12-31"),
    _pos("Giám đốc Sở", "2018-01-01", None),
)


@pytest.mark.parametrize(
    ("service", "year", "expected", "says", "source"),
    [
        (ServiceFacts(LEADER), 2025, Result.REVIEW, "16 năm", ND_152_21),
        (ServiceFacts(LEADER, female=True), 2025, Result.REVIEW, "16 năm", ND_98_4),
        (ServiceFacts(LEADER[:1]), 2025, Result.INELIGIBLE, "không có chức vụ lãnh đạo", LUAT_8),
        (ServiceFacts(), 2025, Result.INELIGIBLE, "chưa ghi quá trình công tác", LUAT_8),
        # Overlapping leadership periods count once: 2010-2025 is 16 years, not more.
        (
            ServiceFacts((*LEADER, _pos("Bí thư Chi bộ", "2012-01-01", "2016-12-31"))),
            2025,
            Result.REVIEW,
            "16 năm",
            ND_152_21,
        ),
    ],
)
def test_long_service_reads_the_tenure_in_leadership(
    service: ServiceFacts, year: int, expected: Result, says: str, source: str
) -> None:
    v = RULES.check_service("HCLD3", NO_RATING, service, year)
    assert v.result is expected, (source, v.reasons)
    assert any(says in r for r in v.reasons), v.reasons


# -- a real migrated file --------------------------------------------------------------------


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    ids = {
        "dept": units.save(ws, UnitInput("Phòng Kế hoạch", UnitKind.DEPARTMENT)),
        "sub": units.save(ws, UnitInput("Chi cục Thủy lợi", UnitKind.SUBORDINATE)),
        "village": units.save(ws, UnitInput("Thôn Đông", UnitKind.VILLAGE, internal=False)),
    }
    ids["person"] = people.save(ws, PersonInput("Trần Thị Bình", ids["dept"], sex=Sex.FEMALE))
    ids["household"] = households.save(ws, HouseholdInput("Nguyễn Văn An", ids["village"], 4))
    ratings.set_unit_rating(ws, UnitRatingInput(ids["sub"], 2025, Rating.EXCELLENT))
    ratings.set_unit_rating(ws, UnitRatingInput(ids["dept"], 2025, Rating.EXCELLENT))
    blocs.set_leader(
        ws, BlocLeaderInput("Khối các cơ quan kinh tế", 2025, ids["sub"], BlocKind.KHOI)
    )
    return ids


def test_each_title_is_judged_for_its_own_subjects(ws: Workspace, office: dict[str, int]) -> None:
    rows = eligibility.evaluate(ws, 2025)
    subjects = {(r.award, r.subject_kind, r.subject_id): r for r in rows}
    # THON_VH: the village only (Luật 2022 Điều 30), never the Sở's department.
    assert {k for k in subjects if k[0] == "THON_VH"} == {("THON_VH", "unit", office["village"])}
    # CO_TINH: the unit that led its khối in 2025 only (Điều 26; Bắc Ninh QĐ 86/2025 Điều 3.1).
    assert {k for k in subjects if k[0] == "CO_TINH"} == {("CO_TINH", "unit", office["sub"])}
    assert subjects[("CO_TINH", "unit", office["sub"])].result is Result.REVIEW
    # GDVH: the households of the register, in the JSON rows (Điều 31).
    gdvh = subjects[("GDVH", "household", office["household"])]
    assert gdvh.result is Result.REVIEW and gdvh.as_json()["unit"] == "Thôn Đông"
    # Asked for a department directly, each says why not.
    dept = eligibility.check_one(ws, 2025, "CO_TINH", unit_id=office["dept"])
    assert dept is not None and dept.result is Result.INELIGIBLE
    thon = eligibility.check_one(ws, 2025, "THON_VH", unit_id=office["dept"])
    assert thon is not None and thon.result is Result.INELIGIBLE
    # The next year nobody has led yet: no Cờ candidate.
    assert not [r for r in eligibility.evaluate(ws, 2026, "CO_TINH")]


def test_a_sudden_batch_judges_by_the_achievement(ws: Workspace, office: dict[str, int]) -> None:
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng đột xuất cứu người", CommendationType.SUDDEN, 2025)
    )
    nid = proposals.add_nominee(
        ws,
        batch,
        NomineeInput(
            SubjectType.PERSON,
            "BK_TINH",
            person_id=office["person"],
            achievement="Cứu hai người bị nạn trong lũ ngày 10/9/2025",
        ),
    )
    [n] = [x for x in proposals.nominees(ws, batch) if x.id == nid]
    assert n.eligibility == "review"  # no rating recorded for 2025, and that is not a criterion


def test_a_service_batch_reads_the_positions_held(ws: Workspace, office: dict[str, int]) -> None:
    positions.replace_all(
        ws,
        office["person"],
        [
            PositionInput("Phó Trưởng phòng", date(2008, 3, 1), date(2015, 2, 28), True),
            PositionInput("Trưởng phòng", date(2015, 3, 1), None, True),
        ],
    )
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng quá trình cống hiến", CommendationType.SERVICE, 2025)
    )
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "HCLD3", person_id=office["person"])
    )
    [n] = proposals.nominees(ws, batch)
    assert n.eligibility == "review"
    row = eligibility.check_one(
        ws, 2025, "HCLD3", person_id=office["person"], kind=CommendationType.SERVICE
    )
    assert row is not None and any("17 năm 10 tháng" in r for r in row.reasons), row
    assert any("nữ" in r for r in row.reasons)


def test_migration_adds_the_subject_tables_to_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(DATA / "office-v1.db", path)
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='trigger'")
        }
    assert {"household", "person_position", "emulation_bloc", "bloc_leader"} <= tables
    assert {"audit_household_ai", "audit_person_position_au", "audit_bloc_leader_ad"} <= triggers


def test_a_household_is_nominated_from_the_register(ws: Workspace, office: dict[str, int]) -> None:
    batch = proposals.create_batch(
        ws, BatchInput("Gia đình văn hóa 2025", CommendationType.MERIT, 2025)
    )
    label = eligibility.household_label("Nguyễn Văn An", "Thôn Đông")
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.HOUSEHOLD, "GDVH", household_name=label)
    )
    # Not in the register: said so, never judged by guess.
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.HOUSEHOLD, "GDVH", household_name="Hộ Không Có")
    )
    known, unknown = proposals.nominees(ws, batch)
    assert known.eligibility == "review"
    assert "hộ Nguyễn Văn An, Thôn Đông, 4 nhân khẩu" in known.eligibility_reasons[0]
    assert unknown.eligibility == "review"
    assert "không có hộ này trong sổ hộ gia đình" in unknown.eligibility_reasons[0]
    # Two households of one name: the village tells them apart.
    other = units.save(ws, UnitInput("Thôn Tây", UnitKind.VILLAGE, internal=False))
    households.save(ws, HouseholdInput("Nguyễn Văn An", other, 2))
    assert len(eligibility.household_ids(ws, "Nguyễn Văn An")) == 2
    assert eligibility.household_ids(ws, label) == [office["household"]]
    row = eligibility.check_one(ws, 2025, "GDVH", household_name="nguyen van an")
    assert row is not None and "2 hộ cùng tên" in row.reasons[0]


def test_a_household_already_recognised_is_awarded(ws: Workspace, office: dict[str, int]) -> None:
    # Issue 13 point 12 for households: the award recorded for "Name (Thôn)" is read back.
    from desktop.persistence.repositories import awards as award_repo

    with ws.db.write() as conn:
        award_repo.insert(
            conn,
            award_repo.AwardRecordInput(
                "household",
                2025,
                "Gia đình văn hóa",
                "GDVH",
                household_name="Nguyễn Văn An (Thôn Đông)",
                decision_number="12/QĐ-UBND",
                decision_date=date(2025, 12, 20),
            ),
        )
    [row] = [r for r in eligibility.evaluate(ws, 2025) if r.award == "GDVH"]
    assert row.result is Result.AWARDED
    assert "12/QĐ-UBND" in row.reasons[0] and "20/12/2025" in row.reasons[0]
    [next_year] = [r for r in eligibility.evaluate(ws, 2026) if r.award == "GDVH"]
    assert next_year.result is Result.REVIEW
