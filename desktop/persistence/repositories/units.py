"""Units: reads and writes."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.text import fold, text_sort_key
from desktop.domain.units import Unit, UnitInput, UnitKind
from desktop.persistence import constraints
from desktop.persistence.db import now_iso

_COLUMNS = "id, uuid, name, kind, code, parent_id, internal, address, active"


def _unit(row: tuple) -> Unit:  # type: ignore[type-arg]
    return Unit(
        id=row[0],
        uuid=row[1],
        name=row[2],
        kind=UnitKind(row[3]),
        code=row[4],
        parent_id=row[5],
        internal=bool(row[6]),
        address=row[7],
        active=bool(row[8]),
    )


def get(conn: sqlite3.Connection, unit_id: int) -> Unit:
    """The unit with this id."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy đơn vị số {unit_id}.")
    return _unit(row)


def list_all(conn: sqlite3.Connection, *, include_inactive: bool = True) -> list[Unit]:
    """Every unit in Vietnamese name order."""
    where = "" if include_inactive else "WHERE active = 1"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM unit {where} ORDER BY sort_key, id").fetchall()
    return [_unit(r) for r in rows]


def count(conn: sqlite3.Connection) -> int:
    """Number of units."""
    return int(conn.execute("SELECT count(*) FROM unit").fetchone()[0])


def descendants(conn: sqlite3.Connection, unit_id: int) -> list[int]:
    """The unit and all units below it."""
    rows = conn.execute(
        "WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM unit u JOIN t ON u.parent_id = t.id)"
        " SELECT id FROM t",
        (unit_id,),
    ).fetchall()
    return [r[0] for r in rows]


def _check_parent(conn: sqlite3.Connection, unit_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    get(conn, parent_id)
    if unit_id is not None and parent_id in descendants(conn, unit_id):
        raise ConflictError(
            "unit_cycle", "Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó."
        )


def insert(conn: sqlite3.Connection, data: UnitInput, *, uuid: str | None = None) -> int:
    """Insert a validated unit, return its id."""
    _check_parent(conn, None, data.parent_id)
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO unit (uuid, name, name_fold, sort_key, code, kind, parent_id, internal,"
        " address, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            uuid or str(uuidlib.uuid4()),
            data.name,
            fold(data.name),
            text_sort_key(data.name),
            data.code,
            data.kind.value,
            data.parent_id,
            int(data.internal),
            data.address,
            int(data.active),
            stamp,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, unit_id: int, data: UnitInput) -> None:
    """Replace a unit's fields with validated input."""
    get(conn, unit_id)
    _check_parent(conn, unit_id, data.parent_id)
    conn.execute(
        "UPDATE unit SET name=?, name_fold=?, sort_key=?, code=?, kind=?, parent_id=?, internal=?,"
        " address=?, active=?, updated_at=? WHERE id=?",
        (
            data.name,
            fold(data.name),
            text_sort_key(data.name),
            data.code,
            data.kind.value,
            data.parent_id,
            int(data.internal),
            data.address,
            int(data.active),
            now_iso(),
            unit_id,
        ),
    )


def set_active(conn: sqlite3.Connection, unit_id: int, active: bool) -> None:
    """Activate or deactivate a unit."""
    get(conn, unit_id)
    conn.execute(
        "UPDATE unit SET active=?, updated_at=? WHERE id=?", (int(active), now_iso(), unit_id)
    )


@dataclass(frozen=True, slots=True)
class UnitUsage:
    """What hangs on a unit and stops it from being deleted."""

    people: int
    children: int

    @property
    def empty(self) -> bool:
        """True when nothing depends on the unit."""
        return self.people == 0 and self.children == 0


def usage(conn: sqlite3.Connection, unit_id: int) -> UnitUsage:
    """Count the records that depend on a unit."""
    people = conn.execute("SELECT count(*) FROM person WHERE unit_id=?", (unit_id,)).fetchone()[0]
    children = conn.execute("SELECT count(*) FROM unit WHERE parent_id=?", (unit_id,)).fetchone()[0]
    return UnitUsage(people, children)


def delete(conn: sqlite3.Connection, unit_id: int, deleted_by: str = "") -> None:
    """Move a unit nothing depends on to the recycle bin; ConflictError when other records still refer to it."""
    get(conn, unit_id)
    try:
        from desktop.domain.recycle_bin import BinKind  # imported on first delete:
        from desktop.persistence.repositories import recycle_bin  # not at start-up

        recycle_bin.move_to_bin(conn, BinKind.UNIT, unit_id, deleted_by)
    except sqlite3.IntegrityError as exc:
        # Only a record still referring to it means "in use"; any other rule is said as it is.
        if not constraints.in_use(conn, exc, "unit", unit_id):
            raise constraints.integrity(exc) from exc
        raise ConflictError(
            "unit_has_records",
            "Không thể xóa đơn vị vì còn hồ sơ liên quan (sáng kiến, phong trào, khen thưởng…). "
            "Hãy chọn \u201cNgừng hoạt động\u201d để giữ lịch sử.",
        ) from exc


def search(conn: sqlite3.Connection, tokens: list[str], limit: int = 50) -> list[Unit]:
    """Units whose folded name has each token at a word start."""
    if not tokens:
        return []
    clauses = []
    params: list[str] = []
    for t in tokens:
        clauses.append("(name_fold LIKE ? OR name_fold LIKE ? OR lower(code) LIKE ?)")
        params += [f"{t}%", f"% {t}%", f"{t}%"]
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM unit WHERE {' AND '.join(clauses)} ORDER BY sort_key LIMIT {int(limit)}",
        params,
    ).fetchall()
    return [_unit(r) for r in rows]
