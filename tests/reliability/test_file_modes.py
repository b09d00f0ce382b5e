"""On Linux the data file, its backups, the keys and the anchors are the user's alone (issue 21)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o022),  # a usual umask: files readable by everyone
        env={**os.environ, "PYTHONPATH": str(ROOT), "THIDUA_DATA_DIR": str(tmp_path / "data")},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX file modes")
def test_data_backups_keys_and_anchors_are_created_for_the_user_alone(tmp_path: Path) -> None:
    db = tmp_path / "office" / "thidua.db"
    _run(tmp_path, "--db", str(db), "demo", "--people", "5")  # creates the file, signs events
    _run(tmp_path, "--db", str(db), "backup")
    _run(tmp_path, "--db", str(db), "audit-key", "export", str(tmp_path / "key.json"))
    assert _mode(db) == 0o600
    backups = db.parent / "backups"
    assert _mode(backups) == 0o700
    assert [oct(_mode(p)) for p in backups.iterdir()] == [oct(0o600)] * len(list(backups.iterdir()))
    assert _mode(tmp_path / "key.json") == 0o600
    keys = tmp_path / "data" / "audit-keys"
    assert _mode(keys) == 0o700 and all(_mode(p) == 0o600 for p in keys.iterdir())
