"""Initiative input rules."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import (
    AuthorShare,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
    equal_shares,
    format_size,
    parse_date_text,
    parse_kind,
    parse_scope,
    parse_status,
    safe_file_name,
)

TODAY = date(2025, 6, 1)


def make(**kw: object) -> InitiativeInput:
    base: dict[str, object] = {"title": "Số hoá hồ sơ", "year": 2024, "unit_id": 1}
    base.update(kw)
    return InitiativeInput(**base)  # type: ignore[arg-type]


def code_of(data: InitiativeInput) -> tuple[str, str]:
    with pytest.raises(ValidationError) as info:
        data.validated(TODAY)
    return info.value.field, info.value.code


def test_title_is_required_and_cleaned() -> None:
    assert code_of(make(title="  \u200b ")) == ("title", "required")
    ok = make(title="  Số  hoá\u00a0hồ sơ ").validated(TODAY)
    assert ok.title == "Số hoá hồ sơ"


def test_needs_an_author_or_a_unit() -> None:
    assert code_of(make(unit_id=None)) == ("authors", "author_or_unit")
    assert make(unit_id=None, authors=(AuthorShare(5),)).validated(TODAY).unit_id is None


def test_single_author_gets_full_share() -> None:
    ok = make(authors=(AuthorShare(5),)).validated(TODAY)
    assert ok.authors == (AuthorShare(5, 100.0),)
    assert code_of(make(authors=(AuthorShare(5, 60),))) == ("shares", "single_share")


def test_shares_must_add_up_to_100() -> None:
    good = make(authors=(AuthorShare(1, 50), AuthorShare(2, 30), AuthorShare(3, 20)))
    assert [a.share for a in good.validated(TODAY).authors] == [50, 30, 20]
    assert code_of(make(authors=(AuthorShare(1, 50), AuthorShare(2, 40)))) == (
        "shares",
        "shares_total",
    )
    assert code_of(make(authors=(AuthorShare(1, 50), AuthorShare(2)))) == (
        "shares",
        "share_missing",
    )
    assert code_of(make(authors=(AuthorShare(1, 100), AuthorShare(2, 0)))) == (
        "shares",
        "share_range",
    )
    thirds = make(authors=tuple(AuthorShare(i, s) for i, s in enumerate(equal_shares(3))))
    assert sum(a.share or 0 for a in thirds.validated(TODAY).authors) == pytest.approx(100)


def test_same_author_twice_is_refused() -> None:
    assert code_of(make(authors=(AuthorShare(1, 50), AuthorShare(1, 50)))) == (
        "authors",
        "duplicate_author",
    )


def test_recognised_needs_a_decision_number() -> None:
    data = make(status=RecognitionStatus.RECOGNISED)
    assert code_of(data) == ("decision_number", "required_when_recognised")
    ok = make(status=RecognitionStatus.RECOGNISED, decision_number=" 12/QĐ-SNV ")
    assert ok.validated(TODAY).decision_number == "12/QĐ-SNV"


def test_recognition_date_not_before_the_year_nor_future() -> None:
    assert code_of(make(decision_date=date(2023, 12, 31))) == ("decision_date", "before_year")
    assert code_of(make(decision_date=date(2025, 6, 2))) == ("decision_date", "date_future")
    assert make(decision_date=date(2024, 1, 1)).validated(TODAY).decision_date == date(2024, 1, 1)


def test_benefit_value_not_negative_and_year_range() -> None:
    assert code_of(make(benefit_value=-1)) == ("benefit_value", "negative")
    assert make(benefit_value=0).validated(TODAY).benefit_value == 0
    assert code_of(make(year=1900)) == ("year", "year_range")
    assert code_of(make(year=2027)) == ("year", "year_range")


def test_messages_are_vietnamese() -> None:
    with pytest.raises(ValidationError) as info:
        make(title="").validated(TODAY)
    assert "không được để trống" in info.value.message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sáng kiến", InitiativeKind.INITIATIVE),
        ("SANG KIEN", InitiativeKind.INITIATIVE),
        ("Giải pháp hữu ích", InitiativeKind.USEFUL_SOLUTION),
        ("Đề tài, đề án khoa học", InitiativeKind.RESEARCH),
        ("đề tài", InitiativeKind.RESEARCH),
        ("Mô hình hay", InitiativeKind.GOOD_MODEL),
        ("cách làm mới", InitiativeKind.NEW_METHOD),
        ("Điển hình tiên tiến", InitiativeKind.EXEMPLARY),
        ("", None),
        ("bánh mì", None),
    ],
)
def test_parse_kind(text: str, kind: InitiativeKind | None) -> None:
    assert parse_kind(text) == kind


def test_parse_status_and_scope_and_labels_round_trip() -> None:
    for s in RecognitionStatus:
        assert parse_status(s.label) is s
    for k in InitiativeKind:
        assert parse_kind(k.label) is k
    for sc in Scope:
        assert parse_scope(sc.label) is sc
    assert parse_status("Không được công nhận") is RecognitionStatus.NOT_RECOGNISED
    assert parse_scope("phạm vi tỉnh") is Scope.PROVINCE


def test_file_names_and_sizes() -> None:
    assert safe_file_name("C:\\Users\\a\\Quyết định.pdf") == "Quyết định.pdf"
    assert safe_file_name("/tmp/a:b?.pdf") == "a_b_.pdf"
    assert safe_file_name("  ") == "tep-dinh-kem"
    assert format_size(100) == "100 B"
    assert format_size(3 * 1024 * 1024) == "3,0 MB"


def test_parse_date_text() -> None:
    assert parse_date_text(" 1/2/2024 ") == date(2024, 2, 1)
    assert parse_date_text("2024-02-01") == date(2024, 2, 1)
    assert parse_date_text("") is None
    for bad, code in (("31/02/2024", "date_invalid"), ("hôm qua", "date_format")):
        with pytest.raises(ValidationError) as info:
            parse_date_text(bad)
        assert (info.value.field, info.value.code) == ("decision_date", code)
