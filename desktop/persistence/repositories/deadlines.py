"""The office's duties and the movements' milestones, read together as deadlines."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.deadlines import DueItem, DueSource, DutyInput, Repeat
from desktop.domain.errors import NotFoundError
from desktop.domain.movements import MilestoneKind
from desktop.persistence.db import now_iso


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def insert(conn: sqlite3.Connection, duty: DutyInput) -> int:
    """Add a validated duty; return its id."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO deadline (uuid, title, kind, due_date, assignee, repeat, note, movement_id,"
        " done_date, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,NULL,?,?)",
        (
            str(uuidlib.uuid4()),
            duty.title,
            duty.kind.value,
            duty.due_on.isoformat(),
            duty.assignee,
            duty.repeat.value,
            duty.note,
            duty.movement_id,
            stamp,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def get(conn: sqlite3.Connection, duty_id: int) -> tuple[DutyInput, date | None]:
    """A duty and the day it was done (None while open)."""
    row = conn.execute(
        "SELECT title, kind, due_date, assignee, repeat, note, movement_id, done_date"
        " FROM deadline WHERE id=?",
        (duty_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy việc số {duty_id}.")
    duty = DutyInput(
        row[0], MilestoneKind(row[1]), date.fromisoformat(row[2]), row[3], Repeat(row[4]), row[5],
        row[6],
    )  # fmt: skip
    return duty, _date(row[7])


def set_done(conn: sqlite3.Connection, source: DueSource, item_id: int, on: date | None) -> None:
    """Mark a duty or a milestone done on `on` (None: open again)."""
    table = "deadline" if source is DueSource.DUTY else "movement_milestone"
    extra = ", updated_at=?" if source is DueSource.DUTY else ""
    params: tuple[object, ...] = (on.isoformat() if on else None,)
    if source is DueSource.DUTY:
        params += (now_iso(),)
    cur = conn.execute(f"UPDATE {table} SET done_date=?{extra} WHERE id=?", (*params, item_id))
    if cur.rowcount == 0:
        raise NotFoundError(f"Không tìm thấy việc số {item_id}.")


def delete(conn: sqlite3.Connection, duty_id: int) -> None:
    """Remove an office duty."""
    if conn.execute("DELETE FROM deadline WHERE id=?", (duty_id,)).rowcount == 0:
        raise NotFoundError(f"Không tìm thấy việc số {duty_id}.")


def exists_like(conn: sqlite3.Connection, title: str, due_on: date) -> bool:
    """Whether a duty with this title and due date is already listed."""
    row = conn.execute(
        "SELECT 1 FROM deadline WHERE title=? AND due_date=?", (title, due_on.isoformat())
    ).fetchone()
    return row is not None


def items(conn: sqlite3.Connection, *, open_only: bool = True) -> list[DueItem]:
    """Every duty and milestone (only those not done, by default), by due date."""
    done = " WHERE d.done_date IS NULL" if open_only else ""
    done_m = " WHERE m.done_date IS NULL" if open_only else ""
    rows = conn.execute(
        "SELECT 'duty', d.id, d.title, d.kind, d.due_date, d.assignee, coalesce(v.name, ''),"
        " d.done_date, d.repeat FROM deadline d LEFT JOIN movement v ON v.id = d.movement_id"
        f"{done} UNION ALL "
        "SELECT 'milestone', m.id, m.title, m.kind, m.due_date, m.assignee, v.name,"
        " m.done_date, '' FROM movement_milestone m JOIN movement v ON v.id = m.movement_id"
        f"{done_m} ORDER BY 5, 3, 2"
    ).fetchall()
    return [
        DueItem(
            DueSource(r[0]),
            r[1],
            r[2],
            MilestoneKind(r[3]),
            date.fromisoformat(r[4]),
            r[5],
            r[6],
            _date(r[7]),
            Repeat(r[8]),
        )
        for r in rows
    ]
