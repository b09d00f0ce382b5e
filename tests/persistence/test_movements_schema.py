"""The movement tables made by migration 0002 match the metadata and keep history safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def test_movement_tables_exist_with_uuid(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    for table in (
        "movement",
        "movement_target",
        "movement_group",
        "movement_criterion",
        "movement_award_form",
        "movement_milestone",
        "registration",
        "sponsorship",
        "support_activity",
        "contribution",
        "score",
        "person_rating",
        "unit_rating",
    ):
        assert table in names
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert {"id", "uuid"} <= cols


def test_migrations_match_metadata(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.persistence.migrate import make_engine
    from desktop.persistence.tables import metadata

    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    ours = [d for d in diff if "fts" not in str(d)]
    assert ours == []


def test_person_with_rating_cannot_be_deleted(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "INSERT INTO unit (id, uuid, name, name_fold, sort_key, code, kind, internal, address,"
        " active, created_at, updated_at) VALUES (1,'u','A','a','','', 'phong_ban',1,'',1,'','')"
    )
    conn.execute(
        "INSERT INTO person (id, uuid, full_name, family_name, middle_name, given_name, name_fold,"
        " sort_key, hometown, residence, unit_id, position, party_position, union_position,"
        " qualification, academic_title, phone, email, status, created_at, updated_at)"
        " VALUES (1,'p','A B','A','','B','a b','','','',1,'','','','','','','','x','','')"
    )
    conn.execute(
        "INSERT INTO person_rating (uuid, person_id, year, rating, discipline_decision, note,"
        " updated_at) VALUES ('r', 1, 2024, 'HTTNV', '', '', '')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM person WHERE id=1")
