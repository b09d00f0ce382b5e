"""Yearly ratings of people and units; a person's history across the movement tables."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Sequence
from datetime import date

from desktop.domain.identity import BirthDate
from desktop.domain.ratings import (
    DisciplineKind,
    GridRow,
    PersonRatingInput,
    Rating,
    UnitRatingInput,
    UnitYearRating,
)
from desktop.persistence.db import now_iso


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def upsert_person_ratings(conn: sqlite3.Connection, items: Sequence[PersonRatingInput]) -> None:
    """Write validated person ratings, replacing the rating of the same person and year."""
    stamp = now_iso()
    conn.executemany(
        "INSERT INTO person_rating (uuid, person_id, year, rating, discipline, discipline_decision,"
        " discipline_from, discipline_to, note, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (person_id, year) DO UPDATE SET rating=excluded.rating,"
        " discipline=excluded.discipline, discipline_decision=excluded.discipline_decision,"
        " discipline_from=excluded.discipline_from, discipline_to=excluded.discipline_to,"
        " note=excluded.note, updated_at=excluded.updated_at",
        [
            (
                str(uuidlib.uuid4()),
                r.person_id,
                r.year,
                r.rating.value if r.rating else None,
                r.discipline.value if r.discipline else None,
                r.discipline_decision,
                _iso(r.discipline_from),
                _iso(r.discipline_to),
                r.note,
                stamp,
            )
            for r in items
        ],
    )


def upsert_unit_ratings(conn: sqlite3.Connection, items: Sequence[UnitRatingInput]) -> None:
    """Write validated unit ratings, replacing the rating of the same unit and year."""
    stamp = now_iso()
    conn.executemany(
        "INSERT INTO unit_rating (uuid, unit_id, year, rating, note, updated_at)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (unit_id, year) DO UPDATE SET"
        " rating=excluded.rating, note=excluded.note, updated_at=excluded.updated_at",
        [(str(uuidlib.uuid4()), r.unit_id, r.year, r.rating.value, r.note, stamp) for r in items],
    )


def delete_person_rating(conn: sqlite3.Connection, person_id: int, year: int) -> None:
    """Remove a person's rating for a year."""
    conn.execute("DELETE FROM person_rating WHERE person_id=? AND year=?", (person_id, year))


def person_rating(conn: sqlite3.Connection, person_id: int, year: int) -> PersonRatingInput | None:
    """A person's rating for a year."""
    row = conn.execute(
        "SELECT rating, discipline, discipline_decision, discipline_from, discipline_to, note"
        " FROM person_rating WHERE person_id=? AND year=?",
        (person_id, year),
    ).fetchone()
    if row is None:
        return None
    return PersonRatingInput(
        person_id,
        year,
        Rating(row[0]) if row[0] else None,
        DisciplineKind(row[1]) if row[1] else None,
        row[2],
        date.fromisoformat(row[3]) if row[3] else None,
        date.fromisoformat(row[4]) if row[4] else None,
        row[5],
    )


def rated_units(conn: sqlite3.Connection, unit_ids: Sequence[int], year: int) -> dict[int, str]:
    """{unit id: rating code} of these units that already have a rating for the year."""
    if not unit_ids:
        return {}
    marks = ",".join("?" * len(unit_ids))
    return dict(
        conn.execute(
            f"SELECT unit_id, rating FROM unit_rating WHERE year=? AND unit_id IN ({marks})",
            [year, *unit_ids],
        ).fetchall()
    )


def unit_grid(conn: sqlite3.Connection, unit_ids: Sequence[int], year: int) -> list[GridRow]:
    """The people of these units (working ones) with their rating of the year, name order."""
    if not unit_ids:
        return []
    marks = ",".join("?" * len(unit_ids))
    return [
        GridRow(
            pid,
            name,
            BirthDate.from_iso(birth),
            position,
            Rating(rating) if rating else None,
            DisciplineKind(discipline) if discipline else None,
        )
        for pid, name, birth, position, rating, discipline in conn.execute(
            "SELECT p.id, p.full_name, p.birth_date, p.position, r.rating, r.discipline"
            " FROM person p LEFT JOIN person_rating r ON r.person_id = p.id AND r.year = ?"
            f" WHERE p.unit_id IN ({marks}) AND (p.status = 'dang_cong_tac' OR r.id IS NOT NULL)"
            " ORDER BY p.sort_key, p.id",
            [year, *unit_ids],
        )
    ]


def unit_ratings_of_year(conn: sqlite3.Connection, year: int) -> list[UnitYearRating]:
    """Every internal active unit (and any rated that year) with its rating of the year."""
    return [
        UnitYearRating(r[0], r[1], Rating(r[2]) if r[2] else None)
        for r in conn.execute(
            "SELECT u.id, u.name, r.rating FROM unit u"
            " LEFT JOIN unit_rating r ON r.unit_id = u.id AND r.year = ?"
            " WHERE u.internal = 1 AND (u.active = 1 OR r.id IS NOT NULL)"
            " ORDER BY u.sort_key, u.id",
            (year,),
        )
    ]


def person_ratings(
    conn: sqlite3.Connection, person_id: int
) -> list[tuple[int, str | None, str | None, str]]:
    """(year, rating, discipline, decision) of a person, newest first."""
    return conn.execute(
        "SELECT year, rating, discipline, discipline_decision FROM person_rating"
        " WHERE person_id=? ORDER BY year DESC",
        (person_id,),
    ).fetchall()


def person_registrations(conn: sqlite3.Connection, person_id: int) -> list[tuple[int, str, str]]:
    """(year, title, movement name) of a person's registrations, newest first."""
    return conn.execute(
        "SELECT coalesce(r.year, CAST(substr(r.registered_on, 1, 4) AS INTEGER)), r.title,"
        " coalesce(m.name, '') FROM registration r LEFT JOIN movement m ON m.id = r.movement_id"
        " WHERE r.person_id=? ORDER BY 1 DESC, r.id DESC",
        (person_id,),
    ).fetchall()


def person_contributions(
    conn: sqlite3.Connection, person_id: int
) -> list[tuple[int, str, int, str]]:
    """(year, kind, value in đồng, beneficiary) of a person's contributions, newest first."""
    return conn.execute(
        "SELECT CAST(substr(given_on, 1, 4) AS INTEGER), kind, value, beneficiary"
        " FROM contribution WHERE person_id=? ORDER BY given_on DESC, id DESC",
        (person_id,),
    ).fetchall()


def ratings_for_export(conn: sqlite3.Connection, year: int | None) -> list[tuple[object, ...]]:
    """(year, name, CCCD, birth, unit, rating, discipline) for export, by year and name."""
    where = "WHERE r.year = ?" if year is not None else ""
    return conn.execute(
        "SELECT r.year, p.full_name, p.cccd, p.birth_date, u.name, r.rating, r.discipline"
        " FROM person_rating r JOIN person p ON p.id = r.person_id JOIN unit u ON u.id = p.unit_id"
        f" {where} ORDER BY r.year, p.sort_key, p.id",
        [year] if year is not None else [],
    ).fetchall()


def person_match_rows(
    conn: sqlite3.Connection,
) -> list[tuple[int, str, str | None, str, str | None, int]]:
    """(id, full name, CCCD, folded name, birth ISO, unit id) of everyone, to match file rows."""
    return conn.execute(
        "SELECT id, full_name, cccd, name_fold, birth_date, unit_id FROM person"
    ).fetchall()


def rated_full(
    conn: sqlite3.Connection, person_ids: Sequence[int], year: int
) -> dict[int, tuple[str | None, str | None]]:
    """{person id: (rating, discipline)} of these people rated for the year."""
    result: dict[int, tuple[str | None, str | None]] = {}
    ids = list(dict.fromkeys(person_ids))
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for pid, rating, discipline in conn.execute(
            "SELECT person_id, rating, discipline FROM person_rating"
            f" WHERE year=? AND person_id IN ({marks})",
            [year, *chunk],
        ):
            result[pid] = (rating, discipline)
    return result


def registrations_for_export(
    conn: sqlite3.Connection, movement_id: int | None
) -> list[tuple[object, ...]]:
    """(movement, year, person name, CCCD, birth, unit, group, title, date, commitments)."""
    where = "WHERE r.movement_id = ?" if movement_id is not None else ""
    return conn.execute(
        "SELECT m.name, r.year, p.full_name, p.cccd, p.birth_date, coalesce(pu.name, u.name),"
        " g.name, r.title, r.registered_on, r.commitments FROM registration r"
        " LEFT JOIN movement m ON m.id = r.movement_id"
        " LEFT JOIN movement_group g ON g.id = r.group_id"
        " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = r.unit_id"
        f" {where} ORDER BY m.start_date, m.id, r.year, (r.person_id IS NOT NULL),"
        " coalesce(p.sort_key, u.sort_key), r.id",
        [movement_id] if movement_id is not None else [],
    ).fetchall()


def scored_groups(
    conn: sqlite3.Connection, movement_id: int | None
) -> list[tuple[int, str, int, str, int]]:
    """(movement id, name, group id, group name, year) of every group and year with scores."""
    where = "WHERE m.id = ?" if movement_id is not None else ""
    return conn.execute(
        "SELECT DISTINCT m.id, m.name, g.id, g.name, s.year FROM score s"
        " JOIN registration r ON r.id = s.registration_id"
        " JOIN movement_group g ON g.id = r.group_id JOIN movement m ON m.id = g.movement_id"
        f" {where} ORDER BY m.start_date, m.id, g.position, g.id, s.year",
        [movement_id] if movement_id is not None else [],
    ).fetchall()


def internal_working_people(
    conn: sqlite3.Connection,
) -> list[tuple[int, int, str, str, str | None]]:
    """(id, unit id, full name, position, sex) of the working people of internal units."""
    return conn.execute(
        "SELECT p.id, p.unit_id, p.full_name, p.position, p.sex FROM person p"
        " JOIN unit u ON u.id = p.unit_id WHERE u.internal = 1 AND p.status = 'dang_cong_tac'"
        " ORDER BY p.id"
    ).fetchall()


def latest_person_rating_year(conn: sqlite3.Connection) -> int | None:
    """The most recent year any person has a rating for, or None."""
    row = conn.execute("SELECT max(year) FROM person_rating").fetchone()
    return int(row[0]) if row and row[0] is not None else None
