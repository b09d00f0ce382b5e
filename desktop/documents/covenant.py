"""Bản giao ước thi đua (signed by every party) and a party's bản đăng ký thi đua, in the
Nghị định 30/2020 frame (A4, the page-1 header block, bold-caps title, signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from desktop.documents import word
from desktop.documents.blocks import (
    _no_padding,
    closing_block,
    header_block,
    recipients_block,
    signature_cell,
    title_block,
    with_signature,
)
from desktop.documents.data import OfficeHeader, SignatureBlock
from desktop.documents.formatting import (
    count_text,
    date_line,
    date_words,
    markup,
    nfc,
    paragraphs,
    running_case,
)
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

COVENANT_KEY = "giao-uoc"
REGISTRATION_KEY = "dang-ky-thi-dua"
COVENANT_KIND = "Bản giao ước thi đua"
REGISTRATION_KIND = "Bản đăng ký thi đua"
OPENING = "Hôm nay, {day}{place}, đại diện các bên gồm có:"
PARTY_LINE = "{n}. {name}: {who}."
PARTY_NO_SIGNER = "{n}. {name}."
AGREE = "Các bên thống nhất ký kết giao ước thi đua{period} với các nội dung sau:"
PROMISE = (
    "Các bên cam kết tổ chức thực hiện nghiêm túc các nội dung đã giao ước; định kỳ sơ kết, "
    "đánh giá, chấm điểm thi đua và báo cáo kết quả với cơ quan có thẩm quyền."
)
COPIES = "Bản giao ước được lập thành {n} bản, mỗi bên giữ 01 bản, có giá trị như nhau."
SIGN_FOR = "Đại diện {name}"
SIGN_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)"
REG_INTRO = (
    "Thực hiện {title}{period}, {party} đăng ký thi đua thực hiện các nội dung, chỉ tiêu sau:"
)
REG_CLOSE = (
    "{party} cam kết tổ chức thực hiện đạt và vượt các nội dung, chỉ tiêu đã đăng ký, "
    "góp phần hoàn thành thắng lợi các nhiệm vụ của năm."
)
REG_SIGNER = "Thủ trưởng đơn vị"
REG_COPIES = ("Như trên", "Lưu: VT")
REG_COPIES_ALONE = ("Lưu: VT",)


@dataclass(frozen=True, slots=True)
class PartyLine:
    """A party as printed: its name on the day of signing and who signs for it."""

    name: str
    signatory: str = ""
    signatory_title: str = ""
    parent_agency: str = ""  # its superior on the day (the registration's header), if known


@dataclass(frozen=True, slots=True)
class CovenantPaper:
    """What the two papers print."""

    title: str  # "Giao ước thi đua thực hiện phong trào … năm 2023"
    signed_on: date
    place: str  # địa danh of the date line
    period: str  # "năm 2023"
    preamble: str
    parties: tuple[PartyLine, ...]
    commitments: tuple[str, ...]
    recipient: str = ""  # who receives a bản đăng ký (the organising agency)


def _who(p: PartyLine) -> str:
    signer = nfc(p.signatory)
    title = nfc(p.signatory_title)
    return ", ".join(x for x in (f"ông (bà) {signer}" if signer else "", title) if x)


def _period(paper: CovenantPaper) -> str:
    return f" {nfc(paper.period)}" if nfc(paper.period) else ""


def _numbered(lines: Sequence[str]) -> list[Flowable]:
    st = stylesheet()
    return [Paragraph(f"{i}. {markup(t)}", st.bullet) for i, t in enumerate(lines, start=1)]


def _signatures(paper: CovenantPaper, width: float) -> Table:
    """The parties' signatures two by two, in signing order (a lone last one centred)."""
    cells = [
        signature_cell(
            SignatureBlock(
                (
                    SIGN_FOR.format(name=nfc(p.name)),
                    *([p.signatory_title] if p.signatory_title else []),
                ),
                p.signatory,
                SIGN_NOTE,
            )
        )
        for p in paper.parties
    ]
    rows: list[list[object]] = [[*cells[i : i + 2]] for i in range(0, len(cells), 2)]
    extra = []
    if len(rows[-1]) == 1:
        rows[-1].append("")
        extra.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(
        _no_padding(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("NOSPLIT", (0, 0), (-1, 0)),
                *extra,
            ]
        )
    )
    return table


def covenant_story(paper: CovenantPaper) -> list[Flowable]:
    """The flowables of the bản giao ước."""
    st = stylesheet()
    width = frame_width()
    out: list[Flowable] = [
        header_block(None, width, date_line=date_line(paper.place, paper.signed_on)),
        *title_block(COVENANT_KIND, [paper.title, nfc(paper.period).capitalize()]),
    ]
    out += [Paragraph(markup(line), st.body) for line in paragraphs(paper.preamble)]
    place = f", tại {nfc(paper.place)}" if nfc(paper.place) else ""
    out.append(
        Paragraph(markup(OPENING.format(day=date_words(paper.signed_on), place=place)), st.body)
    )
    for i, p in enumerate(paper.parties, start=1):
        who = _who(p)
        line = (
            PARTY_LINE.format(n=i, name=nfc(p.name), who=who)
            if who
            else PARTY_NO_SIGNER.format(n=i, name=nfc(p.name))
        )
        out.append(Paragraph(markup(line), st.bullet))
    out.append(Paragraph(markup(AGREE.format(period=_period(paper))), st.body))
    out += _numbered(paper.commitments)
    out.append(Paragraph(markup(PROMISE), st.body))
    last = Paragraph(markup(COPIES.format(n=count_text(len(paper.parties)))), st.body)
    out.append(with_signature([last], _signatures(paper, width)))
    return out


def registration_story(paper: CovenantPaper, party: PartyLine) -> list[Flowable]:
    """The flowables of one party's bản đăng ký thi đua (the covenant's commitments)."""
    st = stylesheet()
    width = frame_width()
    office = OfficeHeader(party.name, party.parent_agency, paper.place)
    name = running_case(party.name)
    out: list[Flowable] = [
        header_block(office, width, date_line=date_line(paper.place, paper.signed_on)),
        *title_block(REGISTRATION_KIND, [paper.title, nfc(paper.period).capitalize()]),
    ]
    if nfc(paper.recipient):
        out.append(recipients_block([paper.recipient], width))
    title = running_case(paper.title)
    intro = REG_INTRO.format(title=title[:1].lower() + title[1:], period=_period(paper), party=name)
    out.append(Paragraph(markup(intro), st.body))
    out += _numbered(paper.commitments)
    last = Paragraph(markup(REG_CLOSE.format(party=name[:1].upper() + name[1:])), st.body)
    signer = SignatureBlock((party.signatory_title or REG_SIGNER,), party.signatory)
    copies = REG_COPIES if nfc(paper.recipient) else REG_COPIES_ALONE
    out.append(with_signature([last], closing_block(signer, copies, width)))
    return out


def sections(paper: CovenantPaper, registrations: Sequence[PartyLine] = ()) -> list[Section]:
    """The covenant, then the bản đăng ký of each party asked for (each on its own pages)."""
    out = [Section(COVENANT_KEY, covenant_story(paper))]
    out += [Section(REGISTRATION_KEY, registration_story(paper, p)) for p in registrations]
    return out


def render(
    paper: CovenantPaper, registrations: Sequence[PartyLine] = (), *, covenant: bool = True
) -> bytes:
    """PDF bytes: the covenant (unless `covenant` is False) and the registrations asked for."""
    return render_sections(_chosen(paper, registrations, covenant), title=paper.title)[0]


def render_docx(
    paper: CovenantPaper, registrations: Sequence[PartyLine] = (), *, covenant: bool = True
) -> bytes:
    """The same papers as a Word copy (.docx)."""
    return word.render_sections(_chosen(paper, registrations, covenant), title=paper.title)


def _chosen(
    paper: CovenantPaper, registrations: Sequence[PartyLine], covenant: bool
) -> list[Section]:
    found = sections(paper, registrations)
    chosen = found if covenant else found[1:]
    if not chosen:
        raise ValueError("nothing to render")
    return chosen
