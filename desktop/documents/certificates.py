"""Certificates (Giấy khen, giấy chứng nhận danh hiệu) on landscape A4, one page each.

Two modes. On a pre-printed blank only the variable fields print, where the blank's layout puts
them, moved and scaled by the printer's calibration. On plain paper the whole design prints
(NĐ 98/2023 Điều 104: Quốc hiệu and Tiêu ngữ, the deciding official's title in red, "TẶNG" or
"TẶNG DANH HIỆU", the award in red, the recipient, bottom left the decision and the register
number, bottom right place, date, title and name of the signer). Two more pages help set a
printer up: the calibration grid and a test print of a layout to hold against a blank.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
    string_width,
)
from desktop.documents.formatting import nfc
from desktop.domain.certificates import (
    FIELD_LABELS,
    PAGE_H_MM,
    PAGE_W_MM,
    Calibration,
    CertificateData,
    CertificateLayout,
    FieldPlacement,
)

PAGE = landscape(A4)
TITLE = "Giấy khen"
INK = "000000"
RED_INK = "C70D0D"  # the issuer's title and the award
BORDER = "8C1A1A"
BORDERS = ((8.0, 2.2), (11.0, 0.7))  # the plain design's frame: (inset mm, rule width pt)
RULE_PT = 0.6  # the rule under the motto
GRID = Color(0.6, 0.6, 0.6)
MIN_SIZE = 8.0
LEADING = 1.2
MODES = ("blank", "plain")


def _face(bold: bool, italic: bool) -> str:
    if bold and italic:
        return SERIF_BOLD_ITALIC
    return SERIF_BOLD if bold else SERIF_ITALIC if italic else SERIF


def fit_lines(
    text: str, font: str, size: float, width: float, wrap: bool
) -> tuple[list[str], float]:
    """The lines a text prints as in a box `width` points wide, and the size: two lines at most
    when wrapping, otherwise one line made smaller until it fits (never below 8 pt)."""
    text = nfc(text)
    while True:
        if wrap:
            lines = simpleSplit(text, font, size, width) or [""]
            if len(lines) <= 2 or size <= MIN_SIZE:
                return lines[:2] if len(lines) <= 2 else [lines[0], " ".join(lines[1:])], size
        elif string_width(text, font, size) <= width or size <= MIN_SIZE:
            return [text], size
        size = max(MIN_SIZE, size - 0.5)


@dataclass(frozen=True, slots=True)
class Placed:
    """A text set on the sheet: its lines (already fitted), where the first baseline stands
    (mm from the sheet's top left corner; x is the left edge, the centre or the right edge as
    `align` says), its face, size, colour and box width; both the PDF and the Word copy print
    these, so the two put every word at the same place."""

    lines: tuple[str, ...]
    x_mm: float
    y_mm: float
    font: str
    size: float
    align: str
    width_mm: float
    color: str = INK
    rule_mm: float = 0.0  # a rule under the first line, this far below its baseline (0: none)

    @property
    def last_baseline_mm(self) -> float:
        """The baseline of the last line."""
        return self.y_mm + (len(self.lines) - 1) * self.size * LEADING / float(mm)

    @property
    def is_empty(self) -> bool:
        """Nothing to print."""
        return not "".join(self.lines).strip()


def _fitted(
    text: str,
    y_mm: float,
    font: str,
    size: float,
    *,
    x_mm: float = PAGE_W_MM / 2,
    width_mm: float = 230,
    wrap: bool = False,
    align: str = "center",
    color: str = INK,
) -> Placed:
    lines, size = fit_lines(text, font, size, width_mm * mm, wrap)
    return Placed(tuple(lines), x_mm, y_mm, font, size, align, width_mm, color)


def field_placed(f: FieldPlacement, text: str, cal: Calibration) -> Placed:
    """One field of a blank's layout, the printer's calibration applied."""
    x_mm, y_mm = cal.apply(f.x_mm, f.y_mm)
    return _fitted(
        text,
        y_mm,
        _face(f.bold, f.italic),
        f.size_pt * cal.scale,
        x_mm=x_mm,
        width_mm=f.width_mm * cal.scale,
        wrap=f.wrap,
        align=f.align,
    )


# Fields the same on every certificate of a decision: drawn once into a form, then reused.
SHARED_FIELDS = frozenset(
    {"title", "year", "decision", "place_date", "signer_title", "signer_name"}
)


@dataclass(frozen=True, slots=True)
class PageParts:
    """What one certificate prints: the parts every certificate of the decision shares (the PDF
    draws them once), the recipient's own, and whether the plain design's border frames it."""

    shared: tuple[Placed, ...]
    own: tuple[Placed, ...]
    bordered: bool

    def all(self) -> tuple[Placed, ...]:
        """Every text that prints, in drawing order."""
        return tuple(p for p in (*self.shared, *self.own) if not p.is_empty)


def blank_parts(data: CertificateData, layout: CertificateLayout, cal: Calibration) -> PageParts:
    """On a pre-printed blank: the fields only, where the layout puts them."""
    placed = [(f.key, field_placed(f, data.value(f.key), cal)) for f in layout.fields]
    return PageParts(
        tuple(p for key, p in placed if key in SHARED_FIELDS),
        tuple(p for key, p in placed if key not in SHARED_FIELDS),
        False,
    )


MOTTO = "Độc lập - Tự do - Hạnh phúc"


def plain_parts(data: CertificateData) -> PageParts:
    """On plain paper: the whole design (NĐ 98/2023 Điều 104)."""
    shared = [
        _fitted("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 38, SERIF_BOLD, 16),
        replace(_fitted(MOTTO, 46, SERIF_BOLD, 15), rule_mm=2),
    ]
    if data.issuer_title:
        shared.append(
            _fitted(data.issuer_title.upper(), 62, SERIF_BOLD, 19, color=RED_INK, wrap=True)
        )
    is_title = data.award_code != "GIAY_KHEN"
    shared += [
        _fitted("TẶNG DANH HIỆU" if is_title else "TẶNG", 76, SERIF_BOLD, 17),
        _fitted(data.title.upper(), 90, SERIF_BOLD, 26, color=RED_INK),
        _fitted(data.decision, 174, SERIF_BOLD_ITALIC, 12, x_mm=70, width_mm=110),
        _fitted(data.place_date, 148, SERIF_BOLD_ITALIC, 13, x_mm=222, width_mm=120),
        _fitted(data.signer_title.upper(), 156, SERIF_BOLD, 13, x_mm=222, width_mm=120, wrap=True),
        _fitted(data.signer_name, 190, SERIF_BOLD, 14, x_mm=222, width_mm=120),
    ]
    name = _fitted(data.name, 106, SERIF_BOLD, 22, wrap=True)
    unit = _fitted(data.unit, name.last_baseline_mm + 10, SERIF, 15, wrap=True)
    own = [name, unit]
    if data.achievement:
        own.append(
            _fitted(data.achievement, unit.last_baseline_mm + 9, SERIF_ITALIC, 14, wrap=True)
        )
    own.append(_fitted(data.register, 181, SERIF_BOLD_ITALIC, 12, x_mm=70, width_mm=110))
    return PageParts(tuple(shared), tuple(own), True)


def page_parts(
    data: CertificateData, layout: CertificateLayout, cal: Calibration, mode: str
) -> PageParts:
    """A certificate's texts in the mode it prints in (`blank` or `plain`)."""
    if mode not in MODES:
        raise ValueError(mode)
    return plain_parts(data) if mode == "plain" else blank_parts(data, layout, cal)


def _draw_text(
    c: Canvas, text: str, x: float, y: float, font: str, size: float, align: str
) -> None:
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, text)
    elif align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def draw_placed(c: Canvas, p: Placed) -> None:
    """One placed text (and its rule) on the canvas."""
    if p.is_empty:
        return
    c.setFillColor(HexColor("#" + p.color))
    for i, line in enumerate(p.lines):
        y = PAGE[1] - p.y_mm * mm - i * p.size * LEADING
        _draw_text(c, line, p.x_mm * mm, y, p.font, p.size, p.align)
    if p.rule_mm:
        half = string_width(p.lines[0], p.font, p.size) / 2
        y = PAGE[1] - (p.y_mm + p.rule_mm) * mm
        c.setStrokeColor(black)
        c.setLineWidth(RULE_PT)
        c.line(p.x_mm * mm - half, y, p.x_mm * mm + half, y)
    c.setFillColor(black)


class _Forms:
    """Form XObjects of the parts a batch's certificates share, made on first use."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.names: dict[tuple[object, ...], str] = {}

    def draw(self, key: tuple[object, ...], paint: Callable[[Canvas], object]) -> None:
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = f"shared{len(self.names)}"
            self.c.beginForm(name, 0, 0, PAGE[0], PAGE[1])
            paint(self.c)
            self.c.endForm()
        self.c.doForm(name)


def _border(c: Canvas) -> None:
    """The plain design's frame: a thick and a thin rule round the sheet."""
    w, h = PAGE
    c.setStrokeColor(HexColor("#" + BORDER))
    for inset, width in BORDERS:
        c.setLineWidth(width)
        c.rect(inset * mm, inset * mm, w - 2 * inset * mm, h - 2 * inset * mm)
    c.setStrokeColor(black)


def _page(c: Canvas, parts: PageParts, forms: _Forms | None = None) -> None:
    def paint_shared(cv: Canvas) -> None:
        if parts.bordered:
            _border(cv)
        for p in parts.shared:
            draw_placed(cv, p)

    if forms is not None and (parts.shared or parts.bordered):
        forms.draw((parts.bordered, parts.shared), paint_shared)
    else:
        paint_shared(c)
    for p in parts.own:
        draw_placed(c, p)


def _blank_page(
    c: Canvas, data: CertificateData, layout: CertificateLayout, cal: Calibration
) -> None:
    c.setFillColor(black)
    _page(c, blank_parts(data, layout, cal))


def _canvas(buf: io.BytesIO, title: str) -> Canvas:
    register_fonts()
    c = Canvas(buf, pagesize=PAGE, invariant=1)
    c.setTitle(title)
    c.setAuthor("Thi đua")
    return c


def render(
    certificates: Sequence[tuple[CertificateData, CertificateLayout]],
    calibration: Calibration | None = None,
    mode: str = "blank",
) -> bytes:
    """One page per certificate: the fields only where its layout puts them (`blank`) or the
    whole design (`plain`, the layout unused)."""
    if mode not in MODES:
        raise ValueError(mode)
    cal = calibration or Calibration()
    buf = io.BytesIO()
    with _binary_streams():
        c = _canvas(buf, TITLE)
        forms = _Forms(c)
        for data, layout in certificates:
            _page(c, page_parts(data, layout, cal, mode), forms)
            c.showPage()
        c.save()
    return buf.getvalue()


_a85_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 wrapping (pure-Python ASCII85 took a third of the
    time of 500 certificates); the setting is put back afterwards."""
    with _a85_lock:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def render_test(
    layout: CertificateLayout, sample: CertificateData, calibration: Calibration
) -> bytes:
    """A test print on plain paper: each field's box outlined and named, its sample text inside,
    and corner marks, to hold against a blank to the light."""
    buf = io.BytesIO()
    c = _canvas(buf, "In thử mẫu phôi")
    h = PAGE[1]
    c.setStrokeColor(GRID)
    c.setLineWidth(0.3)
    for f in layout.fields:
        x_mm, y_mm = calibration.apply(f.x_mm, f.y_mm)
        width = f.width_mm * calibration.scale * mm
        left = {"left": x_mm * mm, "center": x_mm * mm - width / 2, "right": x_mm * mm - width}[
            f.align
        ]
        size = f.size_pt * calibration.scale
        c.rect(left, h - y_mm * mm - size * 0.3, width, size * (2.4 if f.wrap else 1.25), stroke=1)
        c.setFillColor(GRID)
        c.setFont(SERIF, 7)
        c.drawString(left + 1, h - y_mm * mm + size * 0.95, FIELD_LABELS[f.key])
        c.setFillColor(black)
    _blank_page(c, sample, layout, calibration)
    _corner_marks(c, calibration)
    c.showPage()
    c.save()
    return buf.getvalue()


def _corner_marks(c: Canvas, cal: Calibration) -> None:
    c.setStrokeColor(black)
    c.setLineWidth(0.4)
    for x, y in (
        (10, 10),
        (PAGE_W_MM - 10, 10),
        (10, PAGE_H_MM - 10),
        (PAGE_W_MM - 10, PAGE_H_MM - 10),
    ):
        px, py = cal.apply(x, y)
        c.line((px - 4) * mm, PAGE[1] - py * mm, (px + 4) * mm, PAGE[1] - py * mm)
        c.line(px * mm, PAGE[1] - (py - 4) * mm, px * mm, PAGE[1] - (py + 4) * mm)


def render_grid(calibration: Calibration) -> bytes:
    """The calibration grid: lines every 10 mm numbered in mm from the sheet's top left corner,
    drawn through the calibration; measure where the 50 mm lines land to find the offset."""
    buf = io.BytesIO()
    c = _canvas(buf, "Lưới căn chỉnh máy in")
    h = PAGE[1]
    cal = calibration
    for x in range(0, int(PAGE_W_MM) + 1, 10):
        (px, top), (_, bottom) = cal.apply(x, 0), cal.apply(x, PAGE_H_MM)
        c.setStrokeColor(black if x % 50 == 0 else GRID)
        c.setLineWidth(0.5 if x % 50 == 0 else 0.2)
        c.line(px * mm, h - top * mm, px * mm, h - bottom * mm)
        if x % 50 == 0 and 0 < x < PAGE_W_MM:
            c.setFont(SERIF, 8)
            c.drawString(px * mm + 2, h - (cal.apply(x, 20)[1]) * mm, f"{x}")
    for y in range(0, int(PAGE_H_MM) + 1, 10):
        (left, py), (right, _) = cal.apply(0, y), cal.apply(PAGE_W_MM, y)
        c.setStrokeColor(black if y % 50 == 0 else GRID)
        c.setLineWidth(0.5 if y % 50 == 0 else 0.2)
        c.line(left * mm, h - py * mm, right * mm, h - py * mm)
        if y % 50 == 0 and 0 < y < PAGE_H_MM:
            c.setFont(SERIF, 8)
            c.drawString(cal.apply(20, y)[0] * mm, h - py * mm + 2, f"{y}")
    c.setFont(SERIF_BOLD, 12)
    note = (
        f"Lưới căn chỉnh máy in {cal.printer}".strip()
        + f" — độ lệch ngang {cal.dx_mm:+.1f} mm, dọc {cal.dy_mm:+.1f} mm, tỷ lệ {cal.scale:.3f}"
    )
    c.drawCentredString(PAGE[0] / 2, h - cal.apply(0, 105)[1] * mm + 14, note)
    c.setFont(SERIF, 11)
    c.drawCentredString(
        PAGE[0] / 2,
        h - cal.apply(0, 105)[1] * mm - 2,
        "Đo khoảng cách từ mép trái, mép trên tờ giấy đến các đường 50 mm; chênh lệch là độ lệch cần nhập.",
    )
    c.showPage()
    c.save()
    return buf.getvalue()
