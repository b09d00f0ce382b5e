"""Word copies of the printed papers, read back with python-docx: the same text as the PDF, real
tables with repeated header rows, the Nghị định 30/2020 page setup, Times New Roman in the styles,
page numbers as a PAGE field from page 2, headings as Word heading styles."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.documents import dossier, initiative_list, qua_trinh
from desktop.documents.data import OfficeHeader, SignatureBlock
from desktop.documents.sample import sample_dossier
from tests.documents.pdfread import reader
from tests.documents.wordread import (
    all_text,
    has_borders,
    header_rows,
    open_docx,
    style_fonts,
    tables,
)

CHECK = "Mã kiểm tra dữ liệu: 0123456789abcdef (sự kiện số 7)"


def _pdf_words(pdf: bytes) -> list[str]:
    text = "\n".join(page.extract_text() for page in reader(pdf).pages)
    return unicodedata.normalize("NFC", text).split()


def _near_mm(length: int | None, mm: float) -> bool:
    return length is not None and abs(length - Mm(mm)) < Mm(0.1)


def test_dossier_as_word_has_every_paper_in_its_own_section() -> None:
    data = sample_dossier(4, paragraphs=2)
    doc = open_docx(dossier.render_docx(data, "all", check_line=CHECK))
    text = all_text(doc)
    for words in (
        "MỤC LỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG",
        "TỜ TRÌNH",
        "DANH SÁCH",
        "BIÊN BẢN",
        "BÁO CÁO THÀNH TÍCH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        CHECK,
    ):
        assert words in text, words
    for n in data.nominees:
        assert n.name in text
    # mục lục, tờ trình, danh sách (landscape), biên bản, one báo cáo per nominee
    sections = doc.sections
    assert len(sections) >= 5
    orientations = [s.orientation for s in sections]
    assert orientations[2] == WD_ORIENT.LANDSCAPE
    assert orientations[0] == orientations[1] == WD_ORIENT.PORTRAIT
    for s in sections:
        wide = s.orientation == WD_ORIENT.LANDSCAPE
        assert _near_mm(s.page_width, 297 if wide else 210)
        assert _near_mm(s.page_height, 210 if wide else 297)
        assert _near_mm(s.top_margin, 20) and _near_mm(s.bottom_margin, 20)
        assert _near_mm(s.left_margin, 30) and _near_mm(s.right_margin, 15)
        assert s.different_first_page_header_footer  # no number on a paper's page 1
        numbering = s._sectPr.find(qn("w:pgNumType"))
        assert numbering is not None and numbering.get(qn("w:start")) == "1"
    # the page number: a PAGE field centred in the (shared) header of later pages
    header = sections[0].header
    assert not sections[1].header.is_linked_to_previous or header.paragraphs
    fields = [f.get(qn("w:instr")).strip() for f in header._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE"]
    assert header.paragraphs[0].alignment == 1  # centre


def test_word_tables_header_block_and_styles() -> None:
    data = sample_dossier(3, paragraphs=1)
    doc = open_docx(dossier.render_docx(data, "danh-sach"))
    found = tables(doc)
    head, grid = found[0], found[1]
    # the page-1 header: a borderless table, agency left, quốc hiệu right, số and date below
    assert not has_borders(head)
    assert "SỞ TÀI CHÍNH" in head.cell(0, 0).text.upper()
    assert head.cell(0, 1).text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    # the list: a ruled table whose header row repeats on every page
    assert has_borders(grid)
    assert header_rows(grid) == 1
    assert [c.text for c in grid.rows[0].cells][:2] == ["STT", "Họ và tên / Tên tập thể"]
    names = {c.text for row in grid.rows for c in row.cells}
    assert data.nominees[0].name in names
    # a group caption spans the whole row
    spans = [tc.tcPr.find(qn("w:gridSpan")) for tc in grid._tbl.iter(qn("w:tc"))]
    assert any(s is not None and s.get(qn("w:val")) == str(len(grid.columns)) for s in spans)
    # Times New Roman is named in the styles, 13-14 points for the body
    assert style_fonts(doc) == {"Times New Roman"}
    assert doc.styles["Normal"].font.size.pt == 14
    assert doc.styles["Title"].font.bold
    styles = {p.style.name for p in doc.paragraphs}
    assert "Title" in styles


def test_headings_are_word_heading_styles() -> None:
    data = sample_dossier(2, paragraphs=1)
    doc = open_docx(dossier.render_docx(data, "bao-cao"))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert any(h.startswith("I.") for h in headings)
    level = doc.styles["Heading 1"].element.pPr.find(qn("w:outlineLvl"))
    assert level is not None and level.get(qn("w:val")) == "0"
    assert doc.styles["Heading 1"].font.name == "Times New Roman"


def test_word_copy_says_what_the_pdf_says() -> None:
    """Every word of the PDF's to-trinh is in the Word copy, in the same order."""
    data = sample_dossier(3, paragraphs=1)
    pdf = dossier.render(data, "to-trinh")
    word = all_text(open_docx(dossier.render_docx(data, "to-trinh"))).split()
    assert word == [w for w in _pdf_words(pdf) if w]


def test_muc_luc_carries_the_printed_page_numbers() -> None:
    data = sample_dossier(3, paragraphs=1)
    _pdf, layout = dossier.render_with_layout(data, "all")
    doc = open_docx(dossier.render_docx(data, "muc-luc", layout=layout))
    grid = tables(doc)[1]
    last = [c.text for c in grid.rows[-1].cells]
    assert last[2] == str(layout.total_pages)
    assert last[3] == f"1 - {layout.total_pages}"
    assert grid.rows[1].cells[2].text == str(layout.counts["muc-luc"])


def test_initiative_list_and_process_history_as_word() -> None:
    from desktop.documents.initiative_list import InitiativeLine, InitiativeListData, ScopeGroup
    from desktop.documents.qua_trinh import ProcessHistoryData, ProcessStep

    office = OfficeHeader("Sở Tài chính", "UBND tỉnh Sóc Trăng", "Sóc Trăng", "STC")
    sig = SignatureBlock(("GIÁM ĐỐC",), "Trần Văn Bảo")
    line = InitiativeLine(
        "Số hóa hồ sơ thi đua",
        "Nguyễn Thị Hương",
        "Phòng Kế hoạch",
        "Giảm thời gian lập hồ sơ",
        "05/QĐ-STC ngày 03/3/2025",
    )
    data = InitiativeListData(
        office, 2025, date(2025, 12, 1), (ScopeGroup("Cấp cơ sở", (line,)),), sig
    )
    doc = open_docx(initiative_list.render_docx(data))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    text = all_text(doc)
    assert "Số hóa hồ sơ thi đua" in text and "Nguyễn Thị Hương" in text
    assert header_rows(tables(doc)[1]) >= 1

    history = ProcessHistoryData(
        office=office,
        batch_title="Khen thưởng tổng kết năm 2025",
        facts=("Năm: 2025",),
        steps=(ProcessStep("08:30 ngày 05/12/2025", "admin", ("Lập đợt đề nghị.",)),),
        printed_on=date(2025, 12, 6),
        chain_head=(3, "abc"),
    )
    text = all_text(open_docx(qua_trinh.render_docx(history)))
    assert "QUÁ TRÌNH XỬ LÝ HỒ SƠ" in text.upper() and "Lập đợt đề nghị." in text


def test_layout_only_pieces_stay_out_of_the_word_copy() -> None:
    """Two tables in a row are kept apart (Word would join them into one), a conditional page
    break is not a blank gap, a header cell centred vertically in the PDF is centred in Word."""
    doc = open_docx(dossier.render_docx(sample_dossier(3, paragraphs=2), "all"))
    body = doc.element.body
    for parent in [body, *body.iter(qn("w:tc"))]:
        kids = [k.tag for k in parent]
        for a, b in itertools.pairwise(kids):
            assert not (a == b == qn("w:tbl")), "two tables side by side join in Word"
    gaps = [
        int(sp.get(qn("w:line")))
        for sp in body.iter(qn("w:spacing"))
        if sp.get(qn("w:lineRule")) == "exact"
    ]
    assert max(gaps) < 30 * 72 / 25.4 * 20  # the signature's 24 mm, no 45 mm "room for a table"
    grid = next(t for t in tables(doc) if header_rows(t))
    aligned = grid.rows[0]._tr.findall(f".//{qn('w:vAlign')}")
    assert aligned and {a.get(qn("w:val")) for a in aligned} == {"center"}
