"""The Word frame of official papers (Nghị định 30/2020, Phụ lục I): A4 sections with the PDF's
margins, Times New Roman named in every style, the page number as a PAGE field centred in the top
margin from page 2 of each paper, and paragraph styles made from the PDF's stylesheet."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as WordSection
from docx.shared import Emu, Length, Pt
from docx.styles.style import ParagraphStyle as WordParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.documents.fonts import SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, TIMES
from desktop.documents.frame import (
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_NUMBER_FROM_TOP,
    PAGE_NUMBER_SIZE,
    PORTRAIT,
)
from desktop.documents.styles import BODY_SIZE

FONT = TIMES  # Word on Windows has it; LibreOffice shows the metric-equal Liberation Serif
ALIGN = {
    TA_LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# PDF style → Word's own heading styles, so that the clerk restyles and navigates by them.
WORD_NAMES = {
    "title": "Title",
    "subject": "Subtitle",
    "heading": "Heading 1",
    "subheading": "Heading 2",
}
OUTLINE = {"Heading 1": 0, "Heading 2": 1}
AFTER_PG_NUM = (  # what follows w:pgNumType in a w:sectPr (the schema's order)
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


def emu(points: float) -> Length:
    """Points as English Metric Units (python-docx lengths)."""
    return Emu(round(points * 12700))


def is_bold(font: str) -> bool:
    """Whether a registered face name is a bold one."""
    return font in (SERIF_BOLD, SERIF_BOLD_ITALIC)


def is_italic(font: str) -> bool:
    """Whether a registered face name is an italic one."""
    return font in (SERIF_ITALIC, SERIF_BOLD_ITALIC)


def set_fonts(rpr: object) -> None:
    """Name Times New Roman for every script, dropping theme fonts that would override it."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _clear(style: WordParagraphStyle) -> None:
    """Drop a built-in style's own look (theme fonts, colours, borders, spacing)."""
    for tag in ("w:pPr", "w:rPr"):
        for el in style.element.findall(qn(tag)):
            style.element.remove(el)


def prepare(doc: WordDocument, title: str) -> None:
    """Document defaults: Times New Roman 14 black, no spacing of the template's own."""
    doc.core_properties.title = title
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    doc.core_properties.last_modified_by = ""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            set_fonts(rpr)
        ppr = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr"))
        if ppr is not None:
            for el in list(ppr):
                ppr.remove(el)
    normal = doc.styles["Normal"]
    _clear(normal)
    normal.font.size = Pt(BODY_SIZE)
    set_fonts(normal.element.get_or_add_rPr())
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)


class StyleBook:
    """Word paragraph styles made on demand from the PDF's reportlab styles (same names)."""

    def __init__(self, doc: WordDocument):
        self._doc = doc
        self._made: dict[str, WordParagraphStyle] = {}

    def get(self, ps: ParagraphStyle) -> WordParagraphStyle:
        """The Word style for `ps`, made the first time it is asked for."""
        made = self._made.get(ps.name)
        if made is not None:
            return made
        name = WORD_NAMES.get(ps.name, ps.name)
        styles = self._doc.styles
        style: WordParagraphStyle
        try:
            style = styles[name]
            _clear(style)
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        font = style.font
        font.size = Pt(ps.fontSize)
        font.bold = is_bold(ps.fontName)
        font.italic = is_italic(ps.fontName)
        set_fonts(style.element.get_or_add_rPr())
        pf = style.paragraph_format
        pf.alignment = ALIGN.get(ps.alignment, WD_ALIGN_PARAGRAPH.LEFT)
        pf.first_line_indent = emu(ps.firstLineIndent) if ps.firstLineIndent else None
        pf.left_indent = emu(ps.leftIndent) if ps.leftIndent else None
        pf.right_indent = emu(ps.rightIndent) if ps.rightIndent else None
        pf.space_before = Pt(ps.spaceBefore or 0)
        pf.space_after = Pt(ps.spaceAfter or 0)
        pf.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        pf.line_spacing = Pt(ps.leading)
        pf.widow_control = True
        if getattr(ps, "keepWithNext", 0):
            pf.keep_with_next = True
        if name in OUTLINE:
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(OUTLINE[name]))
            style.element.get_or_add_pPr()._insert_outlineLvl(level)
        self._made[ps.name] = style
        return style


def _field(paragraph: object, code: str) -> None:
    """A simple field (`PAGE`) in a paragraph; Word and LibreOffice compute it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(int(PAGE_NUMBER_SIZE * 2)))
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)  # type: ignore[attr-defined]


def set_page(section: WordSection, is_landscape: bool, *, first: bool) -> None:
    """A4 in the paper's orientation, the PDF's margins, numbering from 1 with none on page 1."""
    width, height = LANDSCAPE if is_landscape else PORTRAIT
    section.orientation = WD_ORIENT.LANDSCAPE if is_landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = emu(width), emu(height)
    section.top_margin, section.bottom_margin = emu(MARGIN_TOP), emu(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = emu(MARGIN_LEFT), emu(MARGIN_RIGHT)
    section.header_distance = emu(PAGE_NUMBER_FROM_TOP - PAGE_NUMBER_SIZE)
    section.footer_distance = emu(MARGIN_BOTTOM / 2)
    section.different_first_page_header_footer = True
    sect = section._sectPr
    numbering = sect.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sect.insert_element_before(numbering, *AFTER_PG_NUM)
    numbering.set(qn("w:start"), "1")
    if first:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(paragraph, "PAGE")


def new_section(doc: WordDocument, is_landscape: bool) -> WordSection:
    """A paper starting on a new page, numbered from its own page 1."""
    section: WordSection = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, is_landscape, first=False)
    return section
