"""Quá trình khen thưởng: a person's or a collective's awards as a ruled table.

The page 1 header of the office with its date line, the title, who it is about, then one row
per award: năm, danh hiệu hoặc hình thức, số và ngày quyết định, cơ quan ban hành.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.blocks import cell, grid_table, header_block, title_block
from desktop.documents.data import OfficeHeader
from desktop.documents.formatting import date_line, markup
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "qua-trinh-khen-thuong"
KIND = "Quá trình khen thưởng"
COLUMNS = (
    "STT",
    "Năm",
    "Danh hiệu, hình thức khen thưởng",
    "Số, ngày quyết định",
    "Cơ quan ban hành",
)
_WIDTHS = (11, 16, None, 42, 40)  # mm; the award takes what is left


@dataclass(frozen=True, slots=True)
class AwardRow:
    """One award as printed."""

    year: int
    award: str
    decision_number: str
    decision_date: date | None
    issuer: str

    def decision(self) -> str:
        """`150/QĐ-STC ngày 20/12/2025` (what is known of it)."""
        when = f"ngày {self.decision_date:%d/%m/%Y}" if self.decision_date else ""
        return " ".join(x for x in (self.decision_number, when) if x)


@dataclass(frozen=True, slots=True)
class AwardRecordData:
    """Everything the page prints."""

    office: OfficeHeader
    subject: tuple[str, ...]  # "Họ và tên: …", "Đơn vị: …"
    rows: tuple[AwardRow, ...]
    printed_on: date


def story(data: AwardRecordData) -> list[Flowable]:
    """The flowables of the page."""
    st = stylesheet()
    width = frame_width()
    fixed = sum(w for w in _WIDTHS if w) * mm
    widths = [w * mm if w else width - fixed for w in _WIDTHS]
    out: list[Flowable] = [
        header_block(data.office, width, date_line=date_line(data.office.place, data.printed_on)),
        *title_block(KIND),
    ]
    out += [Paragraph(markup(line), st.body) for line in data.subject]
    out.append(Spacer(1, 6))
    if data.rows:
        rows = [
            [
                cell(str(i), "cell_center"),
                cell(str(r.year), "cell_center"),
                cell(r.award),
                cell(r.decision(), "cell_center"),
                cell(r.issuer),
            ]
            for i, r in enumerate(data.rows, start=1)
        ]
        out.append(grid_table(COLUMNS, rows, widths))
    else:
        out.append(Paragraph("Chưa có khen thưởng nào được ghi nhận.", st.body))
    return out


def render(data: AwardRecordData) -> bytes:
    """The page as PDF bytes."""
    return render_sections([Section(KEY, story(data))], title=KIND)[0]
