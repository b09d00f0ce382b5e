"""Quá trình xử lý hồ sơ: a batch's history (from the audit log) as a ruled table.

The page 1 header of the office, the title, the batch named under it, then one row per step:
thời gian, người thực hiện, nội dung. A small line at the end gives the head of the audit chain
when printed, so that the paper can later be compared with the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents import word
from desktop.documents.blocks import cell, grid_table, header_block, title_block
from desktop.documents.data import OfficeHeader
from desktop.documents.formatting import date_line, markup, nfc
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "qua-trinh"
KIND = "Quá trình xử lý hồ sơ"
COLUMNS = ("STT", "Thời gian", "Người thực hiện", "Nội dung")
_WIDTHS = (11, 30, 34, None)  # mm; the content takes what is left


@dataclass(frozen=True, slots=True)
class ProcessStep:
    """One row: when, who, and what was done (one line a fact)."""

    time: str  # as printed, e.g. "14/03/2025 09:30"
    user: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProcessHistoryData:
    """Everything the paper prints."""

    office: OfficeHeader
    batch_title: str
    facts: tuple[str, ...]  # lines under the title: năm, loại, số tờ trình, trạng thái
    steps: tuple[ProcessStep, ...]
    printed_on: date
    chain_head: tuple[int, str]  # (number, hash) of the newest audit event when printed


def story(data: ProcessHistoryData) -> list[Flowable]:
    """The flowables of the paper."""
    st = stylesheet()
    width = frame_width()
    fixed = sum(w for w in _WIDTHS if w) * mm
    widths = [w * mm if w else width - fixed for w in _WIDTHS]
    subject = [f"Đợt đề nghị: {nfc(data.batch_title)}"] if nfc(data.batch_title) else []
    out: list[Flowable] = [
        header_block(data.office, width, date_line=date_line(data.office.place, data.printed_on)),
        *title_block(KIND, subject),
    ]
    out += [Paragraph(markup(line), st.body) for line in data.facts]
    out.append(Spacer(1, 6))
    if data.steps:
        rows = [
            [
                cell(str(i), "cell_center"),
                cell(step.time, "cell_center"),
                cell(step.user),
                Paragraph("<br/>".join(markup(f"- {line}") for line in step.lines), st.cell),
            ]
            for i, step in enumerate(data.steps, start=1)
        ]
        out.append(grid_table(COLUMNS, rows, widths))
    else:
        out.append(Paragraph("Chưa có bước xử lý nào được ghi nhận.", st.body))
    number, digest = data.chain_head
    out += [
        Spacer(1, 8),
        Paragraph(
            markup(f"Đầu chuỗi nhật ký khi in: sự kiện số {number}, mã {digest or '(trống)'}"),
            ParagraphStyle("chain_head", parent=st.cell, fontSize=9, leading=11),
        ),
    ]
    return out


def sections(data: ProcessHistoryData) -> list[Section]:
    """The paper as one portrait section."""
    return [Section(KEY, story(data))]


def render(data: ProcessHistoryData) -> bytes:
    """The paper as PDF bytes."""
    return render_counted(data)[0]


def render_counted(data: ProcessHistoryData) -> tuple[bytes, int]:
    """The paper as PDF bytes and its number of pages."""
    pdf, layout = render_sections(sections(data), title=KIND)
    return pdf, layout.total_pages


def render_docx(data: ProcessHistoryData) -> bytes:
    """The paper as a Word file."""
    return word.render_sections(sections(data), title=KIND)
