"""Shared helpers of the reliability tests: fill a database through the services, dump it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence.repositories import people as people_repo
from desktop.services import units
from desktop.services.session import Workspace


def fill(ws: Workspace, n: int = 20, *, prefix: str = "Nguyễn Văn") -> int:
    """Add a unit (through the service) and `n` people in one transaction; return the unit id.

    One transaction because every commit costs an fsync; the tests that are about saving one
    by one call `people.save` themselves.
    """
    unit_id = units.save(ws, UnitInput(name=f"Phòng {prefix}"))
    rows = [PersonInput(full_name=f"{prefix} Số{i}", unit_id=unit_id).validated() for i in range(n)]
    with ws.db.write() as conn:
        people_repo.insert_many(conn, rows)
    return unit_id


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (sqlite internals excluded), sorted, read-only."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of a file (read-only)."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
