"""Which audit records make up the history of a proposal batch, and the names they refer to.

A batch's history is its own events plus those of every record that belonged to it: nominees
(found through the `batch_id` in their insert, snapshot or delete event, so removed ones count
too), the state log, the initiatives used as grounds, the award records of the decision and
the documents issued. Only events after the batch's own first event count, so the nominees of
an earlier, deleted batch that had the same id are not mixed in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# Child tables whose rows point at the batch (column) and at its nominees (column).
_BY_BATCH = (("nominee", "batch_id"), ("batch_event", "batch_id"), ("issued_document", "batch_id"))
_BY_NOMINEE = (("nominee_initiative", "nominee_id"), ("award_record", "nominee_id"))


def _batch_start(conn: sqlite3.Connection, batch_uuid: str) -> tuple[int | None, int]:
    """(batch id, id of its first event) from the table, or from the log for a deleted batch."""
    row = conn.execute(
        "SELECT min(id), json_extract(changes, '$.id[1]') FROM audit_event"
        " WHERE table_name = 'proposal_batch' AND record_uuid = ? AND action IN ('insert', 'snapshot')",
        (batch_uuid,),
    ).fetchone()
    first_event = int(row[0]) if row and row[0] is not None else 0
    logged_id = row[1] if row else None
    current = conn.execute("SELECT id FROM proposal_batch WHERE uuid = ?", (batch_uuid,)).fetchone()
    batch_id = int(current[0]) if current else (int(logged_id) if logged_id is not None else None)
    return batch_id, first_event


def _children(
    conn: sqlite3.Connection, table: str, column: str, parents: Iterable[int], since: int
) -> tuple[set[str], set[int]]:
    """UUIDs and ids of the rows of `table` whose `column` was one of `parents`, now or in the
    log (events from `since` on)."""
    ids_json = "[" + ",".join(str(int(p)) for p in parents) + "]"
    uuids: set[str] = set()
    ids: set[int] = set()
    if ids_json == "[]":
        return uuids, ids
    for uuid, rid in conn.execute(
        f'SELECT uuid, id FROM "{table}" WHERE "{column}" IN (SELECT value FROM json_each(?))',
        (ids_json,),
    ):
        uuids.add(uuid)
        ids.add(int(rid))
    for uuid, new_id, old_id in conn.execute(
        "SELECT record_uuid, json_extract(changes, '$.id[1]'), json_extract(changes, '$.id[0]')"
        " FROM audit_event WHERE table_name = ? AND id >= ?"
        " AND action IN ('insert', 'snapshot', 'delete')"
        f" AND coalesce(json_extract(changes, '$.{column}[1]'),"
        f" json_extract(changes, '$.{column}[0]')) IN (SELECT value FROM json_each(?))",
        (table, since, ids_json),
    ):
        uuids.add(uuid)
        rid = new_id if new_id is not None else old_id
        if rid is not None:
            ids.add(int(rid))
    return uuids, ids


def batch_record_uuids(conn: sqlite3.Connection, batch_uuid: str) -> list[str]:
    """The batch's UUID and those of every record that belonged to it (see the module)."""
    batch_id, since = _batch_start(conn, batch_uuid)
    out: set[str] = {batch_uuid}
    if batch_id is None:
        return [batch_uuid]
    nominee_ids: set[int] = set()
    for table, column in _BY_BATCH:
        uuids, ids = _children(conn, table, column, [batch_id], since)
        out |= uuids
        if table == "nominee":
            nominee_ids = ids
    for table, column in _BY_NOMINEE:
        out |= _children(conn, table, column, nominee_ids, since)[0]
    return sorted(out)


def names_by_id(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> dict[int, str]:
    """Current names of people (`person`) or units (`unit`) by id; missing ids are left out."""
    column = {"person": "full_name", "unit": "name"}[table]
    ids_json = "[" + ",".join(str(int(i)) for i in set(ids)) + "]"
    return {
        int(i): str(n)
        for i, n in conn.execute(
            f'SELECT id, "{column}" FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))',
            (ids_json,),
        )
    }
