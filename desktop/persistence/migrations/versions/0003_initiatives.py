"""initiatives and attachments

Revision ID: 0003_initiatives
Revises: 0002_movements
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0003_initiatives"
down_revision = "0002_movements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('initiative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title_fold', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sort_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('movement_id', sa.Integer(), nullable=True),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('benefit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('benefit_value', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recognising_body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision_date', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('used_for_award', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('used_for_ref', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('used_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_initiative_movement_id_movement'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_initiative_unit_id_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative')),
    sa.UniqueConstraint('uuid', name=op.f('uq_initiative_uuid'))
    )
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_movement_id', ['movement_id'], unique=False)
        batch_op.create_index('ix_initiative_sort_key', ['sort_key'], unique=False)
        batch_op.create_index('ix_initiative_unit_id', ['unit_id'], unique=False)
        batch_op.create_index('ix_initiative_year_status', ['year', 'status'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('blob', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_attachment_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_attachment_uuid'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_initiative_id', ['initiative_id'], unique=False)

    op.create_table('initiative_author',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('share', sa.Float(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_initiative_author_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_initiative_author_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_author')),
    sa.UniqueConstraint('initiative_id', 'person_id', name=op.f('uq_initiative_author_initiative_id_person_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_initiative_author_uuid'))
    )
    with op.batch_alter_table('initiative_author', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_author_person_id', ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('initiative_author', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_author_person_id')

    op.drop_table('initiative_author')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_initiative_id')

    op.drop_table('attachment')
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_year_status')
        batch_op.drop_index('ix_initiative_unit_id')
        batch_op.drop_index('ix_initiative_sort_key')
        batch_op.drop_index('ix_initiative_movement_id')

    op.drop_table('initiative')
