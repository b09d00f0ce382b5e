"""The page-1 header of an official paper (Nghị định 30/2020, Phụ lục I, ô 1-4), drawn
directly: agency and số on the left, quốc hiệu, tiêu ngữ and the place-date line on the right."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from desktop.documents.data import OfficeHeader
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, string_width
from desktop.documents.formatting import nfc, upper

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
AGENCY_SIZE = 13  # cơ quan chủ quản and tên cơ quan: 12-13
NATIONAL_SIZE = 12  # quốc hiệu: 12-13
MOTTO_SIZE = 13.5  # tiêu ngữ: 13-14
NUMBER_SIZE = 13  # số, ký hiệu: 13
DATE_SIZE = 13.5  # địa danh, ngày tháng: 13-14
LEADING = 1.15
RULE_GAP = 4.5  # between a line's baseline area and the rule under it
RULE_WIDTH = 0.6
ROW_GAP = 5  # between the rules and the số / date row
LEFT_WIDTH = {False: 73 * mm, True: 95 * mm}

_Line = tuple[str, str, float]  # text, font, size


class HeaderBlock(Flowable):  # type: ignore[misc]
    """Two centred columns of lines, each column ending in a rule, then one row under both."""

    def __init__(
        self,
        left: list[_Line],
        left_rule: float,
        right: list[_Line],
        right_rule: float,
        below: tuple[_Line | None, _Line | None],
        left_width: float,
    ):
        super().__init__()
        self._left, self._right, self._below = left, right, below
        self._rules = (left_rule, right_rule)
        self._left_width = left_width

    @staticmethod
    def _column_height(lines: list[_Line]) -> float:
        return sum(size * LEADING for _, _, size in lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._top = max(self._column_height(self._left), self._column_height(self._right))
        self._top += RULE_GAP + RULE_WIDTH
        below = [line for line in self._below if line]
        self._below_h = max((s * LEADING for _, _, s in below), default=0.0)
        self.height = self._top + (ROW_GAP + self._below_h if below else 0.0)
        return self.width, self.height

    def _column(self, lines: list[_Line], rule: float, x0: float, width: float) -> None:
        canv = self.canv
        y = self.height
        for text, font, size in lines:
            y -= size * LEADING
            canv.setFont(font, size)
            canv.drawCentredString(x0 + width / 2, y + size * (LEADING - 1) + size * 0.22, text)
        if rule > 0:
            y -= RULE_GAP
            canv.setLineWidth(RULE_WIDTH)
            canv.line(x0 + (width - rule) / 2, y, x0 + (width + rule) / 2, y)

    def draw(self) -> None:
        left_w = self._left_width
        right_w = self.width - left_w
        self._column(self._left, self._rules[0], 0, left_w)
        self._column(self._right, self._rules[1], left_w, right_w)
        y = self.height - self._top - ROW_GAP - self._below_h
        for line, x0, w in zip(self._below, (0.0, left_w), (left_w, right_w), strict=True):
            if line:
                text, font, size = line
                self.canv.setFont(font, size)
                self.canv.drawCentredString(x0 + w / 2, y + size * 0.22 + 1, text)


def _wrapped(text: str, font: str, size: float, width: float) -> list[_Line]:
    return [(line, font, size) for line in simpleSplit(text, font, size, width - 4)]


def header_block(
    office: OfficeHeader | None,
    width: float,
    *,
    number: str | None = None,
    date_line: str | None = None,
    is_landscape: bool = False,
) -> Flowable:
    """The page-1 header: agency and số on the left, quốc hiệu and the date line on the right.

    Without an office (a person's own report) the national block spans the whole width.
    """
    national: list[_Line] = [
        (NATIONAL_NAME, SERIF_BOLD, NATIONAL_SIZE),
        (MOTTO, SERIF_BOLD, MOTTO_SIZE),
    ]
    motto_rule = string_width(MOTTO, SERIF_BOLD, MOTTO_SIZE)
    date = (nfc(date_line), SERIF_ITALIC, DATE_SIZE) if nfc(date_line) else None
    if office is None:
        return HeaderBlock([], 0, national, motto_rule, (None, date), 0.0)
    left_w = LEFT_WIDTH[is_landscape]
    agency: list[_Line] = []
    if nfc(office.parent_agency):
        agency += _wrapped(upper(office.parent_agency), SERIF, AGENCY_SIZE, left_w)
    name_lines = _wrapped(upper(office.name), SERIF_BOLD, AGENCY_SIZE, left_w)
    agency += name_lines
    name_w = max((string_width(t, f, s) for t, f, s in name_lines), default=0.0)
    agency_rule = max(name_w * 0.4, 15 * mm)
    no = (nfc(number), SERIF, NUMBER_SIZE) if nfc(number) else None
    return HeaderBlock(agency, agency_rule, national, motto_rule, (no, date), left_w)
