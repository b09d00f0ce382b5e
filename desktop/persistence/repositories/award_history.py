"""One subject's award history lines: read with their ids, corrected by hand."""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop.domain.awards import AwardLine
from desktop.domain.errors import NotFoundError
from desktop.persistence.repositories.awards import AwardRecordInput

_COLS = (
    "id, uuid, subject_kind, person_id, unit_id, year, award_code, award_name, decision_number,"
    " decision_date, issuer, nominee_id"
)


def _line(row: tuple) -> AwardLine:  # type: ignore[type-arg]
    values = list(row)
    values[9] = date.fromisoformat(values[9][:10]) if values[9] else None
    return AwardLine(*values)


def lines_of(
    conn: sqlite3.Connection, *, person_id: int | None = None, unit_id: int | None = None
) -> list[AwardLine]:
    """A person's or unit's lines, oldest first."""
    column, value = ("person_id", person_id) if person_id is not None else ("unit_id", unit_id)
    return [
        _line(row)
        for row in conn.execute(
            f"SELECT {_COLS} FROM award_record WHERE {column} = ? ORDER BY year, decision_date, id",
            (value,),
        )
    ]


def get(conn: sqlite3.Connection, record_id: int) -> AwardLine:
    """One line (NotFoundError when gone)."""
    row = conn.execute(f"SELECT {_COLS} FROM award_record WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có dòng khen thưởng số {record_id}.")
    return _line(row)


def update(conn: sqlite3.Connection, record_id: int, rec: AwardRecordInput) -> None:
    """Correct a line's year, award and decision (its subject stays)."""
    conn.execute(
        "UPDATE award_record SET year=?, award_code=?, award_name=?, decision_number=?,"
        " decision_date=?, issuer=? WHERE id=?",
        (
            rec.year,
            rec.award_code,
            rec.award_name,
            rec.decision_number,
            rec.decision_date.isoformat() if rec.decision_date else None,
            rec.issuer,
            record_id,
        ),
    )


def duplicate(conn: sqlite3.Connection, rec: AwardRecordInput, except_id: int | None) -> bool:
    """Whether another line of the same subject has this award that year."""
    column, value = (
        ("person_id", rec.person_id) if rec.person_id is not None else ("unit_id", rec.unit_id)
    )
    row = conn.execute(
        f"SELECT 1 FROM award_record WHERE {column} = ? AND year = ? AND id != ? AND"
        " (award_code = ? AND award_code != '' OR award_name = ?)",
        (value, rec.year, except_id or 0, rec.award_code, rec.award_name),
    ).fetchone()
    return row is not None
