"""Subjects beyond staff and units: households (hộ gia đình), a person's positions held
(quá trình công tác), and emulation blocs (khối, cụm thi đua) with their leader of each year."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=False)


class HouseholdRow(SQLModel, table=True):
    """Hộ gia đình: judged for "Gia đình văn hóa"; lives in a thôn / tổ dân phố (a unit)."""

    __tablename__ = "household"
    __table_args__ = (
        Index("ix_household_unit_id", "unit_id"),
        Index("ix_household_name_fold", "name_fold"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    head_name: str  # chủ hộ, NFC
    name_fold: str  # folded, for search
    unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT"))
    members: int = 1
    address: str = ""
    note: str = ""
    created_at: str = ""
    updated_at: str = ""


class PersonPositionRow(SQLModel, table=True):
    """A position a person held (chức vụ) from a date to a date (open: still held)."""

    __tablename__ = "person_position"
    __table_args__ = (Index("ix_person_position_person_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    person_id: int = Field(sa_column=_fk("person.id", "CASCADE"))
    title: str
    organisation: str = ""
    start: str  # ISO date
    end: str | None = None  # ISO date; None while held
    leadership: bool = False  # chức vụ lãnh đạo, quản lý
    note: str = ""
    created_at: str = ""


class EmulationBlocRow(SQLModel, table=True):
    """A khối or cụm thi đua organised by the province (members, scores: tables/blocs.py)."""

    __tablename__ = "emulation_bloc"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str = Field(unique=True)
    kind: str = "khoi"  # khoi | cum
    note: str = ""
    created_at: str = ""
    since_year: int | None = None  # the year the khối was set up


class BlocLeaderRow(SQLModel, table=True):
    """The unit that led (dẫn đầu) a bloc in a year: the one the province's Cờ thi đua rule reads.
    The chairing units by rotation (trưởng khối, phó khối) are in bloc_year."""

    __tablename__ = "bloc_leader"
    __table_args__ = (
        UniqueConstraint("bloc_id", "year"),
        Index("ix_bloc_leader_year", "year"),
        Index("ix_bloc_leader_unit_id", "unit_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    bloc_id: int = Field(sa_column=_fk("emulation_bloc.id", "CASCADE"))
    year: int
    unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT"))
    note: str = ""
