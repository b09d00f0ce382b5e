"""Domain rules of movements, participation and ratings."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.movements import (
    CriterionInput,
    DocumentRef,
    GroupKind,
    MilestoneInput,
    MilestoneKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
    copy_for_new_period,
    standard_milestones,
)
from desktop.domain.participation import (
    ContributionInput,
    ContributionKind,
    ContributorKind,
    RegistrationInput,
    ScoreInput,
    SupportActivityInput,
    SupportKind,
    rank,
)
from desktop.domain.ratings import (
    DisciplineKind,
    PersonRatingInput,
    Rating,
    parse_discipline,
    parse_rating,
)


def _movement(**kw: object) -> MovementInput:
    base = dict(
        name="  Sóc Trăng chung sức xây dựng nông thôn mới ",
        kind=MovementKind.REGULAR,
        start=date(2021, 1, 1),
        end=date(2025, 12, 31),
        plan=DocumentRef("130/KH-UBND", date(2022, 9, 13), "UBND tỉnh"),
        groups=(
            TargetGroupInput(
                GroupKind.INTERNAL_UNIT,
                criteria=(
                    CriterionInput("Hoàn thành văn bản", 40),
                    CriterionInput("Đỡ đầu xã", 60),
                ),
            ),
        ),
        award_forms=("Bằng khen của Chủ tịch UBND tỉnh", "bang khen cua chu tich ubnd tinh", ""),
    )
    base.update(kw)
    return MovementInput(**base)  # type: ignore[arg-type]


def test_valid_movement_is_cleaned() -> None:
    m = _movement().validated()
    assert m.name == "Sóc Trăng chung sức xây dựng nông thôn mới"
    assert m.groups[0].name == "Tập thể phòng, đơn vị"
    assert m.groups[0].max_total == 100
    assert m.award_forms == ("Bằng khen của Chủ tịch UBND tỉnh",)
    assert m.period_label() == "2021 - 2025"
    assert m.plan.display() == "số 130/KH-UBND ngày 13/09/2022 của UBND tỉnh"


def test_period_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        _movement(start=date(2025, 1, 1), end=date(2024, 12, 31)).validated()
    assert err.value.field == "end"
    assert err.value.code == "period_order"
    assert "trước ngày bắt đầu" in err.value.message


def test_empty_name_and_negative_target_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        _movement(name="  ").validated()
    assert err.value.code == "required"
    with pytest.raises(ValidationError) as err:
        _movement(targets=(TargetInput("xã đạt chuẩn", -5, "xã"),)).validated()
    assert err.value.code == "negative"
    assert err.value.field == "targets[0].target_value"


def test_criterion_max_must_be_positive_and_groups_unique() -> None:
    bad = TargetGroupInput(GroupKind.STAFF, criteria=(CriterionInput("x", 0),))
    with pytest.raises(ValidationError) as err:
        _movement(groups=(bad,)).validated()
    assert err.value.code == "not_positive"
    twice = (TargetGroupInput(GroupKind.STAFF), TargetGroupInput(GroupKind.STAFF))
    with pytest.raises(ValidationError) as err:
        _movement(groups=twice).validated()
    assert err.value.code == "group_twice"


def test_copy_shifts_dates_and_clears_numbers() -> None:
    src = _movement(
        start=date(2016, 1, 1),
        end=date(2020, 12, 31),
        targets=(TargetInput("xã đạt chuẩn", 55, "xã", 50, id=3),),
        milestones=(MilestoneInput(MilestoneKind.FINAL, date(2020, 2, 29), id=9),),
    ).validated()
    new = copy_for_new_period(src, date(2021, 1, 1), "Giai đoạn mới")
    assert (new.start, new.end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert new.milestones[0].due_on == date(2025, 2, 28)
    assert new.milestones[0].id is None
    assert new.targets[0].achieved_value is None and new.targets[0].target_value == 55
    assert new.plan.empty and new.name == "Giai đoạn mới"
    assert new.groups[0].criteria[1].text == "Đỡ đầu xã"


def test_standard_milestones_cover_the_period() -> None:
    ms = standard_milestones(date(2021, 1, 1), date(2025, 12, 31))
    kinds = [m.kind for m in ms]
    assert kinds.count(MilestoneKind.HALF_YEAR) == 5
    assert kinds[-1] is MilestoneKind.FINAL
    assert MilestoneKind.MIDTERM in kinds


def test_score_above_max_and_negative() -> None:
    with pytest.raises(ValidationError) as err:
        ScoreInput(1, 1, 2023, 41).validated(40)
    assert err.value.code == "above_max"
    assert "40" in err.value.message
    with pytest.raises(ValidationError) as err:
        ScoreInput(1, 1, 2023, -1).validated(None)
    assert err.value.code == "negative"
    assert ScoreInput(1, 1, 2023, 40).validated(40).score == 40


def test_negative_money_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        SupportActivityInput(1, date(2023, 1, 1), "Tặng xi măng", SupportKind.GOODS, -1).validated()
    assert err.value.code == "negative"
    c = ContributionInput(
        ContributorKind.HOUSEHOLD,
        ContributionKind.LAND,
        date(2023, 1, 1),
        -100,
        contributor_name="Hộ ông A",
    )
    with pytest.raises(ValidationError):
        c.validated()
    ok = ContributionInput(
        ContributorKind.HOUSEHOLD,
        ContributionKind.LAND,
        date(2023, 1, 1),
        0,
        120,
        contributor_name=" Hộ ông  A ",
    ).validated()
    assert ok.quantity_unit == "m²" and ok.contributor_name == "Hộ ông A"


def test_registration_needs_one_participant() -> None:
    with pytest.raises(ValidationError) as err:
        RegistrationInput(date(2023, 1, 5), "LĐTT", person_id=1, unit_id=2, year=2023).validated()
    assert err.value.code == "participant_one"
    with pytest.raises(ValidationError):
        RegistrationInput(date(2023, 1, 5), " ", person_id=1, year=2023).validated()


def test_rank_with_ties() -> None:
    ranked = rank([("a", 90.0), ("b", 95.0), ("c", 90.0), ("d", 80.0), ("e", 90.0)])
    assert [(r.key, r.rank, r.tied) for r in ranked] == [
        ("b", 1, False),
        ("a", 2, True),
        ("c", 2, True),
        ("e", 2, True),
        ("d", 5, False),
    ]
    # float sums that differ only by rounding still tie
    ranked = rank([("x", 0.1 + 0.2), ("y", 0.3)], tie_key={"x": "2", "y": "1"})
    assert [r.key for r in ranked] == ["y", "x"] and all(r.tied and r.rank == 1 for r in ranked)
    assert rank([]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTXSNV", Rating.EXCELLENT),
        ("htxs", Rating.EXCELLENT),
        ("Hoàn thành tốt nhiệm vụ", Rating.GOOD),
        ("hoan thanh tot nhiem vu", Rating.GOOD),
        (" H.T.N.V ", Rating.DONE),
        ("Không hoàn thành nhiệm vụ", Rating.NOT_DONE),
        ("", None),
        (None, None),
    ],
)
def test_parse_rating(text: str | None, expected: Rating | None) -> None:
    assert parse_rating(text) is expected


def test_parse_rating_unknown_and_discipline() -> None:
    with pytest.raises(ValidationError) as err:
        parse_rating("Xuất sắc lắm")
    assert err.value.code == "rating_unknown"
    assert parse_discipline("cảnh cáo") is DisciplineKind.WARNING
    assert parse_discipline("Không") is None
    with pytest.raises(ValidationError):
        parse_discipline("phạt")


def test_person_rating_checks() -> None:
    with pytest.raises(ValidationError) as err:
        PersonRatingInput(1, 1800, Rating.GOOD).validated()
    assert err.value.code == "year_range"
    with pytest.raises(ValidationError) as err:
        PersonRatingInput(
            1, 2023, Rating.DONE, DisciplineKind.WARNING, "", date(2023, 5, 1), date(2023, 1, 1)
        ).validated()
    assert err.value.code == "period_order"
