"""Files kept with a batch, its nominees and its decisions: bytes in the database, in chunks."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from datetime import datetime

from desktop.domain.batch_files import BatchFile, BatchFileKind, BatchFileOwner
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.persistence.db import now_iso
from desktop.persistence.repositories.attachments import blob_chunks, fill_blob

_SELECT = (
    "SELECT f.id, f.uuid, f.batch_id, f.nominee_id, f.decision_id, f.kind, f.name, f.size,"
    " f.sha256, f.added_at,"
    " CASE WHEN f.nominee_id IS NOT NULL THEN"
    "  (SELECT coalesce(p.full_name, u.name, n.household_name) FROM nominee n"
    "   LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit u ON u.id = n.unit_id"
    "   WHERE n.id = f.nominee_id)"
    " WHEN f.decision_id IS NOT NULL THEN"
    "  (SELECT r.number || '/' || r.symbol FROM decision_draft d"
    "   JOIN outgoing_register r ON r.id = d.register_id WHERE d.id = f.decision_id)"
    " ELSE '' END"
    " FROM batch_file f"
)


def _file(r: tuple) -> BatchFile:  # type: ignore[type-arg]
    owner = BatchFileOwner(int(r[2]), r[3], r[4])
    return BatchFile(
        id=int(r[0]),
        uuid=str(r[1]),
        owner=owner,
        kind=BatchFileKind(r[5]),
        name=str(r[6]),
        size=int(r[7]),
        sha256=str(r[8]),
        added_at=datetime.fromisoformat(str(r[9])),
        owner_name=str(r[10] or ""),
    )


def _check_owner(conn: sqlite3.Connection, owner: BatchFileOwner) -> None:
    if (
        conn.execute("SELECT 1 FROM proposal_batch WHERE id=?", (owner.batch_id,)).fetchone()
        is None
    ):
        raise NotFoundError(f"Không tìm thấy đợt đề nghị số {owner.batch_id}.")
    for table, key, what in (
        ("nominee", owner.nominee_id, "người/đơn vị được đề nghị"),
        ("decision_draft", owner.decision_id, "quyết định"),
    ):
        if key is None:
            continue
        row = conn.execute(f"SELECT batch_id FROM {table} WHERE id=?", (key,)).fetchone()
        if row is None or row[0] != owner.batch_id:
            raise ValidationError(
                "owner", "not_in_batch", f"Không có {what} số {key} trong đợt đề nghị này."
            )


def insert(
    conn: sqlite3.Connection,
    owner: BatchFileOwner,
    kind: BatchFileKind,
    name: str,
    size: int,
    chunks: Iterable[bytes],
) -> BatchFile:
    """Store a file of `size` bytes given as chunks, its SHA-256 computed while writing.

    Raises ValueError when the chunks do not add up to `size` (the file changed while read).
    """
    _check_owner(conn, owner)
    cur = conn.execute(
        "INSERT INTO batch_file (uuid, batch_id, nominee_id, decision_id, kind, name, size,"
        " sha256, blob, added_at) VALUES (?,?,?,?,?,?,?,'',zeroblob(?),?)",
        (
            str(uuidlib.uuid4()),
            owner.batch_id,
            owner.nominee_id,
            owner.decision_id,
            kind.value,
            name,
            size,
            size,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    fill_blob(conn, "batch_file", cur.lastrowid, size, chunks)
    return get(conn, cur.lastrowid)


def list_for_batch(conn: sqlite3.Connection, batch_id: int) -> list[BatchFile]:
    """Every file of a batch, its nominees' and its decisions' included, in the order added."""
    return [
        _file(r) for r in conn.execute(f"{_SELECT} WHERE f.batch_id=? ORDER BY f.id", (batch_id,))
    ]


def list_for_decision(conn: sqlite3.Connection, decision_id: int) -> list[BatchFile]:
    """The files of one decision."""
    return [
        _file(r)
        for r in conn.execute(f"{_SELECT} WHERE f.decision_id=? ORDER BY f.id", (decision_id,))
    ]


def get(conn: sqlite3.Connection, file_id: int) -> BatchFile:
    """One kept file's facts (without bytes)."""
    row = conn.execute(f"{_SELECT} WHERE f.id=?", (file_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tệp kèm theo số {file_id}.")
    return _file(row)


def read_chunks(conn: sqlite3.Connection, file_id: int) -> Iterator[bytes]:
    """The stored bytes, chunk by chunk."""
    get(conn, file_id)
    yield from blob_chunks(conn, "batch_file", file_id)


def delete(conn: sqlite3.Connection, file_id: int) -> None:
    """Remove a kept file."""
    get(conn, file_id)
    conn.execute("DELETE FROM batch_file WHERE id=?", (file_id,))
