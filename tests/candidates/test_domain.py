"""The candidate rules on their own: ranking with ties, percent rounding, contribution levels."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.candidates import (
    CandidateRule,
    ContributionEntry,
    GroupScores,
    Participant,
    RuleKind,
    SubjectKind,
    find_candidates,
)
from desktop.domain.errors import ValidationError
from desktop.domain.participation import ContributionKind


def _p(i: int, name: str = "") -> Participant:
    return Participant(SubjectKind.PERSON, i, name or f"Người {i:02d}", "Phòng A", f"k{i:03d}")


def _group(totals: list[float], gid: int = 1, name: str = "Xã") -> GroupScores:
    return GroupScores(gid, name, tuple((_p(gid * 100 + i), t) for i, t in enumerate(totals)))


def _names(found: list) -> list[int]:  # type: ignore[type-arg]
    return [c.participant.id for c in found]


def test_top_n_counts_every_tie_on_the_cut_off() -> None:
    g = _group([90, 85, 80, 80, 70])
    top3 = CandidateRule(1, RuleKind.TOP_N, top_n=3, id=1)
    found = find_candidates([top3], [g], [], 2024)
    assert _names(found) == [100, 101, 102, 103]  # the two 80s share third place
    last = found[-1].reasons[0]
    assert (last.rank, last.group_size, last.tied, last.places) == (3, 5, True, 3)
    assert last.text() == "Điểm 80 — hạng 3/5 (đồng hạng) nhóm Xã"
    top2 = CandidateRule(1, RuleKind.TOP_N, top_n=2, id=1)
    assert _names(find_candidates([top2], [g], [], 2024)) == [100, 101]


def test_a_tie_above_the_cut_off_takes_the_places_below_it() -> None:
    # 95, 90, 90, 88: ranks 1, 2, 2, 4; top 3 stops at rank 2 (no one holds rank 3)
    g = _group([95, 90, 90, 88])
    found = find_candidates([CandidateRule(1, RuleKind.TOP_N, top_n=3)], [g], [], 2024)
    assert _names(found) == [100, 101, 102]


def test_top_percent_rounds_up_and_never_below_one_place() -> None:
    rule = CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=10)
    assert [rule.places(n) for n in (1, 9, 10, 11, 14, 30, 31)] == [1, 1, 1, 2, 2, 3, 4]
    # 8.8 % of 375 is 33 places; in floating point it is 33.00000000000001 (not 34)
    assert CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=8.8).places(375) == 33
    assert CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=15).places(20) == 3
    assert CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=100).places(7) == 7
    assert CandidateRule(1, RuleKind.TOP_N, top_n=50).places(7) == 7
    g = _group([float(x) for x in range(100, 86, -1)])  # 14 participants, all different
    found = find_candidates([CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=20)], [g], [], 2024)
    assert len(found) == 3  # ⌈2.8⌉
    assert found[0].reasons[0].text() == "Điểm 100 — hạng 1/14 nhóm Xã"


def test_rule_without_group_ranks_each_group_and_a_group_rule_only_its_own() -> None:
    a, b = _group([50, 40], gid=1, name="Xã"), _group([9, 8], gid=2, name="Cá nhân")
    each = find_candidates([CandidateRule(1, RuleKind.TOP_N, top_n=1)], [a, b], [], 2024)
    assert _names(each) == [100, 200]
    only = find_candidates(
        [CandidateRule(1, RuleKind.TOP_N, top_n=1, group_id=2)], [a, b], [], 2024
    )
    assert _names(only) == [200]
    assert only[0].reasons[0].group_name == "Cá nhân"


def _given(p: Participant, kind: ContributionKind, on: date, value: int, qty: float | None = None):  # type: ignore[no-untyped-def]
    return ContributionEntry(p, kind, on, value, qty)


def test_contribution_level_counts_the_year_or_the_whole_movement() -> None:
    an, binh = _p(1, "An"), _p(2, "Bình")
    hh = Participant(SubjectKind.HOUSEHOLD, None, "Hộ ông Thạch Sơn")
    money = ContributionKind.MONEY
    entries = [
        _given(an, money, date(2023, 5, 1), 30_000_000),
        _given(an, money, date(2024, 3, 1), 20_000_000),
        _given(binh, money, date(2024, 6, 1), 50_000_000),
        _given(binh, money, date(2025, 1, 2), 90_000_000),  # after the year: never counted
        _given(hh, ContributionKind.LAND, date(2024, 2, 2), 70_000_000, 200),
        _given(an, ContributionKind.LAND, date(2024, 2, 2), 1_000_000, 199.5),
    ]
    level = CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000)
    found = find_candidates([level], [], entries, 2024)
    assert [c.participant.name for c in found] == ["Bình"]  # An gave 20 million in 2024
    assert found[0].reasons[0].text() == "Đóng góp 50.000.000 đồng"
    total = CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000, True)
    found = find_candidates([total], [], entries, 2024)
    assert [c.participant.name for c in found] == ["An", "Bình"]  # 50 + 50, equal amounts
    assert found[0].reasons[0].text() == "Đóng góp 50.000.000 đồng (cộng dồn)"
    land = CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.LAND, 200)
    found = find_candidates([land], [], entries, 2024)
    assert [c.participant.name for c in found] == ["Hộ ông Thạch Sơn"]  # m², not đồng
    assert found[0].reasons[0].text() == "Đóng góp đất đai 200 m²"
    assert found[0].proposable


def test_one_candidate_with_each_reason_and_the_first_named_award() -> None:
    an = _p(100, "An")
    g = GroupScores(1, "Cá nhân", ((an, 92.5), (_p(2), 80.0)))
    rules = [
        CandidateRule(1, RuleKind.TOP_N, top_n=1, id=1),
        CandidateRule(
            1, RuleKind.CONTRIBUTION, ContributionKind.LABOUR, 10, award="GIAY_KHEN", id=2
        ),
    ]
    days = [_given(an, ContributionKind.LABOUR, date(2024, 4, 4), 0, 12)]
    found = find_candidates(rules, [g], days, 2024)
    assert len(found) == 1
    assert found[0].award == "GIAY_KHEN"
    assert found[0].reason_text() == (
        "Điểm 92,5 — hạng 1/2 nhóm Cá nhân; Đóng góp ngày công 12 ngày công"
    )


@pytest.mark.parametrize(
    ("rule", "field", "code"),
    [
        (CandidateRule(1, RuleKind.CONTRIBUTION, None, 5), "contribution_kind", "required"),
        (
            CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.GOODS, 5),
            "contribution_kind",
            "kind_not_counted",
        ),
        (CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.MONEY), "minimum", "required"),
        (
            CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 0),
            "minimum",
            "not_positive",
        ),
        (
            CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 10.5),
            "minimum",
            "not_integer",
        ),
        (CandidateRule(1, RuleKind.TOP_N), "top_n", "required"),
        (CandidateRule(1, RuleKind.TOP_N, top_n=0), "top_n", "range"),
        (CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=0), "top_percent", "percent_range"),
        (CandidateRule(1, RuleKind.TOP_PERCENT, top_percent=101), "top_percent", "percent_range"),
        (CandidateRule(1, RuleKind.TOP_PERCENT), "top_percent", "required"),
    ],
)
def test_bad_rules_are_refused_with_a_code(rule: CandidateRule, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        rule.validated()
    assert (err.value.field, err.value.code) == (field, code)


def test_validated_empties_the_fields_of_other_kinds() -> None:
    r = CandidateRule(
        1, RuleKind.TOP_N, ContributionKind.MONEY, 5, True, 3, 4, 50.0, " Giấy  khen "
    ).validated()
    assert (r.contribution_kind, r.minimum, r.cumulative, r.top_percent) == (
        None,
        None,
        False,
        None,
    )
    assert (r.group_id, r.top_n, r.award) == (3, 4, "Giấy khen")
    c = CandidateRule(1, RuleKind.CONTRIBUTION, ContributionKind.LAND, 2.5, group_id=3, top_n=4)
    assert (c.validated().group_id, c.validated().top_n) == (None, None)
