"""Award history, proposal batches (đợt đề nghị khen thưởng), nominees, council votes, quotas.

A batch's own children go with it (CASCADE); people, units and initiatives are RESTRICT so that
history keeps them.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class AwardRecordRow(SQLModel, table=True):
    """A title or award a person, unit or household received (award history)."""

    __tablename__ = "award_record"
    __table_args__ = (
        Index("ix_award_record_person_id", "person_id"),
        Index("ix_award_record_unit_id", "unit_id"),
        Index("ix_award_record_year_code", "year", "award_code"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    subject_kind: str  # person | unit | household
    person_id: int | None = Field(
        default=None, sa_column=_fk("person.id", "RESTRICT", nullable=True)
    )
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    household_name: str = ""
    year: int
    award_code: str = ""  # catalog code; empty for an old or outside form
    award_name: str  # printed name (catalog name or free text)
    decision_number: str = ""
    decision_date: str | None = None
    issuer: str = ""
    nominee_id: int | None = Field(
        default=None, sa_column=_fk("nominee.id", "SET NULL", nullable=True)
    )
    created_at: str = ""


class ProposalBatchRow(SQLModel, table=True):
    """Đợt đề nghị khen thưởng."""

    __tablename__ = "proposal_batch"
    __table_args__ = (Index("ix_proposal_batch_year", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    kind: str  # CommendationType value
    year: int
    movement_id: int | None = Field(
        default=None, sa_column=_fk("movement.id", "RESTRICT", nullable=True)
    )
    addressee: str = ""
    number: int | None = None
    number_text: str = ""  # e.g. 15/TTr-STC
    submitted_on: str | None = None
    signer_name: str = ""
    signer_title: str = ""
    state: str = "du_thao"
    meeting_date: str | None = None  # ISO date and time of the start
    meeting_end: str | None = None
    meeting_place: str = ""
    meeting_chair: str = ""
    meeting_secretary: str = ""
    members_total: int = 0
    members_present: int = 0
    members_absent_written: int = 0
    decision_number: str = ""
    decision_date: str | None = None
    decision_issuer: str = ""
    quota_override_reason: str = ""
    created_at: str = ""
    updated_at: str = ""


class NomineeRow(SQLModel, table=True):
    """A person, unit or household proposed for an award in a batch."""

    __tablename__ = "nominee"
    __table_args__ = (
        Index("ix_nominee_batch_id", "batch_id"),
        Index("ix_nominee_person_id", "person_id"),
        Index("ix_nominee_unit_id", "unit_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(sa_column=_fk("proposal_batch.id", "CASCADE", nullable=False))
    position: int = 0
    subject_kind: str  # person | unit | household
    person_id: int | None = Field(
        default=None, sa_column=_fk("person.id", "RESTRICT", nullable=True)
    )
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    household_name: str = ""
    award_code: str
    summary: str = ""  # tóm tắt thành tích, one line for the list
    achievement: str = ""  # báo cáo thành tích, full text
    duties: str = ""  # quyền hạn, nhiệm vụ được giao
    eligibility: str = ""  # eligible | ineligible | review, stored when checked
    eligibility_reasons: str = ""  # one reason a line
    checked_at: str | None = None
    override_reason: str = ""
    votes_in_favour: int | None = None
    outcome: str = ""  # "" | duoc_khen | khong_duoc_khen
    created_at: str = ""


class NomineeInitiativeRow(SQLModel, table=True):
    """An initiative used as a ground of a nominee's award."""

    __tablename__ = "nominee_initiative"
    __table_args__ = (UniqueConstraint("nominee_id", "initiative_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    nominee_id: int = Field(sa_column=_fk("nominee.id", "CASCADE", nullable=False))
    initiative_id: int = Field(sa_column=_fk("initiative.id", "RESTRICT", nullable=False))


class BatchEventRow(SQLModel, table=True):
    """A change of state of a batch: who, when, why."""

    __tablename__ = "batch_event"
    __table_args__ = (Index("ix_batch_event_batch_id", "batch_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(sa_column=_fk("proposal_batch.id", "CASCADE", nullable=False))
    at: str
    user: str = ""
    from_state: str = ""
    to_state: str
    note: str = ""


class MovementQuotaRow(SQLModel, table=True):
    """A movement's cap for an award: a percent of participants or a count."""

    __tablename__ = "movement_quota"
    __table_args__ = (UniqueConstraint("movement_id", "award_code", "subject_kind"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE", nullable=False))
    award_code: str
    subject_kind: str  # person | unit
    percent: float | None = None
    max_count: int | None = None
