"""subjects: households, positions held, emulation blocs and their leader by year

Revision ID: 0009_subjects
Revises: 0008_recycle_bin

New tables only. Their audit triggers are written here (the same shape as the live ones in
persistence/audit.py, which a migration must not import): each change of a row goes to
audit_pending as the row's JSON.
"""

import sqlite3

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009_subjects"
down_revision = "0008_recycle_bin"
branch_labels = None
depends_on = None

_TABLES = ("household", "person_position", "emulation_bloc", "bloc_leader")


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("head_name", text(), nullable=False),
        sa.Column("name_fold", text(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("address", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_household_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
        sa.UniqueConstraint("uuid", name=op.f("uq_household_uuid")),
    )
    op.create_index("ix_household_unit_id", "household", ["unit_id"])
    op.create_index("ix_household_name_fold", "household", ["name_fold"])
    op.create_table(
        "person_position",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", text(), nullable=False),
        sa.Column("organisation", text(), nullable=False),
        sa.Column("start", text(), nullable=False),
        sa.Column("end", text(), nullable=True),
        sa.Column("leadership", sa.Boolean(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_position_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_position")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_position_uuid")),
    )
    op.create_index("ix_person_position_person_id", "person_position", ["person_id"])
    op.create_table(
        "emulation_bloc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emulation_bloc")),
        sa.UniqueConstraint("uuid", name=op.f("uq_emulation_bloc_uuid")),
        sa.UniqueConstraint("name", name=op.f("uq_emulation_bloc_name")),
    )
    op.create_table(
        "bloc_leader",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("bloc_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bloc_id"],
            ["emulation_bloc.id"],
            name=op.f("fk_bloc_leader_bloc_id_emulation_bloc"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_bloc_leader_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bloc_leader")),
        sa.UniqueConstraint("uuid", name=op.f("uq_bloc_leader_uuid")),
        sa.UniqueConstraint("bloc_id", "year", name=op.f("uq_bloc_leader_bloc_id_year")),
    )
    op.create_index("ix_bloc_leader_year", "bloc_leader", ["year"])
    op.create_index("ix_bloc_leader_unit_id", "bloc_leader", ["unit_id"])
    conn = _raw()
    for table in _TABLES:
        _audit_triggers(conn, table)


def _raw() -> sqlite3.Connection:
    """The sqlite3 connection under Alembic's (same transaction)."""
    conn = op.get_bind().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def _audit_triggers(conn: sqlite3.Connection, table: str) -> None:
    """Insert, update and delete triggers writing the row's JSON into audit_pending."""
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]

    def row(alias: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in cols) + ")"

    ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    bodies = {
        "ai": f"AFTER INSERT ON \"{table}\" BEGIN {ins} VALUES ('{table}', NEW.uuid, 'insert', NULL, {row('NEW')}); END",
        "au": f"AFTER UPDATE ON \"{table}\" BEGIN {ins} VALUES ('{table}', NEW.uuid, 'update', {row('OLD')}, {row('NEW')}); END",
        "ad": f"AFTER DELETE ON \"{table}\" BEGIN {ins} VALUES ('{table}', OLD.uuid, 'delete', {row('OLD')}, NULL); END",
    }
    for suffix, body in bodies.items():
        conn.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
        conn.execute(f'CREATE TRIGGER "audit_{table}_{suffix}" {body}')


def downgrade() -> None:
    for table in _TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_bloc_leader_unit_id", table_name="bloc_leader")
    op.drop_index("ix_bloc_leader_year", table_name="bloc_leader")
    op.drop_table("bloc_leader")
    op.drop_table("emulation_bloc")
    op.drop_index("ix_person_position_person_id", table_name="person_position")
    op.drop_table("person_position")
    op.drop_index("ix_household_name_fold", table_name="household")
    op.drop_index("ix_household_unit_id", table_name="household")
    op.drop_table("household")
