"""Issued documents: what was printed, so that it can be told and reprinted exactly."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, UniqueConstraint
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


class PaperSettingRow(SQLModel, table=True):
    """One setting of the printed papers (default Nơi nhận, drafting unit, report recipient)."""

    __tablename__ = "paper_setting"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    key: str = Field(unique=True)
    value: str = ""
    updated_at: str = ""


class BatchPaperRow(SQLModel, table=True):
    """What a batch's papers print differently from the office defaults (its Nơi nhận)."""

    __tablename__ = "batch_paper"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    batch_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("proposal_batch.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        )
    )
    copies_to: str = ""  # one recipient a line
    updated_at: str = ""


class OutgoingRegisterRow(SQLModel, table=True):
    """Sổ văn bản đi (Nghị định 30/2020 Điều 15-16): one number of the year per paper sent."""

    __tablename__ = "outgoing_register"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_outgoing_register_batch_id", "batch_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    year: int
    number: int
    kind_code: str  # TTr, BC, BB …
    symbol: str  # the full "05/TTr-STC"
    issued_on: str
    subject: str = ""  # trích yếu
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("proposal_batch.id", ondelete="SET NULL"), nullable=True
        ),
    )
    document_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("issued_document.id", ondelete="SET NULL"), nullable=True
        ),
    )
    created_at: str = ""
