"""Biên bản họp Hội đồng Thi đua - Khen thưởng (Nghị định 30/2020, Phụ lục III, Mẫu 1.9)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.documents import headings as H
from desktop.documents.blocks import (
    TABLE_START_ROOM,
    cell,
    copies_cell,
    grid_table,
    header_block,
    title_block,
    two_signatures,
    with_signature,
)
from desktop.documents.common import copies_list
from desktop.documents.data import CouncilData, CouncilMember, DossierData, SignatureBlock
from desktop.documents.formatting import (
    count_text,
    markup,
    nfc,
    number_line,
    percent_text,
    reaches,
    running_case,
    time_words,
)
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "bien-ban"
_VOTE_WIDTHS = (11, 42, 40, 19, 19, None)  # mm; the result column takes what is left


def _member(m: CouncilMember) -> str:
    return nfc(m.name) + (f", {nfc(m.position)}" if nfc(m.position) else "")


def _position(m: CouncilMember) -> str:
    return f" - {nfc(m.position)}" if nfc(m.position) else ""


def result_text(votes_for: int, total: int, threshold: int | None) -> str:
    """`Đạt (≥ 80%)` / `Không đạt (< 80%)`; without a threshold, a majority of all members."""
    if threshold is None:
        return H.BIEN_BAN_MAJORITY if votes_for * 2 > total else H.BIEN_BAN_NO_MAJORITY
    template = (
        H.BIEN_BAN_REACHED if reaches(votes_for, total, threshold) else H.BIEN_BAN_NOT_REACHED
    )
    return template.format(threshold=threshold)


def vote_table(council: CouncilData, width: float) -> Flowable:
    """Name, award, votes in favour, percent of the total membership, reached or not."""
    fixed = sum(w for w in _VOTE_WIDTHS if w) * mm
    widths = [w * mm if w else width - fixed for w in _VOTE_WIDTHS]
    rows = [
        [
            cell(str(i), "cell_center"),
            cell(v.nominee),
            cell(v.award),
            cell(f"{v.votes_for}/{council.members_total}", "cell_center"),
            cell(percent_text(v.votes_for, council.members_total), "cell_center"),
            cell(
                result_text(v.votes_for, council.members_total, v.threshold_percent), "cell_center"
            ),
        ]
        for i, v in enumerate(council.votes, start=1)
    ]
    return grid_table(H.BIEN_BAN_VOTE_COLUMNS, rows, widths)


def story(data: DossierData) -> list[Flowable]:
    """The flowables of the minutes (empty when the dossier has no council meeting)."""
    council = data.council
    if council is None:
        return []
    st = stylesheet()
    width = frame_width()
    absent = len(council.absent_with_opinion) + len(council.absent_without_opinion)
    absent = max(absent, council.members_total - council.members_present)
    out: list[Flowable] = [
        header_block(
            data.office,
            width,
            number=number_line(council.number, H.BIEN_BAN_CODE, nfc(data.office.symbol)),
        ),
        *title_block(
            H.BIEN_BAN_KIND, [H.BIEN_BAN_SUBJECT.format(council=running_case(council.name))]
        ),
        Paragraph(markup(H.BIEN_BAN_START.format(time=time_words(council.started_at))), st.body),
        Paragraph(markup(H.BIEN_BAN_PLACE.format(place=nfc(council.place))), st.body),
        Paragraph(markup(H.BIEN_BAN_ATTENDANCE), st.body),
        Paragraph(
            markup(
                H.BIEN_BAN_MEMBERS.format(
                    total=count_text(council.members_total),
                    present=count_text(council.members_present),
                    absent=count_text(absent),
                    written=count_text(len(council.absent_with_opinion)),
                )
            ),
            st.bullet,
        ),
    ]
    out += [Paragraph(markup(f"- {_member(m)};"), st.bullet) for m in council.attendees]
    for caption, members in (
        (H.BIEN_BAN_ABSENT, council.absent_with_opinion),
        (H.BIEN_BAN_ABSENT_NO_OPINION, council.absent_without_opinion),
    ):
        if members:
            out.append(Paragraph(markup(caption), st.bullet))
            out += [Paragraph(markup(f"- {_member(m)};"), st.bullet) for m in members]
    out += [
        Paragraph(
            markup(
                H.BIEN_BAN_CHAIR.format(
                    name=nfc(council.chair.name), position=_position(council.chair)
                )
            ),
            st.body,
        ),
        Paragraph(
            markup(
                H.BIEN_BAN_SECRETARY.format(
                    name=nfc(council.secretary.name), position=_position(council.secretary)
                )
            ),
            st.body,
        ),
        Paragraph(markup(H.BIEN_BAN_CONTENT), st.body),
    ]
    out += [Paragraph(markup(line), st.body) for line in council.content]
    if council.votes:
        out.append(CondPageBreak(TABLE_START_ROOM))
        out.append(Paragraph(markup(H.BIEN_BAN_VOTES), st.body))
        out.append(Spacer(1, 4))
        out.append(vote_table(council, width))
    if council.conclusion:
        out.append(Paragraph(markup(H.BIEN_BAN_CONCLUSION), st.body))
        out += [Paragraph(markup(line), st.body) for line in council.conclusion]
    end = Paragraph(markup(H.BIEN_BAN_END.format(time=time_words(council.ended_at))), st.body)
    signatures = two_signatures(
        SignatureBlock((H.BIEN_BAN_SECRETARY_TITLE,), council.secretary.name),
        SignatureBlock((H.BIEN_BAN_CHAIR_TITLE,), council.chair.name),
        width,
    )
    out.append(with_signature([end], signatures))
    copies = council.copies_to or data.copies_to
    if copies:
        out.append(Spacer(1, 6))
        out += copies_cell(copies_list(copies))
    return out


def sections(data: DossierData) -> list[Section]:
    """The minutes as one section (none without a council meeting)."""
    body = story(data)
    return [Section(KEY, body)] if body else []


def render(data: DossierData) -> bytes:
    """The minutes alone as PDF bytes."""
    return render_sections(sections(data), title="Biên bản họp Hội đồng Thi đua - Khen thưởng")[0]
