"""Certificates (Giấy khen, giấy chứng nhận danh hiệu): the layout of a pre-printed blank, the
printer calibration and the validation of both. Standard library only.

Positions are in millimetres on the landscape A4 sheet (297 × 210 mm), measured from its top left
corner: `x` is the anchor of the text (its left edge, centre or right edge by `align`), `y` the
baseline of the first line. A printer calibration moves and scales the whole sheet:
printed = offset + scale × designed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum

from desktop.domain.errors import ValidationError

PAGE_W_MM = 297.0
PAGE_H_MM = 210.0
ALIGNS = ("left", "center", "right")

# The awards the office itself decides and prints a certificate for.
CERTIFICATE_AWARDS = ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "GIAY_KHEN")

# The variable fields of a blank, in the order the editor lists them.
FIELDS = (
    "name",
    "unit",
    "title",
    "year",
    "decision",
    "place_date",
    "signer_title",
    "signer_name",
    "register",
)
FIELD_LABELS = {
    "name": "Họ và tên / tên tập thể",
    "unit": "Đơn vị",
    "title": "Danh hiệu, hình thức",
    "year": "Năm",
    "decision": "Số, ngày quyết định",
    "place_date": "Địa danh, ngày",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
    "register": "Số vào sổ",
}


@dataclass(frozen=True, slots=True)
class FieldPlacement:
    """Where one variable field prints on the blank."""

    key: str
    x_mm: float
    y_mm: float
    width_mm: float = 120.0  # the box long texts wrap in (and shrink to fit when `wrap` is off)
    size_pt: float = 14.0
    align: str = "center"
    bold: bool = False
    italic: bool = False
    wrap: bool = False  # long text: up to two lines instead of a smaller font

    def validated(self) -> FieldPlacement:
        """The placement checked (ValidationError on a field off the sheet or a bad value)."""
        if self.key not in FIELDS:
            raise ValidationError(
                "key", "unknown_field", f"Không có trường in '{self.key}'.", {"key": self.key}
            )
        if self.align not in ALIGNS:
            raise ValidationError(
                "align",
                "unknown_align",
                f"Căn lề không hợp lệ: {self.align}.",
                {"align": self.align},
            )
        if not (0 <= self.x_mm <= PAGE_W_MM and 0 <= self.y_mm <= PAGE_H_MM):
            raise ValidationError(
                self.key, "off_page", f"Trường '{FIELD_LABELS[self.key]}' nằm ngoài tờ giấy."
            )
        if not 6 <= self.size_pt <= 48:
            raise ValidationError(self.key, "size", "Cỡ chữ phải từ 6 đến 48.")
        if not 10 <= self.width_mm <= PAGE_W_MM:
            raise ValidationError(self.key, "width", "Độ rộng trường phải từ 10 đến 297 mm.")
        return self


@dataclass(frozen=True, slots=True)
class CertificateLayout:
    """The layout of one pre-printed blank: its fields and the scan shown behind them."""

    name: str
    award_code: str = ""  # "" = any award of the office
    fields: tuple[FieldPlacement, ...] = ()
    background: str = ""  # path of a photo or scan of the blank (editor only, never printed)

    def field(self, key: str) -> FieldPlacement | None:
        """The placement of `key`, if the layout prints it."""
        return next((f for f in self.fields if f.key == key), None)

    def validated(self) -> CertificateLayout:
        """The layout checked: a name, known award, each field once and on the sheet."""
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError("name", "required", "Hãy đặt tên cho mẫu phôi.")
        if self.award_code and self.award_code not in CERTIFICATE_AWARDS:
            raise ValidationError(
                "award_code",
                "no_certificate_award",
                f"Không in giấy khen cho mã '{self.award_code}'.",
                {"award": self.award_code},
            )
        keys = [f.key for f in self.fields]
        if len(keys) != len(set(keys)):
            raise ValidationError("fields", "field_twice", "Mỗi trường chỉ được đặt một lần.")
        return replace(self, name=name, fields=tuple(f.validated() for f in self.fields))

    def fields_json(self) -> str:
        """The fields as stored."""
        return json.dumps([asdict(f) for f in self.fields], ensure_ascii=False)

    @staticmethod
    def parse_fields(text: str) -> tuple[FieldPlacement, ...]:
        """Fields from their stored JSON."""
        return tuple(FieldPlacement(**item) for item in json.loads(text or "[]"))


def default_layout(name: str = "Mặc định", award_code: str = "") -> CertificateLayout:
    """A starting layout matching the usual blank (content of NĐ 98/2023 Điều 104)."""
    mid = PAGE_W_MM / 2
    return CertificateLayout(
        name,
        award_code,
        (
            FieldPlacement("title", mid, 92, 220, 24, "center", bold=True),
            FieldPlacement("name", mid, 110, 200, 22, "center", bold=True, wrap=True),
            FieldPlacement("unit", mid, 124, 220, 15, "center", wrap=True),
            FieldPlacement("year", mid, 138, 120, 15, "center"),
            FieldPlacement("decision", 62, 176, 100, 12, "center", italic=True),
            FieldPlacement("register", 62, 183, 100, 12, "center", italic=True),
            FieldPlacement("place_date", 225, 150, 110, 13, "center", italic=True),
            FieldPlacement("signer_title", 225, 158, 110, 13, "center", bold=True, wrap=True),
            FieldPlacement("signer_name", 225, 190, 110, 14, "center", bold=True),
        ),
    )


@dataclass(frozen=True, slots=True)
class Calibration:
    """A printer's correction: where its sheet really starts, and its scale."""

    printer: str = ""
    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale: float = 1.0

    def validated(self) -> Calibration:
        """Checked: offsets within ±20 mm, scale within 0.9–1.1."""
        if not -20 <= self.dx_mm <= 20 or not -20 <= self.dy_mm <= 20:
            raise ValidationError("offset", "offset_range", "Độ lệch phải trong khoảng ±20 mm.")
        if not 0.9 <= self.scale <= 1.1:
            raise ValidationError("scale", "scale_range", "Tỷ lệ phải trong khoảng 0,9 đến 1,1.")
        return replace(self, printer=" ".join(self.printer.split()))

    def apply(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """Where the printer puts a designed point."""
        return self.dx_mm + self.scale * x_mm, self.dy_mm + self.scale * y_mm


@dataclass(frozen=True, slots=True)
class CertificateData:
    """What one certificate prints (plain values)."""

    name: str
    unit: str
    title: str  # award name as printed, e.g. "Lao động tiên tiến"
    award_code: str
    year: int
    decision: str  # "Quyết định số 150/QĐ-STC ngày 20/12/2025"
    place_date: str  # "Sóc Trăng, ngày 20 tháng 12 năm 2025"
    signer_title: str
    signer_name: str
    register: str  # "Số vào sổ: 12/2025"
    issuer_title: str = ""  # chức danh người quyết định, printed red in the plain design
    collective: bool = False
    achievement: str = ""

    def value(self, key: str) -> str:
        """The text of field `key`."""
        if key == "year":
            return f"Năm {self.year}"
        return str(getattr(self, key))


class PrintMode(StrEnum):
    """How certificates are printed: onto pre-printed blanks, or whole pages on plain paper."""

    BLANK = "blank"
    PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One line of the certificate register (sổ vào sổ giấy khen)."""

    year: int
    number: int
    nominee_id: int | None
    batch_id: int | None
    recipient: str
    unit: str
    award_code: str
    award_name: str
    decision_number: str
    mode: PrintMode
    layout_name: str
    printed_by: str
    printed_at: datetime | None  # None until the printing is recorded
    times_printed: int
