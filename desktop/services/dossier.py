"""The award dossier of a batch: collect a frozen DossierData in one read, render it, record it.

Printing goes: `build(ws, batch_id)` (a snapshot of what is printed) → `documents.dossier.render`
(the mục lục names the head of the audit chain the data was read at) → `save_issued(...)` writes
the very bytes rendered (and previewed) and records kind, number, date, batch, file name, SHA-256
and the PDF itself, or `record_printed(...)` records bytes sent to a printer; a reprint gives
exactly the same paper.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.documents import dossier as dossier_doc
from desktop.documents.common import missing_sections
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
from desktop.documents.formatting import running_case, without_doubled_words
from desktop.domain import progress as steps
from desktop.domain.awards import Catalog
from desktop.domain.council import Attendance
from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.issued_documents import IssuedRow
from desktop.domain.progress import Progress
from desktop.domain.proposals import Outcome, SubjectType
from desktop.persistence import audit as audit_store
from desktop.persistence.repositories import awards as award_repo
from desktop.persistence.repositories import batch_files as batch_files_repo
from desktop.persistence.repositories import council as council_repo
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import documents as doc_repo
from desktop.persistence.repositories import papers as papers_repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import proposals as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services import catalog as catalog_service
from desktop.services.pdf_files import is_word, write_pdf
from desktop.services.session import Workspace

PARTS = dossier_doc.PARTS
PRINTED = "(in trực tiếp)"  # the file name recorded for a dossier sent straight to a printer


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    return f"{d:%d/%m/%Y}"


def _history(
    rows: list[award_repo.HistoryRow],
    catalog: Catalog,
    before: date,
    proposed: tuple[str, int] | None = None,
) -> tuple[tuple[AwardRecord, ...], tuple[AwardRecord, ...]]:
    """The titles and awards a report lists: those decided before the report's date `before`
    (a record without a decision date: of an earlier year), never the award `proposed` (its
    code and year) itself."""
    titles: list[AwardRecord] = []
    awards: list[AwardRecord] = []
    codes = set(catalog.codes())
    for year, code, name, number, decided, issuer in rows:
        if proposed is not None and (code, int(year)) == proposed:
            continue
        if decided:
            if date.fromisoformat(decided[:10]) >= before:
                continue
        elif int(year) >= before.year:
            continue
        decision = f"Quyết định số {number}" if number else ""
        if decided:
            decision += f" ngày {_date_text(decided)}"
        rec = AwardRecord(str(year), name, decision.strip(), running_case(issuer))
        is_title = code in codes and catalog.get(code).category == "danh_hieu"
        (titles if is_title else awards).append(rec)
    return tuple(titles), tuple(awards)


def subject_of(batch_year: int, award_names: list[str]) -> str:
    """The trích yếu of the tờ trình: `Về việc đề nghị khen thưởng năm 2025 (Chiến sĩ thi đua
    cơ sở, Lao động tiên tiến)`, without words said twice."""
    names = ", ".join(award_names)
    text = f"Về việc đề nghị khen thưởng năm {batch_year}" + (f" ({names})" if names else "")
    return without_doubled_words(text)


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
        when = issued_on or batch.submitted_on or date.today()
        names = dated_names.DatedNames(conn, when)  # names of the paper's day
        office = names.office()
        own_copies = papers_repo.batch_copies(conn, batch_id)
        copies_to = (
            own_copies
            if own_copies is not None
            else papers_repo.load_settings(conn).default_copies()
        )
        noms = names.nominees(repo.nominees(conn, batch_id))
        kept = batch_files_repo.list_for_batch(conn, batch_id)  # "kèm theo" in the mục lục
        if not noms:
            raise ValidationError(
                "nominees", "dossier_empty", "Đợt đề nghị chưa có ai để in hồ sơ."
            )
        header = OfficeHeader(
            office.name or "Cơ quan", office.parent_agency, office.place, office.symbol
        )
        reporter_sig = SignatureBlock(("NGƯỜI BÁO CÁO THÀNH TÍCH",), "", "(Ký, ghi rõ họ và tên)")
        head_sig = _signature(
            batch.signer_title or office.signer_title, batch.signer_name or office.signer_name
        )
        nominees: list[NomineeData] = []
        votes: list[VoteRecord] = []
        failed: list[str] = []  # below the council's vote threshold
        for n in noms:
            award = catalog.get(n.data.award_code)
            if n.data.subject is SubjectType.PERSON and n.data.person_id is not None:
                p = people_repo.get(conn, n.data.person_id).data
                birth = p.birth_date.display() if isinstance(p.birth_date, BirthDate) else ""
                titles, awards = _history(
                    award_repo.history_of_person(conn, n.data.person_id),
                    catalog,
                    when,
                    (n.data.award_code, batch.year),
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
                    key=f"person:{n.data.person_id}",
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
                titles, awards = _history(
                    award_repo.history_of_unit(conn, n.data.unit_id),
                    catalog,
                    when,
                    (n.data.award_code, batch.year),
                )
                data = NomineeData(
                    SubjectKind.COLLECTIVE,
                    n.name,
                    award.name,
                    unit=n.unit_name or header.name,
                    key=f"unit:{n.data.unit_id}",
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
                    key=f"household:{n.data.household_name}",
                    summary=n.data.summary,
                    achievements=n.data.achievement,
                    head=head_sig,
                )
            if n.outcome == Outcome.COUNCIL_FAILED.value:  # not passed: in the minutes only
                failed.append(data.name)
            else:
                nominees.append(data)
            if n.data.votes_in_favour is not None:
                votes.append(
                    VoteRecord(
                        data.name, award.name, n.data.votes_in_favour, award.vote_threshold or None
                    )
                )
        council = None
        if batch.meeting_date:
            start = batch.meeting_date
            end = batch.meeting_end or start
            absent_written = tuple(
                CouncilMember(f"Thành viên vắng mặt có ý kiến bằng văn bản {i + 1}")
                for i in range(batch.members_absent_written)
            )
            named = council_repo.attendance(conn, batch_id)  # the roster's names, when kept
            by = {
                a: [CouncilMember(r.full_name, r.role.label) for r in named if r.attendance is a]
                for a in Attendance
            }
            officers = {r.full_name: r.role.label for r in named}
            conclusion = (
                f"Hội đồng thống nhất đề nghị khen thưởng {len(nominees)} trường hợp đạt tỷ lệ "
                "phiếu đồng ý theo quy định"
                + (
                    f"; {len(failed)} trường hợp không đạt: {', '.join(failed)}." if failed else "."
                ),
            )
            council = CouncilData(
                name=f"Hội đồng Thi đua - Khen thưởng {running_case(header.name)}",
                started_at=start,
                ended_at=end,
                place=batch.meeting_place,
                members_total=batch.members_total,
                members_present=batch.members_present,
                chair=CouncilMember(
                    batch.meeting_chair, officers.get(batch.meeting_chair, "Chủ tịch Hội đồng")
                ),
                secretary=CouncilMember(
                    batch.meeting_secretary,
                    officers.get(batch.meeting_secretary, "Thư ký Hội đồng"),
                ),
                attendees=tuple(by[Attendance.PRESENT]),
                absent_with_opinion=tuple(by[Attendance.WRITTEN]) if named else absent_written,
                absent_without_opinion=tuple(by[Attendance.ABSENT]),
                content=(f"Xét đề nghị khen thưởng: {batch.title}.",),
                votes=tuple(votes),
                conclusion=conclusion,
            )
    award_names: list[str] = []
    for n in noms:
        name = catalog.get(n.data.award_code).name
        if name not in award_names:
            award_names.append(name)
    return DossierData(
        office=header,
        subject=subject_of(batch.year, award_names),
        issued_on=when,
        recipients=(_localized(batch.addressee, office.parent_agency),)
        if batch.addressee
        else _deciding_recipients(ws, batch_id, office.parent_agency, head_sig, header.name),
        nominees=tuple(nominees),
        signature=head_sig,
        number=batch.number,
        batch_title=batch.title,
        council=council,
        copies_to=copies_to,
        extra_documents=tuple(f.contents_line() for f in kept),
    )


def _localized(addressee: str, parent_agency: str) -> str:
    """`Chủ tịch Ủy ban nhân dân tỉnh` named after the office's own province or city
    (`UBND THÀNH PHỐ CẦN THƠ` → `Chủ tịch Ủy ban nhân dân thành phố Cần Thơ`)."""
    parent = running_case(parent_agency or "")
    for prefix in ("UBND ", "Ủy ban nhân dân "):
        if addressee.endswith("Ủy ban nhân dân tỉnh") and parent.startswith(prefix):
            return addressee[: -len("tỉnh")] + parent[len(prefix) :]
    return addressee


def _deciding_recipients(
    ws: Workspace, batch_id: int, parent_agency: str, head: SignatureBlock, office_name: str
) -> tuple[str, ...]:
    """A batch without an addressee goes to who decides its nominees (Luật 2022 Điều 80), never
    to the advisory council: the one authority above, else the head of the office itself."""
    from desktop.services import proposals  # the routing of the batch (council's service)

    groups = [g for g in proposals.routing(ws, batch_id) if g.key != "review"]
    up = [g for g in groups if not g.by_head and g.addressee]
    names: list[str] = []
    for g in up:
        name = _localized(g.addressee, parent_agency)
        if name not in names:
            names.append(name)
    if names:
        return tuple(names)
    first = re.sub(r"^(KT|TM|Q|TL|TUQ)\.\s*", "", head.lines[0] if head.lines else "")
    title = first[:1] + first[1:].lower() if first else "Thủ trưởng"
    return (f"{title} {running_case(office_name)}",)


def missing_content(data: DossierData) -> list[tuple[str, tuple[str, ...]]]:
    """Required sections that would print empty: (name, sections) per person or unit."""
    return missing_sections(data.nominees)


def missing(ws: Workspace, batch_id: int) -> list[tuple[str, tuple[str, ...]]]:
    """The batch's required sections that would print empty, per person or unit."""
    return missing_content(build(ws, batch_id))


def missing_text(found: list[tuple[str, tuple[str, ...]]]) -> str:
    """The list of empty sections as lines "- name: section; section"."""
    return "\n".join(f"- {name}: {'; '.join(sections)}" for name, sections in found)


def check_line(head: tuple[int, str] | None, at: datetime) -> str:
    """The line printed on the mục lục: the audit chain head the data was read at, and when."""
    if not head:
        return ""
    number, digest = head
    return (
        f"Mã kiểm tra dữ liệu: {digest[:16]} (sự kiện số {number}) — {at:%H:%M} ngày {at:%d/%m/%Y}"
    )


def snapshot(
    ws: Workspace, batch_id: int, *, issued_on: date | None = None
) -> tuple[DossierData, str]:
    """The dossier data and the check line of the audit head it was read at: one read
    transaction (a snapshot), so the line names the state the paper shows."""
    with ws.db.read() as conn:
        head = audit_store.current_head(conn)
        data = build(ws, batch_id, issued_on=issued_on)
    line = check_line(head, datetime.now())
    from desktop.services.packages.identity import log_key_text  # packages: the office's key

    key = log_key_text(ws) if line else ""
    return data, f"{line} — khoá cơ quan {key}" if key else line


@dataclass(frozen=True, slots=True)
class IssuedFile:
    """A dossier written (or printed) and recorded; `path` is None for a printed one."""

    id: int
    path: Path | None
    pages: int
    size: int
    sha256: str


def render(
    ws: Workspace, batch_id: int, part: str = "all", *, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The PDF of the dossier (or one part) and its page count, not recorded. `progress`
    hears the pages laid out and may cancel between them (`Cancelled`)."""
    with steps.active(progress) as tick:
        tick.report(0, 0, steps.READ)
        data, line = snapshot(ws, batch_id)
        tick.report(0, 0, steps.BUILD)
        pdf, layout = dossier_doc.render_with_layout(data, part, check_line=line)
        tick.check()
    return pdf, layout.total_pages


@dataclass(frozen=True, slots=True)
class Preview:
    """A dossier (or part) rendered for the preview, with the required sections found empty."""

    pdf: bytes
    pages: int
    missing: tuple[tuple[str, tuple[str, ...]], ...]


def preview(
    ws: Workspace, batch_id: int, part: str = "all", *, progress: Progress | None = None
) -> Preview:
    """The PDF of `part` and the empty required sections (`missing`) from one snapshot (the
    data is built once); `progress` hears the pages laid out and may cancel between them."""
    with steps.active(progress) as tick:
        tick.report(0, 0, steps.READ)
        data, line = snapshot(ws, batch_id)
        empty = tuple(missing_content(data)) if data.nominees else ()
        tick.report(0, 0, steps.BUILD)
        pdf, layout = dossier_doc.render_with_layout(data, part, check_line=line)
        tick.check()
    return Preview(pdf, layout.total_pages, empty)


def _record(
    ws: Workspace, batch_id: int, part: str, file_name: str, digest: str, pages: int, pdf: bytes
) -> int:
    if part not in PARTS:
        raise ValidationError(
            "part", "unknown_part", f"Không có phần hồ sơ '{part}'.", {"part": part}
        )
    kind = "ho-so" if part == "all" else part
    with ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        return doc_repo.insert(
            conn,
            kind,
            batch.number_text,
            date.today(),
            batch_id,
            batch.title,
            file_name,
            digest,
            pages,
            pdf,
        )


def save_issued(
    ws: Workspace, batch_id: int, out: Path, pdf: bytes, pages: int, part: str = "all"
) -> IssuedFile:
    """Write these very bytes (the ones previewed) to `out` and record them as issued.

    A file that cannot be written raises a ValidationError and nothing is recorded.
    """
    digest = write_pdf(out, pdf)
    doc_id = _record(ws, batch_id, part, Path(out).name, digest, pages, pdf)
    return IssuedFile(doc_id, Path(out), pages, len(pdf), digest)


def record_printed(
    ws: Workspace, batch_id: int, pdf: bytes, pages: int, part: str = "all", note: str = ""
) -> IssuedFile:
    """Record bytes sent to a printer as an issued document (file name `PRINTED`, plus `note`)."""
    digest = hashlib.sha256(pdf).hexdigest()
    name = f"{PRINTED[:-1]}, {note})" if note else PRINTED
    doc_id = _record(ws, batch_id, part, name, digest, pages, pdf)
    return IssuedFile(doc_id, None, pages, len(pdf), digest)


def render_word(ws: Workspace, batch_id: int, part: str = "all") -> bytes:
    """The Word copy of the dossier (or one part): the same papers and text as the PDF, from
    one snapshot; the mục lục carries the printed dossier's page numbers."""
    data, line = snapshot(ws, batch_id)
    return dossier_doc.render_docx(data, part, check_line=line)


def issue(
    ws: Workspace, batch_id: int, out: Path, part: str = "all", *, progress: Progress | None = None
) -> IssuedFile:
    """Render, write to `out` and record the issued document (with the file for reprints);
    a name ending in .docx writes and records the Word copy (no page count of its own).
    A `progress` cancelled while rendering stops before anything is written or recorded."""
    with steps.active(progress) as tick:
        if is_word(out):
            word = render_word(ws, batch_id, part)
            tick.check()
            return save_issued(ws, batch_id, out, word, 0, part)
        pdf, pages = render(ws, batch_id, part)
        tick.check()
        return save_issued(ws, batch_id, out, pdf, pages, part)


def issued_pdf(ws: Workspace, document_id: int) -> bytes:
    """The PDF of an issued document, exactly as it was issued."""
    with ws.db.read() as conn:
        return doc_repo.get(conn, document_id).pdf


def reprint(ws: Workspace, document_id: int, out: Path) -> IssuedFile:
    """Write an issued document again, byte for byte as it was issued."""
    with ws.db.read() as conn:
        doc = doc_repo.get(conn, document_id)
    digest = write_pdf(out, doc.pdf)
    return IssuedFile(doc.id, Path(out), doc.pages, len(doc.pdf), digest)


def issued(ws: Workspace, batch_id: int | None = None) -> list[IssuedRow]:
    """Issued documents (of a batch, or all), newest first."""
    with ws.db.read() as conn:
        return doc_repo.list_issued(conn, batch_id)
