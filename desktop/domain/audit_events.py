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

    # problems: the log was changed
    BAD_MAC, BAD_HASH, BAD_SIGNATURE = "bad_mac", "bad_hash", "bad_signature"
    UNSIGNED, UNKNOWN_KEY, REDACTED_UNRECORDED = "unsigned", "unknown_key", "redacted_unrecorded"
    GAP, TRUNCATED, ANCHOR_MISMATCH = "gap", "truncated", "anchor_mismatch"
    # problems: the data was changed outside the program
    TRIGGER_MISSING, NO_EVENT = "trigger_missing", "no_event"
    CHANGED_OUTSIDE, DELETED_OUTSIDE = "changed_outside", "deleted_outside"
    # warnings, and the note that writing needs the key
    NO_KEY, ANCHOR_MISSING, PENDING = "no_key", "anchor_missing", "pending"
    OUTSIDE_UNACKNOWLEDGED, KEY_NOT_HERE = "outside_unacknowledged", "key_not_here"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the audit verification found, with its message (Vietnamese) and where."""

    code: FindingCode
    message: str
    event_id: int | None = None
    table: str | None = None
    record_uuid: str | None = None
    level: FindingLevel = FindingLevel.PROBLEM
