"""the clerk's desk: office duties with due dates, files kept with batches, who does a milestone

Revision ID: 0018_desk
Revises: 0017_packages

Two new tables (deadline, batch_file) and one new column (movement_milestone.assignee, added
with ALTER TABLE ADD COLUMN, so no table is recreated). The audit triggers are written here with
this revision's own column lists (batch_file's bytes are not logged, its size and SHA-256 stand
in), and since movement_milestone changed shape, every one of its rows is noted as a 'snapshot'
event, left pending for the opening to seal (as audit.after_schema_change does, without
importing the live module).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0018_desk"
down_revision = "0017_packages"
branch_labels = None
depends_on = None

_COLUMNS = {
    "deadline": (
        "id", "uuid", "title", "kind", "due_date", "assignee", "repeat", "note", "movement_id",
        "done_date", "created_at", "updated_at",
    ),
    "batch_file": (
        "id", "uuid", "batch_id", "nominee_id", "decision_id", "kind", "name", "size", "sha256",
        "added_at",
    ),
    "movement_milestone": (
        "id", "uuid", "movement_id", "kind", "title", "due_date", "done_date", "assignee",
    ),
}  # fmt: skip


def _json(table: str, alias: str) -> str:
    pairs = (f"'{c}', {alias}.\"{c}\"" for c in _COLUMNS[table])
    return f"json_object({', '.join(pairs)})"


def _triggers(table: str) -> None:
    """The audit triggers of `table`: the row's old and new JSON into audit_pending."""
    into = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    for suffix, event, row, before, after in (
        ("ai", "INSERT", "NEW", "NULL", _json(table, "NEW")),
        ("au", "UPDATE", "NEW", _json(table, "OLD"), _json(table, "NEW")),
        ("ad", "DELETE", "OLD", _json(table, "OLD"), "NULL"),
    ):
        name = f"audit_{table}_{suffix}"
        values = f"'{table}', {row}.uuid, '{event.lower()}', {before}, {after}"
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute(f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" BEGIN {into} VALUES ({values}); END')


def _fk(column: str, target: str, table: str) -> sa.ForeignKeyConstraint:
    parent = target.split(".")[0]
    return sa.ForeignKeyConstraint(
        [column], [target], name=op.f(f"fk_{table}_{column}_{parent}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("title", text(), nullable=False),
        sa.Column("kind", text(), nullable=False),
        sa.Column("due_date", text(), nullable=False),
        sa.Column("assignee", text(), nullable=False),
        sa.Column("repeat", text(), nullable=False),
        sa.Column("note", text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("done_date", text(), nullable=True),
        sa.Column("created_at", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        _fk("movement_id", "movement.id", "deadline"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline")),
        sa.UniqueConstraint("uuid", name=op.f("uq_deadline_uuid")),
    )
    op.create_index("ix_deadline_done_date_due_date", "deadline", ["done_date", "due_date"])
    op.create_table(
        "batch_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("kind", text(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", text(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", text(), nullable=False),
        _fk("batch_id", "proposal_batch.id", "batch_file"),
        _fk("nominee_id", "nominee.id", "batch_file"),
        _fk("decision_id", "decision_draft.id", "batch_file"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch_file")),
        sa.UniqueConstraint("uuid", name=op.f("uq_batch_file_uuid")),
    )
    for column in ("batch_id", "nominee_id", "decision_id"):
        op.create_index(f"ix_batch_file_{column}", "batch_file", [column])
    op.execute("ALTER TABLE movement_milestone ADD COLUMN assignee VARCHAR NOT NULL DEFAULT ''")
    for table in _COLUMNS:
        _triggers(table)
    op.execute(
        "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json) "
        f"SELECT 'movement_milestone', uuid, 'snapshot', NULL, {_json('movement_milestone', 'x')}"
        " FROM movement_milestone AS x"
    )


def downgrade() -> None:
    for table in ("deadline", "batch_file"):
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    for column in ("batch_id", "nominee_id", "decision_id"):
        op.drop_index(f"ix_batch_file_{column}", table_name="batch_file")
    op.drop_table("batch_file")
    op.drop_index("ix_deadline_done_date_due_date", table_name="deadline")
    op.drop_table("deadline")
    for suffix in ("ai", "au", "ad"):
        op.execute(f'DROP TRIGGER IF EXISTS "audit_movement_milestone_{suffix}"')
    with op.batch_alter_table("movement_milestone") as batch_op:
        batch_op.drop_column("assignee")
    _COLUMNS["movement_milestone"] = _COLUMNS["movement_milestone"][:-1]
    _triggers("movement_milestone")
