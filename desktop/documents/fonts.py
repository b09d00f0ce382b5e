"""The serif papers print in: the system's Times New Roman (named by Nghị định 30/2020, Phụ lục I
mục I.4) where it is installed, else the bundled Times-metric Liberation Serif 2.x; registered
once, embedded in every PDF.

`THIDUA_FONT_DIR` names the one folder to look in instead of the system's (a test points it at
copies, or at an empty folder to print with the bundled font).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

# Registration names (the PDF names the embedded face by the font file's own name).
SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
FONT_DIR_ENV = "THIDUA_FONT_DIR"
TIMES = "Times New Roman"
BUNDLED = "Liberation Serif"

_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# File names of the four Times New Roman faces: Windows, then the msttcorefonts packages.
_TIMES_FILES = (
    ("times.ttf", "times new roman.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
    ("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf"),
    ("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf"),
    ("timesbi.ttf", "times new roman bold italic.ttf", "times_new_roman_bold_italic.ttf"),
)
_lock = threading.Lock()
_done = False
_chosen: FontChoice | None = None


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The family that prints and its four files (regular, bold, italic, bold italic)."""

    family: str
    files: tuple[Path, Path, Path, Path]

    @property
    def regular(self) -> Path:
        """The regular face's file."""
        return self.files[0]

    @property
    def bundled(self) -> bool:
        """Whether this is the bundled fallback."""
        return self.family == BUNDLED


def system_font_dirs() -> list[Path]:
    """Where installed fonts are looked for (the override folder alone when it is set)."""
    override = os.environ.get(FONT_DIR_ENV)
    if override is not None:
        return [Path(override)] if override else []
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/msttcore"),
            Path.home() / ".fonts",
            Path.home() / ".local/share/fonts",
        ]
    return dirs


def _find_times(dirs: Sequence[Path]) -> tuple[Path, Path, Path, Path] | None:
    for folder in dirs:
        try:
            names = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
        except OSError:
            continue
        found = [next((names[n] for n in face if n in names), None) for face in _TIMES_FILES]
        if all(found):
            return tuple(found)  # type: ignore[return-value]
    return None


def choose_font(dirs: Sequence[Path] | None = None) -> FontChoice:
    """Times New Roman when all four faces are in one of `dirs` (default: the system's
    font folders), else the bundled Liberation Serif."""
    times = _find_times(system_font_dirs() if dirs is None else dirs)
    if times is not None:
        return FontChoice(TIMES, times)
    folder = resources_dir() / "fonts"
    bundled = tuple(folder / name for name in _BUNDLED_FILES)
    return FontChoice(BUNDLED, bundled)  # type: ignore[arg-type]


def font_choice() -> FontChoice:
    """The font this process prints with (chosen once, on first use)."""
    global _chosen
    if _chosen is None:
        _chosen = choose_font()
    return _chosen


def register_fonts() -> str:
    """Register the serif family once (safe to call many times); return the family name."""
    global _done
    if _done:
        return SERIF
    with _lock:
        if not _done:
            choice = font_choice()
            for name, path in zip(
                (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC), choice.files, strict=True
            ):
                pdfmetrics.registerFont(TTFont(name, str(path)))
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
