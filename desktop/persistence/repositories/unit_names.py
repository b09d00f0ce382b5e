"""Dated names of units and of the office; unit merges and the rows each one moved."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain import progress as steps
from desktop.domain.errors import NotFoundError
from desktop.domain.text import fold, text_sort_key
from desktop.domain.unit_names import MergeMove, MergeRecord, NamePeriod, OfficeField, current_since
from desktop.persistence.db import now_iso

# Tables of this module: their unit columns record history and never move in a merge.
OWN_TABLES = frozenset({"unit_name_period", "unit_merge", "unit_merge_row"})


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------- a unit's names


def periods(conn: sqlite3.Connection, unit_id: int) -> list[NamePeriod]:
    """The past names of a unit, oldest first."""
    rows = conn.execute(
        "SELECT id, name, parent_id, valid_from, valid_to FROM unit_name_period WHERE unit_id = ?"
        " ORDER BY valid_to, id",
        (unit_id,),
    ).fetchall()
    return [NamePeriod(r[1], _day(r[3]), _day(r[4]), r[2], r[0]) for r in rows]


def add_period(conn: sqlite3.Connection, unit_id: int, period: NamePeriod, note: str = "") -> int:
    """Store a checked past period of a unit; return its id."""
    cur = conn.execute(
        "INSERT INTO unit_name_period (uuid, unit_id, name, parent_id, valid_from, valid_to, note,"
        " created_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            unit_id,
            period.name,
            period.parent_id,
            _iso(period.valid_from),
            _iso(period.valid_to),
            note,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def period_unit(conn: sqlite3.Connection, period_id: int) -> int:
    """The unit a stored period belongs to."""
    row = conn.execute("SELECT unit_id FROM unit_name_period WHERE id = ?", (period_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tên cũ số {period_id}.")
    return int(row[0])


def delete_period(conn: sqlite3.Connection, period_id: int) -> None:
    """Remove a past period (entered by mistake)."""
    period_unit(conn, period_id)
    conn.execute("DELETE FROM unit_name_period WHERE id = ?", (period_id,))


def set_name(conn: sqlite3.Connection, unit_id: int, name: str, parent_id: int | None) -> None:
    """Write a unit's current name and parent (the rename's second half)."""
    conn.execute(
        "UPDATE unit SET name=?, name_fold=?, sort_key=?, parent_id=?, updated_at=? WHERE id=?",
        (name, fold(name), text_sort_key(name), parent_id, now_iso(), unit_id),
    )


@dataclass(frozen=True, slots=True)
class UnitNames:
    """One unit's current name and parent with its past periods."""

    name: str
    parent_id: int | None
    past: tuple[NamePeriod, ...]

    @property
    def current(self) -> NamePeriod:
        """The current name as a period without an end."""
        return NamePeriod(self.name, current_since(self.past), None, self.parent_id)


def unit_names(conn: sqlite3.Connection, unit_id: int) -> UnitNames:
    """A unit's names, current and past."""
    row = conn.execute("SELECT name, parent_id FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy đơn vị số {unit_id}.")
    return UnitNames(row[0], row[1], tuple(periods(conn, unit_id)))


# ---------------------------------------------------------------- the office's names


def office_periods(conn: sqlite3.Connection, field: OfficeField) -> list[NamePeriod]:
    """Past names of the office (or of its superior), oldest first."""
    rows = conn.execute(
        "SELECT id, name, valid_from, valid_to FROM office_name_period WHERE field = ?"
        " ORDER BY valid_to, id",
        (field.value,),
    ).fetchall()
    return [NamePeriod(r[1], _day(r[2]), _day(r[3]), None, r[0]) for r in rows]


def add_office_period(conn: sqlite3.Connection, field: OfficeField, period: NamePeriod) -> int:
    """Store a checked past name of the office or its superior; return its id."""
    cur = conn.execute(
        "INSERT INTO office_name_period (uuid, field, name, valid_from, valid_to, created_at)"
        " VALUES (?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            field.value,
            period.name,
            _iso(period.valid_from),
            _iso(period.valid_to),
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def delete_office_period(conn: sqlite3.Connection, period_id: int) -> None:
    """Remove a past name of the office or its superior."""
    if (
        conn.execute("SELECT 1 FROM office_name_period WHERE id = ?", (period_id,)).fetchone()
        is None
    ):
        raise NotFoundError(f"Không tìm thấy tên cũ số {period_id}.")
    conn.execute("DELETE FROM office_name_period WHERE id = ?", (period_id,))


# ---------------------------------------------------------------- merges


@dataclass(frozen=True, slots=True)
class UnitColumn:
    """A column of another table that refers to a unit."""

    table: str
    column: str
    unique_with: tuple[tuple[str, ...], ...]  # the other columns of each unique index on it


def unit_columns(conn: sqlite3.Connection) -> list[UnitColumn]:
    """Every column that refers to unit.id, found in the schema (so new tables are included)."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    out: list[UnitColumn] = []
    for t in tables:
        if t in OWN_TABLES:
            continue
        cols = [
            fk[3]
            for fk in conn.execute(f'PRAGMA foreign_key_list("{t}")')
            if fk[2] == "unit" and fk[4] in (None, "id")
        ]
        if not cols:
            continue
        uniques: list[tuple[str, ...]] = []
        for idx in conn.execute(f'PRAGMA index_list("{t}")'):
            if idx[2]:
                uniques.append(tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{idx[1]}")')))
        for c in dict.fromkeys(cols):
            others = tuple(tuple(x for x in u if x != c) for u in uniques if c in u)
            out.append(UnitColumn(t, c, others))
    return out


def merged_units(conn: sqlite3.Connection) -> set[int]:
    """Units already merged into another (closed by a merge)."""
    return {r[0] for r in conn.execute("SELECT from_unit_id FROM unit_merge")}


def merges(conn: sqlite3.Connection, unit_id: int | None = None) -> list[MergeRecord]:
    """The merges a unit took part in (all merges without a unit), by date."""
    where = ""
    params: tuple[int, ...] = ()
    if unit_id is not None:
        where, params = "WHERE m.from_unit_id = ? OR m.into_unit_id = ?", (unit_id, unit_id)
    rows = conn.execute(
        "SELECT m.id, m.from_unit_id, f.name, m.into_unit_id, i.name, m.merged_on FROM unit_merge m"
        " JOIN unit f ON f.id = m.from_unit_id JOIN unit i ON i.id = m.into_unit_id"
        f" {where} ORDER BY m.merged_on, m.id",
        params,
    ).fetchall()
    return [MergeRecord(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5])) for r in rows]


def _free(col: UnitColumn, into_id: int) -> str:
    """SQL: the row `t` would not collide with a row of the target on a unique index."""
    parts = []
    for others in col.unique_with:
        same = "".join(f' AND o."{x}" = t."{x}"' for x in others)
        parts.append(
            f' AND NOT EXISTS (SELECT 1 FROM "{col.table}" o WHERE o."{col.column}" = {into_id}{same})'
        )
    return "".join(parts)


def _move_children(
    conn: sqlite3.Connection, source: int, into_id: int, merged_on: date, merge_id: int
) -> int:
    """Sub-units of a merged unit go under the target; their earlier parent is kept as a period."""
    children = conn.execute(
        "SELECT id FROM unit WHERE parent_id = ? AND id <> ?", (source, into_id)
    ).fetchall()
    for (child,) in children:
        names = unit_names(conn, child)
        since = current_since(names.past)
        if since is None or since < merged_on:
            add_period(
                conn,
                child,
                NamePeriod(names.name, since, merged_on - timedelta(days=1), source),
                "sáp nhập",
            )
        _log_rows(conn, merge_id, "unit", "parent_id", f"id = {child}")
        conn.execute(
            "UPDATE unit SET parent_id = ?, updated_at = ? WHERE id = ?",
            (into_id, now_iso(), child),
        )
    return len(children)


def _log_rows(conn: sqlite3.Connection, merge_id: int, table: str, column: str, where: str) -> None:
    conn.execute(
        "INSERT INTO unit_merge_row (uuid, merge_id, table_name, column_name, row_id)"
        f' SELECT lower(hex(randomblob(16))), ?, ?, ?, t.rowid FROM "{table}" t WHERE {where}',
        (merge_id, table, column),
    )


def merge(
    conn: sqlite3.Connection, from_ids: tuple[int, ...], into_id: int, merged_on: date, note: str
) -> list[MergeMove]:
    """Move every reference to the units `from_ids` onto `into_id` (rows that would collide with
    the target's own stay with the old unit), log each moved row, close the old units (kept with
    their names). Runs inside the caller's transaction."""
    counts: dict[tuple[str, str], list[int]] = {}
    columns = unit_columns(conn)
    progress = steps.current()  # the caller's progress: reported (and Cancel checked) per column
    done, total = 0, len(from_ids) * len(columns)
    for source in from_ids:
        cur = conn.execute(
            "INSERT INTO unit_merge (uuid, from_unit_id, into_unit_id, merged_on, note, created_at)"
            " VALUES (?,?,?,?,?,?)",
            (str(uuidlib.uuid4()), source, into_id, merged_on.isoformat(), note, now_iso()),
        )
        assert cur.lastrowid is not None
        merge_id = cur.lastrowid
        for col in columns:
            progress.report(done, total, steps.WRITE)
            done += 1
            key = (col.table, col.column)
            tally = counts.setdefault(key, [0, 0])
            if key == ("unit", "parent_id"):
                tally[0] += _move_children(conn, source, into_id, merged_on, merge_id)
                continue
            where = f't."{col.column}" = {int(source)}'
            movable = where + _free(col, into_id)
            _log_rows(conn, merge_id, col.table, col.column, movable)
            moved = conn.execute(
                f'UPDATE "{col.table}" AS t SET "{col.column}" = ? WHERE {movable}', (into_id,)
            ).rowcount
            kept = conn.execute(f'SELECT count(*) FROM "{col.table}" t WHERE {where}').fetchone()[0]
            tally[0] += moved
            tally[1] += kept
        conn.execute("UPDATE unit SET active = 0, updated_at = ? WHERE id = ?", (now_iso(), source))
    return [MergeMove(t, c, "", moved, kept) for (t, c), (moved, kept) in counts.items()]


def origin_unit(
    conn: sqlite3.Connection, table: str, column: str, row_id: int, day: date
) -> int | None:
    """The unit a moved row referred to on `day` (None: the row was not moved since then)."""
    row = conn.execute(
        "SELECT m.from_unit_id FROM unit_merge_row r JOIN unit_merge m ON m.id = r.merge_id"
        " WHERE r.table_name = ? AND r.column_name = ? AND r.row_id = ? AND m.merged_on > ?"
        " ORDER BY m.merged_on, m.id LIMIT 1",
        (table, column, row_id, day.isoformat()),
    ).fetchone()
    return int(row[0]) if row else None
