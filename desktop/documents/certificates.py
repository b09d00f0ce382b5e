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

from reportlab import rl_config
from reportlab.lib.colors import Color, black
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
RED = Color(0.78, 0.05, 0.05)
BORDER = Color(0.55, 0.1, 0.1)
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


def draw_field(c: Canvas, f: FieldPlacement, text: str, cal: Calibration) -> None:
    """One field at its place on the blank, the printer's calibration applied."""
    if not nfc(text):
        return
    font = _face(f.bold, f.italic)
    x_mm, y_mm = cal.apply(f.x_mm, f.y_mm)
    size = f.size_pt * cal.scale
    lines, size = fit_lines(text, font, size, f.width_mm * cal.scale * mm, f.wrap)
    for i, line in enumerate(lines):
        y = PAGE[1] - y_mm * mm - i * size * LEADING
        _draw_text(c, line, x_mm * mm, y, font, size, f.align)


# Fields the same on every certificate of a decision: drawn once into a form, then reused.
SHARED_FIELDS = frozenset(
    {"title", "year", "decision", "place_date", "signer_title", "signer_name"}
)


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


def _blank_page(
    c: Canvas,
    data: CertificateData,
    layout: CertificateLayout,
    cal: Calibration,
    forms: _Forms | None = None,
) -> None:
    c.setFillColor(black)
    shared = [f for f in layout.fields if f.key in SHARED_FIELDS] if forms else []
    if forms is not None and shared:
        values = tuple(data.value(f.key) for f in shared)

        def paint_shared(cv: Canvas) -> None:
            for f, v in zip(shared, values, strict=True):
                draw_field(cv, f, v, cal)

        forms.draw(("blank", layout, cal, values), paint_shared)
    for f in layout.fields:
        if f not in shared:
            draw_field(c, f, data.value(f.key), cal)


def _line(
    c: Canvas,
    text: str,
    y_mm: float,
    font: str,
    size: float,
    *,
    color: Color = black,
    x_mm: float = PAGE_W_MM / 2,
    width_mm: float = 230,
    wrap: bool = False,
) -> float:
    """A centred line (or two) of the plain design; returns the baseline of the last one."""
    c.setFillColor(color)
    lines, size = fit_lines(text, font, size, width_mm * mm, wrap)
    y = PAGE[1] - y_mm * mm
    for i, line in enumerate(lines):
        _draw_text(c, line, x_mm * mm, y - i * size * LEADING, font, size, "center")
    c.setFillColor(black)
    return y_mm + (len(lines) - 1) * size * LEADING / float(mm)


def _plain_page(c: Canvas, data: CertificateData, forms: _Forms | None = None) -> None:
    shared = (
        data.issuer_title,
        data.award_code,
        data.title,
        data.decision,
        data.place_date,
        data.signer_title,
        data.signer_name,
    )
    if forms is None:
        _plain_design(c, data)
    else:
        forms.draw(("plain", *shared), lambda cv: _plain_design(cv, data))
    y = _line(c, data.name, 106, SERIF_BOLD, 22, wrap=True)
    y = _line(c, data.unit, y + 10, SERIF, 15, wrap=True)
    if data.achievement:
        _line(c, data.achievement, y + 9, SERIF_ITALIC, 14, wrap=True)
    _line(c, data.register, 181, SERIF_BOLD_ITALIC, 12, x_mm=70, width_mm=110)


def _plain_design(c: Canvas, data: CertificateData) -> None:
    """What every certificate of the same decision and award shares on plain paper."""
    w, h = PAGE
    c.setStrokeColor(BORDER)
    c.setLineWidth(2.2)
    c.rect(8 * mm, 8 * mm, w - 16 * mm, h - 16 * mm)
    c.setLineWidth(0.7)
    c.rect(11 * mm, 11 * mm, w - 22 * mm, h - 22 * mm)
    c.setStrokeColor(black)
    _line(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 38, SERIF_BOLD, 16)
    motto = "Độc lập - Tự do - Hạnh phúc"
    _line(c, motto, 46, SERIF_BOLD, 15)
    half = string_width(motto, SERIF_BOLD, 15) / 2
    c.setLineWidth(0.6)
    c.line(w / 2 - half, h - 48 * mm, w / 2 + half, h - 48 * mm)
    if data.issuer_title:
        _line(c, data.issuer_title.upper(), 62, SERIF_BOLD, 19, color=RED, wrap=True)
    is_title = data.award_code != "GIAY_KHEN"
    _line(c, "TẶNG DANH HIỆU" if is_title else "TẶNG", 76, SERIF_BOLD, 17)
    _line(c, data.title.upper(), 90, SERIF_BOLD, 26, color=RED)
    _line(c, data.decision, 174, SERIF_BOLD_ITALIC, 12, x_mm=70, width_mm=110)
    _line(c, data.place_date, 148, SERIF_BOLD_ITALIC, 13, x_mm=222, width_mm=120)
    _line(c, data.signer_title.upper(), 156, SERIF_BOLD, 13, x_mm=222, width_mm=120, wrap=True)
    _line(c, data.signer_name, 190, SERIF_BOLD, 14, x_mm=222, width_mm=120)


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
        c = _canvas(buf, "Giấy khen")
        forms = _Forms(c)
        for data, layout in certificates:
            if mode == "plain":
                _plain_page(c, data, forms)
            else:
                _blank_page(c, data, layout, cal, forms)
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
