"""Audit log: triggers that note every change, sealing into an HMAC chain, verification.

Every data table with a `uuid` column has three AFTER triggers (`audit_<table>_ai/_au/_ad`)
that write the row's old/new JSON into `audit_pending`. `Database.write()` calls `seal()` just
before COMMIT: the pending rows become `audit_event` rows (changed fields, digest of the new
state, `hash = HMAC-SHA256(key, prev_hash || canonical_json(event))`) in the same transaction.
The key lives outside the database (`<data folder>/audit.key`, 0600), the head (count, hash) is anchored
in `<db>.auditanchor` after each commit (RELIABILITY_NOTES.md §6.4).

Rules for later migrations (raw connection: `op.get_bind().connection.driver_connection`):
- one that recreates a table (batch mode) drops its triggers: call `install_triggers(conn)`
  (or with its table names) at the end of `upgrade()`;
- one that adds, drops or renames columns of an audited table, or rewrites its rows, must call
  `after_schema_change(conn, tables)` instead: triggers again, plus a 'snapshot' event of every
  row so that the digests of the new shape are on record (else `check` reports every row).
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import platform
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.errors import ConflictError, DatabaseError
from desktop.persistence.audit_keys import (
    anchor_path as anchor_path,
)
from desktop.persistence.audit_keys import (
    current_head as current_head,
)
from desktop.persistence.audit_keys import (
    file_head as file_head,
)
from desktop.persistence.audit_keys import (
    key_path as key_path,
)
from desktop.persistence.audit_keys import (
    load_key as load_key,
)
from desktop.persistence.audit_keys import (
    prepare_restore as prepare_restore,
)
from desktop.persistence.audit_keys import (
    read_anchor as read_anchor,
)
from desktop.persistence.audit_keys import (
    read_anchors as read_anchors,
)
from desktop.persistence.audit_keys import (
    reanchor as reanchor,
)
from desktop.persistence.audit_keys import (
    write_anchor as write_anchor,
)

AUDIT_TABLES = ("audit_event", "audit_pending")
# Columns never copied into the log (secrets, counters that change on every login attempt).
SECRET_COLUMNS = {"account": frozenset({"password_hash", "failed_attempts", "locked_until"})}
EXTERNAL_USER = "(công cụ khác)"
SYSTEM_USER = "(hệ thống)"
READ_ONLY_ROLE = "xem"
APPEND_ONLY_SQL = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
)


@dataclass(slots=True)
class Actor:
    """Who writes: named in every event; `role` "xem" may not change data."""

    user: str
    machine: str
    role: str | None = None  # None: the one implicit user (full rights)
    account_uuid: str | None = None


def default_actor() -> Actor:
    """The OS user on this machine (until someone logs in)."""
    try:
        user = getpass.getuser() or "người dùng"
    except Exception:  # no user name in the environment
        user = "người dùng"
    return Actor(user, platform.node() or "máy này")


# ---------------------------------------------------------------- triggers


def audited_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables that have a `uuid` column (the audit's own tables excluded)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return [
        n
        for n in names
        if n not in AUDIT_TABLES
        and "uuid" in {c[1] for c in conn.execute(f'PRAGMA table_info("{n}")')}
    ]


def logged_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Columns copied into the log: all but BLOBs (their size/SHA columns stand in) and secrets."""
    skip = SECRET_COLUMNS.get(table, frozenset())
    return [
        c[1]
        for c in conn.execute(f'PRAGMA table_info("{table}")')
        if "BLOB" not in (c[2] or "").upper() and c[1] not in skip
    ]


def row_json_sql(columns: Iterable[str], alias: str) -> str:
    """`json_object('col', alias.col, ...)` for the given columns."""
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"


def install_triggers(conn: sqlite3.Connection, tables: Iterable[str] | None = None) -> None:
    """(Re)create the audit triggers of `tables` (default: every audited table)."""
    for stmt in APPEND_ONLY_SQL:
        conn.execute(stmt)
    for t in audited_tables(conn) if tables is None else tables:
        cols = logged_columns(conn, t)
        ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
        new, old = row_json_sql(cols, "NEW"), row_json_sql(cols, "OLD")
        for suffix, sql in (
            (
                "ai",
                f"AFTER INSERT ON \"{t}\" BEGIN {ins} VALUES ('{t}', NEW.uuid, 'insert', NULL, {new}); END",
            ),
            (
                "au",
                f"AFTER UPDATE ON \"{t}\" BEGIN {ins} VALUES ('{t}', NEW.uuid, 'update', {old}, {new}); END",
            ),
            (
                "ad",
                f"AFTER DELETE ON \"{t}\" BEGIN {ins} VALUES ('{t}', OLD.uuid, 'delete', {old}, NULL); END",
            ),
        ):
            conn.execute(f'DROP TRIGGER IF EXISTS "audit_{t}_{suffix}"')
            conn.execute(f'CREATE TRIGGER "audit_{t}_{suffix}" {sql}')


def snapshot_existing(conn: sqlite3.Connection, tables: Iterable[str] | None = None) -> None:
    """Note every existing record as a 'snapshot' event (rows that predate the log)."""
    for t in audited_tables(conn) if tables is None else tables:
        conn.execute(
            "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json) "
            f"SELECT '{t}', uuid, 'snapshot', NULL, {row_json_sql(logged_columns(conn, t), 'x')} "
            f'FROM "{t}" AS x'
        )


# ---------------------------------------------------------------- sealing


_encoder = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(obj: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text."""
    return _encoder.encode(obj)


def state_digest(state: dict[str, Any] | None) -> str:
    """SHA-256 of a record's canonical JSON ("" for a deleted record)."""
    return "" if state is None else hashlib.sha256(canonical(state).encode()).hexdigest()


EVENT_FIELDS = (
    "id",
    "time",
    "user",
    "machine",
    "table_name",
    "record_uuid",
    "action",
    "changes",
    "digest",
)


def event_mac(key: bytes, prev_hash: str, event: dict[str, Any]) -> str:
    """HMAC-SHA256(key, prev_hash || canonical_json(event)); the event's `changes` text enters
    as its SHA-256 (same strength, and a large text is not escaped a second time)."""
    fields = {k: event[k] for k in EVENT_FIELDS}
    fields["changes"] = hashlib.sha256(fields["changes"].encode()).hexdigest()
    body = canonical(fields)
    return hmac.new(key, (prev_hash + body).encode(), hashlib.sha256).hexdigest()


def _changes(
    action: str, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> dict[str, list[Any]]:
    if action == "update" and old is not None and new is not None:
        return {
            k: [old.get(k), new.get(k)]
            for k in sorted(old.keys() | new.keys())
            if old.get(k) != new.get(k)
        }
    if action == "delete" and old is not None:
        return {k: [v, None] for k, v in old.items() if v is not None}
    return {k: [None, v] for k, v in (new or {}).items() if v is not None}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _reader_may(event: dict[str, Any], actor: Actor) -> bool:
    """What a read-only account ("xem": read and print) may still write: its own account (its
    password), and the record of a paper it printed or saved (an issued_document insert)."""
    if event["table_name"] == "account":
        return bool(event["record_uuid"] == actor.account_uuid)
    return event["table_name"] == "issued_document" and event["action"] == "insert"


def seal(conn: sqlite3.Connection, db_path: Path, actor: Actor) -> tuple[int, str] | None:
    """Move pending changes into the chained log (inside the caller's transaction).

    Returns the new head (count, hash), or None when nothing was recorded. Raises
    ConflictError when a read-only role tried to change data (the caller rolls back).
    """
    try:
        pending = conn.execute(
            "SELECT table_name, record_uuid, action, old_json, new_json FROM audit_pending ORDER BY id"
        ).fetchall()
    except sqlite3.OperationalError as exc:  # a file older than the audit log (being migrated)
        if "no such table" in str(exc):
            return None
        raise
    if not pending:
        return None
    events: list[dict[str, Any]] = []
    when = _now()
    for table, uuid, action, old_json, new_json in pending:
        old = json.loads(old_json) if old_json else None
        new = json.loads(new_json) if new_json else None
        changes = _changes(action, old, new)
        if action == "update" and not changes:
            continue  # an UPDATE that changed nothing (or only secret columns)
        events.append(
            {
                "time": when,
                "user": actor.user,
                "machine": actor.machine,
                "table_name": table,
                "record_uuid": uuid or "",
                "action": action,
                "changes": canonical(changes),
                "digest": state_digest(new),
            }
        )
    conn.execute("DELETE FROM audit_pending")
    if not events:
        return None
    if actor.role == READ_ONLY_ROLE and not all(_reader_may(e, actor) for e in events):
        raise ConflictError(
            "read_only_role",
            f"Tài khoản {actor.user} chỉ được xem và in, không được thay đổi dữ liệu.",
        )
    key = load_key(db_path)
    if key is None:
        raise DatabaseError(
            "audit_key",
            f"Không đọc được khoá nhật ký {key_path(db_path)}; thay đổi chưa được lưu. "
            "Hãy kiểm tra tệp khoá (hoặc khôi phục nó từ bản sao).",
            str(db_path),
        )
    head = current_head(conn)
    next_id, prev = (head[0] + 1, head[1]) if head else (1, "")
    rows = []
    for e in events:
        e["id"] = next_id
        h = event_mac(key, prev, e)
        rows.append((next_id, *(e[k] for k in EVENT_FIELDS[1:]), prev, h))
        prev, next_id = h, next_id + 1
    conn.executemany(
        "INSERT INTO audit_event(id, time, user, machine, table_name, record_uuid, action, changes,"
        " digest, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    return next_id - 1, prev


def seal_foreign(conn: sqlite3.Connection, db_path: Path) -> tuple[int, str] | None:
    """Record changes left pending by another tool (the sqlite3 shell) as theirs, not ours."""
    try:
        if conn.execute("SELECT 1 FROM audit_pending LIMIT 1").fetchone() is None:
            return None
    except sqlite3.OperationalError:
        return None
    return seal(conn, db_path, Actor(EXTERNAL_USER, "?"))


def after_schema_change(conn: sqlite3.Connection, tables: Iterable[str] | None = None) -> None:
    """For a migration: triggers again, a snapshot event of every row, sealed in its transaction."""
    tables = list(audited_tables(conn) if tables is None else tables)
    install_triggers(conn, tables)
    conn.execute("DELETE FROM audit_pending WHERE action <> 'snapshot'")  # the copy's own noise
    snapshot_existing(conn, tables)
    db_file = next(r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main")
    seal(conn, Path(db_file), Actor(SYSTEM_USER, default_actor().machine))
