"""The council roster and the attendance at each batch's meeting."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.council import Attendance, AttendanceInput, Member, MemberInput, Role
from desktop.domain.errors import NotFoundError
from desktop.persistence.db import now_iso


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def members(conn: sqlite3.Connection) -> list[Member]:
    """The roster: chair first, then by role and name."""
    order = {r.value: i for i, r in enumerate(Role)}
    rows = conn.execute(
        "SELECT id, full_name, role, position, term_from, term_to FROM council_member"
    ).fetchall()
    out = [
        Member(r[0], MemberInput(r[1], Role(r[2]), r[3], _date(r[4]), _date(r[5]))) for r in rows
    ]
    return sorted(out, key=lambda m: (order[m.data.role.value], m.id))


def insert_member(conn: sqlite3.Connection, m: MemberInput) -> int:
    """Add a member."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO council_member (uuid, full_name, position, role, term_from, term_to,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            m.full_name,
            m.position,
            m.role.value,
            _iso(m.term_from),
            _iso(m.term_to),
            stamp,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_member(conn: sqlite3.Connection, member_id: int, m: MemberInput) -> None:
    """Change a member."""
    cur = conn.execute(
        "UPDATE council_member SET full_name=?, position=?, role=?, term_from=?, term_to=?,"
        " updated_at=? WHERE id=?",
        (
            m.full_name,
            m.position,
            m.role.value,
            _iso(m.term_from),
            _iso(m.term_to),
            now_iso(),
            member_id,
        ),
    )
    if cur.rowcount == 0:
        raise NotFoundError(f"Không có thành viên Hội đồng số {member_id}.")


def delete_member(conn: sqlite3.Connection, member_id: int) -> None:
    """Remove a member from the roster (past minutes keep their copied names)."""
    conn.execute("DELETE FROM council_member WHERE id=?", (member_id,))


def save_attendance(conn: sqlite3.Connection, batch_id: int, rows: list[AttendanceInput]) -> None:
    """Replace who attended a batch's meeting."""
    conn.execute("DELETE FROM meeting_attendance WHERE batch_id=?", (batch_id,))
    conn.executemany(
        "INSERT INTO meeting_attendance (uuid, batch_id, member_id, full_name, position, role,"
        " attendance, is_chair, is_secretary) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                str(uuidlib.uuid4()),
                batch_id,
                r.member_id,
                r.full_name,
                r.position,
                r.role.value,
                r.attendance.value,
                int(r.is_chair),
                int(r.is_secretary),
            )
            for r in rows
        ],
    )


def attendance(conn: sqlite3.Connection, batch_id: int) -> list[AttendanceInput]:
    """Who attended a batch's meeting, in roster order (empty when not recorded by name)."""
    rows = conn.execute(
        "SELECT full_name, role, attendance, position, member_id, is_chair, is_secretary"
        " FROM meeting_attendance WHERE batch_id=? ORDER BY id",
        (batch_id,),
    ).fetchall()
    return [
        AttendanceInput(r[0], Role(r[1]), Attendance(r[2]), r[3], r[4], bool(r[5]), bool(r[6]))
        for r in rows
    ]
