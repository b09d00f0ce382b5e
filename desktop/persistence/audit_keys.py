"""The audit log's key (per user and machine) and its anchor (latest head, outside the file)."""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from pathlib import Path


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def key_path(db_path: Path) -> Path:
    """The HMAC key file: one per user and machine, in the data folder (not in the database).

    Per machine rather than per file, so that a copy of the database made on this machine
    (a test set-up, a clerk's working copy) still verifies; a file brought from another
    machine shows as signed with another key.
    """
    from desktop.paths import data_dir

    return data_dir() / "audit.key"


def anchor_path(db_path: Path) -> Path:
    """The file holding the latest (count, hash) outside the database."""
    return Path(db_path).with_name(Path(db_path).name + ".auditanchor")


_keys: dict[str, bytes] = {}


def load_key(db_path: Path, *, create: bool = True) -> bytes | None:
    """The audit key of this database (made on first use, readable by its owner only)."""
    path = key_path(db_path)
    cached = _keys.get(str(path.resolve()))
    if cached is not None and path.exists():
        return cached
    if create and not path.exists():
        # Written whole under a temporary name, then linked in: a second process never reads
        # a half-written key, and an existing key is never replaced.
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system
            with suppress(FileExistsError):
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as f:
                    f.write(tmp.read_text())
        finally:
            tmp.unlink(missing_ok=True)
    try:
        key = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        return None
    _keys[str(path.resolve())] = key
    return key


def read_anchors(db_path: Path) -> list[tuple[int, str]]:
    """Every anchored (count, hash): the head first, then those accepted during a restore."""
    try:
        data = json.loads(anchor_path(db_path).read_text())
        heads = [(int(data["count"]), str(data["hash"]))]
        heads += [(int(c), str(h)) for c, h in data.get("also", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return heads


def read_anchor(db_path: Path) -> tuple[int, str] | None:
    """The anchored (count, hash), or None when there is none."""
    heads = read_anchors(db_path)
    return heads[0] if heads else None


def write_anchor(
    db_path: Path,
    head: tuple[int, str],
    *,
    force: bool = False,
    also: Iterable[tuple[int, str]] = (),
) -> None:
    """Anchor (count, hash) atomically; an older head never replaces a newer one unless forced.

    `also`: other heads accepted as well (the backup being restored, while it is written).
    """
    current = read_anchor(db_path)
    if current is not None and current[0] >= head[0] and not force:
        return
    path = anchor_path(db_path)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    # No fsync: after a power cut a lagging or empty anchor is tolerated (verify only flags an
    # anchor AHEAD of the log), and each save is spared a second disk flush.
    data = {"count": head[0], "hash": head[1], "at": _now(), "also": [list(h) for h in also]}
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)


def current_head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the newest event."""
    row = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def file_head(path: Path) -> tuple[int, str]:
    """(id, hash) of the newest event of a file, read only; (0, "") when it has none."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_event'").fetchone():
            return 0, ""
        return current_head(conn) or (0, "")
    finally:
        conn.close()


def prepare_restore(db_path: Path, backup: Path) -> None:
    """Before a restore: accept the backup's head as well, so that a crash mid-restore (old or
    new content) still verifies."""
    keep = read_anchor(db_path)
    if keep is None:
        try:
            keep = file_head(db_path)
        except sqlite3.Error:  # the current file is damaged: nothing of it to keep
            keep = (0, "")
    write_anchor(db_path, keep, force=True, also=[file_head(backup)])


def reanchor(db_path: Path) -> None:
    """Anchor the file's own head (after a restore replaced the data with a verified backup)."""
    head = file_head(db_path)
    if head[0]:
        write_anchor(db_path, head, force=True)
    else:
        anchor_path(db_path).unlink(missing_ok=True)
