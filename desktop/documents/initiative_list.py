"""Danh sách sáng kiến được công nhận năm …: one row per initiative, grouped by scope of effect
(A4 landscape, the Nghị định 30/2020 frame)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents import word
from desktop.documents.blocks import cell, closing_block, grid_table, header_block, title_block
from desktop.documents.common import roman
from desktop.documents.data import OfficeHeader, SignatureBlock
from desktop.documents.formatting import count_text, date_line, markup, upper
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "danh-sach-sang-kien"
KIND = "Danh sách"
SUBJECT = "Sáng kiến được công nhận năm {year}"
COLUMNS = (
    "STT",
    "Tên sáng kiến, giải pháp",
    "Tác giả (tỷ lệ đóng góp)",
    "Đơn vị",
    "Lĩnh vực",
    "Quyết định công nhận",
    "Ghi chú",
)
# mm; the title takes what is left.
_FIXED = (12, None, 48, 38, 26, 34, 22)
TOTAL = "Tổng cộng: {count} sáng kiến, giải pháp được công nhận."
EMPTY = "Không có sáng kiến nào được công nhận trong năm {year}."


@dataclass(frozen=True, slots=True)
class InitiativeLine:
    """One printed row."""

    title: str
    authors: str  # "Nguyễn Văn An (60%); Trần Thị Bình (40%)"
    unit: str
    field: str
    decision: str  # "Số 125/QĐ-STC ngày 20/12/2024"
    note: str = ""  # the kind when it is not a plain sáng kiến


@dataclass(frozen=True, slots=True)
class ScopeGroup:
    """The rows of one scope of effect, e.g. "Phạm vi ảnh hưởng cấp tỉnh"."""

    caption: str
    lines: tuple[InitiativeLine, ...]


@dataclass(frozen=True, slots=True)
class InitiativeListData:
    """A snapshot of what the list prints."""

    office: OfficeHeader
    year: int
    issued_on: date
    groups: tuple[ScopeGroup, ...]
    signature: SignatureBlock

    @property
    def count(self) -> int:
        """Number of initiatives listed."""
        return sum(len(g.lines) for g in self.groups)


def _table(data: InitiativeListData, width: float) -> Flowable:
    fixed = sum(w for w in _FIXED if w) * mm
    widths = [w * mm if w else width - fixed for w in _FIXED]
    rows: list[list[object]] = []
    groups: list[int] = []
    number = 0
    for g, group in enumerate(data.groups, start=1):
        groups.append(len(rows))
        rows.append(
            [
                cell(
                    f"{roman(g)}. {upper(group.caption)} ({count_text(len(group.lines))})",
                    "cell_group",
                )
            ]
            + [""] * (len(COLUMNS) - 1)
        )
        for line in group.lines:
            number += 1
            rows.append(
                [
                    cell(str(number), "cell_center"),
                    cell(line.title),
                    cell(line.authors),
                    cell(line.unit),
                    cell(line.field),
                    cell(line.decision),
                    cell(line.note),
                ]
            )
    return grid_table(COLUMNS, rows, widths, group_rows=groups)


def story(data: InitiativeListData) -> list[Flowable]:
    """The flowables of the list."""
    st = stylesheet()
    width = frame_width(is_landscape=True)
    out: list[Flowable] = [
        header_block(
            data.office,
            width,
            date_line=date_line(data.office.place, data.issued_on),
            is_landscape=True,
        ),
        *title_block(KIND, [SUBJECT.format(year=data.year)], space_before=10),
        Spacer(1, 6),
    ]
    if data.count:
        out.append(_table(data, width))
        out.append(Spacer(1, 4))
        out.append(Paragraph(markup(TOTAL.format(count=count_text(data.count))), st.body))
    else:
        out.append(Paragraph(markup(EMPTY.format(year=data.year)), st.body))
    out.append(closing_block(data.signature, (), width))
    return out


def render(data: InitiativeListData) -> bytes:
    """The list as PDF bytes."""
    return render_counted(data)[0]


def render_counted(data: InitiativeListData) -> tuple[bytes, int]:
    """The list as PDF bytes and its number of pages."""
    section = Section(KEY, story(data), is_landscape=True)
    pdf, layout = render_sections([section], title=SUBJECT.format(year=data.year))
    return pdf, layout.total_pages


def render_docx(data: InitiativeListData) -> bytes:
    """The list as a Word file (landscape, as the PDF)."""
    section = Section(KEY, story(data), is_landscape=True)
    return word.render_sections([section], title=SUBJECT.format(year=data.year))
