"""The movement_quota table: list and replace a movement's quotas."""

from __future__ import annotations

import sqlite3
import uuid

from desktop.domain.quotas import QuotaInput


def for_movement(conn: sqlite3.Connection, movement_id: int) -> list[QuotaInput]:
    """A movement's quotas, in a stable order (award code, subject)."""
    rows = conn.execute(
        "SELECT award_code, subject_kind, percent, max_count FROM movement_quota"
        " WHERE movement_id = ? ORDER BY award_code, subject_kind",
        (movement_id,),
    ).fetchall()
    return [QuotaInput(code, subject, percent, count) for code, subject, percent, count in rows]


def replace(conn: sqlite3.Connection, movement_id: int, quotas: list[QuotaInput]) -> None:
    """Make the movement's quotas exactly `quotas`; unchanged rows keep their uuid."""
    wanted = {(q.award_code, q.subject): q for q in quotas}
    for code, subject in conn.execute(
        "SELECT award_code, subject_kind FROM movement_quota WHERE movement_id = ?",
        (movement_id,),
    ).fetchall():
        if (code, subject) not in wanted:
            conn.execute(
                "DELETE FROM movement_quota WHERE movement_id = ? AND award_code = ?"
                " AND subject_kind = ?",
                (movement_id, code, subject),
            )
    for q in quotas:
        conn.execute(
            "INSERT INTO movement_quota (uuid, movement_id, award_code, subject_kind, percent,"
            " max_count) VALUES (?,?,?,?,?,?) ON CONFLICT(movement_id, award_code, subject_kind)"
            " DO UPDATE SET percent=excluded.percent, max_count=excluded.max_count"
            " WHERE percent IS NOT excluded.percent OR max_count IS NOT excluded.max_count",
            (str(uuid.uuid4()), movement_id, q.award_code, q.subject, q.percent, q.count),
        )
