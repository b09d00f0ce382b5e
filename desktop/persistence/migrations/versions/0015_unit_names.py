"""dated names of units and of the office; unit merges and the rows each merge moved

Revision ID: 0015_unit_names
Revises: 0014_council

New tables only. Their audit triggers are written here (same shape as the others: the row's
old/new JSON into audit_pending) rather than by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0015_unit_names"
down_revision = "0014_council"
branch_labels = None
depends_on = None

_COLUMNS = {
    "unit_name_period": (
        "id", "uuid", "unit_id", "name", "parent_id", "valid_from", "valid_to", "note",
        "created_at",
    ),
    "office_name_period": ("id", "uuid", "field", "name", "valid_from", "valid_to", "created_at"),
    "unit_merge": (
        "id", "uuid", "from_unit_id", "into_unit_id", "merged_on", "note", "created_at",
    ),
    "unit_merge_row": ("id", "uuid", "merge_id", "table_name", "column_name", "row_id"),
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


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "unit_name_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("valid_from", text(), nullable=True),
        sa.Column("valid_to", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        _fk("unit_name_period", "unit_id", "unit", "CASCADE"),
        _fk("unit_name_period", "parent_id", "unit", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_name_period")),
        sa.UniqueConstraint("uuid", name=op.f("uq_unit_name_period_uuid")),
    )
    op.create_index("ix_unit_name_period_unit_id", "unit_name_period", ["unit_id"])
    op.create_index("ix_unit_name_period_parent_id", "unit_name_period", ["parent_id"])
    op.create_table(
        "office_name_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("field", text(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("valid_from", text(), nullable=True),
        sa.Column("valid_to", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_name_period")),
        sa.UniqueConstraint("uuid", name=op.f("uq_office_name_period_uuid")),
    )
    op.create_table(
        "unit_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("from_unit_id", sa.Integer(), nullable=False),
        sa.Column("into_unit_id", sa.Integer(), nullable=False),
        sa.Column("merged_on", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("created_at", text(), nullable=False),
        _fk("unit_merge", "from_unit_id", "unit", "RESTRICT"),
        _fk("unit_merge", "into_unit_id", "unit", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_merge")),
        sa.UniqueConstraint("uuid", name=op.f("uq_unit_merge_uuid")),
        sa.UniqueConstraint("from_unit_id", name=op.f("uq_unit_merge_from_unit_id")),
    )
    op.create_index("ix_unit_merge_into_unit_id", "unit_merge", ["into_unit_id"])
    op.create_table(
        "unit_merge_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("table_name", text(), nullable=False),
        sa.Column("column_name", text(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        _fk("unit_merge_row", "merge_id", "unit_merge", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_merge_row")),
        sa.UniqueConstraint("uuid", name=op.f("uq_unit_merge_row_uuid")),
    )
    op.create_index(
        "ix_unit_merge_row_table_name_row_id", "unit_merge_row", ["table_name", "row_id"]
    )
    op.create_index("ix_unit_merge_row_merge_id", "unit_merge_row", ["merge_id"])
    for table in _COLUMNS:
        _triggers(table)


def downgrade() -> None:
    for table in _COLUMNS:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_table("unit_merge_row")
    op.drop_table("unit_merge")
    op.drop_table("office_name_period")
    op.drop_table("unit_name_period")
