"""Targets (chỉ tiêu) of a movement by year and for the whole period, planned and achieved."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean


class Measure(StrEnum):
    """Which value of a target: the plan (kế hoạch) or the result (thực hiện)."""

    PLANNED = "ke_hoach"
    ACHIEVED = "thuc_hien"

    @property
    def label(self) -> str:
        """Vietnamese name."""
        return "Kế hoạch" if self is Measure.PLANNED else "Thực hiện"


@dataclass(frozen=True, slots=True)
class TargetValues:
    """Planned and achieved value of a target for one year or for the period."""

    planned: float | None = None
    achieved: float | None = None

    def get(self, measure: Measure) -> float | None:
        """The value of one measure."""
        return self.planned if measure is Measure.PLANNED else self.achieved

    @property
    def percent(self) -> float | None:
        """Achieved over planned in percent (one decimal); None without both."""
        if self.achieved is None or not self.planned:
            return None
        return round(100.0 * self.achieved / self.planned, 1)

    @property
    def empty(self) -> bool:
        """Neither value is set."""
        return self.planned is None and self.achieved is None


@dataclass(frozen=True, slots=True)
class TargetLine:
    """One target with its values for the period and for each year that has any."""

    target_id: int
    description: str
    unit_label: str
    period: TargetValues
    years: dict[int, TargetValues] = field(default_factory=dict)

    def year(self, year: int) -> TargetValues:
        """The values of a year (empty when none were entered)."""
        return self.years.get(year, TargetValues())


@dataclass(frozen=True, slots=True)
class TargetSheet:
    """The targets of a movement and the years of its period."""

    movement_id: int
    movement_name: str
    first_year: int
    last_year: int
    lines: tuple[TargetLine, ...]

    @property
    def years(self) -> tuple[int, ...]:
        """Every year of the movement's period."""
        return tuple(range(self.first_year, self.last_year + 1))


@dataclass(frozen=True, slots=True)
class TargetCell:
    """One value to set: a target, a year (None: the whole period), a measure, the value."""

    target_id: int
    year: int | None
    measure: Measure
    value: float | None

    def validated(self, first_year: int, last_year: int) -> TargetCell:
        """The cell itself, or ValidationError (negative value, year outside the period)."""
        if self.value is not None and self.value < 0:
            raise ValidationError("value", "negative", f"{self.measure.label} không được là số âm.")
        if self.year is not None and not first_year <= self.year <= last_year:
            raise ValidationError(
                "year",
                "year_outside",
                f"Năm {self.year} nằm ngoài thời gian của phong trào ({first_year} - {last_year}).",
            )
        return self


PERIOD_WORDS = ("cả giai đoạn", "giai đoạn", "cả kỳ", "toàn giai đoạn")


def parse_year_cell(text: str) -> tuple[bool, int | None]:
    """`2024` → (True, 2024); empty or `Cả giai đoạn` → (True, None); else (False, None)."""
    value = clean(text).lower()
    if not value or value in PERIOD_WORDS:
        return True, None
    if value.isascii() and value.isdigit() and len(value) == 4:
        return True, int(value)
    return False, None


def period_label(first_year: int, last_year: int) -> str:
    """`Cả giai đoạn 2021 - 2025` (or `Cả năm 2025` for a one-year movement)."""
    if first_year == last_year:
        return f"Cả năm {first_year}"
    return f"Cả giai đoạn {first_year} - {last_year}"


def parse_number(text: str, field: str = "value") -> float | None:
    """A number as a clerk writes it: `12,5`, `1.234,5`, `1.234` (thousands), `12.5`; empty →
    None; ValidationError otherwise."""
    shown = clean(text)
    raw = shown.replace(" ", "").replace("\u00a0", "")
    if not raw:
        return None
    value = raw
    if "," in raw:
        value = raw.replace(".", "").replace(",", ".")
    elif (
        raw.count(".") >= 1
        and all(len(part) == 3 and part.isdigit() for part in raw.split(".")[1:])
        and raw.split(".")[0].lstrip("-").isdigit()
        and len(raw.split(".")[0].lstrip("-")) <= 3
    ):
        value = raw.replace(".", "")
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(field, "not_number", f"“{shown}” không phải là số.") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(field, "not_number", f"“{shown}” không phải là số.")
    return number
