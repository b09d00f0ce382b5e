"""Reward money: coefficient × the mức lương cơ sở in force on the decision's date, rounded up
to the ten thousand đồng; no amount where the catalog has no figure (never a guess)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.rewards import BaseSalary, round_up
from desktop.services import rewards


@pytest.fixture
def salaries(ws: object) -> list[BaseSalary]:
    """The seeded table of a real migrated database."""
    return rewards.base_salaries(ws)  # type: ignore[arg-type]


def test_seeded_base_salary_periods(salaries: list[BaseSalary]) -> None:
    assert [(b.start, b.amount) for b in salaries] == [
        (date(2019, 7, 1), 1_490_000),
        (date(2023, 7, 1), 1_800_000),
        (date(2024, 7, 1), 2_340_000),
    ]


# (award, subject kind, decision date, coefficient, base salary, amount)
CASES = [
    # Nghị định 152/2025, base 2.340.000 đ
    ("LDTT", "person", date(2025, 12, 20), "0.3", 2_340_000, 710_000),  # 702.000 → 710.000
    ("CSTDCS", "person", date(2025, 12, 20), "1.0", 2_340_000, 2_340_000),
    ("CSTD_TINH", "person", date(2025, 12, 20), "3.0", 2_340_000, 7_020_000),
    ("CSTD_TQ", "person", date(2025, 7, 1), "4.5", 2_340_000, 10_530_000),
    ("TTLDTT", "unit", date(2025, 12, 20), "0.8", 2_340_000, 1_880_000),  # 1.872.000
    ("TTLDXS", "unit", date(2025, 12, 20), "1.5", 2_340_000, 3_510_000),
    ("CO_TINH", "unit", date(2026, 1, 5), "8.0", 2_340_000, 18_720_000),
    ("CO_CP", "unit", date(2026, 1, 5), "12.0", 2_340_000, 28_080_000),
    ("THON_VH", "unit", date(2025, 12, 20), "1.5", 2_340_000, 3_510_000),
    ("GIAY_KHEN", "person", date(2025, 12, 20), "0.3", 2_340_000, 710_000),
    ("GIAY_KHEN", "unit", date(2025, 12, 20), "0.6", 2_340_000, 1_410_000),  # 1.404.000
    ("GIAY_KHEN", "household", date(2025, 12, 20), "0.45", 2_340_000, 1_060_000),  # 1.053.000
    ("BK_TINH", "unit", date(2025, 12, 20), "3.0", 2_340_000, 7_020_000),
    ("BK_TTG", "unit", date(2025, 12, 20), "7.0", 2_340_000, 16_380_000),
    ("HCLD3", "unit", date(2025, 12, 20), "9.0", 2_340_000, 21_060_000),
    # Nghị định 98/2023: 1.800.000 đ to 30/06/2024, then 2.340.000 đ
    ("CSTDCS", "person", date(2024, 3, 15), "1.0", 1_800_000, 1_800_000),
    ("GIAY_KHEN", "person", date(2024, 3, 15), "0.15", 1_800_000, 270_000),
    ("GIAY_KHEN", "person", date(2024, 6, 30), "0.15", 1_800_000, 270_000),
    ("GIAY_KHEN", "person", date(2024, 7, 1), "0.15", 2_340_000, 360_000),  # 351.000
    ("GIAY_KHEN", "person", date(2025, 6, 30), "0.15", 2_340_000, 360_000),
]


@pytest.mark.parametrize(("code", "kind", "on", "coef", "base", "amount"), CASES)
def test_amount(
    salaries: list[BaseSalary],
    code: str,
    kind: str,
    on: date,
    coef: str,
    base: int,
    amount: int,
) -> None:
    p = rewards.priced(salaries, code, code, kind, on)
    assert p.missing == ""
    assert p.coefficient == Decimal(coef)
    assert p.base_salary == base
    assert p.amount == amount
    assert p.amount % 10_000 == 0
    assert "Nghị định" in p.basis


# Figures not read in any source: no amount, and the reason names the award and the decree.
MISSING = [
    ("LDTT", "person", date(2023, 12, 20), "91/2017"),  # 1.800.000 đ period, NĐ 91 not read
    ("CSTDCS", "person", date(2020, 12, 20), "91/2017"),  # 1.490.000 đ period
    ("LDTT", "person", date(2024, 12, 20), "98/2023"),
    ("TTLDTT", "unit", date(2024, 12, 20), "98/2023"),
    ("BK_TINH", "person", date(2025, 12, 20), "152/2025"),  # the individual amount not found
    ("GDVH", "household", date(2025, 12, 20), "152/2025"),
]


@pytest.mark.parametrize(("code", "kind", "on", "decree"), MISSING)
def test_no_figure_no_amount(
    salaries: list[BaseSalary], code: str, kind: str, on: date, decree: str
) -> None:
    p = rewards.priced(salaries, code, "Tên " + code, kind, on)
    assert p.amount is None
    assert p.coefficient is None
    assert decree in p.missing and "Tên " + code in p.missing and "không tính tiền" in p.missing


def test_before_any_base_salary_no_amount() -> None:
    p = rewards.priced(
        [BaseSalary(date(2024, 7, 1), 2_340_000)], "LDTT", "LĐTT", "person", date(2025, 12, 1)
    )
    assert p.amount == 710_000
    early = rewards.priced(
        [BaseSalary(date(2026, 7, 1), 2_340_000)], "LDTT", "LĐTT", "person", date(2025, 12, 1)
    )
    assert early.amount is None and "mức lương cơ sở" in early.missing


def test_an_added_period_applies_from_its_day(ws: object, salaries: list[BaseSalary]) -> None:
    rewards.add_base_salary(ws, date(2026, 7, 1), 2_530_000, "Nghị định mới")  # type: ignore[arg-type]
    table = rewards.base_salaries(ws)  # type: ignore[arg-type]
    assert rewards.priced(table, "LDTT", "", "person", date(2026, 6, 30)).amount == 710_000
    assert (
        rewards.priced(table, "LDTT", "", "person", date(2026, 7, 1)).amount == 760_000
    )  # 759.000


@pytest.mark.parametrize(
    ("value", "step", "expected"),
    [
        ("702000", 10_000, 710_000),
        ("700000", 10_000, 700_000),
        ("700000.01", 10_000, 710_000),
        ("1", 10_000, 10_000),
        ("351000", 10_000, 360_000),
        ("351000.4", 0, 351_001),
    ],
)
def test_round_up(value: str, step: int, expected: int) -> None:
    assert round_up(Decimal(value), step) == expected
