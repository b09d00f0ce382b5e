"""saved periodic reports (kind, period, scope, written parts)

Revision ID: 0006_reports
Revises: 0005_documents
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_reports"
down_revision = "0005_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("period_start", text(), nullable=False),
        sa.Column("period_end", text(), nullable=False),
        sa.Column("period_text", text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("direction", text(), nullable=False),
        sa.Column("strengths", text(), nullable=False),
        sa.Column("weaknesses", text(), nullable=False),
        sa.Column("lessons", text(), nullable=False),
        sa.Column("tasks", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"], ["movement.id"],
            name=op.f("fk_report_movement_id_movement"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_uuid")),
    )
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.create_index("ix_report_kind_updated_at", ["kind", "updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_index("ix_report_kind_updated_at")
    op.drop_table("report")
