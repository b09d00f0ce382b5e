"""The propaganda and inspection log of movements, and the files kept with each line."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from desktop.domain.activities import (
    Activity,
    ActivityCount,
    ActivityFile,
    ActivityInput,
    ActivityKind,
)
from desktop.domain.errors import NotFoundError
from desktop.persistence.db import now_iso
from desktop.persistence.repositories.attachments import blob_chunks, fill_blob

_SELECT = (
    "SELECT a.id, a.movement_id, a.kind, a.done_on, a.content, a.actor, a.result, a.quantity,"
    " (SELECT count(*) FROM movement_activity_file f WHERE f.activity_id = a.id)"
    " FROM movement_activity a"
)
_FILE = "SELECT name, size, sha256, added_at, id, activity_id FROM movement_activity_file"


def _activity(r: tuple[object, ...]) -> Activity:
    data = ActivityInput(
        ActivityKind(str(r[2])),
        date.fromisoformat(str(r[3])),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        int(r[7]),  # type: ignore[call-overload]
    )
    return Activity(int(r[0]), int(r[1]), data, int(r[8]))  # type: ignore[call-overload]


def _values(data: ActivityInput) -> tuple[object, ...]:
    return (
        data.kind.value,
        data.done_on.isoformat(),
        data.content,
        data.actor,
        data.result,
        data.quantity,
    )


def list_for(conn: sqlite3.Connection, movement_id: int) -> list[Activity]:
    """A movement's activities, oldest first."""
    return [
        _activity(r)
        for r in conn.execute(
            _SELECT + " WHERE a.movement_id=? ORDER BY a.done_on, a.id", (movement_id,)
        )
    ]


def get(conn: sqlite3.Connection, activity_id: int) -> Activity:
    """One activity, or NotFoundError."""
    row = conn.execute(_SELECT + " WHERE a.id=?", (activity_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy hoạt động số {activity_id}.")
    return _activity(row)


def insert(conn: sqlite3.Connection, movement_id: int, data: ActivityInput) -> int:
    """Add a validated activity; its id."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO movement_activity (uuid, movement_id, kind, done_on, content, actor, result,"
        " quantity, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (str(uuidlib.uuid4()), movement_id, *_values(data), stamp, stamp),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, activity_id: int, data: ActivityInput) -> None:
    """Rewrite a validated activity."""
    get(conn, activity_id)
    conn.execute(
        "UPDATE movement_activity SET kind=?, done_on=?, content=?, actor=?, result=?,"
        " quantity=?, updated_at=? WHERE id=?",
        (*_values(data), now_iso(), activity_id),
    )


def delete(conn: sqlite3.Connection, activity_ids: Iterable[int]) -> None:
    """Remove activities (with their files)."""
    conn.executemany("DELETE FROM movement_activity WHERE id=?", [(i,) for i in activity_ids])


def counts(
    conn: sqlite3.Connection, start: str, end: str, movement_id: int | None
) -> list[ActivityCount]:
    """Lines and items of each kind done between two ISO days (one movement or all)."""
    rows = conn.execute(
        "SELECT kind, count(*), sum(quantity) FROM movement_activity"
        " WHERE done_on BETWEEN ? AND ? AND (? IS NULL OR movement_id=?) GROUP BY kind",
        (start, end, movement_id, movement_id),
    ).fetchall()
    found = {str(r[0]): (int(r[1]), int(r[2])) for r in rows}
    return [ActivityCount(k, *found[k.value]) for k in ActivityKind if k.value in found]


def files(conn: sqlite3.Connection, activity_id: int) -> list[ActivityFile]:
    """The files of an activity (without bytes), in the order they were added."""
    return [
        _file(r) for r in conn.execute(_FILE + " WHERE activity_id=? ORDER BY id", (activity_id,))
    ]


def file_info(conn: sqlite3.Connection, file_id: int) -> ActivityFile:
    """One kept file's facts, or NotFoundError."""
    row = conn.execute(_FILE + " WHERE id=?", (file_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tệp số {file_id}.")
    return _file(row)


def _file(r: tuple[str, int, str, str, int, int]) -> ActivityFile:
    return ActivityFile(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5])


def add_file(
    conn: sqlite3.Connection, activity_id: int, name: str, size: int, chunks: Iterable[bytes]
) -> ActivityFile:
    """Store a file given as chunks (ValueError when they do not add up to `size`)."""
    get(conn, activity_id)
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO movement_activity_file (uuid, activity_id, name, size, sha256, blob,"
        " added_at) VALUES (?,?,?,?,'',zeroblob(?),?)",
        (str(uuidlib.uuid4()), activity_id, name, size, size, stamp),
    )
    assert cur.lastrowid is not None
    fill_blob(conn, "movement_activity_file", cur.lastrowid, size, chunks)
    return file_info(conn, cur.lastrowid)


def file_chunks(conn: sqlite3.Connection, file_id: int) -> Iterator[bytes]:
    """A kept file's bytes, chunk by chunk."""
    file_info(conn, file_id)
    yield from blob_chunks(conn, "movement_activity_file", file_id)


def delete_file(conn: sqlite3.Connection, file_id: int) -> None:
    """Remove a kept file."""
    file_info(conn, file_id)
    conn.execute("DELETE FROM movement_activity_file WHERE id=?", (file_id,))
