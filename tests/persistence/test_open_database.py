"""open_database: create, migrate with a backup, refuse what is not ours or newer, touch nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseError
from desktop.persistence import open_database
from desktop.persistence.db import APPLICATION_ID, SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_with_our_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    with db.read() as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()
    # a second open of an up-to-date file changes nothing
    before = _digest(tmp_path / "new.db")
    open_database(tmp_path / "new.db").close()
    assert _digest(tmp_path / "new.db") == before


def test_schema_version_mirrors_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    from desktop.persistence.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None and int(head.split("_")[0]) == SCHEMA_VERSION


def test_migrations_produce_exactly_the_table_classes(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.persistence.migrate import make_engine
    from desktop.persistence.tables import metadata

    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    # FTS5 shadow tables are ours, made by hand in the migration
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("person_fts"))]
    assert diff == []


def test_upgrade_from_the_previous_saved_database_keeps_rows_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(DATA / "office-v1.db", path)
    db = open_database(path)
    with db.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT full_name FROM person")}
        assert names == {"Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Phương"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    backups = list((tmp_path / "backups").glob("office.truoc-nang-cap-v1-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as b:
        assert b.execute("SELECT count(*) FROM person").fetchone()[0] == 3
        assert b.execute("PRAGMA user_version").fetchone()[0] == 1


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Danh sach can bo\n" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "not_db"
    assert "không phải tệp dữ liệu Thi đua" in err.value.message
    assert _digest(path) == before


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "empty"
    assert path.stat().st_size == 0


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
    before = _digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "foreign"
    assert _digest(path) == before


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    before = _digest(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "newer"
    assert "mới hơn" in err.value.message
    assert _digest(db_path) == before


def test_unknown_alembic_revision_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='0099_future'")
        conn.execute("PRAGMA user_version=0")
    before = _digest(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "newer"
    assert _digest(db_path) == before


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as err:
        open_database(tmp_path / "nope.db", create=False)
    assert err.value.code == "missing"
    assert not (tmp_path / "nope.db").exists()


def test_write_rolls_back_on_error(db_path: Path) -> None:
    db = open_database(db_path)
    with pytest.raises(RuntimeError), db.write() as conn:
        conn.execute("INSERT INTO app_meta(key, value) VALUES ('a', 'b')")
        raise RuntimeError("boom")
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM app_meta").fetchone()[0] == 0
    db.close()


def _damage_middle(path: Path, keep_time: bool) -> None:
    st = path.stat()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    last = len(data) - page  # a b-tree page of the table just filled: break its header
    for i in range(last, last + 12):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    if keep_time:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _filled(path: Path) -> None:
    db = open_database(path)
    with db.write() as conn:
        conn.executemany(
            "INSERT INTO app_meta(key, value) VALUES (?, ?)",
            [(f"k{i}", "x" * 500) for i in range(200)],
        )
    db.close()  # a clean close stamps the file


def test_light_open_checks_a_file_changed_since_the_clean_close(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _filled(path)
    _damage_middle(path, keep_time=False)
    with pytest.raises(DatabaseError) as err:
        open_database(path, full_check=False)
    assert err.value.code == "damaged"


def test_light_open_skips_the_check_only_for_an_untouched_file(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _filled(path)
    # Damage that keeps size and time (bit rot) is left to the check after the first paint,
    db = open_database(path, full_check=False)
    db.close()
    _damage_middle(path, keep_time=True)
    light = open_database(path, full_check=False)
    light.block_writes("hỏng")  # ... which then refuses writing
    with pytest.raises(DatabaseError), light.write():
        pass
    light.close()
    # ... while the command line and every other caller still check the whole file.
    with pytest.raises(DatabaseError):
        open_database(path)
