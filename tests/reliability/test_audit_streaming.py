"""Sealing streams: a transaction of many changes is logged a chunk at a time, so the memory it
takes does not grow with the number of changes (a 90,000-row import peaked at 693 MB)."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence import audit as store
from desktop.persistence.repositories import people as people_repo
from desktop.services import audit, units
from desktop.services.session import Workspace


def _seal_peak(template: Path, folder: Path, n: int) -> tuple[int, Workspace]:
    """Traced peak (bytes) of sealing one transaction of `n` new people plus one update of the
    first of them (its insert and its update fall in different chunks)."""
    path = folder / f"seal{n}.db"
    shutil.copyfile(template, path)
    ws = Workspace.open(path)
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    rows = [
        PersonInput(full_name=f"Nguyễn Văn Số{i}", unit_id=unit_id, phone=f"09{i:08d}").validated()
        for i in range(n)
    ]
    with ws.db.write() as conn:
        people_repo.insert_many(conn, rows)
        conn.execute("UPDATE person SET phone = '0123' WHERE id = (SELECT min(id) FROM person)")
        del rows
        tracemalloc.start()
        try:
            head = store.seal(conn, ws.path, ws.db.actor)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert head is not None and head[0] == n + 2  # the unit, n inserts, one update
    return peak, ws


def test_sealing_many_changes_does_not_hold_them_all(template_db: Path, tmp_path: Path) -> None:
    small, ws_small = _seal_peak(template_db, tmp_path, 2 * store.SEAL_CHUNK)
    ws_small.close()
    big, ws = _seal_peak(template_db, tmp_path, 8 * store.SEAL_CHUNK)
    try:
        # THEN four times the changes take about the same memory (all at once: about 4x)
        assert big < 2 * small, (small, big)
        print(f"traced peak of sealing: {small} B, {big} B")
        # AND the log is whole: every change once, no "outside" event for the record changed
        # twice in the transaction, chain and signature verify
        with ws.db.read() as conn:
            actions = dict(
                conn.execute("SELECT action, count(*) FROM audit_event GROUP BY action").fetchall()
            )
        assert actions == {"insert": 8 * store.SEAL_CHUNK + 1, "update": 1}
        assert audit.verify(ws) == []
    finally:
        ws.close()
