"""A database saved at every schema revision (tests/data/office-rNN.db.gz, made by
tests/data/make_saved.py) is upgraded to head: rows kept, links and pages whole, log verifies."""

from __future__ import annotations

import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from desktop.persistence import open_database
from desktop.persistence.audit_verify import PROBLEM
from desktop.persistence.db import SCHEMA_VERSION
from desktop.services import audit

DATA = Path(__file__).resolve().parents[1] / "data"
SAVED = sorted(DATA.glob("office-r*.db.gz"))


def test_there_is_a_saved_database_for_every_revision() -> None:
    numbers = {int(re.findall(r"\d+", p.name)[0]) for p in SAVED}
    assert numbers == set(range(2, SCHEMA_VERSION + 1)), (
        "a migration was added: run `uv run python tests/data/make_saved.py` and commit the file"
    )


@pytest.mark.parametrize("saved", SAVED, ids=[p.name.split(".")[0] for p in SAVED])
def test_a_saved_database_upgrades_to_head(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(gzip.decompress(saved.read_bytes()))
    with sqlite3.connect(path) as conn:
        saved_at = conn.execute("PRAGMA user_version").fetchone()[0]
    assert f"r{saved_at:02d}" in saved.name
    db = open_database(path)
    with db.write():  # a file saved at head still holds its migrations' pending snapshots
        pass
    with db.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT full_name FROM person")}
        assert names == {"Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Phương"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert [f.code for f in audit.verify_path(path) if f.level == PROBLEM] == []
