"""Benchmark: a 50-nominee award dossier (about 150 pages) against raw reportlab.

The reference renders the same Vietnamese text and tables with a bare SimpleDocTemplate (no
official header, no per-part numbering, no mục lục), in the same run. The dossier's figure
includes building its data. Target: dossier ≤ 1.3 × reference.

    uv run python benchmarks/bench_dossier.py [--nominees 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as TS

from desktop.documents import dossier
from desktop.documents.data import DossierData
from desktop.documents.fonts import register_fonts
from desktop.documents.formatting import markup, paragraphs
from desktop.documents.sample import sample_dossier
from desktop.documents.styles import stylesheet

PARAGRAPHS = 5  # achievement paragraphs per nominee: about 3 pages per report


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    st = stylesheet()
    data = [[Paragraph(markup(c), st.cell) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TS([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def _paper_head(data: DossierData, title: str, subject: str) -> list[object]:
    st = stylesheet()
    lines = (
        data.office.parent_agency,
        data.office.name,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/TTr-STC",
        "Sóc Trăng, ngày 05 tháng 02 năm 2026",
    )
    return [
        *(Paragraph(markup(x), st.centered) for x in lines),
        Paragraph(markup(title), st.title),
        Paragraph(markup(subject), st.subject),
    ]


def _signature(lines: tuple[str, ...], name: str) -> list[object]:
    st = stylesheet()
    return [
        *(Paragraph(markup(x), st.sign_title) for x in lines),
        Spacer(1, 24 * mm),
        Paragraph(markup(name), st.sign_name),
    ]


def raw_reportlab(data: DossierData) -> tuple[bytes, int]:
    """The same papers, text and tables with plain reportlab: one story, a page break between
    papers, no official frame (header table, rules, per-paper numbering, late mục lục)."""
    st = stylesheet()
    story: list[object] = _paper_head(data, "MỤC LỤC HỒ SƠ", data.batch_title)
    story.append(
        _grid(
            [["STT", "Tên tài liệu", "Số trang", "Từ trang", "Ghi chú"]]
            + [
                [str(i), f"Báo cáo thành tích của {n.name}", "3", "10 - 12", ""]
                for i, n in enumerate(data.nominees, 1)
            ],
            [12 * mm, 81 * mm, 20 * mm, 32 * mm, 20 * mm],
        )
    )
    story += [PageBreak(), *_paper_head(data, "TỜ TRÌNH", data.subject)]
    story += [Paragraph(markup(line), st.body) for line in (*data.recipients, *data.intro)]
    story += _signature(data.signature.lines, data.signature.name)
    story += [PageBreak(), *_paper_head(data, "DANH SÁCH", data.batch_title)]
    story.append(
        _grid(
            [["STT", "Họ và tên", "Chức vụ - Đơn vị", "Tóm tắt", "Ghi chú"]]
            + [
                [str(i), n.name, f"{n.position}, {n.unit}", n.summary, n.note]
                for i, n in enumerate(data.nominees, 1)
            ],
            [12 * mm, 35 * mm, 35 * mm, 70 * mm, 13 * mm],
        )
    )
    if data.council:
        c = data.council
        story += [PageBreak(), *_paper_head(data, "BIÊN BẢN", c.name)]
        story += [
            Paragraph(markup(f"- {m.name}, {m.position};"), st.bullet)
            for m in (*c.attendees, *c.absent_with_opinion)
        ]
        story += [Paragraph(markup(line), st.body) for line in (*c.content, *c.conclusion)]
        story.append(
            _grid(
                [["STT", "Tên", "Hình thức", "Phiếu", "Tỷ lệ", "Kết quả"]]
                + [
                    [str(i), v.nominee, v.award, str(v.votes_for), "90,91%", "Đạt"]
                    for i, v in enumerate(c.votes, 1)
                ],
                [11 * mm, 46 * mm, 42 * mm, 20 * mm, 20 * mm, 26 * mm],
            )
        )
        story += _signature(("THƯ KÝ",), c.secretary.name)
    for n in data.nominees:
        story += [PageBreak(), *_paper_head(data, "BÁO CÁO THÀNH TÍCH", n.award)]
        story += [
            Paragraph(f"- {markup(v)}", st.field)
            for v in (
                n.name,
                n.birth_date,
                n.sex,
                n.home_town,
                n.residence,
                n.unit,
                n.position,
                n.qualification,
                n.academic_title,
                n.address,
                n.history,
                n.organisation,
            )
        ]
        story += [Paragraph(p, st.body) for p in paragraphs(n.duties)]
        story += [Paragraph(p, st.body) for p in paragraphs(n.achievements)]
        for records in (n.titles, n.awards):
            story.append(
                _grid(
                    [["Năm", "Danh hiệu", "Quyết định"]]
                    + [[r.year, r.name, f"{r.decision}; {r.issuer}"] for r in records],
                    [18 * mm, 62 * mm, 85 * mm],
                )
            )
        story += _signature(("NGƯỜI BÁO CÁO THÀNH TÍCH",), n.name)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story)
    return buffer.getvalue(), doc.page


def ours(nominees: int) -> tuple[bytes, int]:
    """Data building plus the full dossier render."""
    data = sample_dossier(nominees, paragraphs=PARAGRAPHS)
    pdf, layout = dossier.render_with_layout(data)
    return pdf, layout.total_pages


def _timed(fn: Callable[[], tuple[bytes, int]]) -> tuple[float, float, bytes, int]:
    """Wall and CPU seconds of one call, with its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    pdf, pages = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, pdf, pages


def main() -> None:
    """Run both, alternating, and print medians (wall clock and CPU time) and the ratios.

    CPU time is printed too because on a shared, loaded machine the wall clock mostly
    measures the other processes.
    """
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    register_fonts()
    stylesheet()
    data = sample_dossier(args.nominees, paragraphs=PARAGRAPHS)
    ours(2)  # warm-up: imports, font subsetting tables
    raw_reportlab(sample_dossier(2))
    runs: dict[str, list[tuple[float, float]]] = {"ours": [], "raw": []}
    for _ in range(args.repeat):
        wall, cpu, _, raw_pages = _timed(lambda: raw_reportlab(data))
        runs["raw"].append((wall, cpu))
        wall, cpu, pdf, our_pages = _timed(lambda: ours(args.nominees))
        runs["ours"].append((wall, cpu))
    med = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in runs.items()
    }
    (ow, oc), (rw, rc) = med["ours"], med["raw"]
    print(
        f"dossier, {args.nominees} nominees, data built in the timing: {our_pages} pages, "
        f"{len(pdf) // 1024} KB, median {ow:.2f} s wall / {oc:.2f} s CPU "
        f"({our_pages / ow:.0f} pages/s)"
    )
    print(
        f"raw reportlab, same text and tables: {raw_pages} pages, median {rw:.2f} s wall / "
        f"{rc:.2f} s CPU ({raw_pages / rw:.0f} pages/s)"
    )
    print(f"ratio dossier / raw: {ow / rw:.2f} x wall, {oc / rc:.2f} x CPU (target <= 1.3)")


if __name__ == "__main__":
    main()
