"""Issued documents: what was printed, so that it can be told and reprinted exactly."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class IssuedDocumentRow(SQLModel, table=True):
    """A printed paper: kind, number, date, batch, file name, SHA-256 and the PDF itself."""

    __tablename__ = "issued_document"
    __table_args__ = (Index("ix_issued_document_batch_id", "batch_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    kind: str  # ho-so, to-trinh, danh-sach, bien-ban, bao-cao, muc-luc, bao-cao-dinh-ky, ...
    number: str = ""
    issued_on: str
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("proposal_batch.id", ondelete="SET NULL"), nullable=True
        ),
    )
    title: str = ""
    file_name: str = ""
    sha256: str
    pages: int = 0
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: str = ""
