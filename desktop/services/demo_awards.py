"""Demo award history and proposal batches: earlier years' titles, a decided batch of last year
and an open batch of this year, made through the real services so they follow the rules."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime

from desktop.domain.awards import CommendationType
from desktop.domain.council import Attendance, AttendanceInput, MemberInput, Role
from desktop.domain.eligibility import cstdcs_cap_percent
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.subjects import HouseholdInput
from desktop.domain.units import UnitKind
from desktop.persistence.repositories import awards as award_repo
from desktop.services import catalog as catalog_service
from desktop.services import council, eligibility, households, people, proposals, units
from desktop.services import office as office_service
from desktop.services.session import Workspace


def _history(ws: Workspace, year: int, rng: random.Random) -> int:
    """Grant last years' basic titles to those who met them, as the office would have."""
    catalog = catalog_service.load(ws)
    office = office_service.load(ws)
    issuer = office.name or "Sở"
    symbol = office.symbol or "CQ"
    granted = 0
    used: set[str] = set()  # one decision number, one decision (and one date) in a year
    ldtt = 0
    with ws.db.write() as conn:
        for code, month in (("LDTT", 12), ("CSTDCS", 12), ("TTLDTT", 12)):
            number = f"{rng.randint(150, 420)}/QĐ-{symbol}"
            while number in used:
                number = f"{rng.randint(150, 420)}/QĐ-{symbol}"
            used.add(number)
            decided_on = date(year, month, rng.randint(15, 28))
            rows = [
                r
                for r in eligibility.evaluate(ws, year, code, catalog=catalog)
                if r.result.value == "eligible"
            ]
            if code == "LDTT":
                ldtt = len(rows)
            cap = cstdcs_cap_percent(catalog, year)
            if code == "CSTDCS" and cap is not None:
                # Before 2024 at most 15 % of the LĐTT (NĐ 91/2017 Điều 9 khoản 3): the office
                # chose the best; here the first in the list.
                rows = rows[: ldtt * cap // 100]
            for row in rows:
                award_repo.insert(
                    conn,
                    award_repo.AwardRecordInput(
                        row.subject_kind,
                        year,
                        catalog.get(code).name,
                        code,
                        person_id=row.subject_id if row.subject_kind == "person" else None,
                        unit_id=row.subject_id if row.subject_kind == "unit" else None,
                        decision_number=number,
                        decision_date=decided_on,
                        issuer=issuer,
                    ),
                )
                if row.initiatives:
                    award_repo.mark_initiatives_used(
                        conn, row.initiatives, f"{catalog.get(code).name} {year}", f"QĐ {number}"
                    )
                granted += 1
    return granted


def _roster(ws: Workspace, size: int = 11) -> None:
    """The office's council from its own staff: the Giám đốc chairs, the deputies are vice
    chairs, the Chánh Văn phòng is the standing member, heads of departments are members and a
    Văn phòng officer keeps the minutes."""
    everyone = [people.get(ws, i) for i in people.query_ids(ws, people.make_query(""))]
    by_pos: dict[str, list[str]] = {}
    for p in everyone:
        by_pos.setdefault(p.data.position, []).append(p.data.full_name)
    clerks = [
        p.data.full_name
        for p in everyone
        if p.unit_name == "Văn phòng" and p.data.position == "Chuyên viên"
    ]
    secretary = clerks[0] if clerks else ""
    plan = [(n, Role.CHAIR, "Giám đốc Sở") for n in by_pos.get("Giám đốc", [])[:1]]
    plan += [(n, Role.VICE_CHAIR, "Phó Giám đốc Sở") for n in by_pos.get("Phó Giám đốc", [])[:2]]
    plan += [(n, Role.STANDING, "Chánh Văn phòng") for n in by_pos.get("Chánh Văn phòng", [])[:1]]
    heads = by_pos.get("Chánh Thanh tra", []) + by_pos.get("Trưởng phòng", [])
    plan += [(n, Role.MEMBER, "Trưởng đơn vị") for n in heads[: max(0, size - len(plan) - 1)]]
    if len(plan) < 2 or not secretary:
        return  # a small demo without leaders: the meeting is recorded by counts only
    plan.append((secretary, Role.SECRETARY, "Chuyên viên Văn phòng"))
    for name, role, position in plan:
        council.save_member(ws, MemberInput(name, role, position, date(2024, 1, 1)))


# Heads of household (chủ hộ) of the demo's villages, so Gia đình văn hóa is judged for them.
_HOUSEHOLDS = (
    ("Thạch Sóc Khanh", 5),
    ("Lý Thị Sa Rươl", 4),
    ("Trần Văn Út", 3),
    ("Danh Thị Mỹ", 6),
    ("Nguyễn Văn Tám", 4),
    ("Sơn Thị Phol", 5),
    ("Lâm Văn Chanh", 2),
    ("Huỳnh Thị Lài", 4),
)


def _households(ws: Workspace) -> int:
    """Two households in each of the first villages of the register."""
    villages = [u for u in units.list_units(ws) if u.kind is UnitKind.VILLAGE]
    if not villages:
        return 0
    for i, (name, members) in enumerate(_HOUSEHOLDS):
        village = villages[(i // 2) % len(villages)]
        households.save(ws, HouseholdInput(name, village.id, members))
    return len(_HOUSEHOLDS)


def _attendance(ws: Workspace, on: date, written: int) -> list[AttendanceInput]:
    """Everyone on the roster present, except `written` ordinary members who sent an opinion."""
    rows = council.default_attendance(ws, on)
    out = []
    for r in rows:
        if written and r.role is Role.MEMBER:
            r = replace(r, attendance=Attendance.WRITTEN)
            written -= 1
        out.append(r)
    return out


def fill(ws: Workspace, seed: int = 1) -> str:
    """Award history 2022-2024, a decided batch of 2025 and an open batch of this year."""
    rng = random.Random(seed * 7919 + 5)
    history = sum(_history(ws, year, rng) for year in (2022, 2023, 2024))
    office = office_service.load(ws)
    # No addressee: submission fills in the authority that decides (never the advisory council)
    addressee = ""
    _roster(ws)
    _households(ws)
    # The Văn phòng drafts the office's emulation papers: "Lưu: VT, VP." in every Nơi nhận
    settings = office_service.paper_settings(ws)
    office_service.save_paper_settings(ws, replace(settings, drafting_unit="VP"))
    decided = proposals.create_batch(
        ws,
        BatchInput(
            "Khen thưởng tổng kết công tác năm 2025",
            CommendationType.MERIT,
            2025,
            addressee=addressee,
            signer_name=office.signer_name,
            signer_title=office.signer_title,
        ),
    )
    for code in ("LDTT", "CSTDCS", "TTLDTT"):
        proposals.add_eligible(ws, decided, code)
    noms = proposals.nominees(ws, decided)
    if not noms:  # a demo without staff has nothing to propose
        proposals.delete_batch(ws, decided)
        return ""
    members = len(council.members(ws, date(2025, 12, 9))) or 11
    votes = {n.id: min(members, rng.choice((10, 11, 11, 9))) for n in noms}
    proposals.record_meeting(
        ws,
        decided,
        MeetingInput(
            datetime(2025, 12, 9, 8, 0),
            "Phòng họp Sở",
            office.signer_name or "Chủ tịch Hội đồng",
            "Thư ký Hội đồng",
            members,
            10,
            1,
            datetime(2025, 12, 9, 10, 15),
        ),
        votes,
        attendance=_attendance(ws, date(2025, 12, 9), 1) or None,
    )
    refused = {
        n.id for n in noms if votes[n.id] * 100 < 80 * members and n.data.award_code == "CSTDCS"
    }
    if refused:
        proposals.return_for_changes(ws, decided, "Bỏ các trường hợp chưa đủ số phiếu")
        for nid in refused:
            proposals.remove_nominee(ws, nid)
        proposals.record_meeting(
            ws,
            decided,
            MeetingInput(
                datetime(2025, 12, 10, 14, 0),
                "Phòng họp Sở",
                office.signer_name or "Chủ tịch",
                "Thư ký Hội đồng",
                members,
                11,
                0,
                datetime(2025, 12, 10, 15, 0),
            ),
            {n.id: votes[n.id] for n in proposals.nominees(ws, decided)},
            attendance=_attendance(ws, date(2025, 12, 10), 0) or None,
        )
    proposals.submit(ws, decided, date(2025, 12, 12))
    proposals.record_decision(
        ws,
        decided,
        proposals.DecisionInput(
            f"{rng.randint(500, 650)}/QĐ-{office.symbol or 'CQ'}",
            date(2025, 12, 26),
            office.name or "Sở",
        ),
    )
    this_year = date.today().year
    open_batch = proposals.create_batch(
        ws,
        BatchInput(
            f"Khen thưởng tổng kết công tác năm {this_year}",
            CommendationType.MERIT,
            this_year,
            addressee=addressee,
            signer_name=office.signer_name,
            signer_title=office.signer_title,
        ),
    )
    # A few proposals already drafted; the council has not met.
    candidates = [
        r for r in eligibility.evaluate(ws, 2025, "BK_TINH") if r.result.value != "ineligible"
    ][:3]
    for r in candidates:
        proposals.add_nominee(
            ws, open_batch, NomineeInput(SubjectType.PERSON, "BK_TINH", person_id=r.subject_id)
        )
    granted = sum(1 for n in proposals.nominees(ws, decided) if n.outcome == "duoc_khen")
    return (
        f"Khen thưởng: {history} lượt danh hiệu các năm 2022-2024; đợt tổng kết năm 2025 đã có quyết định"
        f" ({granted} lượt); đợt năm {this_year} đang dự thảo ({len(candidates)} người)."
    )
