"""0008_recycle_bin: the bin is audited without a second copy of its payload; a header whose
version is behind the file's revision is refused untouched (never "migrated")."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseError
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence import open_database
from desktop.services import audit, people, units
from desktop.services.session import Workspace


def test_bin_entries_are_audited_by_payload_digest(ws: Workspace) -> None:
    unit = units.save(ws, UnitInput(name="Văn phòng"))
    people.delete(ws, people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit)))
    [event] = audit.history(ws, table="recycle_bin")
    assert event.action == "insert"
    assert "payload" not in event.changes and len(event.changes["payload_sha256"][1]) == 64
    assert event.changes["label"][1] == "Lê Văn Bình (Văn phòng)"
    assert audit.verify(ws) == []


def test_header_version_behind_the_revision_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA user_version=0")
        conn.commit()
    before = (db_path.read_bytes(), db_path.stat().st_mtime_ns)
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "damaged" and "phiên bản" in info.value.message
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns) == before
    assert not (db_path.parent / "backups").exists()
