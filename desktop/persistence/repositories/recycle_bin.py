"""The recycle bin: a deleted record and its dependents kept as a snapshot, restorable whole.

Deleting walks the foreign keys from the record: every row that refers to it with ON DELETE
CASCADE (recursively, plus the `OWNED` ratings) goes into the snapshot with it and is deleted; a row outside that refers to it with
ON DELETE SET NULL keeps its link in the snapshot (`links`) so that restoring puts it back;
a RESTRICT reference makes the DELETE fail (the caller turns that into its refusal). The rows
are really deleted, so lists, searches (the FTS index follows by trigger) and reports never see
them, and the audit log records each delete. Restoring inserts the same rows again, with their
ids and uuids, parents first, so their audit digests are those of the deleted records. Ids are
never given out twice (AUTOINCREMENT since schema 23, whose migration gave the few binned rows
whose id had been taken a fresh one), so a restored row always gets its own id back and the
references among and to binned rows stay right.

The payload is zlib-compressed JSON: {"tables": [[table, columns, rows], ...] parents first,
"links": [[table, id, column, value, uuid], ...]}; BLOB values are written as {"$b64": "..."}.
(Entries written before schema 23 may also hold "refs", which only that migration read.)
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import uuid as uuidlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.recycle_bin import BinEntry, BinKind
from desktop.persistence import audit, constraints
from desktop.persistence.constraints import Broken

# Tables named in messages (those a deletion can take along or need back).
TABLE_NAMES = {
    "person": "cá nhân",
    "unit": "đơn vị",
    "movement": "phong trào thi đua",
    "initiative": "sáng kiến",
    "proposal_batch": "đợt đề nghị khen thưởng",
    "nominee": "người/đơn vị được đề nghị",
    "movement_group": "nhóm thi đua",
    "movement_criterion": "tiêu chí chấm điểm",
    "registration": "đăng ký thi đua",
    "sponsorship": "đỡ đầu xã",
    "attachment": "tệp đính kèm",
}
# Rows that belong to their parent alone although the key says RESTRICT (so that a plain DELETE
# keeps refusing): a person's and a unit's yearly ratings go to the bin with them, and come back
# with them. Official history (awards, nominees, initiatives) still refuses the deletion.
OWNED = frozenset({("person_rating", "person_id"), ("unit_rating", "unit_id")})
_COLUMNS = "id, uuid, kind, record_id, record_uuid, label, deleted_at, deleted_by, row_count"


@dataclass(frozen=True, slots=True)
class _ForeignKey:
    child: str
    column: str
    parent: str
    parent_column: str
    on_delete: str  # CASCADE | SET NULL | RESTRICT | NO ACTION | ...


def _foreign_keys(conn: sqlite3.Connection) -> list[_ForeignKey]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    keys = []
    for t in tables:
        for r in conn.execute(f'PRAGMA foreign_key_list("{t}")'):
            keys.append(_ForeignKey(t, r[3], r[2], r[4] or "id", r[6].upper()))
    return keys


def _name(table: str) -> str:
    return TABLE_NAMES.get(table, f"bản ghi ({table})")


# ---------------------------------------------------------------- snapshot


@dataclass
class _Snapshot:
    tables: dict[str, tuple[list[str], dict[int, tuple[Any, ...]]]]  # table -> columns, id -> row
    links: list[tuple[Any, ...]]  # table, id, column, value, uuid of the row (or None)

    @property
    def row_count(self) -> int:
        return sum(len(rows) for _, rows in self.tables.values())


def _collect(conn: sqlite3.Connection, table: str, record_id: int) -> _Snapshot:
    """The record, every row cascading from it, and the SET NULL links pointing into them."""
    keys = _foreign_keys(conn)
    snap = _Snapshot({}, [])
    links: list[tuple[Any, ...]] = []
    queue: list[tuple[str, str, list[Any]]] = [(table, "id", [record_id])]
    while queue:
        t, column, values = queue.pop(0)
        cur = conn.execute(
            f'SELECT * FROM "{t}" WHERE "{column}" IN (SELECT value FROM json_each(?))',
            (json.dumps(values),),
        )
        columns = [d[0] for d in cur.description]
        columns_rows = snap.tables.setdefault(t, (columns, {}))[1]
        new = [row for row in cur.fetchall() if row[0] not in columns_rows]
        for row in new:
            columns_rows[row[0]] = row
        if not new:
            continue
        for fk in keys:
            if fk.parent != t:
                continue
            targets = sorted({row[columns.index(fk.parent_column)] for row in new} - {None})
            if fk.on_delete == "CASCADE" or (fk.child, fk.column) in OWNED:
                queue.append((fk.child, fk.column, targets))
            elif fk.on_delete == "SET NULL":
                uuid_col = "uuid" if _has_uuid(conn, fk.child) else "NULL"
                for child_id, value, child_uuid in conn.execute(
                    f'SELECT id, "{fk.column}", {uuid_col} FROM "{fk.child}" '
                    f'WHERE "{fk.column}" IN (SELECT value FROM json_each(?))',
                    (json.dumps(targets),),
                ):
                    links.append((fk.child, child_id, fk.column, value, child_uuid))
    # A link from a row that goes too is restored with that row.
    snap.links = [link for link in links if link[1] not in snap.tables.get(link[0], ([], {}))[1]]
    snap.tables = {t: v for t, v in snap.tables.items() if v[1]}
    return snap


def _has_uuid(conn: sqlite3.Connection, table: str) -> bool:
    return any(r[1] == "uuid" for r in conn.execute(f'PRAGMA table_info("{table}")'))


def _parents_first(tables: Iterable[str], keys: list[_ForeignKey]) -> list[str]:
    """The tables ordered so that each comes after the tables (of the set) it refers to."""
    pending = list(tables)
    done: list[str] = []
    while pending:
        for t in pending:
            needs = {k.parent for k in keys if k.child == t and k.parent != t} & set(pending)
            if not needs:
                done.append(t)
                pending.remove(t)
                break
        else:  # a cycle (not in this schema): keep the discovery order
            done.extend(pending)
            break
    return done


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["$b64"])
    return value


def _pack(snap: _Snapshot, order: list[str]) -> bytes:
    body = {
        "tables": [
            [
                t,
                snap.tables[t][0],
                [[_encode(v) for v in row] for row in snap.tables[t][1].values()],
            ]
            for t in order
        ],
        "links": [list(link) for link in snap.links],
    }
    return zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), 6)


def _unpack(payload: bytes) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(zlib.decompress(payload).decode("utf-8"))
    return body


# ---------------------------------------------------------------- delete


def _label(conn: sqlite3.Connection, kind: BinKind, record_id: int) -> str:
    if kind is BinKind.PERSON:
        sql = (
            "SELECT p.full_name || ' (' || u.name || ')' FROM person p"
            " JOIN unit u ON u.id = p.unit_id WHERE p.id = ?"
        )
    elif kind is BinKind.UNIT or kind is BinKind.MOVEMENT:
        sql = f"SELECT name FROM {kind.table} WHERE id = ?"
    elif kind is BinKind.INITIATIVE:
        sql = "SELECT title || ' (' || year || ')' FROM initiative WHERE id = ?"
    else:
        sql = "SELECT title || ' (' || year || ')' FROM proposal_batch WHERE id = ?"
    row = conn.execute(sql, (record_id,)).fetchone()
    return str(row[0]) if row else f"{kind.label} số {record_id}"


def move_to_bin(
    conn: sqlite3.Connection, kind: BinKind, record_id: int, deleted_by: str = ""
) -> int:
    """Delete the record and its cascading dependents, keeping them in the bin; the bin id.

    Raises sqlite3.IntegrityError when a RESTRICT reference forbids it (the caller's write
    transaction then rolls back the rows already deleted);
    NotFoundError when there is no such record.
    """
    snap = _collect(conn, kind.table, record_id)
    if kind.table not in snap.tables:
        raise NotFoundError(f"Không tìm thấy {kind.label.lower()} số {record_id}.")
    label = _label(conn, kind, record_id)
    record_uuid = snap.tables[kind.table][1][record_id][1]
    order = _parents_first(snap.tables, _foreign_keys(conn))
    payload = _pack(snap, order)
    for t in reversed(order):  # children first; a RESTRICT reference from outside raises here
        conn.execute(
            f'DELETE FROM "{t}" WHERE id IN (SELECT value FROM json_each(?))',
            (json.dumps(list(snap.tables[t][1])),),
        )
    cur = conn.execute(
        "INSERT INTO recycle_bin(uuid, kind, record_id, record_uuid, label, deleted_at,"
        " deleted_by, row_count, payload_sha256, payload) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            kind.value,
            record_id,
            record_uuid,
            label,
            datetime.now().isoformat(timespec="seconds"),
            deleted_by,
            snap.row_count,
            hashlib.sha256(payload).hexdigest(),
            payload,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


# ---------------------------------------------------------------- list, restore, purge


def _entry(row: tuple[Any, ...]) -> BinEntry:
    return BinEntry(row[0], row[1], BinKind(row[2]), *row[3:])


def list_entries(conn: sqlite3.Connection) -> list[BinEntry]:
    """Every entry, newest deletion first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM recycle_bin ORDER BY deleted_at DESC, id DESC")
    return [_entry(r) for r in rows]


def get(conn: sqlite3.Connection, entry_id: int) -> BinEntry:
    """One entry; NotFoundError when it is not (or no longer) in the bin."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM recycle_bin WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có mục số {entry_id} trong thùng rác.")
    return _entry(row)


def count(conn: sqlite3.Connection) -> int:
    """Entries in the bin."""
    return int(conn.execute("SELECT count(*) FROM recycle_bin").fetchone()[0])


def restore(conn: sqlite3.Connection, entry_id: int) -> BinEntry:
    """Put every row of the entry back (same ids, same uuids) and drop the entry; the entry.

    ConflictError with the reason when a record it needs is gone or one of its uuids is back.
    """
    entry = get(conn, entry_id)
    payload, digest = conn.execute(
        "SELECT payload, payload_sha256 FROM recycle_bin WHERE id = ?", (entry_id,)
    ).fetchone()
    if hashlib.sha256(payload).hexdigest() != digest:
        raise ConflictError(
            "restore_damaged",
            f"Không khôi phục được {entry.label}: dữ liệu của mục này trong thùng rác đã bị hỏng "
            "hoặc bị sửa ngoài chương trình. Hãy khôi phục từ một bản sao lưu.",
            {"label": entry.label},
        )
    body = _unpack(payload)
    keys = _foreign_keys(conn)
    tables = [
        (t, cols, [[_decode(v) for v in r] for r in rows]) for t, cols, rows in body["tables"]
    ]
    _check_restorable(conn, entry, tables, keys)
    for t, cols, rows in tables:
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        try:
            conn.executemany(f'INSERT INTO "{t}" ({names}) VALUES ({marks})', rows)
        except sqlite3.IntegrityError as exc:
            kind = constraints.broken(exc)
            columns = _clash(conn, t, cols, rows) if kind is Broken.UNIQUE else ()
            raise ConflictError(
                "restore_conflict",
                f"Không khôi phục được {entry.label}: dữ liệu hiện có trùng với {_name(t)} "
                f"đã xóa ({_explain(exc, columns)}). Hãy sửa bản ghi trùng rồi thử lại.",
                {"label": entry.label, "constraint": kind.value, "columns": ", ".join(columns)},
            ) from exc
    for t, row_id, column, value, *rest in body["links"]:
        if rest and rest[0] is not None:  # the same row, named by its uuid
            where, args = "uuid = ?", (value, rest[0])
        else:
            where, args = "id = ?", (value, row_id)
        conn.execute(f'UPDATE "{t}" SET "{column}" = ? WHERE {where} AND "{column}" IS NULL', args)
    conn.execute("DELETE FROM recycle_bin WHERE id = ?", (entry_id,))
    return entry


def _clash(
    conn: sqlite3.Connection, table: str, cols: list[str], rows: list[list[Any]]
) -> tuple[str, ...]:
    """After a failed restore of `table`'s rows (inside the same transaction): the columns of
    the unique key one of them repeats, asked of the table (SQLite names it only in words);
    empty when none is found."""
    for row in rows:
        values = dict(zip(cols, row, strict=True))
        held = constraints.taken(conn, table, values, exclude_id=values.get("id"))
        if held is not None:
            return held.columns
    return ()


def _explain(exc: sqlite3.IntegrityError, columns: tuple[str, ...]) -> str:
    """The reason, sorted by the constraint's code (never by the words of its message)."""
    kind = constraints.broken(exc)
    # (an id taken, PRIMARY_KEY, is found before the insert by _check_restorable)
    if kind in (Broken.UNIQUE, Broken.PRIMARY_KEY):
        if columns == ("cccd",):
            return "số CCCD đã có ở người khác"
        return "trùng " + ", ".join(columns) if columns else "trùng khóa"
    if kind is Broken.FOREIGN_KEY:
        return "thiếu bản ghi liên quan"
    return str(exc)


def _check_restorable(
    conn: sqlite3.Connection,
    entry: BinEntry,
    tables: list[tuple[str, list[str], list[list[Any]]]],
    keys: list[_ForeignKey],
) -> None:
    """Refuse (ConflictError) when an id or uuid is taken or a parent it must have is gone;
    a link that deleting a parent would have set to NULL is restored as NULL."""
    inside = {t: {r[0] for r in rows} for t, _, rows in tables}  # column 0 is the id
    for t, cols, rows in tables:
        ids = [r[0] for r in rows]
        sql = f'SELECT id FROM "{t}" WHERE id IN (SELECT value FROM json_each(?))'
        args = [json.dumps(ids)]
        if "uuid" in cols:
            sql += " OR uuid IN (SELECT value FROM json_each(?))"
            args.append(json.dumps([r[cols.index("uuid")] for r in rows]))
        taken = conn.execute(sql + " LIMIT 1", args).fetchone()
        if taken is not None:
            raise ConflictError(
                "restore_taken",
                f"Không khôi phục được {entry.label}: {_name(t)} số {taken[0]} đã có lại trong "
                "dữ liệu (nhập lại sau khi xóa?).",
                {"label": entry.label},
            )
        for fk in keys:
            if fk.child != t:
                continue
            col = cols.index(fk.column)
            wanted = sorted({r[col] for r in rows} - {None})
            if fk.parent_column == "id":
                wanted = [v for v in wanted if v not in inside.get(fk.parent, set())]
            if not wanted:
                continue
            found = {
                r[0]
                for r in conn.execute(
                    f'SELECT "{fk.parent_column}" FROM "{fk.parent}" '
                    f'WHERE "{fk.parent_column}" IN (SELECT value FROM json_each(?))',
                    (json.dumps(wanted),),
                )
            }
            missing = [v for v in wanted if v not in found]
            if missing and fk.on_delete == "SET NULL":
                for r in rows:
                    if r[col] in missing:
                        r[col] = None
            elif missing:
                raise ConflictError(
                    "restore_parent_gone",
                    f"Không khôi phục được {entry.label}: {_name(fk.parent)} số {missing[0]} mà "
                    "nó gắn với không còn trong dữ liệu. Hãy khôi phục "
                    f"{_name(fk.parent)} đó trước (nếu còn trong thùng rác).",
                    {"label": entry.label},
                )


def _purged_uuids(conn: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> set[str]:
    """UUIDs of the bin entries chosen and of every record they hold."""
    out: set[str] = set()
    for entry_uuid, payload in conn.execute(
        f"SELECT uuid, payload FROM recycle_bin{where}", args
    ).fetchall():
        out.add(str(entry_uuid))
        for _table, columns, rows in _unpack(payload)["tables"]:
            if "uuid" in columns:
                at = columns.index("uuid")
                out |= {str(row[at]) for row in rows if row[at]}
    return out


def purge(conn: sqlite3.Connection, entry_id: int) -> BinEntry:
    """Drop one entry for good; its records' fields in the audit log become unreadable
    (personal data: only their hashes stay, so the log still verifies)."""
    entry = get(conn, entry_id)
    uuids = _purged_uuids(conn, " WHERE id = ?", (entry_id,))
    conn.execute("DELETE FROM recycle_bin WHERE id = ?", (entry_id,))
    audit.redact_records(conn, uuids)
    return entry


def purge_all(conn: sqlite3.Connection) -> int:
    """Empty the bin (the audit log's copies of the fields go as in `purge`); entries removed."""
    uuids = _purged_uuids(conn, "", ())
    count = conn.execute("DELETE FROM recycle_bin").rowcount
    audit.redact_records(conn, uuids)
    return count
