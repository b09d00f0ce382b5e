"""targets by year, propaganda and inspection log, candidate rules

Revision ID: 0020_targets
Revises: 0019_account_lockout_audit

New tables only. Their audit triggers are written here (same shape as the others: the row's
old/new JSON into audit_pending) rather than by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0020_targets"
down_revision = "0019_account_lockout_audit"
branch_labels = None
depends_on = None

_COLUMNS = {
    "movement_target_year": ("id", "uuid", "target_id", "year", "planned", "achieved"),
    "movement_activity": (
        "id", "uuid", "movement_id", "kind", "done_on", "actor", "content", "result",
        "quantity", "created_at", "updated_at",
    ),
    "candidate_rule": (
        "id", "uuid", "movement_id", "position", "kind", "contribution_kind", "minimum",
        "cumulative", "group_id", "top_n", "top_percent", "award", "note",
    ),
}  # fmt: skip


_EVENTS = (  # suffix, event, action, the row named by uuid, old image, new image
    ("ai", "INSERT", "insert", "NEW", None, "NEW"),
    ("au", "UPDATE", "update", "NEW", "OLD", "NEW"),
    ("ad", "DELETE", "delete", "OLD", "OLD", None),
)


def _image(table: str, alias: str | None) -> str:
    """The row as a JSON object (NULL where the event has no such row)."""
    if alias is None:
        return "NULL"
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in _COLUMNS[table]) + ")"


def _triggers(table: str) -> None:
    """Audit triggers: each change's old and new row, pending for the signed log."""
    for suffix, event, action, row, old, new in _EVENTS:
        name = f"audit_{table}_{suffix}"
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute(
            f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" BEGIN INSERT INTO audit_pending'
            f"(table_name, record_uuid, action, old_json, new_json) VALUES ('{table}',"
            f" {row}.uuid, '{action}', {_image(table, old)}, {_image(table, new)}); END"
        )


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "movement_target_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("planned", sa.Float(), nullable=True),
        sa.Column("achieved", sa.Float(), nullable=True),
        _fk("movement_target_year", "target_id", "movement_target", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_target_year")),
        sa.UniqueConstraint("uuid", name=op.f("uq_movement_target_year_uuid")),
        sa.UniqueConstraint(
            "target_id", "year", name=op.f("uq_movement_target_year_target_id_year")
        ),
    )
    op.create_table(
        "movement_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("done_on", text(), nullable=False),
        sa.Column("actor", text(), nullable=False),
        sa.Column("content", text(), nullable=False),
        sa.Column("result", text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        _fk("movement_activity", "movement_id", "movement", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_movement_activity_uuid")),
    )
    op.create_index(
        "ix_movement_activity_movement_id_done_on",
        "movement_activity",
        ["movement_id", "done_on"],
    )
    op.create_table(
        "candidate_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("contribution_kind", text(), nullable=False),
        sa.Column("minimum", sa.Float(), nullable=True),
        sa.Column("cumulative", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("top_n", sa.Integer(), nullable=True),
        sa.Column("top_percent", sa.Float(), nullable=True),
        sa.Column("award", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        _fk("candidate_rule", "movement_id", "movement", "CASCADE"),
        _fk("candidate_rule", "group_id", "movement_group", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_rule")),
        sa.UniqueConstraint("uuid", name=op.f("uq_candidate_rule_uuid")),
    )
    op.create_index("ix_candidate_rule_movement_id", "candidate_rule", ["movement_id"])
    for table in _COLUMNS:
        _triggers(table)


def downgrade() -> None:
    for table in _COLUMNS:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_candidate_rule_movement_id", table_name="candidate_rule")
    op.drop_table("candidate_rule")
    op.drop_index("ix_movement_activity_movement_id_done_on", table_name="movement_activity")
    op.drop_table("movement_activity")
    op.drop_table("movement_target_year")
