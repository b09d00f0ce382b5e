"""Reads are snapshots, SQLite errors are sorted by their result codes (issue 16)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.units import UnitInput
from desktop.persistence.db import coded_error, translate_error
from desktop.services import units
from desktop.services.session import Workspace


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM unit").fetchone()[0])


def test_a_read_block_sees_one_state_of_the_file(ws: Workspace) -> None:
    units.save(ws, UnitInput(name="Phòng Tổ chức"))
    other = sqlite3.connect(ws.path, isolation_level=None, timeout=0)
    with ws.db.read() as conn:
        first = _count(conn)
        # WHEN another process tries to save in the middle of the read
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM unit")
        with pytest.raises(sqlite3.OperationalError) as err:
            other.execute("COMMIT")
        # THEN it waits for the read to end (rollback journal: the read holds its lock) and
        # the read's second query sees what the first saw
        assert translate_error(err.value, ws.path).code == "locked"
        assert _count(conn) == first
        with ws.db.read() as inner:  # a nested read joins the snapshot
            assert inner is conn and conn.in_transaction
    assert not conn.in_transaction
    other.execute("ROLLBACK")
    other.close()
    assert len(units.list_units(ws)) == 1


def test_a_write_inside_a_read_is_a_programming_error(ws: Workspace) -> None:
    with ws.db.read(), pytest.raises(RuntimeError), ws.db.write():
        pass
    units.save(ws, UnitInput(name="Phòng Tổ chức"))  # the connection is usable afterwards
    assert len(units.list_units(ws)) == 1


def _real(sql: str, path: Path, **kw: object) -> sqlite3.Error:
    conn = sqlite3.connect(path, isolation_level=None, **kw)  # type: ignore[arg-type]
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("no error")


def test_errors_are_sorted_by_their_code_not_their_words(ws: Workspace, tmp_path: Path) -> None:
    path = ws.path
    ws.close()
    # a table whose name holds the words the old sorting looked for: an ordinary error
    for name in ("full_list", "locked_items", "readonly_notes", "corrupt_rows"):
        assert translate_error(_real(f"SELECT * FROM {name}", path), path).code == "sqlite"
    # a real read-only connection refusing a write
    ro = f"file:{path.resolve().as_posix()}?mode=ro"
    exc = _real("DELETE FROM unit", Path(ro), uri=True)
    assert translate_error(exc, path).code == "read_only"
    # a file that is not a database
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert translate_error(_real("SELECT 1 FROM sqlite_schema", junk), junk).code == "damaged"
    # another writer holding the file
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    exc = _real("SELECT 1 FROM unit", path, timeout=0)
    holder.close()
    assert translate_error(exc, path).code == "locked"
    # the program's own errors carry a code as SQLite's do
    own = coded_error(sqlite3.OperationalError, sqlite3.SQLITE_IOERR, "disk I/O error")
    assert translate_error(own, path).code == "disk_full"
