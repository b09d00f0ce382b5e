"""A batch's Quyết định drafts: each is a line of the outgoing register (number, symbol, date)
with the awards it covers."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.decisions import Draft
from desktop.domain.errors import ConflictError
from desktop.persistence.db import now_iso


def drafts(conn: sqlite3.Connection, batch_id: int) -> list[Draft]:
    """The drafted decisions of a batch, by number."""
    rows = conn.execute(
        "SELECT d.id, d.batch_id, d.register_id, r.number, r.symbol, r.issued_on, d.award_codes"
        " FROM decision_draft d JOIN outgoing_register r ON r.id = d.register_id"
        " WHERE d.batch_id = ? ORDER BY r.issued_on, r.number",
        (batch_id,),
    ).fetchall()
    return [
        Draft(i, b, reg, n, s, date.fromisoformat(on[:10]), tuple(c for c in codes.split(",") if c))
        for i, b, reg, n, s, on, codes in rows
    ]


def insert(
    conn: sqlite3.Connection, batch_id: int, register_id: int, codes: tuple[str, ...]
) -> int:
    """Tie a register line to the batch as its decision for `codes`."""
    cur = conn.execute(
        "INSERT INTO decision_draft (uuid, batch_id, register_id, award_codes, created_at)"
        " VALUES (?,?,?,?,?)",
        (str(uuidlib.uuid4()), batch_id, register_id, ",".join(codes), now_iso()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def delete_for_batch(conn: sqlite3.Connection, batch_id: int) -> None:
    """Drop a batch's drafts and free their numbers in the register."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT register_id FROM decision_draft WHERE batch_id = ?", (batch_id,)
        )
    ]
    conn.execute("DELETE FROM decision_draft WHERE batch_id = ?", (batch_id,))
    conn.executemany("DELETE FROM outgoing_register WHERE id = ?", [(i,) for i in ids])


def redate(conn: sqlite3.Connection, register_id: int, on: date) -> None:
    """Give a drafted decision another date of the same year."""
    row = conn.execute("SELECT year FROM outgoing_register WHERE id = ?", (register_id,)).fetchone()
    if row is None or int(row[0]) != on.year:
        raise ConflictError(
            "decision_year",
            "Ngày quyết định phải cùng năm với số đã cấp trong sổ văn bản đi; hãy hủy dự thảo và "
            "lập lại để lấy số của năm mới.",
        )
    conn.execute(
        "UPDATE outgoing_register SET issued_on = ? WHERE id = ?", (on.isoformat(), register_id)
    )
