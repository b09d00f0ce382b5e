"""Initiatives, their authors and attached files (stored inside the database)."""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class InitiativeRow(SQLModel, table=True):
    """Sáng kiến, giải pháp, đề tài, mô hình hay, cách làm mới, điển hình tiên tiến."""

    __tablename__ = "initiative"
    __table_args__ = (
        Index("ix_initiative_sort_key", "sort_key"),
        Index("ix_initiative_year_status", "year", "status"),
        Index("ix_initiative_unit_id", "unit_id"),
        Index("ix_initiative_movement_id", "movement_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    title_fold: str  # folded title: diacritic-insensitive search on word starts
    sort_key: str
    kind: str
    unit_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT"), nullable=True),
    )
    # The movement it came from; deleting the movement keeps the initiative.
    movement_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("movement.id", ondelete="SET NULL"), nullable=True),
    )
    field: str = ""
    year: int
    summary: str = ""
    benefit: str = ""
    benefit_value: int | None = None  # whole đồng
    status: str
    recognising_body: str = ""
    decision_number: str = ""
    decision_date: str | None = None  # ISO
    scope: str | None = None
    # One initiative, one award: which award it served (filled by the proposals work).
    used_for_award: str = ""
    used_for_ref: str = ""
    used_at: str | None = None
    created_at: str = ""
    updated_at: str = ""


class InitiativeAuthorRow(SQLModel, table=True):
    """An author of an initiative with the share in percent."""

    __tablename__ = "initiative_author"
    __table_args__ = (
        UniqueConstraint("initiative_id", "person_id"),
        Index("ix_initiative_author_person_id", "person_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    initiative_id: int = Field(
        sa_column=Column(Integer, ForeignKey("initiative.id", ondelete="CASCADE"), nullable=False)
    )
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), nullable=False)
    )
    share: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    position: int = 0


class AttachmentRow(SQLModel, table=True):
    """A file attached to an initiative: its bytes live here, never a path."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_initiative_id", "initiative_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    initiative_id: int = Field(
        sa_column=Column(Integer, ForeignKey("initiative.id", ondelete="CASCADE"), nullable=False)
    )
    name: str
    size: int
    sha256: str
    blob: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str = ""
