"""Tờ trình đề nghị khen thưởng (Mẫu số 01, Nghị định 152/2025; 98/2023 before 01/07/2025)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from desktop.documents import headings as H
from desktop.documents.blocks import (
    closing_block,
    header_block,
    recipients_block,
    title_block,
    with_signature,
)
from desktop.documents.common import by_award, copies_list, counts_phrase, to_trinh_symbol
from desktop.documents.data import DossierData
from desktop.documents.formatting import (
    date_line,
    listed,
    markup,
    running_case,
    running_text,
    without_doubled_words,
)
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "to-trinh"


def legal_bases(data: DossierData) -> tuple[str, ...]:
    """The căn cứ lines, each ending ";" and the last "." (Phụ lục I mục II.6): the batch's own,
    or those of the law and decree in force on the paper's date."""
    return tuple(listed(data.legal_bases or H.bases_on(data.issued_on)))


def subject_line(data: DossierData) -> str:
    """The trích yếu, without words said twice."""
    return without_doubled_words(data.subject)


def story(data: DossierData) -> list[Flowable]:
    """The flowables of the tờ trình."""
    st = stylesheet()
    width = frame_width()
    office = running_case(data.office.name)
    recipient = running_text(data.recipients[0]) if data.recipients else "cấp có thẩm quyền"
    out: list[Flowable] = [
        header_block(
            data.office,
            width,
            number=f"Số: {to_trinh_symbol(data)}",
            date_line=date_line(data.office.place, data.issued_on),
        ),
        *title_block(H.TO_TRINH_KIND, [subject_line(data)]),
        recipients_block([running_text(r) for r in data.recipients], width),
    ]
    out += [Paragraph(markup(line), st.basis) for line in legal_bases(data)]
    out += [Paragraph(markup(line), st.body) for line in data.intro]
    proposal = H.TO_TRINH_PROPOSAL.format(
        office=office, recipient=recipient, total=counts_phrase(data.nominees)
    )
    out.append(Paragraph(markup(proposal), st.body))
    groups = by_award(data.nominees)
    items = listed([f"{award}: {counts_phrase(members)}" for award, members in groups])
    for i, item in enumerate(items, start=1):
        out.append(Paragraph(f"{i}. {markup(item)}", st.bullet))
    out.append(
        Paragraph(markup(H.TO_TRINH_TOTAL.format(total=counts_phrase(data.nominees))), st.body)
    )
    out.append(Paragraph(markup(H.TO_TRINH_ATTACHED), st.centered_italic))
    for line in data.closing:
        out.append(Paragraph(markup(line), st.body))
    last = Paragraph(markup(H.TO_TRINH_CLOSING.format(office=office, recipient=recipient)), st.body)
    out.append(
        with_signature([last], closing_block(data.signature, copies_list(data.copies_to), width))
    )
    return out


def sections(data: DossierData) -> list[Section]:
    """The tờ trình as one section."""
    return [Section(KEY, story(data))]


def render(data: DossierData) -> bytes:
    """The tờ trình alone as PDF bytes."""
    return render_sections(sections(data), title=f"Tờ trình {to_trinh_symbol(data)}")[0]
