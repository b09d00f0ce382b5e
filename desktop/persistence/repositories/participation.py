"""Registrations, sponsored communes and support activities, contributions, scores."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.participation import (
    ContributionInput,
    ContributionKind,
    ContributionLine,
    ContributorKind,
    Participant,
    RegistrationInput,
    RegistrationLine,
    ScoreInput,
    SponsorshipInput,
    SponsorshipLine,
    SupportActivity,
    SupportActivityInput,
    SupportKind,
)
from desktop.persistence import constraints
from desktop.persistence.constraints import Broken


def _uuid() -> str:
    return str(uuidlib.uuid4())


def _integrity(exc: sqlite3.IntegrityError) -> ConflictError:
    """The refusal for a participation row, sorted by the constraint's code."""
    if constraints.broken(exc) is Broken.FOREIGN_KEY:
        return ConflictError(
            "reference_missing", "Người, đơn vị hoặc phong trào đã chọn không còn trong dữ liệu."
        )
    return constraints.integrity(exc)


# --- registrations -------------------------------------------------------------------------


def insert_registrations(conn: sqlite3.Connection, items: Iterable[RegistrationInput]) -> list[int]:
    """Insert validated registrations; return their ids."""
    ids: list[int] = []
    try:
        for r in items:
            cur = conn.execute(
                "INSERT INTO registration (uuid, movement_id, group_id, year, person_id, unit_id,"
                " registered_on, title, commitments, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,datetime('now','localtime'))",
                (
                    _uuid(),
                    r.movement_id,
                    r.group_id,
                    r.year,
                    r.person_id,
                    r.unit_id,
                    r.registered_on.isoformat(),
                    r.title,
                    r.commitments,
                ),
            )
            assert cur.lastrowid is not None
            ids.append(cur.lastrowid)
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    return ids


def update_registration(conn: sqlite3.Connection, reg_id: int, r: RegistrationInput) -> None:
    """Replace a registration's fields."""
    cur = conn.execute(
        "UPDATE registration SET movement_id=?, group_id=?, year=?, person_id=?, unit_id=?,"
        " registered_on=?, title=?, commitments=? WHERE id=?",
        (
            r.movement_id,
            r.group_id,
            r.year,
            r.person_id,
            r.unit_id,
            r.registered_on.isoformat(),
            r.title,
            r.commitments,
            reg_id,
        ),
    )
    if cur.rowcount == 0:
        raise NotFoundError(f"Không tìm thấy đăng ký số {reg_id}.")


def delete_registrations(conn: sqlite3.Connection, ids: Sequence[int]) -> int:
    """Delete registrations (and their scores); return how many."""
    marks = ",".join("?" * len(ids))
    if not ids:
        return 0
    return conn.execute(f"DELETE FROM registration WHERE id IN ({marks})", list(ids)).rowcount


def registered_keys(
    conn: sqlite3.Connection, movement_id: int | None, year: int | None
) -> set[tuple[str, int, str]]:
    """(`p`/`u`, id, folded title) of what is already registered for the movement or year."""
    from desktop.domain.text import fold

    if movement_id is not None:
        rows = conn.execute(
            "SELECT person_id, unit_id, title FROM registration WHERE movement_id=?", (movement_id,)
        )
    else:
        rows = conn.execute(
            "SELECT person_id, unit_id, title FROM registration WHERE movement_id IS NULL AND year=?",
            (year,),
        )
    return {("p", p, fold(t)) if p is not None else ("u", u, fold(t)) for p, u, t in rows}


_REG_SELECT = (
    "SELECT r.id, CASE WHEN r.person_id IS NOT NULL THEN 'p' ELSE 'u' END,"
    " coalesce(p.full_name, u.name), coalesce(pu.name, ''), r.group_id, coalesce(g.name, ''),"
    " r.title, r.registered_on, r.year, r.commitments, coalesce(r.person_id, r.unit_id),"
    " coalesce(p.sort_key, u.sort_key)"
    " FROM registration r"
    " LEFT JOIN person p ON p.id = r.person_id"
    " LEFT JOIN unit pu ON pu.id = p.unit_id"
    " LEFT JOIN unit u ON u.id = r.unit_id"
    " LEFT JOIN movement_group g ON g.id = r.group_id"
)


def _registration(r: tuple[Any, ...]) -> RegistrationLine:
    i, kind, name, unit_name, group_id, group_name, title, on, year, promise, who, key = r
    return RegistrationLine(
        i,
        Participant(kind),
        who,
        name,
        unit_name,
        key,
        group_id,
        group_name,
        title,
        date.fromisoformat(on[:10]),
        year,
        promise,
    )


def registrations_of_movement(conn: sqlite3.Connection, movement_id: int) -> list[RegistrationLine]:
    """All registrations of a movement: units first, then people, Vietnamese order."""
    return [
        _registration(r)
        for r in conn.execute(
            _REG_SELECT + " WHERE r.movement_id=? ORDER BY (r.person_id IS NOT NULL), 12, r.id",
            (movement_id,),
        )
    ]


def registration_ids(conn: sqlite3.Connection, movement_id: int) -> list[int]:
    """Ids of a movement's registrations in table order (units first, then Vietnamese names)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT r.id FROM registration r LEFT JOIN person p ON p.id = r.person_id"
            " LEFT JOIN unit u ON u.id = r.unit_id WHERE r.movement_id = ?"
            " ORDER BY (r.person_id IS NOT NULL), coalesce(p.sort_key, u.sort_key), r.id",
            (movement_id,),
        )
    ]


def registration_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, RegistrationLine]:
    """The table rows of these registrations (any order)."""
    out: dict[int, RegistrationLine] = {}
    ids = list(ids)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(_REG_SELECT + f" WHERE r.id IN ({marks})", chunk):
            out[row[0]] = _registration(row)
    return out


def registrations_of_year(conn: sqlite3.Connection, year: int) -> list[RegistrationLine]:
    """Registrations for a year's titles (outside any movement)."""
    return [
        _registration(r)
        for r in conn.execute(
            _REG_SELECT + " WHERE r.movement_id IS NULL AND r.year=?"
            " ORDER BY (r.person_id IS NOT NULL), 12, r.id",
            (year,),
        )
    ]


def ranking_order(conn: sqlite3.Connection, group_id: int, year: int) -> list[tuple[int, float]]:
    """(registration id, total score) of a group's registrations in a year, highest total
    first, then Vietnamese name order."""
    return conn.execute(
        "SELECT r.id, coalesce(sum(s.score), 0) AS total FROM registration r"
        " LEFT JOIN score s ON s.registration_id = r.id AND s.year = ?"
        " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit u ON u.id = r.unit_id"
        " WHERE r.group_id = ? GROUP BY r.id"
        " ORDER BY total DESC, coalesce(p.sort_key, u.sort_key, ''), r.id",
        (year, group_id),
    ).fetchall()


def ranking_details(
    conn: sqlite3.Connection, ids: Sequence[int], year: int
) -> dict[int, tuple[str, str, dict[int, float]]]:
    """{registration id: (name, unit, {criterion id: score})} for these registrations."""
    out: dict[int, tuple[str, str, dict[int, float]]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for rid, name, unit in conn.execute(
            "SELECT r.id, coalesce(p.full_name, u.name), coalesce(pu.name, '') FROM registration r"
            " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
            f" LEFT JOIN unit u ON u.id = r.unit_id WHERE r.id IN ({marks})",
            chunk,
        ):
            out[rid] = (name, unit, {})
        for rid, crit, score in conn.execute(
            "SELECT registration_id, criterion_id, score FROM score"
            f" WHERE year = ? AND registration_id IN ({marks})",
            [year, *chunk],
        ):
            out[rid][2][crit] = score
    return out


def registration_group(conn: sqlite3.Connection, reg_id: int) -> tuple[int | None, int | None]:
    """(movement id, group id) of a registration."""
    row = conn.execute(
        "SELECT movement_id, group_id FROM registration WHERE id=?", (reg_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy đăng ký số {reg_id}.")
    return row[0], row[1]


# --- sponsorships --------------------------------------------------------------------------


def insert_sponsorship(conn: sqlite3.Connection, s: SponsorshipInput) -> int:
    """Insert a validated sponsorship; return its id."""
    try:
        cur = conn.execute(
            "INSERT INTO sponsorship (uuid, movement_id, unit_id, commune_id, since, note)"
            " VALUES (?,?,?,?,?,?)",
            (_uuid(), s.movement_id, s.unit_id, s.commune_id, _iso(s.since), s.note),
        )
    except sqlite3.IntegrityError as exc:
        # Two unique keys (uuid; movement, unit, commune): which one is asked of the table.
        key = {"movement_id": s.movement_id, "unit_id": s.unit_id, "commune_id": s.commune_id}
        if constraints.broken(exc) is Broken.UNIQUE and constraints.taken(conn, "sponsorship", key):
            raise ConflictError(
                "sponsorship_exists", "Đơn vị này đã đỡ đầu xã này trong phong trào."
            ) from exc
        raise _integrity(exc) from exc
    assert cur.lastrowid is not None
    return cur.lastrowid


def delete_sponsorship(conn: sqlite3.Connection, sponsorship_id: int) -> None:
    """Delete a sponsorship and its activities."""
    conn.execute("DELETE FROM sponsorship WHERE id=?", (sponsorship_id,))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def sponsorships_of_movement(conn: sqlite3.Connection, movement_id: int) -> list[SponsorshipLine]:
    """Sponsorships of a movement with the count and value of their activities."""
    rows = conn.execute(
        "SELECT s.id, s.unit_id, u.name, s.commune_id, c.name, s.since, s.note,"
        " count(a.id), coalesce(sum(a.value), 0)"
        " FROM sponsorship s JOIN unit u ON u.id = s.unit_id JOIN unit c ON c.id = s.commune_id"
        " LEFT JOIN support_activity a ON a.sponsorship_id = s.id"
        " WHERE s.movement_id=? GROUP BY s.id ORDER BY u.sort_key, c.sort_key",
        (movement_id,),
    ).fetchall()
    return [
        SponsorshipLine(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            date.fromisoformat(r[5]) if r[5] else None,
            r[6],
            r[7],
            r[8],
        )
        for r in rows
    ]


def insert_activity(conn: sqlite3.Connection, a: SupportActivityInput) -> int:
    """Insert a validated support activity; return its id."""
    if conn.execute("SELECT 1 FROM sponsorship WHERE id=?", (a.sponsorship_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy quan hệ đỡ đầu số {a.sponsorship_id}.")
    cur = conn.execute(
        "INSERT INTO support_activity (uuid, sponsorship_id, done_on, description, kind, value)"
        " VALUES (?,?,?,?,?,?)",
        (_uuid(), a.sponsorship_id, a.done_on.isoformat(), a.description, a.kind.value, a.value),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def activities(conn: sqlite3.Connection, sponsorship_id: int) -> list[SupportActivity]:
    """A sponsorship's activities, by date."""
    return [
        SupportActivity(r[0], date.fromisoformat(r[1]), r[2], SupportKind(r[3]), r[4])
        for r in conn.execute(
            "SELECT id, done_on, description, kind, value FROM support_activity"
            " WHERE sponsorship_id=? ORDER BY done_on, id",
            (sponsorship_id,),
        )
    ]


def delete_activity(conn: sqlite3.Connection, activity_id: int) -> None:
    """Delete one support activity."""
    conn.execute("DELETE FROM support_activity WHERE id=?", (activity_id,))


# --- contributions -------------------------------------------------------------------------


def insert_contribution(conn: sqlite3.Connection, c: ContributionInput) -> int:
    """Insert a validated contribution; return its id."""
    try:
        cur = conn.execute(
            "INSERT INTO contribution (uuid, movement_id, contributor_kind, person_id, unit_id,"
            " contributor_name, kind, quantity, quantity_unit, value, given_on, beneficiary,"
            " evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                _uuid(),
                c.movement_id,
                c.contributor_kind.value,
                c.person_id,
                c.unit_id,
                c.contributor_name,
                c.kind.value,
                c.quantity,
                c.quantity_unit,
                c.value,
                c.given_on.isoformat(),
                c.beneficiary,
                c.evidence,
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    assert cur.lastrowid is not None
    return cur.lastrowid


def delete_contribution(conn: sqlite3.Connection, contribution_id: int) -> None:
    """Delete a contribution."""
    conn.execute("DELETE FROM contribution WHERE id=?", (contribution_id,))


def contributions_of_movement(conn: sqlite3.Connection, movement_id: int) -> list[ContributionLine]:
    """Contributions of a movement, by date."""
    rows = conn.execute(
        "SELECT c.id, c.contributor_kind, coalesce(p.full_name, u.name, c.contributor_name),"
        " c.kind, c.quantity, c.quantity_unit, c.value, c.given_on, c.beneficiary, c.evidence,"
        " CASE WHEN c.person_id IS NOT NULL THEN 'p:' || c.person_id"
        "      WHEN c.unit_id IS NOT NULL THEN 'u:' || c.unit_id"
        "      ELSE 'n:' || c.contributor_name END"
        " FROM contribution c LEFT JOIN person p ON p.id = c.person_id"
        " LEFT JOIN unit u ON u.id = c.unit_id WHERE c.movement_id=? ORDER BY c.given_on, c.id",
        (movement_id,),
    ).fetchall()
    return [
        ContributionLine(
            i,
            ContributorKind(who),
            name,
            ContributionKind(kind),
            quantity,
            unit,
            value,
            date.fromisoformat(on[:10]),
            beneficiary,
            evidence,
            key,
        )
        for i, who, name, kind, quantity, unit, value, on, beneficiary, evidence, key in rows
    ]


# --- scores --------------------------------------------------------------------------------


def upsert_scores(conn: sqlite3.Connection, scores: Sequence[ScoreInput]) -> None:
    """Write validated scores, replacing an earlier score of the same cell."""
    conn.executemany(
        "INSERT INTO score (uuid, registration_id, criterion_id, year, score) VALUES (?,?,?,?,?)"
        " ON CONFLICT (registration_id, criterion_id, year) DO UPDATE SET score=excluded.score",
        [(_uuid(), s.registration_id, s.criterion_id, s.year, s.score) for s in scores],
    )


def clear_score(
    conn: sqlite3.Connection, registration_id: int, criterion_id: int, year: int
) -> None:
    """Remove one score."""
    conn.execute(
        "DELETE FROM score WHERE registration_id=? AND criterion_id=? AND year=?",
        (registration_id, criterion_id, year),
    )
