"""User accounts: roles, what each may do, and the rules for names and passwords."""

from __future__ import annotations

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


def parse_role(text: str) -> Role:
    """A role from its code or its Vietnamese name."""
    t = clean(text).casefold()
    for role in Role:
        if t in (role.value, role.label.casefold()):
            return role
    raise ValidationError("role", "unknown", f"Vai trò “{text}” không có.")


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
            "username", "invalid", "Tên đăng nhập tối đa 40 ký tự và không có khoảng trắng."
        )
    return name


def check_password(password: str) -> None:
    """Raise ValidationError for a password too short to be one."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            "too_short",
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.",
        )
