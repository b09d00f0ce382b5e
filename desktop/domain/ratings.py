"""Yearly ratings (xếp loại chất lượng) of people and units, and discipline (kỷ luật)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.labelled import LabelledEnum
from desktop.domain.text import clean, fold
from desktop.domain.years import checked_year


class Rating(StrEnum):
    """The official yearly rating; stored as the short code."""

    EXCELLENT = "HTXSNV"
    GOOD = "HTTNV"
    DONE = "HTNV"
    NOT_DONE = "KHTNV"

    @property
    def label(self) -> str:
        """The full Vietnamese phrase."""
        return RATING_LABELS[self]

    @property
    def order(self) -> int:
        """0 for the best rating, 3 for the worst."""
        return list(Rating).index(self)


RATING_LABELS: dict[Rating, str] = {
    Rating.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    Rating.GOOD: "Hoàn thành tốt nhiệm vụ",
    Rating.DONE: "Hoàn thành nhiệm vụ",
    Rating.NOT_DONE: "Không hoàn thành nhiệm vụ",
}


def parse_rating(text: object) -> Rating | None:
    """Read the full phrase or the code (HTXSNV, HTTNV, HTNV, KHTNV; also HTXS, HTT, HT, KHT),
    ignoring case, diacritics and punctuation. None for empty; ValidationError when unknown."""
    if text is None:
        return None
    key = fold(str(text)).replace(".", "").replace("-", " ").strip()
    if not key:
        return None
    compact = key.replace(" ", "")
    for r in Rating:
        code = r.value.lower()
        if compact in {code, code.removesuffix("nv")} or key == fold(r.label):
            return r
    raise ValidationError(
        "rating",
        "rating_unknown",
        f"Xếp loại “{clean(str(text))}” không hợp lệ: ghi HTXSNV, HTTNV, HTNV, KHTNV "
        "hoặc đủ cụm từ (ví dụ “Hoàn thành tốt nhiệm vụ”).",
    )


class DisciplineKind(LabelledEnum):
    """Hình thức kỷ luật, mildest first."""

    REPRIMAND = "khien_trach", "Khiển trách"
    WARNING = "canh_cao", "Cảnh cáo"
    DISMISSAL_FROM_POST = "cach_chuc", "Cách chức"
    DISMISSAL = "buoc_thoi_viec", "Buộc thôi việc"

    @property
    def at_least_warning(self) -> bool:
        """Cảnh cáo or heavier (blocks Tập thể lao động tiên tiến for the unit)."""
        return self is not DisciplineKind.REPRIMAND


def parse_discipline(text: object) -> DisciplineKind | None:
    """Read a discipline name (any case or accents; `không` means none)."""
    if text is None:
        return None
    key = fold(str(text))
    if key in {"", "khong", "-", "0"}:
        return None
    for kind in DisciplineKind:
        if key == fold(kind.label) or key == kind.value.replace("_", " ") or key == kind.value:
            return kind
    for kind in DisciplineKind:
        if key.startswith(fold(kind.label)):
            return kind
    raise ValidationError(
        "discipline",
        "discipline_unknown",
        f"Hình thức kỷ luật “{clean(str(text))}” không hợp lệ: "
        "ghi Khiển trách, Cảnh cáo, Cách chức hoặc Buộc thôi việc.",
    )


def check_year(year: int, today: date | None = None) -> int:
    """A rating year: from 1990 to next year."""
    return checked_year(year, 1990, (today or date.today()).year + 1, what="Năm xếp loại")


@dataclass(frozen=True, slots=True)
class PersonRatingInput:
    """A person's rating for a year, with any discipline of that year."""

    person_id: int
    year: int
    rating: Rating | None
    discipline: DisciplineKind | None = None
    discipline_decision: str = ""  # số, ngày quyết định kỷ luật
    discipline_from: date | None = None
    discipline_to: date | None = None
    note: str = ""

    def validated(self, today: date | None = None) -> PersonRatingInput:
        """Cleaned copy or ValidationError."""
        check_year(self.year, today)
        if self.rating is None and self.discipline is None:
            raise ValidationError("rating", "required", "Hãy chọn xếp loại.")
        if self.discipline is None and (
            clean(self.discipline_decision) or self.discipline_from or self.discipline_to
        ):
            raise ValidationError(
                "discipline", "required", "Có quyết định kỷ luật thì hãy chọn hình thức kỷ luật."
            )
        if (
            self.discipline_from is not None
            and self.discipline_to is not None
            and self.discipline_to < self.discipline_from
        ):
            raise ValidationError(
                "discipline_to",
                "period_order",
                "Ngày hết thời hạn kỷ luật không được trước ngày bắt đầu.",
            )
        return replace(
            self, discipline_decision=clean(self.discipline_decision), note=clean(self.note)
        )


@dataclass(frozen=True, slots=True)
class UnitRatingInput:
    """An internal unit's rating for a year."""

    unit_id: int
    year: int
    rating: Rating
    note: str = ""

    def validated(self, today: date | None = None) -> UnitRatingInput:
        """Cleaned copy or ValidationError."""
        check_year(self.year, today)
        return replace(self, note=clean(self.note))


@dataclass(frozen=True, slots=True)
class UnitYearRating:
    """An internal unit and its rating of one year (None: not rated)."""

    unit_id: int
    unit_name: str
    rating: Rating | None


@dataclass(frozen=True, slots=True)
class GridRow:
    """A person of the ratings entry grid with the rating and discipline of the year."""

    person_id: int
    full_name: str
    birth: BirthDate | None
    position: str
    rating: Rating | None
    discipline: DisciplineKind | None
