"""Reading a Word copy back with python-docx: its text in order, tables, sections, fonts."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


def open_docx(data: bytes) -> WordDocument:
    """The document, opened from its bytes."""
    assert data[:2] == b"PK", "not a .docx (zip) file"
    return Document(io.BytesIO(data))


def blocks(container: object) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of the body (or a cell) in document order."""
    yield from container.iter_inner_content()  # type: ignore[attr-defined]


def all_text(doc: WordDocument) -> str:
    """Every paragraph's text, tables cell by cell, one per line (NFC)."""
    lines: list[str] = []

    def walk(container: object) -> None:
        for block in blocks(container):
            if isinstance(block, Paragraph):
                lines.append(block.text)
            else:
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)

    walk(doc)
    return unicodedata.normalize("NFC", "\n".join(lines))


def tables(doc: WordDocument) -> list[Table]:
    """The body's top-level tables."""
    return list(doc.tables)


def header_rows(table: Table) -> int:
    """How many leading rows repeat on each page (w:tblHeader)."""
    count = 0
    for row in table.rows:
        trpr = row._tr.trPr
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            break
        count += 1
    return count


def has_borders(table: Table) -> bool:
    """Whether the table's own properties draw rules."""
    return table._tbl.tblPr.find(qn("w:tblBorders")) is not None


def style_fonts(doc: WordDocument) -> set[str]:
    """The fonts the paragraph styles in use name (each style's own rFonts, theme fonts
    included as `theme:…`), plus the document defaults'."""
    used = {el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:pStyle"))}
    used.add(doc.styles["Normal"].style_id)
    names: set[str] = set()
    elements = [s.element for s in doc.styles if s.style_id in used]
    elements.append(doc.styles.element.find(qn("w:docDefaults")))
    for element in elements:
        for el in element.iter(qn("w:rFonts")):
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                if el.get(qn(attr)):
                    names.add(el.get(qn(attr)))
            for attr in ("w:asciiTheme", "w:hAnsiTheme"):
                if el.get(qn(attr)):
                    names.add("theme:" + el.get(qn(attr)))
    return names
