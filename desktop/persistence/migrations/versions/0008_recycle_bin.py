"""recycle bin (deleted records with their dependents, restorable until purged)

Revision ID: 0008_recycle_bin
Revises: 0007_audit

A new table only: no audited table is recreated, so only the new table's audit triggers are
installed, with this revision's own SQL (the payload BLOB is not logged; its SHA-256 stands in).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008_recycle_bin"
down_revision = "0007_audit"
branch_labels = None
depends_on = None

_LOGGED = (
    "id", "uuid", "kind", "record_id", "record_uuid", "label", "deleted_at", "deleted_by",
    "row_count", "payload_sha256",
)  # fmt: skip


def _json(alias: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in _LOGGED) + ")"


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
    ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    new, old = _json("NEW"), _json("OLD")
    for suffix, sql in (
        ("ai", f"AFTER INSERT ON \"recycle_bin\" BEGIN {ins} VALUES ('recycle_bin', NEW.uuid, 'insert', NULL, {new}); END"),
        ("au", f"AFTER UPDATE ON \"recycle_bin\" BEGIN {ins} VALUES ('recycle_bin', NEW.uuid, 'update', {old}, {new}); END"),
        ("ad", f"AFTER DELETE ON \"recycle_bin\" BEGIN {ins} VALUES ('recycle_bin', OLD.uuid, 'delete', {old}, NULL); END"),
    ):  # fmt: skip
        op.execute(f'DROP TRIGGER IF EXISTS "audit_recycle_bin_{suffix}"')
        op.execute(f'CREATE TRIGGER "audit_recycle_bin_{suffix}" {sql}')


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f'DROP TRIGGER IF EXISTS "audit_recycle_bin_{suffix}"')
    op.drop_index("ix_recycle_bin_deleted_at", table_name="recycle_bin")
    op.drop_table("recycle_bin")
