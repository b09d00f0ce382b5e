"""Audit log (append-only, hash-chained, signed per transaction), its scratch table, its
signatures, and user accounts."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from desktop.persistence.tables import base as _base  # noqa: F401  (naming convention first)


class AuditEventRow(SQLModel, table=True):
    """One create/update/delete of an audited record; never updated or deleted (triggers)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_table_name_record_uuid", "table_name", "record_uuid"),
        Index("ix_audit_event_time", "time"),
    )
    id: int | None = Field(default=None, primary_key=True)
    time: str  # ISO local time, to the second
    user: str
    machine: str
    table_name: str
    record_uuid: str
    action: str  # insert | update | delete | snapshot
    changes: str  # JSON {field: [old, new]}
    digest: str  # SHA-256 of the canonical JSON of the record's new state ("" after delete)
    prev_hash: str
    hash: str  # SHA-256 chain (HMAC for events before signatures; see persistence/audit.py)


class AuditSealRow(SQLModel, table=True):
    """Signature of the chain's head after a transaction; never updated or deleted (triggers)."""

    __tablename__ = "audit_seal"
    event_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    key_id: str  # SHA-256 of the signing key's raw public key (hex)
    public_key: str  # raw Ed25519 public key (hex)
    intro: str | None = None  # JSON when the key enters the log: genesis | upgrade | adopt
    signature: str  # Ed25519 over "thidua-audit-v2 head N:hash" (hex)


class AuditPendingRow(SQLModel, table=True):
    """Scratch rows written by the data triggers; moved into audit_event before each commit."""

    __tablename__ = "audit_pending"
    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    record_uuid: str | None = None
    action: str
    old_json: str | None = None
    new_json: str | None = None


class AccountRow(SQLModel, table=True):
    """A user account (none until an administrator is created: one implicit user)."""

    __tablename__ = "account"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    username: str = Field(unique=True)  # folded login name
    display_name: str = ""
    role: str  # quan-tri | can-bo | xem
    password_hash: str = ""  # Argon2id; never written to the audit log
    failed_attempts: int = 0
    locked_until: str = ""
    password_changed_at: str = ""
    active: bool = True
    created_at: str = ""
    updated_at: str = ""
