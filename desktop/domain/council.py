"""The council (Hội đồng Thi đua - Khen thưởng) the office keeps: members with role and term,
and who attended a meeting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean


class Role(StrEnum):
    """A member's role in the council."""

    CHAIR = "chu_tich"
    VICE_CHAIR = "pho_chu_tich"
    STANDING = "uy_vien_thuong_truc"
    MEMBER = "uy_vien"
    SECRETARY = "thu_ky"

    @property
    def label(self) -> str:
        """Vietnamese label, as printed."""
        return {
            "chu_tich": "Chủ tịch Hội đồng",
            "pho_chu_tich": "Phó Chủ tịch Hội đồng",
            "uy_vien_thuong_truc": "Ủy viên thường trực",
            "uy_vien": "Ủy viên",
            "thu_ky": "Ủy viên kiêm Thư ký",
        }[self.value]


class Attendance(StrEnum):
    """How a member took part in a meeting."""

    PRESENT = "present"
    WRITTEN = "written"  # absent, sent a written opinion
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class MemberInput:
    """A member of the roster."""

    full_name: str
    role: Role
    position: str = ""
    term_from: date | None = None
    term_to: date | None = None

    def validated(self) -> MemberInput:
        """Cleaned copy or ValidationError."""
        name = clean(self.full_name)
        if not name:
            raise ValidationError("full_name", "required", "Hãy ghi họ và tên thành viên.")
        if self.term_from and self.term_to and self.term_to < self.term_from:
            raise ValidationError(
                "term_to", "period_order", "Ngày hết nhiệm kỳ không được trước ngày bắt đầu."
            )
        return replace(self, full_name=name, position=clean(self.position))

    def serves_on(self, day: date) -> bool:
        """True when the member's term covers `day`."""
        return (self.term_from is None or self.term_from <= day) and (
            self.term_to is None or day <= self.term_to
        )


@dataclass(frozen=True, slots=True)
class AttendanceInput:
    """One member at one meeting (names copied from the roster)."""

    full_name: str
    role: Role
    attendance: Attendance
    position: str = ""
    member_id: int | None = None
    is_chair: bool = False
    is_secretary: bool = False


@dataclass(frozen=True, slots=True)
class AttendanceCounts:
    """Members in total, present, and absent with a written opinion."""

    total: int
    present: int
    written: int


def counts(rows: list[AttendanceInput]) -> AttendanceCounts:
    """The counts the meeting's checks use."""
    return AttendanceCounts(
        len(rows),
        sum(1 for r in rows if r.attendance is Attendance.PRESENT),
        sum(1 for r in rows if r.attendance is Attendance.WRITTEN),
    )


def check_attendance(rows: list[AttendanceInput]) -> tuple[AttendanceInput, AttendanceInput]:
    """The chair and the secretary (one each, both present); ValidationError otherwise."""
    chairs = [r for r in rows if r.is_chair]
    secretaries = [r for r in rows if r.is_secretary]
    if len(chairs) != 1:
        raise ValidationError("chair", "one_chair", "Hãy chọn một người chủ trì cuộc họp.")
    if len(secretaries) != 1:
        raise ValidationError("secretary", "one_secretary", "Hãy chọn một thư ký cuộc họp.")
    for r, what in ((chairs[0], "Người chủ trì"), (secretaries[0], "Thư ký")):
        if r.attendance is not Attendance.PRESENT:
            raise ValidationError(
                "attendance", "absent_officer", f"{what} ({r.full_name}) phải có mặt tại cuộc họp."
            )
    return chairs[0], secretaries[0]


@dataclass(frozen=True, slots=True)
class Member:
    """A stored member."""

    id: int
    data: MemberInput
