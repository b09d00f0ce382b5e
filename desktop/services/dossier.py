"""The award dossier of a batch: collect a frozen DossierData in one read, render it, record it.

Printing goes: `build(ws, batch_id)` (a snapshot of what is printed) → `documents.dossier.render`
→ `issue(...)` writes the file and records kind, number, date, batch, file name, SHA-256 and the
PDF itself, so that a reprint gives exactly the same paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.documents import dossier as dossier_doc
from desktop.documents.data import (
    AwardRecord,
    CouncilData,
    CouncilMember,
    DossierData,
    NomineeData,
    OfficeHeader,
    SignatureBlock,
    SubjectKind,
    VoteRecord,
)
from desktop.domain.awards import Catalog
from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.proposals import SubjectType
from desktop.persistence.repositories import awards as award_repo
from desktop.persistence.repositories import documents as doc_repo
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import proposals as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services import catalog as catalog_service
from desktop.services.pdf_files import write_pdf
from desktop.services.session import Workspace

PARTS = dossier_doc.PARTS


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    return f"{d:%d/%m/%Y}"


def _history(
    rows: list[award_repo.HistoryRow], catalog: Catalog
) -> tuple[tuple[AwardRecord, ...], tuple[AwardRecord, ...]]:
    titles: list[AwardRecord] = []
    awards: list[AwardRecord] = []
    codes = set(catalog.codes())
    for year, code, name, number, decided, issuer in rows:
        decision = f"Quyết định số {number}" if number else ""
        if decided:
            decision += f" ngày {_date_text(decided)}"
        rec = AwardRecord(str(year), name, decision.strip(), issuer)
        is_title = code in codes and catalog.get(code).category == "danh_hieu"
        (titles if is_title else awards).append(rec)
    return tuple(titles), tuple(awards)


def _signature(title: str, name: str) -> SignatureBlock:
    lines = tuple(line.strip().upper() for line in title.split("\n") if line.strip()) or (
        "THỦ TRƯỞNG ĐƠN VỊ",
    )
    return SignatureBlock(lines, name)


def build(ws: Workspace, batch_id: int, *, issued_on: date | None = None) -> DossierData:
    """Everything the dossier of a batch prints, read in one go."""
    catalog = catalog_service.load(ws)
    with ws.db.read() as conn:
        batch = repo.get_batch(conn, batch_id)
        office = office_repo.load(conn)
        noms = repo.nominees(conn, batch_id)
        if not noms:
            raise ValidationError("nominees", "empty", "Đợt đề nghị chưa có ai để in hồ sơ.")
        header = OfficeHeader(
            office.name or "Cơ quan", office.parent_agency, office.place, office.symbol
        )
        reporter_sig = SignatureBlock(("NGƯỜI BÁO CÁO THÀNH TÍCH",), "", "(Ký, ghi rõ họ và tên)")
        head_sig = _signature(
            batch.signer_title or office.signer_title, batch.signer_name or office.signer_name
        )
        nominees: list[NomineeData] = []
        votes: list[VoteRecord] = []
        for n in noms:
            award = catalog.get(n.data.award_code)
            if n.data.subject is SubjectType.PERSON and n.data.person_id is not None:
                p = people_repo.get(conn, n.data.person_id).data
                birth = p.birth_date.display() if isinstance(p.birth_date, BirthDate) else ""
                titles, awards = _history(
                    award_repo.history_of_person(conn, n.data.person_id), catalog
                )
                positions = ", ".join(
                    x for x in (p.party_position, p.position, p.union_position) if x
                )
                data = NomineeData(
                    SubjectKind.PERSON,
                    p.full_name,
                    award.name,
                    positions,
                    n.unit_name,
                    summary=n.data.summary,
                    duties=n.data.duties,
                    achievements=n.data.achievement,
                    birth_date=birth,
                    sex=p.sex.label if p.sex else "",
                    home_town=p.hometown,
                    residence=p.residence,
                    qualification=p.qualification,
                    academic_title=p.academic_title,
                    titles=titles,
                    awards=awards,
                    reporter=reporter_sig,
                    head=head_sig,
                )
            elif n.data.subject is SubjectType.UNIT and n.data.unit_id is not None:
                u = unit_repo.get(conn, n.data.unit_id)
                titles, awards = _history(award_repo.history_of_unit(conn, n.data.unit_id), catalog)
                data = NomineeData(
                    SubjectKind.COLLECTIVE,
                    u.name,
                    award.name,
                    unit=n.unit_name or header.name,
                    summary=n.data.summary,
                    duties=n.data.duties,
                    achievements=n.data.achievement,
                    address=u.address,
                    titles=titles,
                    awards=awards,
                    reporter=SignatureBlock(("THỦ TRƯỞNG ĐƠN VỊ",), ""),
                    head=head_sig,
                )
            else:
                data = NomineeData(
                    SubjectKind.COLLECTIVE,
                    n.data.household_name,
                    award.name,
                    summary=n.data.summary,
                    achievements=n.data.achievement,
                    head=head_sig,
                )
            nominees.append(data)
            if n.data.votes_in_favour is not None:
                votes.append(
                    VoteRecord(
                        data.name, award.name, n.data.votes_in_favour, award.vote_threshold or None
                    )
                )
        council = None
        if batch.meeting_date:
            start = datetime.fromisoformat(batch.meeting_date)
            end = datetime.fromisoformat(batch.meeting_end) if batch.meeting_end else start
            absent_written = tuple(
                CouncilMember(f"Thành viên vắng mặt có ý kiến bằng văn bản {i + 1}")
                for i in range(batch.members_absent_written)
            )
            council = CouncilData(
                name=f"Hội đồng Thi đua - Khen thưởng {header.name}",
                started_at=start,
                ended_at=end,
                place=batch.meeting_place,
                members_total=batch.members_total,
                members_present=batch.members_present,
                chair=CouncilMember(batch.meeting_chair, "Chủ tịch Hội đồng"),
                secretary=CouncilMember(batch.meeting_secretary, "Thư ký Hội đồng"),
                absent_with_opinion=absent_written,
                content=(f"Xét đề nghị khen thưởng: {batch.title}.",),
                votes=tuple(votes),
            )
    when = issued_on or (
        date.fromisoformat(batch.submitted_on) if batch.submitted_on else date.today()
    )
    codes = sorted({catalog.get(n.data.award_code).name for n in noms})
    return DossierData(
        office=header,
        subject=f"Về việc đề nghị khen thưởng năm {batch.year}: " + ", ".join(codes),
        issued_on=when,
        recipients=(batch.addressee,)
        if batch.addressee
        else ("Hội đồng Thi đua - Khen thưởng tỉnh",),
        nominees=tuple(nominees),
        signature=head_sig,
        number=batch.number,
        batch_title=batch.title,
        council=council,
    )


@dataclass(frozen=True, slots=True)
class IssuedFile:
    """A dossier written and recorded."""

    id: int
    path: Path
    pages: int
    size: int
    sha256: str


def render(ws: Workspace, batch_id: int, part: str = "all") -> tuple[bytes, int]:
    """The PDF of the dossier (or one part) and its page count, not recorded."""
    pdf, layout = dossier_doc.render_with_layout(build(ws, batch_id), part)
    return pdf, layout.total_pages


def issue(ws: Workspace, batch_id: int, out: Path, part: str = "all") -> IssuedFile:
    """Render, write to `out` and record the issued document (with the PDF for reprints)."""
    pdf, pages = render(ws, batch_id, part)
    digest = write_pdf(out, pdf)
    with ws.db.read() as conn:
        batch = repo.get_batch(conn, batch_id)
    kind = "ho-so" if part == "all" else part
    with ws.db.write() as conn:
        doc_id = doc_repo.insert(
            conn,
            kind,
            batch.number_text,
            date.today(),
            batch_id,
            batch.title,
            Path(out).name,
            digest,
            pages,
            pdf,
        )
    return IssuedFile(doc_id, Path(out), pages, len(pdf), digest)


def reprint(ws: Workspace, document_id: int, out: Path) -> IssuedFile:
    """Write an issued document again, byte for byte as it was issued."""
    with ws.db.read() as conn:
        doc = doc_repo.get(conn, document_id)
    digest = write_pdf(out, doc.pdf)
    return IssuedFile(doc.id, Path(out), doc.pages, len(doc.pdf), digest)


def issued(ws: Workspace, batch_id: int | None = None) -> list[doc_repo.IssuedRow]:
    """Issued documents (of a batch, or all), newest first."""
    with ws.db.read() as conn:
        return doc_repo.list_issued(conn, batch_id)
