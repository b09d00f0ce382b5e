"""A movement's life beyond its plan: targets by year, the propaganda and inspection log, and
the results (contribution levels, score ranks) that make a participant a candidate for an
award."""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class MovementTargetYearRow(SQLModel, table=True):
    """Planned and achieved value of a target in one year of the movement."""

    __tablename__ = "movement_target_year"
    __table_args__ = (UniqueConstraint("target_id", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    target_id: int = Field(sa_column=_fk("movement_target.id", "CASCADE"))
    year: int
    planned: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    achieved: float | None = Field(default=None, sa_column=Column(Float, nullable=True))


class MovementActivityRow(SQLModel, table=True):
    """Tuyên truyền, kiểm tra, giám sát: one activity of a movement."""

    __tablename__ = "movement_activity"
    __table_args__ = (Index("ix_movement_activity_movement_id_done_on", "movement_id", "done_on"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE"))
    kind: str
    done_on: str  # ISO
    actor: str = ""  # who did it (unit, team, newspaper)
    content: str  # what
    result: str = ""
    quantity: int = 1  # e.g. 12 tin bài in one line
    created_at: str = ""
    updated_at: str = ""


class MovementActivityFileRow(SQLModel, table=True):
    """A file kept with an activity (report, minutes, the article): its bytes live here."""

    __tablename__ = "movement_activity_file"
    __table_args__ = (Index("ix_movement_activity_file_activity_id", "activity_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    activity_id: int = Field(sa_column=_fk("movement_activity.id", "CASCADE"))
    name: str
    size: int
    sha256: str
    blob: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str = ""


class CandidateRuleRow(SQLModel, table=True):
    """A result that makes a participant a candidate: a contribution level or a score rank."""

    __tablename__ = "candidate_rule"
    __table_args__ = (Index("ix_candidate_rule_movement_id", "movement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    movement_id: int = Field(sa_column=_fk("movement.id", "CASCADE"))
    position: int = 0
    kind: str  # dong_gop | xep_hang
    contribution_kind: str = ""  # tien, hien_vat, ngay_cong, dat_dai (dong_gop only)
    minimum: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    cumulative: int = 0  # 1: every contribution of the movement up to the year's end
    group_id: int | None = Field(
        default=None, sa_column=_fk("movement_group.id", "CASCADE", nullable=True)
    )
    top_n: int | None = None
    top_percent: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    award: str = ""  # the award the plan ties to this result (free text)
    note: str = ""
