"""Where the one-copy lock of a data file lives, and whether a running copy holds it.

The lock is named after the file's identity (device and inode, or the Windows file index),
not its path, so a hard link, another spelling or another data folder reaches the same lock;
it lives in one folder per user account (the system's temporary folder), not in the data
folder, which `THIDUA_DATA_DIR` can move. The window takes it with Qt's QLockFile
(ui/instance.py); the command line only reads it (`holder`), to refuse a restore under a
running window.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path

LOCKS_FOLDER = "thidua-locks"


def _identity(database: Path) -> str:
    try:
        st = Path(database).stat()
    except OSError:  # not there yet: the path names it until it exists
        return "path:" + os.path.normcase(str(Path(database).resolve()))
    return f"file:{st.st_dev}:{st.st_ino}"


def lock_path_for(database: Path, lock_dir: Path | None = None) -> Path:
    """The lock file guarding `database` (same file, same lock, however it is reached)."""
    data = _identity(database).encode("utf-8")
    # zlib is already loaded; hashlib would load OpenSSL (7 ms of start-up) for a file name.
    digest = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
    folder = lock_dir if lock_dir is not None else Path(tempfile.gettempdir()) / LOCKS_FOLDER
    return folder / f"thidua-{digest}.lock"


def _alive(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def holder(database: Path, lock_dir: Path | None = None) -> int | None:
    """Process id of a running copy of the program that has `database` open, or None."""
    try:
        first = lock_path_for(database, lock_dir).read_text(encoding="utf-8").splitlines()[0]
        pid = int(first.strip())
    except (OSError, ValueError, IndexError):
        return None
    return pid if pid != os.getpid() and _alive(pid) else None
