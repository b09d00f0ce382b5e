"""certificates: blank layouts, printer calibrations, the certificate register

Revision ID: 0012_certificates
Revises: 0011_audit_signatures

New tables only. Their audit triggers are written out with the SQL of this revision (every
column as JSON into audit_pending), so later changes to live code cannot change this step.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012_certificates"
down_revision = "0011_audit_signatures"
branch_labels = None
depends_on = None

_TABLES = {
    "certificate_layout": (
        "id",
        "uuid",
        "name",
        "award_code",
        "fields_json",
        "background",
        "updated_at",
    ),
    "printer_calibration": ("id", "uuid", "printer", "dx_mm", "dy_mm", "scale", "updated_at"),
    "certificate_register": (
        "id",
        "uuid",
        "year",
        "number",
        "nominee_id",
        "batch_id",
        "recipient",
        "unit",
        "award_code",
        "award_name",
        "decision_number",
        "mode",
        "layout_name",
        "printed_by",
        "printed_at",
        "times_printed",
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
        "certificate_layout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("name", text(), nullable=False),
        sa.Column("award_code", text(), nullable=False),
        sa.Column("fields_json", text(), nullable=False),
        sa.Column("background", text(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_layout")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_layout_uuid")),
        sa.UniqueConstraint("name", name=op.f("uq_certificate_layout_name")),
    )
    op.create_table(
        "printer_calibration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("printer", text(), nullable=False),
        sa.Column("dx_mm", sa.Float(), nullable=False),
        sa.Column("dy_mm", sa.Float(), nullable=False),
        sa.Column("scale", sa.Float(), nullable=False),
        sa.Column("updated_at", text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printer_calibration")),
        sa.UniqueConstraint("uuid", name=op.f("uq_printer_calibration_uuid")),
        sa.UniqueConstraint("printer", name=op.f("uq_printer_calibration_printer")),
    )
    op.create_table(
        "certificate_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("recipient", text(), nullable=False),
        sa.Column("unit", text(), nullable=False),
        sa.Column("award_code", text(), nullable=False),
        sa.Column("award_name", text(), nullable=False),
        sa.Column("decision_number", text(), nullable=False),
        sa.Column("mode", text(), nullable=False),
        sa.Column("layout_name", text(), nullable=False),
        sa.Column("printed_by", text(), nullable=False),
        sa.Column("printed_at", text(), nullable=False),
        sa.Column("times_printed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_certificate_register_nominee_id_nominee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["proposal_batch.id"],
            name=op.f("fk_certificate_register_batch_id_proposal_batch"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_register")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_register_uuid")),
        sa.UniqueConstraint("nominee_id", name=op.f("uq_certificate_register_nominee_id")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_certificate_register_year_number")),
    )
    op.create_index("ix_certificate_register_batch_id", "certificate_register", ["batch_id"])
    for table, columns in _TABLES.items():
        for statement in _triggers(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in _TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_certificate_register_batch_id", table_name="certificate_register")
    op.drop_table("certificate_register")
    op.drop_table("printer_calibration")
    op.drop_table("certificate_layout")
