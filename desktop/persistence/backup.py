"""Online backup, verification and restore of an office database.

Only SQLite's backup API copies data (a raw copy of a live file was corrupt in 52 of 60 trials,
RELIABILITY_NOTES.md §2). A backup is written under a temporary name, verified, fsynced and then
renamed, so a final name never holds a half-written file. A restore goes through the backup API
into the live file: SQLite writes it as one transaction with its rollback journal, so a crash
leaves the old content or the new one whole.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain import progress as steps
from desktop.domain.backups import BackupKind, BackupRecord
from desktop.domain.errors import DatabaseError
from desktop.persistence.audit_keys import current_head
from desktop.persistence.backup_manifest import (
    BACKUP_SUFFIX,
    TEMP_SUFFIX,
    add_record,
    clean_temporaries,
    fsync_folder,
)
from desktop.persistence.db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_READONLY_ROLLBACK,
    check_header,
    raw_connect,
    read_revision,
    schema_problem,
    translate_error,
)

BACKUPS_FOLDER = "backups"


@dataclass(frozen=True, slots=True)
class BackupFacts:
    """What verifying a backup file found."""

    path: Path
    schema_version: int
    counts: dict[str, int]
    size: int
    sha256: str
    audit_head: tuple[int, str] = (0, "")  # newest audit event of the file (number, hash)


def _audit_head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(number, hash) of the newest audit event; (0, "") for a file without a log."""
    if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name='audit_event'").fetchone():
        return 0, ""
    return current_head(conn) or (0, "")


def backups_folder(db_path: Path) -> Path:
    """The folder of automatic backups: `backups/` beside the database."""
    return Path(db_path).parent / BACKUPS_FOLDER


def read_only_connect(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the file."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables holding office data (no SQLite, Alembic or full-text internals)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ).fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        n
        for n, _ in rows
        if n != "alembic_version"
        and n not in virtual
        and not any(n.startswith(v + "_") for v in virtual)
    ]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row count of every data table."""
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in data_tables(conn)
    }


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_change_counter(path: Path) -> int:
    """The file change counter of the SQLite header (bumped by every committed write)."""
    with Path(path).open("rb") as f:
        head = f.read(28)
    return int.from_bytes(head[24:28], "big") if len(head) == 28 else -1


def _refuse(code: str, message: str, path: Path) -> DatabaseError:
    return DatabaseError(code, message, str(path))


def inspect_file(path: Path, *, full: bool = True) -> tuple[int, dict[str, int], list[str]]:
    """Check a database file without writing to it: (schema version, counts, problems).

    Raises DatabaseError for a file that is not ours or is from a newer version; damage found
    by the integrity and foreign-key checks is returned as problems.
    """
    path = Path(path)
    check_header(path)
    try:
        conn = read_only_connect(path)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    problems: list[str] = []
    # The integrity check of a large file takes seconds: the work's Cancel interrupts it.
    progress = steps.current()
    progress.report(0, 0, steps.VERIFY)
    conn.set_progress_handler(lambda: 1 if progress.cancelled else 0, 10_000)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise _refuse("foreign", f"Tệp {path} không phải tệp dữ liệu của Thi đua.", path)
        if version > SCHEMA_VERSION:
            raise _refuse(
                "newer",
                f"Tệp {path} do phiên bản Thi đua mới hơn tạo ra; hãy cập nhật chương trình.",
                path,
            )
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        for (line,) in conn.execute(f"PRAGMA {pragma}"):
            if line != "ok":
                problems.append(f"Kiểm tra toàn vẹn: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"Liên kết hỏng: bảng {table}, dòng {rowid} trỏ tới {parent}")
        # The same judgement as opening the file (persistence/db.py `schema_problem`).
        has_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
        problem = schema_problem(path, version, read_revision(conn), has_tables)
        if problem is not None and problem.code == "newer":
            raise problem
        if problem is not None:
            problems.append(problem.message)
        counts = table_counts(conn) if not problems else {}
    except sqlite3.Error as exc:
        progress.check()  # interrupted by a Cancel: Cancelled, not a damaged file
        if getattr(exc, "sqlite_errorcode", 0) == SQLITE_READONLY_ROLLBACK:
            raise _refuse(
                "unfinished",
                f"Tệp {path} còn một lần ghi dở dang (chương trình bị tắt đột ngột). Hãy mở tệp "
                "bằng chương trình để SQLite tự phục hồi, rồi kiểm tra lại.",
                path,
            ) from exc
        raise translate_error(exc, path) from exc
    finally:
        conn.close()
    return version, counts, problems


def verify_backup(path: Path, *, expect_counts: dict[str, int] | None = None) -> BackupFacts:
    """Verify a backup file; raise DatabaseError when it is not ours, damaged or newer."""
    path = Path(path)
    if not path.is_file():
        raise _refuse("missing", f"Không tìm thấy tệp sao lưu {path}.", path)
    version, counts, problems = inspect_file(path)
    if problems:
        raise _refuse(
            "damaged", f"Tệp sao lưu {path} bị hỏng: " + "; ".join(problems[:3]) + ".", path
        )
    if expect_counts is not None and counts != expect_counts:
        raise _refuse("counts", f"Bản sao lưu {path} không đủ dữ liệu (số dòng khác nguồn).", path)
    conn = read_only_connect(path)
    try:
        head = _audit_head(conn)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    finally:
        conn.close()
    return BackupFacts(path, version, counts, path.stat().st_size, file_sha256(path), head)


def _fsync_file(path: Path) -> None:
    with path.open("r+b") as f:
        os.fsync(f.fileno())


# Pages copied per step of the backup API (4 MB at 1 KB pages, 16 MB at 4 KB): between steps
# the progress is told and may cancel.
COPY_STEP_PAGES = 4096


def _copy_live(source: Path, temp: Path) -> tuple[int, dict[str, int], int, tuple[int, str]]:
    """Copy `source` into `temp` through the backup API inside one read transaction, so the
    counts and the audit head describe exactly the copied state. Returns (version, counts,
    change counter, audit head)."""
    src = raw_connect(source)
    try:
        src.execute("BEGIN")
        counts = table_counts(src)
        head = _audit_head(src)
        version = src.execute("PRAGMA user_version").fetchone()[0]
        counter = file_change_counter(source)
        dst = sqlite3.connect(str(temp), isolation_level=None)
        try:
            dst.execute("PRAGMA synchronous=FULL")
            tick = steps.current()
            tick.report(0, 0, steps.COPY)
            # In steps, so that the progress hears the pages copied and Cancel can stop it
            # (the caller removes the temporary copy); one read transaction all along.
            src.backup(
                dst,
                pages=COPY_STEP_PAGES,
                progress=lambda _status, left, total: tick.report(total - left, total),
            )
        finally:
            dst.close()
        src.execute("COMMIT")
    except sqlite3.Error as exc:
        raise translate_error(exc, source) from exc
    finally:
        src.close()
    return version, counts, counter, head


def write_backup(source: Path, target: Path, kind: BackupKind) -> BackupRecord:
    """Back up the database `source` into the file `target` (temporary name, verify, rename).

    Raises DatabaseError when the copy cannot be made or does not verify; `target` is then
    left as it was.
    """
    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_temporaries(target.parent)
    temp = target.with_name(f"{target.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # user only
        version, counts, counter, head = _copy_live(source, temp)
        steps.current().report(0, 0, steps.VERIFY)
        try:
            facts = verify_backup(temp, expect_counts=counts)
            if facts.audit_head != head:
                raise _refuse(
                    "counts", f"Bản sao lưu {temp} không khớp nhật ký thay đổi của nguồn.", temp
                )
        except DatabaseError as exc:
            if exc.code not in ("damaged", "counts"):
                raise  # not ours, newer: said as it is
            # The copy is page for page: a copy that fails its checks means the source does.
            raise _refuse(
                "source_damaged",
                f"Không sao lưu được {source}: dữ liệu không đạt kiểm tra ({exc.message}). "
                "Hãy khôi phục từ một bản sao lưu tốt.",
                source,
            ) from exc
        _fsync_file(temp)
        steps.current().check()  # the last moment a Cancel leaves no backup behind
        os.replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise _refuse(
            "backup_failed", f"Không ghi được bản sao lưu {target}: {exc.strerror or exc}.", target
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
        Path(str(temp) + "-journal").unlink(missing_ok=True)
    return BackupRecord(
        file=str(target.resolve()),
        created=datetime.now().replace(microsecond=0),
        kind=kind,
        size=facts.size,
        sha256=facts.sha256,
        counts=counts,
        schema_version=version,
        change_counter=counter,
        source=str(source.resolve()),
        audit_count=head[0],
        audit_hash=head[1],
    )


def backup_name(db_path: Path, kind: BackupKind, folder: Path, now: datetime | None = None) -> Path:
    """A free file name `<stem>-<yyyymmdd-hhmmss>-<kind>.db` in `folder`."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{Path(db_path).stem}-{stamp}-{kind}"
    candidate = folder / (base + BACKUP_SUFFIX)
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{BACKUP_SUFFIX}"
        n += 1
    return candidate


def make_backup(
    db_path: Path, kind: BackupKind, *, folder: Path | None = None, target: Path | None = None
) -> BackupRecord:
    """Back up `db_path` into `target`, or a new name in `folder` (default: its backups
    folder), record it in that folder's manifest and, for another folder, in the data
    folder's manifest too."""
    db_path = Path(db_path)
    home = backups_folder(db_path)
    if target is None:
        dest_folder = Path(folder) if folder is not None else home
        dest_folder.mkdir(parents=True, exist_ok=True)
        target = backup_name(db_path, kind, dest_folder)
    target = Path(target)
    if target.resolve() == db_path.resolve():
        raise _refuse("same_file", "Không thể sao lưu một tệp đè lên chính nó.", target)
    record = write_backup(db_path, target, kind)
    try:
        add_record(target.parent, record)
        if target.parent.resolve() != home.resolve():
            try:
                add_record(home, record)
            except OSError:
                if os.access(db_path.parent, os.W_OK):
                    raise  # else a read-only medium (a CD): the copy elsewhere is what counts
    except OSError as exc:
        raise _refuse(
            "manifest",
            f"Đã sao lưu vào {target} nhưng không ghi được danh sách sao lưu: {exc}.",
            target,
        ) from exc
    return record


def office_identity(path: Path) -> tuple[str, str]:
    """(uuid, name) of the office a data file belongs to; ("", "") when unknown."""
    try:
        conn = read_only_connect(path)
        try:
            row = conn.execute("SELECT uuid, name FROM office_info ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "", ""
    return (str(row[0]), str(row[1] or "")) if row else ("", "")


def restore_into(live: Path, backup: Path) -> BackupFacts:
    """Write a verified backup into the live database file through the backup API.

    The caller backs up the current data first. An older schema is migrated afterwards by
    `open_database`. Raises DatabaseError; on failure the live file keeps its old content.
    """
    live, backup = Path(live), Path(backup)
    facts = verify_backup(backup)
    src = read_only_connect(backup)
    try:
        dst = raw_connect(live)
        try:
            src.backup(dst)
            after = table_counts(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise translate_error(exc, live) from exc
    finally:
        src.close()
    if after != facts.counts:
        raise _refuse("restore_failed", f"Khôi phục vào {live} không đầy đủ.", live)
    if facts.schema_version < SCHEMA_VERSION:
        from desktop.persistence.db import open_database

        open_database(live).close()
    return facts


def replace_damaged(live: Path, backup: Path) -> Path | None:
    """Put a verified backup in place of a damaged database that cannot be opened.

    The backup is written beside the live file under a temporary name, verified, then renamed
    over it; the damaged file is kept (hard link) in the backups folder when the file system
    allows. Returns where the damaged file was kept.
    """
    live, backup = Path(live), Path(backup)
    verify_backup(backup)
    temp = live.with_name(f"{live.name}.{os.getpid()}.restore{TEMP_SUFFIX}")
    src = read_only_connect(backup)
    try:
        dst = sqlite3.connect(str(temp), isolation_level=None)
        try:
            src.backup(dst)
        finally:
            dst.close()
        facts = verify_backup(temp)
        steps.current().check()  # the last moment a Cancel leaves the damaged file in place
        _fsync_file(temp)
        kept: Path | None = None
        folder = backups_folder(live)
        folder.mkdir(parents=True, exist_ok=True)
        if live.exists():
            kept = folder / f"{live.stem}-{datetime.now():%Y%m%d-%H%M%S}.hong"
            try:
                os.link(live, kept)
            except OSError:
                kept = None
        for side in ("-journal", "-wal", "-shm"):
            stale = Path(str(live) + side)
            if stale.exists():
                # A journal of the damaged file must never be applied to the restored one.
                os.replace(stale, folder / (stale.name + ".hong"))
        os.replace(temp, live)
        fsync_folder(live.parent)
    except sqlite3.Error as exc:
        raise translate_error(exc, live) from exc
    finally:
        src.close()
        temp.unlink(missing_ok=True)
        Path(str(temp) + "-journal").unlink(missing_ok=True)
    if facts.schema_version < SCHEMA_VERSION:
        from desktop.persistence.db import open_database

        open_database(live).close()
    return kept
