"""Closing the database waits for a block another thread is running (no connection is closed
under a running query: that crashed SQLite in a test run)."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.persistence import open_database


def test_close_waits_for_a_read_on_another_thread(db_path: Path) -> None:
    db = open_database(db_path)
    inside, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def reader() -> None:
        try:
            with db.read() as conn:
                inside.set()
                release.wait(30)
                seen.append(conn.execute("SELECT count(*) FROM person").fetchone()[0])
        except BaseException as exc:  # pragma: no cover - reported by the assertion below
            seen.append(exc)

    t = threading.Thread(target=reader)
    t.start()
    assert inside.wait(30)
    closer = threading.Thread(target=db.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive(), "close() did not wait for the other thread's read"
    release.set()
    t.join(30)
    closer.join(30)
    assert not closer.is_alive()
    assert seen == [0]
