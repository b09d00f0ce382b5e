"""The office's own Quyết định khen thưởng for the nominees within the head's authority: drafted
after the council's vote, numbered from the outgoing register (sổ văn bản đi), printed with its
list and the reward money, then recorded through the existing decision step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.documents import headings as H
from desktop.documents import quyet_dinh as doc
from desktop.documents.data import OfficeHeader, SignatureBlock, SubjectKind
from desktop.documents.formatting import running_case
from desktop.domain.awards import Catalog
from desktop.domain.decisions import Draft
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.proposals import Batch, BatchState, Nominee, Outcome, SubjectType
from desktop.domain.rewards import with_defaults
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import decisions as repo
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import papers as papers_repo
from desktop.persistence.repositories import proposals as batch_repo
from desktop.persistence.repositories import rewards as rewards_repo
from desktop.services import catalog as catalog_service
from desktop.services import issued_papers, proposals
from desktop.services import rewards as rewards_service
from desktop.services.issued_papers import Paper, PaperKind
from desktop.services.pdf_files import is_word
from desktop.services.session import Workspace

__all__ = ["Draft"]

KIND_CODE = doc.KIND_CODE
_DRAFTABLE = (BatchState.MET, BatchState.SUBMITTED)


def _symbol(number: int, agency: str) -> str:
    return f"{number:02d}/{KIND_CODE}-{agency}" if agency else f"{number:02d}/{KIND_CODE}"


def _head_ids(ws: Workspace, batch_id: int) -> set[int]:
    """The nominees the head of the office decides (the council's routing by authority)."""
    return {nid for nid, g in proposals.route_of(ws, batch_id).items() if g.by_head}


def head_nominees(ws: Workspace, batch_id: int) -> list[Nominee]:
    """The nominees the decision covers: passed by the council, within the head's authority
    (after recording: those granted)."""
    with ws.db.read() as conn:
        batch = batch_repo.get_batch(conn, batch_id)
        noms = batch_repo.nominees(conn, batch_id)
    head = _head_ids(ws, batch_id)
    if batch.state is BatchState.DECIDED:
        return [n for n in noms if n.id in head and n.outcome == Outcome.GRANTED.value]
    return [
        n
        for n in noms
        if n.id in head and n.outcome not in (Outcome.COUNCIL_FAILED.value, Outcome.REFUSED.value)
    ]


def _covered(ws: Workspace, batch_id: int) -> list[Nominee]:
    """The head's nominees (`head_nominees`); refused when there is none."""
    noms = head_nominees(ws, batch_id)
    if not noms:
        raise ValidationError(
            "nominees",
            "no_head_nominees",
            "Đợt chưa có ai thuộc thẩm quyền của thủ trưởng cơ quan được Hội đồng thông qua.",
        )
    return noms


def _award_order(noms: list[Nominee], catalog: Catalog | None = None) -> list[str]:
    """The batch's awards in the catalog's order (titles of persons, of collectives, forms)."""
    codes: list[str] = []
    for n in noms:
        if n.data.award_code not in codes:
            codes.append(n.data.award_code)
    if catalog is not None:
        order = {c: i for i, c in enumerate(catalog.codes())}
        codes.sort(key=lambda c: order.get(c, len(order)))
    return codes


def drafts(ws: Workspace, batch_id: int) -> list[Draft]:
    """The batch's drafted decisions (number and date from the register)."""
    with ws.db.read() as conn:
        return repo.drafts(conn, batch_id)


def proposed_number(ws: Workspace, year: int) -> int:
    """The next free number of the year in the outgoing register."""
    with ws.db.read() as conn:
        return papers_repo.next_number(conn, year)


def prepare(
    ws: Workspace,
    batch_id: int,
    on: date,
    *,
    per_title: bool = False,
    number: int | None = None,
) -> list[Draft]:
    """Draft the decision (one for all titles, or one per title): numbers taken from the
    register (the next free ones, or from `number` on), dated `on`. The nominees covered are
    read inside the write that drafts them."""
    if number is not None and not 1 <= number <= 99999:
        raise ValidationError(
            "number", "range", "Số văn bản phải từ 1 đến 99999.", {"low": 1, "high": 99999}
        )
    with ws.db.write() as conn:
        noms = _covered(ws, batch_id)
        catalog = catalog_service.load(ws)
        groups = [(c,) for c in _award_order(noms, catalog)] if per_title else [()]
        batch = batch_repo.get_batch(conn, batch_id)
        if batch.state not in _DRAFTABLE:
            raise ConflictError(
                "decision_state",
                f"Đợt đề nghị đang ở trạng thái “{batch.state.label}”: quyết định được lập sau "
                "khi Hội đồng đã họp và trước khi ghi nhận quyết định.",
            )
        if repo.drafts(conn, batch_id):
            raise ConflictError(
                "decision_drafted",
                "Đợt đã có dự thảo quyết định: sửa số, ngày hoặc hủy dự thảo để lập lại.",
            )
        agency = office_repo.load(conn).symbol
        for i, codes in enumerate(groups):
            n = (number + i) if number is not None else papers_repo.next_number(conn, on.year)
            names = [catalog.get(c).name for c in (codes or tuple(_award_order(noms, catalog)))]
            subject = f"Quyết định khen thưởng: {', '.join(names)} ({batch.title})"
            reg = papers_repo.insert(conn, n, KIND_CODE, _symbol(n, agency), on, subject, batch_id)
            repo.insert(conn, batch_id, reg, codes)
        return repo.drafts(conn, batch_id)


def set_number(ws: Workspace, batch_id: int, draft_id: int, number: int) -> str:
    """Give a drafted decision another number of its year (refused when taken)."""
    if not 1 <= number <= 99999:
        raise ValidationError(
            "number", "range", "Số văn bản phải từ 1 đến 99999.", {"low": 1, "high": 99999}
        )
    with ws.db.write() as conn:
        d = _draft(conn, batch_id, draft_id)
        symbol = _symbol(number, office_repo.load(conn).symbol)
        papers_repo.renumber(conn, d.register_id, number, symbol)
        return symbol


def set_date(ws: Workspace, batch_id: int, on: date) -> None:
    """Date every drafted decision of the batch `on` (same year as their numbers)."""
    with ws.db.write() as conn:
        _require_draftable(batch_repo.get_batch(conn, batch_id))
        for d in repo.drafts(conn, batch_id):
            repo.redate(conn, d.register_id, on)


def discard(ws: Workspace, batch_id: int) -> None:
    """Drop the drafts and free their numbers (before the decision is recorded)."""
    with ws.db.write() as conn:
        _require_draftable(batch_repo.get_batch(conn, batch_id))
        repo.delete_for_batch(conn, batch_id)


def _require_draftable(batch: Batch) -> None:
    if batch.state not in _DRAFTABLE:
        raise ConflictError(
            "decision_state",
            f"Đợt đề nghị đang ở trạng thái “{batch.state.label}”: không sửa được dự thảo.",
        )


def _draft(conn: object, batch_id: int, draft_id: int) -> Draft:
    for d in repo.drafts(conn, batch_id):  # type: ignore[arg-type]
        if d.id == draft_id:
            _require_draftable(batch_repo.get_batch(conn, batch_id))  # type: ignore[arg-type]
            return d
    raise ValidationError(
        "draft",
        "unknown_draft",
        f"Không có dự thảo quyết định số {draft_id}.",
        {"number": draft_id},
    )


def authority_of(office_name: str) -> str:
    """Who decides for the office: "Giám đốc Sở …", "Chủ tịch Ủy ban nhân dân …", else the head."""
    name = running_case(office_name) or "cơ quan"
    low = name.casefold()
    if low.startswith("sở "):
        return f"Giám đốc {name}"
    if low.startswith(("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd")):
        return f"Chủ tịch {name}"
    return f"Thủ trưởng {name}"


def _signature(title: str, name: str) -> SignatureBlock:
    lines = tuple(x.strip().upper() for x in title.split("\n") if x.strip()) or (
        "THỦ TRƯỞNG CƠ QUAN",
    )
    return SignatureBlock(lines, name)


def build(ws: Workspace, batch_id: int, *, on: date | None = None) -> list[doc.DecisionPaperData]:
    """What the decision(s) of a batch print: the drafts (numbered), the recorded decision, or,
    before any draft, a preview with the register's next number marked DỰ THẢO."""
    noms = _covered(ws, batch_id)
    catalog = catalog_service.load(ws)
    with ws.db.read() as conn:
        batch = batch_repo.get_batch(conn, batch_id)
        office = office_repo.load(conn)
        settings = papers_repo.load_settings(conn)
        found = repo.drafts(conn, batch_id)
        salaries = with_defaults(rewards_repo.base_salaries(conn))
        next_no = papers_repo.next_number(conn, (on or date.today()).year)
    header = OfficeHeader(
        office.name or "Cơ quan", office.parent_agency, office.place, office.symbol
    )
    sig = _signature(
        batch.signer_title or office.signer_title, batch.signer_name or office.signer_name
    )
    if found:
        papers = [(d.symbol, d.decided_on, d.award_codes, False) for d in found]
    elif batch.state is BatchState.DECIDED and batch.decision_date:
        papers = [(batch.decision_number, batch.decision_date, (), False)]
    else:
        when = on or date.today()
        papers = [(_symbol(next_no, office.symbol), when, (), True)]
    out: list[doc.DecisionPaperData] = []
    for symbol, when, codes, is_preview in papers:
        with ws.db.read() as conn:  # the names of the paper's own day (renames, merges)
            names = dated_names.DatedNames(conn, when)
            then = names.office(office)
            chosen = names.nominees([n for n in noms if not codes or n.data.award_code in codes])
        out.append(
            _paper(
                batch,
                replace(header, name=then.name or header.name, parent_agency=then.parent_agency),
                sig,
                settings.drafting_unit,
                catalog,
                salaries,
                chosen,
                symbol,
                when,
                is_preview,
            )
        )
    return out


def _paper(
    batch: Batch,
    header: OfficeHeader,
    sig: SignatureBlock,
    drafting_unit: str,
    catalog: Catalog,
    salaries: list,  # type: ignore[type-arg]
    noms: list[Nominee],
    symbol: str,
    when: date,
    is_preview: bool,
) -> doc.DecisionPaperData:
    office = running_case(header.name)
    parts: list[doc.AwardPart] = []
    notes: list[str] = []
    base_salary: int | None = None
    for code in _award_order(noms, catalog):
        award = catalog.get(code)
        lines: list[doc.DecisionLine] = []
        basis = missing = ""
        for n in (x for x in noms if x.data.award_code == code):
            p = rewards_service.priced(salaries, code, award.name, n.data.subject.value, when)
            basis = basis or p.basis
            missing = missing or p.missing
            base_salary = base_salary or p.base_salary
            if p.note and p.note not in notes:
                notes.append(p.note)
            if n.data.subject is SubjectType.PERSON:
                line = doc.DecisionLine(
                    SubjectKind.PERSON,
                    n.name,
                    n.position_title,
                    n.unit_name,
                    p.amount,
                    key=f"person:{n.data.person_id}",
                )
            elif n.data.subject is SubjectType.UNIT:
                line = doc.DecisionLine(
                    SubjectKind.COLLECTIVE,
                    n.name,
                    "",
                    n.unit_name,
                    p.amount,
                    key=f"unit:{n.data.unit_id}",
                )
            else:
                line = doc.DecisionLine(
                    SubjectKind.COLLECTIVE,
                    n.name or n.data.household_name,
                    "",
                    "",
                    p.amount,
                    household=True,
                )
            lines.append(line)
        parts.append(
            doc.AwardPart(award.name, award.category == "danh_hieu", tuple(lines), basis, missing)
        )
    meeting = f" (biên bản họp ngày {batch.meeting_date:%d/%m/%Y})" if batch.meeting_date else ""
    bases = (
        *H.bases_on(when),
        f"Căn cứ văn bản quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {office};",
    )
    filed = f"Lưu: VT, {drafting_unit}" if drafting_unit else "Lưu: VT"
    return doc.DecisionPaperData(
        office=header,
        symbol=symbol,
        issued_on=when,
        authority=authority_of(header.name),
        year=batch.year,
        parts=tuple(parts),
        bases=bases,
        proposal=f"Theo đề nghị của Hội đồng Thi đua - Khen thưởng {office}{meeting}.",
        signature=sig,
        base_salary=base_salary,
        fund=f"Tiền thưởng được chi từ Quỹ thi đua, khen thưởng của {office}.",
        executors=(
            "Thủ trưởng các đơn vị, bộ phận có liên quan và các tập thể, cá nhân có tên tại "
            "Điều 1 chịu trách nhiệm thi hành Quyết định này./."
        ),
        copies_to=("Như Điều 3", filed),
        is_draft=is_preview,
        notes=tuple(notes),
    )


def render(ws: Workspace, batch_id: int, *, on: date | None = None) -> bytes:
    """The decision(s) of a batch with their lists as PDF bytes."""
    return doc.render_many(build(ws, batch_id, on=on))


def render_word(ws: Workspace, batch_id: int, *, on: date | None = None) -> bytes:
    """The same decision(s) and lists as a Word file."""
    return doc.render_many_docx(build(ws, batch_id, on=on))


def _issued_row(ws: Workspace, batch_id: int, papers: list[doc.DecisionPaperData]) -> Paper:
    """The issued-document row of the decision(s): their numbers, date and the batch."""
    batch = proposals.get_batch(ws, batch_id)
    draft = " (dự thảo)" if any(p.is_draft for p in papers) else ""
    return Paper(
        PaperKind.DECISION,
        "; ".join(p.symbol for p in papers),
        papers[0].issued_on,
        batch_id,
        f"Quyết định khen thưởng: {batch.title}{draft}",
    )


def write(ws: Workspace, batch_id: int, path: Path, *, on: date | None = None) -> tuple[Path, str]:
    """Write the decision(s) to `path` (atomically; Word when it ends in .docx) and record the
    file as issued; return the path and the SHA-256."""
    papers = build(ws, batch_id, on=on)
    if is_word(path):
        data, pages = doc.render_many_docx(papers), 0
    else:
        data, pages = doc.render_many_counted(papers)
    done = issued_papers.issue(ws, _issued_row(ws, batch_id, papers), path, data, pages)
    return done.path, done.sha256


def save_shown(
    ws: Workspace, batch_id: int, path: Path, pdf: bytes, pages: int, *, on: date | None = None
) -> issued_papers.Issued:
    """Write the PDF shown in the preview (these very bytes) and record it as issued."""
    paper = _issued_row(ws, batch_id, build(ws, batch_id, on=on))
    return issued_papers.issue(ws, paper, path, pdf, pages)


def record(
    ws: Workspace, batch_id: int, refused: frozenset[int] = frozenset(), user: str | None = None
) -> int:
    """Record the drafted decision (the existing decision step) with the draft's number and
    date; per-title drafts give each award its own number. Returns how many were granted."""
    found = drafts(ws, batch_id)
    if not found:
        raise ValidationError(
            "draft",
            "no_draft",
            "Hãy lập dự thảo quyết định trước (số và ngày lấy từ sổ văn bản đi).",
        )
    head = {n.id for n in head_nominees(ws, batch_id)}
    with ws.db.read() as conn:
        others = [
            n.name
            for n in batch_repo.nominees(conn, batch_id)
            if n.id not in head
            and n.outcome not in (Outcome.COUNCIL_FAILED.value, Outcome.REFUSED.value)
        ]
        issuer = office_repo.load(conn).name
    if others:
        raise ConflictError(
            "decision_mixed",
            "Đợt còn đề nghị thuộc thẩm quyền cấp trên ("
            + ", ".join(others[:5])
            + ("…" if len(others) > 5 else "")
            + "): quyết định của cơ quan chỉ ghi nhận khi đợt chỉ gồm những người thủ trưởng "
            "quyết định. Hãy tách đợt.",
        )
    numbers = tuple((c, d.symbol) for d in found for c in d.award_codes)
    decision = proposals.DecisionInput(
        found[0].symbol, found[0].decided_on, issuer or "Cơ quan", refused, numbers
    )
    return proposals.record_decision(ws, batch_id, decision, user)
