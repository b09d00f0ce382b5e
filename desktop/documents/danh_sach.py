"""Danh sách đề nghị khen thưởng: grouped by award, one row per nominee (A4 landscape)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.documents import headings as H
from desktop.documents.blocks import (
    TABLE_START_ROOM,
    cell,
    closing_block,
    grid_table,
    header_block,
    title_block,
    with_signature,
)
from desktop.documents.common import by_award, counts_phrase, roman, to_trinh_reference
from desktop.documents.data import DossierData, NomineeData, SubjectKind
from desktop.documents.formatting import count_text, join_words, markup, nfc, upper
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "danh-sach"
# STT, name, position - unit, summary, note (mm); the summary takes what is left.
_FIXED = (12, 52, 58, None, 32)


def _position_unit(n: NomineeData) -> str:
    if n.kind is SubjectKind.COLLECTIVE:
        return nfc(n.unit)
    return ", ".join(p for p in (nfc(n.position), nfc(n.unit)) if p)


def list_tables(data: DossierData, width: float) -> list[Flowable]:
    """One ruled table per award, under its caption; a caption row per subject kind.

    Each award starts with a caption paragraph that moves to the next page unless its table
    can start under it (a caption row inside one long table could be left alone at a foot).
    """
    st = stylesheet()
    fixed = sum(w for w in _FIXED if w) * mm
    widths = [w * mm if w else width - fixed for w in _FIXED]
    out: list[Flowable] = []
    for g, (award, members) in enumerate(by_award(data.nominees), start=1):
        rows: list[list[object]] = []
        groups: list[int] = []
        number = 0
        for kind, caption in (
            (SubjectKind.COLLECTIVE, H.DANH_SACH_GROUP_COLLECTIVE),
            (SubjectKind.PERSON, H.DANH_SACH_GROUP_PERSON),
        ):
            of_kind = [n for n in members if n.kind is kind]
            if not of_kind:
                continue
            groups.append(len(rows))
            rows.append(
                [cell(f"{caption} ({count_text(len(of_kind))})", "cell_group"), "", "", "", ""]
            )
            for n in of_kind:
                number += 1
                rows.append(
                    [
                        cell(str(number), "cell_center"),
                        cell(n.name),
                        cell(_position_unit(n)),
                        cell(n.summary, "cell_justify"),
                        cell(n.note),
                    ]
                )
        out += [
            CondPageBreak(TABLE_START_ROOM),
            Paragraph(f"{roman(g)}. {markup(upper(award))}", st.heading),
            Spacer(1, 2),
            grid_table(H.DANH_SACH_COLUMNS, rows, widths, group_rows=groups),
        ]
    return out


def story(data: DossierData) -> list[Flowable]:
    """The flowables of the list."""
    st = stylesheet()
    width = frame_width(is_landscape=True)
    subject = [
        join_words(H.DANH_SACH_SUBJECT, data.batch_title)
        if nfc(data.batch_title)
        else H.DANH_SACH_SUBJECT
    ]
    out: list[Flowable] = [
        header_block(data.office, width, is_landscape=True),
        *title_block(H.DANH_SACH_KIND, subject, space_before=10),
        Paragraph(
            markup(H.DANH_SACH_ATTACHED.format(**to_trinh_reference(data))), st.centered_italic
        ),
        Spacer(1, 8),
        *list_tables(data, width),
        Spacer(1, 4),
        with_signature(
            [
                Paragraph(
                    markup(H.DANH_SACH_TOTAL.format(total=counts_phrase(data.nominees))),
                    st.body,
                )
            ],
            closing_block(data.signature, (), width),
        ),
    ]
    return out


def sections(data: DossierData) -> list[Section]:
    """The list as one landscape section."""
    return [Section(KEY, story(data), is_landscape=True)]


def render(data: DossierData) -> bytes:
    """The list alone as PDF bytes."""
    return render_sections(sections(data), title="Danh sách đề nghị khen thưởng")[0]
