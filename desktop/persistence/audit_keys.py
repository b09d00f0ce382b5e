"""The audit log's anchor (its latest head, kept outside the file in two places) and the legacy
HMAC key of this PC.

The anchor `(count, hash)` is written after each commit beside the file (`<db>.auditanchor`)
and in the user's data folder (`audit-anchors/`, named after the file's path and its log's
first event), so that deleting the file beside it does not make an old copy pass. A log with
events and no anchor at all is reported as "freshness not verifiable", never as a clean pass.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from pathlib import Path

ANCHORS_FOLDER = "audit-anchors"


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def key_path(db_path: Path) -> Path:
    """This PC's HMAC key of the scheme before signatures (read only now, never made)."""
    from desktop.paths import data_dir

    return data_dir() / "audit.key"


def load_key(db_path: Path, *, create: bool = False) -> bytes | None:
    """This PC's legacy HMAC key, or None; a key is never made any more (`create` is ignored)."""
    try:
        return bytes.fromhex(key_path(db_path).read_text().strip())
    except (OSError, ValueError):
        return None


def anchor_path(db_path: Path) -> Path:
    """The anchor file beside the database."""
    return Path(db_path).with_name(Path(db_path).name + ".auditanchor")


def log_identity(db_path: Path) -> str:
    """Hash of the file's first event ("" when it has none): names its log wherever it lies."""
    try:
        conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_event'").fetchone():
            return ""
        row = conn.execute("SELECT hash FROM audit_event WHERE id = 1").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


def home_anchor_path(db_path: Path, identity: str | None = None) -> Path | None:
    """The anchor copy in the user's data folder (None when the log has no event yet)."""
    from desktop.paths import data_dir

    ident = log_identity(db_path) if identity is None else identity
    if not ident:
        return None
    name = hashlib.sha256(
        (str(Path(db_path).resolve()) + "\n" + ident).encode("utf-8")
    ).hexdigest()[:40]
    folder = data_dir() / ANCHORS_FOLDER
    return folder / f"{name}.json"


def _read(path: Path | None) -> list[tuple[int, str]]:
    if path is None:
        return []
    try:
        data = json.loads(path.read_text())
        heads = [(int(data["count"]), str(data["hash"]))]
        heads += [(int(c), str(h)) for c, h in data.get("also", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return heads


def anchor_places(db_path: Path) -> list[list[tuple[int, str]]]:
    """The anchored heads of each place that has one (beside the file, the data folder); in
    each, the head first, then those accepted during a restore."""
    return [h for h in (_read(anchor_path(db_path)), _read(home_anchor_path(db_path))) if h]


def read_anchors(db_path: Path) -> list[tuple[int, str]]:
    """Every anchored (count, hash) of both places, the newest head first."""
    places = anchor_places(db_path)
    out = [p[0] for p in places]
    out.sort(key=lambda h: -h[0])
    for p in places:
        out += [h for h in p[1:] if h not in out]
    return out


def read_anchor(db_path: Path) -> tuple[int, str] | None:
    """The newest anchored (count, hash), or None when there is none."""
    heads = read_anchors(db_path)
    return heads[0] if heads else None


def _write_one(path: Path, data: dict[str, object], head: tuple[int, str], force: bool) -> None:
    current = _read(path)
    if current and current[0][0] >= head[0] and not force:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    # No fsync: after a power cut a lagging or empty anchor is tolerated (verify only flags an
    # anchor AHEAD of the log), and each save is spared a second disk flush.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(json.dumps(data))
    os.replace(tmp, path)


def write_anchor(
    db_path: Path,
    head: tuple[int, str],
    *,
    force: bool = False,
    also: Iterable[tuple[int, str]] = (),
    identity: str | None = None,
) -> None:
    """Anchor (count, hash) in both places; an older head never replaces a newer one unless
    forced. `also`: other heads accepted as well (the backup being restored, while it is
    written)."""
    data = {"count": head[0], "hash": head[1], "at": _now(), "also": [list(h) for h in also]}
    _write_one(anchor_path(db_path), data, head, force)
    home = home_anchor_path(db_path, identity)
    if home is not None:
        with suppress(OSError):
            _write_one(home, data, head, force)


def drop_anchors(db_path: Path) -> None:
    """Remove both anchors of a file (its log was replaced by one without events)."""
    anchor_path(db_path).unlink(missing_ok=True)


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
            keep = file_head(db_path) if Path(db_path).exists() else (0, "")
        except sqlite3.Error:  # the current file is damaged: nothing of it to keep
            keep = (0, "")
    also = [file_head(backup)]
    # The file's own head too: an anchor may lead it (a restore killed between the two anchor
    # writes leaves one place ahead), and a kill before the copy leaves this content in place.
    with suppress(sqlite3.Error, OSError):
        own = file_head(db_path) if Path(db_path).exists() else (0, "")
        if own[0] and own != keep and own not in also:
            also.append(own)
    write_anchor(db_path, keep, force=True, also=also)
    # The data-folder copy is named after the log: the backup's log may be another one.
    ident = log_identity(backup)
    if ident and ident != log_identity(db_path):
        home = home_anchor_path(db_path, ident)
        if home is not None:
            with suppress(OSError):
                data = {"count": also[0][0], "hash": also[0][1], "at": _now(), "also": []}
                _write_one(home, data, also[0], True)


def reanchor(db_path: Path) -> None:
    """Anchor the file's own head (after a restore or an adoption), in both places."""
    head = file_head(db_path)
    if head[0]:
        write_anchor(db_path, head, force=True)
    else:
        drop_anchors(db_path)
