"""Báo cáo thành tích of each nominee: a person's (Mẫu số 05, Nghị định 152/2025) or a
collective's (fields of LEGAL.md §2.5). Each report is its own paper with its own page 1."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.documents import headings as H
from desktop.documents.blocks import (
    TABLE_START_ROOM,
    cell,
    grid_table,
    header_block,
    title_block,
    two_signatures,
    with_signature,
)
from desktop.documents.common import body_paragraphs, report_subjects
from desktop.documents.data import (
    AwardRecord,
    DossierData,
    NomineeData,
    OfficeHeader,
    SignatureBlock,
    SubjectKind,
)
from desktop.documents.formatting import date_line, markup, nfc, without_doubled_words
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "bao-cao"
_HISTORY_WIDTHS = (18, 62, None)  # mm; the decision column takes what is left


def section_key(index: int) -> str:
    """The section key of the `index`-th report."""
    return f"{KEY}:{index}"


def _fields(n: NomineeData, fields: Sequence[tuple[str, str]]) -> list[Flowable]:
    st = stylesheet()
    out: list[Flowable] = []
    for attr, label in fields:
        value = nfc(getattr(n, attr))
        out.append(Paragraph(f"- {markup(label)}: {markup(value) or '…'}", st.field))
    return out


def history_table(records: Sequence[AwardRecord], columns: Sequence[str], width: float) -> Flowable:
    """Năm, danh hiệu / hình thức, số ngày quyết định và cơ quan ban hành."""
    if not records:
        return Paragraph(markup(H.BAO_CAO_NONE), stylesheet().body)
    fixed = sum(w for w in _HISTORY_WIDTHS if w) * mm
    widths = [w * mm if w else width - fixed for w in _HISTORY_WIDTHS]
    rows = [
        [
            cell(r.year, "cell_center"),
            cell(r.name),
            cell("; ".join(p for p in (nfc(r.decision), nfc(r.issuer)) if p)),
        ]
        for r in records
    ]
    return grid_table(columns, rows, widths)


def _history(n: NomineeData, width: float) -> list[Flowable]:
    """Section III; its last table is kept on one page with the signatures."""
    st = stylesheet()
    return [
        CondPageBreak(TABLE_START_ROOM + 10 * mm),
        Paragraph(markup(H.BAO_CAO_III), st.heading),
        Paragraph(markup(H.BAO_CAO_TITLES_CAPTION), st.subheading),
        Spacer(1, 3),
        history_table(n.titles, H.BAO_CAO_TITLES_COLUMNS, width),
        CondPageBreak(TABLE_START_ROOM),
        with_signature(
            [
                Paragraph(markup(H.BAO_CAO_AWARDS_CAPTION), st.subheading),
                Spacer(1, 3),
                history_table(n.awards, H.BAO_CAO_AWARDS_COLUMNS, width),
            ],
            _signatures(n, width),
        ),
    ]


def _signatures(n: NomineeData, width: float) -> Flowable:
    person = n.kind is SubjectKind.PERSON
    reporter = n.reporter or SignatureBlock(
        H.BAO_CAO_REPORTER_PERSON if person else H.BAO_CAO_REPORTER_COLLECTIVE,
        n.name if person else "",
        H.BAO_CAO_REPORTER_NOTE if person else H.BAO_CAO_REPORTER_NOTE_SEAL,
    )
    head = n.head or SignatureBlock(H.BAO_CAO_HEAD, "", H.BAO_CAO_HEAD_NOTE)
    return two_signatures(head, reporter, width)


def story(n: NomineeData, data: DossierData) -> list[Flowable]:
    """The flowables of one nominee's report."""
    st = stylesheet()
    width = frame_width()
    when = n.report_date or data.issued_on
    person = n.kind is SubjectKind.PERSON
    if person:
        office: OfficeHeader | None = None
        place = data.office.place
    else:
        office = n.report_office or OfficeHeader(
            name=n.name, parent_agency=n.unit, place=data.office.place
        )
        place = office.place or data.office.place
    out: list[Flowable] = [
        header_block(office, width, date_line=date_line(place, when)),
        *title_block(
            H.BAO_CAO_KIND,
            [without_doubled_words(H.BAO_CAO_SUBJECT.format(award=nfc(n.award)))],
        ),
    ]
    if person:
        out.append(Paragraph(markup(H.BAO_CAO_PERSON_I), st.heading))
        out += _fields(n, H.BAO_CAO_PERSON_FIELDS)
        out.append(Paragraph(markup(H.BAO_CAO_II), st.heading))
        out.append(Paragraph(markup(H.BAO_CAO_II_1_PERSON), st.subheading))
        out += _required(n.duties)
        out.append(Paragraph(markup(H.BAO_CAO_II_2_PERSON), st.subheading))
        out += _required(n.achievements)
    else:
        out.append(Paragraph(markup(H.BAO_CAO_COLLECTIVE_I), st.heading))
        out += _fields(n, H.BAO_CAO_COLLECTIVE_FIELDS)
        for attr, caption in H.BAO_CAO_COLLECTIVE_SECTIONS:
            text = getattr(n, attr)
            if nfc(text):
                out.append(Paragraph(markup(caption), st.subheading))
                out += body_paragraphs(text)
        out.append(Paragraph(markup(H.BAO_CAO_II), st.heading))
        out += _required(n.achievements)
    out += _history(n, width)
    return out


def _required(text: str) -> list[Flowable]:
    """A required section's paragraphs; left empty (printed anyway), a dotted line to fill in
    by hand instead of nothing."""
    if nfc(text):
        return body_paragraphs(text)
    return [Paragraph(markup(H.BAO_CAO_EMPTY), stylesheet().body)]


def sections(data: DossierData) -> list[Section]:
    """One section per person or unit (one report covers all its awards of the batch)."""
    return [
        Section(section_key(i), story(n, data))
        for i, n in enumerate(report_subjects(data.nominees))
    ]


def render(data: DossierData) -> bytes:
    """All the reports, each numbered from its own page 1, as PDF bytes."""
    return render_sections(sections(data), title="Báo cáo thành tích")[0]
