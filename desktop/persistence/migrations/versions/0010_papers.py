"""printed papers: office paper settings, per-batch Nơi nhận, the outgoing register (sổ văn bản đi)

Revision ID: 0010_papers
Revises: 0009_subjects

New tables only (no audited table is recreated or altered). Their audit triggers are written
out here with the SQL of this revision (the generic trigger form: every non-BLOB column as JSON
into audit_pending), so that later changes to live code cannot change what this step did.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_papers"
down_revision = "0009_subjects"
branch_labels = None
depends_on = None

_TABLES = {
    "paper_setting": ("id", "uuid", "key", "value", "updated_at"),
    "batch_paper": ("id", "uuid", "batch_id", "copies_to", "updated_at"),
    "outgoing_register": (
        "id",
        "uuid",
        "year",
        "number",
        "kind_code",
        "symbol",
        "issued_on",
        "subject",
        "batch_id",
        "document_id",
        "created_at",
    ),
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
        "paper_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("key", text(), nullable=False),
        sa.Column("value", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_setting")),
        sa.UniqueConstraint("uuid", name=op.f("uq_paper_setting_uuid")),
        sa.UniqueConstraint("key", name=op.f("uq_paper_setting_key")),
    )
    op.create_table(
        "batch_paper",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("copies_to", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["proposal_batch.id"],
            name=op.f("fk_batch_paper_batch_id_proposal_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch_paper")),
        sa.UniqueConstraint("uuid", name=op.f("uq_batch_paper_uuid")),
        sa.UniqueConstraint("batch_id", name=op.f("uq_batch_paper_batch_id")),
    )
    op.create_table(
        "outgoing_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind_code", text(), nullable=False),
        sa.Column("symbol", text(), nullable=False),
        sa.Column("issued_on", text(), nullable=False),
        sa.Column("subject", text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("created_at", text(), nullable=False),
        sa.CheckConstraint("number > 0", name=op.f("ck_outgoing_register_number_positive")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["proposal_batch.id"],
            name=op.f("fk_outgoing_register_batch_id_proposal_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["issued_document.id"],
            name=op.f("fk_outgoing_register_document_id_issued_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_register")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outgoing_register_uuid")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_outgoing_register_year_number")),
    )
    op.create_index("ix_outgoing_register_batch_id", "outgoing_register", ["batch_id"])
    for table, columns in _TABLES.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in _TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_outgoing_register_batch_id", table_name="outgoing_register")
    op.drop_table("outgoing_register")
    op.drop_table("batch_paper")
    op.drop_table("paper_setting")
