"""Mục lục hồ sơ: the dossier's papers with their page counts, the first page of the file.

The counts are only known once everything is laid out, so they are drawn as late texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents import bao_cao, bien_ban, danh_sach, to_trinh
from desktop.documents import headings as H
from desktop.documents.blocks import cell, grid_table, header_block, title_block
from desktop.documents.common import report_subjects, to_trinh_reference
from desktop.documents.data import DossierData
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from desktop.documents.formatting import markup, nfc, running_case
from desktop.documents.frame import LateNumbers, LateText, Layout, Section, frame_width
from desktop.documents.styles import TABLE_SIZE, stylesheet

KEY = "muc-luc"
_WIDTHS = (12, None, 20, 32, 22)  # mm; the title column takes what is left
_PAD = 6  # left + right cell padding of grid tables


def _count(keys: Sequence[str]) -> Callable[[Layout], str]:
    def make(layout: Layout) -> str:
        return str(sum(layout.counts.get(k, 0) for k in keys))

    return make


def _range(keys: Sequence[str]) -> Callable[[Layout], str]:
    def make(layout: Layout) -> str:
        present = [k for k in keys if k in layout.starts]
        if not present:
            return ""
        first = min(layout.starts[k] for k in present)
        last = max(layout.starts[k] + layout.counts[k] - 1 for k in present)
        return f"{first} - {last}" if last > first else str(first)

    return make


def _total(layout: Layout) -> str:
    return str(layout.total_pages)


def _whole(layout: Layout) -> str:
    return f"1 - {layout.total_pages}"


def parts(data: DossierData) -> list[tuple[str, str, list[str]]]:
    """(number, title, section keys) of each row of the mục lục, sub-rows numbered `5.1` …"""
    ref = to_trinh_reference(data)
    rows: list[tuple[str, str, list[str]]] = [
        ("", H.MUC_LUC_SELF, [KEY]),
        ("", H.MUC_LUC_TO_TRINH.format(**ref), [to_trinh.KEY]),
        ("", H.MUC_LUC_DANH_SACH, [danh_sach.KEY]),
    ]
    if data.council is not None:
        council = running_case(data.council.name)
        rows.append(("", H.MUC_LUC_BIEN_BAN.format(council=council), [bien_ban.KEY]))
    subjects = report_subjects(data.nominees)
    reports = [bao_cao.section_key(i) for i in range(len(subjects))]
    if reports:
        rows.append(("", H.MUC_LUC_BAO_CAO.format(count=f"{len(reports):02d}"), reports))
    numbered = [(str(i), title, keys) for i, (_, title, keys) in enumerate(rows, start=1)]
    if reports:
        top = numbered[-1][0]
        numbered += [
            (f"{top}.{j}", H.MUC_LUC_BAO_CAO_ITEM.format(name=nfc(n.name)), [key])
            for j, (n, key) in enumerate(zip(subjects, reports, strict=True), start=1)
        ]
    return numbered


def _check_style() -> ParagraphStyle:
    return ParagraphStyle(
        "check_line",
        parent=stylesheet().copies,
        fontName=SERIF_ITALIC,
        fontSize=9,
        leading=11,
        spaceBefore=4,
        alignment=TA_RIGHT,
    )


def story(data: DossierData, late: LateNumbers, check_line: str = "") -> list[Flowable]:
    """The flowables of the mục lục; its numbers are filled in from `late` at the end.

    A non-empty `check_line` is printed small under the title, always on the first page.
    """
    st = stylesheet()
    width = frame_width()
    fixed = sum(w for w in _WIDTHS if w) * mm
    widths = [w * mm if w else width - fixed for w in _WIDTHS]
    count_w, range_w = widths[2] - _PAD, widths[3] - _PAD
    rows: list[list[object]] = []
    numbered = parts(data)
    top = sum(1 for number, _, _ in numbered if "." not in number)
    for number, title, keys in numbered:
        sub = "." in number
        rows.append(
            [
                cell(number, "cell_center"),
                cell(title)
                if not sub
                else Paragraph("\u00a0\u00a0\u00a0" + markup(title), st.cell),
                LateText(late, "count", _count(keys), count_w, SERIF, TABLE_SIZE),
                LateText(late, "range", _range(keys), range_w, SERIF, TABLE_SIZE),
                "",
            ]
        )
    for n, extra in enumerate(data.extra_documents, start=top + 1):
        rows.append(
            [
                cell(str(n), "cell_center"),
                cell(extra),
                "",
                "",
                cell(H.MUC_LUC_EXTRA_NOTE),
            ]
        )
    rows.append(
        [
            "",
            cell(H.MUC_LUC_TOTAL, "cell_group"),
            LateText(late, "total", _total, count_w, SERIF_BOLD, TABLE_SIZE),
            LateText(late, "whole", _whole, range_w, SERIF_BOLD, TABLE_SIZE),
            "",
        ]
    )
    return [
        header_block(data.office, width),
        *title_block(H.MUC_LUC_KIND, [nfc(data.batch_title)] if nfc(data.batch_title) else []),
        Paragraph(
            markup(H.MUC_LUC_ATTACHED.format(**to_trinh_reference(data))), st.centered_italic
        ),
        *([Paragraph(markup(check_line), _check_style())] if nfc(check_line) else []),
        Spacer(1, 8),
        grid_table(H.MUC_LUC_COLUMNS, rows, widths),
    ]


def sections(data: DossierData, late: LateNumbers, check_line: str = "") -> list[Section]:
    """The mục lục as one section (with the data check line, when given)."""
    return [Section(KEY, story(data, late, check_line))]
