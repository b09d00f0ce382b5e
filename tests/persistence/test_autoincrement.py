"""Ids are never given out twice (migration 0023_autoincrement): the schema, the upgrade of a
saved revision-22 file (every row, index and trigger kept, the log verifies) and the bin entries
of a file that had given binned ids out again (they come back under fresh ids, links followed)."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import zlib
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence import open_database
from desktop.persistence.audit_verify import PROBLEM
from desktop.services import audit, backups, demo, people, proposals, recycle_bin, units
from desktop.services.session import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
LOG = ("audit_event", "audit_pending", "audit_seal", "sqlite_sequence", "alembic_version")


def _uuid_tables(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        name: sql
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        if "uuid" in {c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')}
    }


def _rows(path: Path, skip: tuple[str, ...] = LOG) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(path)) as c:
        names = [
            n
            for (n,) in c.execute("SELECT name FROM sqlite_schema WHERE type='table'")
            if n not in skip and not n.startswith("person_fts")
        ]
        out = {n: c.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
        out["person_fts"] = c.execute("SELECT rowid, * FROM person_fts ORDER BY rowid").fetchall()
    return out


def _objects(path: Path) -> set[tuple[str, str, str]]:
    """Every index and trigger: (type, name, table)."""
    with closing(sqlite3.connect(path)) as c:
        return set(
            c.execute(
                "SELECT type, name, tbl_name FROM sqlite_schema WHERE type IN ('index', 'trigger')"
            ).fetchall()
        )


def _triggers(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as c:
        return dict(c.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"))


def _downgrade_to_22(path: Path) -> None:
    from alembic import command

    from desktop.persistence.migrate import alembic_config, make_engine

    engine = make_engine(path)
    with engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0022_received_files")
        conn.exec_driver_sql("PRAGMA user_version=22")
    engine.dispose()


def test_every_data_table_hands_out_each_id_once(db_path: Path) -> None:
    from desktop.persistence.tables import metadata

    with closing(sqlite3.connect(db_path)) as c:
        tables = _uuid_tables(c)
    assert len(tables) > 60
    plain = [name for name, sql in tables.items() if "PRIMARY KEY AUTOINCREMENT" not in sql]
    assert plain == []
    for table in metadata.tables.values():
        if "uuid" in table.c:
            ddl = str(CreateTable(table).compile(dialect=sqlite_dialect.dialect()))
            assert "PRIMARY KEY AUTOINCREMENT" in ddl, table.name


def test_a_saved_r22_file_keeps_every_row_index_trigger_and_its_log(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(gzip.decompress((DATA / "office-r22.db.gz").read_bytes()))
    rows, objects, triggers = _rows(path), _objects(path), _triggers(path)
    db = open_database(path)
    with db.write():  # seals the pending snapshots of the file's migrations
        pass
    db.close()
    assert _rows(path) == rows
    assert _objects(path) == objects
    assert _triggers(path) == triggers
    with closing(sqlite3.connect(path)) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 23
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert all("AUTOINCREMENT" in sql for sql in _uuid_tables(c).values())
    assert [f.code for f in audit.verify_path(path) if f.level == PROBLEM] == []


def _copy_row(conn: sqlite3.Connection, table: str, source_id: int, **values: Any) -> int:
    """A new row like `source_id` with `values` changed and a fresh uuid (id left to SQLite)."""
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (source_id,))
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    del row["id"]
    row.update(uuid=f"00000000-0000-4000-8000-{source_id:012d}", **values)
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    new = conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
    assert new.lastrowid is not None
    return new.lastrowid


def _name_outside_records(
    conn: sqlite3.Connection, kind: str, record_id: int, refs: list[tuple[str, int]]
) -> None:
    """Write into the entry the `refs` (outside records by uuid) versions before 0023 wrote."""
    entry_id, payload = conn.execute(
        "SELECT id, payload FROM recycle_bin WHERE kind = ? AND record_id = ?", (kind, record_id)
    ).fetchone()
    body = json.loads(zlib.decompress(payload))
    uuids = {  # the records named are binned too
        (t, r[0]): r[cols.index("uuid")]
        for (other,) in conn.execute("SELECT payload FROM recycle_bin")
        for t, cols, rows in json.loads(zlib.decompress(other))["tables"]
        for r in rows
    }
    body["refs"] = [[t, i, uuids[(t, i)]] for t, i in refs]
    new = zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"))
    conn.execute(
        "UPDATE recycle_bin SET payload = ?, payload_sha256 = ? WHERE id = ?",
        (new, hashlib.sha256(new).hexdigest(), entry_id),
    )


def test_binned_rows_whose_ids_went_again_come_back_under_fresh_ids(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    demo.fill(ws, people=30, seed=2)
    unit = units.save(ws, UnitInput(name="Phòng Thử nghiệm"))
    pid = people.save(ws, PersonInput(full_name="Nguyễn Văn Thử", unit_id=unit))
    draft = next(b.id for b in proposals.list_batches(ws) if b.state == "du_thao")
    nominees = sorted((n.name, n.data.person_id) for n in proposals.nominees(ws, draft))
    proposals.delete_batch(ws, draft)
    people.delete(ws, pid)
    units.delete(ws, unit)
    ws.close()
    _downgrade_to_22(db_path)
    with closing(sqlite3.connect(db_path)) as c:
        assert not any("AUTOINCREMENT" in sql for sql in _uuid_tables(c).values())
    before = _rows(db_path, LOG + ("recycle_bin",))
    # an older version hands the highest free ids out again
    with closing(sqlite3.connect(db_path)) as c, c:
        c.execute("PRAGMA foreign_keys=ON")
        _name_outside_records(c, "person", pid, [("unit", unit)])
        other_unit = _copy_row(c, "unit", unit - 1, name="Phòng Khác hẳn")
        other = _copy_row(
            c, "person", pid - 1, unit_id=other_unit, full_name="Trần Thị Khác", cccd=None
        )
    assert (other_unit, other) == (unit, pid)

    ws = Workspace.open(db_path)  # upgraded here
    try:
        after = _rows(db_path, LOG + ("recycle_bin",))
        assert {t: r for t, r in after.items() if t not in ("unit", "person", "person_fts")} == {
            t: r for t, r in before.items() if t not in ("unit", "person", "person_fts")
        }
        assert [r for r in after["unit"] if r[0] != unit] == before["unit"]
        assert [r for r in after["person"] if r[0] != pid] == before["person"]
        unit_entry, person_entry, batch_entry = recycle_bin.entries(ws)  # newest first
        assert [e.kind.value for e in (unit_entry, person_entry, batch_entry)] == [
            "unit", "person", "batch"
        ]  # fmt: skip
        assert batch_entry.record_id == draft  # its id was not taken: kept
        assert unit_entry.record_id > unit and person_entry.record_id > pid
        # the binned unit and person come back under their fresh ids, the person in its unit
        assert recycle_bin.restore(ws, unit_entry.id).record_id == unit_entry.record_id
        assert recycle_bin.restore(ws, person_entry.id).record_id == person_entry.record_id
        back = people.get(ws, person_entry.record_id).data
        assert (back.full_name, back.unit_id) == ("Nguyễn Văn Thử", unit_entry.record_id)
        assert units.get(ws, unit_entry.record_id).name == "Phòng Thử nghiệm"
        assert people.get(ws, pid).data.unit_id == unit
        assert units.get(ws, unit).name == "Phòng Khác hẳn"
        # the batch under its own id, its nominees pointing at the same people
        recycle_bin.restore(ws, batch_entry.id)
        assert sorted((n.name, n.data.person_id) for n in proposals.nominees(ws, draft)) == nominees
        # a new person takes none of the ids
        newest = people.save(ws, PersonInput(full_name="Lê Văn Mới", unit_id=unit))
        assert newest > person_entry.record_id
        # the log verifies; what it reports is this test's own edits made outside the program
        assert [f.code for f in audit.verify(ws)] == ["outside_unacknowledged"]
        [outside] = backups.check(ws)
        assert "3 thay đổi được thực hiện bằng công cụ khác" in outside
    finally:
        ws.close()
