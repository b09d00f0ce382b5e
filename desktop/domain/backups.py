"""Backups as the program records them: which kind, when, and what the copy held."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class BackupKind(StrEnum):
    """Why a backup was taken."""

    DAILY = "daily"
    CLOSING = "closing"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"
    PRE_RESTORE = "pre-restore"
    UNKNOWN = "unknown"  # a backup file found without a record

    @property
    def automatic(self) -> bool:
        """Taken by the program on its own (these are rotated; the others are kept)."""
        return self in (BackupKind.DAILY, BackupKind.CLOSING)


@dataclass(frozen=True, slots=True)
class BackupRecord:
    """One backup as recorded when it was written."""

    file: str  # absolute path
    created: datetime  # local time, to the second
    kind: BackupKind
    size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    change_counter: int = -1  # the source's file change counter when copied
    source: str = ""
    # Head of the audit chain in the copy (number and hash of its newest event), so that a
    # restored file can be told to be this backup, and the log's state at that time is on record.
    audit_count: int = 0
    audit_hash: str = ""

    @property
    def audit_head(self) -> tuple[int, str]:
        """(number, hash) of the newest audit event in the backup; (0, "") when none."""
        return self.audit_count, self.audit_hash

    @property
    def path(self) -> Path:
        """The backup file."""
        return Path(self.file)
