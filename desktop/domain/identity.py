"""CCCD (số định danh cá nhân) and date rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import ValidationError

_CCCD = re.compile(r"[0-9]{12}")
_CCCD_SEPARATORS = re.compile(r"[\s.\-]")


def normalize_cccd(raw: str | int | float | None) -> str:
    """Return the CCCD as 12 ASCII digits, or "" when empty; raise ValidationError when wrong.

    Spaces, dots and dashes printed on the card are dropped. A number given as an integer (an
    Excel cell that lost its leading zeros) is left-padded to 12 digits.
    """
    if raw is None:
        return ""
    if isinstance(raw, bool):
        raise ValidationError("cccd", "cccd_digits", "Số CCCD phải gồm đúng 12 chữ số.")
    if isinstance(raw, int):
        if raw < 0 or raw >= 10**12:
            raise ValidationError("cccd", "cccd_digits", "Số CCCD phải gồm đúng 12 chữ số.")
        text = f"{raw:012d}"
    elif isinstance(raw, float):
        if not raw.is_integer() or raw < 0 or raw >= 10**12:
            raise ValidationError("cccd", "cccd_digits", "Số CCCD phải gồm đúng 12 chữ số.")
        text = f"{int(raw):012d}"
    else:
        text = _CCCD_SEPARATORS.sub("", str(raw))
        if not text:
            return ""
    if not _CCCD.fullmatch(text):
        raise ValidationError("cccd", "cccd_digits", "Số CCCD phải gồm đúng 12 chữ số.")
    province = int(text[:3])
    if not 1 <= province <= 96:
        raise ValidationError(
            "cccd", "cccd_province", "Ba chữ số đầu của số CCCD phải là mã tỉnh từ 001 đến 096."
        )
    return text


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A birth date that may be known to the day or only to the year."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def year_only(self) -> bool:
        """True when only the year is known."""
        return self.month == 0

    def iso(self) -> str:
        """ISO text for storage: `1980-05-17` or `1980`."""
        if self.year_only:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """Vietnamese display: `17/05/1980` or `1980`."""
        if self.year_only:
            return f"{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    @classmethod
    def from_iso(cls, text: str | None) -> BirthDate | None:
        """Parse what `iso()` wrote; None for empty."""
        if not text:
            return None
        if len(text) == 4:
            return cls(int(text))
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))


_DMY = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_YEAR = re.compile(r"[0-9]{4}")


def parse_birth_date(raw: object, today: date | None = None) -> BirthDate | None:
    """Read a birth date from a date, `dd/mm/yyyy`, `yyyy-mm-dd` or a bare year.

    Raises ValidationError for text that is not a date, a date in the future or before 1900.
    """
    today = today or date.today()
    if raw is None or raw == "":
        return None
    result: BirthDate
    if isinstance(raw, date):  # datetime too
        result = BirthDate(raw.year, raw.month, raw.day)
    elif isinstance(raw, int) and not isinstance(raw, bool):
        result = BirthDate(raw)
    elif isinstance(raw, float) and raw.is_integer():
        result = BirthDate(int(raw))
    else:
        text = str(raw).strip()
        if not text:
            return None
        if m := _DMY.fullmatch(text):
            result = _checked(int(m[3]), int(m[2]), int(m[1]))
        elif m := _YMD.fullmatch(text):
            result = _checked(int(m[1]), int(m[2]), int(m[3]))
        elif _YEAR.fullmatch(text):
            result = BirthDate(int(text))
        else:
            raise ValidationError(
                "birth_date",
                "date_format",
                "Ngày sinh không hợp lệ: ghi dd/mm/yyyy hoặc chỉ năm sinh (yyyy).",
            )
    if result.year < 1900:
        raise ValidationError("birth_date", "date_too_old", "Ngày sinh không được trước năm 1900.")
    if (result.year, result.month or 1, result.day or 1) > (today.year, today.month, today.day):
        raise ValidationError(
            "birth_date", "date_future", "Ngày sinh không được ở sau ngày hôm nay."
        )
    return result


def _checked(year: int, month: int, day: int) -> BirthDate:
    try:
        date(year, month, day)
    except ValueError:
        raise ValidationError(
            "birth_date", "date_invalid", "Ngày sinh không có thật trên lịch."
        ) from None
    return BirthDate(year, month, day)
