"""audit log (append-only, HMAC-chained) with its triggers; user accounts

Revision ID: 0007_audit
Revises: 0006_reports

Later migrations that recreate a table (batch mode) drop its audit triggers, and ones that
change an audited table's columns change its digests: see the rules in persistence/audit.py
(`install_triggers`, `after_schema_change`).
"""

import sqlite3

import sqlalchemy as sa
import sqlmodel
from alembic import op

from desktop.persistence import audit

revision = "0007_audit"
down_revision = "0006_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("time", text(), nullable=False),
        sa.Column("user", text(), nullable=False),
        sa.Column("machine", text(), nullable=False),
        sa.Column("table_name", text(), nullable=False),
        sa.Column("record_uuid", text(), nullable=False),
        sa.Column("action", text(), nullable=False),
        sa.Column("changes", text(), nullable=False),
        sa.Column("digest", text(), nullable=False),
        sa.Column("prev_hash", text(), nullable=False),
        sa.Column("hash", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(
        "ix_audit_event_table_name_record_uuid", "audit_event", ["table_name", "record_uuid"]
    )
    op.create_index("ix_audit_event_time", "audit_event", ["time"])
    op.create_table(
        "audit_pending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", text(), nullable=False),
        sa.Column("record_uuid", text(), nullable=True),
        sa.Column("action", text(), nullable=False),
        sa.Column("old_json", text(), nullable=True),
        sa.Column("new_json", text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_pending")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("username", text(), nullable=False),
        sa.Column("display_name", text(), nullable=False),
        sa.Column("role", text(), nullable=False),
        sa.Column("password_hash", text(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", text(), nullable=False),
        sa.Column("password_changed_at", text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("uuid", name=op.f("uq_account_uuid")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    # Triggers on every table with a uuid; records that predate the log get a 'snapshot'
    # event, sealed here in the same transaction.
    audit.after_schema_change(_raw())


def _raw() -> sqlite3.Connection:
    """The sqlite3 connection under Alembic's (same transaction)."""
    conn = op.get_bind().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def downgrade() -> None:
    conn = _raw()
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='trigger' AND name LIKE 'audit%'"
        )
    ]
    for name in names:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_table("account")
    op.drop_table("audit_pending")
    op.drop_index("ix_audit_event_time", table_name="audit_event")
    op.drop_index("ix_audit_event_table_name_record_uuid", table_name="audit_event")
    op.drop_table("audit_event")
