"""A full disk during a schema upgrade: rolled back, a message, exit 2 (issue 21)."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence.db import APPLICATION_ID, raw_connect
from desktop.persistence.migrate import upgrade_to_head
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import units as units_repo
from tests.reliability.helpers import integrity

ROOT = Path(__file__).resolve().parents[2]


def _old_file(path: Path, people: int) -> None:
    """A file at revision 0006 (before the audit log) with `people` people: its upgrade writes
    a snapshot event of every record."""
    conn = raw_connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.close()
    upgrade_to_head(path, "0006_reports")
    conn = raw_connect(path)
    conn.execute("BEGIN")
    unit_id = units_repo.insert(conn, UnitInput(name="Phòng Cũ").validated())
    people_repo.insert_many(
        conn,
        [
            PersonInput(full_name=f"Nguyễn Văn Số{i}", unit_id=unit_id).validated()
            for i in range(people)
        ],
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX only")
def test_a_full_disk_during_the_upgrade_rolls_back_says_so_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_file(path, 3000)
    size = path.stat().st_size
    limit = size + 64 * 1024  # room for the pre-upgrade backup, not for the snapshots

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "history", "--limit", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=limited,
        env={**os.environ, "PYTHONPATH": str(ROOT), "THIDUA_DATA_DIR": str(tmp_path / "data")},
        timeout=300,
    )
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert "ổ đĩa đầy" in proc.stderr and "phiên bản cũ" in proc.stderr
    # rolled back before exiting: no hot journal, still at the old revision, sound
    assert not Path(str(path) + "-journal").exists()
    assert integrity(path) == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006_reports"
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3000
    conn.close()
