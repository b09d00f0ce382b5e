"""CCCD and birth date rules."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd, parse_birth_date


def test_cccd_accepts_twelve_digits_with_card_spacing() -> None:
    assert normalize_cccd("0791 8500 1234") == "079185001234"
    assert normalize_cccd("079.185.001.234") == "079185001234"
    assert normalize_cccd("") == ""
    assert normalize_cccd(None) == ""


def test_cccd_number_that_lost_its_leading_zeros_is_padded() -> None:
    assert normalize_cccd(1099012345) == "001099012345"
    assert normalize_cccd(79185001234.0) == "079185001234"


@pytest.mark.parametrize(
    "bad", ["07918500123", "0791850012345", "07918500123a", "097185001234", "000185001234"]
)
def test_cccd_wrong_length_letters_or_province_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_cccd(bad)
    assert err.value.field == "cccd"


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=12, max_size=12))
def test_cccd_only_ascii_digits(digits: str) -> None:
    # Arabic-Indic and other Unicode digits pass str.isdigit() but are not CCCD digits
    if digits.isascii():
        code = int(digits[:3])
        if 1 <= code <= 96:
            assert normalize_cccd(digits) == digits
            return
    with pytest.raises(ValidationError):
        normalize_cccd(digits)


@given(st.text(max_size=20))
def test_cccd_raises_only_validation_errors(text: str) -> None:
    try:
        result = normalize_cccd(text)
    except ValidationError:
        return
    assert result == "" or (len(result) == 12 and result.isascii() and result.isdigit())


def test_birth_date_forms() -> None:
    today = date(2026, 11, 23)
    assert parse_birth_date("05/03/1980", today) == BirthDate(1980, 3, 5)
    assert parse_birth_date("1980-03-05", today) == BirthDate(1980, 3, 5)
    assert parse_birth_date("1980", today) == BirthDate(1980)
    assert parse_birth_date(date(1980, 3, 5), today) == BirthDate(1980, 3, 5)
    assert parse_birth_date(1980, today) == BirthDate(1980)
    assert parse_birth_date("", today) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31/02/1980", "date_invalid"),
        ("1899", "date_too_old"),
        ("01/01/2030", "date_future"),
        ("năm 80", "date_format"),
    ],
)
def test_bad_birth_dates(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_birth_date(text, date(2026, 11, 23))
    assert err.value.code == code


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 23)))
def test_birth_date_round_trip(d: date) -> None:
    parsed = parse_birth_date(d.strftime("%d/%m/%Y"), date(2026, 11, 23))
    assert parsed is not None
    assert BirthDate.from_iso(parsed.iso()) == parsed
    assert parsed.display() == d.strftime("%d/%m/%Y")
