"""Verify the audit log of a file (read only) and read its events for the history view."""

from __future__ import annotations

import hmac
import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.audit_events import AuditAction, EventRow, Finding, FindingCode, FindingLevel
from desktop.persistence import audit_signing as signing
from desktop.persistence.audit import (
    EXTERNAL_USER,
    KEY_TABLE,
    LOG_TABLE,
    REDACTED,
    audited_tables,
    event_hash,
    event_mac,
    has_signatures,
    legacy_digest_step,
    logged_columns,
    row_json_sql,
    state_digest,
)
from desktop.persistence.audit_keys import anchor_places

MAX_LISTED = 5  # records named per kind of finding; the rest are counted

PROBLEM, WARNING, NOTE = FindingLevel.PROBLEM, FindingLevel.WARNING, FindingLevel.NOTE


def _has_log(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_event'").fetchone() is not None
    )


def verify_connection(conn: sqlite3.Connection, db_path: Path) -> list[Finding]:
    """Every check of RELIABILITY_NOTES §6.4 plus record digests; empty when all hold."""
    if not _has_log(conn):
        return []
    findings = _check_triggers(conn)
    last = _check_chain(conn, findings)
    _check_anchor(conn, db_path, last, findings)
    pending = conn.execute("SELECT count(*) FROM audit_pending").fetchone()[0]
    if pending:
        findings.append(
            Finding(
                FindingCode.PENDING,
                f"Nhật ký: {pending} thay đổi được thực hiện ngoài chương trình, chưa được ghi nhận.",
                level=WARNING,
            )
        )
    _check_outside(conn, findings)
    _check_records(conn, findings)
    return findings


def _check_triggers(conn: sqlite3.Connection) -> list[Finding]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='trigger'")}
    need = ["audit_event_no_update", "audit_event_no_delete"] + [
        f"audit_{t}_{s}" for t in audited_tables(conn) for s in ("ai", "au", "ad")
    ]
    if has_signatures(conn):
        need += ["audit_seal_no_update", "audit_seal_no_delete"]
    missing = [n for n in need if n not in have]
    if not missing:
        return []
    return [
        Finding(
            FindingCode.TRIGGER_MISSING,
            f"Nhật ký: thiếu {len(missing)} trigger ghi nhật ký ({', '.join(missing[:MAX_LISTED])})"
            " — cơ sở dữ liệu đã bị sửa bằng công cụ khác.",
        )
    ]


def _listed(ids: list[int]) -> str:
    return f" (tổng cộng {len(ids)} sự kiện)" if len(ids) > 1 else ""


class _Chain:
    """State of one pass over the log."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.seals: dict[int, tuple[str, str, str | None, str]] = (
            {
                int(r[0]): (str(r[1]), str(r[2]), r[3], str(r[4]))
                for r in conn.execute(
                    "SELECT event_id, key_id, public_key, intro, signature FROM audit_seal"
                )
            }
            if has_signatures(conn)
            else {}
        )
        first = next((i for i in sorted(self.seals) if self.seals[i][2] is not None), None)
        self.legacy_end: int | None = None  # events 1..legacy_end use the old rule
        if first is not None:
            try:
                self.legacy_end = int(json.loads(self.seals[first][2] or "{}")["legacy_events"])
            except (ValueError, KeyError, TypeError):
                self.legacy_end = 0
        self.legacy_keys = signing.legacy_keys()
        self.hmac_key: bytes | None = None
        self.legacy_digest = ""
        self.legacy_count = 0
        self.trusted: dict[str, str] = {}  # fingerprint -> public key hex
        self.adopted: dict[str, int] = {}  # fingerprint -> its adopt event
        self.last_seal = 0
        self.gaps: list[int] = []
        self.bad_macs: list[int] = []
        self.bad_hashes: list[int] = []
        self.bad_sigs: list[int] = []
        self.unknown: list[int] = []
        self.redacted: list[int] = []
        self.redactions: set[int] = set()
        self.v2_unsigned = False
        self.legacy_mismatch: list[int] = []


def _legacy_event(ch: _Chain, e: dict[str, Any]) -> None:
    ch.legacy_digest = legacy_digest_step(ch.legacy_digest, e)
    ch.legacy_count = int(e["id"])
    if int(e["id"]) == 1:  # the local HMAC key, if any, that sealed this log's first event
        ch.hmac_key = next(
            (k for k in ch.legacy_keys if hmac.compare_digest(event_mac(k, "", e), e["hash"])),
            None,
        )
    if ch.hmac_key is not None and not hmac.compare_digest(
        event_mac(ch.hmac_key, e["prev_hash"], e), e["hash"]
    ):
        ch.bad_macs.append(int(e["id"]))
    elif (
        ch.hmac_key is None and ch.legacy_end is None and event_hash(e["prev_hash"], e) == e["hash"]
    ):
        ch.v2_unsigned = True  # chained by the new rule, yet no signature introduces a key


def _seal_event(ch: _Chain, eid: int, digest: str) -> None:
    key_id, public, intro, sig = ch.seals[eid]
    if intro is not None:
        try:
            data = json.loads(intro)
            kind = data["kind"]
        except (ValueError, KeyError, TypeError):
            data, kind = {}, ""
        ok = signing.fingerprint(public) == key_id if public else False
        if not ch.trusted:  # the log's first key
            ok = ok and kind in ("genesis", "upgrade", "adopt")
            if int(data.get("legacy_events", -1)) != ch.legacy_count or (
                ch.legacy_count and data.get("legacy_digest") != ch.legacy_digest
            ):
                ch.legacy_mismatch.append(eid)
        elif kind != "adopt" or ch.adopted.get(key_id, 0) <= ch.last_seal:
            ok = False  # a later key enters only with an adoption recorded in this transaction
        if not ok:
            ch.unknown.append(eid)
        else:
            ch.trusted[key_id] = public
    pub = ch.trusted.get(key_id)
    if pub is None:
        if intro is None:
            ch.unknown.append(eid)
    elif not signing.signature_holds(pub, eid, digest, intro, sig):
        ch.bad_sigs.append(eid)
    ch.last_seal = eid


def _check_chain(conn: sqlite3.Connection, findings: list[Finding]) -> int:
    """Check ids, links, hashes (or old MACs) and signatures; return the newest event's number."""
    ch = _Chain(conn)
    expected_id, prev = 1, ""
    cur = conn.execute(
        "SELECT id, time, user, machine, table_name, record_uuid, action, changes, digest,"
        " prev_hash, hash FROM audit_event ORDER BY id"
    )
    names = [d[0] for d in cur.description]
    last = 0
    for values in cur:
        e = dict(zip(names, values, strict=True))
        eid = int(e["id"])
        if eid != expected_id or e["prev_hash"] != prev:
            ch.gaps.append(eid)
        if ch.legacy_end is None or eid <= ch.legacy_end:
            _legacy_event(ch, e)
        elif event_hash(e["prev_hash"], e) != e["hash"]:
            ch.bad_hashes.append(eid)
        if e["changes"].startswith('{"' + REDACTED + '":'):
            ch.redacted.append(eid)
        if e["table_name"] == KEY_TABLE and e["action"] == "adopt":
            ch.adopted[str(e["record_uuid"])] = eid
        elif e["table_name"] == LOG_TABLE and e["action"] == "redact":
            try:
                ch.redactions |= {int(i) for i in json.loads(e["changes"])["events"][1]}
            except (ValueError, KeyError, TypeError, IndexError):
                ch.bad_hashes.append(eid)
        if eid in ch.seals:
            _seal_event(ch, eid, str(e["hash"]))
        expected_id, prev, last = eid + 1, e["hash"], eid
    _report_chain(conn, ch, last, findings)
    return last


def _report_chain(conn: sqlite3.Connection, ch: _Chain, last: int, findings: list[Finding]) -> None:
    def add(code: FindingCode, ids: list[int], text: str, level: FindingLevel = PROBLEM) -> None:
        if ids:
            findings.append(
                Finding(code, text.format(n=ids[0]) + _listed(ids) + ".", ids[0], level=level)
            )

    add(FindingCode.GAP, ch.gaps, "Nhật ký bị xoá hoặc đảo thứ tự tại sự kiện số {n}")
    add(FindingCode.BAD_MAC, ch.bad_macs, "Nhật ký bị sửa: mã xác thực sai tại sự kiện số {n}")
    add(FindingCode.BAD_HASH, ch.bad_hashes, "Nhật ký bị sửa: mã băm sai tại sự kiện số {n}")
    add(FindingCode.BAD_SIGNATURE, ch.bad_sigs, "Nhật ký bị sửa: chữ ký sai tại sự kiện số {n}")
    add(
        FindingCode.UNKNOWN_KEY,
        ch.unknown,
        "Nhật ký bị sửa: sự kiện số {n} được ký bằng khoá không có trong nhật ký",
    )
    add(
        FindingCode.BAD_HASH,
        ch.legacy_mismatch,
        "Nhật ký bị sửa: phần nhật ký cũ (trước khi có chữ ký) không khớp mã ghi ở sự kiện số {n}",
    )
    add(
        FindingCode.REDACTED_UNRECORDED,
        [i for i in ch.redacted if i not in ch.redactions],
        "Nhật ký bị che nội dung mà không có sự kiện ghi nhận việc xoá dữ liệu cá nhân (sự kiện số {n})",
    )
    signed_part = ch.legacy_end is not None and last > ch.legacy_end
    if (signed_part and last not in ch.seals) or ch.v2_unsigned:
        add(
            FindingCode.UNSIGNED,
            [last],
            "Nhật ký có sự kiện không được ký (từ sau chữ ký cuối, sự kiện số {n})",
        )
    beyond = [i for i in ch.seals if i > last]
    if beyond:
        findings.append(
            Finding(
                FindingCode.TRUNCATED,
                f"Nhật ký bị cắt: còn {last} sự kiện nhưng có chữ ký của sự kiện số {max(beyond)}.",
            )
        )
    if ch.legacy_count and ch.legacy_end is None and ch.hmac_key is None and not ch.v2_unsigned:
        findings.append(
            Finding(
                FindingCode.NO_KEY,
                "Nhật ký của tệp này được niêm phong bằng khoá của một máy khác (khoá cũ, trước khi có "
                "chữ ký); khoá đó không có trên máy này nên chưa kiểm chứng được nội dung nhật ký. "
                "Hãy nhập khoá của máy cũ hoặc để quản trị viên tiếp nhận tệp.",
                level=WARNING,
            )
        )
    if ch.trusted and not any(fp in signing.local_keys() for fp in ch.trusted):
        names = ", ".join(signing.short(fp) for fp in list(ch.trusted)[-2:])
        findings.append(
            Finding(
                FindingCode.KEY_NOT_HERE,
                f"Khoá ký nhật ký của tệp này ({names}) không có trên máy này: đọc, in và kiểm tra "
                "được; muốn ghi phải nhập khoá hoặc quản trị viên tiếp nhận tệp.",
                level=NOTE,
            )
        )


def _check_anchor(
    conn: sqlite3.Connection, db_path: Path, last: int, findings: list[Finding]
) -> None:
    places = anchor_places(db_path)
    if not places:
        if last:
            findings.append(
                Finding(
                    FindingCode.ANCHOR_MISSING,
                    "Nhật ký: không có mốc ghi ngoài tệp trên máy này nên không kiểm chứng được đây "
                    "là bản mới nhất (có thể là một bản cũ được chép đè).",
                    level=WARNING,
                )
            )
        return

    def holds(count: int, digest: str) -> bool:
        if count > last:
            return False
        row = conn.execute("SELECT hash FROM audit_event WHERE id=?", (count,)).fetchone()
        return count == 0 or (row is not None and row[0] == digest)

    for heads in places:
        if any(holds(c, h) for c, h in heads):
            continue
        anchored_count = heads[0][0]
        if anchored_count > last:
            findings.append(
                Finding(
                    FindingCode.TRUNCATED,
                    f"Nhật ký bị cắt: còn {last} sự kiện nhưng mốc ghi ngoài tệp là {anchored_count}.",
                )
            )
        else:
            findings.append(
                Finding(
                    FindingCode.ANCHOR_MISMATCH,
                    f"Nhật ký bị viết lại: sự kiện số {anchored_count} không khớp với mốc ghi ngoài tệp.",
                    anchored_count,
                )
            )
        return


def _check_outside(conn: sqlite3.Connection, findings: list[Finding]) -> None:
    """Changes recorded as made with another tool stay reported until acknowledged."""
    through = 0
    for (changes,) in conn.execute(
        "SELECT changes FROM audit_event WHERE table_name = ? AND action = 'acknowledge'",
        (LOG_TABLE,),
    ):
        try:
            through = max(through, int(json.loads(changes)["through"][1]))
        except (ValueError, KeyError, TypeError, IndexError):
            continue
    rows = conn.execute(
        "SELECT id FROM audit_event WHERE user = ? AND id > ? ORDER BY id", (EXTERNAL_USER, through)
    ).fetchall()
    if rows:
        ids = [int(r[0]) for r in rows]
        findings.append(
            Finding(
                FindingCode.OUTSIDE_UNACKNOWLEDGED,
                f"Nhật ký: {len(ids)} thay đổi được thực hiện bằng công cụ khác (từ sự kiện số "
                f"{ids[0]}), chưa được quản trị viên xác nhận đã xem.",
                ids[0],
                level=WARNING,
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
            (
                FindingCode.CHANGED_OUTSIDE,
                changed,
                "bị sửa ngoài chương trình (không khớp nhật ký)",
            ),
            (FindingCode.NO_EVENT, unlogged, "không có trong nhật ký (thêm ngoài chương trình)"),
            (FindingCode.DELETED_OUTSIDE, deleted, "bị xoá ngoài chương trình"),
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
    after: int | None = None,
    records: Sequence[str] | None = None,
    oldest_first: bool = False,
) -> list[EventRow]:
    """Events, newest first, filtered by table, record, user and time (ISO); `records`: only
    the events of these record UUIDs (a batch with its nominees). `after`: the id of the last
    event of the page before: the next page starts past it in the same order (keyset paging,
    where an OFFSET would read every row before the page)."""
    where, args = _where(table, record_uuid, user, since, until, records)
    if after is not None:
        where += (" AND " if where else " WHERE ") + ("id > ?" if oldest_first else "id < ?")
        args = (*args, after)
    rows = conn.execute(
        "SELECT id, time, user, machine, table_name, record_uuid, action, changes FROM audit_event"
        f"{where} ORDER BY id {'ASC' if oldest_first else 'DESC'} LIMIT ?",
        (*args, limit),
    ).fetchall()
    return [
        EventRow(
            r[0],
            datetime.fromisoformat(r[1]),
            r[2],
            r[3],
            r[4],
            r[5],
            AuditAction(r[6]),
            json.loads(r[7]),
        )
        for r in rows
    ]


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
