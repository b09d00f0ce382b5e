"""Khối thi đua: members, rotation, criteria, scores, ranking and the leader the Cờ rule reads."""

from __future__ import annotations

import pytest

from desktop.domain.blocs import BlocInput, BlocMemberInput, BlocScoreInput, suggest_rotation
from desktop.domain.eligibility import Result
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.movements import CriterionInput
from desktop.domain.ratings import Rating, UnitRatingInput
from desktop.domain.subjects import BlocKind, BlocLeaderInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, eligibility, ratings, units
from desktop.services.session import Workspace


@pytest.fixture
def khoi(ws: Workspace) -> dict[str, int]:
    ids = {
        "tc": units.save(ws, UnitInput("Sở Tài chính", UnitKind.SUBORDINATE)),
        "kh": units.save(ws, UnitInput("Sở Kế hoạch và Đầu tư", UnitKind.SUBORDINATE)),
        "ct": units.save(ws, UnitInput("Sở Công Thương", UnitKind.SUBORDINATE)),
    }
    bid = blocs.save_bloc(ws, BlocInput("Khối các cơ quan tổng hợp", BlocKind.KHOI, 2021))
    ids["bloc"] = bid
    for key in ("tc", "kh", "ct"):
        ids["m_" + key] = blocs.save_member(ws, bid, BlocMemberInput(ids[key]))
    ids["m_out"] = blocs.save_member(ws, bid, BlocMemberInput(None, "Cục Thuế tỉnh", 2022))
    return ids


def test_members_in_rotation_order_inside_and_outside_the_tree(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    found = blocs.members(ws, khoi["bloc"])
    assert [m.name for m in found] == [
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Sở Công Thương",
        "Cục Thuế tỉnh",
    ]
    assert [m.outside for m in found] == [False, False, False, True]
    assert not found[3].active_in(2021) and found[3].active_in(2023)
    with pytest.raises(ConflictError) as exc:
        blocs.save_member(ws, khoi["bloc"], BlocMemberInput(khoi["kh"]))
    assert exc.value.code == "member_exists"
    with pytest.raises(ValidationError) as verr:
        blocs.save_member(ws, khoi["bloc"], BlocMemberInput(None, "  "))
    assert verr.value.code == "required"
    blocs.move_member(ws, khoi["m_ct"], -1)
    assert [m.id for m in blocs.members(ws, khoi["bloc"])][:3] == [
        khoi["m_tc"],
        khoi["m_ct"],
        khoi["m_kh"],
    ]


def test_rotation_suggests_the_member_after_last_years_chair(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    blocs.set_chairs(ws, khoi["bloc"], 2023, khoi["m_ct"], khoi["m_out"])
    view = blocs.year_view(ws, khoi["bloc"], 2024)
    # After Sở Công Thương comes Cục Thuế tỉnh, then back to the first.
    assert view.suggested_chair is not None and view.suggested_chair.id == khoi["m_out"]
    assert view.suggested_deputy is not None and view.suggested_deputy.id == khoi["m_tc"]
    # In 2021 Cục Thuế was not yet a member: its turn is skipped.
    members = blocs.members(ws, khoi["bloc"])
    chair, deputy = suggest_rotation(members, 2021, khoi["m_ct"])
    assert chair is not None and chair.id == khoi["m_tc"]
    assert deputy is not None and deputy.id == khoi["m_kh"]
    with pytest.raises(ValidationError):
        blocs.set_chairs(ws, khoi["bloc"], 2024, khoi["m_tc"], khoi["m_tc"])
    assert blocs.chairs_by_year(ws, khoi["bloc"]) == {2023: (khoi["m_ct"], khoi["m_out"])}


def _score(ws: Workspace, khoi: dict[str, int], year: int, table: dict[str, list[float]]) -> None:
    crits = blocs.year_view(ws, khoi["bloc"], year).criteria
    entries = [
        BlocScoreInput(khoi["m_" + key], c.id, value)
        for key, values in table.items()
        for c, value in zip(crits, values, strict=True)
    ]
    blocs.set_scores(ws, entries)


def test_scores_rank_members_and_the_first_becomes_the_flag_nominee(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    bid = khoi["bloc"]
    blocs.save_criteria(
        ws, bid, 2024, [CriterionInput("Nhiệm vụ chuyên môn", 60), CriterionInput("Phong trào", 40)]
    )
    with pytest.raises(ValidationError) as exc:
        _score(ws, khoi, 2024, {"tc": [61, 0]})
    assert exc.value.code == "above_max"
    _score(ws, khoi, 2024, {"tc": [55, 36], "kh": [50, 38], "ct": [50, 38], "out": [58, 39]})
    view = blocs.year_view(ws, bid, 2024)
    assert [(ln.member.name, ln.rank_text) for ln in view.ranking] == [
        ("Cục Thuế tỉnh", "1"),
        ("Sở Tài chính", "2"),
        ("Sở Kế hoạch và Đầu tư", "3="),
        ("Sở Công Thương", "3="),
    ]
    assert view.max_total == 100
    # The first is outside the tree: it cannot be proposed from here.
    with pytest.raises(ConflictError) as cerr:
        blocs.leader_from_ranking(ws, bid, 2024)
    assert cerr.value.code == "leader_outside"
    _score(ws, khoi, 2024, {"out": [50, 30]})
    assert blocs.leader_from_ranking(ws, bid, 2024).id == khoi["m_tc"]
    # The entry the Cờ thi đua rule reads is the one just written.
    assert [(e.unit_id, e.year) for e in blocs.leaders(ws)] == [(khoi["tc"], 2024)]
    ratings.set_unit_rating(ws, UnitRatingInput(khoi["tc"], 2024, Rating.EXCELLENT))
    row = eligibility.check_one(ws, 2024, blocs.FLAG_CODE, unit_id=khoi["tc"])
    assert row is not None and row.result is not Result.INELIGIBLE
    assert any("dẫn đầu Khối các cơ quan tổng hợp" in r for r in row.reasons)
    other = eligibility.check_one(ws, 2024, blocs.FLAG_CODE, unit_id=khoi["kh"])
    assert other is not None and other.result is Result.INELIGIBLE
    blocs.set_leading_unit(ws, bid, 2024, None)
    assert blocs.leaders(ws) == []


def test_a_shared_first_place_is_left_to_the_khoi(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    bid = khoi["bloc"]
    with pytest.raises(ConflictError) as none:
        blocs.leader_from_ranking(ws, bid, 2024)
    assert none.value.code == "no_scores"
    blocs.save_criteria(ws, bid, 2024, [CriterionInput("Tổng hợp", 100)])
    _score(ws, khoi, 2024, {"tc": [90], "kh": [90]})
    with pytest.raises(ConflictError) as tie:
        blocs.leader_from_ranking(ws, bid, 2024)
    assert tie.value.code == "first_place_shared"
    # A free-name member cannot be the leading unit directly either.
    with pytest.raises(ConflictError):
        blocs.set_leading_unit(ws, bid, 2024, units.save(ws, UnitInput("Sở lạ")))


def test_criteria_are_kept_per_year_and_copied(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    bid = khoi["bloc"]
    blocs.save_criteria(ws, bid, 2023, [CriterionInput("A", 50), CriterionInput("B", 50)])
    _score(ws, khoi, 2023, {"tc": [40, 45]})
    a = blocs.year_view(ws, bid, 2023).criteria[0]
    blocs.save_criteria(ws, bid, 2023, [CriterionInput("A sửa", 50, a.id)])
    view = blocs.year_view(ws, bid, 2023)
    assert [c.text for c in view.criteria] == ["A sửa"]
    assert view.ranking[0].total == 40  # B's score went with B
    assert blocs.copy_criteria(ws, bid, 2023, 2024) == 1
    with pytest.raises(ConflictError):
        blocs.copy_criteria(ws, bid, 2023, 2024)
    assert blocs.criteria_years(ws, bid) == [2023, 2024]
    with pytest.raises(ValidationError):
        blocs.save_criteria(ws, bid, 2025, [CriterionInput("X", 10), CriterionInput("x", 5)])


def test_the_units_page_leader_dialog_makes_the_unit_a_member(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    blocs.set_leader(ws, BlocLeaderInput("Khối các cơ quan tổng hợp", 2022, khoi["ct"]))
    blocs.set_leader(ws, BlocLeaderInput("Cụm các xã phía Bắc", 2022, khoi["kh"], BlocKind.CUM))
    cum = blocs.find_bloc(ws, "cum cac xa phia bac")
    assert cum is not None
    assert [m.unit_id for m in blocs.members(ws, cum)] == [khoi["kh"]]
    assert len(blocs.members(ws, khoi["bloc"])) == 4
    assert blocs.leaders_by_year(ws, khoi["bloc"]) == {2022: khoi["ct"]}
    with pytest.raises(ConflictError):
        blocs.save_bloc(ws, BlocInput("KHỐI các cơ quan tổng hợp"))
    blocs.delete_bloc(ws, khoi["bloc"])
    assert [b.name for b in blocs.list_blocs(ws)] == ["Cụm các xã phía Bắc"]


def test_every_new_table_is_audited(ws: Workspace, khoi) -> None:  # type: ignore[no-untyped-def]
    with ws.db.read() as conn:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        pending = conn.execute(
            "SELECT count(*) FROM audit_pending WHERE table_name = 'bloc_member'"
        ).fetchone()[0]
        events = conn.execute(
            "SELECT count(*) FROM audit_event WHERE table_name = 'bloc_member'"
        ).fetchone()[0]
    for table in ("emulation_bloc", "bloc_member", "bloc_year", "bloc_criterion", "bloc_score",
                  "covenant", "covenant_party", "covenant_commitment"):  # fmt: skip
        assert {f"audit_{table}_{s}" for s in ("ai", "au", "ad")} <= triggers
    assert pending + events == 4
