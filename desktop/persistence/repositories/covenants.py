"""Giao ước thi đua: the covenant, its parties (signing order) and its commitments."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.covenants import Covenant, CovenantInput, Party
from desktop.domain.errors import NotFoundError
from desktop.persistence.db import now_iso

_COVENANT = (
    "SELECT c.id, c.title, c.signed_on, c.place, c.period, c.bloc_id, COALESCE(b.name, ''),"
    " c.movement_id, COALESCE(m.name, ''), c.preamble FROM covenant c"
    " LEFT JOIN emulation_bloc b ON b.id = c.bloc_id LEFT JOIN movement m ON m.id = c.movement_id"
)
_PARTY = (
    "SELECT p.id, p.position, p.unit_id, COALESCE(u.name, p.name), p.signatory,"
    " p.signatory_title FROM covenant_party p LEFT JOIN unit u ON u.id = p.unit_id"
    " WHERE p.covenant_id = ? ORDER BY p.position, p.id"
)


def _head(r: tuple) -> Covenant:  # type: ignore[type-arg]
    return Covenant(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9])


def list_covenants(conn: sqlite3.Connection) -> list[Covenant]:
    """Every covenant, newest first, with its parties and commitments."""
    heads = [_head(r) for r in conn.execute(_COVENANT + " ORDER BY c.signed_on DESC, c.id DESC")]
    return [_full(conn, h) for h in heads]


def get(conn: sqlite3.Connection, covenant_id: int) -> Covenant:
    """One covenant with its parties and commitments."""
    row = conn.execute(_COVENANT + " WHERE c.id = ?", (covenant_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy giao ước thi đua số {covenant_id}.")
    return _full(conn, _head(row))


def _full(conn: sqlite3.Connection, head: Covenant) -> Covenant:
    parties = tuple(Party(*r) for r in conn.execute(_PARTY, (head.id,)))
    commitments = tuple(
        r[0]
        for r in conn.execute(
            "SELECT text FROM covenant_commitment WHERE covenant_id = ? ORDER BY position, id",
            (head.id,),
        )
    )
    return Covenant(
        head.id,
        head.title,
        head.signed_on,
        head.place,
        head.period,
        head.bloc_id,
        head.bloc_name,
        head.movement_id,
        head.movement_name,
        head.preamble,
        parties,
        commitments,
    )


def save(conn: sqlite3.Connection, data: CovenantInput, covenant_id: int | None) -> int:
    """Insert or update a validated covenant with exactly these parties and commitments."""
    now = now_iso()
    values = (
        data.title,
        data.signed_on.isoformat(),
        data.place,
        data.movement_id,
        data.bloc_id,
        data.period,
        data.preamble,
    )
    if covenant_id is None:
        cur = conn.execute(
            "INSERT INTO covenant (uuid, title, signed_on, place, movement_id, bloc_id, period,"
            " preamble, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (str(uuidlib.uuid4()), *values, now, now),
        )
        covenant_id = int(cur.lastrowid or 0)
    else:
        get(conn, covenant_id)
        conn.execute(
            "UPDATE covenant SET title = ?, signed_on = ?, place = ?, movement_id = ?,"
            " bloc_id = ?, period = ?, preamble = ?, updated_at = ? WHERE id = ?",
            (*values, now, covenant_id),
        )
    _replace_parties(conn, covenant_id, data)
    _replace_commitments(conn, covenant_id, data.commitments)
    return covenant_id


def _replace_parties(conn: sqlite3.Connection, covenant_id: int, data: CovenantInput) -> None:
    """Keep the rows of parties that stay (same unit or same free name), in the new order."""
    old = {
        (r[1], r[2] if r[1] is None else ""): r[0]
        for r in conn.execute(
            "SELECT id, unit_id, name FROM covenant_party WHERE covenant_id = ?", (covenant_id,)
        )
    }
    kept: set[int] = set()
    for pos, p in enumerate(data.parties, start=1):
        key = (p.unit_id, p.name if p.unit_id is None else "")
        row_id = old.get(key)
        name = p.name if p.unit_id is None else ""
        if row_id is None:
            conn.execute(
                "INSERT INTO covenant_party (uuid, covenant_id, position, unit_id, name,"
                " signatory, signatory_title) VALUES (?,?,?,?,?,?,?)",
                (
                    str(uuidlib.uuid4()),
                    covenant_id,
                    pos,
                    p.unit_id,
                    name,
                    p.signatory,
                    p.signatory_title,
                ),
            )
        else:
            kept.add(row_id)
            conn.execute(
                "UPDATE covenant_party SET position = ?, signatory = ?, signatory_title = ?"
                " WHERE id = ?",
                (pos, p.signatory, p.signatory_title, row_id),
            )
    for row_id in set(old.values()) - kept:
        conn.execute("DELETE FROM covenant_party WHERE id = ?", (row_id,))


def _replace_commitments(
    conn: sqlite3.Connection, covenant_id: int, texts: tuple[str, ...]
) -> None:
    """Rewrite the commitments in place (rows kept by position, the rest added or dropped)."""
    rows = conn.execute(
        "SELECT id, position, text FROM covenant_commitment WHERE covenant_id = ?"
        " ORDER BY position, id",
        (covenant_id,),
    ).fetchall()
    for pos, text in enumerate(texts, start=1):
        if pos <= len(rows):
            row_id, old_pos, old_text = rows[pos - 1]
            if (old_pos, old_text) != (pos, text):
                conn.execute(
                    "UPDATE covenant_commitment SET position = ?, text = ? WHERE id = ?",
                    (pos, text, row_id),
                )
        else:
            conn.execute(
                "INSERT INTO covenant_commitment (uuid, covenant_id, position, text)"
                " VALUES (?,?,?,?)",
                (str(uuidlib.uuid4()), covenant_id, pos, text),
            )
    for row_id, _, _ in rows[len(texts) :]:
        conn.execute("DELETE FROM covenant_commitment WHERE id = ?", (row_id,))


def delete(conn: sqlite3.Connection, covenant_id: int) -> None:
    """Delete a covenant with its parties and commitments."""
    get(conn, covenant_id)
    conn.execute("DELETE FROM covenant WHERE id = ?", (covenant_id,))
