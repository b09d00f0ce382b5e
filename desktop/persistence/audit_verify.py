"""Verify the audit log of a file (read only) and read its events for the history view."""

from __future__ import annotations

import hmac
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.persistence.audit import (
    audited_tables,
    event_mac,
    key_path,
    load_key,
    logged_columns,
    read_anchors,
    row_json_sql,
    state_digest,
)

MAX_LISTED = 5  # records named per kind of finding; the rest are counted


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the audit verification found wrong."""

    code: str  # bad_mac | gap | truncated | anchor_mismatch | no_key | trigger_missing
    #            | pending | changed_outside | deleted_outside | no_event
    message: str
    event_id: int | None = None
    table: str | None = None
    record_uuid: str | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    """An audit event as shown in the history."""

    id: int
    time: str
    user: str
    machine: str
    table_name: str
    record_uuid: str
    action: str
    changes: dict[str, list[Any]]


def _has_log(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_event'").fetchone() is not None
    )


def verify_connection(conn: sqlite3.Connection, db_path: Path) -> list[Finding]:
    """Every check of RELIABILITY_NOTES §6.4 plus record digests; empty when all hold."""
    if not _has_log(conn):
        return []
    findings = _check_triggers(conn)
    _check_chain(conn, db_path, findings)
    _check_anchor(conn, db_path, findings)
    pending = conn.execute("SELECT count(*) FROM audit_pending").fetchone()[0]
    if pending:
        findings.append(
            Finding(
                "pending",
                f"Nhật ký: {pending} thay đổi được thực hiện ngoài chương trình, chưa được ghi nhận.",
            )
        )
    _check_records(conn, findings)
    return findings


def _check_triggers(conn: sqlite3.Connection) -> list[Finding]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='trigger'")}
    need = ["audit_event_no_update", "audit_event_no_delete"] + [
        f"audit_{t}_{s}" for t in audited_tables(conn) for s in ("ai", "au", "ad")
    ]
    missing = [n for n in need if n not in have]
    if not missing:
        return []
    return [
        Finding(
            "trigger_missing",
            f"Nhật ký: thiếu {len(missing)} trigger ghi nhật ký ({', '.join(missing[:MAX_LISTED])})"
            " — cơ sở dữ liệu đã bị sửa bằng công cụ khác.",
        )
    ]


def _check_chain(conn: sqlite3.Connection, db_path: Path, findings: list[Finding]) -> int:
    """Check ids, links and MACs; return the number of events."""
    key = load_key(db_path, create=False)
    total = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    if total and key is None:
        findings.append(
            Finding(
                "no_key",
                "Nhật ký: không tìm thấy khoá nhật ký của máy này "
                f"({key_path(db_path)}); không kiểm chứng được chuỗi nhật ký.",
            )
        )
    expected_id, prev, bad_macs, gaps = 1, "", [], []
    cur = conn.execute(
        "SELECT id, time, user, machine, table_name, record_uuid, action, changes, digest,"
        " prev_hash, hash FROM audit_event ORDER BY id"
    )
    names = [d[0] for d in cur.description]
    for values in cur:
        e = dict(zip(names, values, strict=True))
        if e["id"] != expected_id or e["prev_hash"] != prev:
            gaps.append(e["id"])
        if key is not None and not hmac.compare_digest(
            event_mac(key, e["prev_hash"], e), e["hash"]
        ):
            bad_macs.append(e["id"])
        expected_id, prev = e["id"] + 1, e["hash"]
    if gaps:
        findings.append(
            Finding(
                "gap",
                f"Nhật ký bị xoá hoặc đảo thứ tự tại sự kiện số {gaps[0]}"
                + (f" (và {len(gaps) - 1} chỗ khác)" if len(gaps) > 1 else "")
                + ".",
                gaps[0],
            )
        )
    if bad_macs:
        findings.append(
            Finding(
                "bad_mac",
                f"Nhật ký bị sửa: mã xác thực sai tại sự kiện số {bad_macs[0]}"
                + (f" (tổng cộng {len(bad_macs)} sự kiện)" if len(bad_macs) > 1 else "")
                + ".",
                bad_macs[0],
            )
        )
    return int(total)


def _check_anchor(conn: sqlite3.Connection, db_path: Path, findings: list[Finding]) -> None:
    anchors = read_anchors(db_path)
    if not anchors:
        # A copy of the file (or one never written since the log began) has no anchor yet;
        # the head printed on reports and backups is then what a reader compares.
        return
    last = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0] or 0

    def holds(count: int, digest: str) -> bool:
        if count > last:
            return False
        row = conn.execute("SELECT hash FROM audit_event WHERE id=?", (count,)).fetchone()
        return count == 0 or (row is not None and row[0] == digest)

    if any(holds(c, h) for c, h in anchors):
        return
    anchored_count = anchors[0][0]
    if anchored_count > last:
        findings.append(
            Finding(
                "truncated",
                f"Nhật ký bị cắt: còn {last} sự kiện nhưng mốc ghi ngoài tệp là {anchored_count}.",
            )
        )
    else:
        findings.append(
            Finding(
                "anchor_mismatch",
                f"Nhật ký bị viết lại: sự kiện số {anchored_count} không khớp với mốc ghi ngoài tệp.",
                anchored_count,
            )
        )


def _check_records(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Each record's current content against the digest of its last event."""
    for table in audited_tables(conn):
        last = dict(
            conn.execute(
                "SELECT record_uuid, digest FROM audit_event WHERE id IN "
                "(SELECT max(id) FROM audit_event WHERE table_name=? GROUP BY record_uuid)",
                (table,),
            ).fetchall()
        )
        expr = row_json_sql(logged_columns(conn, table), "x")
        changed, unlogged = [], []
        for uuid, state in conn.execute(f'SELECT uuid, {expr} FROM "{table}" AS x'):
            digest = last.pop(uuid, None)
            if digest is None:
                unlogged.append(uuid)
            elif digest != state_digest(json.loads(state)):
                changed.append(uuid)
        deleted = [u for u, d in last.items() if d]  # "" = its last event was the delete
        for code, uuids, what in (
            ("changed_outside", changed, "bị sửa ngoài chương trình (không khớp nhật ký)"),
            ("no_event", unlogged, "không có trong nhật ký (thêm ngoài chương trình)"),
            ("deleted_outside", deleted, "bị xoá ngoài chương trình"),
        ):
            if uuids:
                listed = ", ".join(uuids[:MAX_LISTED]) + (" …" if len(uuids) > MAX_LISTED else "")
                findings.append(
                    Finding(
                        code,
                        f"Bảng {table}: {len(uuids)} bản ghi {what}: {listed}.",
                        table=table,
                        record_uuid=uuids[0],
                    )
                )


def verify_file(db_path: Path) -> list[Finding]:
    """Verify the audit log of a database file, reading only."""
    db_path = Path(db_path)
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return verify_connection(conn, db_path)
    finally:
        conn.close()


def event_stamp(conn: sqlite3.Connection, number: int) -> tuple[str, str] | None:
    """(time, hash) of one event of the log, or None when there is no such event."""
    row = conn.execute("SELECT time, hash FROM audit_event WHERE id = ?", (number,)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def query_events(
    conn: sqlite3.Connection,
    *,
    table: str | None = None,
    record_uuid: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    offset: int = 0,
    records: Sequence[str] | None = None,
    oldest_first: bool = False,
) -> list[EventRow]:
    """Events, newest first, filtered by table, record, user and time (ISO); `records`: only
    the events of these record UUIDs (a batch with its nominees)."""
    where, args = _where(table, record_uuid, user, since, until, records)
    rows = conn.execute(
        "SELECT id, time, user, machine, table_name, record_uuid, action, changes FROM audit_event"
        f"{where} ORDER BY id {'ASC' if oldest_first else 'DESC'} LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    return [EventRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7])) for r in rows]


def count_events(
    conn: sqlite3.Connection,
    *,
    table: str | None = None,
    record_uuid: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    records: Sequence[str] | None = None,
) -> int:
    """How many events match the filters."""
    where, args = _where(table, record_uuid, user, since, until, records)
    return int(conn.execute(f"SELECT count(*) FROM audit_event{where}", args).fetchone()[0])


def _where(
    table: str | None,
    record_uuid: str | None,
    user: str | None,
    since: str | None,
    until: str | None,
    records: Sequence[str] | None = None,
) -> tuple[str, tuple[Any, ...]]:
    parts: list[str] = []
    args: list[Any] = []
    if records is not None:  # one parameter however many records
        parts.append("record_uuid IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(records)))
    for cond, value in (
        ("table_name = ?", table),
        ("record_uuid = ?", record_uuid),
        ("user = ?", user),
        ("time >= ?", since),
        ("time < ?", until),
    ):
        if value:
            parts.append(cond)
            args.append(value)
    return (" WHERE " + " AND ".join(parts) if parts else ""), tuple(args)


def event_users(conn: sqlite3.Connection) -> list[str]:
    """Every user name found in the log (for the history filter)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT user FROM audit_event ORDER BY user")]
