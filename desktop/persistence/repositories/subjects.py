"""Households, positions held and emulation-bloc leaders: reads and writes."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.subjects import (
    BlocKind,
    BlocLeader,
    BlocLeaderInput,
    Household,
    HouseholdInput,
    Position,
    PositionInput,
)
from desktop.domain.text import fold
from desktop.persistence.db import now_iso

# -- households ---------------------------------------------------------------------------

_HH = (
    "SELECT h.id, h.uuid, h.head_name, h.unit_id, u.name, h.members, h.address, h.note"
    " FROM household h JOIN unit u ON u.id = h.unit_id"
)


def _household(r: tuple) -> Household:  # type: ignore[type-arg]
    return Household(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])


def _require_village(conn: sqlite3.Connection, unit_id: int | None) -> None:
    row = conn.execute("SELECT kind, name FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy đơn vị số {unit_id}.")
    if row[0] != "thon":
        raise ConflictError(
            "not_a_village", f"{row[1]} không phải thôn, tổ dân phố: hộ gia đình thuộc một thôn."
        )


def insert_household(
    conn: sqlite3.Connection, data: HouseholdInput, *, uuid: str | None = None
) -> int:
    """Insert a validated household; return its id."""
    _require_village(conn, data.unit_id)
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO household (uuid, head_name, name_fold, unit_id, members, address, note,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            uuid or str(uuidlib.uuid4()),
            data.head_name,
            data.name_fold,
            data.unit_id,
            data.members,
            data.address,
            data.note,
            stamp,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_household(conn: sqlite3.Connection, household_id: int, data: HouseholdInput) -> None:
    """Change a household."""
    get_household(conn, household_id)
    _require_village(conn, data.unit_id)
    conn.execute(
        "UPDATE household SET head_name=?, name_fold=?, unit_id=?, members=?, address=?, note=?,"
        " updated_at=? WHERE id=?",
        (
            data.head_name,
            data.name_fold,
            data.unit_id,
            data.members,
            data.address,
            data.note,
            now_iso(),
            household_id,
        ),
    )


def delete_household(conn: sqlite3.Connection, household_id: int) -> None:
    """Delete a household."""
    get_household(conn, household_id)
    conn.execute("DELETE FROM household WHERE id = ?", (household_id,))


def get_household(conn: sqlite3.Connection, household_id: int) -> Household:
    """One household."""
    row = conn.execute(_HH + " WHERE h.id = ?", (household_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy hộ gia đình số {household_id}.")
    return _household(row)


def list_households(
    conn: sqlite3.Connection,
    *,
    unit_id: int | None = None,
    tokens: Iterable[str] = (),
    ids: Iterable[int] | None = None,
) -> list[Household]:
    """Households (of one thôn, matching every folded token, or with these ids), by thôn and name."""
    where: list[str] = ["1=1"]
    args: list[object] = []
    if unit_id is not None:
        where.append("h.unit_id = ?")
        args.append(unit_id)
    for t in tokens:
        where.append("(' ' || h.name_fold) LIKE ?")
        args.append(f"% {t}%")
    if ids is not None:
        where.append(f"h.id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})")
    rows = conn.execute(
        _HH + " WHERE " + " AND ".join(where) + " ORDER BY u.sort_key, h.name_fold, h.id", args
    ).fetchall()
    return [_household(r) for r in rows]


def find_household(conn: sqlite3.Connection, head_name: str, unit_id: int) -> int | None:
    """The id of the household with this head (folded) in this thôn, if any."""
    row = conn.execute(
        "SELECT id FROM household WHERE name_fold = ? AND unit_id = ? ORDER BY id",
        (fold(head_name), unit_id),
    ).fetchone()
    return None if row is None else int(row[0])


# -- positions held -----------------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def positions_of(conn: sqlite3.Connection, person_id: int) -> list[Position]:
    """A person's positions, oldest first."""
    rows = conn.execute(
        'SELECT id, person_id, title, start, "end", leadership, organisation, note'
        " FROM person_position WHERE person_id = ? ORDER BY start, id",
        (person_id,),
    ).fetchall()
    return [
        Position(
            r[0],
            r[1],
            PositionInput(r[2], date.fromisoformat(r[3]), _day(r[4]), bool(r[5]), r[6], r[7]),
        )
        for r in rows
    ]


def positions_by_person(
    conn: sqlite3.Connection, person_ids: Iterable[int] | None = None
) -> dict[int, list[PositionInput]]:
    """Positions of many people (all when None), each list oldest first."""
    sql = (
        'SELECT person_id, title, start, "end", leadership, organisation, note FROM person_position'
    )
    if person_ids is not None:
        sql += f" WHERE person_id IN ({','.join(str(int(i)) for i in person_ids) or 'NULL'})"
    out: dict[int, list[PositionInput]] = defaultdict(list)
    for r in conn.execute(sql + " ORDER BY person_id, start, id"):
        out[r[0]].append(
            PositionInput(r[1], date.fromisoformat(r[2]), _day(r[3]), bool(r[4]), r[5], r[6])
        )
    return out


def replace_positions(
    conn: sqlite3.Connection, person_id: int, positions: Iterable[PositionInput]
) -> None:
    """Make the person's stored positions exactly these (unchanged rows are kept as they are)."""
    wanted = list(positions)
    stored = positions_of(conn, person_id)
    keep: set[int] = set()
    for p in stored:
        if p.data in wanted and p.id not in keep:
            keep.add(p.id)
            wanted.remove(p.data)
    for p in stored:
        if p.id not in keep:
            conn.execute("DELETE FROM person_position WHERE id = ?", (p.id,))
    stamp = now_iso()
    for new in wanted:
        conn.execute(
            'INSERT INTO person_position (uuid, person_id, title, organisation, start, "end",'
            " leadership, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                str(uuidlib.uuid4()),
                person_id,
                new.title,
                new.organisation,
                new.start.isoformat(),
                new.end.isoformat() if new.end else None,
                int(new.leadership),
                new.note,
                stamp,
            ),
        )


# -- emulation blocs and their leaders ----------------------------------------------------


def bloc_id(conn: sqlite3.Connection, name: str, kind: BlocKind) -> int:
    """The bloc with this name (made when new)."""
    row = conn.execute("SELECT id FROM emulation_bloc WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO emulation_bloc (uuid, name, kind, note, created_at) VALUES (?,?,?,?,?)",
        (str(uuidlib.uuid4()), name, kind.value, "", now_iso()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def set_leader(conn: sqlite3.Connection, data: BlocLeaderInput) -> int:
    """Record the unit that led a bloc in a year (replacing an earlier entry for that year)."""
    if conn.execute("SELECT 1 FROM unit WHERE id = ?", (data.unit_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy đơn vị số {data.unit_id}.")
    bid = bloc_id(conn, data.bloc_name, data.kind)
    row = conn.execute(
        "SELECT id FROM bloc_leader WHERE bloc_id = ? AND year = ?", (bid, data.year)
    ).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE bloc_leader SET unit_id = ?, note = ? WHERE id = ?",
            (data.unit_id, data.note, row[0]),
        )
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO bloc_leader (uuid, bloc_id, year, unit_id, note) VALUES (?,?,?,?,?)",
        (str(uuidlib.uuid4()), bid, data.year, data.unit_id, data.note),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def delete_leader(conn: sqlite3.Connection, leader_id: int) -> None:
    """Forget a leader entry."""
    conn.execute("DELETE FROM bloc_leader WHERE id = ?", (leader_id,))


def leaders(conn: sqlite3.Connection, year: int | None = None) -> list[BlocLeader]:
    """Leader entries (of one year when given), newest year first."""
    sql = (
        "SELECT l.id, b.id, b.name, b.kind, l.year, u.id, u.name FROM bloc_leader l"
        " JOIN emulation_bloc b ON b.id = l.bloc_id JOIN unit u ON u.id = l.unit_id"
    )
    args: tuple[int, ...] = ()
    if year is not None:
        sql += " WHERE l.year = ?"
        args = (year,)
    rows = conn.execute(sql + " ORDER BY l.year DESC, b.name", args).fetchall()
    return [BlocLeader(r[0], r[1], r[2], BlocKind(r[3]), r[4], r[5], r[6]) for r in rows]


# -- facts for eligibility ----------------------------------------------------------------


def units_of_kinds(
    conn: sqlite3.Connection, kinds: Iterable[str], unit_ids: Iterable[int] | None = None
) -> list[tuple[int, str, str]]:
    """(id, name, kind) of the active units of these kinds (inside or outside the office)."""
    marks = ",".join("?" for _ in kinds) if kinds else ""
    kinds = list(kinds)
    sql = f"SELECT id, name, kind FROM unit WHERE active = 1 AND kind IN ({marks or 'NULL'})"
    if unit_ids is not None:
        sql += f" AND id IN ({','.join(str(int(i)) for i in unit_ids) or 'NULL'})"
    return [(r[0], r[1], r[2]) for r in conn.execute(sql + " ORDER BY sort_key, id", kinds)]


def units_by_id(conn: sqlite3.Connection, unit_ids: Iterable[int]) -> list[tuple[int, str, str]]:
    """(id, name, kind) of these units."""
    ids = ",".join(str(int(i)) for i in unit_ids) or "NULL"
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            f"SELECT id, name, kind FROM unit WHERE id IN ({ids}) ORDER BY sort_key, id"
        )
    ]


def unit_kinds(conn: sqlite3.Connection, unit_ids: Iterable[int]) -> dict[int, str]:
    """The kind of each of these units."""
    ids = ",".join(str(int(i)) for i in unit_ids) or "NULL"
    return dict(conn.execute(f"SELECT id, kind FROM unit WHERE id IN ({ids})").fetchall())


def blocs_led(conn: sqlite3.Connection, year: int) -> dict[int, list[str]]:
    """For each unit that led a bloc in `year`, the blocs' labelled names."""
    out: dict[int, list[str]] = defaultdict(list)
    for leader in leaders(conn, year):
        out[leader.unit_id].append(leader.label)
    return out


def person_sex(conn: sqlite3.Connection, person_ids: Iterable[int] | None = None) -> dict[int, str]:
    """The stored sex value of these people (absent: unknown)."""
    sql = "SELECT id, sex FROM person WHERE sex IS NOT NULL"
    if person_ids is not None:
        sql += f" AND id IN ({','.join(str(int(i)) for i in person_ids) or 'NULL'})"
    return dict(conn.execute(sql).fetchall())


def people_with_positions(
    conn: sqlite3.Connection,
) -> dict[int, tuple[str, str | None, str | None, str]]:
    """(name, CCCD, birth, unit name) of every person who has a position, in name order."""
    rows = conn.execute(
        "SELECT p.id, p.full_name, p.cccd, p.birth_date, u.name FROM person p"
        " JOIN unit u ON u.id = p.unit_id"
        " WHERE p.id IN (SELECT person_id FROM person_position) ORDER BY p.sort_key, p.id"
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def household_awards(conn: sqlite3.Connection) -> list[tuple[str, int, str, str, str | None]]:
    """(household name as recorded, year, code, decision number, decision date) of every
    award recorded for a household."""
    return [
        (r[0], r[1], r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT household_name, year, award_code, decision_number, decision_date"
            " FROM award_record WHERE subject_kind = 'household' AND award_code != ''"
        )
    ]
