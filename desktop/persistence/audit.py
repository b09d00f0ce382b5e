"""Audit log: triggers that note every change, a hash chain signed per transaction, verification.

Every data table with a `uuid` column has three AFTER triggers (`audit_<table>_ai/_au/_ad`)
that write the row's old/new JSON into `audit_pending`. `Database.write()` calls `seal()` just
before COMMIT: the pending rows become `audit_event` rows (changed fields, digest of the new
state) chained by `hash = SHA-256("thidua-audit-v2" || prev_hash || canonical_json(event))`,
and the head of the chain after the transaction is signed with the office's Ed25519 key
(`audit_seal`: event number, key fingerprint, signature), all in the same transaction.

Keys (persistence/audit_signing.py): the private key stays outside the file (the data folder,
0600) and is needed only to write; the public keys are in the log itself, as `audit_key`
events: `genesis` (the first key of a new log), `upgrade` (the first key of a log sealed with
the old per-PC HMAC key, see below) and `adopt` (an administrator took over a file whose key is
not on this PC). So a backup restored on any PC verifies without any secret; writing there
takes the imported key or an adoption, recorded in the log. A key is made only for a new log,
for the upgrade of an old log whose HMAC key is here, or by an adoption — never silently for
a file whose key is missing: writing is then refused with a message.

Old files: events sealed before signatures (HMAC-SHA256 with the PC's `audit.key`) stay as
they are. At the first write by this version, their chain is verified with that key and the
`upgrade` event records how many there were and a SHA-256 over all of them (hash, link and
content), signed: from then on any PC verifies them through that digest, and the old key adds
its own check where it is present. Without the old key the file can still be adopted (the
`adopt` event then records the same digest, marked unverified).

Other log events (`audit_log`): `acknowledge` (an administrator saw the changes made with
another tool up to an event; until then they stay reported) and `redact` (personal fields of
purged records made unreadable: their `changes` text is replaced by `{"$redacted": sha256}`,
the digest the chain was computed over, so the chain still verifies).

The anchor (persistence/audit_keys.py) keeps the head outside the file, in two places.

Rules for later migrations (they carry their own SQL and never import this module):
- one that creates or recreates (batch mode) an audited table writes its three triggers, the
  row's old/new JSON of its logged columns into `audit_pending` (as 0019's `_triggers` does);
- one that adds, drops or renames columns of an audited table, or rewrites its rows, also
  notes every row as a 'snapshot' event, left pending for the opening to seal, so that the
  digests of the new shape are on record (else `check` reports every row).
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import platform
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.errors import ConflictError, DatabaseError
from desktop.persistence import audit_signing as signing
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

AUDIT_TABLES = ("audit_event", "audit_pending", "audit_seal")
KEY_TABLE = "audit_key"  # events about the signing keys (adopt)
LOG_TABLE = "audit_log"  # events about the log itself (acknowledge, redact)
SCHEME = "thidua-audit-v2"
REDACTED = "$redacted"
# Columns never copied into the log. The lock-out fields are logged (since schema 19): an
# account unlocked by another tool must leave a trace.
SECRET_COLUMNS = {"account": frozenset({"password_hash"})}
LOCKOUT_COLUMNS = frozenset({"failed_attempts", "locked_until"})
EXTERNAL_USER = "(công cụ khác)"
SYSTEM_USER = "(hệ thống)"
READ_ONLY_ROLE = "xem"


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


def changes_digest(changes: str) -> str:
    """SHA-256 of an event's `changes` text, as the chain uses it (kept in a redacted event)."""
    if changes.startswith('{"' + REDACTED + '":'):
        try:
            return str(json.loads(changes)[REDACTED])
        except (ValueError, KeyError, TypeError):
            pass
    return hashlib.sha256(changes.encode()).hexdigest()


def event_body(event: dict[str, Any]) -> str:
    """Canonical JSON of an event's fields; `changes` enters as its SHA-256 (a large text is not
    escaped a second time, and a redacted event keeps the same body)."""
    fields = {k: event[k] for k in EVENT_FIELDS}
    fields["changes"] = changes_digest(fields["changes"])
    return canonical(fields)


def event_mac(key: bytes, prev_hash: str, event: dict[str, Any]) -> str:
    """The old rule: HMAC-SHA256(key, prev_hash || body) (events before signatures)."""
    return hmac.new(key, (prev_hash + event_body(event)).encode(), hashlib.sha256).hexdigest()


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    """The chain's rule: SHA-256(scheme || prev_hash || body), verifiable without any secret."""
    return hashlib.sha256(f"{SCHEME}\n{prev_hash}\n{event_body(event)}".encode()).hexdigest()


def legacy_digest_step(digest: str, event: dict[str, Any]) -> str:
    """One step of the digest that binds the old (HMAC) events into the signed chain."""
    text = f"{digest}\n{event['prev_hash']}\n{event['hash']}\n{event_body(event)}"
    return hashlib.sha256(text.encode()).hexdigest()


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
    password), any account's wrong-password count and lock (a login tried at its desk), and the
    record of a paper it printed or saved (an issued_document insert)."""
    if event["table_name"] == "account":
        if event["action"] == "update" and set(json.loads(event["changes"])) <= LOCKOUT_COLUMNS:
            return True
        return bool(event["record_uuid"] == actor.account_uuid)
    return bool(event["table_name"] == "issued_document" and event["action"] == "insert")


# ---------------------------------------------------------------- keys of a file


@dataclass(slots=True)
class KeyState:
    """The signing keys a log names (in `audit_seal`), in the order they were introduced."""

    keys: list[tuple[str, str]] = field(default_factory=list)  # (fingerprint, public key hex)
    legacy_events: int = 0  # events sealed before signatures (HMAC)


def has_signatures(conn: sqlite3.Connection) -> bool:
    """True when the file has the signature table (schema 9 and later)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_seal'").fetchone() is not None
    )


def key_state(conn: sqlite3.Connection) -> KeyState:
    """Read the keys introduced in the log's signatures."""
    state = KeyState()
    rows = conn.execute(
        "SELECT key_id, public_key, intro FROM audit_seal WHERE intro IS NOT NULL ORDER BY event_id"
    ).fetchall()
    for i, (fp, public, intro) in enumerate(rows):
        state.keys.append((str(fp), str(public)))
        if i == 0:
            try:
                state.legacy_events = int(json.loads(intro).get("legacy_events", 0))
            except (ValueError, TypeError, AttributeError):
                state.legacy_events = 0
    return state


def missing_key_error(db_path: Path, fps: Sequence[str]) -> DatabaseError:
    """The refusal to write a file whose signing key is not on this PC."""
    names = ", ".join(signing.short(fp) for fp in fps[-2:]) or "khoá cũ của máy trước"
    return DatabaseError(
        "audit_key_missing",
        f"Khoá ký nhật ký của tệp {db_path} không có trên máy này (khoá {names}); "
        "thay đổi chưa được lưu. Dữ liệu vẫn đọc và kiểm tra được. Muốn ghi: nhập khoá từ máy cũ "
        f"(Cài đặt › Khoá nhật ký, hoặc lệnh: thidua --db {db_path} audit-key import TỆP_KHOÁ), "
        f"hoặc quản trị viên tiếp nhận tệp (lệnh: thidua --db {db_path} adopt).",
        str(db_path),
    )


def _legacy_scan(
    conn: sqlite3.Connection, upto: int | None
) -> tuple[int, str, str, bytes | None, int | None]:
    """The old events (ids below `upto`, or all): (count, head hash, digest, the local HMAC key
    that verifies all of them or None, first event whose MAC fails with the best key)."""
    keys = signing.legacy_keys()
    cur = conn.execute(
        "SELECT id, time, user, machine, table_name, record_uuid, action, changes, digest,"
        " prev_hash, hash FROM audit_event" + (" WHERE id < ?" if upto else "") + " ORDER BY id",
        (upto,) if upto else (),
    )
    names = [d[0] for d in cur.description]
    count, head, digest = 0, "", ""
    good: list[bytes] = list(keys)
    first_bad: int | None = None
    for values in cur:
        e = dict(zip(names, values, strict=True))
        digest = legacy_digest_step(digest, e)
        count, head = int(e["id"]), str(e["hash"])
        if good:
            still = [
                k for k in good if hmac.compare_digest(event_mac(k, e["prev_hash"], e), e["hash"])
            ]
            if not still and first_bad is None:
                first_bad = count
            good = still
    return count, head, digest, (good[0] if good else None), first_bad


# ---------------------------------------------------------------- sealing


SEAL_CHUNK = 500  # pending changes read, turned into events and written at a time


def _has_pending_table(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_pending'").fetchone()
        is not None
    )


def _pending_chunks(
    conn: sqlite3.Connection, actor: Actor, when: str, size: int = SEAL_CHUNK
) -> Iterator[list[dict[str, Any]]]:
    """The transaction's pending changes as events, `size` pending rows at a time (in order).

    Nothing of an earlier chunk is kept: the caller writes each chunk before asking for the
    next, so a record changed twice in the transaction finds its latest digest in the log."""
    last_id = 0
    while True:
        pending = conn.execute(
            "SELECT id, table_name, record_uuid, action, old_json, new_json FROM audit_pending"
            " WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, size),
        ).fetchall()
        if not pending:
            return
        last_id = int(pending[-1][0])
        events: list[dict[str, Any]] = []
        latest: dict[tuple[str, str], str] = {}  # digests of this chunk (not yet in the log)
        for _id, table, uuid, action, old_json, new_json in pending:
            old = json.loads(old_json) if old_json else None
            new = json.loads(new_json) if new_json else None
            changes = _changes(action, old, new)
            if action == "update" and not changes:
                continue  # an UPDATE that changed nothing (or only secret columns)
            who = actor
            if action == "snapshot":  # a migration's record of the rows' new shape
                who = Actor(SYSTEM_USER, default_actor().machine)
            elif old is not None and actor.user != EXTERNAL_USER:
                outside = _outside_change(conn, table, uuid, old, when, latest.get((table, uuid)))
                if outside is not None:
                    events.append(outside)
            digest = state_digest(new)
            latest[(table, uuid)] = digest
            events.append(_event(when, who, table, uuid or "", action, changes, digest))
        del pending
        yield events


def _outside_change(
    conn: sqlite3.Connection,
    table: str,
    uuid: str,
    old: dict[str, Any],
    when: str,
    known: str | None,
) -> dict[str, Any] | None:
    """An event for a record changed by another tool with the triggers removed (its state before
    our change is not the one last logged): recorded, so it stays reported until acknowledged."""
    if known is None:
        row = conn.execute(
            "SELECT digest FROM audit_event WHERE table_name = ? AND record_uuid = ?"
            " ORDER BY id DESC LIMIT 1",
            (table, uuid),
        ).fetchone()
        known = str(row[0]) if row is not None else ""
    digest = state_digest(old)
    if not known or known == digest:
        return None
    return _event(
        when,
        Actor(EXTERNAL_USER, "?"),
        table,
        uuid,
        "outside",
        {"trạng thái": [known[:16], digest[:16]]},
        digest,
    )


def _event(
    when: str,
    actor: Actor,
    table: str,
    uuid: str,
    action: str,
    changes: dict[str, Any],
    digest: str,
) -> dict[str, Any]:
    return {
        "time": when,
        "user": actor.user,
        "machine": actor.machine,
        "table_name": table,
        "record_uuid": uuid,
        "action": action,
        "changes": canonical(changes),
        "digest": digest,
    }


def _signer(
    conn: sqlite3.Connection,
    db_path: Path,
    actor: Actor,
    when: str,
    head: tuple[int, str] | None,
    adopt: bool,
) -> tuple[str, Any, list[dict[str, Any]], dict[str, Any] | None]:
    """(fingerprint, private key, events to write first, introduction of the key or None)."""
    state = key_state(conn)
    local = signing.local_keys()
    if state.keys and not adopt:
        for fp, _ in reversed(state.keys):
            if fp in local:
                return fp, local[fp], [], None
        raise missing_key_error(db_path, [fp for fp, _ in state.keys])
    if head is None and not adopt:
        fp, key = signing.own_key(create=True)  # type: ignore[misc]
        return fp, key, [], {"kind": "genesis", "legacy_events": 0}
    intro: dict[str, Any] = {"kind": "adopt" if adopt else "upgrade", "legacy_events": 0}
    if not state.keys:  # an old (HMAC) log, or none
        count, last, digest, hmac_key, first_bad = _legacy_scan(conn, None)
        if count:
            if not adopt and hmac_key is None:
                if first_bad is not None and signing.legacy_keys():
                    raise DatabaseError(
                        "audit_broken",
                        f"Nhật ký của tệp {db_path} không khớp khoá của máy này (sai từ sự kiện "
                        f"số {first_bad}); thay đổi chưa được lưu. Hãy chạy: thidua --db {db_path} check.",
                        str(db_path),
                    )
                raise missing_key_error(db_path, [])
            intro.update(
                legacy_events=count,
                legacy_head=last,
                legacy_digest=digest,
                legacy_verified=hmac_key is not None,
            )
        elif not adopt:
            intro["kind"] = "genesis"
    else:
        intro["legacy_events"] = state.legacy_events
    fp, key = signing.own_key(create=True)  # type: ignore[misc]
    if not adopt:
        return fp, key, [], intro
    changes = {
        "public_key": [None, signing.public_hex(key)],
        "previous_keys": [None, [f for f, _ in state.keys]],
        "previous_head": [None, list(head) if head else [0, ""]],
    }
    return fp, key, [_event(when, actor, KEY_TABLE, fp, "adopt", changes, "")], intro


def _check_role(events: Iterable[dict[str, Any]], actor: Actor) -> None:
    if actor.role == READ_ONLY_ROLE and not all(_reader_may(e, actor) for e in events):
        raise ConflictError(
            "read_only_role",
            f"Tài khoản {actor.user} chỉ được xem và in, không được thay đổi dữ liệu.",
            {"user": actor.user},
        )


def _write_events(
    conn: sqlite3.Connection, events: list[dict[str, Any]], next_id: int, prev: str
) -> tuple[int, str]:
    """Chain and insert `events` after (next_id - 1, prev); returns the next id and last hash."""
    rows = []
    for e in events:
        e["id"] = next_id
        h = event_hash(prev, e)
        rows.append((next_id, *(e[k] for k in EVENT_FIELDS[1:]), prev, h))
        prev, next_id = h, next_id + 1
    conn.executemany(
        "INSERT INTO audit_event(id, time, user, machine, table_name, record_uuid, action, changes,"
        " digest, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    return next_id, prev


def seal(
    conn: sqlite3.Connection,
    db_path: Path,
    actor: Actor,
    *,
    log_events: Sequence[tuple[str, dict[str, Any]]] = (),
    adopt: bool = False,
) -> tuple[int, str] | None:
    """Move pending changes into the chained, signed log (inside the caller's transaction).

    `log_events`: (action, changes) of `audit_log` events to add (acknowledge, redact);
    `adopt`: this PC's key takes over the file (an administrator's decision, recorded).
    Returns the new head (count, hash), or None when nothing was recorded. Raises
    ConflictError when a read-only role tried to change data, DatabaseError when the file's
    key is not on this PC (the caller rolls back). The pending changes are read, chained and
    written a chunk at a time (an import of 100,000 rows never holds all its events).
    """
    when = _now()
    if not _has_pending_table(conn):  # a file older than the audit log (being migrated)
        return None
    chunks = _pending_chunks(conn, actor, when)
    tail = [_event(when, actor, LOG_TABLE, "", a, c, "") for a, c in log_events]
    _check_role(tail, actor)
    events: list[dict[str, Any]] = []
    for chunk in chunks:  # up to the first chunk that records something
        _check_role(chunk, actor)
        if chunk:
            events = chunk
            break
    if not events:
        events, tail = tail, []
    if not events and not adopt:
        if conn.execute("SELECT 1 FROM audit_pending LIMIT 1").fetchone() is not None:
            conn.execute("DELETE FROM audit_pending")  # updates that changed nothing
        return None
    _check_role(events, actor)
    if not has_signatures(conn):
        raise DatabaseError(
            "audit_old_schema", f"Tệp {db_path} chưa được nâng cấp nhật ký.", str(db_path)
        )
    head = current_head(conn)
    fp, key, first, intro = _signer(conn, db_path, actor, when, head, adopt)
    next_id, prev = (head[0] + 1, head[1]) if head else (1, "")
    next_id, prev = _write_events(conn, first + events, next_id, prev)
    for chunk in chunks:
        _check_role(chunk, actor)
        next_id, prev = _write_events(conn, chunk, next_id, prev)
    next_id, prev = _write_events(conn, tail, next_id, prev)
    conn.execute("DELETE FROM audit_pending")
    last = next_id - 1
    intro_text = canonical(intro) if intro is not None else None
    conn.execute(
        "INSERT INTO audit_seal(event_id, key_id, public_key, intro, signature) VALUES (?,?,?,?,?)",
        (last, fp, signing.public_hex(key), intro_text, signing.sign(key, last, prev, intro_text)),
    )
    return last, prev


def redact_records(conn: sqlite3.Connection, uuids: Iterable[str]) -> list[int]:
    """Make the logged fields of these records unreadable (inside the caller's transaction):
    each event's `changes` becomes `{"$redacted": sha256}`, the digest the chain was computed
    over, so the chain and its signatures still verify; a `redact` event naming them is sealed
    with the transaction. Changes of these records pending in this transaction are logged without
    their fields. Returns the numbers of the events redacted."""
    wanted = json.dumps(sorted({u for u in uuids if u}))
    rows = conn.execute(
        "SELECT id, changes FROM audit_event WHERE record_uuid IN (SELECT value FROM json_each(?))"
        f" AND changes NOT LIKE '{{\"{REDACTED}\":%' ORDER BY id",
        (wanted,),
    ).fetchall()
    conn.executemany(
        "UPDATE audit_event SET changes = ? WHERE id = ?",
        [(canonical({REDACTED: changes_digest(str(c))}), int(i)) for i, c in rows],
    )
    conn.execute(
        "UPDATE audit_pending SET old_json = NULL, new_json = NULL"
        " WHERE record_uuid IN (SELECT value FROM json_each(?))",
        (wanted,),
    )
    ids = [int(i) for i, _ in rows]
    if ids:
        conn.execute(
            "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
            " VALUES (?, '', 'redact', NULL, ?)",
            (LOG_TABLE, json.dumps({"events": ids})),
        )
    return ids


def seal_foreign(conn: sqlite3.Connection, db_path: Path) -> tuple[int, str] | None:
    """Record changes left pending by another tool (the sqlite3 shell) as theirs, not ours."""
    # A file older than the log has no pending table; any error reading it (I/O) goes up:
    # SQLite may have rolled the transaction back.
    if not _has_pending_table(conn):
        return None
    if conn.execute("SELECT 1 FROM audit_pending LIMIT 1").fetchone() is None:
        return None
    return seal(conn, db_path, Actor(EXTERNAL_USER, "?"))
