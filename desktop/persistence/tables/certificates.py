"""Certificates: the layouts of the office's pre-printed blanks, printer calibrations and the
certificate register (sổ vào sổ giấy khen)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class CertificateLayoutRow(SQLModel, table=True):
    """Where the variable fields print on one blank (positions in mm, as JSON)."""

    __tablename__ = "certificate_layout"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str = Field(unique=True)
    award_code: str = ""  # "" = any of the office's awards
    fields_json: str = "[]"
    background: str = ""  # path of the scan shown behind the fields in the editor
    updated_at: str = ""


class PrinterCalibrationRow(SQLModel, table=True):
    """A printer's offset and scale."""

    __tablename__ = "printer_calibration"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    printer: str = Field(unique=True)  # "" = the default printer
    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale: float = 1.0
    updated_at: str = ""


class CertificateRegisterRow(SQLModel, table=True):
    """One certificate printed: its number of the year, for whom, from which decision."""

    __tablename__ = "certificate_register"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_certificate_register_batch_id", "batch_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    year: int
    number: int
    nominee_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("nominee.id", ondelete="SET NULL"), nullable=True, unique=True
        ),
    )
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("proposal_batch.id", ondelete="SET NULL"), nullable=True
        ),
    )
    recipient: str = ""
    unit: str = ""
    award_code: str = ""
    award_name: str = ""
    decision_number: str = ""
    mode: str = ""  # blank | plain
    layout_name: str = ""
    printed_by: str = ""
    printed_at: str = ""
    times_printed: int = 1
