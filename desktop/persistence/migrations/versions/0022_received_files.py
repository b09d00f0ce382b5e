"""the files a received package carried (a proposal's kept files, kept in Hồ sơ nhận)

Revision ID: 0022_received_files
Revises: 0021_activity_files

A new table only; its audit triggers log every column but the bytes (as for attachments).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0022_received_files"
down_revision = "0021_activity_files"
branch_labels = None
depends_on = None

_TABLE = "received_file"
_LOGGED = (
    "id", "uuid", "package_id", "position", "name", "kind", "nominee_uuid", "size", "sha256",
    "added_at",
)  # fmt: skip


def _row(alias: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in _LOGGED) + ")"


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        _TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("nominee_uuid", text(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", text(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["received_package.id"],
            name=op.f(f"fk_{_TABLE}_package_id_received_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{_TABLE}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{_TABLE}_uuid")),
    )
    op.create_index(f"ix_{_TABLE}_package_id", _TABLE, ["package_id"])
    head = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json) VALUES"
    for suffix, event, values in (
        ("ai", "INSERT", f"('{_TABLE}', NEW.uuid, 'insert', NULL, {_row('NEW')})"),
        ("au", "UPDATE", f"('{_TABLE}', NEW.uuid, 'update', {_row('OLD')}, {_row('NEW')})"),
        ("ad", "DELETE", f"('{_TABLE}', OLD.uuid, 'delete', {_row('OLD')}, NULL)"),
    ):
        name = f"audit_{_TABLE}_{suffix}"
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute(f'CREATE TRIGGER "{name}" AFTER {event} ON "{_TABLE}" BEGIN {head} {values}; END')


def downgrade() -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f'DROP TRIGGER IF EXISTS "audit_{_TABLE}_{suffix}"')
    op.drop_index(f"ix_{_TABLE}_package_id", table_name=_TABLE)
    op.drop_table(_TABLE)
