"""The one-copy lock follows the file, not its path; the command line does not restore under a
running window (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import backups
from desktop.services.session import Workspace
from desktop.ui.instance import InstanceLock
from tests.reliability.helpers import digest, fill

ROOT = Path(__file__).resolve().parents[2]


def _hold(db: Path, data_dir: Path) -> subprocess.Popen[str]:
    """A running copy of the program (its lock) on `db`, with its own data folder."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from desktop.ui.instance import InstanceLock;"
            f"lock = InstanceLock(Path({str(db)!r}));"
            "print(lock.acquire(), flush=True); sys.stdin.readline()",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "THIDUA_DATA_DIR": str(data_dir)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "True"
    return proc


@pytest.mark.skipif(os.name != "posix", reason="hard links and inode numbers as on Linux")
def test_a_hard_link_or_another_data_folder_reaches_the_same_lock(
    db_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "elsewhere" / "same.db"
    link.parent.mkdir()
    os.link(db_path, link)
    holder = _hold(db_path, tmp_path / "data-one")
    try:
        assert InstanceLock(link).acquire() is False  # another path, another data folder
    finally:
        holder.communicate("\n", timeout=30)
    lock = InstanceLock(link)
    assert lock.acquire()
    lock.release()


def test_restore_from_the_command_line_is_refused_under_a_running_window(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 3)
    saved = backups.backup_now(ws, tmp_path / "usb").path
    fill(ws, 2, prefix="Trần Thị")
    ws.close()
    before = digest(db_path)
    holder = _hold(db_path, tmp_path / "data-window")
    try:
        assert main(["--db", str(db_path), "restore", str(saved)]) == 2
        assert "đang mở tệp" in capsys.readouterr().err
        assert digest(db_path) == before
    finally:
        holder.communicate("\n", timeout=30)
    assert main(["--db", str(db_path), "restore", str(saved)]) == 0
