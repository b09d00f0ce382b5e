"""Saved periodic reports: kind, period, scope and the office's own written parts."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class ReportRow(SQLModel, table=True):
    """A báo cáo 6 tháng / năm / sơ kết / tổng kết with its written parts (I, III, IV)."""

    __tablename__ = "report"
    __table_args__ = (Index("ix_report_kind_updated_at", "kind", "updated_at"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    kind: str  # 6-thang | nam | so-ket | tong-ket
    period_start: str  # ISO
    period_end: str  # ISO
    period_text: str = ""  # as typed: 2025, 2025-H1, 2021-2025, ...
    # The scope: one movement, or NULL for all the office's work.
    movement_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("movement.id", ondelete="SET NULL"), nullable=True),
    )
    direction: str = ""  # I. Công tác chỉ đạo, triển khai
    strengths: str = ""  # III.1 Ưu điểm
    weaknesses: str = ""  # III.2 Hạn chế và nguyên nhân
    lessons: str = ""  # III.3 Bài học kinh nghiệm
    tasks: str = ""  # IV. Phương hướng, nhiệm vụ
    created_at: str = ""
    updated_at: str = ""
