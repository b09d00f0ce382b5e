"""Award rules on constructed histories: boundary years, discipline, initiative reuse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.awards import Catalog, parse_catalog
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
from desktop.domain.initiatives import Scope
from desktop.domain.ratings import DisciplineKind, Rating

CATALOG_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "awards.toml"
XS, TOT, HT, KHT = Rating.EXCELLENT, Rating.GOOD, Rating.DONE, Rating.NOT_DONE


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return parse_catalog(CATALOG_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules(catalog: Catalog) -> Rules:
    return Rules(catalog)


def person(**kw: object) -> PersonHistory:
    return PersonHistory(id=1, name="Nguyễn Thị Hương", unit="Văn phòng", **kw)  # type: ignore[arg-type]


def initiative(
    year: int, scope: Scope = Scope.BASE, used: str = "", ident: int = 7
) -> InitiativeFact:
    return InitiativeFact(ident, "Số hóa hồ sơ một cửa", year, True, scope, "QĐ 12/QĐ-STC", used)


def test_catalog_has_the_issue_codes_and_rule_sets(catalog: Catalog) -> None:
    for code in [
        "LDTT",
        "CSTDCS",
        "CSTD_TINH",
        "CSTD_TQ",
        "TTLDTT",
        "TTLDXS",
        "CO_TINH",
        "CO_CP",
        "GIAY_KHEN",
        "BK_TINH",
        "BK_TTG",
        "HCLD3",
        "HCLD2",
        "HCLD1",
        "GDVH",
        "THON_VH",
    ]:
        assert catalog.get(code).name
    assert catalog.rule_set_for_year(2023).id == "2017"
    assert catalog.rule_set_for_year(2024).id == "2024"
    assert catalog.rule_set_for_year(2025).id == "2025-07"
    assert catalog.rule_set_on(date(2025, 6, 30)).id == "2024"
    assert catalog.rule_set_on(date(2025, 7, 1)).id == "2025-07"
    assert catalog.get("CSTDCS").vote_threshold == 80
    assert catalog.get("CSTD_TINH").vote_threshold == 90


def test_ldtt_needs_good_rating(rules: Rules) -> None:
    assert rules.check_person("LDTT", person(ratings={2024: TOT}), 2024).result is Result.ELIGIBLE
    v = rules.check_person("LDTT", person(ratings={2024: HT}), 2024)
    assert v.result is Result.INELIGIBLE
    assert any("Hoàn thành nhiệm vụ" in r for r in v.reasons)
    v = rules.check_person("LDTT", person(), 2024)
    assert v.result is Result.INELIGIBLE and any("chưa có xếp loại" in r for r in v.reasons)


def test_cstdcs_from_2024_excellent_rating_is_enough(rules: Rules) -> None:
    assert rules.check_person("CSTDCS", person(ratings={2024: XS}), 2024).result is Result.ELIGIBLE


def test_cstdcs_before_2024_needed_an_initiative(rules: Rules) -> None:
    v = rules.check_person("CSTDCS", person(ratings={2023: XS}), 2023)
    assert v.result is Result.INELIGIBLE
    assert any("bắt buộc có sáng kiến" in r for r in v.reasons)
    v = rules.check_person(
        "CSTDCS", person(ratings={2023: TOT}, initiatives=(initiative(2023),)), 2023
    )
    assert v.result is Result.ELIGIBLE and v.initiatives == (7,)


def test_cstdcs_good_rating_with_initiative_from_2024(rules: Rules) -> None:
    v = rules.check_person(
        "CSTDCS", person(ratings={2025: TOT}, initiatives=(initiative(2025),)), 2025
    )
    assert v.result is Result.ELIGIBLE and v.initiatives == (7,)
    v = rules.check_person("CSTDCS", person(ratings={2025: TOT}), 2025)
    assert v.result is Result.INELIGIBLE
    assert any("Thiếu: năm 2025 chưa Hoàn thành xuất sắc" in r for r in v.reasons)


def test_initiative_grounds_one_award_only(rules: Rules) -> None:
    used = initiative(2023, used="Chiến sĩ thi đua cơ sở 2023")
    v = rules.check_person("CSTDCS", person(ratings={2023: TOT}, initiatives=(used,)), 2023)
    assert v.result is Result.INELIGIBLE
    assert any("đã dùng làm căn cứ cho Chiến sĩ thi đua cơ sở 2023" in r for r in v.reasons)


def test_running_discipline_blocks_every_award(rules: Rules) -> None:
    d = DisciplineFact(DisciplineKind.REPRIMAND, 2024, date(2024, 5, 1), date(2025, 4, 30))
    for year in (2024, 2025):
        v = rules.check_person("LDTT", person(ratings={year: XS}, disciplines=(d,)), year)
        assert v.result is Result.INELIGIBLE
        assert any("kỷ luật khiển trách" in r for r in v.reasons)
    assert (
        rules.check_person("LDTT", person(ratings={2026: XS}, disciplines=(d,)), 2026).result
        is Result.ELIGIBLE
    )


def test_cstd_tinh_needs_three_consecutive_cstdcs_and_provincial_initiative(rules: Rules) -> None:
    awards = tuple(AwardFact(y, "CSTDCS") for y in (2023, 2024, 2025))
    ok = person(ratings={2025: XS}, awards=awards, initiatives=(initiative(2024, Scope.PROVINCE),))
    assert rules.check_person("CSTD_TINH", ok, 2025).result is Result.ELIGIBLE
    gap = person(
        ratings={2025: XS}, awards=awards[1:], initiatives=(initiative(2024, Scope.PROVINCE),)
    )
    v = rules.check_person("CSTD_TINH", gap, 2025)
    assert v.result is Result.INELIGIBLE
    assert "Thiếu: năm 2023 chưa đạt Chiến sĩ thi đua cơ sở" in v.reasons
    base_only = person(
        ratings={2025: XS}, awards=awards, initiatives=(initiative(2024, Scope.BASE),)
    )
    v = rules.check_person("CSTD_TINH", base_only, 2025)
    assert any("phạm vi ảnh hưởng cấp tỉnh" in r for r in v.reasons)


def test_current_year_cstdcs_not_yet_decided_is_review(rules: Rules) -> None:
    awards = (AwardFact(2023, "CSTDCS"), AwardFact(2024, "CSTDCS"))
    p = person(ratings={2025: XS}, awards=awards, initiatives=(initiative(2025, Scope.PROVINCE),))
    v = rules.check_person("CSTD_TINH", p, 2025)
    assert v.result is Result.REVIEW
    assert any("chưa có quyết định" in r for r in v.reasons)


def test_bk_tinh_by_provincial_profile(rules: Rules) -> None:
    two_cs = person(
        ratings={2025: TOT}, awards=(AwardFact(2024, "CSTDCS"), AwardFact(2025, "CSTDCS"))
    )
    assert rules.check_person("BK_TINH", two_cs, 2025).result is Result.ELIGIBLE
    xs = person(
        ratings={2024: XS, 2025: XS},
        initiatives=(initiative(2024, ident=1), initiative(2025, ident=2)),
    )
    v = rules.check_person("BK_TINH", xs, 2025)
    assert v.result is Result.ELIGIBLE and set(v.initiatives) == {1, 2}
    assert rules.check_person("BK_TINH", person(ratings={2025: TOT}), 2025).result is Result.REVIEW
    assert (
        rules.check_person("BK_TINH", person(ratings={2025: HT}), 2025).result is Result.INELIGIBLE
    )


def test_bk_ttg_needs_prior_provincial_award_then_five_years(rules: Rules) -> None:
    ratings = {y: TOT for y in range(2021, 2026)}
    awards = (AwardFact(2020, "BK_TINH"),) + tuple(
        AwardFact(y, "CSTDCS") for y in (2021, 2023, 2025)
    )
    assert (
        rules.check_person("BK_TTG", person(ratings=ratings, awards=awards), 2025).result
        is Result.ELIGIBLE
    )
    v = rules.check_person("BK_TTG", person(ratings=ratings, awards=awards[:3]), 2025)
    assert v.result is Result.INELIGIBLE and any("chỉ có 2 lần" in r for r in v.reasons)
    v = rules.check_person("BK_TTG", person(ratings=ratings, awards=awards[1:]), 2025)
    assert v.result is Result.INELIGIBLE and any(
        "chưa có Bằng khen của Bộ, ban, ngành, tỉnh" in r for r in v.reasons
    )


def test_one_time_award_already_held(rules: Rules) -> None:
    v = rules.check_person("HCLD3", person(awards=(AwardFact(2019, "HCLD3"),)), 2025)
    assert v.result is Result.AWARDED and "năm 2019" in v.reasons[0]
    assert rules.check_person("HCLD3", person(ratings={2025: XS}), 2025).result is Result.REVIEW


def _members(
    n_good: int, n_done: int, disciplined: DisciplineKind | None = None
) -> tuple[PersonHistory, ...]:
    out = [PersonHistory(i, f"Người {i}", "P", {2025: TOT}) for i in range(n_good)]
    out += [PersonHistory(100 + i, f"Người {100 + i}", "P", {2025: HT}) for i in range(n_done)]
    if disciplined:
        out[0] = PersonHistory(0, "Người 0", "P", {2025: TOT}, (DisciplineFact(disciplined, 2025),))
    return tuple(out)


def test_ttldtt_seventy_percent_and_no_warning(catalog: Catalog) -> None:
    # 70 % is a provincial profile's share (Bắc Ninh QĐ 86/2025), not the national default.
    from desktop.services.catalog import apply_profile

    rules = Rules(
        apply_profile(catalog, '[[award]]\ncode = "TTLDTT"\nparams = { min_ldtt_percent = 70 }')
    )
    unit = UnitHistory(1, "Phòng Kế hoạch", {2025: TOT}, members=_members(7, 3))
    assert rules.check_unit("TTLDTT", unit, 2025).result is Result.ELIGIBLE
    unit = UnitHistory(1, "Phòng Kế hoạch", {2025: TOT}, members=_members(6, 4))
    v = rules.check_unit("TTLDTT", unit, 2025)
    assert v.result is Result.INELIGIBLE and any("6/10" in r for r in v.reasons)
    unit = UnitHistory(
        1, "Phòng Kế hoạch", {2025: TOT}, members=_members(9, 1, DisciplineKind.WARNING)
    )
    v = rules.check_unit("TTLDTT", unit, 2025)
    assert v.result is Result.INELIGIBLE and any("cảnh cáo" in r for r in v.reasons)


def test_ttldtt_before_2024_needed_more_than_half(rules: Rules) -> None:
    members = tuple(PersonHistory(i, f"N{i}", "P", {2023: TOT if i < 6 else HT}) for i in range(10))
    assert (
        rules.check_unit("TTLDTT", UnitHistory(1, "P", {2023: TOT}, members=members), 2023).result
        is Result.ELIGIBLE
    )
    members = tuple(PersonHistory(i, f"N{i}", "P", {2023: TOT if i < 5 else HT}) for i in range(10))
    assert (
        rules.check_unit("TTLDTT", UnitHistory(1, "P", {2023: TOT}, members=members), 2023).result
        is Result.INELIGIBLE
    )


def test_ttldxs_needs_excellent_unit_all_done_and_one_cstdcs(rules: Rules) -> None:
    members = list(_members(8, 2))
    members[0] = PersonHistory(0, "Người 0", "P", {2025: XS})
    unit = UnitHistory(1, "Văn phòng", {2025: XS}, members=tuple(members))
    assert rules.check_unit("TTLDXS", unit, 2025).result is Result.ELIGIBLE
    members[1] = PersonHistory(1, "Người 1", "P", {2025: KHT})
    v = rules.check_unit(
        "TTLDXS", UnitHistory(1, "Văn phòng", {2025: XS}, members=tuple(members)), 2025
    )
    assert v.result is Result.INELIGIBLE and any("Người 1" in r for r in v.reasons)


def test_cstdcs_cap_only_before_2024(catalog: Catalog) -> None:
    assert "vượt 15 %" in cstdcs_cap_exceeded(catalog, 2023, 3, 10)
    assert cstdcs_cap_exceeded(catalog, 2023, 1, 10) == ""
    assert cstdcs_cap_exceeded(catalog, 2024, 5, 10) == ""


def test_annual_title_already_granted_that_year(rules: Rules) -> None:
    p = person(ratings={2025: XS}, awards=(AwardFact(2025, "LDTT"),))
    v = rules.check_person("LDTT", p, 2025)
    assert v.result is Result.AWARDED and v.reasons == (
        "Đã được khen thưởng Lao động tiên tiến năm 2025 (quyết định chưa ghi số).",
    )
    # ... but it still counts as LĐTT for CSTĐCS of the same year
    assert rules.check_person("CSTDCS", p, 2025).result is Result.ELIGIBLE
    unit = UnitHistory(1, "P", {2025: TOT}, (AwardFact(2025, "TTLDTT"),), _members(8, 2))
    assert rules.check_unit("TTLDTT", unit, 2025).result is Result.AWARDED
