"""ids never given out twice: every data table's id becomes AUTOINCREMENT

Revision ID: 0023_autoincrement
Revises: 0022_received_files

Without AUTOINCREMENT SQLite hands the highest free id out again, so a record in the recycle
bin could find its id taken when restored. Each table with a `uuid` is rebuilt (the SQLite
way: new table, rows copied, old dropped, new renamed) with `id ... PRIMARY KEY AUTOINCREMENT`;
columns, rows, foreign keys, indexes and triggers (the audit ones, the search index's) are
kept as the file has them, so no digest changes and no snapshot is needed. Foreign keys are
off while migrating (`migrate.make_engine`) and checked after.

The bin is brought in line once: a binned row whose id was given out again before this
revision gets a fresh id (the rows of its entry that point at it follow), and a reference to a
record that came back under a fresh id, recorded by uuid in the entry (`refs`), is pointed at
that id; every table's sequence starts above the ids its binned rows hold. From then on a row
is restored under its own id. A changed entry is noted as a 'snapshot' event (its new
payload digest), pending for the opening to seal.

A later migration that recreates one of these tables keeps `AUTOINCREMENT` (the table classes
say `sqlite_autoincrement`).
"""

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Callable
from typing import Any

from alembic import op

revision = "0023_autoincrement"
down_revision = "0022_received_files"
branch_labels = None
depends_on = None

_TMP = "{}__rebuilt"
_PLAIN_ID = re.compile(r'^CREATE TABLE ("?)(\w+)\1 (\(\s*"?id"? INTEGER NOT NULL), ')
_TABLE_PK = re.compile(r', \s*CONSTRAINT "?(\w+)"? PRIMARY KEY \("?id"?\)')
_AUTO_ID = re.compile(
    r'^CREATE TABLE ("?)(\w+)\1 (\(\s*"?id"? INTEGER NOT NULL)'
    r' CONSTRAINT "?(\w+)"? PRIMARY KEY AUTOINCREMENT, '
)
# The bin's logged columns (as revision 0008 wrote its triggers): the payload stands by digest.
_BIN_LOGGED = (
    "id", "uuid", "kind", "record_id", "record_uuid", "label", "deleted_at", "deleted_by",
    "row_count", "payload_sha256",
)  # fmt: skip
_KIND_TABLE = {"batch": "proposal_batch"}


def _raw() -> sqlite3.Connection:
    """The sqlite3 connection under Alembic's (same transaction)."""
    conn = op.get_bind().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def _data_tables(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    """(name, CREATE sql, columns) of every ordinary table with a uuid and an integer id key."""
    out = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    ).fetchall():
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        keys = [c[1] for c in info if c[5]]
        if "uuid" in {c[1] for c in info} and keys == ["id"]:
            out.append((name, sql, [c[1] for c in info]))
    return out


def _rebuild(
    conn: sqlite3.Connection,
    table: str,
    new_sql: str,
    columns: list[str],
    before_triggers: Callable[[], object] = lambda: None,
) -> None:
    """Replace the table by one made with `new_sql` (named `table`): same rows, indexes and
    triggers (`before_triggers` runs while the table has none)."""
    kept = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL ORDER BY type, name",
            (table,),
        ).fetchall()
    ]
    tmp = _TMP.format(table)
    names = ", ".join(f'"{c}"' for c in columns)
    conn.execute(new_sql)
    conn.execute(f'INSERT INTO "{tmp}" ({names}) SELECT {names} FROM "{table}" ORDER BY id')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{tmp}" RENAME TO "{table}"')
    before_triggers()
    for sql in kept:
        conn.execute(sql)


def _autoincrement_sql(table: str, sql: str) -> str:
    """The table's CREATE statement under the temporary name, its id key AUTOINCREMENT."""
    head = _PLAIN_ID.match(sql)
    pk = _TABLE_PK.search(sql)
    if head is None or pk is None or head.group(2) != table:
        raise RuntimeError(f"0023: unexpected shape of table {table}: {sql[:120]!r}")
    rest = sql[head.end() : pk.start()] + sql[pk.end() :]
    return (
        f'CREATE TABLE "{_TMP.format(table)}" {head.group(3)}'
        f" CONSTRAINT {pk.group(1)} PRIMARY KEY AUTOINCREMENT, {rest}"
    )


def _plain_sql(table: str, sql: str) -> str:
    """The table's CREATE statement under the temporary name as before this revision."""
    head = _AUTO_ID.match(sql)
    if head is None or head.group(2) != table:
        raise RuntimeError(f"0023: unexpected shape of table {table}: {sql[:120]!r}")
    rest = sql[head.end() :].rstrip()
    return (
        f'CREATE TABLE "{_TMP.format(table)}" {head.group(3)}, {rest[:-1].rstrip()}, '
        f"\n\tCONSTRAINT {head.group(4)} PRIMARY KEY (id)\n)"
    )


def upgrade() -> None:
    conn = _raw()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
    tables = _data_tables(conn)
    names = {t for t, _, _ in tables}
    highest: dict[str, int] = {}
    for table, sql, columns in tables:
        fix = (lambda: highest.update(_fix_bin(conn, names))) if table == "recycle_bin" else None
        _rebuild(conn, table, _autoincrement_sql(table, sql), columns, fix or (lambda: None))
    for table, top in highest.items():
        conn.execute(
            "UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?", (top, table, top)
        )
        if (
            conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
            is None
        ):
            conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", (table, top))
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"0023: broken links after the rebuild: {problems[:5]}")


def downgrade() -> None:
    conn = _raw()
    for table, sql, columns in _data_tables(conn):
        if "AUTOINCREMENT" in sql:
            _rebuild(conn, table, _plain_sql(table, sql), columns)
    conn.execute("DELETE FROM sqlite_sequence")


# ---------------------------------------------------------------- the bin, once


def _foreign_keys(conn: sqlite3.Connection, tables: set[str]) -> list[tuple[str, str, str, str]]:
    """(child, column, parent, on delete) of every key that refers to a parent's id."""
    keys = []
    for child in sorted(tables):
        for r in conn.execute(f'PRAGMA foreign_key_list("{child}")').fetchall():
            if (r[4] or "id") == "id":
                keys.append((child, r[3], r[2], r[6].upper()))
    return keys


def _fix_bin(conn: sqlite3.Connection, tables: set[str]) -> dict[str, int]:
    """Give binned rows whose id is taken a fresh one, point references recorded by uuid at
    where their record is now; the highest id each table's binned rows hold. Runs while the
    bin has no triggers: a changed entry is noted as a 'snapshot' (the system's doing)."""
    keys = _foreign_keys(conn, tables)
    entries = conn.execute(
        "SELECT id, kind, record_id, payload FROM recycle_bin ORDER BY id"
    ).fetchall()
    bodies = {e[0]: json.loads(zlib.decompress(e[3]).decode("utf-8")) for e in entries}
    top: dict[str, int] = {}
    for body in bodies.values():
        for t, _cols, rows in body["tables"]:
            if t not in top:
                top[t] = int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0])
            top[t] = max(top[t], *(int(r[0]) for r in rows))
    held: dict[str, set[int]] = {}  # ids the entries seen so far keep
    binned: dict[str, int] = {}  # uuid of a binned row -> its id
    changed: dict[int, int] = {}  # entry -> its record's id
    for eid, kind, record_id, _ in entries:
        body = bodies[eid]
        moved: dict[str, dict[int, int]] = {}
        for t, cols, rows in body["tables"]:
            ids = [r[0] for r in rows]
            live = {
                r[0]
                for r in conn.execute(
                    f'SELECT id FROM "{t}" WHERE id IN (SELECT value FROM json_each(?))',
                    (json.dumps(ids),),
                )
            }
            taken = live | held.setdefault(t, set())
            for r in rows:
                if r[0] in taken:
                    top[t] += 1
                    moved.setdefault(t, {})[r[0]] = top[t]
                    r[0] = top[t]
                held[t].add(r[0])
                if "uuid" in cols:
                    binned[r[cols.index("uuid")]] = r[0]
        if moved:
            _point(body, keys, {p: dict(m) for p, m in moved.items()})
            for link in body["links"]:
                parent = next((k[2] for k in keys if k[:2] == (link[0], link[2])), None)
                link[3] = moved.get(parent or "", {}).get(link[3], link[3])
            table = _KIND_TABLE.get(kind, kind)
            changed[eid] = moved.get(table, {}).get(record_id, record_id)
    for eid, kind, record_id, _ in entries:
        body = bodies[eid]
        gone: dict[str, dict[int, int | None]] = {}
        for parent, old_id, uuid in body.get("refs", []):
            row = conn.execute(f'SELECT id FROM "{parent}" WHERE uuid = ?', (uuid,)).fetchone()
            now = int(row[0]) if row is not None else binned.get(uuid)
            if now != old_id:
                gone.setdefault(parent, {})[old_id] = now
        if gone:
            _point(body, keys, gone)
            changed.setdefault(eid, record_id)
    for eid, record in changed.items():
        payload = zlib.compress(json.dumps(bodies[eid], ensure_ascii=False).encode("utf-8"), 6)
        conn.execute(
            "UPDATE recycle_bin SET record_id = ?, payload = ?, payload_sha256 = ? WHERE id = ?",
            (record, payload, hashlib.sha256(payload).hexdigest(), eid),
        )
        image = "json_object(" + ", ".join(f"'{c}', \"{c}\"" for c in _BIN_LOGGED) + ")"
        conn.execute(
            "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
            f" SELECT 'recycle_bin', uuid, 'snapshot', NULL, {image} FROM recycle_bin"
            " WHERE id = ?",
            (eid,),
        )
    return top


def _point(body: dict[str, Any], keys: list[tuple[str, str, str, str]], to: dict) -> None:  # type: ignore[type-arg]
    """Within the entry's rows, references to `to`'s parents' old ids take the new ones."""
    for t, cols, rows in body["tables"]:
        for child, column, parent, _ in keys:
            if child == t and parent in to:
                at = cols.index(column)
                for r in rows:
                    r[at] = to[parent].get(r[at], r[at])
