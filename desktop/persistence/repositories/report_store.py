"""Saved periodic reports: the kind, period, scope and written parts the clerk typed."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.errors import NotFoundError
from desktop.domain.reports import (
    Period,
    ReportInput,
    ReportKind,
    SavedReport,
    WrittenParts,
)
from desktop.persistence.db import now_iso

_COLUMNS = (
    "id, kind, period_start, period_end, period_text, movement_id, direction, strengths,"
    " weaknesses, lessons, tasks, updated_at"
)


def _saved(row: tuple) -> SavedReport:  # type: ignore[type-arg]
    period = Period(date.fromisoformat(row[2]), date.fromisoformat(row[3]), row[4])
    parts = WrittenParts(row[6], row[7], row[8], row[9], row[10])
    return SavedReport(row[0], ReportInput(ReportKind(row[1]), period, row[5], parts), row[11])


def _values(data: ReportInput) -> tuple[object, ...]:
    p = data.parts
    return (
        data.kind.value,
        data.period.start.isoformat(),
        data.period.end.isoformat(),
        data.period.text,
        data.movement_id,
        p.direction,
        p.strengths,
        p.weaknesses,
        p.lessons,
        p.tasks,
    )


def insert(conn: sqlite3.Connection, data: ReportInput) -> int:
    """Store a new report; return its id."""
    now = now_iso()
    cur = conn.execute(
        "INSERT INTO report (kind, period_start, period_end, period_text, movement_id,"
        " direction, strengths, weaknesses, lessons, tasks, uuid, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_values(data), str(uuidlib.uuid4()), now, now),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, report_id: int, data: ReportInput) -> None:
    """Replace a stored report's fields."""
    cur = conn.execute(
        "UPDATE report SET kind=?, period_start=?, period_end=?, period_text=?, movement_id=?,"
        " direction=?, strengths=?, weaknesses=?, lessons=?, tasks=?, updated_at=? WHERE id=?",
        (*_values(data), now_iso(), report_id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(f"Không tìm thấy báo cáo số {report_id}.")


def find(
    conn: sqlite3.Connection, kind: ReportKind, period: Period, movement_id: int | None
) -> SavedReport | None:
    """The stored report of this kind, period and scope, if any."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM report WHERE kind=? AND period_start=? AND period_end=?"
        " AND movement_id IS ? ORDER BY updated_at DESC, id DESC LIMIT 1",
        (kind.value, period.start.isoformat(), period.end.isoformat(), movement_id),
    ).fetchone()
    return _saved(row) if row else None


def latest_before(
    conn: sqlite3.Connection, kind: ReportKind, period: Period, movement_id: int | None = None
) -> SavedReport | None:
    """The most recent report of the same kind for an earlier period (its text is offered),
    one of the same scope first."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM report WHERE kind=? AND period_start < ?"
        " ORDER BY (movement_id IS ?) DESC, period_start DESC, updated_at DESC, id DESC LIMIT 1",
        (kind.value, period.start.isoformat(), movement_id),
    ).fetchone()
    return _saved(row) if row else None
