"""The mức lương cơ sở table and the awards decided in a year (for the reward money)."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import ConflictError
from desktop.domain.rewards import BaseSalary
from desktop.persistence.db import now_iso


def base_salaries(conn: sqlite3.Connection) -> list[BaseSalary]:
    """Every period of the mức lương cơ sở, oldest first."""
    rows = conn.execute(
        "SELECT start_on, amount, basis FROM base_salary ORDER BY start_on"
    ).fetchall()
    return [BaseSalary(date.fromisoformat(s), int(a), b) for s, a, b in rows]


def add_base_salary(conn: sqlite3.Connection, period: BaseSalary) -> None:
    """Add a period of the office's (refused when it already has one that day)."""
    row = conn.execute(
        "SELECT amount FROM base_salary WHERE start_on = ?", (period.start.isoformat(),)
    ).fetchone()
    if row is not None:
        raise ConflictError(
            "base_salary_taken",
            f"Đã có mức lương cơ sở từ ngày {period.start:%d/%m/%Y} ({row[0]:,} đồng).".replace(
                ",", "."
            ),
        )
    conn.execute(
        "INSERT INTO base_salary (uuid, start_on, amount, basis, created_at) VALUES (?,?,?,?,?)",
        (str(uuidlib.uuid4()), period.start.isoformat(), period.amount, period.basis, now_iso()),
    )


@dataclass(frozen=True, slots=True)
class DecidedAward:
    """One award of the history with its decision: who, where, what, which decision."""

    subject_kind: str
    name: str
    unit: str
    award_code: str
    award_name: str
    decision_number: str
    decision_date: str
    issuer: str


def decided_in(conn: sqlite3.Connection, year: int) -> list[DecidedAward]:
    """Every award whose decision is dated in `year` (office batches and imported history), by
    decision date, number, award and name; a collective's unit is the one above it, else itself."""
    rows = conn.execute(
        "SELECT a.subject_kind,"
        " CASE a.subject_kind WHEN 'person' THEN p.full_name WHEN 'unit' THEN u.name"
        "  ELSE a.household_name END,"
        " CASE a.subject_kind WHEN 'person' THEN coalesce(pu.name, '')"
        "  WHEN 'unit' THEN coalesce(uu.name, u.name, '') ELSE '' END,"
        " a.award_code, a.award_name, a.decision_number, a.decision_date, a.issuer"
        " FROM award_record a"
        " LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = a.unit_id LEFT JOIN unit uu ON uu.id = u.parent_id"
        " WHERE a.decision_date IS NOT NULL AND substr(a.decision_date, 1, 4) = ?"
        " ORDER BY a.decision_date, a.decision_number, a.award_name, 2",
        (f"{year:04d}",),
    ).fetchall()
    return [
        DecidedAward(k, n or "", u or "", c or "", an, dn or "", dd[:10], i or "")
        for k, n, u, c, an, dn, dd, i in rows
    ]
