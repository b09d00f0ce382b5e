"""The Word copy of the certificates: one landscape A4 section per certificate, each text in a
frame where the PDF prints it, Times New Roman named in the styles, and the register numbers of
the PDF: a copy reuses the numbers given and never gives a second set."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from desktop.cli import main
from desktop.documents.certificates import LEADING
from desktop.documents.certificates_word import DESCENT, STYLE
from desktop.domain.certificates import Calibration, FieldPlacement
from desktop.services import certificates
from desktop.services.session import Workspace
from tests.certificates.helpers import NAMES, decided_batch
from tests.documents.pdfread import reader, runs, text
from tests.documents.wordread import open_docx, style_fonts

TNR = "Times New Roman"


def pages(doc: WordDocument) -> list[list[Paragraph]]:
    """The framed paragraphs of each section (a section ends at a paragraph holding w:sectPr)."""
    out: list[list[Paragraph]] = [[]]
    for p in doc.paragraphs:
        ppr = p._p.pPr
        if ppr is not None and ppr.find(qn("w:framePr")) is not None:
            out[-1].append(p)
        if ppr is not None and ppr.find(qn("w:sectPr")) is not None:
            out.append([])
    return [page for page in out if page]


def _nfc(paragraphs: list[Paragraph]) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.text for p in paragraphs))


def _frame(p: Paragraph) -> dict[str, float]:
    frame = p._p.pPr.find(qn("w:framePr"))
    return {k: int(frame.get(qn(f"w:{k}"))) / 20 for k in ("x", "y", "w", "h")}


def test_word_copy_has_each_certificate_on_its_own_landscape_page(
    ws: Workspace, tmp_path: Path
) -> None:
    batch = int(decided_batch(ws)["batch"])
    pdf_path, docx_path = tmp_path / "gk.pdf", tmp_path / "gk.docx"
    certificates.print_batch(ws, batch, pdf_path, plain=True)
    result = certificates.print_batch(ws, batch, docx_path, plain=True)
    assert result.pages == 2 and result.path == docx_path
    doc = open_docx(docx_path.read_bytes())
    found = pages(doc)
    assert len(found) == len(doc.sections) == 2
    expected = [(NAMES[0], "1/2025"), (NAMES[2], "2/2025")]
    for page, (name, number) in zip(found, expected, strict=True):
        words = _nfc(page)
        assert name in words
        assert "LAO ĐỘNG TIÊN TIẾN" in words and "TẶNG DANH HIỆU" in words
        assert f"Số vào sổ: {number}" in words
        assert "Sóc Trăng, ngày 20 tháng 12 năm 2025" in words
        assert "Quyết định số 150/QĐ-STC ngày 20/12/2025" in words
    others = {NAMES[2], NAMES[0]}
    for page, (name, _n) in zip(found, expected, strict=True):
        assert not any(o in _nfc(page) for o in others - {name})  # one certificate a page
    for section in doc.sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert abs(section.page_width - Mm(297)) < Mm(0.1)
        assert abs(section.page_height - Mm(210)) < Mm(0.1)
        for margin in (section.top_margin, section.bottom_margin, section.left_margin):
            assert abs(margin - Mm(10)) < Mm(0.1)
        borders = section._sectPr.find(qn("w:pgBorders"))
        assert borders is not None and borders.get(qn("w:offsetFrom")) == "page"
    # Times New Roman named in the styles, no other face anywhere
    assert style_fonts(doc) == {TNR}
    assert doc.styles[STYLE].element.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) == TNR
    named = {el.get(qn("w:ascii")) for el in doc.element.body.iter(qn("w:rFonts"))}
    assert named <= {TNR}
    assert all(p.style.name == STYLE for page in found for p in page)


def test_frames_stand_where_the_pdf_prints(ws: Workspace, tmp_path: Path) -> None:
    """Each text's frame puts its first baseline at the PDF's baseline (a point at most)."""
    batch = int(decided_batch(ws)["batch"])
    certificates.save_calibration(ws, Calibration("HP", 3.0, -2.0, 1.0))
    certificates.print_batch(ws, batch, tmp_path / "gk.pdf", printer="HP")
    certificates.print_batch(ws, batch, tmp_path / "gk.docx", printer="HP")
    pdf = reader((tmp_path / "gk.pdf").read_bytes())
    doc = open_docx((tmp_path / "gk.docx").read_bytes())
    height = float(pdf.pages[0].mediabox.height)
    for pdf_page, framed in zip(pdf.pages, pages(doc), strict=True):
        drawn = {unicodedata.normalize("NFC", r.text): r for r in runs(pdf_page)}
        assert len(framed) >= 6
        for p in framed:
            first = unicodedata.normalize("NFC", p.text.split("\n")[0])
            run = drawn[first]
            size = p.runs[0].font.size.pt
            box = _frame(p)
            baseline = box["y"] + size * LEADING - DESCENT * size
            assert abs(baseline - (height - run.y)) < 1.0, first
            if p.paragraph_format.alignment.name == "LEFT":
                assert abs(box["x"] - run.x) < 1.0, first
            else:  # centred: the line starts inside the frame, as far in as it ends
                assert box["x"] < run.x < box["x"] + box["w"], first
            assert abs(size - run.size) < 0.01, first


def test_the_copy_reuses_the_register_and_never_numbers_twice(
    ws: Workspace, tmp_path: Path
) -> None:
    batch = int(decided_batch(ws)["batch"])
    certificates.print_batch(ws, batch, tmp_path / "gk.pdf")
    before = certificates.register(ws, batch)
    certificates.print_batch(ws, batch, tmp_path / "a.docx")
    certificates.print_batch(ws, batch, tmp_path / "b.docx", plain=True)
    assert certificates.register(ws, batch) == before  # same lines, same counts of prints
    pdf_numbers = sorted(
        line for line in text((tmp_path / "gk.pdf").read_bytes()).split("\n") if "vào sổ" in line
    )
    docx_words = _nfc(
        [p for page in pages(open_docx((tmp_path / "a.docx").read_bytes())) for p in page]
    )
    docx_numbers = sorted(line for line in docx_words.split("\n") if "vào sổ" in line)
    assert pdf_numbers == docx_numbers == ["Số vào sổ: 1/2025", "Số vào sổ: 2/2025"]


def test_a_copy_before_any_print_numbers_once(ws: Workspace, tmp_path: Path) -> None:
    ids = decided_batch(ws)
    batch, first = int(ids["batch"]), int(ids["nominees"][0])  # type: ignore[index]
    certificates.print_batch(ws, batch, tmp_path / "one.docx", nominee_ids=frozenset({first}))
    assert [(e.number, e.recipient) for e in certificates.register(ws, batch)] == [(1, NAMES[0])]
    certificates.print_batch(ws, batch, tmp_path / "all.pdf")
    register = certificates.register(ws, batch)
    assert [(e.number, e.recipient, e.times_printed) for e in register] == [
        (1, NAMES[0], 2),
        (2, NAMES[2], 1),
    ]
    assert "Số vào sổ: 1/2025" in text((tmp_path / "all.pdf").read_bytes())


def test_blank_mode_copy_places_the_layout_fields(ws: Workspace, tmp_path: Path) -> None:
    from desktop.domain.certificates import CertificateLayout

    batch = int(decided_batch(ws)["batch"])
    layout = CertificateLayout(
        "Phôi sở", "", (FieldPlacement("name", 40, 100, 150, 20, "left", bold=True),)
    )
    certificates.save_layout(ws, layout)
    certificates.print_batch(ws, batch, tmp_path / "gk.docx", layout_name="Phôi sở")
    doc = open_docx((tmp_path / "gk.docx").read_bytes())
    found = pages(doc)
    assert [[p.text for p in page] for page in found] == [[NAMES[0]], [NAMES[2]]]
    p = found[0][0]
    box = _frame(p)
    assert abs(box["x"] - 40 * 72 / 25.4) < 0.1
    assert abs(box["y"] + 20 * LEADING - DESCENT * 20 - 100 * 72 / 25.4) < 0.1
    assert p.runs[0].font.bold and p.runs[0].font.size.pt == 20
    assert doc.sections[0]._sectPr.find(qn("w:pgBorders")) is None  # the blank has its own


def test_cli_out_docx_writes_the_word_copy(db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(db_path)
    try:
        batch = int(decided_batch(ws)["batch"])
    finally:
        ws.close()
    db = ["--db", str(db_path)]
    assert main([*db, "certificates", str(batch), "--out", str(tmp_path / "gk.pdf")]) == 0
    out = tmp_path / "gk.docx"
    assert main([*db, "certificates", str(batch), "--out", str(out), "--plain"]) == 0
    assert "bản Word" in capsys.readouterr().out
    assert NAMES[2] in _nfc([p for page in pages(open_docx(out.read_bytes())) for p in page])
    bad = tmp_path / "x.docx"
    assert main([*db, "certificates", "999", "--out", str(bad)]) == 2
    assert not bad.exists()
    ws = Workspace.open(db_path)
    try:
        assert [e.times_printed for e in certificates.register(ws, batch)] == [1, 1]
    finally:
        ws.close()
