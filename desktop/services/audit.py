"""Audit log for the UI and the command line: verification, history, who is writing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.persistence import audit as store
from desktop.persistence.audit_history import batch_record_uuids
from desktop.persistence.audit_verify import (
    EventRow,
    Finding,
    count_events,
    event_stamp,
    event_users,
    query_events,
    verify_file,
)
from desktop.services.session import Workspace

__all__ = [
    "EventRow",
    "Finding",
    "batch_records",
    "count",
    "head",
    "history",
    "set_user",
    "tables",
    "users",
    "verify",
    "verify_path",
]


def verify(ws: Workspace) -> list[Finding]:
    """Findings of the audit verification of the open database; empty when the log holds."""
    return verify_file(ws.path)


def verify_path(path: Path) -> list[Finding]:
    """Audit findings of a database file (read only)."""
    return verify_file(Path(path))


def history(
    ws: Workspace,
    table: str | None = None,
    record_uuid: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
    records: Sequence[str] | None = None,
    oldest_first: bool = False,
) -> list[EventRow]:
    """Audit events, newest first, filtered by table, record, user and ISO time; `records`
    keeps the events of these record UUIDs only (see `batch_records`)."""
    with ws.db.read() as conn:
        return query_events(
            conn,
            table=table,
            record_uuid=record_uuid,
            user=user,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
            records=records,
            oldest_first=oldest_first,
        )


def count(
    ws: Workspace,
    table: str | None = None,
    record_uuid: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    records: Sequence[str] | None = None,
) -> int:
    """How many events match the filters."""
    with ws.db.read() as conn:
        return count_events(
            conn,
            table=table,
            record_uuid=record_uuid,
            user=user,
            since=since,
            until=until,
            records=records,
        )


def batch_records(ws: Workspace, batch_uuid: str) -> list[str]:
    """UUIDs whose events make a batch's history: the batch, its nominees (removed ones too),
    its state log, the initiatives used as grounds, the award records and issued papers."""
    with ws.db.read() as conn:
        return batch_record_uuids(conn, batch_uuid)


def users(ws: Workspace) -> list[str]:
    """User names found in the log."""
    with ws.db.read() as conn:
        return event_users(conn)


def set_user(
    ws: Workspace, user: str, role: str | None = None, account_uuid: str | None = None
) -> None:
    """Name the user (and role) the following writes are recorded for."""
    ws.db.actor = store.Actor(user, ws.db.actor.machine, role, account_uuid)


def tables(ws: Workspace) -> list[str]:
    """Names of the audited tables (for the history filter)."""
    with ws.db.read() as conn:
        return store.audited_tables(conn)


def head(ws: Workspace) -> tuple[int, str]:
    """(number, hash) of the newest event: the value to copy onto paper or into a backup note."""
    return store.file_head(ws.path)


@dataclass(frozen=True, slots=True)
class PaperCheck:
    """What the log says of a code printed on paper (`Mã kiểm tra dữ liệu: CODE (sự kiện số N)`)."""

    found: bool  # the log has event N
    matches: bool  # its hash starts with the printed code
    time: str  # when event N was written ("" when not found)
    findings: list[Finding]  # what the full verification of the log reports (empty: intact)


def check_paper_code(ws: Workspace, number: int, code: str) -> PaperCheck:
    """Match a printed check code against event `number` of the log, and verify the whole log,
    so that a paper can be told to come from this data as it stood then."""
    code = code.strip().lower()
    if len(code) < 8 or any(c not in "0123456789abcdef" for c in code):
        raise ValidationError(
            "code", "code_format", "Mã kiểm tra là dãy chữ số thập lục phân (ít nhất 8 ký tự)."
        )
    with ws.db.read() as conn:
        stamp = event_stamp(conn, number)
    findings = verify(ws)
    if stamp is None:
        return PaperCheck(False, False, "", findings)
    time, digest = stamp
    return PaperCheck(True, digest.startswith(code), time, findings)
