"""Quyết định khen thưởng of the office (a quyết định cá biệt, Nghị định 30/2020 Phụ lục III
Mẫu 1.2) and the Danh sách kèm theo, in the one page frame of official papers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.documents import word
from desktop.documents.blocks import (
    TABLE_START_ROOM,
    cell,
    closing_block,
    grid_table,
    header_block,
    title_block,
    with_signature,
)
from desktop.documents.common import roman
from desktop.documents.data import OfficeHeader, SignatureBlock, SubjectKind
from desktop.documents.formatting import (
    count_text,
    date_line,
    date_words,
    listed,
    markup,
    nfc,
    running_case,
    upper,
)
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "quyet-dinh"
LIST_KEY = "danh-sach-quyet-dinh"
KIND = "Quyết định"
KIND_CODE = "QĐ"
DECIDES = "QUYẾT ĐỊNH:"
LIST_KIND = "Danh sách"
LIST_COLUMNS = (
    "STT",
    "Họ và tên / Tên tập thể",
    "Chức vụ",
    "Đơn vị",
    "Danh hiệu, hình thức",
    "Số tiền (đồng)",
)
_WIDTHS_MM = (12, 40, 24, 36, None, 24)  # the award column takes what is left
EFFECT = "Quyết định này có hiệu lực kể từ ngày ký."
ATTACHED = "(có danh sách kèm theo)"
ARTICLE_ONE_MANY = "Khen thưởng các tập thể, cá nhân sau (có danh sách kèm theo):"
DRAFT_MARK = "DỰ THẢO"


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """One row of the list: who, with what, and the money."""

    kind: SubjectKind
    name: str
    position: str = ""
    unit: str = ""
    amount: int | None = None
    household: bool = False
    key: str = ""  # who this is ("person:12"): one person counted once in the list's total


@dataclass(frozen=True, slots=True)
class AwardPart:
    """The people and collectives of one title or award in the decision."""

    name: str  # "Lao động tiên tiến"
    is_title: bool  # danh hiệu (công nhận) or hình thức (tặng)
    lines: tuple[DecisionLine, ...]
    money_basis: str = ""  # the decree's article of its money
    missing_money: str = ""  # why (some of) its rows have no amount


@dataclass(frozen=True, slots=True)
class DecisionPaperData:
    """A Quyết định khen thưởng with its list, as printed."""

    office: OfficeHeader
    symbol: str  # "05/QĐ-STC"
    issued_on: date
    authority: str  # who decides, e.g. "Giám đốc Sở Tài chính"
    year: int
    parts: tuple[AwardPart, ...]
    bases: tuple[str, ...]  # căn cứ lines (the law, the decree, the office's functions)
    proposal: str  # "Theo đề nghị của …"
    signature: SignatureBlock
    base_salary: int | None = None
    fund: str = ""  # where the money comes from
    executors: str = ""  # Điều 3
    copies_to: tuple[str, ...] = ()
    is_draft: bool = False
    notes: tuple[str, ...] = field(default=())  # e.g. the rounding rule not confirmed


def money(amount: int | None) -> str:
    """1.060.000; empty for no amount."""
    return "" if amount is None else f"{amount:,}".replace(",", ".")


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _triple(n: int, full: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out: list[str] = []
    if full or hundreds:
        out += [_DIGITS[hundreds], "trăm"]
    if tens > 1:
        out += [_DIGITS[tens], "mươi"]
        if ones == 1:
            out.append("mốt")
        elif ones == 5:
            out.append("lăm")
        elif ones == 4:
            out.append("tư")
        elif ones:
            out.append(_DIGITS[ones])
    elif tens == 1:
        out.append("mười")
        if ones == 5:
            out.append("lăm")
        elif ones:
            out.append(_DIGITS[ones])
    elif ones:
        if out:
            out.append("linh")
        out.append(_DIGITS[ones])
    return out


def amount_words(n: int) -> str:
    """`Một triệu không trăm sáu mươi nghìn đồng` (đồng in words, first letter capital)."""
    if n <= 0:
        return "Không đồng"
    scales = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ")
    groups: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        if groups[i] == 0:
            continue
        words += _triple(groups[i], full=bool(words))
        if scales[i]:
            words.append(scales[i])
    text = " ".join(words) + " đồng"
    return text[0].upper() + text[1:]


def _counts(lines: tuple[DecisionLine, ...]) -> str:
    seen: set[str] = set()
    distinct = []
    for x in lines:
        if x.key and x.key in seen:
            continue
        seen.add(x.key)
        distinct.append(x)
    lines = tuple(distinct)
    units = sum(1 for x in lines if x.kind is SubjectKind.COLLECTIVE and not x.household)
    homes = sum(1 for x in lines if x.household)
    people = len(lines) - units - homes
    parts = [
        f"{count_text(n)} {word}"
        for n, word in ((units, "tập thể"), (homes, "hộ gia đình"), (people, "cá nhân"))
        if n
    ]
    return " và ".join(parts) if len(parts) <= 2 else ", ".join(parts[:-1]) + " và " + parts[-1]


def subject_line(data: DecisionPaperData) -> str:
    """The trích yếu: "Về việc công nhận danh hiệu … năm …", "Về việc tặng Giấy khen", or both."""
    titles = [p.name for p in data.parts if p.is_title]
    forms = [p.name for p in data.parts if not p.is_title]
    pieces: list[str] = []
    if titles:
        quoted = ", ".join(f"“{t}”" for t in titles)
        pieces.append(f"công nhận danh hiệu {quoted} năm {data.year}")
    if forms:
        pieces.append("tặng " + ", ".join(forms))
    text = "Về việc " + " và ".join(pieces)
    if not titles:
        text += f" năm {data.year}" if data.year else ""
    return text


def article_one(data: DecisionPaperData) -> list[str]:
    """Điều 1: whom, by award, by reference to the list."""
    lines: list[str] = []
    for p in data.parts:
        verb = f"Công nhận danh hiệu “{p.name}” năm {data.year}" if p.is_title else f"Tặng {p.name}"
        lines.append(f"{verb} cho {_counts(p.lines)}")
    return lines


def totals(data: DecisionPaperData) -> tuple[int, int]:
    """(total đồng, rows without an amount)."""
    total = sum(x.amount or 0 for p in data.parts for x in p.lines)
    none = sum(1 for p in data.parts for x in p.lines if x.amount is None)
    return total, none


def _money_lines(data: DecisionPaperData) -> list[str]:
    out: list[str] = []
    for p in data.parts:
        groups: dict[int | None, int] = {}
        for x in p.lines:
            groups[x.amount] = groups.get(x.amount, 0) + 1
        for amount, n in groups.items():
            if amount is None:
                reason = p.missing_money or "chưa có mức tiền thưởng trong danh mục"
                out.append(f"{p.name}: {count_text(n)} lượt, chưa tính tiền thưởng ({reason})")
            else:
                basis = f" theo {p.money_basis}" if p.money_basis else ""
                out.append(
                    f"{p.name}{basis}: {count_text(n)} × {money(amount)} đồng = "
                    f"{money(amount * n)} đồng"
                )
    return out


def story(data: DecisionPaperData) -> list[Flowable]:
    """The flowables of the decision."""
    st = stylesheet()
    width = frame_width()
    out: list[Flowable] = []
    if data.is_draft:
        out.append(Paragraph(DRAFT_MARK, st.form_label))
    out += [
        header_block(
            data.office,
            width,
            number=f"Số: {nfc(data.symbol)}",
            date_line=date_line(data.office.place, data.issued_on),
        ),
        *title_block(KIND, [subject_line(data)]),
        Paragraph(markup(upper(data.authority)), st.title),
        Spacer(1, 6),
    ]
    out += [Paragraph(markup(line), st.basis) for line in listed([*data.bases, data.proposal])]
    out += [Spacer(1, 4), Paragraph(DECIDES, st.title), Spacer(1, 4)]
    one = article_one(data)
    if len(one) == 1:
        out.append(Paragraph(f"<b>Điều 1.</b> {markup(one[0])} {ATTACHED}.", st.body))
    else:
        out.append(Paragraph(f"<b>Điều 1.</b> {markup(ARTICLE_ONE_MANY)}", st.body))
        for i, line in enumerate(listed(one), start=1):
            out.append(Paragraph(f"{i}. {markup(line)}", st.body))
    total, _none = totals(data)
    salary = f" (mức lương cơ sở {money(data.base_salary)} đồng)" if data.base_salary else ""
    two = f"<b>Điều 2.</b> Tiền thưởng kèm theo{salary}:"
    out.append(Paragraph(two, st.body))
    for line in listed(_money_lines(data)):
        out.append(Paragraph(f"- {markup(line)}", st.body))
    out.append(
        Paragraph(
            markup(f"Tổng số tiền thưởng: {money(total)} đồng ({amount_words(total)}).")
            if total
            else markup("Tổng số tiền thưởng: chưa tính được."),
            st.body,
        )
    )
    if nfc(data.fund):
        out.append(Paragraph(markup(data.fund), st.body))
    three = f"<b>Điều 3.</b> {markup(EFFECT)} {markup(data.executors)}"
    last = [Paragraph(three, st.body)]
    out.append(with_signature(last, closing_block(data.signature, data.copies_to, width)))
    return out


def list_subject(data: DecisionPaperData) -> str:
    """The list's trích yếu, from the decision's."""
    return "Tập thể, cá nhân được " + subject_line(data).removeprefix("Về việc ")


def list_story(data: DecisionPaperData) -> list[Flowable]:
    """The Danh sách kèm theo Quyết định: one table, a caption row per award, the money."""
    st = stylesheet()
    width = frame_width()
    fixed = sum(w for w in _WIDTHS_MM if w) * mm
    widths = [w * mm if w else width - fixed for w in _WIDTHS_MM]
    attached = (
        f"(Kèm theo Quyết định số {nfc(data.symbol)} {date_words(data.issued_on)} "
        f"của {running_case(data.authority)})"
    )
    out: list[Flowable] = [
        header_block(data.office, width),
        *title_block(LIST_KIND, [list_subject(data)], space_before=10),
        Paragraph(markup(attached), st.centered_italic),
        Spacer(1, 8),
        CondPageBreak(TABLE_START_ROOM),
    ]
    rows: list[list[object]] = []
    groups: list[int] = []
    number = 0
    for g, p in enumerate(data.parts, start=1):
        groups.append(len(rows))
        caption = f"{roman(g)}. {upper(p.name)} ({_counts(p.lines)})"
        rows.append([cell(caption, "cell_group"), "", "", "", "", ""])
        for x in p.lines:
            number += 1
            rows.append(
                [
                    cell(str(number), "cell_center"),
                    cell(x.name),
                    cell(x.position),
                    cell(x.unit),
                    cell(p.name),
                    cell(money(x.amount) or "—", "cell_center"),
                ]
            )
    total, _none = totals(data)
    rows.append(
        [
            cell(""),
            cell("Tổng cộng", "cell_group"),
            cell(""),
            cell(""),
            cell(""),
            Paragraph(markup(money(total)), st.cell_head),
        ]
    )
    out.append(grid_table(LIST_COLUMNS, rows, widths, group_rows=groups))
    out.append(Spacer(1, 6))
    out.append(
        Paragraph(
            markup(f"Danh sách có {_counts(tuple(x for p in data.parts for x in p.lines))}."),
            st.body,
        )
    )
    for note in data.notes:
        out.append(Paragraph(markup(note), st.basis))
    return out


def sections(data: DecisionPaperData) -> list[Section]:
    """The decision and its list, each a paper of its own (own page numbers)."""
    return [Section(KEY, story(data)), Section(LIST_KEY, list_story(data))]


def _many(papers: list[DecisionPaperData]) -> tuple[list[Section], str]:
    if not papers:
        raise ValueError("nothing to render")
    out: list[Section] = []
    for i, p in enumerate(papers):
        for s in sections(p):
            out.append(Section(f"{s.key}-{i}", s.story, s.is_landscape))
    return out, "; ".join(f"Quyết định {nfc(p.symbol)}" for p in papers)


def render_many(papers: list[DecisionPaperData]) -> bytes:
    """One or several decisions (one per title) with their lists, in one PDF."""
    return render_many_counted(papers)[0]


def render_many_counted(papers: list[DecisionPaperData]) -> tuple[bytes, int]:
    """The decisions' PDF and its number of pages."""
    out, title = _many(papers)
    pdf, layout = render_sections(out, title=title)
    return pdf, layout.total_pages


def render_many_docx(papers: list[DecisionPaperData]) -> bytes:
    """The same decisions and lists as a Word file."""
    out, title = _many(papers)
    return word.render_sections(out, title=title)
