"""BÁO CÁO Kết quả công tác thi đua, khen thưởng … (6 tháng, năm, sơ kết, tổng kết) in the
Nghị định 30/2020 frame, with Biểu 0603.N/BNV-TĐKT as its appendix."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents import word
from desktop.documents.blocks import (
    Rule,
    closing_block,
    grid_table,
    header_block,
    recipients_block,
    title_block,
    with_signature,
)
from desktop.documents.common import body_paragraphs, copies_list, says_as_above
from desktop.documents.data import OfficeHeader, SignatureBlock
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from desktop.documents.formatting import (
    date_line,
    date_words,
    doc_symbol,
    markup,
    nfc,
    running_case,
    upper,
)
from desktop.documents.frame import Section, frame_width, render_sections
from desktop.documents.styles import stylesheet
from desktop.domain.report_data import Cell, Chart, ReportData, ReportTable
from desktop.domain.reports import ReportKind

KEY = "bao-cao-dinh-ky"
FORM_KEY = "bieu-0603"
KIND = "Báo cáo"
HEADINGS = (
    "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
    "II. KẾT QUẢ THỰC HIỆN",
    "III. ĐÁNH GIÁ CHUNG",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
)
JUDGEMENT = ("1. Ưu điểm", "2. Hạn chế và nguyên nhân", "3. Bài học kinh nghiệm")
NOT_WRITTEN = "(Chưa có nội dung.)"
EMPTY_PERIOD = (
    "Trong {period} chưa có số liệu thi đua, khen thưởng nào được ghi nhận trong chương"
    " trình: không có phong trào đang triển khai, đăng ký thi đua, đóng góp, sáng kiến, đề nghị"
    " hay quyết định khen thưởng. Vì vậy báo cáo không kèm bảng số liệu."
)
COPIES = ("Như trên", "Lưu: VT")  # when the office has set none
APPENDIX = "Phụ lục"
APPENDIX_ATTACHED = "(Kèm theo Báo cáo số {symbol} {date} của {office})"
SERIES_FILL = (colors.Color(0.25, 0.25, 0.25), colors.Color(0.72, 0.72, 0.72))


def number_text(value: Cell) -> str:
    """`1.234.567`, `78,5`, or the text as it is; None prints nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}".replace(",", ".")
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return nfc(value)


def _styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    st = stylesheet()
    text = ParagraphStyle(f"rc{size}", parent=st.cell, fontSize=size, leading=size * 1.2)
    num = ParagraphStyle(f"rn{size}", parent=text, alignment=TA_RIGHT)
    bold = ParagraphStyle(f"rb{size}", parent=text, fontName=SERIF_BOLD)
    return text, num, bold


def _cell(value: Cell, num: ParagraphStyle, text: ParagraphStyle) -> Paragraph:
    if isinstance(value, int | float):
        return Paragraph(markup(number_text(value)), num)
    raw = value if isinstance(value, str) else ""
    indent = len(raw) - len(raw.lstrip("\u00a0"))
    if indent:  # a sub-row: indented by its leading no-break spaces
        style = ParagraphStyle(f"{text.name}_i{indent}", parent=text, leftIndent=indent * 1.5 * mm)
        return Paragraph(markup(raw.lstrip("\u00a0")), style)
    return Paragraph(markup(number_text(value)), text)


def caption(text: str) -> Paragraph:
    """A table caption: bold, centred, kept with its table."""
    st = stylesheet()
    style = ParagraphStyle(
        "report_caption",
        parent=st.centered,
        fontName=SERIF_BOLD,
        fontSize=13,
        leading=15,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    return Paragraph(markup(text), style)


def table_flowables(table: ReportTable, width: float) -> list[Flowable]:
    """Caption, ruled table (header repeated on each page), chart and note — or the empty
    sentence when the table has no rows."""
    st = stylesheet()
    out: list[Flowable] = [caption(table.title)]
    if table.is_empty:
        out.append(Paragraph(markup(table.empty or "Không có số liệu."), st.body))
        return out
    size = 10.5 if len(table.columns) > 7 else 11.5
    text, num, bold = _styles(size)
    head = ParagraphStyle(f"rh{size}", parent=st.cell_head, fontSize=size, leading=size * 1.2)
    rel = table.widths or (1.0,) * len(table.columns)
    widths = [width * w / sum(rel) for w in rel]
    rows: list[list[object]] = []
    for row in table.rows:
        rows.append([_cell(v, num, text) for v in row])
    if table.total is not None:
        rows.append(
            [
                Paragraph(
                    markup(number_text(v)),
                    ParagraphStyle("rtn", parent=bold, alignment=TA_RIGHT)
                    if isinstance(v, int | float)
                    else bold,
                )
                for v in table.total
            ]
        )
    if table.column_codes:
        code_style = ParagraphStyle(f"rk{size}", parent=text, alignment=TA_CENTER)
        rows.insert(0, [Paragraph(markup(c), code_style) for c in table.column_codes])
    grid = grid_table(table.columns, rows, widths)
    if table.column_codes:
        grid.repeatRows = 2  # the codes row repeats with the header
    # the header row at the table's (smaller) size
    grid._cellvalues[0] = [Paragraph(markup(h), head) for h in table.columns]
    out.append(grid)
    if table.note:
        note = ParagraphStyle("rnote", parent=st.body_flush, fontName=SERIF_ITALIC, fontSize=12)
        out.append(Paragraph(markup("Ghi chú: " + table.note), note))
    if table.chart is not None and table.chart.labels:
        out.append(Spacer(1, 4))
        out.append(bar_chart(table.chart, width))
    return out


def _short(label: str, limit: int = 22) -> str:
    label = nfc(label)
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(chart: Chart, width: float, height: float = 62 * mm) -> Drawing:
    """Grouped vertical bars, one colour per series, with a legend under the chart."""
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    many = len(chart.labels) > 5
    bars.x, bars.y = 38, 18 + (22 if many else 0) + 14
    bars.width, bars.height = width - 50, height - bars.y - 8
    bars.data = [list(values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = [_short(lb) for lb in chart.labels]
    bars.categoryAxis.labels.fontName = SERIF
    bars.categoryAxis.labels.fontSize = 8
    if many:
        bars.categoryAxis.labels.angle = 25
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.valueAxis.labels.fontName = SERIF
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin = 0
    top = max((max(v) for _, v in chart.series if v), default=0)
    if top <= 0:
        bars.valueAxis.valueMax = 1
    bars.barSpacing = 1
    bars.groupSpacing = 6
    for i in range(len(chart.series)):
        bars.bars[i].fillColor = SERIES_FILL[i % len(SERIES_FILL)]
        bars.bars[i].strokeColor = colors.black
        bars.bars[i].strokeWidth = 0.3
    drawing.add(bars)
    legend = Legend()
    legend.fontName = SERIF
    legend.fontSize = 9
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.x, legend.y = 40, 8
    legend.dx = legend.dy = 8
    legend.deltax = 90
    legend.colorNamePairs = [
        (SERIES_FILL[i % len(SERIES_FILL)], name) for i, (name, _) in enumerate(chart.series)
    ]
    drawing.add(legend)
    if chart.unit:
        drawing.add(String(2, height - 8, f"Đơn vị: {chart.unit}", fontName=SERIF, fontSize=8))
    return drawing


def _header(data: ReportData) -> OfficeHeader:
    o = data.office
    return OfficeHeader(o.name or "Cơ quan", o.parent_agency, o.place, o.symbol)


def _signature(data: ReportData) -> SignatureBlock:
    title = data.office.signer_title or "Thủ trưởng cơ quan"
    lines = tuple(line.strip().upper() for line in title.split("\n") if line.strip())
    return SignatureBlock(lines, data.office.signer_name)


VERB = {
    ReportKind.HALF_YEAR: "báo cáo",
    ReportKind.YEAR: "báo cáo",
    ReportKind.MIDTERM: "báo cáo sơ kết",
    ReportKind.FINAL: "báo cáo tổng kết",
}


def intro(data: ReportData) -> str:
    """`Sở Tài chính báo cáo kết quả … năm 2025 như sau (số liệu so sánh với năm 2024):`."""
    who = running_case(data.office.name) or "Cơ quan"
    scope = f" trong Phong trào thi đua “{data.scope}”" if data.scope else ""
    before = data.previous.label
    if before.startswith("từ"):
        before = "kỳ " + before
    return (
        f"{who} {VERB[data.kind]} kết quả công tác thi đua, khen thưởng {data.period.label}"
        f"{scope} như sau (số liệu được so sánh với {before}):"
    )


def report_symbol(data: ReportData) -> str:
    """`05/BC-STC`, or room for the number on a draft."""
    return doc_symbol(data.number, "BC", nfc(data.office.symbol))


def copies(data: ReportData) -> tuple[str, ...]:
    """The report's Nơi nhận: its own, else "Như trên" and "Lưu: VT"."""
    return copies_list(data.copies_to or COPIES)


def _written(text: str) -> list[Flowable]:
    return body_paragraphs(text) if nfc(text) else body_paragraphs(NOT_WRITTEN)


def story(data: ReportData) -> list[Flowable]:
    """The flowables of the report itself."""
    st = stylesheet()
    width = frame_width()
    copies_to = copies(data)
    out: list[Flowable] = [
        header_block(
            _header(data),
            width,
            number=f"Số: {report_symbol(data)}",
            date_line=date_line(data.office.place, data.issued_on),
        ),
        *title_block(KIND, [data.subject], space_before=12),
    ]
    if says_as_above(copies_to):
        out.append(recipients_block(data.recipients or (recipient_default(data),), width))
    out += [
        Paragraph(markup(intro(data)), st.body),
        Paragraph(HEADINGS[0], st.heading),
        *_written(data.parts.direction),
        Paragraph(HEADINGS[1], st.heading),
    ]
    if not data.has_records:
        out.append(Paragraph(markup(EMPTY_PERIOD.format(period=data.period.label)), st.body))
    else:
        for section in data.results:
            out.append(Paragraph(markup(section.heading), st.subheading))
            out.extend(Paragraph(markup(t), st.body) for t in section.text)
            for table in section.tables:
                out.extend(table_flowables(table, width))
        if data.form is not None:
            out.append(
                Paragraph(
                    markup(
                        f"Số lượng khen thưởng năm {data.form_year} theo Biểu số"
                        " 0603.N/BNV-TĐKT được tổng hợp tại Phụ lục kèm theo báo cáo này."
                        + (
                            " Số phong trào thi đua của năm theo Biểu số 0601.N/BNV-TĐKT cũng"
                            " được tổng hợp tại Phụ lục."
                            if data.form_0601 is not None
                            else ""
                        )
                    ),
                    st.body,
                )
            )
    out.append(Paragraph(HEADINGS[2], st.heading))
    for label, text in zip(
        JUDGEMENT, (data.parts.strengths, data.parts.weaknesses, data.parts.lessons), strict=True
    ):
        out.append(Paragraph(label, st.subheading))
        out.extend(_written(text))
    out.append(Paragraph(HEADINGS[3], st.heading))
    tasks = _written(data.parts.tasks)
    out.extend(tasks[:-1])
    closing = closing_block(_signature(data), copies_to, width)
    out.append(with_signature(tasks[-1:], closing))
    return out


def recipient_default(data: ReportData) -> str:
    """Where a Sở's report goes: the Thường trực Hội đồng Thi đua - Khen thưởng of its
    province (the provinces' plans in shared/seeds say so)."""
    parent = running_case(data.office.parent_agency)
    for prefix in ("UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "):
        if parent.startswith(prefix):
            return f"Thường trực Hội đồng Thi đua - Khen thưởng {parent[len(prefix) :]}"
    return "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"


def appendix_heading(data: ReportData, title: str = "") -> list[Flowable]:
    """`Phụ lục`, its title in capitals, `(Kèm theo Báo cáo số … ngày … của …)` (Phụ lục I
    mục III.1; Phụ lục III Mẫu 2.1)."""
    st = stylesheet()
    label = ParagraphStyle("appendix", parent=st.title, fontSize=14, spaceBefore=0)
    name = ParagraphStyle("appendix_name", parent=st.title, fontSize=13, spaceBefore=2)
    attached = ParagraphStyle("appendix_ref", parent=st.centered_italic, fontSize=13)
    if not title:
        title = f"Số lượng khen thưởng năm {data.form_year}" if data.form_year else "Số liệu"
    ref = APPENDIX_ATTACHED.format(
        symbol=report_symbol(data),
        date=date_words(data.issued_on),
        office=running_case(data.office.name) or "…",
    )
    return [
        Paragraph(APPENDIX, label),
        Paragraph(markup(upper(title)), name),
        Paragraph(markup(ref), attached),
        Rule(40 * mm),
        Spacer(1, 6),
    ]


def form_story(
    data: ReportData, form: ReportTable | None = None, code: str = "0603", title: str = ""
) -> list[Flowable]:
    """Phụ lục: Biểu số 0603.N/BNV-TĐKT (or another form of the year, e.g. 0601.N) with its
    own head and signatures."""
    form = form or data.form
    assert form is not None
    st = stylesheet()
    width = frame_width()
    small = ParagraphStyle("form_head", parent=st.cell, fontSize=11, leading=13)
    head = Table(
        [
            [
                [
                    Paragraph(f"<b>Biểu số: {code}.N/BNV-TĐKT</b>", small),
                    Paragraph("Ban hành kèm theo Thông tư số 02/2023/TT-BNV", small),
                    Paragraph("Ngày nhận báo cáo: 15 tháng 12", small),
                ],
                [
                    Paragraph(
                        f"Đơn vị báo cáo: {markup(running_case(data.office.name) or '…')}", small
                    ),
                    Paragraph(
                        "Đơn vị nhận báo cáo: "
                        + markup((data.recipients or (recipient_default(data),))[0]),
                        small,
                    ),
                ],
            ]
        ],
        colWidths=[width * 0.5, width * 0.5],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out: list[Flowable] = [*appendix_heading(data, title), head, Spacer(1, 6)]
    out.extend(table_flowables(form, width))
    sign = ParagraphStyle("form_sign", parent=st.sign_title, fontSize=13)
    note = ParagraphStyle("form_note", parent=st.sign_note)
    place = date_line(data.office.place, data.issued_on)
    signs = Table(
        [
            [
                [Paragraph("NGƯỜI LẬP BIỂU", sign), Paragraph("(Ký, họ tên)", note)],
                [
                    Paragraph(markup(place), st.date_line),
                    Paragraph("THỦ TRƯỞNG ĐƠN VỊ", sign),
                    Paragraph("(Ký, họ tên, đóng dấu)", note),
                    Spacer(1, 20 * mm),
                    Paragraph(markup(data.office.signer_name), sign),
                ],
            ]
        ],
        colWidths=[width / 2, width / 2],
    )
    signs.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 10)])
    )
    out.append(KeepTogether([Spacer(1, 4), signs]))
    return out


def sections(data: ReportData) -> list[Section]:
    """The report and, when there are records, its Biểu 0603.N appendix (a paper of its own)."""
    out = [Section(KEY, story(data))]
    if data.form_0601 is not None and data.has_records:  # beside 0603.N (issue 20)
        title = f"Số phong trào thi đua năm {data.form_year}"
        out.append(Section("bieu-0601", form_story(data, data.form_0601, "0601", title)))
    if data.form is not None and data.has_records:
        out.append(Section(FORM_KEY, form_story(data)))
    return out


def render_counted(data: ReportData) -> tuple[bytes, int]:
    """The report (and its Biểu 0603.N appendix) as PDF bytes, with the number of pages."""
    pdf, layout = render_sections(sections(data), title=f"{KIND} {data.subject}")
    return pdf, layout.total_pages


def render_docx(data: ReportData) -> bytes:
    """The report (and its appendix) as a Word file with the PDF's text and tables."""
    return word.render_sections(sections(data), title=f"{KIND} {data.subject}")


def render(data: ReportData) -> bytes:
    """The report (and its Biểu 0603.N appendix) as PDF bytes."""
    return render_counted(data)[0]
