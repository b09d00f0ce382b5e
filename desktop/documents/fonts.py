"""The bundled Times-metric serif (Liberation Serif 2.x), registered once with its family."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> str:
    """Register the serif family once (safe to call many times); return the family name."""
    global _done
    if _done:
        return SERIF
    with _lock:
        if not _done:
            folder = resources_dir() / "fonts"
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
            pdfmetrics.registerFontFamily(
                SERIF,
                normal=SERIF,
                bold=SERIF_BOLD,
                italic=SERIF_ITALIC,
                boldItalic=SERIF_BOLD_ITALIC,
            )
            # Also map the style variants of the bold and italic faces themselves, so
            # <b> inside a bold paragraph or <i> inside an italic one stays in the family.
            for face, bold, italic in (
                (SERIF_BOLD, 1, 0),
                (SERIF_ITALIC, 0, 1),
                (SERIF_BOLD_ITALIC, 1, 1),
            ):
                addMapping(face, 0, 0, SERIF)
                addMapping(face, bold, italic, face)
                addMapping(face, 1, 0, SERIF_BOLD)
                addMapping(face, 0, 1, SERIF_ITALIC)
                addMapping(face, 1, 1, SERIF_BOLD_ITALIC)
            _done = True
    return SERIF


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` set in a registered font."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
