"""Vietnamese text rules: NFC, folding, name split and sort key."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text import (
    clean,
    fold,
    name_sort_key,
    search_tokens,
    split_name,
    text_sort_key,
)

VIET_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
viet_words = st.text(alphabet=VIET_LETTERS + VIET_LETTERS.upper(), min_size=1, max_size=8)
viet_names = st.lists(viet_words, min_size=1, max_size=5).map(" ".join)


def test_clean_makes_nfc_single_spaced_and_drops_invisibles() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị\u00a0Thủy\u200b ")
    assert clean(nfd) == "Nguyễn Thị Thủy"
    assert unicodedata.is_normalized("NFC", clean(nfd))


def test_fold_removes_marks_and_maps_d_stroke() -> None:
    assert fold("NGUYỄN  Thị Hương") == "nguyen thi huong"
    assert fold("Đặng Văn Đức") == "dang van duc"
    assert fold(unicodedata.normalize("NFD", "Phương")) == "phuong"


@given(viet_names)
def test_fold_is_idempotent_and_ascii(name: str) -> None:
    folded = fold(name)
    assert fold(folded) == folded
    assert folded.isascii()
    assert fold(unicodedata.normalize("NFD", name)) == folded


@given(viet_names)
def test_clean_is_idempotent_and_form_independent(name: str) -> None:
    assert clean(clean(name)) == clean(name)
    assert clean(unicodedata.normalize("NFD", name)) == clean(name)


def test_search_tokens_split_on_punctuation() -> None:
    assert search_tokens("  Nguyễn, THỊ-Hương ") == ["nguyen", "thi", "huong"]
    assert search_tokens("") == []


def test_split_name_parts() -> None:
    p = split_name(" Nguyễn  Thị Ngọc Ánh ")
    assert (p.family, p.middle, p.given) == ("Nguyễn", "Thị Ngọc", "Ánh")
    assert split_name("Lê Lợi").middle == ""
    assert split_name("Hùng").given == "Hùng"


@given(viet_names)
def test_split_then_join_gives_the_clean_name(name: str) -> None:
    assert split_name(name).full == clean(name)


def _sorted(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: name_sort_key(split_name(n)))


def test_people_sort_by_given_name_first() -> None:
    assert _sorted(["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn Cường"]) == [
        "Trần Thị An",
        "Nguyễn Văn Bình",
        "Lê Văn Cường",
    ]


def test_then_family_then_middle_name() -> None:
    assert _sorted(["Trần Văn An", "Lê Văn An", "Lê Hữu An"]) == [
        "Lê Hữu An",
        "Lê Văn An",
        "Trần Văn An",
    ]


def test_vietnamese_alphabet_order() -> None:
    # a < ă < â < b, d < đ < e, o < ô < ơ, u < ư
    given_names = ["Đào", "Dung", "Ân", "Ăn", "An", "Bình", "Ơn", "Ôn", "On", "Ưng", "Uyên", "Em"]
    ordered = [split_name(n).given for n in _sorted([f"Lê {g}" for g in given_names])]
    assert ordered == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dung",
        "Đào",
        "Em",
        "On",
        "Ôn",
        "Ơn",
        "Uyên",
        "Ưng",
    ]


def test_tones_after_letters_in_dictionary_order() -> None:
    # không dấu, huyền, hỏi, ngã, sắc, nặng; the letters decide before the tone
    words = ["Mạ", "Má", "Mã", "Mả", "Mà", "Ma", "Mai", "Mách"]
    ordered = [split_name(n).given for n in _sorted([f"Lê {w}" for w in words])]
    assert ordered == ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Mách", "Mai"]


def test_shorter_name_part_sorts_first() -> None:
    assert _sorted(["Lê Thị Hồng Hạnh", "Lê Thị Hạnh"])[0] == "Lê Thị Hạnh"
    assert text_sort_key("Cha") < text_sort_key("Chan")


@given(viet_names)
def test_sort_key_ignores_unicode_form(name: str) -> None:
    nfd = unicodedata.normalize("NFD", name)
    assert name_sort_key(split_name(nfd)) == name_sort_key(split_name(name))


def test_numbers_in_names_sort_by_value() -> None:
    names = ["Phường 10", "Phường 2", "Khóm 1", "Phường 1"]
    assert sorted(names, key=text_sort_key) == ["Khóm 1", "Phường 1", "Phường 2", "Phường 10"]
