"""Dated names: the name (and parent) a unit, the office or its superior had on a given day, and
the rules of renaming with an effective date and of merging units (sáp nhập).

A name's period runs from `valid_from` (None: since before the records) to `valid_to`, both
days included; the current name is stored on the record itself and has no end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean


class OfficeField(StrEnum):
    """Which name of the office a period belongs to."""

    NAME = "name"  # tên cơ quan
    PARENT_AGENCY = "parent_agency"  # cơ quan chủ quản
    PLACE = "place"  # địa danh of the date line


@dataclass(frozen=True, slots=True)
class NamePeriod:
    """A name used from `valid_from` to `valid_to` (days included); `valid_to` None: current."""

    name: str
    valid_from: date | None
    valid_to: date | None
    parent_id: int | None = None
    id: int | None = None  # the stored period; None for the current name

    def covers(self, day: date) -> bool:
        """True when the name was in use on `day`."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def _ordered(periods: Sequence[NamePeriod]) -> list[NamePeriod]:
    return sorted(periods, key=lambda p: (p.valid_to or date.max, p.valid_from or date.min))


def period_on(past: Sequence[NamePeriod], current: NamePeriod, day: date) -> NamePeriod:
    """The period in use on `day`: the past one that covers it, else (a day before the records
    or in a gap) the first past name used after it, else the current one."""
    ordered = _ordered(past)
    for p in ordered:
        if p.covers(day):
            return p
    for p in ordered:
        if p.valid_to is not None and day <= p.valid_to:
            return p
    return current


def current_since(past: Sequence[NamePeriod]) -> date | None:
    """First day of the current name: the day after the last past period."""
    ends = [p.valid_to for p in past if p.valid_to is not None]
    return max(ends) + timedelta(days=1) if ends else None


def clean_name(name: str, field: str = "name") -> str:
    """A name cleaned and checked (required, at most 300 characters)."""
    text = clean(name)
    if not text:
        raise ValidationError(field, "required", "Tên không được để trống.")
    if len(text) > 300:
        raise ValidationError(field, "too_long", "Tên dài quá 300 ký tự.", {"limit": 300})
    return text


def rename_period(
    past: Sequence[NamePeriod], current_name: str, current_parent: int | None, effective: date
) -> NamePeriod:
    """The past period a rename closes: the current name up to the day before `effective`.

    Raises ValidationError (code `rename_too_early`) when `effective` is not after the start of
    the current name.
    """
    since = current_since(past)
    if since is not None and effective <= since:
        raise ValidationError(
            "effective",
            "rename_too_early",
            f"Ngày đổi tên phải sau ngày {since:%d/%m/%Y} (ngày bắt đầu dùng tên hiện tại).",
        )
    return NamePeriod(current_name, since, effective - timedelta(days=1), current_parent)


def check_past_period(past: Sequence[NamePeriod], new: NamePeriod) -> NamePeriod:
    """A past period to add, checked: a name, an end, a start not after the end, no overlap
    with the periods already recorded (ValidationError with codes `required`, `bad_range`,
    `overlap`)."""
    name = clean_name(new.name)
    if new.valid_to is None:
        raise ValidationError("valid_to", "required", "Cần ngày cuối cùng dùng tên này.")
    if new.valid_from is not None and new.valid_from > new.valid_to:
        raise ValidationError("valid_from", "bad_range", "Ngày bắt đầu sau ngày kết thúc.")
    for p in past:
        if p.id is not None and p.id == new.id:
            continue
        lo = max(p.valid_from or date.min, new.valid_from or date.min)
        hi = min(p.valid_to or date.max, new.valid_to)
        if lo <= hi:
            raise ValidationError(
                "valid_from",
                "overlap",
                f"Khoảng thời gian trùng với tên \u201c{p.name}\u201d đã ghi.",
            )
    return NamePeriod(name, new.valid_from, new.valid_to, new.parent_id, new.id)


def shared_names(names: Sequence[str]) -> tuple[str, ...]:
    """The names given more than once (case and spacing aside), in first-seen order."""
    seen: dict[str, str] = {}
    twice: dict[str, str] = {}
    for name in names:
        key = " ".join(name.split()).casefold()
        if key in seen:
            twice.setdefault(key, seen[key])
        else:
            seen[key] = name
    return tuple(twice.values())


def check_merge(from_ids: Sequence[int], into_id: int, closed: set[int]) -> tuple[int, ...]:
    """The units to merge, checked: at least one, not the target itself, none already merged
    (ValidationError codes `merge_empty`, `merge_into_self`, `merge_again`)."""
    sources = tuple(dict.fromkeys(from_ids))
    if not sources:
        raise ValidationError("from", "merge_empty", "Chưa chọn đơn vị nào để sáp nhập.")
    if into_id in sources:
        raise ValidationError(
            "into", "merge_into_self", "Đơn vị nhận sáp nhập không thể là một đơn vị bị sáp nhập."
        )
    again = [u for u in (*sources, into_id) if u in closed]
    if again:
        raise ValidationError(
            "from",
            "merge_again",
            f"Đơn vị số {again[0]} đã được sáp nhập trước đây; không sáp nhập lần nữa.",
        )
    return sources


@dataclass(frozen=True, slots=True)
class MergeMove:
    """How many rows of one kind a merge moves (or keeps with the old unit)."""

    table: str
    column: str
    label: str  # Vietnamese, for the preview
    moved: int
    kept: int = 0  # rows that would collide with the target's own (kept with the old unit)


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a merge will do, for the preview and the command line's answer."""

    into_id: int
    into_name: str
    from_ids: tuple[int, ...]
    from_names: tuple[str, ...]
    merged_on: date
    moves: tuple[MergeMove, ...]
    # names that several sub-units of the receiving unit share after the merge (e.g. two
    # "Khóm 1"): lists and imports cannot tell them apart until they are renamed
    shared_names: tuple[str, ...] = ()

    @property
    def moved_total(self) -> int:
        """Rows moved in all."""
        return sum(m.moved for m in self.moves)


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """A stored merge: which unit became part of which, and when."""

    id: int
    from_unit_id: int
    from_name: str
    into_unit_id: int
    into_name: str
    merged_on: date
