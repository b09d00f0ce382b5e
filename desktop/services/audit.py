"""Audit log for the UI and the command line: verification, history, who is writing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.audit_events import EventRow, Finding, FindingCode, FindingLevel
from desktop.domain.errors import ConflictError, DatabaseError, ValidationError
from desktop.persistence import audit as store
from desktop.persistence import audit_signing as signing
from desktop.persistence.audit_history import batch_record_uuids
from desktop.persistence.audit_verify import (
    count_events,
    event_stamp,
    event_users,
    query_events,
    verify_file,
)
from desktop.services.session import Workspace

PROBLEM, WARNING, NOTE = FindingLevel.PROBLEM, FindingLevel.WARNING, FindingLevel.NOTE

__all__ = [
    "NOTE",
    "PROBLEM",
    "WARNING",
    "Finding",
    "FindingCode",
    "FindingLevel",
    "KeyStatus",
    "acknowledge_outside",
    "adopt",
    "batch_records",
    "count",
    "export_key",
    "head",
    "history",
    "import_key",
    "key_status",
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
    after: int | None = None,
    records: Sequence[str] | None = None,
    oldest_first: bool = False,
) -> list[EventRow]:
    """Audit events, newest first, filtered by table, record, user and ISO time; `records`
    keeps the events of these record UUIDs only (see `batch_records`); `after` the id of the
    last event of the page before, for the next page."""
    with ws.db.read() as conn:
        return query_events(
            conn,
            table=table,
            record_uuid=record_uuid,
            user=user,
            since=since,
            until=until,
            limit=limit,
            after=after,
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
    # A note ("the key is on another PC") says nothing against the paper.
    findings = [f for f in verify(ws) if f.level != NOTE]
    if stamp is None:
        return PaperCheck(False, False, "", findings)
    time, digest = stamp
    return PaperCheck(True, digest.startswith(code), time, findings)


# ---------------------------------------------------------------- keys, adoption, acknowledgement

# Findings that mean the log itself is not internally consistent: no adoption then.
CHAIN_BROKEN = frozenset(
    {
        FindingCode.GAP,
        FindingCode.BAD_MAC,
        FindingCode.BAD_HASH,
        FindingCode.BAD_SIGNATURE,
        FindingCode.UNKNOWN_KEY,
        FindingCode.UNSIGNED,
        FindingCode.REDACTED_UNRECORDED,
    }
)


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """The signing keys of the open file and whether this PC can write it."""

    file_keys: list[str]  # fingerprints named in the log, oldest first
    here: list[str]  # those whose private key is on this PC
    legacy_only: bool  # the log predates signatures (sealed with an old per-PC HMAC key)
    can_write: bool  # a key of the file is here (or a new log: this PC's key will start it)

    @property
    def shown(self) -> str:
        """The file's newest key as people read it ("" when none yet)."""
        return signing.short(self.file_keys[-1]) if self.file_keys else ""


def key_status(ws: Workspace) -> KeyStatus:
    """Which keys the open file is signed with, and which of them are on this PC."""
    with ws.db.read() as conn:
        state = store.key_state(conn) if store.has_signatures(conn) else store.KeyState()
        events = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    fps = [fp for fp, _ in state.keys]
    local = signing.local_keys()
    here = [fp for fp in fps if fp in local]
    legacy_only = not fps and events > 0
    if fps:
        can = bool(here)
    elif legacy_only:
        can = not any(f.code == FindingCode.NO_KEY for f in verify(ws))
    else:
        can = True
    return KeyStatus(fps, here, legacy_only, can)


def export_key(ws: Workspace, target: Path) -> int:
    """Write the private key(s) of the open file (and this PC's old HMAC key) into `target`,
    readable by the user alone, for the move to another PC; returns how many keys."""
    status = key_status(ws)
    if status.file_keys and not status.here:
        raise DatabaseError(
            "audit_key_missing",
            "Khoá ký nhật ký của tệp này không có trên máy này nên không xuất được.",
            str(ws.path),
        )
    fps = status.here
    if not status.file_keys:  # a new log, or an old one: this PC's key will sign it
        own = signing.own_key(create=False)
        fps = [own[0]] if own else []
    legacy = signing.legacy_keys()
    if not fps and not legacy:
        raise DatabaseError(
            "audit_key_missing",
            "Máy này chưa có khoá ký nhật ký (tệp chưa được ghi lần nào).",
            str(ws.path),
        )
    target = Path(target)
    if target.exists():
        raise DatabaseError(
            "exists", f"Tệp {target} đã có; hãy chọn tên khác để không ghi đè.", str(target)
        )
    try:
        signing.write_export(target, signing.export_text(fps, with_legacy=True))
    except OSError as exc:
        raise DatabaseError(
            "key_export", f"Không ghi được tệp khoá {target}: {exc.strerror or exc}.", str(target)
        ) from exc
    return len(fps) + len(legacy)


def import_key(source: Path) -> int:
    """Take in a key file (exported by `export_key`, or an old PC's `audit.key`); returns how
    many keys it held."""
    source = Path(source)
    try:
        text = source.read_text(encoding="utf-8")
        fps, legacy = signing.import_text(text)
    except OSError as exc:
        raise DatabaseError(
            "key_import", f"Không đọc được tệp khoá {source}: {exc.strerror or exc}.", str(source)
        ) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError(
            "file", "not_key", f"Tệp {source} không phải tệp khoá nhật ký của Thi đua."
        ) from None
    return len(fps) + legacy


def adopt(ws: Workspace) -> tuple[int, str]:
    """An administrator takes over a file whose key is not on this PC: the log must be
    internally consistent; this PC's key then signs it, the adoption is an event of the log
    (who, when, which keys before) and a new anchor starts. Returns the new head."""
    from desktop.services.accounts import require_admin

    require_admin(ws)
    broken = [f for f in verify(ws) if f.code in CHAIN_BROKEN]
    if broken:
        raise ConflictError(
            "adopt_refused",
            "Không tiếp nhận được tệp: nhật ký không nhất quán ("
            + broken[0].message
            + "). Hãy khôi phục một bản sao lưu tốt.",
        )
    with ws.db.write(adopt=True):
        pass
    store.reanchor(ws.path)
    return store.file_head(ws.path)


def acknowledge_outside(ws: Workspace) -> int:
    """An administrator records that the changes made with another tool (up to now) were seen;
    the acknowledgement is an event of the log. Returns how many were acknowledged."""
    from desktop.services.accounts import require_admin

    require_admin(ws)
    outside = [f for f in verify(ws) if f.code == FindingCode.OUTSIDE_UNACKNOWLEDGED]
    if not outside:
        return 0
    number, _ = store.file_head(ws.path)
    changes: dict[str, object] = {"through": [None, number]}
    # The count is read inside the write that records it (the event is sealed at its end).
    with ws.db.write(log_events=(("acknowledge", changes),)) as conn:
        count = int(
            conn.execute(
                "SELECT count(*) FROM audit_event WHERE user = ? AND id BETWEEN ? AND ?",
                (store.EXTERNAL_USER, outside[0].event_id or 0, number),
            ).fetchone()[0]
        )
        changes["count"] = [None, count]
    return count
