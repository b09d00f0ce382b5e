"""The check every year field makes: within its range, or a coded refusal naming both ends."""

from __future__ import annotations

from desktop.domain.errors import ValidationError


def checked_year(year: int, low: int, high: int, *, field: str = "year", what: str = "Năm") -> int:
    """`year` when from `low` to `high`; else ValidationError `year_range` with {low, high}."""
    if not low <= year <= high:
        raise ValidationError(
            field,
            "year_range",
            f"{what} phải trong khoảng {low} - {high}.",
            {"low": low, "high": high},
        )
    return year
