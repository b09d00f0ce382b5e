"""Candidate rules and candidates on a real migrated database: define, edit, delete, list,
export (read back) and propose in a batch (each nominee checked as usual)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.awards import CommendationType
from desktop.domain.candidates import CandidateRule, Participant, RuleKind, SubjectKind
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.participation import ContributionKind
from desktop.domain.proposals import BatchInput
from desktop.services import candidates, movements, proposals
from desktop.services.session import Workspace
from tests.candidates.data import scored_office
from tests.services.movement_data import plan


def _rules(ws: Workspace, mid: int, staff: int) -> tuple[int, int]:
    money = candidates.save_rule(
        ws,
        CandidateRule(
            mid, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000, award="GIAY_KHEN"
        ),
    )
    top = candidates.save_rule(
        ws, CandidateRule(mid, RuleKind.TOP_N, group_id=staff, top_n=2, award="CSTDCS")
    )
    return money, top


def test_rules_are_added_edited_and_deleted(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    money, top = _rules(ws, mid, s.staff_group)
    sheet = candidates.rule_sheet(ws, mid)
    assert [r.id for r in sheet.rules] == [money, top]
    assert [sheet.rule_text(r) for r in sheet.rules] == [
        "Đóng góp tiền từ 50.000.000 đồng trong năm",
        "2 đứng đầu nhóm Cá nhân công chức, viên chức, người lao động theo tổng điểm",
    ]
    changed = CandidateRule(mid, RuleKind.TOP_PERCENT, top_percent=12.5, id=top)
    assert candidates.save_rule(ws, changed) == top
    again = candidates.rule_sheet(ws, mid).rules[1]
    assert (again.kind, again.top_percent, again.top_n, again.group_id) == (
        RuleKind.TOP_PERCENT,
        12.5,
        None,
        None,
    )
    candidates.delete_rule(ws, money)
    assert [r.id for r in candidates.rule_sheet(ws, mid).rules] == [top]
    with pytest.raises(NotFoundError):
        candidates.delete_rule(ws, money)


def test_bad_rules_write_nothing(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    other = movements.save(ws, replace(plan(), name="Phong trào khác"))
    foreign_group = movements.get(ws, other).data.groups[0].id
    with pytest.raises(ValidationError) as err:
        candidates.save_rule(
            ws, CandidateRule(mid, RuleKind.TOP_N, group_id=foreign_group, top_n=3)
        )
    assert (err.value.field, err.value.code) == ("group_id", "group_other")
    with pytest.raises(ValidationError) as err:
        candidates.save_rule(ws, CandidateRule(mid, RuleKind.TOP_PERCENT, top_percent=120))
    assert err.value.code == "percent_range"
    rid = candidates.save_rule(ws, CandidateRule(mid, RuleKind.TOP_N, top_n=1))
    with pytest.raises(ConflictError) as conflict:
        candidates.save_rule(ws, CandidateRule(other, RuleKind.TOP_N, top_n=2, id=rid))
    assert conflict.value.code == "rule_other_movement"
    with pytest.raises(NotFoundError):
        candidates.save_rule(ws, CandidateRule(9999, RuleKind.TOP_N, top_n=2))
    assert [r.top_n for r in candidates.rule_sheet(ws, mid).rules] == [1]
    assert candidates.rule_sheet(ws, other).rules == ()


def test_candidates_of_a_year_with_their_reasons(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    _rules(ws, mid, s.staff_group)
    found = candidates.candidates(ws, mid, 2024)
    lines = [(c.participant.name, c.participant.detail, c.reason_text()) for c in found.candidates]
    group = "Cá nhân công chức, viên chức, người lao động"
    assert lines == [
        ("Trần Thị Bình", "Phòng Tài chính doanh nghiệp",
         f"Đóng góp 50.000.000 đồng; Điểm 80 — hạng 2/4 (đồng hạng) nhóm {group}"),
        ("Nguyễn Văn An", "Phòng Tài chính doanh nghiệp", f"Điểm 92,5 — hạng 1/4 nhóm {group}"),
        ("Lê Văn Cường", "Phòng Tài chính doanh nghiệp",
         f"Điểm 80 — hạng 2/4 (đồng hạng) nhóm {group}"),
    ]  # fmt: skip
    assert found.candidates[0].award == "GIAY_KHEN"
    # The unscored Cường of planning is neither ranked nor counted (4, not 5, in the group).
    assert all(c.participant.id != s.office.people["cuong2"] for c in found.candidates)
    assert candidates.candidates(ws, mid, 2021).candidates == ()  # nothing scored or given
    with pytest.raises(ValidationError):
        candidates.candidates(ws, mid, 1900)


def test_cumulative_land_and_units(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    candidates.save_rule(
        ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000, True)
    )
    candidates.save_rule(ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.LAND, 200))
    candidates.save_rule(ws, CandidateRule(mid, RuleKind.TOP_N, group_id=s.unit_group, top_n=1))
    found = {c.participant.name: c for c in candidates.candidates(ws, mid, 2024).candidates}
    assert set(found) == {
        "Trần Thị Bình",
        "Nguyễn Văn An",
        "Hộ ông Thạch Sơn",
        "Phòng Tài chính doanh nghiệp",
    }
    assert found["Hộ ông Thạch Sơn"].participant.kind is SubjectKind.HOUSEHOLD
    assert found["Hộ ông Thạch Sơn"].reason_text() == "Đóng góp đất đai 250 m²"
    assert found["Nguyễn Văn An"].reason_text() == "Đóng góp 50.000.000 đồng (cộng dồn)"
    assert found["Phòng Tài chính doanh nghiệp"].participant.kind is SubjectKind.UNIT


def test_export_reads_back(ws: Workspace, tmp_path: Path) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    _rules(ws, mid, s.staff_group)
    out = tmp_path / "ung-vien.xlsx"
    assert candidates.export_candidates(ws, out, mid, 2024) == 3
    sheet = load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "DANH SÁCH ĐỀ NGHỊ XÉT CHỌN NĂM 2024 THEO KẾT QUẢ PHONG TRÀO"
    assert "Đóng góp tiền từ 50.000.000 đồng trong năm" in rows[2][0]
    assert rows[4][:5] == [
        "STT",
        "Họ và tên / Tên tập thể",
        "Đơn vị",
        "Đối tượng",
        "Căn cứ đề nghị",
    ]
    first = rows[5]
    assert first[1] == "Trần Thị Bình"
    assert first[6:10] == [80, 2, 4, 50_000_000]
    assert first[11] == "Giấy khen"
    assert rows[6][1] == "Nguyễn Văn An" and rows[6][6] == 92.5 and rows[6][9] is None
    assert len(rows) == 8


def test_propose_adds_nominees_checked_as_usual(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    _rules(ws, mid, s.staff_group)
    candidates.save_rule(ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.LAND, 200))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng phong trào NTM 2024", CommendationType.MOVEMENT, 2024, mid)
    )
    offer = candidates.offer(ws, batch)
    assert offer is not None and offer.candidates.year == 2024
    by_name = {c.participant.name: c for c in offer.candidates.candidates}
    assert set(by_name) >= {"Nguyễn Văn An", "Hộ ông Thạch Sơn"}
    picks = [
        candidates.Pick(by_name["Nguyễn Văn An"].participant, "GIAY_KHEN"),
        candidates.Pick(by_name["Hộ ông Thạch Sơn"].participant, "GIAY_KHEN"),
    ]
    result = candidates.propose(ws, batch, picks)
    assert result.added == ("Nguyễn Văn An", "Hộ ông Thạch Sơn")
    nominees = proposals.nominees(ws, batch)
    assert [n.name for n in nominees][:1] == ["Nguyễn Văn An"]
    assert all(n.eligibility and n.eligibility_reasons for n in nominees)  # the legal check ran
    again = candidates.propose(ws, batch, picks[:1])
    assert (again.added, again.already) == ((), ("Nguyễn Văn An",))
    assert len(proposals.nominees(ws, batch)) == 2
    assert candidates.offer(ws, batch).present >= {("person", s.office.people["an"])}  # type: ignore[union-attr]


def test_propose_is_all_or_nothing(ws: Workspace) -> None:
    s = scored_office(ws)
    mid = s.office.movement
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng phong trào", CommendationType.MOVEMENT, 2024, mid)
    )
    an = Participant(SubjectKind.PERSON, s.office.people["an"], "Nguyễn Văn An")
    outside = Participant(SubjectKind.NAMED, None, "Công ty TNHH Ngoài Danh Sách")
    with pytest.raises(ValidationError) as err:
        candidates.propose(
            ws, batch, [candidates.Pick(an, "GIAY_KHEN"), candidates.Pick(outside, "GIAY_KHEN")]
        )
    assert err.value.code == "not_in_register"
    with pytest.raises(ValidationError) as err:
        candidates.propose(ws, batch, [candidates.Pick(an, "KHONG_CO")])
    assert err.value.code == "award_unknown"
    assert proposals.nominees(ws, batch) == []
    plain = proposals.create_batch(ws, BatchInput("Khen thưởng năm", CommendationType.MERIT, 2024))
    assert candidates.offer(ws, plain) is None
