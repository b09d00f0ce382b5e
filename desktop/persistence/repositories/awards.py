"""Award history and the bulk facts the eligibility rules read."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain.eligibility import AwardFact, DisciplineFact, InitiativeFact
from desktop.domain.initiatives import Scope
from desktop.domain.ratings import DisciplineKind, Rating
from desktop.persistence.db import now_iso


@dataclass(frozen=True, slots=True)
class AwardRecordInput:
    """One line of award history."""

    subject_kind: str  # person | unit | household
    year: int
    award_name: str
    award_code: str = ""
    person_id: int | None = None
    unit_id: int | None = None
    household_name: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    issuer: str = ""
    nominee_id: int | None = None


def insert(conn: sqlite3.Connection, rec: AwardRecordInput) -> int:
    """Add a line of award history."""
    cur = conn.execute(
        "INSERT INTO award_record (uuid, subject_kind, person_id, unit_id, household_name, year,"
        " award_code, award_name, decision_number, decision_date, issuer, nominee_id, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            rec.subject_kind,
            rec.person_id,
            rec.unit_id,
            rec.household_name,
            rec.year,
            rec.award_code,
            rec.award_name,
            rec.decision_number,
            rec.decision_date.isoformat() if rec.decision_date else None,
            rec.issuer,
            rec.nominee_id,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def exists(conn: sqlite3.Connection, rec: AwardRecordInput) -> bool:
    """True when the same subject already has this award (code or name) that year, other than
    the record made from `rec.nominee_id` itself."""
    subject = (
        "person_id = ?"
        if rec.person_id is not None
        else "unit_id = ?"
        if rec.unit_id is not None
        else "household_name = ?"
    )
    value = (
        rec.person_id
        if rec.person_id is not None
        else rec.unit_id
        if rec.unit_id is not None
        else rec.household_name
    )
    # A record made from this very nomination (its own decision) is not an earlier award.
    row = conn.execute(
        f"SELECT 1 FROM award_record WHERE {subject} AND year = ? AND"
        " (award_code = ? AND award_code != '' OR award_name = ?)"
        " AND (? IS NULL OR nominee_id IS NULL OR nominee_id != ?)",
        (value, rec.year, rec.award_code, rec.award_name, rec.nominee_id, rec.nominee_id),
    ).fetchone()
    return row is not None


# year, award code, award name, decision number, decision date (ISO), issuer
HistoryRow = tuple[int, str, str, str, str | None, str]


def history_of_person(conn: sqlite3.Connection, person_id: int) -> list[HistoryRow]:
    """A person's award history, oldest first."""
    return conn.execute(
        "SELECT year, award_code, award_name, decision_number, decision_date, issuer"
        " FROM award_record WHERE person_id = ? ORDER BY year, id",
        (person_id,),
    ).fetchall()


def history_of_unit(conn: sqlite3.Connection, unit_id: int) -> list[HistoryRow]:
    """A unit's award history, oldest first."""
    return conn.execute(
        "SELECT year, award_code, award_name, decision_number, decision_date, issuer"
        " FROM award_record WHERE unit_id = ? ORDER BY year, id",
        (unit_id,),
    ).fetchall()


def people_holding(conn: sqlite3.Connection, code: str, year: int) -> set[int]:
    """Ids of the people whose award history has `code` for `year`."""
    return {
        pid
        for (pid,) in conn.execute(
            "SELECT DISTINCT person_id FROM award_record"
            " WHERE person_id IS NOT NULL AND award_code = ? AND year = ?",
            (code, year),
        )
    }


def count(conn: sqlite3.Connection) -> int:
    """Number of award history lines."""
    return int(conn.execute("SELECT count(*) FROM award_record").fetchone()[0])


# -- bulk facts for the eligibility rules ----------------------------------------------------


@dataclass(slots=True)
class Facts:
    """Everything the rules read for one year, grouped by subject id.

    Ratings come as (text, mapping): the text is the history as loaded ("2021:HTTNV 2022:HTXSNV"),
    equal texts mean equal ratings, and people with the same text share one (read-only) mapping."""

    people: list[tuple[int, str, int, str]]  # id, full name, unit id, unit name
    person_ratings: dict[int, tuple[str, Mapping[int, Rating]]]
    disciplines: dict[int, list[DisciplineFact]]
    person_awards: dict[int, list[AwardFact]]
    initiatives: dict[int, list[InitiativeFact]]
    units: list[tuple[int, str]]  # internal active units: id, name
    unit_ratings: dict[int, Mapping[int, Rating]]
    unit_awards: dict[int, list[AwardFact]]


_RATINGS = {r.value: r for r in Rating}
_DISCIPLINES = {d.value: d for d in DisciplineKind}
_SCOPES = {s.value: s for s in Scope}


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _ratings_by_subject(
    conn: sqlite3.Connection, table: str, column: str, first: int, year: int, only: str = ""
) -> dict[int, tuple[str, Mapping[int, Rating]]]:
    """Each subject's ratings of `first`..`year` as one line of text and a mapping (one row per
    subject, grouped by SQLite; `+year` keeps the scan on the (subject, year) unique index, so
    the text lists the years in order)."""
    parsed: dict[str, tuple[str, Mapping[int, Rating]]] = {}
    out: dict[int, tuple[str, Mapping[int, Rating]]] = {}
    for sid, text in conn.execute(
        f"SELECT {column}, group_concat(year || ':' || rating, ' ') FROM {table}"
        " WHERE +year BETWEEN ? AND ? AND rating IS NOT NULL AND rating != ''"
        + (f" AND {column} IN ({only})" if only else "")
        + f" GROUP BY {column}",
        (first, year),
    ):
        entry = parsed.get(text)
        if entry is None:
            mapping = {int(y): _RATINGS[r] for y, r in (item.split(":") for item in text.split())}
            entry = parsed[text] = (text, mapping)
        out[sid] = entry
    return out


def load_facts(
    conn: sqlite3.Connection,
    year: int,
    *,
    person_ids: Iterable[int] | None = None,
    unit_ids: Iterable[int] | None = None,
    years_back: int = 10,
) -> Facts:
    """Load ratings, discipline, awards, initiatives and units needed to judge `year` (for the
    people and units asked for; units alone: with their people, whom their titles read)."""
    first = year - years_back
    pids = uids = ""
    if person_ids is not None:
        pids = ",".join(str(int(i)) for i in person_ids) or "NULL"
    if unit_ids is not None:
        uids = ",".join(str(int(i)) for i in unit_ids) or "NULL"
    # Only units asked for: their people (the members the collective titles read).
    members = f"SELECT id FROM person WHERE unit_id IN ({uids})" if uids and not pids else ""
    pfilter = f" AND p.id IN ({pids or members})" if pids or members else ""
    ufilter = f" AND u.id IN ({uids})" if uids else ""
    # People of internal units; the unit names are joined here (2,000 units, not 100,000 lookups).
    internal = dict(conn.execute("SELECT id, name FROM unit WHERE internal = 1").fetchall())
    people = [
        (pid, name, uid, internal[uid])
        for pid, name, uid in conn.execute(
            "SELECT p.id, p.full_name, p.unit_id FROM person p WHERE p.status = 'dang_cong_tac'"
            + pfilter
            + " ORDER BY p.sort_key, p.id"
        )
        if uid in internal
    ]
    ratings = _ratings_by_subject(conn, "person_rating", "person_id", first, year, pids or members)
    disciplines: dict[int, list[DisciplineFact]] = defaultdict(list)
    # Few rows carry a discipline: the partial index on them is read, not the whole table
    # (`+year` and `year + 0` keep the planner off the (year, rating) index).
    for pid, y, disc, dfrom, dto in conn.execute(
        "SELECT person_id, year, discipline, discipline_from, discipline_to FROM person_rating"
        " WHERE discipline IS NOT NULL AND discipline != '' AND +year BETWEEN ? AND ?"
        " ORDER BY year + 0",
        (first, year),
    ):
        disciplines[pid].append(DisciplineFact(_DISCIPLINES[disc], y, _iso(dfrom), _iso(dto)))
    person_awards: dict[int, list[AwardFact]] = defaultdict(list)
    unit_awards: dict[int, list[AwardFact]] = defaultdict(list)
    for pid, uid, y, code, number, when in conn.execute(
        "SELECT person_id, unit_id, year, award_code, decision_number, decision_date FROM award_record"
        " WHERE award_code != '' AND year <= ?",
        (year,),
    ):
        fact = AwardFact(y, code, number, _iso(when))
        if pid is not None:
            person_awards[pid].append(fact)
        elif uid is not None:
            unit_awards[uid].append(fact)
    initiatives: dict[int, list[InitiativeFact]] = defaultdict(list)
    for pid, iid, title, y, status, scope, number, used, kind in conn.execute(
        "SELECT a.person_id, i.id, i.title, i.year, i.status, i.scope, i.decision_number, i.used_for_award,"
        " i.kind"
        " FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id WHERE i.year BETWEEN ? AND ?",
        (first, year),
    ):
        initiatives[pid].append(
            InitiativeFact(
                iid,
                title,
                y,
                status == "da_cong_nhan",
                _SCOPES.get(scope) if scope else None,
                number,
                used or "",
                kind,
            )
        )
    units = conn.execute(
        "SELECT u.id, u.name FROM unit u WHERE u.internal = 1 AND u.active = 1"
        + ufilter
        + " ORDER BY u.sort_key"
    ).fetchall()
    unit_ratings = {
        uid: mapping
        for uid, (_text, mapping) in _ratings_by_subject(
            conn, "unit_rating", "unit_id", first, year, uids
        ).items()
    }
    return Facts(
        people, ratings, disciplines, person_awards, initiatives, units, unit_ratings, unit_awards
    )


def mark_initiatives_used(
    conn: sqlite3.Connection, initiative_ids: Iterable[int], label: str, ref: str
) -> None:
    """Record that these initiatives grounded an award (one award only)."""
    stamp = date.today().isoformat()
    conn.executemany(
        "UPDATE initiative SET used_for_award = ?, used_for_ref = ?, used_at = ? WHERE id = ? AND used_for_award = ''",
        [(label, ref, stamp, i) for i in initiative_ids],
    )


def rows_for_export(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Award history for export: year, person name, CCCD, birth, unit, collective, award,
    decision number, decision date, issuer."""
    return conn.execute(
        "SELECT r.year, p.full_name, p.cccd, p.birth_date, coalesce(pu.name, ''),"
        " CASE WHEN r.person_id IS NULL THEN coalesce(u.name, r.household_name) ELSE '' END,"
        " r.award_name, r.decision_number, r.decision_date, r.issuer"
        " FROM award_record r LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = r.unit_id ORDER BY r.year, p.sort_key, u.sort_key, r.id"
    ).fetchall()
