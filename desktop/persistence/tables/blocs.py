"""Khối, cụm thi đua beyond their leader of each year (tables/subjects.py): members, the
chairing units of each year, criteria and scores; and the giao ước thi đua (covenants) signed
between units or communes, with their parties and commitments."""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class BlocMemberRow(SQLModel, table=True):
    """A member of a khối: a unit of the tree, or a free name; `position` is the rotation order."""

    __tablename__ = "bloc_member"
    __table_args__ = (
        Index("ix_bloc_member_bloc_id", "bloc_id"),
        Index("ix_bloc_member_unit_id", "unit_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    bloc_id: int = Field(sa_column=_fk("emulation_bloc.id", "CASCADE"))
    position: int = 0
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    name: str = ""  # the free name when unit_id is NULL
    from_year: int | None = None
    to_year: int | None = None
    note: str = ""


class BlocYearRow(SQLModel, table=True):
    """Trưởng khối and phó khối of a khối in a year (members of it)."""

    __tablename__ = "bloc_year"
    __table_args__ = (UniqueConstraint("bloc_id", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    bloc_id: int = Field(sa_column=_fk("emulation_bloc.id", "CASCADE"))
    year: int
    chair_id: int | None = Field(
        default=None, sa_column=_fk("bloc_member.id", "SET NULL", nullable=True)
    )
    deputy_id: int | None = Field(
        default=None, sa_column=_fk("bloc_member.id", "SET NULL", nullable=True)
    )


class BlocCriterionRow(SQLModel, table=True):
    """A criterion (tiêu chí chấm điểm) of a khối for a year, with its maximum score."""

    __tablename__ = "bloc_criterion"
    __table_args__ = (Index("ix_bloc_criterion_bloc_id_year", "bloc_id", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    bloc_id: int = Field(sa_column=_fk("emulation_bloc.id", "CASCADE"))
    year: int
    position: int = 0
    text: str
    max_score: float | None = Field(default=None, sa_column=Column(Float, nullable=True))


class BlocScoreRow(SQLModel, table=True):
    """The score the khối gave a member on a criterion (the criterion carries the year)."""

    __tablename__ = "bloc_score"
    __table_args__ = (
        UniqueConstraint("member_id", "criterion_id"),
        Index("ix_bloc_score_criterion_id", "criterion_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    member_id: int = Field(sa_column=_fk("bloc_member.id", "CASCADE"))
    criterion_id: int = Field(sa_column=_fk("bloc_criterion.id", "CASCADE"))
    score: float = Field(sa_column=Column(Float, nullable=False))


class CovenantRow(SQLModel, table=True):
    """Giao ước thi đua: signed on a date at a place, for a movement and/or within a khối."""

    __tablename__ = "covenant"
    __table_args__ = (Index("ix_covenant_signed_on", "signed_on"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    signed_on: str  # ISO date
    place: str = ""
    movement_id: int | None = Field(
        default=None, sa_column=_fk("movement.id", "SET NULL", nullable=True)
    )
    bloc_id: int | None = Field(
        default=None, sa_column=_fk("emulation_bloc.id", "SET NULL", nullable=True)
    )
    period: str = ""  # e.g. "năm 2023", "giai đoạn 2021 - 2025"
    preamble: str = ""
    created_at: str = ""
    updated_at: str = ""


class CovenantPartyRow(SQLModel, table=True):
    """A party to a covenant (a unit of the tree or a free name) and who signs for it."""

    __tablename__ = "covenant_party"
    __table_args__ = (Index("ix_covenant_party_covenant_id", "covenant_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    covenant_id: int = Field(sa_column=_fk("covenant.id", "CASCADE"))
    position: int = 0
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    name: str = ""
    signatory: str = ""
    signatory_title: str = ""


class CovenantCommitmentRow(SQLModel, table=True):
    """One commitment (nội dung giao ước) of a covenant."""

    __tablename__ = "covenant_commitment"
    __table_args__ = (Index("ix_covenant_commitment_covenant_id", "covenant_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    covenant_id: int = Field(sa_column=_fk("covenant.id", "CASCADE"))
    position: int = 0
    text: str
