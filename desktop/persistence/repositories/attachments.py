"""Files attached to initiatives: bytes stored in the database, written and read in chunks."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Iterator

from desktop.domain.errors import NotFoundError
from desktop.domain.initiatives import AttachmentInfo
from desktop.persistence.db import now_iso

CHUNK = 1024 * 1024
_COLUMNS = "id, uuid, initiative_id, name, size, sha256, added_at"


def insert(
    conn: sqlite3.Connection,
    initiative_id: int,
    name: str,
    size: int,
    chunks: Iterable[bytes],
) -> AttachmentInfo:
    """Store a file of `size` bytes given as chunks; the SHA-256 is computed while writing.

    Raises ValueError when the chunks do not add up to `size` (the file changed while read).
    """
    if conn.execute("SELECT 1 FROM initiative WHERE id=?", (initiative_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến số {initiative_id}.")
    uid = str(uuidlib.uuid4())
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO attachment (uuid, initiative_id, name, size, sha256, blob, added_at)"
        " VALUES (?,?,?,?,'',zeroblob(?),?)",
        (uid, initiative_id, name, size, size, stamp),
    )
    row_id = cur.lastrowid
    assert row_id is not None
    sha = fill_blob(conn, "attachment", row_id, size, chunks)
    return AttachmentInfo(row_id, uid, initiative_id, name, size, sha, stamp)


def fill_blob(
    conn: sqlite3.Connection, table: str, row_id: int, size: int, chunks: Iterable[bytes]
) -> str:
    """Write the chunks into the row's zeroblob(`size`) column `blob` and its `sha256`; return
    the SHA-256. Raises ValueError when the chunks do not add up to `size`."""
    digest = hashlib.sha256()
    written = 0
    with conn.blobopen(table, "blob", row_id) as blob:
        for chunk in chunks:
            if written + len(chunk) > size:
                raise ValueError("file grew while it was read")
            blob.write(chunk)
            digest.update(chunk)
            written += len(chunk)
    if written != size:
        raise ValueError("file shrank while it was read")
    sha = digest.hexdigest()
    conn.execute(f'UPDATE "{table}" SET sha256=? WHERE id=?', (sha, row_id))
    return sha


def blob_chunks(conn: sqlite3.Connection, table: str, row_id: int) -> Iterator[bytes]:
    """A row's `blob` column, chunk by chunk."""
    with conn.blobopen(table, "blob", row_id, readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def _info(row: tuple[object, ...]) -> AttachmentInfo:
    return AttachmentInfo(*row)  # type: ignore[arg-type]


def list_for(conn: sqlite3.Connection, initiative_id: int) -> list[AttachmentInfo]:
    """The files of an initiative (without bytes), in the order they were added."""
    return [
        _info(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM attachment WHERE initiative_id=? ORDER BY id",
            (initiative_id,),
        )
    ]


def get(conn: sqlite3.Connection, attachment_id: int) -> AttachmentInfo:
    """One attachment's facts (without bytes)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tệp đính kèm số {attachment_id}.")
    return _info(row)


def read_chunks(conn: sqlite3.Connection, attachment_id: int) -> Iterator[bytes]:
    """The stored bytes, chunk by chunk (the whole file never sits in memory twice)."""
    get(conn, attachment_id)
    yield from blob_chunks(conn, "attachment", attachment_id)


def delete(conn: sqlite3.Connection, attachment_id: int) -> None:
    """Remove an attachment."""
    get(conn, attachment_id)
    conn.execute("DELETE FROM attachment WHERE id=?", (attachment_id,))
