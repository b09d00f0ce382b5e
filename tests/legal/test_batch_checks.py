"""Submission checks of a proposal batch against the law and the council's regulation, on real
database files made by the real migrations (issue 13, points 13-15).

Each row: the meeting as recorded, the votes, what the law or regulation says, where it says it,
and what the program must do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.awards import CommendationType
from desktop.domain.errors import ValidationError
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, Quorum, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import council, people, proposals, ratings, units
from desktop.services.session import Workspace

YEAR = 2025


def _meeting(total: int, present: int, written: int) -> MeetingInput:
    return MeetingInput(
        datetime(YEAR, 12, 10, 8, 0),
        "Phòng họp Sở",
        "Giám đốc Sở",
        "Chánh Văn phòng",
        total,
        present,
        written,
        datetime(YEAR, 12, 10, 10, 0),
    )


def _office(ws: Workspace) -> list[int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = []
    for name in ("Nguyễn Thị Hương", "Trần Văn Bình"):
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, YEAR, Rating.EXCELLENT))
        ids.append(pid)
    return ids


def _batch(ws: Workspace, award: str = "CSTDCS") -> tuple[int, list[int], list[int]]:
    persons = _office(ws)
    batch = proposals.create_batch(
        ws, BatchInput(f"Khen thưởng năm {YEAR}", CommendationType.MERIT, YEAR)
    )
    noms = [
        proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, award, person_id=p))
        for p in persons
    ]
    return batch, noms, persons


@dataclass(frozen=True)
class VoteCase:
    name: str
    total: int
    present: int
    written: int
    votes: int
    refused_code: str | None  # the refusal of record_meeting, None: recorded
    outcome: str  # the nominee's outcome after a recorded meeting
    source: str


VOTE_CASES = [
    VoteCase(
        "votes over present plus written opinions",
        10,
        7,
        1,
        9,
        "votes_exceed",
        "",
        "Luật TĐKT 2022 Điều 5 (dân chủ, công khai); NĐ 98/2023 Điều 30 khoản 7: absent members "
        "vote in writing, so a vote can only come from a member present or a written opinion",
    ),
    VoteCase(
        "present plus written exactly",
        10,
        7,
        3,
        10,
        None,
        "",
        "NĐ 98/2023 Điều 30 khoản 7",
    ),
    VoteCase(
        "below the quorum of 2/3",
        12,
        7,
        5,
        12,
        "quorum",
        "",
        "Quy chế of the council (QĐ 2218/QĐ-BTNMT 2019 Điều 8 khoản 2; Bắc Ninh QĐ 86/2025 Điều 8): "
        "at least 2/3 of the members attend",
    ),
    VoteCase(
        "quorum reached exactly (8 of 12)",
        12,
        8,
        0,
        8,
        None,
        "khong_dat",
        "same regulation; 8/12 votes is 66.7 % < 80 % of total membership (NĐ 98/2023 Điều 30 "
        "khoản 7): the nominee stays in the minutes as 'không đạt'",
    ),
    VoteCase(
        "80 % of total membership reached",
        10,
        9,
        1,
        8,
        None,
        "",
        "NĐ 98/2023 Điều 30 khoản 7: ≥ 80 % of the total membership for CSTĐCS",
    ),
]


@pytest.mark.parametrize("case", VOTE_CASES, ids=[c.name for c in VOTE_CASES])
def test_votes_and_quorum_at_the_meeting(ws: Workspace, case: VoteCase) -> None:
    batch, noms, _ = _batch(ws)
    votes = dict.fromkeys(noms, case.votes)
    if case.refused_code is not None:
        with pytest.raises(ValidationError) as info:
            proposals.record_meeting(
                ws, batch, _meeting(case.total, case.present, case.written), votes
            )
        assert info.value.code == case.refused_code
        assert proposals.get_batch(ws, batch).state.value == "du_thao"  # nothing recorded
        assert all(n.data.votes_in_favour is None for n in proposals.nominees(ws, batch))
        return
    proposals.record_meeting(ws, batch, _meeting(case.total, case.present, case.written), votes)
    assert {n.outcome for n in proposals.nominees(ws, batch)} == {case.outcome}


def test_quorum_is_an_office_setting(ws: Workspace) -> None:
    assert council.quorum(ws) == Quorum(2, 3)
    batch, noms, _ = _batch(ws)
    council.set_quorum(ws, "80%")
    with pytest.raises(ValidationError) as info:
        proposals.record_meeting(ws, batch, _meeting(10, 7, 3), dict.fromkeys(noms, 10))
    assert info.value.code == "quorum" and "80%" in info.value.message
    council.set_quorum(ws, "1/2")
    proposals.record_meeting(ws, batch, _meeting(10, 7, 3), dict.fromkeys(noms, 10))
    with pytest.raises(ValidationError):
        council.set_quorum(ws, "3/2")


def _store_raw_meeting(
    db: Path, batch: int, total: int, present: int, written: int, votes: int
) -> None:
    """A meeting written by an older version or another tool, without today's checks."""
    import sqlite3

    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE proposal_batch SET meeting_date='2025-12-10T08:00', members_total=?,"
            " members_present=?, members_absent_written=?, state='da_hop' WHERE id=?",
            (total, present, written, batch),
        )
        conn.execute("UPDATE nominee SET votes_in_favour=? WHERE batch_id=?", (votes, batch))
    conn.close()


def thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@dataclass(frozen=True)
class StoredCase:
    name: str
    total: int
    present: int
    written: int
    votes: int
    codes: set[str]


STORED_CASES = [
    StoredCase("votes over present plus written", 10, 8, 0, 9, {"votes_exceed"}),
    StoredCase("below the quorum", 9, 5, 4, 9, {"quorum"}),
    StoredCase("clean", 10, 10, 0, 9, set()),
]


@pytest.mark.parametrize("case", STORED_CASES, ids=[c.name for c in STORED_CASES])
def test_check_batch_reports_what_submission_refuses(db_path: Path, case: StoredCase) -> None:
    ws = Workspace.open(db_path)
    batch, _noms, persons = _batch(ws)
    ws.close()
    _store_raw_meeting(db_path, batch, case.total, case.present, case.written, case.votes)
    result = thidua("--db", str(db_path), "check-batch", str(batch), "--json")
    assert result.returncode == (2 if case.codes else 0), result.stderr
    found = json.loads(result.stdout)
    assert {p["code"] for p in found} == case.codes
    assert all(set(p) == {"code", "subject_id", "message"} for p in found)
    if "votes_exceed" in case.codes:
        assert {p["subject_id"] for p in found} == set(persons)
    if "quorum" in case.codes:
        assert [p["subject_id"] for p in found] == [None]
    ws = Workspace.open(db_path)
    try:
        assert [p.message for p in proposals.problem_list(ws, batch)] == [
            p["message"] for p in found
        ]
        assert proposals.problems(ws, batch) == [p["message"] for p in found]
    finally:
        ws.close()
    text = thidua("--db", str(db_path), "check-batch", str(batch))
    assert text.returncode == result.returncode
    for p in found:
        assert p["message"] in text.stdout


def test_check_batch_lists_missing_votes_and_an_unknown_batch(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    batch, _noms, persons = _batch(ws)
    empty = proposals.create_batch(ws, BatchInput("Đợt trống", CommendationType.MERIT, YEAR))
    ws.close()
    result = thidua("--db", str(db_path), "check-batch", str(batch), "--json")
    assert result.returncode == 2
    found = json.loads(result.stdout)
    assert [(p["code"], p["subject_id"]) for p in found] == [
        ("votes_missing", persons[0]),
        ("votes_missing", persons[1]),
    ]
    result = thidua("--db", str(db_path), "check-batch", str(empty), "--json")
    assert [p["code"] for p in json.loads(result.stdout)] == ["empty"]
    missing = thidua("--db", str(db_path), "check-batch", "999")
    assert missing.returncode == 2 and "999" in missing.stderr and missing.stdout == ""


# --- routing by authority (point 14) ---------------------------------------------------------


@dataclass(frozen=True)
class RouteCase:
    office: str
    year: int
    award: str
    key: str  # thu_truong (the head decides), an authority id, or review
    source: str


ROUTE_CASES = [
    RouteCase("so", 2025, "CSTDCS", "thu_truong", "Luật 2022 Điều 80 khoản 1"),
    RouteCase("so", 2025, "LDTT", "thu_truong", "Luật 2022 Điều 80 khoản 1"),
    RouteCase("so", 2025, "TTLDTT", "thu_truong", "Luật 2022 Điều 80 khoản 1"),
    RouteCase("so", 2025, "GIAY_KHEN", "thu_truong", "Luật 2022 Điều 80 khoản 1"),
    RouteCase("so", 2025, "BK_TINH", "chu_tich_tinh", "Bắc Ninh QĐ 86/2025 Điều 5"),
    RouteCase("so", 2025, "CSTD_TINH", "chu_tich_tinh", "Bắc Ninh QĐ 86/2025 Điều 5"),
    RouteCase("so", 2025, "BK_TTG", "thu_tuong", "NĐ 98/2023 Điều 32-33"),
    RouteCase("so", 2025, "HCLD3", "chu_tich_nuoc", "LEGAL.md §1.2"),
    RouteCase("so", 2025, "THON_VH", "chu_tich_xa", "NĐ 129/2025 Điều 59"),
    RouteCase("so", 2024, "THON_VH", "chu_tich_huyen", "Luật 2022 Điều 80 khoản 2"),
    RouteCase("so", 2023, "CSTDCS", "thu_truong", "Luật 2003 Điều 80 khoản 1"),
    RouteCase("xa", 2025, "CSTDCS", "thu_truong", "NĐ 129/2025 Điều 59"),
    RouteCase("xa", 2025, "THON_VH", "thu_truong", "NĐ 129/2025 Điều 59"),
    RouteCase("xa", 2024, "CSTDCS", "chu_tich_huyen", "Luật 2022 Điều 80 khoản 2"),
    RouteCase("xa", 2024, "GDVH", "thu_truong", "Luật 2022 Điều 80 khoản 3"),
    RouteCase("xa", 2023, "LDTT", "review", "Luật 2003 for a commune: not read"),
]


@pytest.mark.parametrize(
    "case", ROUTE_CASES, ids=[f"{c.office}-{c.year}-{c.award}" for c in ROUTE_CASES]
)
def test_who_decides_each_award(case: RouteCase) -> None:
    from desktop.services import catalog

    rule_set = catalog.national().rule_set_for_year(case.year).id
    route = catalog.authorities().route(case.office, rule_set, case.award)
    assert route.key == case.key
    assert route.basis or route.review
    if case.key == "review":
        assert "chưa đối chiếu" in route.review


def _unit_batch(ws: Workspace, awards: list[str], addressee: str = "") -> tuple[int, list[int]]:
    persons = _office(ws)
    batch = proposals.create_batch(
        ws,
        BatchInput(f"Khen thưởng năm {YEAR}", CommendationType.MERIT, YEAR, addressee=addressee),
    )
    noms = [
        proposals.add_nominee(
            ws, batch, NomineeInput(SubjectType.PERSON, award, person_id=persons[i % 2])
        )
        for i, award in enumerate(awards)
    ]
    return batch, noms


def test_a_batch_splits_by_who_decides(ws: Workspace) -> None:
    batch, noms = _unit_batch(ws, ["LDTT", "CSTDCS", "BK_TINH", "CSTD_TINH"])
    groups = proposals.routing(ws, batch)
    assert [(g.key, g.nominee_ids) for g in groups] == [
        ("thu_truong", (noms[0], noms[1])),
        ("chu_tich_tinh", (noms[2], noms[3])),
    ]
    assert groups[0].by_head and not groups[1].by_head
    assert groups[1].addressee == "Chủ tịch Ủy ban nhân dân tỉnh"
    codes = {p.code for p in proposals.problem_list(ws, batch)}
    assert "mixed_authority" not in codes and "addressee_council" not in codes


def test_a_tờ_trình_never_mixes_authorities(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    batch, _ = _unit_batch(ws, ["BK_TINH", "BK_TTG"])
    ws.close()
    result = thidua("--db", str(db_path), "check-batch", str(batch), "--json")
    assert result.returncode == 2
    mixed = [p for p in json.loads(result.stdout) if p["code"] == "mixed_authority"]
    assert len(mixed) == 1 and mixed[0]["subject_id"] is None
    assert "Chủ tịch Ủy ban nhân dân tỉnh (1)" in mixed[0]["message"]
    assert "Thủ tướng Chính phủ (1)" in mixed[0]["message"]


def test_a_tờ_trình_goes_to_who_decides_not_to_the_council(ws: Workspace) -> None:
    batch, _ = _unit_batch(ws, ["BK_TINH"], addressee="Hội đồng Thi đua - Khen thưởng tỉnh")
    found = [p for p in proposals.problem_list(ws, batch) if p.code == "addressee_council"]
    assert len(found) == 1 and "Chủ tịch Ủy ban nhân dân tỉnh" in found[0].message


def test_a_batch_the_head_decides_is_not_addressed_to_the_council(ws: Workspace) -> None:
    # GIVEN a batch of titles the head of the office decides, addressed to the council
    batch, _ = _unit_batch(ws, ["LDTT", "CSTDCS"], addressee="Hội đồng Thi đua - Khen thưởng Sở")
    # THEN the addressee is refused: the council advises, the head decides
    found = [p for p in proposals.problem_list(ws, batch) if p.code == "addressee_council"]
    assert len(found) == 1 and "thủ trưởng cơ quan" in found[0].message


def test_a_commune_office_decides_cstdcs_itself_from_july_2025(ws: Workspace) -> None:
    council.set_office_kind(ws, "xa")
    batch, noms = _unit_batch(ws, ["CSTDCS", "BK_TINH"])
    assert [(g.key, g.nominee_ids) for g in proposals.routing(ws, batch)] == [
        ("thu_truong", (noms[0],)),
        ("chu_tich_tinh", (noms[1],)),
    ]
    with pytest.raises(ValidationError):
        council.set_office_kind(ws, "huyen")


def test_submission_addresses_the_tờ_trình_to_the_authority(ws: Workspace) -> None:
    persons = _office(ws)
    batch = proposals.create_batch(ws, BatchInput("Bằng khen", CommendationType.MERIT, YEAR))
    proposals.add_nominee(
        ws,
        batch,
        NomineeInput(
            SubjectType.PERSON,
            "BK_TINH",
            person_id=persons[0],
            override_reason="Hội đồng xét thành tích tiêu biểu",
        ),
    )
    proposals.record_meeting(ws, batch, _meeting(9, 9, 0), {})
    assert proposals.problem_list(ws, batch) == []
    proposals.submit(ws, batch, datetime(YEAR, 12, 12).date())
    assert proposals.get_batch(ws, batch).addressee == "Chủ tịch Ủy ban nhân dân tỉnh"
