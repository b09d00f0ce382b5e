"""initiatives and attachments

Revision ID: 0003_initiatives
Revises: 0002_movements
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401

revision = "0003_initiatives"
down_revision = "0002_movements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
