"""User accounts (raw SQL); the password hash is read only by the login check."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib

from desktop.domain.accounts import Account, Role
from desktop.persistence.db import now_iso

_COLUMNS = "uuid, username, display_name, role, active, locked_until, password_changed_at"


def _account(row: tuple[object, ...]) -> Account:
    uuid, username, display, role, active, locked, changed = row
    return Account(
        str(uuid),
        str(username),
        str(display),
        Role(str(role)),
        bool(active),
        str(locked),
        str(changed),
    )


def count_active(conn: sqlite3.Connection) -> int:
    """Number of active accounts (0: the one implicit user)."""
    return int(conn.execute("SELECT count(*) FROM account WHERE active").fetchone()[0])


def count_active_admins(conn: sqlite3.Connection) -> int:
    """Number of active administrator accounts."""
    return int(
        conn.execute(
            "SELECT count(*) FROM account WHERE active AND role=?", (Role.ADMIN.value,)
        ).fetchone()[0]
    )


def list_all(conn: sqlite3.Connection) -> list[Account]:
    """Every account, by login name."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM account ORDER BY username").fetchall()
    return [_account(r) for r in rows]


def get(conn: sqlite3.Connection, uuid: str) -> Account | None:
    """One account by uuid."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM account WHERE uuid=?", (uuid,)).fetchone()
    return _account(row) if row else None


def login_row(conn: sqlite3.Connection, username: str) -> tuple[Account, str, int] | None:
    """(account, password hash, failed attempts) for a login name."""
    row = conn.execute(
        f"SELECT {_COLUMNS}, password_hash, failed_attempts FROM account WHERE username=?",
        (username,),
    ).fetchone()
    return (_account(row[:7]), str(row[7]), int(row[8])) if row else None


def insert(
    conn: sqlite3.Connection, username: str, display_name: str, role: Role, password_hash: str
) -> str:
    """Add an account; return its uuid."""
    uuid, now = str(uuidlib.uuid4()), now_iso()
    conn.execute(
        "INSERT INTO account(uuid, username, display_name, role, password_hash, failed_attempts,"
        " locked_until, password_changed_at, active, created_at, updated_at)"
        " VALUES (?,?,?,?,?,0,'',?,1,?,?)",
        (uuid, username, display_name, role.value, password_hash, now, now, now),
    )
    return uuid


def set_password(conn: sqlite3.Connection, uuid: str, password_hash: str) -> None:
    """Store a new password hash (and unlock)."""
    now = now_iso()
    conn.execute(
        "UPDATE account SET password_hash=?, password_changed_at=?, failed_attempts=0,"
        " locked_until='', updated_at=? WHERE uuid=?",
        (password_hash, now, now, uuid),
    )


def set_failures(conn: sqlite3.Connection, uuid: str, attempts: int, locked_until: str) -> None:
    """Record failed logins (secret columns only: no audit event)."""
    conn.execute(
        "UPDATE account SET failed_attempts=?, locked_until=? WHERE uuid=?",
        (attempts, locked_until, uuid),
    )


def rehash(conn: sqlite3.Connection, uuid: str, password_hash: str) -> None:
    """Replace a hash made with older parameters (same password: no audit event)."""
    conn.execute("UPDATE account SET password_hash=? WHERE uuid=?", (password_hash, uuid))


def update(
    conn: sqlite3.Connection, uuid: str, display_name: str, role: Role, active: bool
) -> None:
    """Change name, role or activity of an account."""
    conn.execute(
        "UPDATE account SET display_name=?, role=?, active=?, updated_at=? WHERE uuid=?",
        (display_name, role.value, int(active), now_iso(), uuid),
    )


def accounts_in_file(path: str) -> list[Account]:
    """The active accounts of another database file (a backup), opened read-only; [] when it
    has none (or no account table: a file older than accounts)."""
    from pathlib import Path

    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM account WHERE active ORDER BY username"
        ).fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
    return [_account(r) for r in rows]
