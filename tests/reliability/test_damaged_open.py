"""Damaged files on open: a DatabaseError with a message, never another exception, never a write."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseError
from desktop.persistence.db import SCHEMA_VERSION
from desktop.services import backups
from desktop.services.session import Workspace
from tests.reliability.helpers import fill

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


@pytest.fixture
def sample(db_path: Path) -> Path:
    """A database of a few dozen pages with people in it."""
    ws = Workspace.open(db_path)
    fill(ws, 400)
    ws.close()
    return db_path


def _open_untouched(path: Path) -> DatabaseError | None:
    """Open through the program; return the refusal (or None) after checking the file is
    byte-for-byte and time-for-time as it was."""
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    error: DatabaseError | None = None
    try:
        Workspace.open(path, create=False).close()
    except DatabaseError as exc:
        assert exc.message and str(path) in exc.message
        error = exc
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not Path(str(path) + "-journal").exists()
    return error


def _damaged(sample: Path, how: str) -> Path:
    data = bytearray(sample.read_bytes())
    if how == "empty":
        data = bytearray()
    elif how == "truncated_header":
        data = data[:60]
    elif how == "truncated_half":
        data = data[: len(data) // 2]
    elif how == "truncated_page":
        data = data[: len(data) - PAGE - 17]
    elif how == "zeroed_first_page":
        data[:PAGE] = bytes(PAGE)
    elif how == "zeroed_schema_tail":
        data[100:PAGE] = bytes(PAGE - 100)
    elif how.startswith("zeroed_page_"):
        n = int(how.rsplit("_", 1)[1])
        data[n * PAGE : (n + 1) * PAGE] = bytes(PAGE)
    elif how == "zeroed_last_page":
        data[-PAGE:] = bytes(PAGE)
    elif how == "wrong_header":
        data[:16] = b"SQLite format 2\x00"
    elif how == "page_size_garbage":
        data[16:18] = b"\x12\x34"
    elif how == "not_sqlite_text":
        data = bytearray("Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/1990\n".encode() * 50)
    elif how == "not_sqlite_zip":
        data = bytearray(b"PK\x03\x04" + os.urandom(5000))
    else:
        raise AssertionError(how)
    sample.write_bytes(bytes(data))
    return sample


CASES = [
    "empty",
    "truncated_header",
    "truncated_half",
    "truncated_page",
    "zeroed_first_page",
    "zeroed_schema_tail",
    "zeroed_page_2",
    "zeroed_page_5",
    "zeroed_last_page",
    "wrong_header",
    "page_size_garbage",
    "not_sqlite_text",
    "not_sqlite_zip",
]


@pytest.mark.parametrize("how", CASES)
def test_damaged_file_is_refused_with_a_message_and_left_alone(sample: Path, how: str) -> None:
    path = _damaged(sample, how)
    error = _open_untouched(path)
    assert error is not None, f"{how}: opened a damaged file"
    assert error.code in {"empty", "not_db", "damaged", "foreign"}, (how, error.code)
    # the check command agrees, and lists something
    assert backups.check_path(path)


def test_newer_version_is_refused_untouched(sample: Path) -> None:
    conn = sqlite3.connect(sample)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    error = _open_untouched(sample)
    assert error is not None and error.code == "newer"


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts(name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    error = _open_untouched(path)
    assert error is not None and error.code == "foreign"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        Workspace.open(tmp_path, create=False)


def test_random_bit_flips_in_header_and_body(sample: Path, tmp_path: Path) -> None:
    # Some flips are invisible to SQLite's checks (RELIABILITY_NOTES §1.5); what must hold for
    # every one: a refusal with a message or a clean open, no other exception, no write.
    rng = random.Random(20261123)
    pristine = sample.read_bytes()
    size = len(pristine)
    refused = 0
    for trial in range(120):
        data = bytearray(pristine)
        pos = rng.randrange(100) if trial < 60 else rng.randrange(size)
        data[pos] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip{trial}.db"
        path.write_bytes(bytes(data))
        if _open_untouched(path) is not None:
            refused += 1
    assert refused > 0


def _drop_file_override() -> None:
    """In the child before exec: drop the capabilities that let root ignore file modes
    (PR_CAPBSET_DROP of CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so root sees 0444 as read-only."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.skipif(sys.platform != "linux", reason="file modes as root: Linux capabilities")
def test_read_only_file_opens_for_reading_and_refuses_saves_with_a_message(
    sample: Path,
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="thidua-ro-"))
    try:
        os.chmod(folder, 0o755)
        path = folder / "office.db"
        shutil.copyfile(sample, path)
        os.chmod(path, 0o444)
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from desktop.domain.errors import DatabaseError\n"
            "from desktop.domain.units import UnitInput\n"
            "from desktop.services import backups, people, units\n"
            "from desktop.services.session import Workspace\n"
            "ws = Workspace.open(sys.argv[1], create=False)\n"
            "n = people.count(ws)\n"
            "rec = backups.backup_now(ws, out=Path(sys.argv[2]))\n"
            "try:\n"
            "    units.save(ws, UnitInput(name='Phòng Mới'))\n"
            "except DatabaseError as exc:\n"
            "    print(exc.code, n, exc.message)\n"
            "ws.close()\n"
        )
        as_root = os.geteuid() == 0
        proc = subprocess.run(
            [sys.executable, "-c", code, str(path), str(folder / "elsewhere.db")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            preexec_fn=_drop_file_override if as_root else None,
            env={**os.environ, "PYTHONPATH": str(ROOT), "THIDUA_DATA_DIR": str(folder)},
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert proc.stdout.startswith("read_only "), proc.stdout
        assert "chỉ cho phép đọc" in proc.stdout and "mở để xem" in proc.stdout
        assert path.read_bytes() == sample.read_bytes()
        assert (folder / "elsewhere.db").exists()  # backed up elsewhere
    finally:
        shutil.rmtree(folder, ignore_errors=True)
