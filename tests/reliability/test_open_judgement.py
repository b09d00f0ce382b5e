"""Opening and `check` judge a file the same way; damage the quick check misses is found before
anything is written (issue 21)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.errors import DatabaseError
from desktop.persistence.db import SCHEMA_VERSION, open_database
from desktop.services import backups
from desktop.services.session import Workspace
from tests.reliability.helpers import digest, fill


def _damage_an_index(path: Path) -> None:
    """Make an index disagree with its table: pages and records stay sound (quick_check
    passes), only integrity_check compares index and table."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type='index' AND name='ix_unit_sort_key'"
    ).fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql=? WHERE name='ix_unit_sort_key'",
        (sql.replace("(sort_key)", "(name)"),),
    )
    conn.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    check.close()


def test_an_index_broken_outside_the_program_is_found_before_the_first_write(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 5)
    ws.close()
    _damage_an_index(db_path)
    before = digest(db_path)
    # WHEN a command line verb that writes opens it
    assert main(["--db", str(db_path), "trash", "purge", "--all"]) == 2
    assert "hỏng" in capsys.readouterr().err
    with pytest.raises(DatabaseError) as err:
        Workspace.open(db_path)
    assert err.value.code == "damaged"
    # THEN nothing was written, and check agrees
    assert digest(db_path) == before
    assert backups.check_path(db_path)


def _set(path: Path, *, user_version: int | None = None, revision: str | None = None) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    if user_version is not None:
        conn.execute(f"PRAGMA user_version={user_version}")
    if revision is not None:
        conn.execute("UPDATE alembic_version SET version_num=?", (revision,))
    conn.close()


def test_an_unknown_revision_under_a_current_header_is_newer_for_both(db_path: Path) -> None:
    _set(db_path, revision=f"{SCHEMA_VERSION:04d}_from_the_future")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "newer"
    assert any("mới hơn" in p for p in backups.check_path(db_path))
    assert digest(db_path) == before


def test_a_header_behind_its_revision_is_damaged_for_both(db_path: Path) -> None:
    _set(db_path, user_version=3)
    before = digest(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "damaged"
    assert any("phiên bản 3" in p for p in backups.check_path(db_path))
    assert digest(db_path) == before
