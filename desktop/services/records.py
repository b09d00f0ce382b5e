"""Small use cases many services share: save a record (insert or update) in one write."""

from __future__ import annotations

from collections.abc import Callable

from desktop.persistence import Connection
from desktop.services.session import Workspace


def save_record[T](
    ws: Workspace,
    data: T,
    record_id: int | None,
    insert: Callable[[Connection, T], int],
    update: Callable[[Connection, int, T], None],
) -> int:
    """Insert `data` (no `record_id`) or update that record, in one write; the record's id."""
    with ws.db.write() as conn:
        if record_id is None:
            return insert(conn, data)
        update(conn, record_id, data)
        return record_id
