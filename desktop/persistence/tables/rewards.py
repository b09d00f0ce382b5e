"""The mức lương cơ sở periods reward money is computed from; the office's decision drafts."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class BaseSalaryRow(SQLModel, table=True):
    """One period of the mức lương cơ sở: the amount (đồng a month) in force from `start_on`."""

    __tablename__ = "base_salary"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    start_on: str = Field(unique=True)  # ISO date
    amount: int
    basis: str = ""  # the decree that set it
    created_at: str = ""


class DecisionDraftRow(SQLModel, table=True):
    """A batch's Quyết định of the office: its line in the outgoing register (number, date) and
    the awards it covers ("" = all the head decides; else codes joined by ",")."""

    __tablename__ = "decision_draft"
    __table_args__ = (Index("ix_decision_draft_batch_id", "batch_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("proposal_batch.id", ondelete="CASCADE"), nullable=False
        )
    )
    register_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("outgoing_register.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        )
    )
    award_codes: str = ""
    created_at: str = ""
