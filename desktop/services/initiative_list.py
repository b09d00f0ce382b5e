"""The printable "Danh sách sáng kiến được công nhận năm …": collect the data, render the PDF."""

from __future__ import annotations

import os
from datetime import date

from desktop.documents.data import OfficeHeader, SignatureBlock
from desktop.documents.initiative_list import (
    InitiativeLine,
    InitiativeListData,
    ScopeGroup,
    render_counted,
    render_docx,
)
from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import FIRST_YEAR, Initiative, InitiativeKind, Scope
from desktop.persistence.repositories import initiative_search as search_repo
from desktop.persistence.repositories import initiatives as repo
from desktop.persistence.repositories import office as office_repo
from desktop.services import issued_papers, pdf_files
from desktop.services.issued_papers import Paper, PaperKind
from desktop.services.session import Workspace

_CAPTIONS = {
    Scope.NATIONAL: "Phạm vi ảnh hưởng toàn quốc",
    Scope.PROVINCE: "Phạm vi ảnh hưởng cấp tỉnh",
    Scope.BASE: "Phạm vi ảnh hưởng cấp cơ sở",
    None: "Chưa ghi phạm vi ảnh hưởng",
}


def _line(item: Initiative) -> InitiativeLine:
    d = item.data
    several = len(item.authors) > 1
    authors = "; ".join(
        a.full_name + (f" ({a.share:g}%)" if several and a.share is not None else "")
        for a in item.authors
    )
    decision = f"Số {d.decision_number}" if d.decision_number else ""
    if d.decision_date:
        decision += f" ngày {d.decision_date:%d/%m/%Y}"
    note = d.kind.label if d.kind is not InitiativeKind.INITIATIVE else ""
    return InitiativeLine(d.title, authors, item.unit_name, d.field, decision.strip(), note)


def build(ws: Workspace, year: int, *, issued_on: date | None = None) -> InitiativeListData:
    """The initiatives recognised in `year` (by decision date), grouped by scope of effect."""
    if not FIRST_YEAR <= year <= date.today().year + 1:
        raise ValidationError("year", "year_invalid", f"Năm {year} không hợp lệ.", {"year": year})
    with ws.db.read() as conn:
        office = office_repo.load(conn)
        items = list(repo.iter_full(conn, search_repo.recognised_in(conn, year)))
    groups = []
    for scope in (Scope.NATIONAL, Scope.PROVINCE, Scope.BASE, None):
        lines = tuple(_line(i) for i in items if i.data.scope is scope)
        if lines:
            groups.append(ScopeGroup(_CAPTIONS[scope], lines))
    title = office.signer_title or "Thủ trưởng cơ quan"
    signature = SignatureBlock(
        tuple(line.strip().upper() for line in title.split("\n") if line.strip()),
        office.signer_name,
    )
    header = OfficeHeader(
        office.name or "Cơ quan", office.parent_agency, office.place, office.symbol
    )
    return InitiativeListData(header, year, issued_on or date.today(), tuple(groups), signature)


def write_pdf(
    ws: Workspace, year: int, out: str | os.PathLike[str], *, issued_on: date | None = None
) -> int:
    """Write the list of `year` to `out` (Word when it ends in .docx); return how many
    initiatives it lists."""
    data = build(ws, year, issued_on=issued_on)
    if pdf_files.is_word(out):
        paper, pages = render_docx(data), 0
    else:
        paper, pages = render_counted(data)
    title = f"Danh sách sáng kiến được công nhận năm {year}"
    row = Paper(PaperKind.INITIATIVE_LIST, "", data.issued_on, None, title)
    issued_papers.issue(ws, row, out, paper, pages)
    return data.count
