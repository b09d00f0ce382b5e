"""A killed backup's temporary file is removed at the next start (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.session import Workspace


@pytest.mark.skipif(os.name != "posix", reason="the writer's process id is checked on POSIX")
def test_the_temporary_of_a_killed_backup_goes_at_the_next_start(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    left = folder / f"office-20261207-080000-daily.db.{pid}.tmp"
    left.write_bytes(db_path.read_bytes())  # database-sized, as a killed backup leaves it
    journal = Path(str(left) + "-journal")
    journal.write_bytes(b"x")
    busy = folder / f"office-20261207-080001-manual.db.{os.getpid()}.tmp"  # a writer still alive
    busy.write_bytes(b"being written")
    Workspace.open(db_path).close()
    assert not left.exists() and not journal.exists()
    assert busy.exists()
