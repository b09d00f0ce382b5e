"""The generated dossier batch of `bench_dossier.py` stored in a real database, so that a
benchmark can time our dossier with its data loaded from SQLite (services.dossier.render).

Set-up only (not timed): the office, units, people or collectives with their award history,
the batch with its nominees (their texts as generated), and the council meeting with votes.
"""

from __future__ import annotations

from pathlib import Path

from desktop.documents.data import DossierData, SubjectKind
from desktop.domain.awards import CommendationType
from desktop.domain.identity import parse_birth_date
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput, parse_sex
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.units import UnitInput
from desktop.persistence.repositories import awards as award_repo
from desktop.services import office, people, proposals, units
from desktop.services.session import Workspace

AWARD_CODES = {
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh": "BK_TINH",
    "Danh hiệu Chiến sĩ thi đua cấp tỉnh": "CSTD_TINH",
    "Cờ thi đua của Ủy ban nhân dân tỉnh": "CO_TINH",
}


def _history(ws: Workspace, data: DossierData, subjects: list[tuple[str, int]]) -> None:
    with ws.db.write() as conn:
        for n, (kind, subject_id) in zip(data.nominees, subjects, strict=True):
            for code, records in (
                ("LDTT" if kind == "person" else "TTLDTT", n.titles),
                ("", n.awards),
            ):
                for r in records:
                    number = r.decision.removeprefix("Quyết định số ").split(" ngày")[0]
                    award_repo.insert(
                        conn,
                        award_repo.AwardRecordInput(
                            kind,
                            int(r.year),
                            r.name,
                            code,
                            person_id=subject_id if kind == "person" else None,
                            unit_id=subject_id if kind == "unit" else None,
                            decision_number=number,
                            issuer=r.issuer,
                        ),
                    )


def store(data: DossierData, db_path: Path) -> tuple[Workspace, int]:
    """Open a new database at `db_path` holding `data` as a batch; (workspace, batch id)."""
    ws = Workspace.open(db_path)
    head = data.office
    office.save(
        ws,
        OfficeInfo(
            head.parent_agency,
            head.name,
            head.place,
            data.signature.name,
            "\n".join(data.signature.lines),
            head.symbol,
        ),
    )
    unit_ids: dict[str, int] = {}
    subjects: list[tuple[str, int]] = []
    for n in data.nominees:
        if n.kind is SubjectKind.COLLECTIVE:
            subjects.append(("unit", units.save(ws, UnitInput(n.name, address=n.address))))
            continue
        if n.unit not in unit_ids:
            unit_ids[n.unit] = units.save(ws, UnitInput(n.unit))
        person = PersonInput(
            n.name,
            unit_ids[n.unit],
            sex=parse_sex(n.sex),
            birth_date=parse_birth_date(n.birth_date) if n.birth_date else None,
            hometown=n.home_town,
            residence=n.residence,
            position=n.position,
            qualification=n.qualification,
            academic_title=n.academic_title,
        )
        subjects.append(("person", people.save(ws, person)))
    _history(ws, data, subjects)
    batch = proposals.create_batch(
        ws,
        BatchInput(
            data.batch_title or "Khen thưởng tổng kết năm 2025",
            CommendationType.MERIT,
            2025,
            addressee=data.recipients[0] if data.recipients else "",
        ),
    )
    ids: list[int] = []
    for n, (kind, subject_id) in zip(data.nominees, subjects, strict=True):
        ids.append(
            proposals.add_nominee(
                ws,
                batch,
                NomineeInput(
                    SubjectType.PERSON if kind == "person" else SubjectType.UNIT,
                    AWARD_CODES.get(n.award, "BK_TINH"),
                    person_id=subject_id if kind == "person" else None,
                    unit_id=subject_id if kind == "unit" else None,
                    summary=n.summary,
                    achievement=n.achievements,
                    duties=n.duties,
                ),
            )
        )
    council = data.council
    if council is not None:
        proposals.record_meeting(
            ws,
            batch,
            MeetingInput(
                council.started_at,
                council.place,
                council.chair.name,
                council.secretary.name,
                council.members_total,
                council.members_present,
                len(council.absent_with_opinion),
                council.ended_at,
            ),
            {nid: v.votes_for for nid, v in zip(ids, council.votes, strict=True)},
        )
    return ws, batch
