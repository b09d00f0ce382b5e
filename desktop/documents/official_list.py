"""Any official list (danh sách) in the Nghị định 30/2020 frame: header, title, one ruled table
whose header repeats on every page, footer paragraphs, Nơi nhận and signature."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.blocks import cell, closing_block, grid_table, header_block, title_block
from desktop.documents.data import ListPaperData
from desktop.documents.formatting import date_line, markup, nfc, number_line
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet

KEY = "danh-sach"
_STYLE = {"left": "cell", "center": "cell_center", "justify": "cell_justify"}


def story(data: ListPaperData) -> list[Flowable]:
    """The flowables of the list."""
    st = stylesheet()
    width = frame_width(data.is_landscape)
    total = sum(max(c.weight, 0.01) for c in data.columns)
    widths = [width * max(c.weight, 0.01) / total for c in data.columns]
    groups = set(data.group_rows)
    rows: list[list[object]] = []
    for i, row in enumerate(data.rows):
        if i in groups:
            rows.append([cell(row[0] if row else "", "cell_group")] + [""] * (len(widths) - 1))
            continue
        padded = list(row) + [""] * (len(widths) - len(row))
        rows.append(
            [
                cell(v, _STYLE.get(c.align, "cell"))
                for v, c in zip(padded, data.columns, strict=False)
            ]
        )
    out: list[Flowable] = [
        header_block(
            data.office,
            width,
            number=number_line(data.number, data.kind_code, nfc(data.office.symbol))
            if data.kind_code
            else None,
            date_line=date_line(data.office.place, data.issued_on) if data.issued_on else None,
            is_landscape=data.is_landscape,
        ),
        *title_block(data.kind, data.subject, space_before=10),
    ]
    if nfc(data.attached_to):
        out.append(Paragraph(markup(data.attached_to), st.centered_italic))
    out.append(Spacer(1, 8))
    out.append(grid_table([c.title for c in data.columns], rows, widths, group_rows=sorted(groups)))
    out += [Paragraph(markup(line), st.body) for line in data.footer]
    out.append(closing_block(data.signature, data.copies_to, width))
    return out


def render(data: ListPaperData) -> bytes:
    """The list as PDF bytes."""
    section = Section(KEY, story(data), is_landscape=data.is_landscape)
    return render_sections([section], title=f"{nfc(data.kind)} {' '.join(data.subject)}")[0]
