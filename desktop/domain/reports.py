"""Periodic reports on emulation and commendation work: kinds, periods and the written parts.

A report covers a period (the first six months of a year, a year, several years, or any date
range) and a scope (all the office's work, or one movement). Records dated by a day count when
the day falls in the period; records that carry only a year (an award without a decision date,
an initiative not yet decided) count on the last day of that year.

Leaders and direct workers (Biểu 0603.N) are told apart by the person's recorded position
(`leader_rank`): an empty or non-leading position counts as a direct worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold

FIRST_YEAR = 1990


class ReportKind(StrEnum):
    """Loại báo cáo."""

    HALF_YEAR = "6-thang"
    YEAR = "nam"
    MIDTERM = "so-ket"
    FINAL = "tong-ket"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "6-thang": "Báo cáo 6 tháng",
            "nam": "Báo cáo năm",
            "so-ket": "Báo cáo sơ kết",
            "tong-ket": "Báo cáo tổng kết",
        }[self.value]


def parse_kind(text: str) -> ReportKind:
    """`6-thang`, `nam`, `so-ket` or `tong-ket` (diacritics and case ignored)."""
    key = fold(text).replace(" ", "-").replace("_", "-")
    for kind in ReportKind:
        if key == kind.value:
            return kind
    raise ValidationError(
        "kind",
        "bad_kind",
        f"Loại báo cáo «{clean(text)}» không hợp lệ; dùng 6-thang, nam, so-ket hoặc tong-ket.",
    )


@dataclass(frozen=True, slots=True)
class Span:
    """Days and scope of one report query: a movement, or None for all the office's work."""

    start: date
    end: date
    movement_id: int | None = None

    @property
    def first_year(self) -> int:
        """The calendar year of the first day."""
        return self.start.year

    @property
    def last_year(self) -> int:
        """The calendar year of the last day."""
        return self.end.year


@dataclass(frozen=True, slots=True)
class Period:
    """A closed date range with the text it was given as."""

    start: date
    end: date
    text: str = ""

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years the period touches."""
        return tuple(range(self.start.year, self.end.year + 1))

    @property
    def is_half_year(self) -> bool:
        """First six months of one year."""
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            6,
            30,
        ) and self.start.year == self.end.year

    @property
    def whole_years(self) -> bool:
        """From 1 January to 31 December."""
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31)

    @property
    def label(self) -> str:
        """As printed: `6 tháng đầu năm 2025`, `năm 2025`, `giai đoạn 2021 - 2025`, or dates."""
        if self.is_half_year:
            return f"6 tháng đầu năm {self.start.year}"
        if self.whole_years:
            if self.start.year == self.end.year:
                return f"năm {self.start.year}"
            return f"giai đoạn {self.start.year} - {self.end.year}"
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    def previous(self) -> Period:
        """The previous comparable period: the same half or the same number of years before,
        or a range of the same length ending the day before."""
        if self.is_half_year:
            y = self.start.year - 1
            return Period(date(y, 1, 1), date(y, 6, 30), f"{y}-H1")
        if self.whole_years:
            n = self.end.year - self.start.year + 1
            a, b = self.start.year - n, self.end.year - n
            return Period(date(a, 1, 1), date(b, 12, 31), str(a) if n == 1 else f"{a}-{b}")
        days = (self.end - self.start).days
        end = self.start - timedelta(days=1)
        start = end - timedelta(days=days)
        return Period(start, end, f"{start.isoformat()}:{end.isoformat()}")

    def default_kind(self) -> ReportKind:
        """The kind a period suggests: 6 months, a year, or a tổng kết for several years."""
        if self.is_half_year:
            return ReportKind.HALF_YEAR
        if self.whole_years and self.start.year == self.end.year:
            return ReportKind.YEAR
        return ReportKind.FINAL


def _bad(text: str, why: str) -> ValidationError:
    return ValidationError(
        "period", "bad_period", f"Kỳ báo cáo «{text}» không hợp lệ: {why}", {"text": text}
    )


def _year(text: str, raw: str) -> int:
    y = int(text)
    if not FIRST_YEAR <= y <= 2100:
        raise _bad(raw, f"năm phải trong khoảng {FIRST_YEAR} - 2100.")
    return y


def _day(text: str, raw: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _bad(raw, f"ngày «{text}» không có thật (viết YYYY-MM-DD).") from None


def parse_period(text: str) -> Period:
    """`2025`, `2025-H1` (6 tháng đầu năm), `2021-2025`, or `YYYY-MM-DD:YYYY-MM-DD`."""
    raw = clean(text)
    s = raw.replace(" ", "").upper()
    if re.fullmatch(r"\d{4}", s):
        y = _year(s, raw)
        return Period(date(y, 1, 1), date(y, 12, 31), s)
    if m := re.fullmatch(r"(\d{4})-(H1|6T)", s):
        y = _year(m.group(1), raw)
        return Period(date(y, 1, 1), date(y, 6, 30), f"{y}-H1")
    if m := re.fullmatch(r"(\d{4})-(\d{4})", s):
        a, b = _year(m.group(1), raw), _year(m.group(2), raw)
        if b < a:
            raise _bad(raw, "năm cuối đứng trước năm đầu.")
        return Period(date(a, 1, 1), date(b, 12, 31), f"{a}-{b}")
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})", s):
        a_day, b_day = _day(m.group(1), raw), _day(m.group(2), raw)
        if b_day < a_day:
            raise _bad(raw, "ngày cuối đứng trước ngày đầu.")
        _year(str(a_day.year), raw)
        _year(str(b_day.year), raw)
        return Period(a_day, b_day, f"{a_day.isoformat()}:{b_day.isoformat()}")
    if not raw:
        raise ValidationError("period", "required", "Hãy ghi kỳ báo cáo (ví dụ 2025).")
    raise _bad(raw, "viết 2025, 2025-H1, 2021-2025 hoặc 2025-01-01:2025-06-30.")


@dataclass(frozen=True, slots=True)
class WrittenParts:
    """The office's own text: I, III (ưu điểm, hạn chế và nguyên nhân, bài học), IV."""

    direction: str = ""  # I. Công tác chỉ đạo, triển khai
    strengths: str = ""  # III.1 Ưu điểm
    weaknesses: str = ""  # III.2 Hạn chế và nguyên nhân
    lessons: str = ""  # III.3 Bài học kinh nghiệm
    tasks: str = ""  # IV. Phương hướng, nhiệm vụ

    def validated(self) -> WrittenParts:
        """A copy with each part cleaned (NFC, trimmed; line breaks kept)."""
        return replace(
            self,
            **{
                name: "\n".join(clean(line) for line in getattr(self, name).splitlines()).strip()
                for name in ("direction", "strengths", "weaknesses", "lessons", "tasks")
            },
        )

    @property
    def is_empty(self) -> bool:
        """No part written."""
        return not any((self.direction, self.strengths, self.weaknesses, self.lessons, self.tasks))


@dataclass(frozen=True, slots=True)
class ReportInput:
    """What a saved report holds: kind, period, scope and the written parts."""

    kind: ReportKind
    period: Period
    movement_id: int | None = None
    parts: WrittenParts = WrittenParts()

    def validated(self) -> ReportInput:
        """Cleaned copy or ValidationError."""
        return replace(self, parts=self.parts.validated())


@dataclass(frozen=True, slots=True)
class SavedReport:
    """A stored report."""

    id: int
    data: ReportInput
    updated_at: str = ""


class LeaderRank(StrEnum):
    """The rows of Biểu 0603.N for individuals."""

    PROVINCE = "lanh_dao_tinh"  # Lãnh đạo cấp bộ, cấp tỉnh trở lên
    DEPARTMENT = "lanh_dao_so"  # Lãnh đạo cấp vụ, sở và tương đương
    BUSINESS = "doanh_nhan"  # Doanh nhân
    OTHER_LEADER = "lanh_dao_khac"  # Lãnh đạo khác từ phó phòng trở lên
    WORKER = "truc_tiep"  # Người trực tiếp công tác, lao động


_PROVINCE_WORDS = ("bo truong", "thu truong", "bi thu tinh uy", "uy ban nhan dan tinh")
_TOP_WORDS = ("truong", "pho", "chanh", "chu tich", "bi thu", "giam doc", "hieu truong")
_DEPT_LEADER = ("giam doc", "vu truong", "cuc truong", "tong cuc truong")


def leader_rank(position: str, business: bool = False) -> LeaderRank:
    """How Biểu 0603.N counts a person, from the position text and whether the person's unit
    is an enterprise or cooperative.

    - "Bộ trưởng", "Thứ trưởng", "Chủ tịch/Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy" → tỉnh;
    - in an enterprise or cooperative: "Giám đốc", "Tổng giám đốc", "Chủ tịch" (and their
      deputies) → doanh nhân;
    - "Giám đốc"/"Phó Giám đốc" (Sở), "Vụ trưởng", "Cục trưởng" → cấp sở — but a "Giám đốc
      Trung tâm" heads a unit under the Sở and counts with the other leaders;
    - a position starting with Trưởng/Phó/Chánh/Chủ tịch/Bí thư/Hiệu trưởng, or containing
      "trưởng phòng"/"trưởng ban" → lãnh đạo khác từ phó phòng trở lên;
    - anything else, and an empty position → người trực tiếp công tác, lao động.
    """
    p = " ".join(fold(position).replace(",", " ").split())
    if not p:
        return LeaderRank.WORKER
    if any(w in p for w in _PROVINCE_WORDS) or (
        p.startswith(("chu tich", "pho chu tich")) and p.endswith("tinh")
    ):
        return LeaderRank.PROVINCE
    leads = p.startswith(_TOP_WORDS) or "truong phong" in p or "truong ban" in p
    head = p.removeprefix("pho ").strip()
    if business and head.startswith(("giam doc", "tong giam doc", "chu tich")):
        return LeaderRank.BUSINESS
    if head.startswith(_DEPT_LEADER) and not head.startswith(
        ("giam doc trung tam", "giam doc chi nhanh")
    ):
        return LeaderRank.DEPARTMENT
    if leads:
        return LeaderRank.OTHER_LEADER
    return LeaderRank.WORKER


class FormColumn(StrEnum):
    """The award columns of Biểu 0603.N."""

    MERIT = "bang_khen"  # Bằng khen
    FIGHTER = "cstd"  # Chiến sĩ thi đua cấp bộ, tỉnh
    FLAG = "co_thi_dua"  # Cờ thi đua
    BADGE = "huy_hieu"  # Huy hiệu (kỷ niệm chương)


# Which catalog codes fill which column; awards without a code are matched by name.
FORM_CODES: dict[str, FormColumn] = {
    "BK_TINH": FormColumn.MERIT,
    "CSTD_TINH": FormColumn.FIGHTER,
    "CO_TINH": FormColumn.FLAG,
}
FORM_NAME_PREFIXES: tuple[tuple[str, FormColumn], ...] = (
    ("Bằng khen của Chủ tịch", FormColumn.MERIT),
    ("Chiến sĩ thi đua cấp tỉnh", FormColumn.FIGHTER),
    ("Cờ thi đua của Ủy ban nhân dân tỉnh", FormColumn.FLAG),
    ("Cờ thi đua của UBND tỉnh", FormColumn.FLAG),
    ("Kỷ niệm chương", FormColumn.BADGE),
    ("Huy hiệu", FormColumn.BADGE),
)


class FormMethod(StrEnum):
    """Rows "2. Theo phương thức" of Biểu 0603.N.

    Thường xuyên: yearly titles and merit awards (công trạng) and movements run every year;
    Chuyên đề: awards of a batch for a thematic or time-bound movement; Đột xuất; Cống hiến.
    The records carry nothing for Đối ngoại, Niên hạn and Kháng chiến: those rows stay 0.
    """

    REGULAR = "thuong_xuyen"
    THEMATIC = "chuyen_de"
    SUDDEN = "dot_xuat"
    FOREIGN = "doi_ngoai"
    SERVICE = "cong_hien"
    SENIORITY = "nien_han"
    RESISTANCE = "khang_chien"
