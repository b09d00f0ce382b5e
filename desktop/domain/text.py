"""Vietnamese text rules: NFC storage, folding for search, name parts and the name sort key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that sneak in through copy and paste and must never be stored.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")


def _visible(ch: str) -> bool:
    """False for control and format characters: bidi overrides and isolates (U+202A–202E,
    U+2066–2069, U+200E/F, which make a name display as another), zero-width characters,
    soft hyphens and C0/C1 controls. Whitespace stays (it becomes a single space)."""
    return ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")


def clean(text: str | None) -> str:
    """Return `text` in NFC, without invisible, control or bidi characters, with single
    spaces, trimmed."""
    if not text:
        return ""
    source = str(text)
    text = unicodedata.normalize("NFC", source).translate(_INVISIBLE)
    if not text.isprintable():
        text = "".join(ch for ch in text if _visible(ch))
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    return source if text == source else text  # the same object: a re-check keeps one copy


def loses_diacritics(stored: str, new: str) -> bool:
    """True when `new` is `stored` written with fewer Vietnamese marks (same letters once
    folded): "Phong Tin hoc" for "Phòng Tin học". Such a value must not replace the stored one."""
    if not stored or not new or fold(stored) != fold(new):
        return False
    marks = sum(1 for ch in unicodedata.normalize("NFD", clean(stored)) if not ch.isascii())
    new_marks = sum(1 for ch in unicodedata.normalize("NFD", clean(new)) if not ch.isascii())
    return new_marks < marks


def fold(text: str | None) -> str:
    """Fold for search: lower case, no diacritics, đ → d, single spaces (`Đặng` → `dang`)."""
    if not text:
        return ""
    text = clean(text).casefold().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def search_tokens(query: str | None) -> list[str]:
    """Split a search query into folded words (punctuation dropped)."""
    return [t for t in re.split(r"[^0-9a-z]+", fold(query)) if t]


@dataclass(frozen=True, slots=True)
class NameParts:
    """A Vietnamese full name split into họ, tên đệm and tên."""

    family: str
    middle: str
    given: str

    @property
    def full(self) -> str:
        """The full name as written: họ, tên đệm, tên."""
        return " ".join(p for p in (self.family, self.middle, self.given) if p)


def split_name(full_name: str) -> NameParts:
    """Split a full name: the first word is họ, the last is tên, the rest tên đệm."""
    words = clean(full_name).split(" ")
    words = [w for w in words if w]
    if not words:
        return NameParts("", "", "")
    if len(words) == 1:
        return NameParts("", "", words[0])
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


# Vietnamese alphabet order; f, j, w, z for names of foreign origin.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_CODE = {ch: chr(0x41 + i) for i, ch in enumerate(_ALPHABET)}
_DIGIT_CODE = {str(d): chr(0x36 + d) for d in range(10)}  # after tones, before letters
# Tone order: không dấu, huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_SHAPE_MARKS = {"\u0306": "ă", "\u0302": "^", "\u031b": "'"}
_BASE_WITH_SHAPE = {
    ("a", "ă"): "ă",
    ("a", "^"): "â",
    ("e", "^"): "ê",
    ("o", "^"): "ô",
    ("o", "'"): "ơ",
    ("u", "'"): "ư",
}
_WORD_SEP = " "  # between syllables of one part: below tone and letter codes
_FIELD_SEP = "\x01"  # between name parts: below everything, so "Anh" < "Anh Tú"


def _syllable_key(word: str) -> str:
    letters: list[str] = []
    tone = "0"
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONE_MARKS:
            tone = _TONE_MARKS[ch]
        elif ch in _SHAPE_MARKS and letters:
            shaped = _BASE_WITH_SHAPE.get((letters[-1], _SHAPE_MARKS[ch]))
            if shaped:
                letters[-1] = shaped
        elif ch in _LETTER_CODE or ch in _DIGIT_CODE:
            letters.append(ch)
    encoded = "".join(_LETTER_CODE.get(c) or _DIGIT_CODE[c] for c in letters)
    return encoded + tone


def part_key(part: str) -> str:
    """Collation key of one name part, comparable as plain text (SQLite BINARY order)."""
    # Numbers compare by value ("Phường 2" before "Phường 10"): pad them to a common width.
    return _WORD_SEP.join(
        _syllable_key(w.zfill(8) if w.isascii() and w.isdigit() else w)
        for w in clean(part).split(" ")
        if w
    )


def name_sort_key(parts: NameParts) -> str:
    """Key that sorts people the Vietnamese way: tên, then họ, then tên đệm.

    Inside each part letters compare in the Vietnamese alphabet (a ă â b c d đ …), then the
    tone (không dấu, huyền, hỏi, ngã, sắc, nặng); a shorter syllable comes first.
    """
    return _FIELD_SEP.join((part_key(parts.given), part_key(parts.family), part_key(parts.middle)))


def text_sort_key(text: str) -> str:
    """Vietnamese collation key for any text (unit names, titles), word by word."""
    return part_key(text)
