"""Constraint failures sorted by SQLite's extended result code, never by the words of its message.

The code tells which kind of rule a statement broke (a unique key, a reference, a CHECK, a NOT
NULL) but not which key or column: SQLite names those only in the message's words. `taken` asks
the table instead. A failed statement is undone by SQLite and the transaction stands, so right
after a UNIQUE failure, inside the same transaction, the row that holds the key is still there
to be found by each of the table's unique indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import ConflictError


class Broken(Enum):
    """The kind of rule a statement broke, read from `sqlite_errorcode`."""

    UNIQUE = "unique"
    PRIMARY_KEY = "primary_key"
    FOREIGN_KEY = "foreign_key"
    CHECK = "check"
    NOT_NULL = "not_null"
    # SQLite runs ON DELETE/UPDATE RESTRICT as a trigger: a record still referred to, or a
    # trigger's own RAISE (only the audit log's append-only triggers have one here).
    TRIGGER = "trigger"
    OTHER = "other"


_BY_CODE = {
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: Broken.UNIQUE,
    sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY: Broken.PRIMARY_KEY,
    sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY: Broken.FOREIGN_KEY,
    sqlite3.SQLITE_CONSTRAINT_CHECK: Broken.CHECK,
    sqlite3.SQLITE_CONSTRAINT_NOTNULL: Broken.NOT_NULL,
    sqlite3.SQLITE_CONSTRAINT_TRIGGER: Broken.TRIGGER,
}


def broken(exc: sqlite3.Error) -> Broken:
    """Which kind of constraint `exc` reports (OTHER for anything else)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return _BY_CODE.get(code, Broken.OTHER) if isinstance(code, int) else Broken.OTHER


def in_use(conn: sqlite3.Connection, exc: sqlite3.Error, table: str, row_id: int) -> bool:
    """Whether `exc`, raised deleting row `row_id` of `table`, means other rows still refer to
    it: a FOREIGN_KEY failure, or the TRIGGER code of an ON DELETE RESTRICT while a row of a
    restricting reference still points at it (a trigger's RAISE has that code too)."""
    kind = broken(exc)
    if kind is Broken.FOREIGN_KEY:
        return True
    return kind is Broken.TRIGGER and referred_to(conn, table, row_id)


def referred_to(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    """Whether a row refers to row `row_id` of `table` through a one-column foreign key that
    forbids deleting it (RESTRICT or NO ACTION); the schema is read, not assumed."""
    children = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for child in children:
        keys: dict[int, list[tuple[str, str, str | None, str]]] = {}
        for key, _seq, parent, column, target, _upd, on_delete, _match in conn.execute(
            f'PRAGMA foreign_key_list("{child}")'
        ).fetchall():
            keys.setdefault(key, []).append((parent, column, target, on_delete))
        for parts in keys.values():
            if len(parts) != 1:
                continue
            parent, column, target, on_delete = parts[0]
            if parent.lower() != table.lower() or on_delete not in ("RESTRICT", "NO ACTION"):
                continue
            held = conn.execute(
                f'SELECT 1 FROM "{child}" WHERE "{column}" ='
                f' (SELECT "{target or "rowid"}" FROM "{table}" WHERE rowid = ?) LIMIT 1',
                (row_id,),
            ).fetchone()
            if held is not None:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Taken:
    """A unique key of a table already held: its columns and the row holding it."""

    columns: tuple[str, ...]
    row_id: int


def taken(
    conn: sqlite3.Connection,
    table: str,
    values: Mapping[str, object],
    *,
    exclude_id: int | None = None,
) -> Taken | None:
    """The first unique index of `table` whose columns hold `values` in a row other than
    `exclude_id`; None when no key is taken. Indexes over a column not in `values`, over an
    expression, or with a NULL value (NULLs never collide) are passed over; a partial index is
    taken by its columns (its WHERE is not read)."""
    for _seq, index, unique, _origin, _partial in conn.execute(
        f'PRAGMA index_list("{table}")'
    ).fetchall():
        if not unique:
            continue
        columns = tuple(row[2] for row in conn.execute(f'PRAGMA index_info("{index}")'))
        if not columns or any(c is None or values.get(c) is None for c in columns):
            continue
        where = " AND ".join(f'"{c}" = ?' for c in columns)
        args = [values[c] for c in columns]
        if exclude_id is not None:
            where += " AND id <> ?"
            args.append(exclude_id)
        row = conn.execute(f'SELECT id FROM "{table}" WHERE {where} LIMIT 1', args).fetchone()
        if row is not None:
            return Taken(columns, int(row[0]))
    return None


def integrity(exc: sqlite3.Error) -> ConflictError:
    """The refusal for a broken rule the caller has no sentence for; SQLite's own text is kept
    for the log and the command line, the kind of rule goes in the parameters."""
    return ConflictError(
        "integrity", f"Dữ liệu không hợp lệ: {exc}", {"constraint": broken(exc).value}
    )
