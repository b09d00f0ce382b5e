"""The Word copy of the certificates: one landscape A4 section per certificate, each text of the
PDF in a frame (w:framePr, anchored to the page) at the PDF's place, with the PDF's lines,
faces, sizes and colours; the plain design's frame as the section's page border.

Both programs honour paragraph frames: Word positions them on the page, LibreOffice turns each
into a text frame anchored at the paragraph that follows it (the section's empty last line).
The frame's top is the first baseline minus the line's height above it: with an exact line
height of 1.2 × the size, both put the baseline at the line's bottom less the face's descent.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as WordSection
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle as WordParagraphStyle
from docx.text.paragraph import Paragraph

from desktop.documents.certificates import (
    BORDER,
    BORDERS,
    LEADING,
    PAGE,
    RULE_PT,
    TITLE,
    Placed,
    page_parts,
)
from desktop.documents.fonts import string_width
from desktop.documents.word.page import (
    AFTER_PG_NUM,
    emu,
    is_bold,
    is_italic,
    prepare,
    set_fonts,
)
from desktop.domain.certificates import Calibration, CertificateData, CertificateLayout

STYLE = "Giấy khen"
MARGIN_PT = 10 / 25.4 * 72  # 10 mm: the frames stand on the page, not in the margins
DESCENT = 0.216  # Times New Roman's (and Liberation Serif's) descent, in ems
SLACK_PT = 12.0  # frames a little wider than the PDF's box: Word never breaks a fitted line
RULE_SLACK_PT = 1.0  # the motto's frame: its width is the rule's
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_AFTER_FRAME = (  # what follows w:framePr in a w:pPr (the schema's order)
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:spacing",
    "w:ind",
    "w:jc",
    "w:rPr",
    "w:sectPr",
)
_AFTER_BORDER = _AFTER_FRAME[4:]
_AFTER_PAGE_BORDERS = ("w:lnNumType", "w:pgNumType", *AFTER_PG_NUM)  # in a w:sectPr


def _twips(points: float) -> str:
    return str(round(points * 20))


def frame_box(p: Placed) -> tuple[float, float, float, float]:
    """The frame of a placed text in points from the page's top left: x, y, width, height."""
    line = p.size * LEADING
    width = p.width_mm * 72 / 25.4 + (RULE_SLACK_PT if p.rule_mm else SLACK_PT)
    anchor = p.x_mm * 72 / 25.4
    x = {"left": anchor, "center": anchor - width / 2, "right": anchor - width}[p.align]
    top = p.y_mm * 72 / 25.4 - (line - DESCENT * p.size)
    return x, top, width, line * len(p.lines)


def _style(doc: WordDocument) -> WordParagraphStyle:
    style: WordParagraphStyle = doc.styles.add_style(STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    set_fonts(style.element.get_or_add_rPr())
    pf = style.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.widow_control = False
    return style


def _frame(paragraph: Paragraph, p: Placed) -> None:
    x, y, width, height = frame_box(p)
    frame = OxmlElement("w:framePr")
    for attr, value in (
        ("w:w", _twips(width)),
        ("w:h", _twips(height)),
        ("w:hRule", "atLeast"),
        ("w:wrap", "around"),
        ("w:hAnchor", "page"),
        ("w:vAnchor", "page"),
        ("w:x", _twips(x)),
        ("w:y", _twips(y)),
    ):
        frame.set(qn(attr), value)
    paragraph._p.get_or_add_pPr().insert_element_before(frame, *_AFTER_FRAME)


def _rule(paragraph: Paragraph, p: Placed) -> None:
    """The rule under the motto: the paragraph's bottom border, the frame as wide as the line."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(max(2, round(RULE_PT * 8))))
    # from the line's bottom (the baseline less the descent) down to the rule
    bottom.set(qn("w:space"), str(max(0, round(p.rule_mm * 72 / 25.4 - DESCENT * p.size))))
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDER)


def add_placed(doc: WordDocument, style: WordParagraphStyle, p: Placed) -> Paragraph:
    """One placed text as a framed paragraph: its lines, face, size and colour."""
    if p.rule_mm:  # the frame as wide as the text, so that its border is the PDF's rule
        text_width = string_width(p.lines[0], p.font, p.size) * 25.4 / 72
        p = replace(p, width_mm=text_width)
    paragraph = doc.add_paragraph(style=style)
    _frame(paragraph, p)
    pf = paragraph.paragraph_format
    pf.alignment = ALIGN[p.align]
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(p.size * LEADING)
    for i, line in enumerate(p.lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(p.size)
        run.font.bold = is_bold(p.font)
        run.font.italic = is_italic(p.font)
        run.font.color.rgb = RGBColor.from_string(p.color)
        if i < len(p.lines) - 1:
            run.add_break()
    if p.rule_mm:
        _rule(paragraph, p)
    return paragraph


def _page_setup(section: WordSection, bordered: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = emu(PAGE[0]), emu(PAGE[1])
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, emu(MARGIN_PT))
    section.header_distance = section.footer_distance = emu(MARGIN_PT / 2)
    sect = section._sectPr
    old = sect.find(qn("w:pgBorders"))
    if old is not None:
        sect.remove(old)
    if not bordered:
        return
    inset, width = BORDERS[0]
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "thickThinMediumGap")
        edge.set(qn("w:sz"), str(round(width * 8)))
        edge.set(qn("w:space"), str(round(inset * 72 / 25.4)))
        edge.set(qn("w:color"), BORDER)
        borders.append(edge)
    sect.insert_element_before(borders, *_AFTER_PAGE_BORDERS)


def render_docx(
    certificates: Sequence[tuple[CertificateData, CertificateLayout]],
    calibration: Calibration | None = None,
    mode: str = "blank",
) -> bytes:
    """The certificates as a .docx, one landscape page (a section) each, every text where the
    PDF of the same mode and calibration prints it."""
    if not certificates:
        raise ValueError("nothing to render")
    cal = calibration or Calibration()
    doc = Document()
    prepare(doc, TITLE)
    style = _style(doc)
    for i, (data, layout) in enumerate(certificates):
        parts = page_parts(data, layout, cal, mode)
        if i:
            # the empty line ending the previous certificate's section anchors its frames
            _page_setup(doc.add_section(WD_SECTION.NEW_PAGE), parts.bordered)
        else:
            _page_setup(doc.sections[0], parts.bordered)
        for p in parts.all():
            add_placed(doc, style, p)
    doc.add_paragraph(style=style)  # the last certificate's anchor
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
