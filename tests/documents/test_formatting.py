"""The pure formatting rules of Nghị định 30/2020: dates, numbers, percentages."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.documents.formatting import (
    date_line,
    doc_symbol,
    markup,
    number_line,
    paragraphs,
    percent_text,
    reaches,
    time_words,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 5), "Sóc Trăng, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 9), "Sóc Trăng, ngày 09 tháng 01 năm 2026"),
        (date(2026, 1, 10), "Sóc Trăng, ngày 10 tháng 01 năm 2026"),
        (date(2026, 3, 1), "Sóc Trăng, ngày 01 tháng 3 năm 2026"),
        (date(2025, 9, 30), "Sóc Trăng, ngày 30 tháng 9 năm 2025"),
        (date(2025, 10, 2), "Sóc Trăng, ngày 02 tháng 10 năm 2025"),
        (date(2025, 12, 31), "Sóc Trăng, ngày 31 tháng 12 năm 2025"),
    ],
)
def test_date_line_has_leading_zeros_for_days_under_10_and_months_1_and_2(
    day: date, expected: str
) -> None:
    assert date_line("Sóc Trăng", day) == expected


def test_date_line_is_nfc_whatever_the_input() -> None:
    decomposed = "So\u0301c Tra\u0306ng"
    assert date_line(decomposed, date(2026, 2, 5)).startswith("Sóc Trăng, ")


def test_time_words() -> None:
    assert time_words(datetime(2026, 1, 30, 8, 5)) == "08 giờ 05 phút, ngày 30 tháng 01 năm 2026"


def test_number_and_symbol() -> None:
    assert doc_symbol(5, "TTr", "STC") == "05/TTr-STC"
    assert doc_symbol(125, "BB", "HĐTĐKT") == "125/BB-HĐTĐKT"
    assert number_line(5, "TTr", "STC") == "Số: 05/TTr-STC"
    assert number_line(None, "TTr", "STC").endswith("/TTr-STC")


def test_percent_of_total_members_and_threshold_compared_exactly() -> None:
    assert percent_text(9, 11) == "81,82%"
    assert percent_text(10, 10) == "100,00%"
    assert reaches(9, 11, 80)
    assert reaches(8, 10, 80)  # exactly 80 % reaches 80 %
    assert not reaches(9, 11, 90)  # 81.8 %
    assert not reaches(0, 0, 80)


def test_markup_escapes_and_splits_paragraphs() -> None:
    assert markup("A <b> & B") == "A &lt;b&gt; &amp; B"
    assert paragraphs("Một\n\n  Hai  ba \nBốn") == ["Một", "Hai ba", "Bốn"]
