"""One running copy per database file: a QLockFile named after the file's identity (see
services/instance_lock.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop.services.instance_lock import lock_path_for as lock_path_for


class InstanceLock:
    """Held while the program has `database` open; a second copy cannot take it.

    A lock left by a crashed copy (its process is gone) is recognised as stale and taken over.
    """

    def __init__(self, database: Path, lock_dir: Path | None = None) -> None:
        self.path = lock_path_for(database, lock_dir)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.path))
        # Never treat a live holder's lock as stale because of its age: the program stays open
        # for hours. A dead holder is still detected by its process id.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False when another running copy holds it."""
        if self._lock.tryLock(0):
            return True
        # The holder may be dead (crash, power cut): Qt checks its process and cleans up.
        return (
            self._lock.error() == QLockFile.LockError.LockFailedError
            and self._lock.removeStaleLockFile()
            and self._lock.tryLock(0)
        )

    def holder_pid(self) -> int | None:
        """Process id of the copy holding the lock, when known."""
        info = self._lock.getLockInfo()  # (pid, host name, app name), or a false value
        if isinstance(info, tuple) and info and info[0]:
            return int(info[0])
        return None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
