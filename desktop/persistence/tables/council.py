"""The council's roster (Hội đồng Thi đua - Khen thưởng) and who attended each batch's meeting."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class CouncilMemberRow(SQLModel, table=True):
    """A member of the office's council: name, office position, council role, term."""

    __tablename__ = "council_member"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    full_name: str
    position: str = ""  # chức vụ at the office, e.g. "Phó Giám đốc Sở"
    role: str  # chu_tich | pho_chu_tich | uy_vien_thuong_truc | uy_vien | thu_ky
    term_from: str | None = None  # ISO date
    term_to: str | None = None  # ISO date
    created_at: str = ""
    updated_at: str = ""


class MeetingAttendanceRow(SQLModel, table=True):
    """One member at one batch's meeting: present, written opinion or absent (names copied, so
    the minutes stay as they were when the roster changes)."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (Index("ix_meeting_attendance_batch_id", "batch_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("proposal_batch.id", ondelete="CASCADE"), nullable=False
        )
    )
    member_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("council_member.id", ondelete="SET NULL"), nullable=True
        ),
    )
    full_name: str
    position: str = ""
    role: str
    attendance: str  # present | written | absent
    is_chair: int = 0
    is_secretary: int = 0
