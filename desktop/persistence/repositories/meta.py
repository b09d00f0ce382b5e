"""Key/value facts stored in the database (app_meta)."""

from __future__ import annotations

import sqlite3


def get(conn: sqlite3.Connection, key: str, default: str = "") -> str:
    """The value for a key, or the default."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Store a value."""
    conn.execute(
        "INSERT INTO app_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
