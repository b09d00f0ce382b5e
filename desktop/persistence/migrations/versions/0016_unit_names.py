"""dated names of units and of the office; unit merges and the rows each merge moved

Revision ID: 0016_unit_names
Revises: 0015_blocs

New tables only. Their audit triggers are written here (same shape as the others: the row's
old/new JSON into audit_pending) rather than by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0016_unit_names"
down_revision = "0015_blocs"
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


_TRIGGER = (
    'CREATE TRIGGER "audit_{t}_{suffix}" AFTER {event} ON "{t}" BEGIN INSERT INTO audit_pending'
    "(table_name, record_uuid, action, old_json, new_json) VALUES ('{t}', {row}.uuid, '{action}',"
    " {old}, {new}); END"
)


def _triggers(table: str) -> None:
    """The audit triggers of a new table: each change's old and new row as JSON, pending."""
    cols = _COLUMNS[table]
    image = {
        a: "json_object(" + ", ".join(f"'{c}', {a}.\"{c}\"" for c in cols) + ")"
        for a in ("NEW", "OLD")
    }
    for suffix, event, action, row, old, new in (
        ("ai", "INSERT", "insert", "NEW", "NULL", image["NEW"]),
        ("au", "UPDATE", "update", "NEW", image["OLD"], image["NEW"]),
        ("ad", "DELETE", "delete", "OLD", image["OLD"], "NULL"),
    ):
        op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
        op.execute(
            _TRIGGER.format(
                t=table, suffix=suffix, event=event, action=action, row=row, old=old, new=new
            )
        )


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _table(name: str, columns: str, *extra: sa.schema.SchemaItem) -> None:
    """A table with `id`, `uuid` and the columns `name:kind` (kind: int, int?, text, text?)."""
    text = sqlmodel.sql.sqltypes.AutoString
    kinds = {"int": sa.Integer, "text": text}
    cols = [
        sa.Column(col, kinds[kind.rstrip("?")](), nullable=kind.endswith("?"))
        for col, kind in (spec.split(":") for spec in columns.split())
    ]
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        *cols,
        *extra,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{name}_uuid")),
    )


def upgrade() -> None:
    _table(
        "unit_name_period",
        "unit_id:int name:text parent_id:int? valid_from:text? valid_to:text note:text"
        " created_at:text",
        _fk("unit_name_period", "unit_id", "unit", "CASCADE"),
        _fk("unit_name_period", "parent_id", "unit", "SET NULL"),
    )
    op.create_index("ix_unit_name_period_unit_id", "unit_name_period", ["unit_id"])
    op.create_index("ix_unit_name_period_parent_id", "unit_name_period", ["parent_id"])
    _table(
        "office_name_period",
        "field:text name:text valid_from:text? valid_to:text created_at:text",
    )
    _table(
        "unit_merge",
        "from_unit_id:int into_unit_id:int merged_on:text note:text created_at:text",
        _fk("unit_merge", "from_unit_id", "unit", "RESTRICT"),
        _fk("unit_merge", "into_unit_id", "unit", "RESTRICT"),
        sa.UniqueConstraint("from_unit_id", name=op.f("uq_unit_merge_from_unit_id")),
    )
    op.create_index("ix_unit_merge_into_unit_id", "unit_merge", ["into_unit_id"])
    _table(
        "unit_merge_row",
        "merge_id:int table_name:text column_name:text row_id:int",
        _fk("unit_merge_row", "merge_id", "unit_merge", "CASCADE"),
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
