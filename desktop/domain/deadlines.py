"""Deadlines: a movement's milestones and the office's recurring duties, what is late, what is
due soon, and the duties a provincial plan sets (suggested when a movement is created).

The duties come from the province's plans kept in shared/seeds: the Văn phòng reports "định kỳ
6 tháng, năm" to the Thường trực Hội đồng Thi đua - Khen thưởng tỉnh; sơ kết "vào năm 2023" and
tổng kết "vào năm 2025" of a 2021 - 2025 movement (the middle and the last year of the period);
"chấm điểm thi đua ... trong tháng 3 hàng năm"; units "đăng ký" their emulation targets each year.
The plans name no day for the reports or the registration: the days used here (15/6, 10/12,
31/1) are the program's own defaults, which the clerk changes in the movement's milestones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.movements import MilestoneInput, MilestoneKind, shift_years
from desktop.domain.text import clean

DEFAULT_DAYS = 30
MAX_DAYS = 3660
OFFICE = "Văn phòng"
COUNCIL = "Hội đồng Thi đua - Khen thưởng"
UNITS = "Các phòng, đơn vị"


class Repeat(StrEnum):
    """Whether a duty comes back: once marked done, the next one is added."""

    ONCE = ""
    YEARLY = "hang_nam"


class DueSource(StrEnum):
    """Where a deadline is kept: an office duty or a movement's milestone."""

    DUTY = "duty"
    MILESTONE = "milestone"


def _text(value: str, field: str, label: str, limit: int, *, required: bool = False) -> str:
    result = clean(value)
    if required and not result:
        raise ValidationError(field, "required", f"{label} không được để trống.")
    if len(result) > limit:
        raise ValidationError(
            field, "too_long", f"{label} dài quá {limit} ký tự.", {"limit": limit}
        )
    return result


@dataclass(frozen=True, slots=True)
class DutyInput:
    """An office duty with its due date and who does it."""

    title: str
    kind: MilestoneKind
    due_on: date
    assignee: str = ""
    repeat: Repeat = Repeat.ONCE
    note: str = ""
    movement_id: int | None = None

    def validated(self) -> DutyInput:
        """Cleaned copy (title defaults to the kind's label) or ValidationError."""
        title = _text(self.title, "title", "Tên việc", 200) or self.kind.label
        return replace(
            self,
            title=title,
            assignee=_text(self.assignee, "assignee", "Người thực hiện", 200),
            note=_text(self.note, "note", "Ghi chú", 2000),
        )


@dataclass(frozen=True, slots=True)
class DueItem:
    """One deadline as listed: an office duty or a movement's milestone."""

    source: DueSource
    id: int
    title: str
    kind: MilestoneKind
    due_on: date
    assignee: str = ""
    movement: str = ""  # the movement's name, "" for an office duty
    done_on: date | None = None
    repeat: Repeat = Repeat.ONCE

    def days_left(self, today: date) -> int:
        """Days until the due date (negative when late)."""
        return (self.due_on - today).days

@dataclass(frozen=True, slots=True)
class DueView:
    """What is late and what is due within the window, each sorted by due date."""

    today: date
    days: int
    late: tuple[DueItem, ...]
    soon: tuple[DueItem, ...]


def check_days(days: int) -> int:
    """The look-ahead window in days, or ValidationError."""
    if days < 0 or days > MAX_DAYS:
        raise ValidationError(
            "days", "range", f"Số ngày phải từ 0 đến {MAX_DAYS}.", {"low": 0, "high": MAX_DAYS}
        )
    return days


def due_view(items: list[DueItem], today: date, days: int = DEFAULT_DAYS) -> DueView:
    """Split open deadlines into late ones and those due in the next `days` days."""
    check_days(days)
    horizon = today + timedelta(days=days)
    open_items = sorted(
        (i for i in items if i.done_on is None), key=lambda i: (i.due_on, i.title, i.id)
    )
    late = tuple(i for i in open_items if i.due_on < today)
    soon = tuple(i for i in open_items if today <= i.due_on <= horizon)
    return DueView(today, days, late, soon)


def next_occurrence(duty: DutyInput) -> DutyInput | None:
    """The same duty a year later for a yearly duty (None for a one-off)."""
    if duty.repeat is not Repeat.YEARLY:
        return None
    title = re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group()) + 1), duty.title)
    return replace(duty, title=title, due_on=shift_years(duty.due_on, 1))


def plan_duties(start: date, end: date) -> tuple[MilestoneInput, ...]:
    """The duties the provincial plans set for a movement running from `start` to `end`:
    6-month and yearly reports, the March scoring of the year before, the yearly
    registration, sơ kết in the middle year (periods of three years or more) and tổng kết in
    the last year."""
    found: list[MilestoneInput] = []

    def add(kind: MilestoneKind, due: date, title: str, who: str) -> None:
        if start <= due <= end:
            found.append(MilestoneInput(kind, due, title, assignee=who))

    for year in range(start.year, end.year + 1):
        add(MilestoneKind.REGISTRATION, date(year, 1, 31), f"Đăng ký thi đua năm {year}", UNITS)
        add(MilestoneKind.HALF_YEAR, date(year, 6, 15), f"Báo cáo 6 tháng đầu năm {year}", OFFICE)
        if year < end.year:
            add(MilestoneKind.YEARLY, date(year, 12, 10), f"Báo cáo năm {year}", OFFICE)
        if year > start.year:
            title = f"Chấm điểm thi đua năm {year - 1}"
            add(MilestoneKind.SCORING, date(year, 3, 31), title, COUNCIL)
    if end.year - start.year >= 2:
        mid = start.year + (end.year - start.year) // 2
        title = f"Sơ kết phong trào năm {mid}"
        found.append(
            MilestoneInput(MilestoneKind.MIDTERM, date(mid, 12, 20), title, assignee=OFFICE)
        )
    final = f"Tổng kết phong trào năm {end.year}"
    found.append(MilestoneInput(MilestoneKind.FINAL, end, final, assignee=OFFICE))
    return tuple(sorted(found, key=lambda m: (m.due_on, m.kind.value)))


def office_duties(year: int) -> tuple[DutyInput, ...]:
    """The office's own yearly duties for `year` (each repeats once marked done)."""
    return (
        DutyInput(
            f"Đăng ký thi đua năm {year}", MilestoneKind.REGISTRATION, date(year, 1, 31), UNITS,
            Repeat.YEARLY,
        ),
        DutyInput(
            f"Chấm điểm thi đua năm {year - 1}", MilestoneKind.SCORING, date(year, 3, 31), COUNCIL,
            Repeat.YEARLY,
        ),
        DutyInput(
            f"Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm {year}",
            MilestoneKind.HALF_YEAR, date(year, 6, 15), OFFICE, Repeat.YEARLY,
        ),
        DutyInput(
            f"Báo cáo công tác thi đua, khen thưởng năm {year}", MilestoneKind.YEARLY,
            date(year, 12, 10), OFFICE, Repeat.YEARLY,
        ),
    )  # fmt: skip
