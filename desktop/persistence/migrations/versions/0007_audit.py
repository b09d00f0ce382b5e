"""audit log (append-only, HMAC-chained) with its triggers; user accounts

Revision ID: 0007_audit
Revises: 0006_reports

Later migrations that recreate a table (batch mode) drop its audit triggers, and ones that
change an audited table's columns change its digests: see the rules in persistence/audit.py.
This revision carries its own SQL (the rules of its time: the account's password hash and
lock-out fields left out, BLOBs left out), not the live audit module's.
"""

import sqlite3

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_audit"
down_revision = "0006_reports"
branch_labels = None
depends_on = None

_SECRET = {"account": frozenset({"password_hash", "failed_attempts", "locked_until"})}
_APPEND_ONLY = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
)
_PENDING = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"


def _audited(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every ordinary table with a uuid (the log's own excluded) and its logged columns."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    out = {}
    for name in names:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        if name in ("audit_event", "audit_pending") or "uuid" not in {c[1] for c in info}:
            continue
        skip = _SECRET.get(name, frozenset())
        out[name] = [c[1] for c in info if "BLOB" not in (c[2] or "").upper() and c[1] not in skip]
    return out


def _json(columns: list[str], alias: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"


def _log_every_table(conn: sqlite3.Connection) -> None:
    """Triggers on every audited table; each existing record noted as a 'snapshot' event, left
    pending for the opening to seal."""
    for stmt in _APPEND_ONLY:
        conn.execute(stmt)
    tables = _audited(conn)
    for t, cols in tables.items():
        new, old = _json(cols, "NEW"), _json(cols, "OLD")
        for suffix, sql in (
            ("ai", f"AFTER INSERT ON \"{t}\" BEGIN {_PENDING} VALUES ('{t}', NEW.uuid, 'insert', NULL, {new}); END"),
            ("au", f"AFTER UPDATE ON \"{t}\" BEGIN {_PENDING} VALUES ('{t}', NEW.uuid, 'update', {old}, {new}); END"),
            ("ad", f"AFTER DELETE ON \"{t}\" BEGIN {_PENDING} VALUES ('{t}', OLD.uuid, 'delete', {old}, NULL); END"),
        ):  # fmt: skip
            conn.execute(f'DROP TRIGGER IF EXISTS "audit_{t}_{suffix}"')
            conn.execute(f'CREATE TRIGGER "audit_{t}_{suffix}" {sql}')
    conn.execute("DELETE FROM audit_pending WHERE action <> 'snapshot'")
    for t, cols in tables.items():
        conn.execute(
            f"{_PENDING} SELECT '{t}', uuid, 'snapshot', NULL, {_json(cols, 'x')} FROM \"{t}\" AS x"
        )


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
    # event, sealed when the file is opened after the upgrade.
    _log_every_table(_raw())


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
