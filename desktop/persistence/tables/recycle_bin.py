"""The recycle bin: deleted records with their dependents, kept whole until purged."""

from __future__ import annotations

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class RecycleBinRow(SQLModel, table=True):
    """One deletion: the record (kind, id, uuid, label) and every row it took, as a snapshot.

    `payload` is zlib-compressed JSON (a BLOB, so the audit log stores its SHA-256 column
    instead of a second copy of the rows).
    """

    __tablename__ = "recycle_bin"
    __table_args__ = (Index("ix_recycle_bin_deleted_at", "deleted_at"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    kind: str  # person | unit | movement | initiative | batch
    record_id: int
    record_uuid: str
    label: str  # what the clerk saw: a name or title, with its unit or year
    deleted_at: str  # ISO, to the second
    deleted_by: str
    row_count: int  # rows in the snapshot, the record itself included
    payload_sha256: str
    payload: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
