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
