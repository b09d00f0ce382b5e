"""Exchange packages: what was received (Hồ sơ nhận) with its nominees judged again here, and
the offices whose keys this office trusts."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


def _fk(target: str, ondelete: str, *, nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable)


class KnownOfficeRow(SQLModel, table=True):
    """An office whose packages are accepted: its identity and the fingerprint of its key."""

    __tablename__ = "known_office"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    office_uuid: str = Field(unique=True)
    name: str
    parent_agency: str = ""
    fingerprint: str  # SHA-256 of the raw Ed25519 public key (hex)
    public_key: str
    trusted_at: str
    updated_at: str = ""


class ReceivedPackageRow(SQLModel, table=True):
    """A package received (Hồ sơ nhận): its manifest, records and dossier, and its state."""

    __tablename__ = "received_package"
    __table_args__ = (Index("ix_received_package_received_at", "received_at"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    package_id: str = Field(unique=True)  # the sender's id of the package (replays)
    sha256: str  # of the .tdkt file
    kind: str  # PackageKind value
    title: str = ""
    sender_uuid: str
    sender_name: str = ""
    sender_fingerprint: str
    created_at: str  # when the sender made it
    received_at: str
    state: str = "moi"  # ReceivedState value
    state_note: str = ""  # reasons of a return, the batch it went into …
    summary: str = ""  # what receiving it changed, one line a record kind
    manifest: str  # the manifest JSON as received
    records: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    records_sha256: str
    dossier: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # PDF, may be empty
    dossier_sha256: str = ""
    dossier_size: int = 0
    batch_id: int | None = Field(
        default=None, sa_column=_fk("proposal_batch.id", "SET NULL", nullable=True)
    )  # the office's batch the proposal was accepted into, or the batch a reply/decision is on


class ReceivedNomineeRow(SQLModel, table=True):
    """A nominee of a received proposal, judged again by this office's rules and history."""

    __tablename__ = "received_nominee"
    __table_args__ = (Index("ix_received_nominee_package_id", "package_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    package_id: int = Field(sa_column=_fk("received_package.id", "CASCADE", nullable=False))
    source_uuid: str  # the nominee's uuid at the sending office
    position: int = 0
    subject_kind: str  # person | unit | household
    person_id: int | None = Field(
        default=None, sa_column=_fk("person.id", "RESTRICT", nullable=True)
    )
    unit_id: int | None = Field(default=None, sa_column=_fk("unit.id", "RESTRICT", nullable=True))
    household_name: str = ""
    name: str = ""
    award_code: str
    summary: str = ""
    sender_eligibility: str = ""
    eligibility: str = ""  # eligible | ineligible | review here
    eligibility_reasons: str = ""
    checked_at: str | None = None
    nominee_id: int | None = Field(
        default=None, sa_column=_fk("nominee.id", "SET NULL", nullable=True)
    )  # the nominee made from it in the office's own batch


class ReceivedFileRow(SQLModel, table=True):
    """A kept file a received package carried (a proposal's, or its nominees'): its bytes here."""

    __tablename__ = "received_file"
    __table_args__ = (Index("ix_received_file_package_id", "package_id"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    package_id: int = Field(sa_column=_fk("received_package.id", "CASCADE", nullable=False))
    position: int = 0
    name: str
    kind: str  # BatchFileKind value as the sender named it
    nominee_uuid: str | None = None  # the nominee's uuid at the sending office, None: the batch's
    size: int
    sha256: str
    blob: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str = ""
