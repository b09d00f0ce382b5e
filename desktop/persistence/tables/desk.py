"""The clerk's desk: the office's duties with their due dates, and files kept with a batch, one
of its nominees or one of its decisions (signed tờ trình, signed quyết định, ballots, evidence)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, *, nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable)


class DeadlineRow(SQLModel, table=True):
    """A duty of the office (a report, the March scoring, a registration) and when it is due."""

    __tablename__ = "deadline"
    __table_args__ = (Index("ix_deadline_done_date_due_date", "done_date", "due_date"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    kind: str  # MilestoneKind value
    due_date: str  # ISO
    assignee: str = ""
    repeat: str = ""  # "" once | hang_nam
    note: str = ""
    movement_id: int | None = Field(default=None, sa_column=_fk("movement.id", nullable=True))
    done_date: str | None = None
    created_at: str = ""
    updated_at: str = ""


class BatchFileRow(SQLModel, table=True):
    """A file kept with a batch (and, when set, with one of its nominees or decisions): its
    bytes live here, never a path."""

    __tablename__ = "batch_file"
    __table_args__ = (
        Index("ix_batch_file_batch_id", "batch_id"),
        Index("ix_batch_file_nominee_id", "nominee_id"),
        Index("ix_batch_file_decision_id", "decision_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(sa_column=_fk("proposal_batch.id", nullable=False))
    nominee_id: int | None = Field(default=None, sa_column=_fk("nominee.id", nullable=True))
    decision_id: int | None = Field(default=None, sa_column=_fk("decision_draft.id", nullable=True))
    kind: str = ""  # BatchFileKind value
    name: str
    size: int
    sha256: str
    blob: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str = ""
