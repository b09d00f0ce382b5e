"""Subjects beyond staff and units: households (hộ gia đình), the positions a person held
(quá trình công tác) and the emulation blocs (khối, cụm thi đua) with their leader by year."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold
from desktop.domain.years import checked_year

MAX_MEMBERS = 100


@dataclass(frozen=True, slots=True)
class HouseholdInput:
    """What a form or an import gives for a household."""

    head_name: str  # chủ hộ
    unit_id: int | None  # the thôn / tổ dân phố
    members: int = 1
    address: str = ""
    note: str = ""

    def validated(self) -> HouseholdInput:
        """Cleaned copy (NFC) or ValidationError."""
        name = clean(self.head_name)
        if not name:
            raise ValidationError("head_name", "required", "Hãy ghi tên chủ hộ.")
        if len(name) > 200:
            raise ValidationError(
                "head_name", "too_long", "Tên chủ hộ dài quá 200 ký tự.", {"limit": 200}
            )
        if self.unit_id is None:
            raise ValidationError("unit_id", "required", "Hãy chọn thôn, tổ dân phố của hộ.")
        if not 1 <= self.members <= MAX_MEMBERS:
            raise ValidationError(
                "members",
                "range",
                f"Số nhân khẩu phải từ 1 đến {MAX_MEMBERS}.",
                {"low": 1, "high": MAX_MEMBERS},
            )
        return replace(self, head_name=name, address=clean(self.address), note=clean(self.note))

    @property
    def name_fold(self) -> str:
        """The folded name, for search."""
        return fold(self.head_name)


@dataclass(frozen=True, slots=True)
class Household:
    """A stored household with its thôn's name."""

    id: int
    uuid: str
    head_name: str
    unit_id: int
    unit_name: str
    members: int
    address: str
    note: str


@dataclass(frozen=True, slots=True)
class PositionInput:
    """A position held (chức vụ) from a date to a date; no end while still held."""

    title: str
    start: date
    end: date | None = None
    leadership: bool = False  # chức vụ lãnh đạo, quản lý
    organisation: str = ""
    note: str = ""

    def validated(self) -> PositionInput:
        """Cleaned copy or ValidationError."""
        title = clean(self.title)
        if not title:
            raise ValidationError("title", "required", "Hãy ghi chức vụ.")
        if self.end is not None and self.end < self.start:
            raise ValidationError(
                "end", "period_order", "Ngày thôi giữ chức vụ không được trước ngày bắt đầu."
            )
        return replace(
            self, title=title, organisation=clean(self.organisation), note=clean(self.note)
        )


@dataclass(frozen=True, slots=True)
class Position:
    """A stored position of a person."""

    id: int
    person_id: int
    data: PositionInput


class BlocKind(StrEnum):
    """Khối or cụm thi đua."""

    KHOI = "khoi"
    CUM = "cum"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {"khoi": "Khối thi đua", "cum": "Cụm thi đua"}[self.value]


@dataclass(frozen=True, slots=True)
class BlocLeaderInput:
    """A unit that led a khối or cụm in a year."""

    bloc_name: str
    year: int
    unit_id: int | None
    kind: BlocKind = BlocKind.KHOI
    note: str = ""

    def validated(self, today: date | None = None) -> BlocLeaderInput:
        """Cleaned copy or ValidationError."""
        today = today or date.today()
        name = clean(self.bloc_name)
        if not name:
            raise ValidationError("bloc_name", "required", "Hãy ghi tên khối, cụm thi đua.")
        checked_year(self.year, 1990, today.year + 1)
        if self.unit_id is None:
            raise ValidationError("unit_id", "required", "Hãy chọn đơn vị dẫn đầu.")
        return replace(self, bloc_name=name, note=clean(self.note))


def bloc_label(kind: BlocKind, name: str) -> str:
    """ "Khối thi đua X", without doubling a name that already says "Khối …" or "Cụm …"."""
    word = fold(kind.label.split()[0])
    return name if fold(name).startswith(word) else f"{kind.label} {name}"


@dataclass(frozen=True, slots=True)
class BlocLeader:
    """A stored leader: which unit led which bloc in which year."""

    id: int
    bloc_id: int
    bloc_name: str
    kind: BlocKind
    year: int
    unit_id: int
    unit_name: str

    @property
    def label(self) -> str:
        """The bloc as written in a reason or a table."""
        return bloc_label(self.kind, self.bloc_name)
