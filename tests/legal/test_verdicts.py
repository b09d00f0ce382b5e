"""Issue 13 verdicts as a table of legal cases: each row a constructed history, the year, the
award, the expected result, a word the reasons must carry, and the text the rule rests on
(docs/legal-sources.md says what of it was read). Points 1-8, 11 and 12."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from desktop.domain.awards import Catalog, CommendationType
from desktop.domain.eligibility import (
    AwardFact,
    DisciplineFact,
    InitiativeFact,
    PersonHistory,
    Result,
    Rules,
    UnitHistory,
    cstdcs_cap_exceeded,
)
from desktop.domain.errors import ConflictError
from desktop.domain.initiatives import (
    AuthorShare,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import catalog as catalog_service
from desktop.services import eligibility, initiatives, people, proposals, ratings, units
from desktop.services.session import Workspace

XS, TOT, HT = Rating.EXCELLENT, Rating.GOOD, Rating.DONE
K = InitiativeKind
OK, NO, REVIEW, HELD = Result.ELIGIBLE, Result.INELIGIBLE, Result.REVIEW, Result.AWARDED
BAC_NINH_70 = '[[award]]\ncode = "TTLDTT"\nparams = { min_ldtt_percent = 70 }'


def good(*years: int, rating: Rating = TOT) -> dict[int, Rating]:
    return dict.fromkeys(years, rating)


def held(code: str, *years: int) -> tuple[AwardFact, ...]:
    return tuple(AwardFact(y, code, f"{y - 2000}/QĐ-UBND") for y in years)


def work(
    year: int,
    kind: InitiativeKind = K.INITIATIVE,
    scope: Scope = Scope.BASE,
    used: str = "",
    ident: int = 1,
) -> InitiativeFact:
    return InitiativeFact(
        ident, f"Công trình {ident}", year, True, scope, f"{ident}/QĐ-STC", used, kind.value
    )


def person(
    ratings: dict[int, Rating] | None = None,
    awards: tuple[AwardFact, ...] = (),
    works: tuple[InitiativeFact, ...] = (),
    disciplines: tuple[DisciplineFact, ...] = (),
) -> PersonHistory:
    return PersonHistory(
        1, "Lê Văn Tâm", "Phòng Ngân sách", ratings or {}, disciplines, awards, works
    )


def unit(
    year: int, rating: Rating, ldtt: int, done: int, warned: int = 0, cs: int = 0
) -> UnitHistory:
    """A unit of `ldtt` members rated HTTNV (LĐTT), `done` rated HTNV; the first `warned` of
    them disciplined at cảnh cáo in the year; `cs` of them holding CSTĐCS."""
    members = []
    for i in range(ldtt + done):
        disc = (DisciplineFact(DisciplineKind.WARNING, year),) if i < warned else ()
        awards = (AwardFact(year, "CSTDCS"),) if i < cs else ()
        members.append(
            PersonHistory(
                10 + i, f"Thành viên {i}", "P", {year: TOT if i < ldtt else HT}, disc, awards
            )
        )
    return UnitHistory(5, "Phòng Tài chính doanh nghiệp", {year: rating}, (), tuple(members))


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    subject: Callable[[], PersonHistory | UnitHistory]
    year: int
    expected: Result
    says: str  # a piece of the reasons
    source: str  # the text the rule rests on
    profile: str = ""


NATIONAL_WORK = (work(2023, scope=Scope.NATIONAL, ident=9),)
CASES = [
    # -- 1. only a sáng kiến (or an accepted đề tài / đề án) grounds a title -----------------
    Case(
        "cstdcs-2023-sang-kien",
        "CSTDCS",
        lambda: person(good(2023), works=(work(2023),)),
        2023,
        OK,
        "sáng kiến",
        "NĐ 91/2017 Điều 9 khoản 3; Luật 2003 Điều 23",
    ),
    Case(
        "cstdcs-2023-de-tai",
        "CSTDCS",
        lambda: person(good(2023), works=(work(2023, K.RESEARCH),)),
        2023,
        OK,
        "Công trình 1",
        "NĐ 91/2017 Điều 9 khoản 3 (đề tài khoa học nghiệm thu)",
    ),
    Case(
        "cstdcs-2023-mo-hinh-hay",
        "CSTDCS",
        lambda: person(good(2023), works=(work(2023, K.GOOD_MODEL),)),
        2023,
        NO,
        "Mô hình hay, không phải sáng kiến",
        "Luật 2022 Điều 3 khoản 4 (định nghĩa sáng kiến)",
    ),
    Case(
        "cstdcs-2023-dien-hinh",
        "CSTDCS",
        lambda: person(good(2023), works=(work(2023, K.EXEMPLARY),)),
        2023,
        NO,
        "Điển hình tiên tiến, không phải sáng kiến",
        "Luật 2022 Điều 3 khoản 4",
    ),
    Case(
        "cstdcs-2023-cach-lam-moi",
        "CSTDCS",
        lambda: person(good(2023), works=(work(2023, K.NEW_METHOD),)),
        2023,
        NO,
        "Cách làm mới, không phải sáng kiến",
        "Luật 2022 Điều 3 khoản 4 (docs/legal-sources.md §1)",
    ),
    Case(
        "cstdcs-2025-good-with-mo-hinh",
        "CSTDCS",
        lambda: person(good(2025), works=(work(2025, K.GOOD_MODEL),)),
        2025,
        NO,
        "không phải sáng kiến",
        "Luật 2022 Điều 23",
    ),
    Case(
        "cstdcs-2025-good-with-sang-kien",
        "CSTDCS",
        lambda: person(good(2025), works=(work(2025),)),
        2025,
        OK,
        "sáng kiến được công nhận năm 2025",
        "Luật 2022 Điều 23",
    ),
    Case(
        "cstd-tinh-2025-provincial-mo-hinh",
        "CSTD_TINH",
        lambda: person(
            good(2023, 2024, 2025),
            held("CSTDCS", 2023, 2024, 2025),
            (work(2024, K.GOOD_MODEL, Scope.PROVINCE),),
        ),
        2025,
        NO,
        "Mô hình hay",
        "Luật 2022 Điều 22",
    ),
    # -- 2. CSTĐ toàn quốc: two successive CSTĐ tỉnh cycles, proposed the year after -----------
    Case(
        "cstd-tq-2025-after-2021-and-2024",
        "CSTD_TQ",
        lambda: person(good(2025), held("CSTD_TINH", 2021, 2024), NATIONAL_WORK),
        2025,
        OK,
        "hai lần liên tục (2021 và 2024)",
        "Luật 2022 Điều 21; NĐ 91/2017 Điều 48 khoản 1 điểm a",
    ),
    Case(
        "cstd-tq-2025-two-calendar-years",
        "CSTD_TQ",
        lambda: person(good(2025), held("CSTD_TINH", 2023, 2024), NATIONAL_WORK),
        2025,
        NO,
        "chưa đạt Chiến sĩ thi đua cấp tỉnh hai lần liên tục năm 2021 và năm 2024",
        "Luật 2022 Điều 21",
    ),
    Case(
        "cstd-tq-proposed-too-early",
        "CSTD_TQ",
        lambda: person(good(2024), held("CSTD_TINH", 2021, 2024), NATIONAL_WORK),
        2024,
        NO,
        "đề nghị vào năm 2025",
        "NĐ 91/2017 Điều 48 khoản 1 điểm a",
    ),
    Case(
        "cstd-tq-provincial-initiative-only",
        "CSTD_TQ",
        lambda: person(
            good(2025), held("CSTD_TINH", 2021, 2024), (work(2023, scope=Scope.PROVINCE),)
        ),
        2025,
        NO,
        "phạm vi ảnh hưởng toàn quốc",
        "Luật 2022 Điều 21",
    ),
    # -- 3. a second CSTĐ tỉnh: three new CSTĐCS years and an initiative not used before -------
    Case(
        "cstd-tinh-overlapping-years",
        "CSTD_TINH",
        lambda: person(
            good(2025),
            held("CSTDCS", 2022, 2023, 2024, 2025) + held("CSTD_TINH", 2024),
            (work(2025, scope=Scope.PROVINCE, ident=3),),
        ),
        2025,
        NO,
        "sớm nhất năm 2027",
        "Luật 2022 Điều 5 khoản 2 điểm c; Điều 22",
    ),
    Case(
        "cstd-tinh-second-cycle",
        "CSTD_TINH",
        lambda: person(
            good(2027),
            held("CSTDCS", 2022, 2023, 2024, 2025, 2026, 2027) + held("CSTD_TINH", 2024),
            (
                work(2024, scope=Scope.PROVINCE, used="Chiến sĩ thi đua cấp tỉnh 2024"),
                work(2026, scope=Scope.PROVINCE, ident=4),
            ),
        ),
        2027,
        OK,
        "Công trình 4",
        "Luật 2022 Điều 22; Điều 5",
    ),
    Case(
        "cstd-tinh-second-cycle-first-initiative-again",
        "CSTD_TINH",
        lambda: person(
            good(2027),
            held("CSTDCS", 2025, 2026, 2027) + held("CSTD_TINH", 2024),
            (work(2025, scope=Scope.PROVINCE, used="Chiến sĩ thi đua cấp tỉnh 2024"),),
        ),
        2027,
        NO,
        "đã dùng làm căn cứ cho Chiến sĩ thi đua cấp tỉnh 2024",
        "Luật 2022 Điều 5 khoản 2 điểm c",
    ),
    # -- 4. TTLĐXS: no member disciplined at cảnh cáo or above --------------------------------
    Case(
        "ttldxs-2023-clean",
        "TTLDXS",
        lambda: unit(2023, XS, 8, 2, cs=1),
        2023,
        OK,
        "không có thành viên bị kỷ luật",
        "Luật 2003 Điều 27",
    ),
    Case(
        "ttldxs-2023-member-warned",
        "TTLDXS",
        lambda: unit(2023, XS, 8, 2, warned=1, cs=1),
        2023,
        NO,
        "cảnh cáo trở lên: Thành viên 0",
        "Luật 2003 Điều 27",
    ),
    Case(
        "ttldxs-2025-member-warned",
        "TTLDXS",
        lambda: unit(2025, XS, 8, 2, warned=1, cs=1),
        2025,
        REVIEW,
        "Luật 2022 Điều 27 chưa được đối chiếu",
        "Luật 2022 Điều 27 (text not read)",
    ),
    # -- 5. TTLĐTT share of LĐTT --------------------------------------------------------------
    Case(
        "ttldtt-2023-six-of-ten",
        "TTLDTT",
        lambda: unit(2023, TOT, 6, 4),
        2023,
        OK,
        "6/10",
        "Luật 2003 Điều 28 (trên 50 %)",
    ),
    Case(
        "ttldtt-2023-half",
        "TTLDTT",
        lambda: unit(2023, TOT, 5, 5),
        2023,
        NO,
        "cần trên 50 %",
        "Luật 2003 Điều 28",
    ),
    Case(
        "ttldtt-2025-no-provincial-share",
        "TTLDTT",
        lambda: unit(2025, TOT, 6, 4),
        2025,
        REVIEW,
        "văn phòng chưa đặt tỷ lệ của tỉnh",
        "Luật 2022 Điều 28 (chi tiết do tỉnh)",
    ),
    Case(
        "ttldtt-2025-profile-70-six",
        "TTLDTT",
        lambda: unit(2025, TOT, 6, 4),
        2025,
        NO,
        "cần từ 70 % (quy định của tỉnh)",
        "Bắc Ninh QĐ 86/2025 Điều 4.2",
        BAC_NINH_70,
    ),
    Case(
        "ttldtt-2025-profile-70-seven",
        "TTLDTT",
        lambda: unit(2025, TOT, 7, 3),
        2025,
        OK,
        "7/10",
        "Bắc Ninh QĐ 86/2025 Điều 4.2",
        BAC_NINH_70,
    ),
    # -- 6. Bằng khen Thủ tướng before 2024 ----------------------------------------------------
    Case(
        "bk-ttg-2023-five-sang-kien",
        "BK_TTG",
        lambda: person(
            good(*range(2019, 2024)),
            held("BK_TINH", 2018),
            tuple(work(y, ident=y) for y in range(2019, 2024)),
        ),
        2023,
        OK,
        "5 sáng kiến được công nhận",
        "NĐ 91/2017 Điều 38 khoản 1 điểm c",
    ),
    Case(
        "bk-ttg-2023-three-cstdcs-is-the-2024-rule",
        "BK_TTG",
        lambda: person(
            good(*range(2019, 2024)),
            held("BK_TINH", 2018) + held("CSTDCS", 2019, 2021, 2023),
            (work(2019, ident=1), work(2021, ident=2)),
        ),
        2023,
        NO,
        "cần 5",
        "NĐ 91/2017 Điều 38 khoản 1 điểm c",
    ),
    Case(
        "bk-ttg-2025-three-cstdcs",
        "BK_TTG",
        lambda: person(
            good(*range(2021, 2026)), held("BK_TINH", 2020) + held("CSTDCS", 2021, 2023, 2025)
        ),
        2025,
        OK,
        "3 lần Chiến sĩ thi đua cơ sở",
        "Luật 2022 Điều 73 khoản 1 điểm b",
    ),
    Case(
        "bk-ttg-2023-rating-gap",
        "BK_TTG",
        lambda: person(
            good(2019, 2020, 2022, 2023) | {2021: HT},
            held("BK_TINH", 2018),
            tuple(work(y, ident=y) for y in range(2019, 2024)),
        ),
        2023,
        NO,
        "2021 chưa Hoàn thành tốt nhiệm vụ",
        "NĐ 91/2017 Điều 38 khoản 1 điểm c",
    ),
    # -- 7. Huân chương Lao động hạng Ba --------------------------------------------------------
    Case(
        "hcld3-2023-prerequisites-met",
        "HCLD3",
        lambda: person(
            good(*range(2019, 2024)),
            held("BK_TTG", 2018),
            (work(2020, scope=Scope.PROVINCE, ident=1), work(2022, scope=Scope.PROVINCE, ident=2)),
        ),
        2023,
        REVIEW,
        "Điều 24 Nghị định 91/2017/NĐ-CP",
        "NĐ 91/2017 Điều 24",
    ),
    Case(
        "hcld3-2023-no-bk-ttg",
        "HCLD3",
        lambda: person(
            good(*range(2019, 2024)),
            held("BK_TINH", 2018),
            (work(2020, scope=Scope.PROVINCE, ident=1), work(2022, scope=Scope.PROVINCE, ident=2)),
        ),
        2023,
        NO,
        "chưa có Bằng khen của Thủ tướng Chính phủ",
        "NĐ 91/2017 Điều 24",
    ),
    Case(
        "hcld3-2023-base-initiatives-only",
        "HCLD3",
        lambda: person(
            good(*range(2019, 2024)), held("BK_TTG", 2018), (work(2020), work(2022, ident=2))
        ),
        2023,
        NO,
        "phạm vi cấp bộ, ngành, tỉnh",
        "NĐ 91/2017 Điều 24",
    ),
    Case(
        "hcld3-2025-council-judges",
        "HCLD3",
        lambda: person(good(2025)),
        2025,
        REVIEW,
        "chương trình chỉ kiểm tra kỷ luật",
        "Luật 2022 Điều 44 (text not read)",
    ),
    Case(
        "hcld2-2025-council-is-told-what-to-judge",
        "HCLD2",
        lambda: person(good(2025)),
        2025,
        REVIEW,
        "đã được tặng Huân chương Lao động hạng Ba",
        "Luật 2022, Huân chương Lao động hạng Nhì (text not read)",
    ),
    Case(
        "hcld1-2025-council-is-told-what-to-judge",
        "HCLD1",
        lambda: person(good(2025)),
        2025,
        REVIEW,
        "đã được tặng Huân chương Lao động hạng Nhì",
        "Luật 2022, Huân chương Lao động hạng Nhất (text not read)",
    ),
    # -- 12. already held is not "ineligible" ---------------------------------------------------
    Case(
        "ldtt-2025-already-held",
        "LDTT",
        lambda: person(good(2025), (AwardFact(2025, "LDTT", "412/QĐ-STC", date(2025, 12, 20)),)),
        2025,
        HELD,
        "Quyết định số 412/QĐ-STC ngày 20/12/2025",
        "issue 13 point 12",
    ),
    Case(
        "hcld3-held-earlier",
        "HCLD3",
        lambda: person(good(2025), (AwardFact(2019, "HCLD3", "1520/QĐ-CTN", date(2019, 8, 30)),)),
        2025,
        HELD,
        "năm 2019 (Quyết định số 1520/QĐ-CTN ngày 30/08/2019)",
        "one-time award",
    ),
    Case(
        "ttldtt-2023-already-held",
        "TTLDTT",
        lambda: UnitHistory(5, "P", {2023: TOT}, (AwardFact(2023, "TTLDTT", "88/QĐ-STC"),)),
        2023,
        HELD,
        "Quyết định số 88/QĐ-STC",
        "issue 13 point 12",
    ),
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return catalog_service.national()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_verdict(case: Case, catalog: Catalog) -> None:
    rules = Rules(catalog_service.apply_profile(catalog, case.profile))
    subject = case.subject()
    if isinstance(subject, UnitHistory):
        v = rules.check_unit(case.code, subject, case.year)
    else:
        v = rules.check_person(case.code, subject, case.year)
    assert v.result is case.expected, (case.source, v.reasons)
    assert any(case.says in r for r in v.reasons), (case.source, v.reasons)
    if case.expected is Result.ELIGIBLE and case.code in ("CSTDCS", "CSTD_TINH", "CSTD_TQ"):
        assert v.initiatives, "an initiative-grounded title names its initiative"


# -- 7. the catalog cites Điều 44 for hạng Ba only ------------------------------------------
def test_huan_chuong_lao_dong_citations(catalog: Catalog) -> None:
    for code in ("HCLD2", "HCLD1"):
        for text in catalog.get(code).basis.values():
            assert "Điều 44" not in text
        assert "Hội đồng xem xét" in catalog.get(code).review_note
    assert all("Điều 44" in t for t in catalog.get("HCLD3").basis.values())


# -- 11. every verdict names its legal basis -------------------------------------------------
@pytest.mark.parametrize(
    ("code", "year", "basis"),
    [
        ("CSTDCS", 2023, "Điều 23 Luật Thi đua, khen thưởng 2003; Điều 9 Nghị định 91/2017/NĐ-CP"),
        ("CSTDCS", 2025, "Điều 23 Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP"),
        (
            "CSTD_TQ",
            2023,
            "Điều 21 Luật Thi đua, khen thưởng 2003; điểm a khoản 1 Điều 48 Nghị định 91/2017/NĐ-CP",
        ),
        (
            "BK_TTG",
            2023,
            "Điều 71 Luật Thi đua, khen thưởng 2003; điểm c khoản 1 Điều 38 Nghị định 91/2017/NĐ-CP",
        ),
        ("HCLD3", 2023, "Điều 44 Luật Thi đua, khen thưởng 2003; Điều 24 Nghị định 91/2017/NĐ-CP"),
        ("TTLDXS", 2024, "Điều 27 Luật Thi đua, khen thưởng 2022"),
    ],
)
def test_basis_by_rule_set(catalog: Catalog, code: str, year: int, basis: str) -> None:
    assert Rules(catalog).basis(code, year) == basis


# -- 8. the 15 % cap before 2024 ----------------------------------------------------------------
def test_cap_is_a_share_of_ldtt_before_2024_only(catalog: Catalog) -> None:
    assert "13 Chiến sĩ thi đua cơ sở vượt 15 % của 29" in cstdcs_cap_exceeded(
        catalog, 2023, 13, 29
    )
    assert cstdcs_cap_exceeded(catalog, 2023, 4, 29) == ""  # 4 ≤ 15 % of 29
    assert cstdcs_cap_exceeded(catalog, 2024, 13, 29) == ""  # not in Luật 2022 / NĐ 98/2023


def _office_2023(ws: Workspace, staff: int, with_initiative: int) -> None:
    """`staff` people rated HTTNV in 2023, the first `with_initiative` authors of a sáng kiến
    recognised at cơ sở that year."""
    unit_id = units.save(ws, UnitInput("Phòng Quản lý ngân sách", code="NS"))
    for i in range(staff):
        pid = people.save(ws, PersonInput(f"Trần Thị Mai {i}", unit_id))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2023, TOT))
        if i < with_initiative:
            initiatives.save(
                ws,
                InitiativeInput(
                    f"Sáng kiến số hóa chứng từ {i}",
                    2023,
                    authors=(AuthorShare(pid),),
                    unit_id=unit_id,
                    status=RecognitionStatus.RECOGNISED,
                    recognising_body="Giám đốc Sở Tài chính",
                    decision_number=f"{40 + i}/QĐ-STC",
                    decision_date=date(2023, 11, 10),
                    scope=Scope.BASE,
                ),
            )


def test_2023_batch_over_the_cap_is_refused_then_accepted_with_a_reason(ws: Workspace) -> None:
    _office_2023(ws, staff=20, with_initiative=8)
    rows = eligibility.evaluate(ws, 2023)
    cap = eligibility.cap_status(catalog_service.load(ws), 2023, rows)
    assert cap is not None and (cap.ldtt, cap.cstdcs, cap.allowed) == (20, 8, 3) and cap.exceeded
    assert {r.basis for r in rows if r.award == "CSTDCS"} == {
        "Điều 23 Luật Thi đua, khen thưởng 2003; Điều 9 Nghị định 91/2017/NĐ-CP"
    }
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2023", CommendationType.MERIT, 2023)
    )
    assert proposals.add_eligible(ws, batch, "LDTT") == 20
    assert proposals.add_eligible(ws, batch, "CSTDCS") == 8
    cap_lines = [p for p in proposals.problems(ws, batch) if "vượt 15 %" in p]
    assert cap_lines == [
        "Năm 2023: 8 Chiến sĩ thi đua cơ sở vượt 15 % của 20 Lao động tiên tiến. Cần ghi lý do"
        " nếu vẫn đề nghị (khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP)."
    ]
    with pytest.raises(ConflictError) as refused:
        proposals.submit(ws, batch, date(2023, 12, 12))
    assert "vượt 15 %" in str(refused.value)
    proposals.set_quota_override(ws, batch, "Năm 2023 đơn vị có nhiều sáng kiến được áp dụng")
    assert not [p for p in proposals.problems(ws, batch) if "vượt 15 %" in p]


def test_2023_batch_within_the_cap_has_no_cap_problem(ws: Workspace) -> None:
    _office_2023(ws, staff=20, with_initiative=3)
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2023", CommendationType.MERIT, 2023)
    )
    proposals.add_eligible(ws, batch, "LDTT")
    assert proposals.add_eligible(ws, batch, "CSTDCS") == 3
    assert not [p for p in proposals.problems(ws, batch) if "vượt 15 %" in p]


# -- 1 and 8 in the demo: its award history rests on sáng kiến and keeps the cap ---------------
def test_demo_history_rests_on_sang_kien_within_the_cap(ws: Workspace) -> None:
    from desktop.services import demo

    demo.fill(ws, people=400, seed=1)
    with ws.db.read() as conn:
        used_by_other_kinds = conn.execute(
            "SELECT count(*) FROM initiative WHERE used_for_award != '' AND kind NOT IN"
            " ('sang_kien', 'giai_phap_huu_ich', 'de_tai_khoa_hoc')"
        ).fetchone()[0]
        assert used_by_other_kinds == 0
        for year in (2022, 2023):
            cstdcs = {
                pid
                for (pid,) in conn.execute(
                    "SELECT person_id FROM award_record WHERE award_code = 'CSTDCS' AND year = ?",
                    (year,),
                )
            }
            ldtt = conn.execute(
                "SELECT count(*) FROM award_record WHERE award_code = 'LDTT' AND year = ?", (year,)
            ).fetchone()[0]
            assert cstdcs and len(cstdcs) * 100 <= 15 * ldtt
            grounded = {
                pid
                for (pid,) in conn.execute(
                    "SELECT a.person_id FROM initiative_author a JOIN initiative i"
                    " ON i.id = a.initiative_id WHERE i.used_for_award = ?"
                    " AND i.kind IN ('sang_kien', 'giai_phap_huu_ich', 'de_tai_khoa_hoc')",
                    (f"Chiến sĩ thi đua cơ sở {year}",),
                )
            }
            assert cstdcs <= grounded


# -- 7. what the program leaves to the council is proposed only with a written reason ----------
def test_review_nominee_needs_a_written_reason_before_submission(ws: Workspace) -> None:
    from dataclasses import replace

    from desktop.domain.proposals import NomineeInput, SubjectType

    _office_2023(ws, staff=1, with_initiative=0)
    pid = people.query_ids(ws, people.make_query(""))[0]
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, XS))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng Huân chương năm 2025", CommendationType.MERIT, 2025)
    )
    data = NomineeInput(SubjectType.PERSON, "HCLD3", person_id=pid)
    nid = proposals.add_nominee(ws, batch, data)
    (nominee,) = proposals.nominees(ws, batch)
    assert nominee.eligibility == "review"
    codes = {p.code for p in proposals.problem_list(ws, batch)}
    assert "review_no_reason" in codes
    proposals.update_nominee(
        ws, nid, replace(nominee.data, override_reason="Hội đồng đã đối chiếu tiêu chuẩn Điều 44")
    )
    assert "review_no_reason" not in {p.code for p in proposals.problem_list(ws, batch)}
