"""User accounts: roles, what each may do, and the rules for names and passwords."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8


class Role(StrEnum):
    """quản trị (everything), cán bộ thi đua (enter and edit), lãnh đạo / xem (read, print)."""

    ADMIN = "quan-tri"
    OFFICER = "can-bo"
    VIEWER = "xem"

    @property
    def label(self) -> str:
        """Vietnamese name of the role."""
        return ROLE_LABELS[self]

    @property
    def can_write(self) -> bool:
        """True when the role may change records."""
        return self is not Role.VIEWER


ROLE_LABELS = {
    Role.ADMIN: "Quản trị",
    Role.OFFICER: "Cán bộ thi đua",
    Role.VIEWER: "Lãnh đạo / xem",
}


@dataclass(frozen=True, slots=True)
class Account:
    """An account as shown to an administrator (never its password hash)."""

    uuid: str
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: str  # ISO, "" when not locked
    password_changed_at: str


def normalize_username(text: str) -> str:
    """Login name as stored: NFC, trimmed, case-folded; raises ValidationError when unusable."""
    name = clean(text).casefold()
    if not name:
        raise ValidationError("username", "required", "Tên đăng nhập không được để trống.")
    if len(name) > 40 or any(c.isspace() for c in name):
        raise ValidationError(
            "username",
            "username_format",
            "Tên đăng nhập tối đa 40 ký tự và không có khoảng trắng.",
        )
    return name


# The commonest passwords (published leak lists) and the Vietnamese ones offices pick; a
# password is refused when, lower-cased and without diacritics and separators, it is one of
# these or only one repeated character or a run of consecutive digits or letters.
COMMON_PASSWORDS = frozenset(
    {
        "password",
        "password1",
        "password123",
        "passw0rd",
        "p@ssword",
        "p@ssw0rd",
        "12345678",
        "123456789",
        "1234567890",
        "0123456789",
        "87654321",
        "11111111",
        "00000000",
        "12341234",
        "11223344",
        "qwertyui",
        "qwerty123",
        "qwertyuiop",
        "1q2w3e4r",
        "1qaz2wsx",
        "zaq12wsx",
        "abc12345",
        "abcd1234",
        "iloveyou",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "welcome1",
        "welcome123",
        "admin123",
        "administrator",
        "letmein1",
        "trustno1",
        "superman",
        "starwars",
        "dragon12",
        "computer",
        "internet",
        "monkey12",
        "changeme",
        "matkhau",
        "matkhau1",
        "matkhau123",
        "matkhaumoi",
        "123456aa",
        "123456a@",
        "a1234567",
        "aa123456",
        "admin@123",
        "quantri",
        "quantri1",
        "quantri123",
        "thidua",
        "thidua123",
        "thiduakhenthuong",
        "khenthuong",
        "vietnam1",
        "vietnam123",
        "anhyeuem",
        "yeuemnhieu",
        "hanoi123",
        "saigon123",
    }
)


def _plain(password: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFD", password.casefold().replace("đ", "d"))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def _is_run(text: str) -> bool:
    if len(set(text)) <= 1:
        return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1})


_COMMON_PLAIN = frozenset(_plain(w) for w in COMMON_PASSWORDS)


def check_password(password: str) -> None:
    """Raise ValidationError for a password too short or too common to protect anything."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            "too_short",
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.",
        )
    plain = _plain(password)
    if plain in _COMMON_PLAIN or _is_run(plain) or _is_run(password):
        raise ValidationError(
            "password",
            "too_common",
            "Mật khẩu này quá phổ biến, ai cũng đoán được; hãy chọn mật khẩu khác "
            "(ví dụ một câu ngắn dễ nhớ).",
        )
