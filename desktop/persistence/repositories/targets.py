"""Targets of a movement by year: reads and writes."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.errors import NotFoundError
from desktop.domain.targets import Measure, TargetCell, TargetLine, TargetSheet, TargetValues
from desktop.domain.text import fold

_PERIOD_COLUMN = {Measure.PLANNED: "target_value", Measure.ACHIEVED: "achieved_value"}
_YEAR_COLUMN = {Measure.PLANNED: "planned", Measure.ACHIEVED: "achieved"}


def movement_years(conn: sqlite3.Connection, movement_id: int) -> tuple[str, int, int]:
    """Name, first and last year of a movement."""
    row = conn.execute(
        "SELECT name, start_date, end_date FROM movement WHERE id=?", (movement_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không có phong trào số {movement_id}.")
    return row[0], date.fromisoformat(row[1]).year, date.fromisoformat(row[2]).year


def sheet(conn: sqlite3.Connection, movement_id: int) -> TargetSheet:
    """The movement's targets with their values by year and for the period."""
    name, first, last = movement_years(conn, movement_id)
    years: dict[int, dict[int, TargetValues]] = {}
    for tid, year, planned, achieved in conn.execute(
        "SELECT y.target_id, y.year, y.planned, y.achieved FROM movement_target_year y"
        " JOIN movement_target t ON t.id = y.target_id WHERE t.movement_id=?",
        (movement_id,),
    ):
        years.setdefault(tid, {})[year] = TargetValues(planned, achieved)
    lines = tuple(
        TargetLine(r[0], r[1], r[2], TargetValues(r[3], r[4]), years.get(r[0], {}))
        for r in conn.execute(
            "SELECT id, description, unit_label, target_value, achieved_value"
            " FROM movement_target WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    )
    return TargetSheet(movement_id, name, first, last, lines)


def movement_of_target(conn: sqlite3.Connection, target_id: int) -> int:
    """The movement a target belongs to."""
    row = conn.execute(
        "SELECT movement_id FROM movement_target WHERE id=?", (target_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không có chỉ tiêu số {target_id}.")
    return int(row[0])


def set_cell(conn: sqlite3.Connection, cell: TargetCell) -> None:
    """Write one validated value (a year's row is made when needed, dropped when empty)."""
    if cell.year is None:
        column = _PERIOD_COLUMN[cell.measure]
        conn.execute(
            f"UPDATE movement_target SET {column}=? WHERE id=?", (cell.value, cell.target_id)
        )
        return
    column = _YEAR_COLUMN[cell.measure]
    conn.execute(
        "INSERT INTO movement_target_year (uuid, target_id, year, planned, achieved)"
        " VALUES (?,?,?,NULL,NULL) ON CONFLICT (target_id, year) DO NOTHING",
        (str(uuidlib.uuid4()), cell.target_id, cell.year),
    )
    conn.execute(
        f"UPDATE movement_target_year SET {column}=? WHERE target_id=? AND year=?",
        (cell.value, cell.target_id, cell.year),
    )
    conn.execute(
        "DELETE FROM movement_target_year WHERE target_id=? AND year=?"
        " AND planned IS NULL AND achieved IS NULL",
        (cell.target_id, cell.year),
    )


def add_target(
    conn: sqlite3.Connection, movement_id: int, description: str, unit_label: str
) -> int:
    """Append a target (no values yet) to a movement; return its id."""
    position = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM movement_target WHERE movement_id=?",
        (movement_id,),
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO movement_target (uuid, movement_id, position, description, target_value,"
        " unit_label, achieved_value) VALUES (?,?,?,?,NULL,?,NULL)",
        (str(uuidlib.uuid4()), movement_id, position, description, unit_label),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def all_sheets(conn: sqlite3.Connection, movement_id: int | None = None) -> list[TargetSheet]:
    """The target sheets of every movement (or one), oldest movement first."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM movement WHERE ? IS NULL OR id=? ORDER BY start_date, id",
            (movement_id, movement_id),
        )
    ]
    return [sheet(conn, i) for i in ids]


def running_sheets(
    conn: sqlite3.Connection, start: str, end: str, movement_id: int | None
) -> list[TargetSheet]:
    """Target sheets of the movements running between two ISO dates (or of one movement)."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM movement WHERE start_date <= ? AND end_date >= ?"
            " AND (? IS NULL OR id=?) ORDER BY start_date, id",
            (end, start, movement_id, movement_id),
        )
    ]
    return [s for s in (sheet(conn, i) for i in ids) if s.lines]


def movements_by_name(conn: sqlite3.Connection) -> dict[str, int]:
    """Every movement's id by its folded name."""
    return {fold(r[1]): int(r[0]) for r in conn.execute("SELECT id, name FROM movement")}


def launched(
    conn: sqlite3.Connection, start: str, end: str, movement_id: int | None
) -> list[tuple[str, date, date]]:
    """Kind, start and end of the movements launched (started) between two ISO days."""
    return [
        (str(r[0]), date.fromisoformat(r[1]), date.fromisoformat(r[2]))
        for r in conn.execute(
            "SELECT kind, start_date, end_date FROM movement WHERE start_date BETWEEN ? AND ?"
            " AND (? IS NULL OR id=?) ORDER BY start_date, id",
            (start, end, movement_id, movement_id),
        )
    ]
