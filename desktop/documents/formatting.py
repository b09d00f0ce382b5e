"""Pure text formatting for printed papers (Nghị định 30/2020): dates, numbers, markup."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from fractions import Fraction
from xml.sax.saxutils import escape


def nfc(text: str | None) -> str:
    """The text in NFC, without surrounding blanks (None → "")."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


def markup(text: str | None) -> str:
    """NFC text made safe for a reportlab Paragraph (& < > escaped, blanks collapsed)."""
    return escape(" ".join(nfc(text).split()))


def paragraphs(text: str | None) -> list[str]:
    """Split a stored multi-line text into its non-empty paragraphs (NFC, escaped)."""
    return [markup(line) for line in nfc(text).splitlines() if line.strip()]


def day_text(d: date) -> str:
    """The day of month: a leading zero below 10 (`05`)."""
    return f"{d.day:02d}"


def month_text(d: date) -> str:
    """The month: a leading zero for January and February only (`01`, `02`, `3` … `12`)."""
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def date_words(d: date) -> str:
    """`ngày 05 tháng 02 năm 2026` as written in official papers."""
    return f"ngày {day_text(d)} tháng {month_text(d)} năm {d.year}"


def date_line(place: str, d: date) -> str:
    """The place-date line: `Sóc Trăng, ngày 05 tháng 02 năm 2026`."""
    place = nfc(place)
    return f"{place}, {date_words(d)}" if place else f"…, {date_words(d)}"


def time_words(moment: datetime) -> str:
    """`08 giờ 30 phút, ngày 05 tháng 02 năm 2026`."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


def doc_symbol(number: int | None, kind: str, agency: str) -> str:
    """The number and symbol `05/TTr-STC` (numbers under 10 get a leading zero; a missing
    number leaves room to write it by hand)."""
    number_part = f"{number:02d}" if number is not None else "\u00a0" * 8
    suffix = f"{kind}-{agency}" if kind and agency else (kind or agency)
    return f"{number_part}/{suffix}"


def number_line(number: int | None, kind: str, agency: str) -> str:
    """`Số: 05/TTr-STC`."""
    return f"Số: {doc_symbol(number, kind, agency)}"


def count_text(n: int) -> str:
    """A count in official style: `05`, `12`, `120`."""
    return f"{n:02d}"


def percent_text(part: int, whole: int) -> str:
    """`part` of `whole` as a Vietnamese percentage with two decimals: `92,31%`."""
    if whole <= 0:
        return "—"
    value = round(Fraction(part * 100, whole), 2)
    return f"{float(value):.2f}".replace(".", ",") + "%"


def reaches(part: int, whole: int, threshold_percent: int) -> bool:
    """Whether `part` of `whole` reaches `threshold_percent`, compared exactly."""
    return whole > 0 and part * 100 >= threshold_percent * whole


def upper(text: str) -> str:
    """Upper case of NFC text (Vietnamese letters keep their marks)."""
    return unicodedata.normalize("NFC", nfc(text).upper())
