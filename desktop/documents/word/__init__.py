"""Word copies of the printed papers (python-docx), written from the same story as the PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document

from desktop.documents.frame import LateNumbers, Layout, Section, frame_width
from desktop.documents.word.flowables import Writer
from desktop.documents.word.page import new_section, prepare, set_page

DOCX_SUFFIX = ".docx"


def render_sections(
    sections: Sequence[Section],
    *,
    title: str = "",
    late: LateNumbers | None = None,
    layout: Layout | None = None,
) -> bytes:
    """The sections as one .docx, each paper a Word section of its own (new page, own page
    numbers, landscape where the PDF's is); `layout` fills the late numbers (the mục lục's)."""
    if not sections:
        raise ValueError("nothing to render")
    doc = Document()
    prepare(doc, title)
    writer = Writer(doc, late, layout)
    for i, section in enumerate(sections):
        if i == 0:
            set_page(doc.sections[0], section.is_landscape, first=True)
        else:
            new_section(doc, section.is_landscape)
        writer.write(section.story, writer.body, frame_width(section.is_landscape))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
