"""The list of backups kept beside them (manifest.json) and the rotation of automatic ones.

The manifest is plain JSON, rewritten whole under a temporary name and renamed, so a crash
leaves the old list or the new one. Files are the truth: a record whose file is gone is dropped
when read (except records of backups taken to another folder, kept to know when data last left
the PC), and a backup file not in the manifest is still listed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.backups import BackupKind, BackupRecord

MANIFEST = "manifest.json"
BACKUP_SUFFIX = ".db"
TEMP_SUFFIX = ".tmp"
# Rotation of automatic backups: the newest of each of the last N days, weeks, months.
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file under a temporary name, fsync it, rename it over `path`, fsync the folder."""
    temp = path.with_name(path.name + TEMP_SUFFIX)
    with temp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, path)
    fsync_folder(path.parent)


def read_manifest(folder: Path) -> list[BackupRecord]:
    """Records of the manifest in `folder` (empty when missing or unreadable)."""
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        items = raw["backups"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    out: list[BackupRecord] = []
    for item in items if isinstance(items, list) else []:
        try:
            fields = dict(item)
            created = datetime.fromisoformat(fields.pop("created"))
            kind = BackupKind(fields.pop("kind"))
            out.append(BackupRecord(created=created, kind=kind, **fields))
        except (TypeError, ValueError, KeyError):
            continue
    return out


def _as_json(record: BackupRecord) -> dict[str, Any]:
    return asdict(record) | {
        "created": record.created.isoformat(timespec="seconds"),
        "kind": record.kind.value,
    }


def write_manifest(folder: Path, records: Iterable[BackupRecord]) -> None:
    """Replace the manifest in `folder` atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"version": 1, "backups": [_as_json(r) for r in records]}
    write_atomic(folder / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1).encode())


def add_record(folder: Path, record: BackupRecord) -> None:
    """Append one record to the manifest of `folder`."""
    records = [r for r in read_manifest(folder) if r.file != record.file]
    records.append(record)
    write_manifest(folder, records)


def _within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def known_backups(folder: Path) -> list[BackupRecord]:
    """Backups of `folder`, newest first: manifest records whose file exists, plus unlisted
    `*.db` files (kind "unknown", time from the file)."""
    records = [r for r in read_manifest(folder) if r.path.exists()]
    listed = {r.path.resolve() for r in records}
    if folder.is_dir():
        for p in folder.glob("*" + BACKUP_SUFFIX):
            if p.resolve() in listed or not p.is_file():
                continue
            st = p.stat()
            created = datetime.fromtimestamp(st.st_mtime).replace(microsecond=0)
            records.append(
                BackupRecord(str(p.resolve()), created, BackupKind.UNKNOWN, st.st_size, "")
            )
    order = {r.file: i for i, r in enumerate(records)}
    records.sort(key=lambda r: (r.created, order[r.file]), reverse=True)
    return records


def offsite_records(folder: Path, data_folder: Path) -> list[BackupRecord]:
    """Manifest records of backups written outside the data folder (file present or not)."""
    return [r for r in read_manifest(folder) if not _within(r.path, data_folder)]


def _buckets(records: list[BackupRecord]) -> set[str]:
    keep: set[str] = set()
    keys = (
        (KEEP_DAYS, lambda d: d.date().isoformat()),
        (KEEP_WEEKS, lambda d: "{}-W{:02d}".format(*d.isocalendar()[:2])),
        (KEEP_MONTHS, lambda d: d.strftime("%Y-%m")),
    )
    for limit, key in keys:
        seen: set[str] = set()
        for r in records:  # newest first
            k = key(r.created)
            if k in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(k)
            keep.add(r.file)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete automatic backups of `folder` beyond 7 daily, 4 weekly, 12 monthly; return them.

    Manual and safety (pre-migration, pre-restore) backups are never deleted here, nor files
    outside `folder`.
    """
    records = read_manifest(folder)
    # Newest first; within one second the record written later (later in the list) is newer.
    order = {r.file: i for i, r in enumerate(records)}
    auto = sorted(
        (r for r in records if r.kind.automatic and _within(r.path, folder)),
        key=lambda r: (r.created, order[r.file]),
        reverse=True,
    )
    keep = _buckets(auto)
    removed = [r for r in auto if r.file not in keep]
    if not removed:
        return []
    gone = {r.file for r in removed}
    write_manifest(folder, [r for r in records if r.file not in gone])
    for r in removed:
        r.path.unlink(missing_ok=True)
    return [r.path for r in removed]


def _writer_gone(name: str) -> bool:
    """True when the process that wrote a temporary `<name>.<pid>.tmp` is known to be gone
    (POSIX only: elsewhere the age decides)."""
    if os.name != "posix":
        return False
    for part in reversed(name.split(".")):
        if part.isdigit():
            pid = int(part)
            break
    else:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def clean_temporaries(folder: Path, *, older_than_s: float = 600.0) -> list[Path]:
    """Remove half-written backups (and their journals) left by an interrupted run: those of a
    process that is gone, and any older than `older_than_s`. Only our own temporary names:
    another process may be writing one now. Returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    limit = datetime.now().timestamp() - older_than_s
    for p in folder.glob("*" + BACKUP_SUFFIX + "*" + TEMP_SUFFIX + "*"):
        try:
            if p.is_file() and (
                _writer_gone(p.name.removesuffix("-journal").removesuffix(TEMP_SUFFIX))
                or p.stat().st_mtime < limit
            ):
                p.unlink(missing_ok=True)
                removed.append(p)
        except OSError:
            continue
    return removed
