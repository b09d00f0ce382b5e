"""The one stylesheet of printed papers (Nghị định 30/2020, Phụ lục I)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from desktop.documents.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
)

BODY_SIZE = 14
HEADER_SIZE = 13
TABLE_SIZE = 12


class Styles:
    """Named paragraph styles; build once with `stylesheet()`."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "base",
            fontName=SERIF,
            fontSize=BODY_SIZE,
            leading=BODY_SIZE * 1.2,
            textColor="black",
        )
        self.body = ParagraphStyle(
            "body",
            parent=base,
            alignment=TA_JUSTIFY,
            firstLineIndent=1.0 * cm,
            spaceBefore=6,
        )
        self.body_flush = ParagraphStyle("body_flush", parent=self.body, firstLineIndent=0)
        self.basis = ParagraphStyle("basis", parent=self.body, fontName=SERIF_ITALIC)
        self.bullet = ParagraphStyle(
            "bullet", parent=self.body, firstLineIndent=0, leftIndent=1.0 * cm, spaceBefore=3
        )
        self.centered = ParagraphStyle("centered", parent=base, alignment=TA_CENTER)
        self.centered_italic = ParagraphStyle(
            "centered_italic", parent=self.centered, fontName=SERIF_ITALIC
        )
        # Header block (ô 1-4).
        self.parent_agency = ParagraphStyle(
            "parent_agency",
            parent=self.centered,
            fontSize=HEADER_SIZE,
            leading=HEADER_SIZE * 1.15,
        )
        self.agency = ParagraphStyle("agency", parent=self.parent_agency, fontName=SERIF_BOLD)
        self.national = ParagraphStyle(
            "national", parent=self.agency, fontSize=12, leading=HEADER_SIZE * 1.15
        )
        self.motto = ParagraphStyle(
            "motto", parent=self.agency, fontSize=BODY_SIZE - 0.5, leading=BODY_SIZE * 1.15
        )
        self.number = ParagraphStyle("number", parent=self.parent_agency, fontSize=13)
        self.date_line = ParagraphStyle(
            "date_line", parent=self.parent_agency, fontName=SERIF_ITALIC, fontSize=13.5
        )
        # Title (ô 5a).
        self.title = ParagraphStyle(
            "title",
            parent=self.centered,
            fontName=SERIF_BOLD,
            fontSize=BODY_SIZE,
            leading=BODY_SIZE * 1.25,
            spaceBefore=12,
        )
        self.subject = ParagraphStyle("subject", parent=self.title, spaceBefore=0)
        self.form_label = ParagraphStyle(
            "form_label", parent=self.centered_italic, fontSize=TABLE_SIZE, leading=14
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=SERIF_BOLD,
            alignment=TA_LEFT,
            spaceBefore=10,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.subheading = ParagraphStyle(
            "subheading",
            parent=self.heading,
            fontName=SERIF_BOLD,
            spaceBefore=6,
            firstLineIndent=1.0 * cm,
        )
        self.field = ParagraphStyle(
            "field", parent=self.body, firstLineIndent=1.0 * cm, spaceBefore=3
        )
        # Kính gửi (ô 9a).
        self.recipient_label = ParagraphStyle("recipient_label", parent=base, alignment=TA_RIGHT)
        self.recipient = ParagraphStyle("recipient", parent=base, alignment=TA_LEFT)
        # Signature block (ô 7).
        self.sign_title = ParagraphStyle(
            "sign_title", parent=self.centered, fontName=SERIF_BOLD, leading=BODY_SIZE * 1.15
        )
        self.sign_note = ParagraphStyle(
            "sign_note", parent=self.centered_italic, fontSize=13, leading=15
        )
        self.sign_name = ParagraphStyle("sign_name", parent=self.sign_title)
        # Nơi nhận (ô 9b).
        self.copies_label = ParagraphStyle(
            "copies_label", parent=base, fontName=SERIF_BOLD_ITALIC, fontSize=12, leading=14
        )
        self.copies = ParagraphStyle("copies", parent=base, fontSize=11, leading=13)
        # Tables.
        self.cell = ParagraphStyle(
            "cell", parent=base, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2
        )
        self.cell_justify = ParagraphStyle("cell_justify", parent=self.cell, alignment=TA_JUSTIFY)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell_center, fontName=SERIF_BOLD)
        self.cell_group = ParagraphStyle("cell_group", parent=self.cell, fontName=SERIF_BOLD)


@cache
def stylesheet() -> Styles:
    """The shared stylesheet (fonts registered on first use)."""
    return Styles()
