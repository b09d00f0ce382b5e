"""recycle bin (deleted records with their dependents, restorable until purged)

Revision ID: 0008_recycle_bin
Revises: 0007_audit

A new table only: no audited table is recreated, so only the new table's audit triggers are
installed (see the rules in persistence/audit.py).
"""

import sqlite3

import sqlalchemy as sa
import sqlmodel
from alembic import op

from desktop.persistence import audit

revision = "0008_recycle_bin"
down_revision = "0007_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "recycle_bin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", text(), nullable=False),
        sa.Column("label", text(), nullable=False),
        sa.Column("deleted_at", text(), nullable=False),
        sa.Column("deleted_by", text(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("payload_sha256", text(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recycle_bin")),
        sa.UniqueConstraint("uuid", name=op.f("uq_recycle_bin_uuid")),
    )
    op.create_index("ix_recycle_bin_deleted_at", "recycle_bin", ["deleted_at"])
    audit.install_triggers(_raw(), ["recycle_bin"])


def _raw() -> sqlite3.Connection:
    """The sqlite3 connection under Alembic's (same transaction)."""
    conn = op.get_bind().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f'DROP TRIGGER IF EXISTS "audit_recycle_bin_{suffix}"')
    op.drop_index("ix_recycle_bin_deleted_at", table_name="recycle_bin")
    op.drop_table("recycle_bin")
