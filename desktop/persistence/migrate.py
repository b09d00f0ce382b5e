"""Run Alembic migrations on a file (foreign keys off, one transaction, checked after)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: object | None = None):  # type: ignore[no-untyped-def]
    """Alembic configuration pointing at our migrations folder (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def check_known_revision(path: Path) -> None:
    """Refuse (DatabaseError "newer") a file whose Alembic revision this program does not know.

    Reads the file only; called before the pre-migration backup so a newer file is left alone.
    """
    import sqlite3

    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    uri = "file:" + path.resolve().as_posix() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_schema WHERE name='alembic_version'").fetchone()
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has else None
    finally:
        conn.close()
    if rev is None or rev[0] is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(rev[0])
    except CommandError:
        raise DatabaseError(
            "newer",
            f"Tệp {path} được tạo bởi phiên bản Thi đua mới hơn. Hãy cập nhật chương trình; "
            "tệp chưa bị thay đổi.",
            str(path),
        ) from None


def make_engine(path: Path):  # type: ignore[no-untyped-def]
    """SQLAlchemy engine over our own configured connections, foreign keys OFF for migrating."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from desktop.persistence.db import raw_connect

    engine = create_engine(
        "sqlite://", creator=lambda: raw_connect(path, foreign_keys=False), poolclass=NullPool
    )
    # The driver runs in autocommit mode; begin the transaction ourselves so that the whole
    # migration (DDL included) commits or rolls back as one.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def upgrade_to_head(path: Path, revision: str = "head") -> None:
    """Upgrade the file to `revision`; on any failure nothing is changed (a full disk is a
    DatabaseError with a message, not a traceback)."""
    engine = make_engine(path)
    try:
        _upgrade(engine, path, revision)
    except DatabaseError:
        raise
    except Exception as exc:
        # A full disk or an I/O error mid-upgrade: the transaction was rolled back when the
        # block left (SQLite's journal restores the pages); say so instead of a traceback.
        import sqlite3

        from sqlalchemy.exc import DBAPIError

        from desktop.persistence.db import translate_error

        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if not isinstance(cause, sqlite3.Error):
            raise
        known = translate_error(cause, path)
        if known.code == "sqlite":
            raise
        _roll_back_now(path)
        raise DatabaseError(
            known.code,
            f"Không nâng cấp được tệp {path}: {known.message} Tệp vẫn ở phiên bản cũ.",
            str(path),
        ) from exc
    finally:
        engine.dispose()


def _roll_back_now(path: Path) -> None:
    """After a failed write SQLite may leave the journal for the next opening to replay: replay
    it now (a first read does; it only rewrites pages inside the old size), so the program
    exits leaving the file as it was, without a hot journal."""
    import sqlite3
    from contextlib import suppress

    from desktop.persistence.db import raw_connect

    with suppress(sqlite3.Error, OSError):
        conn = raw_connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()


def _upgrade(engine, path: Path, revision: str) -> None:  # type: ignore[no-untyped-def]
    """The upgrade itself, in one transaction (see `upgrade_to_head`)."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError
    from sqlalchemy import text

    from desktop.persistence.db import APPLICATION_ID

    with engine.connect() as conn:
        # PRAGMA foreign_keys is a no-op inside a transaction: it was set OFF on connect.
        current = conn.exec_driver_sql(
            "SELECT name FROM sqlite_schema WHERE name='alembic_version'"
        ).first()
        if current is not None:
            rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            script = ScriptDirectory.from_config(alembic_config())
            try:
                script.get_revision(rev)
            except CommandError:
                raise DatabaseError(
                    "newer",
                    f"Tệp {path} được tạo bởi phiên bản Thi đua mới hơn. Hãy cập nhật chương trình.",
                    str(path),
                ) from None
        conn.rollback()
        with conn.begin():
            command.upgrade(alembic_config(conn), revision)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(
                    "fk_broken",
                    f"Nâng cấp tệp {path} làm hỏng liên kết dữ liệu ({len(problems)} dòng); "
                    "đã hủy nâng cấp, tệp giữ nguyên.",
                    str(path),
                )
            number = int(
                conn.exec_driver_sql("SELECT version_num FROM alembic_version")
                .scalar()
                .split("_")[0]
            )
            conn.execute(text(f"PRAGMA user_version={number}"))
            conn.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
