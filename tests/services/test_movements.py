"""Movements, participation and ratings through the services on a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.movements import CriterionInput
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
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating, UnitRatingInput
from desktop.services import movements, participation, ratings
from tests.services.movement_data import make_office, plan


def test_save_and_read_back_a_movement(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    m = movements.get(ws, o.movement)
    assert m.data.name == "Sóc Trăng chung sức xây dựng nông thôn mới"
    assert m.data.plan.number == "45/KH-STC"
    assert [g.kind.value for g in m.data.groups] == ["tap_the", "ca_nhan"]
    assert m.data.groups[0].criteria[1].max_score == 60
    assert m.data.award_forms == ("Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen")
    assert len(m.data.milestones) > 5
    assert movements.list_movements(ws, "nong thon")[0].id == o.movement
    assert movements.list_movements(ws, "khong co") == []


def test_bad_period_writes_nothing(ws) -> None:  # type: ignore[no-untyped-def]
    bad = replace(plan(), start=date(2025, 1, 1), end=date(2021, 1, 1))
    with pytest.raises(ValidationError) as err:
        movements.save(ws, bad)
    assert err.value.code == "period_order"
    assert movements.list_movements(ws) == []


def test_edit_keeps_group_and_criterion_ids(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    m = movements.get(ws, o.movement)
    g0 = m.data.groups[0]
    reg = participation.register(
        ws,
        RegistrationInput(
            date(2023, 1, 5),
            "Tập thể lao động xuất sắc",
            unit_id=o.finance,
            movement_id=o.movement,
            group_id=g0.id,
        ),
    )
    crit = g0.criteria[0]
    assert crit.id is not None
    participation.set_scores(ws, [ScoreInput(reg, crit.id, 2023, 35)])
    changed = replace(
        m.data,
        groups=(
            replace(
                g0, criteria=(replace(crit, text="Văn bản đúng hạn"), CriterionInput("Mới", 10))
            ),
        ),
    )
    movements.save(ws, changed, o.movement)
    again = movements.get(ws, o.movement)
    assert len(again.data.groups) == 1
    assert again.data.groups[0].id == g0.id
    assert again.data.groups[0].criteria[0].id == crit.id
    _, lines = participation.ranking(ws, o.movement, g0.id, 2023)  # type: ignore[arg-type]
    assert lines[0].total == 35


def test_copy_from_earlier_movement(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    copy = movements.copy_from(ws, o.movement, date(2026, 1, 1), "Giai đoạn 2026 - 2030")
    new_id = movements.save(ws, copy)
    new = movements.get(ws, new_id).data
    assert (new.start, new.end) == (date(2026, 1, 1), date(2030, 12, 31))
    assert new.plan.empty
    assert [c.text for c in new.groups[1].criteria] == ["Sáng kiến, giải pháp", "Tuyên truyền"]
    old = movements.get(ws, o.movement).data
    assert new.groups[0].id != old.groups[0].id
    assert all(m.due_on.year >= 2026 for m in new.milestones)


def test_bulk_registration_skips_those_already_registered(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    group = movements.get(ws, o.movement).data.groups[1].id
    tmpl = RegistrationInput(
        date(2023, 1, 10),
        "Chiến sĩ thi đua cơ sở",
        movement_id=o.movement,
        group_id=group,
        commitments="Hoàn thành xuất sắc nhiệm vụ",
    )
    first = participation.register_many(ws, tmpl, person_ids=[o.people["an"], o.people["binh"]])
    assert (first.added, first.already) == (2, 0)
    second = participation.register_many(
        ws,
        replace(tmpl, title="chien si thi dua co so"),
        person_ids=[o.people["an"], o.people["dung"]],
        unit_ids=[o.finance],
    )
    assert (second.added, second.already) == (2, 1)
    rows = participation.registrations(ws, o.movement)
    assert [r.participant for r in rows] == ["u", "p", "p", "p"]
    assert movements.summary(ws, o.movement).people == 3
    with pytest.raises(ValidationError):
        participation.register_many(ws, tmpl)


def test_registration_for_a_year_without_movement(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws, with_movement=False)
    participation.register(
        ws,
        RegistrationInput(
            date(2024, 1, 3), "Lao động tiên tiến", person_id=o.people["an"], year=2024
        ),
    )
    assert [r.title for r in participation.registrations(ws, year=2024)] == ["Lao động tiên tiến"]


def test_sponsorship_activities_and_contributions(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    sid = participation.add_sponsorship(
        ws, SponsorshipInput(o.movement, o.finance, o.commune, date(2022, 3, 1))
    )
    with pytest.raises(ConflictError):
        participation.add_sponsorship(ws, SponsorshipInput(o.movement, o.finance, o.commune))
    with pytest.raises(ValidationError) as err:
        participation.add_sponsorship(ws, SponsorshipInput(o.movement, o.commune, o.village))
    assert err.value.code == "not_internal"
    participation.add_activity(
        ws,
        SupportActivityInput(
            sid, date(2022, 5, 1), "Tặng 50 bao xi măng", SupportKind.GOODS, 4_500_000
        ),
    )
    participation.add_activity(
        ws,
        SupportActivityInput(sid, date(2023, 5, 1), "Hỗ trợ tiền", SupportKind.MONEY, 10_000_000),
    )
    with pytest.raises(ValidationError):
        participation.add_activity(
            ws, SupportActivityInput(sid, date(2023, 5, 1), "Âm", SupportKind.MONEY, -1)
        )
    line = participation.sponsorships(ws, o.movement)[0]
    assert (line.activities, line.total_value, line.commune_name) == (2, 14_500_000, "Xã Phú Tâm")
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.PERSON,
            ContributionKind.MONEY,
            date(2023, 2, 1),
            2_000_000,
            person_id=o.people["an"],
            movement_id=o.movement,
            beneficiary="Xã Phú Tâm",
        ),
    )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.PERSON,
            ContributionKind.LABOUR,
            date(2023, 3, 1),
            300_000,
            2,
            person_id=o.people["an"],
            movement_id=o.movement,
        ),
    )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.HOUSEHOLD,
            ContributionKind.LAND,
            date(2023, 4, 1),
            150_000_000,
            120,
            contributor_name="Hộ ông Thạch Sơn",
            movement_id=o.movement,
            beneficiary="Đường ấp Phú Hòa",
        ),
    )
    rows = participation.contributions(ws, o.movement)
    totals = participation.contribution_totals(rows)
    assert [(t.name, t.kind, t.count, t.total) for t in totals[:2]] == [
        ("Hộ ông Thạch Sơn", "ho_gia_dinh", 1, 150_000_000),
        ("Nguyễn Văn An", "ca_nhan", 2, 2_300_000),
    ]
    s = movements.summary(ws, o.movement)
    assert s.communes == 1 and s.contributions == 152_300_000 and s.support == 14_500_000


def test_scores_validate_and_rank_with_ties(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    g = movements.get(ws, o.movement).data.groups[1]
    assert g.id is not None
    tmpl = RegistrationInput(date(2023, 1, 10), "CSTĐCS", movement_id=o.movement, group_id=g.id)
    participation.register_many(ws, tmpl, person_ids=list(o.people.values()))
    regs = {r.participant_id: r.id for r in participation.registrations(ws, o.movement)}
    c1, c2 = (c.id for c in g.criteria)
    assert c1 is not None and c2 is not None
    with pytest.raises(ValidationError) as err:
        participation.set_scores(ws, [ScoreInput(regs[o.people["an"]], c1, 2023, 51)])
    assert err.value.code == "above_max"
    data = {
        "an": (40, 45),
        "binh": (45, 40),
        "cuong1": (30, 30),
        "cuong2": (50, 40),
        "dung": (10, 0),
    }
    participation.set_scores(
        ws,
        [
            ScoreInput(regs[o.people[k]], c, 2023, v)
            for k, (a, b) in data.items()
            for c, v in ((c1, a), (c2, b))
        ],
    )
    _, lines = participation.ranking(ws, o.movement, g.id, 2023)
    assert [(ln.name, ln.rank, ln.tied) for ln in lines] == [
        ("Lê Văn Cường", 1, False),
        ("Nguyễn Văn An", 2, True),
        ("Trần Thị Bình", 2, True),
        ("Lê Văn Cường", 4, False),
        ("Phạm Thị Dung", 5, False),
    ]
    participation.set_score(ws, None, clear=(regs[o.people["cuong2"]], c1, 2023))
    _, lines = participation.ranking(ws, o.movement, g.id, 2023)
    assert lines[0].name == "Nguyễn Văn An" and lines[0].tied


def test_delete_movement_counts_records(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    participation.register(
        ws,
        RegistrationInput(
            date(2023, 1, 1), "LĐTT", person_id=o.people["an"], movement_id=o.movement
        ),
    )
    participation.add_sponsorship(ws, SponsorshipInput(o.movement, o.finance, o.commune))
    rec = movements.records(ws, o.movement)
    assert (rec.registrations, rec.sponsorships, rec.total) == (1, 1, 2)
    done = movements.delete(ws, o.movement)
    assert done.total == 2
    assert movements.list_movements(ws) == []
    assert participation.registrations(ws, year=2023) == []


def test_rating_twice_needs_replace(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws, with_movement=False)
    pid = o.people["an"]
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, Rating.GOOD))
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, Rating.GOOD))  # same: no question
    with pytest.raises(ConflictError) as err:
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, Rating.EXCELLENT))
    assert err.value.code == "rating_exists"
    assert "Nguyễn Văn An" in err.value.message
    assert ratings.person_rating(ws, pid, 2024).rating is Rating.GOOD  # type: ignore[union-attr]
    ratings.set_person_rating(
        ws,
        PersonRatingInput(pid, 2024, Rating.DONE, DisciplineKind.REPRIMAND, "12/QĐ-STC"),
        replace=True,
    )
    got = ratings.person_rating(ws, pid, 2024)
    assert (
        got is not None and got.rating is Rating.DONE and got.discipline is DisciplineKind.REPRIMAND
    )
    grid = ratings.grid(ws, o.office, 2024)
    assert len(grid) == 5 and {r.rating for r in grid} == {"HTNV", None}
    ratings.set_unit_rating(ws, UnitRatingInput(o.finance, 2024, Rating.EXCELLENT))
    with pytest.raises(ConflictError):
        ratings.set_unit_rating(ws, UnitRatingInput(o.finance, 2024, Rating.GOOD))
    assert {u.unit_id: u.rating for u in ratings.unit_ratings(ws, 2024)}[o.finance] == "HTXSNV"


def test_person_history_by_year(ws) -> None:  # type: ignore[no-untyped-def]
    o = make_office(ws)
    pid = o.people["an"]
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2023, Rating.EXCELLENT))
    participation.register(
        ws, RegistrationInput(date(2023, 1, 2), "CSTĐCS", person_id=pid, movement_id=o.movement)
    )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.PERSON, ContributionKind.MONEY, date(2024, 2, 1), 500_000, person_id=pid
        ),
    )
    h = ratings.history(ws, pid)
    assert [y.year for y in h] == [2024, 2023]
    assert h[1].rating == "HTXSNV" and h[1].registrations[0].startswith("CSTĐCS — Sóc Trăng")
    assert h[0].contributions == (("Tiền", 500_000),)


def test_movement_with_a_proposal_batch_is_not_deleted(ws) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals

    o = make_office(ws)
    proposals.create_batch(
        ws, BatchInput("Khen thưởng phong trào NTM", CommendationType.MOVEMENT, 2025, o.movement)
    )
    assert movements.summary(ws, o.movement).proposals == 1
    with pytest.raises(ConflictError) as err:
        movements.delete(ws, o.movement)
    assert err.value.code == "movement_has_proposals"
    assert movements.list_movements(ws)
