"""Settings for one large write (the demo database, big imports)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def large_cache(conn: sqlite3.Connection, kib: int = 64 * 1024) -> Iterator[None]:
    """Give the connection a page cache of `kib` KiB for the block, then restore it.

    Inserting 100,000 people updates five indexes and the search index in random order; with
    SQLite's default 2 MiB cache most of those pages are written out and read back again.
    """
    old = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size={-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size={old}")
