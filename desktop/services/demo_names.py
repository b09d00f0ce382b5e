"""Demo of the 2025 reorganisation: the office's superior and place before 01/07/2025, two
wards of thành phố Sóc Trăng merged into the new Phường Sóc Trăng, Xã Thiện Mỹ merged into
Xã Hồ Đắc Kiện, Phường 2 renamed Phường Phú Lợi, all from 01/07/2025.

Sóc Trăng joined Cần Thơ and its communes were rearranged by Nghị quyết 1668/NQ-UBTVQH15
(16/06/2025), on the province's plan of 20/04/2025: Phường 5-8 became Phường Sóc Trăng, Phường
1-4 Phường Phú Lợi, Hồ Đắc Kiện and Thiện Mỹ Xã Hồ Đắc Kiện. The demo holds only some of those
wards, so Phường Phú Lợi appears as Phường 2 renamed. Runs after the movement's demo (the
merges move its registrations, sponsorships and scores) and before the award batches of 2025.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.domain.awards import CommendationType
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.unit_names import NamePeriod, OfficeField
from desktop.domain.units import Unit, UnitInput, UnitKind
from desktop.services import council, office, people, proposals, unit_names, units
from desktop.services.session import Workspace

REORGANISED = date(2025, 7, 1)
_BEFORE = REORGANISED - timedelta(days=1)
OLD_SUPERIOR = "UBND TỈNH SÓC TRĂNG"
OLD_PLACE = "Sóc Trăng"
NEW_WARD = "Phường Sóc Trăng"
MERGED_WARDS = ("Phường 5", "Phường 7")
MERGED_COMMUNES = (("Xã Thiện Mỹ",), "Xã Hồ Đắc Kiện")
RENAMED = ("Phường 2", "Phường Phú Lợi")
BATCH_2024 = "Khen thưởng phong trào xây dựng nông thôn mới năm 2024"
_PRAISED = ("Phường 5", "Xã Thiện Mỹ", "Phường 2")  # the wards and commune the Sở sponsored


def _batch_2024(ws: Workspace, by_name: dict[str, Unit]) -> int | None:
    """A proposal of December 2024 for three communes that merged or were renamed afterwards,
    decided by the province: its papers print the names of 2024 (UBND TỈNH SÓC TRĂNG, Phường 5),
    its award lines keep the name each commune had when it was praised."""
    praised = [by_name[n] for n in _PRAISED if n in by_name]
    if not praised:
        return None
    info = office.load(ws)
    batch = proposals.create_batch(
        ws,
        BatchInput(
            BATCH_2024,
            CommendationType.MERIT,
            2024,
            signer_name=info.signer_name,
            signer_title=info.signer_title,
        ),
    )
    for u in praised:
        proposals.add_nominee(
            ws,
            batch,
            NomineeInput(
                SubjectType.UNIT,
                "BK_TINH",
                unit_id=u.id,
                summary=f"{u.name} có thành tích xuất sắc trong phong trào xây dựng nông thôn mới,"
                " đô thị văn minh năm 2024.",
                achievement="Hoàn thành 100% chỉ tiêu đăng ký thi đua năm 2024; huy động nguồn lực"
                " làm đường giao thông nông thôn, nhà văn hóa ấp, khóm.",
                override_reason="Hội đồng xét thành tích trong phong trào do Sở đỡ đầu năm 2024:"
                " hoàn thành các chỉ tiêu đã đăng ký.",
            ),
        )
    # the minutes are kept by a Văn phòng officer, as in the demo's later meetings
    staff = [people.get(ws, i) for i in people.query_ids(ws, people.make_query(""))]
    secretary = next(
        (
            p.data.full_name
            for p in staff
            if p.unit_name == "Văn phòng" and p.data.position == "Chuyên viên"
        ),
        "Thư ký Hội đồng",
    )
    held = datetime(2024, 12, 5, 8, 0)
    present = council.default_attendance(ws, held.date())
    members = len(present) or 11
    noms = proposals.nominees(ws, batch)
    proposals.record_meeting(
        ws,
        batch,
        MeetingInput(held, "Phòng họp Sở", info.signer_name or "Chủ tịch Hội đồng",
                     secretary, members, members, 0, datetime(2024, 12, 5, 9, 30)),
        {n.id: members for n in noms},
        attendance=present or None,
    )  # fmt: skip
    proposals.submit(ws, batch, date(2024, 12, 10))
    proposals.record_decision(
        ws,
        batch,
        proposals.DecisionInput("3125/QĐ-UBND", date(2024, 12, 27), "Chủ tịch UBND tỉnh Sóc Trăng"),
    )
    return batch


def _distinct_names(ws: Workspace, target: int) -> None:
    """Sub-units that came from another unit and repeat a name under the target are renamed
    (two "Khóm 1" under one ward could not be told apart): a khóm takes the next free number,
    an ấp a number after its name. The merge already closed their earlier period (old name,
    old parent) on the day before, so papers before the merge print the old name."""
    children = sorted(
        (u for u in units.list_units(ws) if u.parent_id == target), key=lambda u: u.id
    )
    taken = {u.name for u in children}
    seen: set[str] = set()
    for u in children:
        if u.name not in seen:
            seen.add(u.name)
            continue
        if u.name.startswith("Khóm "):
            number = 1
            while f"Khóm {number}" in taken:
                number += 1
            name = f"Khóm {number}"
        else:
            number = 2
            while f"{u.name} {number}" in taken:
                number += 1
            name = f"{u.name} {number}"
        taken.add(name)
        units.save(ws, UnitInput(name, u.kind, u.code, u.parent_id, u.internal, u.address), u.id)


def fill(ws: Workspace, seed: int = 1) -> str:
    """Record the office's earlier names, the two merges and the rename; return a summary."""
    del seed  # nothing random here
    info = office.load(ws)
    for field, old in ((OfficeField.PARENT_AGENCY, OLD_SUPERIOR), (OfficeField.PLACE, OLD_PLACE)):
        if getattr(info, field.value) != old:
            unit_names.add_office_past_name(ws, field, NamePeriod(old, None, _BEFORE))
    by_name = {u.name: u for u in units.list_units(ws) if not u.internal}
    done: list[str] = []
    if _batch_2024(ws, by_name) is not None:
        done.append("đợt đề nghị Bằng khen tháng 12/2024 cho các xã, phường trước sắp xếp")
    wards = [by_name[n].id for n in MERGED_WARDS if n in by_name]
    if wards:
        first = by_name[MERGED_WARDS[0]]
        address = "phường Sóc Trăng, thành phố Cần Thơ"
        new = units.save(
            ws, UnitInput(NEW_WARD, UnitKind.COMMUNE, "", first.parent_id, False, address)
        )
        unit_names.merge(ws, wards, new, REORGANISED, "Nghị quyết 1668/NQ-UBTVQH15")
        _distinct_names(ws, new)
        done.append(f"{', '.join(MERGED_WARDS)} sáp nhập thành {NEW_WARD}")
    sources, target = MERGED_COMMUNES
    if target in by_name and all(s in by_name for s in sources):
        unit_names.merge(
            ws,
            [by_name[s].id for s in sources],
            by_name[target].id,
            REORGANISED,
            "Nghị quyết 1668/NQ-UBTVQH15",
        )
        _distinct_names(ws, by_name[target].id)
        done.append(f"{', '.join(sources)} sáp nhập vào {target}")
    old, new_name = RENAMED
    if old in by_name:
        unit_names.rename(ws, by_name[old].id, new_name, REORGANISED)
        done.append(f"{old} đổi tên thành {new_name}")
    if not done:
        return ""
    return f"Sắp xếp đơn vị hành chính từ {REORGANISED:%d/%m/%Y}: {'; '.join(done)}."
