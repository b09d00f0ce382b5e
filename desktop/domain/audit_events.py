"""The audit log's events as the history tells them: what was done, to which record, when, by whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class AuditAction(StrEnum):
    """What an audit event records."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    SNAPSHOT = "snapshot"  # a row as a migration or the first opening found it
    OUTSIDE = "outside"  # a change made by another tool with the triggers removed
    REDACT = "redact"
    ACKNOWLEDGE = "acknowledge"
    ADOPT = "adopt"  # an audit key adopted
    SEND = "send"  # an office package written
    RECEIVE = "receive"  # an office package received

    @property
    def creates(self) -> bool:
        """True for the first event of a record (created here, or found by a migration)."""
        return self in (AuditAction.INSERT, AuditAction.SNAPSHOT)


@dataclass(frozen=True, slots=True)
class EventRow:
    """An audit event as shown in the history."""

    id: int
    time: datetime  # local time, to the second
    user: str
    machine: str
    table_name: str
    record_uuid: str
    action: AuditAction
    changes: dict[str, list[Any]]


class FindingLevel(StrEnum):
    """How serious a finding of the audit verification is."""

    PROBLEM = "problem"  # the log or the data was changed
    WARNING = "warning"  # something cannot be verified, or waits for an administrator
    NOTE = "note"  # reading and checking work; writing needs what is missing


class FindingCode(StrEnum):
    """What the audit verification found."""

    BAD_MAC = "bad_mac"
    BAD_HASH = "bad_hash"
    BAD_SIGNATURE = "bad_signature"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown_key"
    GAP = "gap"
    TRUNCATED = "truncated"
    ANCHOR_MISMATCH = "anchor_mismatch"
    TRIGGER_MISSING = "trigger_missing"
    CHANGED_OUTSIDE = "changed_outside"
    DELETED_OUTSIDE = "deleted_outside"
    NO_EVENT = "no_event"
    REDACTED_UNRECORDED = "redacted_unrecorded"
    NO_KEY = "no_key"
    ANCHOR_MISSING = "anchor_missing"
    PENDING = "pending"
    OUTSIDE_UNACKNOWLEDGED = "outside_unacknowledged"
    KEY_NOT_HERE = "key_not_here"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the audit verification found, with its message (Vietnamese) and where."""

    code: FindingCode
    message: str
    event_id: int | None = None
    table: str | None = None
    record_uuid: str | None = None
    level: FindingLevel = FindingLevel.PROBLEM
