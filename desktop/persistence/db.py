"""Open an office database safely: checks, pragmas, backup before migrating, migrate, refuse newer.

Reads and writes go through plain `sqlite3` connections (SQLAlchemy is loaded only to migrate):
loading 100,000 rows through the ORM costs 1.2 s against 80 ms raw (STACK_NOTES.md), and the
first screen must not pay for importing SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import DatabaseError
from desktop.persistence import audit

APPLICATION_ID = 0x54445541  # "TDUA": marks a file made by this program
# PRAGMA user_version mirrors the number of the Alembic head revision, so the usual start
# (an up-to-date file) does not import Alembic at all. A test keeps the two in step.
SCHEMA_VERSION = 23
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# What services are handed by `Database.read()` / `write()`, named here so they need not import
# sqlite3 (SQL stays in persistence) nor fall back to `Any`.
type Connection = sqlite3.Connection


log = logging.getLogger("thidua.db")


class GuiThreadWrite(RuntimeError):
    """A write transaction begun on the GUI thread by interface code (strict mode only)."""


class _GuiGuard:
    """Which thread is the GUI's, whose code must not write there, and how to react."""

    def __init__(self, thread: int, watched: str, strict: bool) -> None:
        self.thread = thread
        self.watched = watched
        self.strict = strict
        self.seen: dict[str, int] = {}  # call site -> writes seen (allowed or logged)


_gui_guard: _GuiGuard | None = None


def guard_gui_thread(
    thread: int | None,
    watched: str | os.PathLike[str] = "",
    *,
    strict: bool = False,
) -> None:
    """Name the GUI thread (a `threading.get_ident()`): a write transaction begun on it by code
    below the folder `watched` is logged with its call site, or raised as GuiThreadWrite when
    `strict`. None turns the guard off. The program logs (a GUI-thread write is correct, only
    slower; refusing it would lose the clerk's save); the tests are strict, and
    tests/architecture/test_one_writer.py proves from the source that the interface's writes run
    on the worker."""
    global _gui_guard
    if thread is None:
        _gui_guard = None
        return
    folder = os.path.normcase(os.path.abspath(watched)) + os.sep if watched else ""
    _gui_guard = _GuiGuard(thread, folder, strict)


def gui_writes_seen() -> dict[str, int]:
    """Call sites that wrote on the GUI thread since the guard was set (count per site)."""
    return dict(_gui_guard.seen) if _gui_guard is not None else {}


def _check_gui_write() -> None:
    guard = _gui_guard
    if guard is None or threading.get_ident() != guard.thread:
        return
    frame = sys._getframe(2)  # above write() and contextmanager's __enter__
    while frame is not None:
        name = os.path.normcase(frame.f_code.co_filename)
        if not guard.watched or name.startswith(guard.watched):
            break
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return  # not begun by interface code (a test's seeding, a script)
    relative = name[len(guard.watched) :].replace(os.sep, "/")
    site = f"{relative}:{frame.f_lineno} {frame.f_code.co_name}"
    guard.seen[site] = guard.seen.get(site, 0) + 1
    if guard.strict:
        raise GuiThreadWrite(f"write transaction on the GUI thread from {site}")
    log.warning("write transaction on the GUI thread from %s", site)


def _configure(conn: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    conn.execute("PRAGMA synchronous=FULL")


def raw_connect(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False
) -> sqlite3.Connection:
    """A configured connection in autocommit mode; transactions are begun explicitly."""
    target, uri = str(path), False
    if read_only:
        target, uri = Path(path).resolve().as_uri() + "?mode=ro", True
    conn = sqlite3.connect(
        target,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
        uri=uri,
    )
    _configure(conn, foreign_keys=foreign_keys)
    return conn


class Database:
    """An open office database. Each thread gets its own connection."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        # Set for a file this user cannot write: the message every save is refused with.
        self.read_only = "read only" if read_only else ""
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        # Blocks (read or write) running on each thread: close() waits for other threads' blocks
        # to end instead of closing a connection under a running query (a crash in SQLite).
        self._busy: dict[int, int] = {}
        self._idle = threading.Condition(self._guard)
        # Who writes: named in the audit log; the UI sets it after login (role "xem" reads only).
        self.actor: audit.Actor = audit.default_actor()
        # Set when a check after opening found damage: reading goes on, writing is refused.
        self.blocked = ""
        self._log_identity = ""  # hash of the log's first event (names its anchor copy)

    def block_writes(self, reason: str) -> None:
        """Refuse every write from now on (the file failed its checks), with this message."""
        self.blocked = reason

    def connection(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = raw_connect(self.path, read_only=bool(self.read_only))
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading; the block's queries run in one deferred transaction, so
        they all see the same state of the file (a snapshot). Inside a write, or a read,
        the block joins it."""
        conn = self.connection()
        if conn.in_transaction:
            yield conn
            return
        with self._in_use():
            try:
                conn.execute("BEGIN DEFERRED")
            except sqlite3.DatabaseError as exc:
                raise translate_error(exc, self.path) from exc
            self._local.reading = True
            try:
                yield conn
            except BaseException:
                _rollback(conn)
                raise
            finally:
                self._local.reading = False
            try:
                conn.commit()  # ends the read (nothing was written)
            except sqlite3.Error as exc:
                _rollback(conn)
                raise translate_error(exc, self.path) from exc

    @contextmanager
    def write(
        self,
        *,
        log_events: tuple[tuple[str, dict[str, object]], ...] = (),
        adopt: bool = False,
    ) -> Iterator[sqlite3.Connection]:
        """One write transaction, begun IMMEDIATE (no lost updates between two processes).

        Commits when the block ends, rolls back on any exception. `log_events` and `adopt`
        go to `audit.seal` (events about the log itself; an adoption of the file).
        """
        if self.read_only:
            raise DatabaseError("read_only", self.read_only, str(self.path))
        if self.blocked:
            raise DatabaseError("damaged", self.blocked, str(self.path))
        conn = self.connection()
        if getattr(self._local, "reading", False):
            # A write inside a read would join a transaction that seals nothing.
            raise RuntimeError("Database.write() inside a read() block")
        if conn.in_transaction:
            # Nested use joins the outer transaction.
            yield conn
            return
        _check_gui_write()
        with self._in_use():
            yield from self._write_block(conn, log_events, adopt)

    def _write_block(
        self,
        conn: sqlite3.Connection,
        log_events: tuple[tuple[str, dict[str, object]], ...],
        adopt: bool,
    ) -> Iterator[sqlite3.Connection]:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:  # busy, I/O error, or a page that reads badly
            raise translate_error(exc, self.path) from exc
        try:
            # Changes another tool left pending are recorded as theirs before ours begin.
            head = audit.seal_foreign(conn, self.path)
            yield conn
            # The audit events of this transaction, chained, committed with it (or not at all).
            _still_in_transaction(conn)
            head = (
                audit.seal(conn, self.path, self.actor, log_events=log_events, adopt=adopt) or head
            )
            _still_in_transaction(conn)
        except BaseException as exc:
            _rollback(conn)
            # A full disk or an I/O error inside the block becomes a message for the clerk;
            # anything else (a bug, a constraint) goes up as it is.
            if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.IntegrityError
            ):
                known = translate_error(exc, self.path)
                if known.code != "sqlite":
                    raise known from exc
            raise
        try:
            conn.commit()
        except sqlite3.Error as exc:
            _rollback(conn)
            raise translate_error(exc, self.path) from exc
        if head is not None:
            # Outside the database; a lagging anchor (crash right here) is tolerated by verify.
            with suppress(OSError, sqlite3.Error):
                if not self._log_identity:
                    row = conn.execute("SELECT hash FROM audit_event WHERE id = 1").fetchone()
                    self._log_identity = str(row[0]) if row else ""
                audit.write_anchor(self.path, head, identity=self._log_identity or None)

    @contextmanager
    def _in_use(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._guard:
            self._busy[me] = self._busy.get(me, 0) + 1
        try:
            yield
        finally:
            with self._guard:
                left = self._busy.pop(me) - 1
                if left:
                    self._busy[me] = left
                self._idle.notify_all()

    def close(self, *, wait_seconds: float = 30.0) -> None:
        """Close every connection of every thread, once the blocks other threads are running
        have ended (at most `wait_seconds`); a file that passed its checks gets a stamp so that
        the next start can skip the whole-file check if nothing touched it since."""
        me = threading.get_ident()
        with self._guard:
            self._idle.wait_for(lambda: not any(t != me for t in self._busy), timeout=wait_seconds)
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
        if not self.blocked and not self.read_only and self.path.exists():
            _write_stamp(self.path)


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _file_stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _write_stamp(path: Path) -> None:
    """Remember size and modification time of a file left whole by this program."""
    with contextlib.suppress(OSError):  # no stamp only means a full check next time
        _stamp_path(path).write_text(_file_stamp(path), encoding="ascii")


def _unchanged_since_clean_close(path: Path) -> bool:
    """True when the file is byte-for-byte where this program left it (same size and time)."""
    try:
        return _stamp_path(path).read_text(encoding="ascii") == _file_stamp(path)
    except (OSError, UnicodeDecodeError):
        return False


def _still_in_transaction(conn: sqlite3.Connection) -> None:
    """After an I/O error or a full disk SQLite may roll the whole transaction back by itself;
    had a statement's error been caught inside the block, the rest would autocommit one by
    one. Stop there with the I/O error (nothing more is written)."""
    if not conn.in_transaction:
        raise coded_error(
            sqlite3.OperationalError,
            sqlite3.SQLITE_IOERR,
            "disk I/O error: the transaction was rolled back",
        )


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back, keeping the original error if the rollback itself fails (e.g. disk gone)."""
    with suppress(sqlite3.Error):
        conn.rollback()


# SQLite's primary result codes (the low byte of an extended code) and what they mean here.
_ERROR_KINDS = {
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_IOERR: "disk_full",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "damaged",
}
_ERROR_MESSAGES = {
    "locked": "Tệp dữ liệu {path} đang bận (một chương trình khác đang ghi). "
    "Hãy thử lại sau ít phút.",
    "read_only": "Không ghi được vào tệp {path}: tệp chỉ cho phép đọc. "
    "Hãy kiểm tra quyền truy cập.",
    "disk_full": "Không ghi được vào tệp {path}: ổ đĩa đầy hoặc lỗi ghi. Dữ liệu cũ vẫn nguyên "
    "vẹn; hãy giải phóng dung lượng rồi thử lại.",
    "damaged": "Tệp dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.",
}


def coded_error(cls: type[sqlite3.Error], code: int, message: str) -> sqlite3.Error:
    """An SQLite error raised by this program, carrying an SQLite result code as SQLite's do."""
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = next(
        (n for n in dir(sqlite3) if n.startswith("SQLITE_") and getattr(sqlite3, n) == code), ""
    )
    return exc


def translate_error(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """Turn a known SQLite failure into a message a clerk can act on, sorted by its result code
    (`sqlite_errorcode`), never by the words of its message."""
    code = getattr(exc, "sqlite_errorcode", None)
    kind = _ERROR_KINDS.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        return DatabaseError("sqlite", f"Lỗi cơ sở dữ liệu ({exc}) với tệp {path}.", str(path))
    return DatabaseError(kind, _ERROR_MESSAGES[kind].format(path=path), str(path))


def check_header(path: Path) -> None:
    """Refuse, with a message, a path that is not a readable SQLite file."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except PermissionError:
        raise DatabaseError(
            "no_access", f"Không mở được tệp {path}: không có quyền đọc.", str(path)
        ) from None
    except IsADirectoryError:
        raise DatabaseError(
            "not_db", f"{path} là một thư mục, không phải tệp dữ liệu.", str(path)
        ) from None
    if len(head) == 0:
        raise DatabaseError(
            "empty",
            f"Tệp {path} rỗng, không phải tệp dữ liệu Thi đua. Hãy chọn tệp khác hoặc tạo mới.",
            str(path),
        )
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        raise DatabaseError(
            "not_db",
            f"Tệp {path} không phải tệp dữ liệu Thi đua (không phải cơ sở dữ liệu SQLite).",
            str(path),
        )


def read_revision(conn: sqlite3.Connection) -> str | None:
    """The file's Alembic revision ("" when the table is empty, None when there is none)."""
    if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name='alembic_version'").fetchone():
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def _known_revisions() -> set[str]:
    folder = Path(__file__).with_name("migrations") / "versions"
    return {p.name.split(".")[0] for p in folder.glob("[0-9]*.py*")}


def schema_problem(
    path: Path, version: int, revision: str | None, has_tables: bool
) -> DatabaseError | None:
    """The one judgement of a file's schema, used by opening and by `check`: None when the
    program can open it (migrating if older); else "newer" (a revision this version does not
    know, or a newer header) or "damaged" (the header and the revision disagree; both are
    written in one transaction)."""
    newer = DatabaseError(
        "newer",
        f"Tệp {path} được tạo bởi phiên bản Thi đua mới hơn phiên bản này. "
        "Hãy cập nhật chương trình; tệp chưa bị thay đổi.",
        str(path),
    )
    if version > SCHEMA_VERSION:
        return newer
    if revision is None or revision == "":
        if has_tables and version > 0:
            return DatabaseError(
                "damaged",
                f"Tệp dữ liệu {path} bị hỏng (thiếu thông tin phiên bản cấu trúc dữ liệu). "
                "Hãy khôi phục từ bản sao lưu gần nhất; tệp chưa bị thay đổi.",
                str(path),
            )
        return None
    number = revision.split("_")[0]
    known = _known_revisions()
    if not number.isdigit() or int(number) > SCHEMA_VERSION or (known and revision not in known):
        return newer
    if int(number) != version:
        return DatabaseError(
            "damaged",
            f"Tệp dữ liệu {path} bị hỏng (phần đầu tệp ghi phiên bản {version}, cấu trúc dữ liệu "
            f"ở phiên bản {int(number)}). Hãy khôi phục từ bản sao lưu gần nhất; tệp chưa bị "
            "thay đổi.",
            str(path),
        )
    return None


def _inspect(
    path: Path, *, recover: bool = True, check: str = "quick"
) -> tuple[int, int, bool, str | None]:
    """Read (application_id, user_version, has_tables, revision) without writing to the file."""
    uri = "file:" + path.resolve().as_posix() + "?mode=ro"
    try:
        # Wait for a busy writer (another copy saving, a backup) as the write connections do.
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = (
                conn.execute("SELECT count(*) FROM sqlite_schema WHERE type='table'").fetchone()[0]
                > 0
            )
            revision = read_revision(conn)
            # A damaged file is not opened for writing (the program offers a backup instead).
            # "integrity" also compares every index with its table (a bit flip in an index
            # passes quick_check); "quick" checks pages and records; "" checks nothing.
            pragma = {"integrity": "integrity_check(1)", "quick": "quick_check(1)"}.get(check)
            result = conn.execute(f"PRAGMA {pragma}").fetchone()[0] if pragma else "ok"
            if result != "ok":
                raise coded_error(
                    sqlite3.DatabaseError,
                    sqlite3.SQLITE_CORRUPT,
                    f"database disk image is malformed: {result}",
                )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if recover and _hot_journal_recovered(exc, path):
            return _inspect(path, recover=False, check=check)
        raise translate_error(exc, path) from exc
    return app_id, version, has_tables, revision


SQLITE_READONLY_ROLLBACK = 776


def _hot_journal_recovered(exc: sqlite3.DatabaseError, path: Path) -> bool:
    """After a crash mid-write the journal must be rolled back (SQLite's own recovery), which
    a read-only look cannot do: let a writable connection do it once."""
    if getattr(exc, "sqlite_errorcode", 0) != SQLITE_READONLY_ROLLBACK:
        return False
    if not os.access(path, os.W_OK):
        return False
    conn = raw_connect(path)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def open_database(
    path: str | os.PathLike[str], *, create: bool = True, full_check: bool = True
) -> Database:
    """Open (or create) an office database and bring its schema up to date.

    Refuses, touching nothing: a file that is not SQLite, a SQLite file of another program,
    a damaged file, a file made by a newer version. Before migrating an existing file it
    writes a verified backup beside it.

    A file that is not exactly as this program left it at a clean close (same size and
    modification time) gets the whole `integrity_check` (indexes against tables too) before
    anything is written. `full_check=False` (the program's first window) runs only the
    `quick_check` then (none for an unchanged file); the window runs the full check after the
    first paint and a failure blocks writing (`Database.block_writes`).
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise DatabaseError("missing", f"Không tìm thấy tệp dữ liệu {path}.", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        _create(path)
        return Database(path)

    check_header(path)
    # A file not as this program left it (a crash, another tool, a copy) is checked whole
    # before anything writes to it: fully here (the command line), or quickly here and fully
    # in the background with writing blocked on failure (the window, `full_check=False`).
    if not _unchanged_since_clean_close(path):
        check = "integrity" if full_check else "quick"
    else:
        check = "quick" if full_check else ""
    app_id, version, has_tables, revision = _inspect(path, check=check)
    if app_id != APPLICATION_ID and has_tables:
        raise DatabaseError(
            "foreign",
            f"Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của Thi đua.",
            str(path),
        )
    problem = schema_problem(path, version, revision, has_tables)
    if problem is not None:
        raise problem
    if not os.access(path, os.W_OK):
        # A CD, a write-protected stick: search, print, export and back up elsewhere still
        # work; every save is refused with this message.
        where = "mở để xem" if version == SCHEMA_VERSION else "không mở được (cần nâng cấp)"
        message = (
            f"Tệp {path} chỉ cho phép đọc: {where}; không lưu được thay đổi. Muốn sửa, hãy chép "
            "tệp sang thư mục có quyền ghi (hoặc sao lưu ra nơi khác rồi khôi phục) hoặc bỏ "
            "thuộc tính chỉ đọc."
        )
        if version < SCHEMA_VERSION:
            raise DatabaseError("read_only", message, str(path))
        db = Database(path, read_only=True)
        db.read_only = message
        return db
    if version < SCHEMA_VERSION:
        if has_tables:
            from desktop.persistence.migrate import check_known_revision

            check_known_revision(path)
            backup_before_migration(path, version)
        _migrate(path)
        _seal_after_migration(path)
        _anchor_after_migration(path)
    _clean_killed_backups(path)
    return Database(path)


def _clean_killed_backups(path: Path) -> None:
    """Half-written backups of a run that was killed are removed at the next start."""
    from desktop.persistence.backup_manifest import clean_temporaries

    with suppress(OSError):
        clean_temporaries(path.parent / "backups")


def _seal_after_migration(path: Path) -> None:
    """Seal the snapshot events a migration left pending (with the file's key); without the
    key they wait for the first write after the key is imported or the file adopted."""
    db = Database(path)
    try:
        with db.write():
            pass
    except DatabaseError as exc:
        if exc.code not in ("audit_key_missing", "audit_broken"):
            raise
    finally:
        db.close()


def _anchor_after_migration(path: Path) -> None:
    """Anchor events a migration sealed (e.g. snapshots of records older than the log)."""
    with suppress(OSError, sqlite3.Error):
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            head = audit.current_head(conn)
        finally:
            conn.close()
        if head is not None:
            audit.write_anchor(path, head)


def _create(path: Path) -> None:
    # Readable by the user alone whatever the umask (the office's personal data).
    with suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = raw_connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    finally:
        conn.close()
    try:
        _migrate(path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def backup_before_migration(path: Path, version: int) -> Path:
    """Back up the database through SQLite's backup API, verified; return the backup's path."""
    from desktop.domain.backups import BackupKind
    from desktop.persistence.backup import backups_folder, make_backup

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_folder(path) / f"{path.stem}.truoc-nang-cap-v{version}-{stamp}.db"
    return make_backup(path, BackupKind.PRE_MIGRATION, target=target).path


def _migrate(path: Path) -> None:
    from desktop.persistence.migrate import upgrade_to_head

    upgrade_to_head(path)


def now_iso() -> str:
    """Current local time, ISO, to the second."""
    return datetime.now().isoformat(timespec="seconds")
