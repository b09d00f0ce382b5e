"""Office identity, units and people."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class AppMeta(SQLModel, table=True):
    """Key/value facts about the file itself (e.g. which program made it)."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True)
    value: str = ""


class OfficeInfoRow(SQLModel, table=True):
    """Thông tin cơ quan: a single row (id = 1)."""

    __tablename__ = "office_info"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    parent_agency: str = ""
    name: str = ""
    place: str = ""
    signer_name: str = ""
    signer_title: str = ""
    symbol: str = ""
    updated_at: str = ""


class UnitRow(SQLModel, table=True):
    """Đơn vị: internal departments and outside collectives, as a tree."""

    __tablename__ = "unit"
    __table_args__ = (
        Index("ix_unit_parent_id", "parent_id"),
        Index("ix_unit_sort_key", "sort_key"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str
    name_fold: str = Field(index=True)
    sort_key: str = ""
    code: str = Field(default="", index=True)
    kind: str
    parent_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT"), nullable=True),
    )
    internal: bool = True
    address: str = ""
    active: bool = True
    created_at: str = ""
    updated_at: str = ""


class PersonRow(SQLModel, table=True):
    """Cán bộ, cá nhân."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_sort_key", "sort_key"),
        Index("ix_person_unit_id_sort_key", "unit_id", "sort_key"),
        Index("ix_person_name_fold_birth_date", "name_fold", "birth_date"),
        Index(
            "uq_person_cccd",
            "cccd",
            unique=True,
            sqlite_where=text("cccd IS NOT NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    full_name: str
    family_name: str = ""
    middle_name: str = ""
    given_name: str = ""
    name_fold: str
    sort_key: str
    sex: str | None = None
    birth_date: str | None = None  # ISO date, or a year alone
    cccd: str | None = None
    hometown: str = ""
    residence: str = ""
    unit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT"), nullable=False)
    )
    position: str = ""
    party_position: str = ""
    union_position: str = ""
    qualification: str = ""
    academic_title: str = ""
    phone: str = ""
    email: str = ""
    status: str = "dang_cong_tac"
    created_at: str = ""
    updated_at: str = ""
