"""Proposal batches end to end on a real database: eligibility stored, votes, checks, states,
decision writing the award history and using the initiatives."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.awards import CommendationType
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.initiatives import AuthorShare, InitiativeInput, RecognitionStatus, Scope
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, BatchState, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.services import eligibility, initiatives, people, proposals, ratings, units
from desktop.services.session import Workspace


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = {"unit": unit}
    for key, name, rating in [
        ("huong", "Nguyễn Thị Hương", Rating.EXCELLENT),
        ("dung", "Đặng Văn Dũng", Rating.GOOD),
        ("lan", "Lê Thị Lan", Rating.GOOD),
        ("binh", "Trần Văn Bình", Rating.DONE),
    ]:
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
    return ids


def _batch(ws: Workspace) -> int:
    return proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )


def test_eligibility_for_a_year_explains_itself(ws: Workspace, office: dict[str, int]) -> None:
    rows = {(r.award, r.subject_id): r for r in eligibility.evaluate(ws, 2025)}
    assert rows[("LDTT", office["huong"])].result.value == "eligible"
    assert rows[("LDTT", office["binh"])].result.value == "ineligible"
    assert rows[("CSTDCS", office["huong"])].result.value == "eligible"  # HTXSNV from 2024
    dung = rows[("CSTDCS", office["dung"])]
    assert dung.result.value == "eligible" and dung.initiatives == (office["init"],)
    assert rows[("CSTDCS", office["lan"])].result.value == "ineligible"
    assert any("Thiếu" in r for r in rows[("CSTDCS", office["lan"])].reasons)
    unit = rows[("TTLDTT", office["unit"])]
    # From 2024 the share of LĐTT is the province's (Luật 2022 Điều 28): none set, the council
    # compares it (issue 13 point 5).
    assert unit.result.value == "review" and any("3/4" in r for r in unit.reasons)


def test_batch_with_eligible_subjects_and_the_whole_workflow(
    ws: Workspace, office: dict[str, int]
) -> None:
    batch = _batch(ws)
    assert proposals.add_eligible(ws, batch, "CSTDCS") == 2
    noms = proposals.nominees(ws, batch)
    assert {n.name for n in noms} == {"Nguyễn Thị Hương", "Đặng Văn Dũng"}
    assert all(n.eligibility == "eligible" for n in noms)
    assert (
        "Hoàn thành xuất sắc nhiệm vụ"
        in next(n for n in noms if n.name == "Nguyễn Thị Hương").data.achievement
    )
    # no votes yet: cannot submit; the meeting records them
    assert any("chưa nhập số phiếu" in p for p in proposals.problems(ws, batch))
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8, 0),
        "Phòng họp Sở",
        "Giám đốc Sở",
        "Chánh Văn phòng",
        10,
        9,
        1,
        datetime(2025, 12, 10, 10, 30),
    )
    votes = {noms[0].id: 9, noms[1].id: 7}
    proposals.record_meeting(ws, batch, meeting, votes)
    # 7/10 is below 80 %: the nominee stays in the minutes as "không đạt" and leaves the proposal
    assert proposals.problems(ws, batch) == []
    failed = {n.id: n.outcome for n in proposals.nominees(ws, batch)}
    assert failed == {noms[0].id: "", noms[1].id: "khong_dat"}
    # back to draft with a reason, fix the votes, meet again
    with pytest.raises(ValidationError):
        proposals.return_for_changes(ws, batch, "  ")
    proposals.return_for_changes(ws, batch, "Bổ sung phiếu bầu")
    proposals.record_meeting(ws, batch, meeting, {noms[0].id: 9, noms[1].id: 8})
    number = proposals.submit(ws, batch, date(2025, 12, 12))
    assert number.startswith("01/TTr")  # no office symbol set: never a made-up "CQ"
    assert proposals.get_batch(ws, batch).state is BatchState.SUBMITTED
    huong = next(n for n in noms if n.name == "Nguyễn Thị Hương")
    granted = proposals.record_decision(
        ws,
        batch,
        proposals.DecisionInput(
            "150/QĐ-STC", date(2025, 12, 20), "Sở Tài chính", frozenset({huong.id})
        ),
    )
    assert granted == 1
    assert proposals.get_batch(ws, batch).state is BatchState.DECIDED
    states = [e.to_state for e in proposals.events(ws, batch)]
    assert states == ["da_hop", "du_thao", "da_hop", "da_trinh", "da_quyet_dinh"]
    # Dũng's award is now history, and his initiative grounded it: it cannot ground another
    used = initiatives.get(ws, office["init"]).used_for
    assert used is not None and "Chiến sĩ thi đua cơ sở 2025" in used.award
    rows = {(r.award, r.subject_id): r for r in eligibility.evaluate(ws, 2025, "BK_TINH")}
    assert rows[("BK_TINH", office["dung"])].result.value in {"review", "ineligible"}
    outcomes = {n.name: n.outcome for n in proposals.nominees(ws, batch)}
    assert outcomes == {"Nguyễn Thị Hương": "khong_duoc_khen", "Đặng Văn Dũng": "duoc_khen"}


def test_ineligible_nominee_needs_an_override_reason(ws: Workspace, office: dict[str, int]) -> None:
    batch = _batch(ws)
    nid = proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=office["lan"])
    )
    nom = proposals.nominees(ws, batch)[0]
    assert nom.eligibility == "ineligible"
    proposals.record_meeting(
        ws, batch, MeetingInput(datetime(2025, 12, 10, 8, 0), "", "Giám đốc", "", 10, 10), {nid: 10}
    )
    assert any("cần ghi lý do" in p for p in proposals.problems(ws, batch))
    proposals.return_for_changes(ws, batch, "Ghi lý do")
    proposals.update_nominee(
        ws,
        nid,
        NomineeInput(
            SubjectType.PERSON,
            "CSTDCS",
            person_id=office["lan"],
            override_reason="Thành tích đột xuất",
            votes_in_favour=10,
        ),
    )
    proposals.record_meeting(
        ws, batch, MeetingInput(datetime(2025, 12, 11, 8, 0), "", "Giám đốc", "", 10, 10), {nid: 10}
    )
    assert proposals.problems(ws, batch) == []


def test_same_subject_twice_and_wrong_transitions(ws: Workspace, office: dict[str, int]) -> None:
    batch = _batch(ws)
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["dung"])
    )
    with pytest.raises(ConflictError):
        proposals.add_nominee(
            ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["dung"])
        )
    with pytest.raises(ConflictError):
        proposals.submit(ws, batch, date(2025, 12, 1))  # a draft cannot skip the meeting
    other = _batch(ws)
    proposals.add_nominee(
        ws, other, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["dung"])
    )
    proposals.record_meeting(
        ws, other, MeetingInput(datetime(2025, 12, 1, 8, 0), "", "GĐ", "", 5, 5), {}
    )
    assert any("đã được Lao động tiên tiến năm 2025" in p for p in proposals.problems(ws, other))


def test_movement_kind_needs_a_movement(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        proposals.create_batch(ws, BatchInput("Đợt NTM", CommendationType.MOVEMENT, 2025))
    assert err.value.field == "movement_id"


def test_movement_quota_is_checked_and_can_be_overridden(
    ws: Workspace, office: dict[str, int]
) -> None:
    from desktop.domain.movements import MovementInput, MovementKind
    from desktop.domain.participation import RegistrationInput
    from desktop.services import movements, participation

    mv = movements.save(
        ws,
        MovementInput(
            "Chung sức xây dựng nông thôn mới",
            MovementKind.THEMATIC,
            date(2025, 1, 1),
            date(2025, 12, 31),
        ),
    )
    for key in ("huong", "dung", "lan", "binh"):
        participation.register(
            ws,
            RegistrationInput(
                date(2025, 2, 1), "Cá nhân tiên tiến", person_id=office[key], movement_id=mv
            ),
        )
    with pytest.raises(ValidationError):
        proposals.set_quota(ws, mv, "GIAY_KHEN", percent=150)
    with pytest.raises(ValidationError):
        proposals.set_quota(ws, 999, "GIAY_KHEN", count=1)
    proposals.set_quota(ws, mv, "GIAY_KHEN", percent=25)  # 25 % of 4 participants: 1
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng phong trào", CommendationType.MOVEMENT, 2025, mv)
    )
    for key in ("huong", "dung"):
        nid = proposals.add_nominee(
            ws, batch, NomineeInput(SubjectType.PERSON, "GIAY_KHEN", person_id=office[key])
        )
        proposals.update_nominee(
            ws,
            nid,
            NomineeInput(
                SubjectType.PERSON,
                "GIAY_KHEN",
                person_id=office[key],
                override_reason="Thành tích trong phong trào",
            ),
        )
    proposals.record_meeting(
        ws, batch, MeetingInput(datetime(2025, 12, 1, 8, 0), "", "GĐ", "", 5, 5), {}
    )
    found = proposals.problems(ws, batch)
    assert any("Vượt chỉ tiêu của phong trào: 2 đề nghị Giấy khen, tối đa 1" in p for p in found)
    proposals.set_quota_override(ws, batch, "Phong trào có nhiều thành tích đột xuất")
    assert not any("Vượt chỉ tiêu" in p for p in proposals.problems(ws, batch))


def test_state_log_names_the_signed_in_user(ws: Workspace, office: dict[str, int]) -> None:
    from desktop.services import audit

    audit.set_user(ws, "Phạm Thu Trang")
    batch = _batch(ws)
    nid = proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["huong"])
    )
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8, 0), "Phòng họp", "Giám đốc Sở", "Thư ký", 9, 9, 0
    )
    proposals.record_meeting(ws, batch, meeting, {nid: 9})
    proposals.return_for_changes(ws, batch, "Bổ sung")
    users = [e.user for e in proposals.events(ws, batch)]
    assert users == ["Phạm Thu Trang", "Phạm Thu Trang"]
    assert "cán bộ thi đua" not in users


def _seals(ws: Workspace) -> int:
    """Write transactions that recorded something (one signed seal each)."""
    with ws.db.read() as conn:
        return int(conn.execute("SELECT count(*) FROM audit_seal").fetchone()[0])


def test_each_nominee_use_case_is_one_transaction(ws: Workspace, office: dict[str, int]) -> None:
    batch_id = _batch(ws)
    before = _seals(ws)
    # a nominee and its eligibility are saved together
    nid = proposals.add_nominee(
        ws, batch_id, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["huong"])
    )
    assert _seals(ws) == before + 1
    assert proposals.nominees(ws, batch_id)[0].eligibility == "eligible"
    proposals.update_nominee(
        ws, nid, NomineeInput(SubjectType.PERSON, "LDTT", person_id=office["huong"], summary="x")
    )
    assert _seals(ws) == before + 2
    # the eligible ones added at once, checked against the batch inside the same transaction
    added = proposals.add_eligible(ws, batch_id, "LDTT")
    assert added >= 1 and _seals(ws) == before + 3
    # recheck: one transaction for all nominees (it rewrites their results)
    with ws.db.write() as conn:
        conn.execute("UPDATE nominee SET eligibility = 'review' WHERE batch_id = ?", (batch_id,))
    before = _seals(ws)
    proposals.recheck(ws, batch_id)
    assert _seals(ws) == before + 1
    assert {n.eligibility for n in proposals.nominees(ws, batch_id)} == {"eligible"}
