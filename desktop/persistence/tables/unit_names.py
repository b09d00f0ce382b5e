"""Dated names: a unit's earlier names and parents, the office's earlier names and superiors,
and unit merges (sáp nhập) with the rows each one moved to the merged unit."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class UnitNamePeriodRow(SQLModel, table=True):
    """A name (and parent) a unit had until `valid_to` (inclusive); the current one is unit.name."""

    __tablename__ = "unit_name_period"
    __table_args__ = (
        Index("ix_unit_name_period_unit_id", "unit_id"),
        Index("ix_unit_name_period_parent_id", "parent_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    unit_id: int = Field(sa_column=_fk("unit.id", "CASCADE"))
    name: str
    parent_id: int | None = Field(default=None, sa_column=_fk("unit.id", "SET NULL", nullable=True))
    valid_from: str | None = None  # ISO date; None: since before the records
    valid_to: str  # ISO date, the last day of the name
    note: str = ""
    created_at: str = ""


class OfficeNamePeriodRow(SQLModel, table=True):
    """An earlier name of the office (`name`) or of its superior (`parent_agency`)."""

    __tablename__ = "office_name_period"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    field: str  # name | parent_agency
    name: str
    valid_from: str | None = None
    valid_to: str
    created_at: str = ""


class UnitMergeRow(SQLModel, table=True):
    """Unit `from_unit_id` became part of `into_unit_id` on `merged_on` (it is kept, closed)."""

    __tablename__ = "unit_merge"
    __table_args__ = (
        UniqueConstraint("from_unit_id"),
        Index("ix_unit_merge_into_unit_id", "into_unit_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    from_unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT"))
    into_unit_id: int = Field(sa_column=_fk("unit.id", "RESTRICT"))
    merged_on: str  # ISO date, the first day as part of the merged unit
    note: str = ""
    created_at: str = ""


class UnitMergeMovedRow(SQLModel, table=True):
    """One row a merge moved: which table, which column, which row (so old papers find the name)."""

    __tablename__ = "unit_merge_row"
    __table_args__ = (
        Index("ix_unit_merge_row_table_name_row_id", "table_name", "row_id"),
        Index("ix_unit_merge_row_merge_id", "merge_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    merge_id: int = Field(sa_column=_fk("unit_merge.id", "CASCADE"))
    table_name: str
    column_name: str
    row_id: int
