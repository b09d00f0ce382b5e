"""The papers' own flowables (the very story the PDF lays out) written as Word content.

Every paper builds its text once, as reportlab flowables; this walks that story and writes each
piece as its Word counterpart: a Paragraph as a paragraph in a style of the same name (the runs
keep bold and italic), a ruled table as a Word table whose header rows repeat, the page-1 header
as a borderless table, a rule as a short bottom border, a chart as a picture. So a Word copy
says exactly what the PDF says, from the same snapshot.

The XML is written directly (python-docx's object API looks a paragraph's style up by walking
the whole style list each time: ten times slower than the PDF on a 168-page dossier).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from lxml import etree
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

from desktop.documents.blocks import KeepBlock, LineCell, Rule
from desktop.documents.frame import LateNumbers, LateText, Layout
from desktop.documents.header import HeaderBlock
from desktop.documents.styles import stylesheet
from desktop.documents.word.page import StyleBook, is_bold, is_italic

SVG_TYPE = "image/svg+xml"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office's "SVG image" extension
GRID_OPS = ("GRID", "BOX", "OUTLINE", "INNERGRID")
Padding = tuple[float, float, float, float]  # top, left, bottom, right (points)
HEADER_GAP = 5  # points between the header's rules and the số / date row
# Points taken off a cell's left and right padding: a line that just fits in reportlab's cell
# (the Kính gửi label, a Biểu 0603 row) wrapped in LibreOffice, whose layout rounds a little wider.
SLACK = 0.75
VALIGN = {"MIDDLE": "center", "BOTTOM": "bottom"}  # reportlab's cell valign → w:vAlign (TOP: none)

type _Element = etree._Element  # lxml has no type information (Any to mypy)

# Tag names, computed once.
P, PPR, PSTYLE, R, RPR, T, BR = (
    qn(t) for t in ("w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:t", "w:br")
)
B, ITALIC, SZ, SZCS, U, JC = (qn(t) for t in ("w:b", "w:i", "w:sz", "w:szCs", "w:u", "w:jc"))
SPACING, IND, PBDR, BOTTOM, KEEP_NEXT = (
    qn(t) for t in ("w:spacing", "w:ind", "w:pBdr", "w:bottom", "w:keepNext")
)
TBL, TBLPR, TBLGRID, GRIDCOL, TR, TRPR, TC, TCPR = (
    qn(t)
    for t in ("w:tbl", "w:tblPr", "w:tblGrid", "w:gridCol", "w:tr", "w:trPr", "w:tc", "w:tcPr")
)
VAL, TYPE, W = qn("w:val"), qn("w:type"), qn("w:w")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _sub(parent: _Element, tag: str, **attrs: str) -> _Element:
    el = etree.SubElement(parent, tag if tag[0] == "{" else qn(tag))
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def twips(points: float) -> str:
    """Points as twentieths of a point (Word's dxa)."""
    return str(round(points * 20))


def half_points(points: float) -> str:
    """A font size in half-points."""
    return str(round(points * 2))


class Writer:
    """Writes flowables into a Word document (one instance per document)."""

    def __init__(
        self, doc: WordDocument, late: LateNumbers | None = None, layout: Layout | None = None
    ):
        self.doc = doc
        self.body = doc.element.body
        self.styles = StyleBook(doc)
        self.late = late
        self.layout = layout
        self._ids: dict[str, str] = {}
        self._pictures = 0

    def style_id(self, ps: ParagraphStyle) -> str:
        """The Word style id made from a reportlab style."""
        found = self._ids.get(ps.name)
        if found is None:
            found = self._ids[ps.name] = self.styles.get(ps).style_id
        return found

    # -- elements ------------------------------------------------------------------------
    def _append(self, into: _Element, el: _Element) -> _Element:
        if into is self.body:
            self.body[-1].addprevious(el)  # before the body's own (last) section properties
        else:
            into.append(el)
        return el

    def new_p(self, into: _Element, ps: ParagraphStyle | None = None) -> _Element:
        """An empty paragraph at the end of `into` (the body or a cell), in `ps`'s style."""
        p = self._append(into, etree.Element(P))
        if ps is not None:
            _sub(_sub(p, PPR), PSTYLE, val=self.style_id(ps))
        return p

    @staticmethod
    def run(
        p: _Element,
        text: str,
        *,
        bold: bool | None = None,
        italic: bool | None = None,
        size: float | None = None,
        underline: bool = False,
    ) -> _Element:
        """A run of text with the faces that differ from the paragraph's style."""
        r = etree.SubElement(p, R)
        if bold is not None or italic is not None or size is not None or underline:
            rpr = etree.SubElement(r, RPR)
            if bold is not None:
                etree.SubElement(rpr, B).set(VAL, "1" if bold else "0")
            if italic is not None:
                etree.SubElement(rpr, ITALIC).set(VAL, "1" if italic else "0")
            if size is not None:
                etree.SubElement(rpr, SZ).set(VAL, half_points(size))
                etree.SubElement(rpr, SZCS).set(VAL, half_points(size))
            if underline:
                etree.SubElement(rpr, U).set(VAL, "single")
        t = etree.SubElement(r, T)
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(XML_SPACE, "preserve")
        return r

    @staticmethod
    def _ppr(p: _Element) -> _Element:
        ppr = p.find(PPR)
        if ppr is None:
            ppr = etree.Element(PPR)
            p.insert(0, ppr)
        return ppr

    def set_paragraph(
        self,
        p: _Element,
        *,
        border: bool = False,
        before: float | None = None,
        exact: float | None = None,
        indent: float | None = None,
        align: str | None = None,
    ) -> None:
        """Paragraph properties in the schema's order: bottom border, spacing, indents, jc."""
        ppr = self._ppr(p)
        if border:
            bdr = _sub(ppr, PBDR)
            _sub(bdr, BOTTOM, val="single", sz="4", space="1", color="000000")
        if before is not None or exact is not None:
            spacing = _sub(ppr, SPACING)
            if before is not None:
                spacing.set(qn("w:before"), twips(before))
            if exact is not None:
                spacing.set(qn("w:line"), twips(exact))
                spacing.set(qn("w:lineRule"), "exact")
        if indent is not None:
            _sub(ppr, IND, left=twips(indent), right=twips(indent), firstLine="0")
        if align is not None:
            _sub(ppr, JC, val=align)

    # -- flowables -----------------------------------------------------------------------
    def write(self, story: Iterable[object], into: _Element, width: float) -> None:
        """Write each flowable of `story` into `into` (text block `width` points wide)."""
        for f in story:
            self.flowable(f, into, width)

    def flowable(self, f: object, into: _Element, width: float) -> None:
        """One flowable (or a cell value: text, list of flowables)."""
        if isinstance(f, Paragraph):
            self.paragraph(f, into)
        elif isinstance(f, LineCell):
            self.run(self.new_p(into, stylesheet().cell_center), f.text)
        elif isinstance(f, HeaderBlock):
            self.header(f, into, width)
        elif isinstance(f, Table):
            self.table(f, into, width)
        elif isinstance(f, Rule):
            self.rule(into, width, f.length)
        elif isinstance(f, KeepBlock | KeepTogether):
            self.write(f._content, into, width)
        elif isinstance(f, LateText):
            self.late_text(f, into)
        elif isinstance(f, PageBreak):
            etree.SubElement(etree.SubElement(self.new_p(into), R), BR).set(TYPE, "page")
        elif isinstance(f, CondPageBreak):
            pass  # "room for a table's start, else a new page": Word keeps the heading instead
        elif isinstance(f, Spacer):
            if f.height > 0:
                self.set_paragraph(self.new_p(into), exact=max(f.height, 1.0))
        elif isinstance(f, Drawing):
            self.drawing(f, into)
        elif isinstance(f, str):
            if f:
                self.run(self.new_p(into, stylesheet().cell), f)
        elif isinstance(f, list | tuple):
            self.write(f, into, width)
        # Anything else (page-template switches, conditional page breaks) is layout only.

    def paragraph(self, f: Paragraph, into: _Element) -> _Element:
        """A paragraph in the Word style made from its reportlab style; runs keep their face."""
        ps = f.style
        p = self.new_p(into, ps)
        base_bold, base_italic = is_bold(ps.fontName), is_italic(ps.fontName)
        texts: list[str] = []
        face: tuple[str, float, bool] | None = None

        def flush() -> None:
            if texts and face is not None:
                font, size, underline = face
                self.run(
                    p,
                    "".join(texts),
                    bold=is_bold(font) if is_bold(font) != base_bold else None,
                    italic=is_italic(font) if is_italic(font) != base_italic else None,
                    size=size if size != ps.fontSize else None,
                    underline=underline,
                )
            texts.clear()

        for frag in f.frags:
            if getattr(frag, "lineBreak", False):
                flush()
                etree.SubElement(etree.SubElement(p, R), BR)
                continue
            if not frag.text:
                continue
            this = (frag.fontName, frag.fontSize, bool(getattr(frag, "underline", False)))
            if this != face:
                flush()
                face = this
            texts.append(frag.text)
        flush()
        return p

    def rule(self, into: _Element, width: float, length: float) -> None:
        """A centred horizontal rule `length` points long: an empty paragraph's bottom border."""
        p = self.new_p(into)
        self.set_paragraph(p, border=True, exact=3, indent=max((width - length) / 2, 0))

    def late_text(self, f: LateText, into: _Element) -> None:
        """A number known from the layout (the mục lục's page counts)."""
        text = ""
        font, align = "", "center"
        if self.late is not None:
            _w, _h, font, _size, align = self.late.boxes[f._name]
            make = self.late.makers.get(f._name)
            if make is not None and self.layout is not None:
                text = make(self.layout)
        p = self.new_p(into, stylesheet().cell_center)
        if align in ("left", "right"):
            self.set_paragraph(p, align=align)
        if text:
            self.run(p, text, bold=True if is_bold(font) else None)

    def drawing(self, f: Drawing, into: _Element) -> None:
        """A chart as a picture of its printed size: the drawing as SVG (vector, no raster
        library needed), named both as the picture and as its SVG form (Office 2016+)."""
        svg = renderSVG.drawToString(f).encode("utf-8")
        self._pictures += 1
        name = f"chart{self._pictures}.svg"
        part = Part(PackURI(f"/word/media/{name}"), SVG_TYPE, svg, self.doc.part.package)
        rid = self.doc.part.relate_to(part, RT.IMAGE)
        inline = CT_Inline.new_pic_inline(
            self._pictures, rid, name, round(f.width * 12700), round(f.height * 12700)
        )
        blip = next(inline.iter(qn("a:blip")))
        ext = etree.SubElement(etree.SubElement(blip, qn("a:extLst")), qn("a:ext"))
        ext.set("uri", SVG_EXT)
        svg_blip = etree.SubElement(ext, f"{{{SVG_NS}}}svgBlip", nsmap={"asvg": SVG_NS})
        svg_blip.set(qn("r:embed"), rid)
        p = self.new_p(into)
        self.set_paragraph(p, align="center")
        drawing = etree.SubElement(etree.SubElement(p, R), qn("w:drawing"))
        drawing.append(inline)

    # -- tables --------------------------------------------------------------------------
    def new_table(
        self,
        into: _Element,
        widths: Sequence[float],
        *,
        centred: bool,
        ruled: bool,
        padding: Padding = (0, 0, 0, 0),
    ) -> _Element:
        """An empty table of fixed column widths (rows are added by the caller)."""
        last = self.body[-2] if into is self.body and len(self.body) > 1 else None
        if into is not self.body and len(into):
            last = into[-1]
        if last is not None and last.tag == TBL:  # two tables in a row would join into one
            self.set_paragraph(self.new_p(into), exact=1.0)
        tbl = self._append(into, etree.Element(TBL))
        pr = _sub(tbl, TBLPR)
        _sub(pr, "w:tblW", w=twips(sum(widths)), type="dxa")
        if centred:
            _sub(pr, "w:jc", val="center")
        if ruled:
            borders = _sub(pr, "w:tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                _sub(borders, f"w:{side}", val="single", sz="4", space="0", color="000000")
        _sub(pr, "w:tblLayout", type="fixed")
        _margins(_sub(pr, "w:tblCellMar"), padding)
        grid = _sub(tbl, TBLGRID)
        for w in widths:
            _sub(grid, GRIDCOL, w=twips(w))
        return tbl

    @staticmethod
    def new_cell(
        tr: _Element,
        width: float,
        span: int = 1,
        merge: str | None = None,
        padding: Padding | None = None,
        valign: str = "TOP",
    ) -> _Element:
        """A cell `width` points wide, spanning `span` columns, maybe vertically merged, with
        its own padding when it differs from the table's, aligned vertically like reportlab's."""
        tc = etree.SubElement(tr, TC)
        pr = etree.SubElement(tc, TCPR)
        _sub(pr, "w:tcW", w=twips(width), type="dxa")
        if span > 1:
            _sub(pr, "w:gridSpan", val=str(span))
        if merge is not None:
            _sub(pr, "w:vMerge", val=merge) if merge == "restart" else _sub(pr, "w:vMerge")
        if padding is not None:
            _margins(_sub(pr, "w:tcMar"), padding)
        if valign in VALIGN:
            _sub(pr, "w:vAlign", val=VALIGN[valign])
        return tc

    @staticmethod
    def close_cell(tc: _Element) -> None:
        """A cell must end with a paragraph."""
        if tc[-1].tag != P:
            etree.SubElement(tc, P)

    def table(self, f: Table, into: _Element, width: float) -> None:
        """A reportlab table as a Word table: same columns, spans, header rows and rules."""
        values = f._cellvalues
        nrows, ncols = len(values), len(values[0]) if values else 0
        if not nrows or not ncols:
            return
        widths = [float(w) if w is not None else width / ncols for w in f._colWidths]
        total = sum(widths)
        if total > width + 0.5:  # never wider than the text block
            widths = [w * width / total for w in widths]
        ruled = any(cmd[0] in GRID_OPS for cmd in f._linecmds)
        styles = f._cellStyles
        usual = _padding(styles[-1][0])  # a body cell's: the table's default
        tbl = self.new_table(
            into, widths, centred=sum(widths) < width - 1, ruled=ruled, padding=usual
        )
        spans: dict[tuple[int, int], tuple[int, int]] = {}  # origin → (last row, last col)
        covered: dict[tuple[int, int], tuple[int, int]] = {}  # covered cell → its origin
        for _op, (c0, r0), (c1, r1) in f._spanCmds:
            c0, c1, r0, r1 = c0 % ncols, c1 % ncols, r0 % nrows, r1 % nrows
            if (c0, r0) == (c1, r1):
                continue
            spans[(r0, c0)] = (r1, c1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered[(r, c)] = (r0, c0)
        head = getattr(f, "repeatRows", 0) or 0
        head = head if isinstance(head, int) else len(head)
        for r in range(nrows):
            tr = etree.SubElement(tbl, TR)
            if r < head and ruled:
                _sub(etree.SubElement(tr, TRPR), "w:tblHeader")
            c = 0
            while c < ncols:
                origin = (r, c) if (r, c) in spans else covered.get((r, c))
                own = _padding(styles[r][c])
                pad = own[1] + own[3]
                own_or_none = own if own != usual else None
                valign = str(styles[r][c].valign).upper()
                if origin is None:
                    tc = self.new_cell(tr, widths[c], padding=own_or_none, valign=valign)
                    self.flowable(values[r][c], tc, widths[c] - pad)
                    self.close_cell(tc)
                    c += 1
                    continue
                last_r, last_c = spans[origin]
                cols = last_c - origin[1] + 1
                w = sum(widths[origin[1] : last_c + 1])
                merge = None if last_r == origin[0] else ("restart" if r == origin[0] else "")
                tc = self.new_cell(tr, w, cols, merge, own_or_none, valign)
                if r == origin[0]:
                    self.flowable(values[r][c], tc, w - pad)
                self.close_cell(tc)
                c = last_c + 1

    def header(self, f: HeaderBlock, into: _Element, width: float) -> None:
        """The page-1 header (ô 1-4) as a borderless table: agency and số on the left,
        quốc hiệu, tiêu ngữ and the place-date line on the right."""
        left_w = f._left_width
        below = f._below
        if left_w <= 0:
            widths = [width]
            columns = [(f._right, f._rules[1], below[1])]
        else:
            widths = [left_w, width - left_w]
            columns = [(f._left, f._rules[0], below[0]), (f._right, f._rules[1], below[1])]
        tbl = self.new_table(into, widths, centred=False, ruled=False)
        top = etree.SubElement(tbl, TR)
        for (lines, rule, _), w in zip(columns, widths, strict=True):
            tc = self.new_cell(top, w)
            for text, font, size in lines:
                self._header_line(self.new_p(tc), text, font, size)
            if rule > 0:
                self.rule(tc, w, rule)
            self.close_cell(tc)
        if any(below):
            low = etree.SubElement(tbl, TR)
            for (_, _, line), w in zip(columns, widths, strict=True):
                tc = self.new_cell(low, w)
                if line:
                    p = self.new_p(tc)
                    self.set_paragraph(p, before=HEADER_GAP)
                    self._header_line(p, *line)
                self.close_cell(tc)

    def _header_line(self, p: _Element, text: str, font: str, size: float) -> None:
        ppr = self._ppr(p)
        ppr.insert(0, etree.Element(PSTYLE))
        ppr[0].set(VAL, self.style_id(stylesheet().parent_agency))
        self.set_paragraph(p, align="center")
        self.run(
            p,
            text,
            bold=True if is_bold(font) else None,
            italic=True if is_italic(font) else None,
            size=size,
        )


def _padding(cell_style: object) -> Padding:
    """A reportlab cell's padding (top, left, bottom, right), the sides less SLACK."""
    return (
        cell_style.topPadding,  # type: ignore[attr-defined]
        max(0.0, cell_style.leftPadding - SLACK),  # type: ignore[attr-defined]
        cell_style.bottomPadding,  # type: ignore[attr-defined]
        max(0.0, cell_style.rightPadding - SLACK),  # type: ignore[attr-defined]
    )


def _margins(mar: _Element, padding: Padding) -> None:
    """Cell margins (w:tblCellMar or w:tcMar) in the schema's order."""
    for side, value in zip(("top", "left", "bottom", "right"), padding, strict=True):
        _sub(mar, f"w:{side}", w=twips(value), type="dxa")
