"""A movement quota's allowance: its count, or a percent of the participants rounded down."""

from __future__ import annotations

from fractions import Fraction

import pytest

from desktop.domain.quotas import allowed


@pytest.mark.parametrize(
    ("percent", "count", "participants", "expected"),
    [
        (None, 0, 50, 0),  # a count of 0: nobody without a written reason
        (None, 3, 50, 3),
        (15, None, 20, 3),
        (15, None, 19, 2),  # rounded down: never more than the percent
        (18.4, None, 375, 69),  # 18.4 × 375 / 100 is 68.999… in floating point
        (32.8, None, 375, 123),
        (100, None, 7, 7),
        (10, None, 0, 0),
    ],
)
def test_allowed(percent, count, participants, expected) -> None:  # type: ignore[no-untyped-def]
    assert allowed(percent, count, participants) == expected


def test_percent_with_one_decimal_is_the_exact_floor() -> None:
    for tenths in range(1, 1001):
        for n in range(0, 400):
            exact = Fraction(tenths, 10) * n // 100
            assert allowed(tenths / 10, None, n) == exact, (tenths / 10, n)
