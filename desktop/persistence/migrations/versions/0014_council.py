"""council roster and meeting attendance

Revision ID: 0014_council
Revises: 0013_decisions

New tables only. Their audit triggers are written here (same shape as the others: the row's
old/new JSON into audit_pending) rather than by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014_council"
down_revision = "0013_decisions"
branch_labels = None
depends_on = None

_COLUMNS = {
    "council_member": (
        "id", "uuid", "full_name", "position", "role", "term_from", "term_to",
        "created_at", "updated_at",
    ),
    "meeting_attendance": (
        "id", "uuid", "batch_id", "member_id", "full_name", "position", "role",
        "attendance", "is_chair", "is_secretary",
    ),
}  # fmt: skip


def _json(table: str, alias: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in _COLUMNS[table]) + ")"


def _triggers(table: str) -> None:
    ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    new, old = _json(table, "NEW"), _json(table, "OLD")
    for suffix, body in (
        ("ai", f"AFTER INSERT ON \"{table}\" BEGIN {ins} VALUES ('{table}', NEW.uuid, 'insert', NULL, {new}); END"),
        ("au", f"AFTER UPDATE ON \"{table}\" BEGIN {ins} VALUES ('{table}', NEW.uuid, 'update', {old}, {new}); END"),
        ("ad", f"AFTER DELETE ON \"{table}\" BEGIN {ins} VALUES ('{table}', OLD.uuid, 'delete', {old}, NULL); END"),
    ):  # fmt: skip
        op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
        op.execute(f'CREATE TRIGGER "audit_{table}_{suffix}" {body}')


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "council_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("full_name", text(), nullable=False),
        sa.Column("position", text(), nullable=False),
        sa.Column("role", text(), nullable=False),
        sa.Column("term_from", text(), nullable=True),
        sa.Column("term_to", text(), nullable=True),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_member")),
        sa.UniqueConstraint("uuid", name=op.f("uq_council_member_uuid")),
    )
    op.create_table(
        "meeting_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("full_name", text(), nullable=False),
        sa.Column("position", text(), nullable=False),
        sa.Column("role", text(), nullable=False),
        sa.Column("attendance", text(), nullable=False),
        sa.Column("is_chair", sa.Integer(), nullable=False),
        sa.Column("is_secretary", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["proposal_batch.id"],
            name=op.f("fk_meeting_attendance_batch_id_proposal_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["council_member.id"],
            name=op.f("fk_meeting_attendance_member_id_council_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_attendance_uuid")),
    )
    op.create_index("ix_meeting_attendance_batch_id", "meeting_attendance", ["batch_id"])
    for table in _COLUMNS:
        _triggers(table)


def downgrade() -> None:
    for table in _COLUMNS:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_meeting_attendance_batch_id", table_name="meeting_attendance")
    op.drop_table("meeting_attendance")
    op.drop_table("council_member")
