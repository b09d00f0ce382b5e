"""issued documents (what was printed, with the PDF)

Revision ID: 0005_documents
Revises: 0004_awards
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_documents"
down_revision = "0004_awards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("issued_on", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["proposal_batch.id"],
            name=op.f("fk_issued_document_batch_id_proposal_batch"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
        sa.UniqueConstraint("uuid", name=op.f("uq_issued_document_uuid")),
    )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.create_index("ix_issued_document_batch_id", ["batch_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_document_batch_id")
    op.drop_table("issued_document")
