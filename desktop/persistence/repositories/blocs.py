"""Khối, cụm thi đua: the khối, its members, chairs by year, criteria, scores, leading unit."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Sequence

from desktop.domain.blocs import (
    Bloc,
    BlocCriterion,
    BlocInput,
    BlocMember,
    BlocMemberInput,
    BlocScoreInput,
    BlocYear,
)
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.movements import CriterionInput
from desktop.domain.subjects import BlocKind
from desktop.domain.text import fold
from desktop.persistence.db import now_iso


def _uuid() -> str:
    return str(uuidlib.uuid4())


# -- the khối -----------------------------------------------------------------------------

_BLOC = "SELECT id, name, kind, since_year, note FROM emulation_bloc"


def _bloc(r: tuple) -> Bloc:  # type: ignore[type-arg]
    return Bloc(r[0], r[1], BlocKind(r[2]), r[3], r[4])


def list_blocs(conn: sqlite3.Connection) -> list[Bloc]:
    """Every khối and cụm, by name."""
    return [_bloc(r) for r in conn.execute(_BLOC + " ORDER BY name COLLATE NOCASE, id")]


def get_bloc(conn: sqlite3.Connection, bloc_id: int) -> Bloc:
    """One khối."""
    row = conn.execute(_BLOC + " WHERE id = ?", (bloc_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy khối thi đua số {bloc_id}.")
    return _bloc(row)


def find_bloc(conn: sqlite3.Connection, name: str) -> int | None:
    """The id of the khối with this name (ignoring case and diacritics), if any."""
    key = fold(name)
    for bid, stored in conn.execute("SELECT id, name FROM emulation_bloc ORDER BY id"):
        if fold(stored) == key:
            return int(bid)
    return None


def _same_name(conn: sqlite3.Connection, name: str, bloc_id: int | None) -> None:
    other = find_bloc(conn, name)
    if other is not None and other != bloc_id:
        raise ConflictError("bloc_exists", f"Đã có khối, cụm thi đua tên “{name}”.")


def insert_bloc(conn: sqlite3.Connection, data: BlocInput) -> int:
    """Insert a validated khối; its id."""
    _same_name(conn, data.name, None)
    cur = conn.execute(
        "INSERT INTO emulation_bloc (uuid, name, kind, note, created_at, since_year)"
        " VALUES (?,?,?,?,?,?)",
        (_uuid(), data.name, data.kind.value, data.note, now_iso(), data.since_year),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_bloc(conn: sqlite3.Connection, bloc_id: int, data: BlocInput) -> None:
    """Change a khối's name, kind, first year, note."""
    get_bloc(conn, bloc_id)
    _same_name(conn, data.name, bloc_id)
    conn.execute(
        "UPDATE emulation_bloc SET name=?, kind=?, since_year=?, note=? WHERE id=?",
        (data.name, data.kind.value, data.since_year, data.note, bloc_id),
    )


def delete_bloc(conn: sqlite3.Connection, bloc_id: int) -> None:
    """Delete a khối with its members, chairs, criteria, scores and leader entries."""
    get_bloc(conn, bloc_id)
    conn.execute("DELETE FROM emulation_bloc WHERE id = ?", (bloc_id,))


# -- members ------------------------------------------------------------------------------

_MEMBER = (
    "SELECT m.id, m.bloc_id, m.position, m.unit_id, COALESCE(u.name, m.name), m.from_year,"
    " m.to_year, m.note FROM bloc_member m LEFT JOIN unit u ON u.id = m.unit_id"
)


def _member(r: tuple) -> BlocMember:  # type: ignore[type-arg]
    return BlocMember(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])


def members(conn: sqlite3.Connection, bloc_id: int) -> list[BlocMember]:
    """The members of a khối in rotation order."""
    rows = conn.execute(_MEMBER + " WHERE m.bloc_id = ? ORDER BY m.position, m.id", (bloc_id,))
    return [_member(r) for r in rows]


def get_member(conn: sqlite3.Connection, member_id: int) -> BlocMember:
    """One member."""
    row = conn.execute(_MEMBER + " WHERE m.id = ?", (member_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy thành viên khối số {member_id}.")
    return _member(row)


def find_member(conn: sqlite3.Connection, bloc_id: int, data: BlocMemberInput) -> int | None:
    """The member of this khối that is the same unit (or the same free name), if any."""
    for m in members(conn, bloc_id):
        if data.unit_id is not None and m.unit_id == data.unit_id:
            return m.id
        if data.unit_id is None and m.unit_id is None and fold(m.name) == fold(data.name):
            return m.id
    return None


def _check_member(
    conn: sqlite3.Connection, bloc_id: int, data: BlocMemberInput, me: int | None
) -> None:
    known = conn.execute("SELECT 1 FROM unit WHERE id = ?", (data.unit_id,)).fetchone()
    if data.unit_id is not None and known is None:
        raise NotFoundError(f"Không tìm thấy đơn vị số {data.unit_id}.")
    other = find_member(conn, bloc_id, data)
    if other is not None and other != me:
        raise ConflictError("member_exists", "Đơn vị này đã là thành viên của khối.")


def add_member(conn: sqlite3.Connection, bloc_id: int, data: BlocMemberInput) -> int:
    """Add a validated member at the end of the rotation order; its id."""
    get_bloc(conn, bloc_id)
    _check_member(conn, bloc_id, data, None)
    last = conn.execute(
        "SELECT COALESCE(MAX(position), 0) FROM bloc_member WHERE bloc_id = ?", (bloc_id,)
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO bloc_member (uuid, bloc_id, position, unit_id, name, from_year, to_year,"
        " note) VALUES (?,?,?,?,?,?,?,?)",
        (
            _uuid(),
            bloc_id,
            int(last) + 1,
            data.unit_id,
            "" if data.unit_id is not None else data.name,
            data.from_year,
            data.to_year,
            data.note,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_member(conn: sqlite3.Connection, member_id: int, data: BlocMemberInput) -> None:
    """Change a member (its place in the order stays)."""
    old = get_member(conn, member_id)
    _check_member(conn, old.bloc_id, data, member_id)
    conn.execute(
        "UPDATE bloc_member SET unit_id=?, name=?, from_year=?, to_year=?, note=? WHERE id=?",
        (
            data.unit_id,
            "" if data.unit_id is not None else data.name,
            data.from_year,
            data.to_year,
            data.note,
            member_id,
        ),
    )


def delete_member(conn: sqlite3.Connection, member_id: int) -> None:
    """Remove a member with its scores; a leader entry for its unit stays (it is history)."""
    get_member(conn, member_id)
    conn.execute("DELETE FROM bloc_member WHERE id = ?", (member_id,))


def move_member(conn: sqlite3.Connection, member_id: int, step: int) -> None:
    """Move a member up (-1) or down (+1) in the rotation order."""
    me = get_member(conn, member_id)
    order = members(conn, me.bloc_id)
    i = [m.id for m in order].index(member_id)
    j = i + step
    if not 0 <= j < len(order):
        return
    order[i], order[j] = order[j], order[i]
    for pos, m in enumerate(order, start=1):
        conn.execute("UPDATE bloc_member SET position = ? WHERE id = ?", (pos, m.id))


def ensure_unit_member(conn: sqlite3.Connection, bloc_id: int, unit_id: int) -> int:
    """The member id of this unit in the khối (added at the end when it was not a member)."""
    data = BlocMemberInput(unit_id)
    found = find_member(conn, bloc_id, data)
    return found if found is not None else add_member(conn, bloc_id, data)


# -- a year: chairs and the leading unit --------------------------------------------------


def get_year(conn: sqlite3.Connection, bloc_id: int, year: int) -> BlocYear:
    """The chairs and the leading unit of a khối in a year (empty parts are None)."""
    chairs = conn.execute(
        "SELECT chair_id, deputy_id FROM bloc_year WHERE bloc_id = ? AND year = ?", (bloc_id, year)
    ).fetchone()
    leader = conn.execute(
        "SELECT id, unit_id FROM bloc_leader WHERE bloc_id = ? AND year = ?", (bloc_id, year)
    ).fetchone()
    return BlocYear(
        bloc_id,
        year,
        chairs[0] if chairs else None,
        chairs[1] if chairs else None,
        leader[1] if leader else None,
        leader[0] if leader else None,
    )


def _own_member(conn: sqlite3.Connection, bloc_id: int, member_id: int | None) -> None:
    if member_id is not None and get_member(conn, member_id).bloc_id != bloc_id:
        raise ConflictError("not_a_member", "Đơn vị được chọn không phải thành viên của khối.")


def set_chairs(
    conn: sqlite3.Connection, bloc_id: int, year: int, chair_id: int | None, deputy_id: int | None
) -> None:
    """Record trưởng khối and phó khối of a year (None clears one)."""
    _own_member(conn, bloc_id, chair_id)
    _own_member(conn, bloc_id, deputy_id)
    conn.execute(
        "INSERT INTO bloc_year (uuid, bloc_id, year, chair_id, deputy_id) VALUES (?,?,?,?,?)"
        " ON CONFLICT(bloc_id, year) DO UPDATE SET chair_id = excluded.chair_id,"
        " deputy_id = excluded.deputy_id",
        (_uuid(), bloc_id, year, chair_id, deputy_id),
    )


def set_leading_unit(
    conn: sqlite3.Connection, bloc_id: int, year: int, unit_id: int | None, note: str = ""
) -> None:
    """Record the unit that led the khối in a year (the entry the Cờ thi đua rule reads); None
    forgets it. The unit must be a member of the khối."""
    if unit_id is None:
        conn.execute("DELETE FROM bloc_leader WHERE bloc_id = ? AND year = ?", (bloc_id, year))
        return
    if find_member(conn, bloc_id, BlocMemberInput(unit_id)) is None:
        raise ConflictError(
            "not_a_member", "Đơn vị dẫn đầu phải là thành viên của khối (là đơn vị trong danh mục)."
        )
    conn.execute(
        "INSERT INTO bloc_leader (uuid, bloc_id, year, unit_id, note) VALUES (?,?,?,?,?)"
        " ON CONFLICT(bloc_id, year) DO UPDATE SET unit_id = excluded.unit_id,"
        " note = excluded.note",
        (_uuid(), bloc_id, year, unit_id, note),
    )


def chairs_by_year(
    conn: sqlite3.Connection, bloc_id: int
) -> dict[int, tuple[int | None, int | None]]:
    """(trưởng khối, phó khối) member ids of every recorded year."""
    rows = conn.execute(
        "SELECT year, chair_id, deputy_id FROM bloc_year WHERE bloc_id = ?", (bloc_id,)
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def leaders_by_year(conn: sqlite3.Connection, bloc_id: int) -> dict[int, int]:
    """The leading unit id of every recorded year."""
    rows = conn.execute("SELECT year, unit_id FROM bloc_leader WHERE bloc_id = ?", (bloc_id,))
    return {r[0]: r[1] for r in rows}


# -- criteria and scores ------------------------------------------------------------------


def criteria(conn: sqlite3.Connection, bloc_id: int, year: int) -> list[BlocCriterion]:
    """The khối's criteria of a year, in order."""
    rows = conn.execute(
        "SELECT id, bloc_id, year, position, text, max_score FROM bloc_criterion"
        " WHERE bloc_id = ? AND year = ? ORDER BY position, id",
        (bloc_id, year),
    )
    return [BlocCriterion(*r) for r in rows]


def criteria_years(conn: sqlite3.Connection, bloc_id: int) -> list[int]:
    """The years that have criteria, oldest first."""
    rows = conn.execute(
        "SELECT DISTINCT year FROM bloc_criterion WHERE bloc_id = ? ORDER BY year", (bloc_id,)
    )
    return [r[0] for r in rows]


def replace_criteria(
    conn: sqlite3.Connection, bloc_id: int, year: int, wanted: Sequence[CriterionInput]
) -> None:
    """Make the year's criteria exactly these: one with an id is changed in place (its scores
    stay), one without is added, a stored one not given is deleted with its scores."""
    stored = {c.id for c in criteria(conn, bloc_id, year)}
    keep = {c.id for c in wanted if c.id is not None}
    for cid in stored - keep:
        conn.execute("DELETE FROM bloc_criterion WHERE id = ?", (cid,))
    for pos, c in enumerate(wanted, start=1):
        if c.id is not None and c.id in stored:
            conn.execute(
                "UPDATE bloc_criterion SET position=?, text=?, max_score=? WHERE id=?",
                (pos, c.text, c.max_score, c.id),
            )
        else:
            conn.execute(
                "INSERT INTO bloc_criterion (uuid, bloc_id, year, position, text, max_score)"
                " VALUES (?,?,?,?,?,?)",
                (_uuid(), bloc_id, year, pos, c.text, c.max_score),
            )


def scores(conn: sqlite3.Connection, bloc_id: int, year: int) -> dict[tuple[int, int], float]:
    """(member id, criterion id) → score, for a khối's year."""
    rows = conn.execute(
        "SELECT s.member_id, s.criterion_id, s.score FROM bloc_score s"
        " JOIN bloc_criterion c ON c.id = s.criterion_id WHERE c.bloc_id = ? AND c.year = ?",
        (bloc_id, year),
    )
    return {(r[0], r[1]): r[2] for r in rows}


def criterion_max(conn: sqlite3.Connection, criterion_id: int) -> tuple[int, float | None]:
    """(bloc id, maximum score) of a criterion."""
    row = conn.execute(
        "SELECT bloc_id, max_score FROM bloc_criterion WHERE id = ?", (criterion_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tiêu chí số {criterion_id}.")
    return row[0], row[1]


def set_score(conn: sqlite3.Connection, data: BlocScoreInput) -> None:
    """Store (or with None clear) a validated score of a member of the criterion's khối."""
    bloc_id, _ = criterion_max(conn, data.criterion_id)
    _own_member(conn, bloc_id, data.member_id)
    if data.score is None:
        conn.execute(
            "DELETE FROM bloc_score WHERE member_id = ? AND criterion_id = ?",
            (data.member_id, data.criterion_id),
        )
        return
    conn.execute(
        "INSERT INTO bloc_score (uuid, member_id, criterion_id, score) VALUES (?,?,?,?)"
        " ON CONFLICT(member_id, criterion_id) DO UPDATE SET score = excluded.score",
        (_uuid(), data.member_id, data.criterion_id, data.score),
    )
