"""the office's own decision and the reward money: mức lương cơ sở periods, decision drafts

Revision ID: 0013_decisions
Revises: 0012_certificates

New tables only. `base_salary` holds the periods the office adds or corrects; the shipped
periods (1.490.000 đ from 01/07/2019, 1.800.000 đ from 01/07/2023, 2.340.000 đ from 01/07/2024)
are defaults in desktop/domain/rewards.py, so that no row enters an audited table outside the
log. `decision_draft` ties a batch's Quyết định (its number and date are its line in the
outgoing register) to the awards it covers ("" = all of the head's). Their audit triggers are
written out with the SQL of this revision.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013_decisions"
down_revision = "0012_certificates"
branch_labels = None
depends_on = None

_TABLES = {
    "base_salary": ("id", "uuid", "start_on", "amount", "basis", "created_at"),
    "decision_draft": ("id", "uuid", "batch_id", "register_id", "award_codes", "created_at"),
}


def _json(columns: tuple[str, ...], alias: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"


def _triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    new, old = _json(columns, "NEW"), _json(columns, "OLD")
    return [
        f'CREATE TRIGGER "audit_{table}_ai" AFTER INSERT ON "{table}" BEGIN {ins} '
        f"VALUES ('{table}', NEW.uuid, 'insert', NULL, {new}); END",
        f'CREATE TRIGGER "audit_{table}_au" AFTER UPDATE ON "{table}" BEGIN {ins} '
        f"VALUES ('{table}', NEW.uuid, 'update', {old}, {new}); END",
        f'CREATE TRIGGER "audit_{table}_ad" AFTER DELETE ON "{table}" BEGIN {ins} '
        f"VALUES ('{table}', OLD.uuid, 'delete', {old}, NULL); END",
    ]


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "base_salary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("start_on", text(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("basis", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_base_salary")),
        sa.UniqueConstraint("uuid", name=op.f("uq_base_salary_uuid")),
        sa.UniqueConstraint("start_on", name=op.f("uq_base_salary_start_on")),
    )
    op.create_table(
        "decision_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("award_codes", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["proposal_batch.id"],
            name=op.f("fk_decision_draft_batch_id_proposal_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["outgoing_register.id"],
            name=op.f("fk_decision_draft_register_id_outgoing_register"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_draft")),
        sa.UniqueConstraint("uuid", name=op.f("uq_decision_draft_uuid")),
        sa.UniqueConstraint("register_id", name=op.f("uq_decision_draft_register_id")),
    )
    op.create_index("ix_decision_draft_batch_id", "decision_draft", ["batch_id"])
    for table, columns in _TABLES.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in _TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_decision_draft_batch_id", table_name="decision_draft")
    op.drop_table("decision_draft")
    op.drop_table("base_salary")
