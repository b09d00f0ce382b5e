"""exchange packages: received packages (Hồ sơ nhận), their nominees, known offices

Revision ID: 0017_packages
Revises: 0016_unit_names

New tables only. Their audit triggers are written here (the row's old/new JSON into
audit_pending, BLOB columns left out as everywhere: their SHA-256 columns stand in) rather than
by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0017_packages"
down_revision = "0016_unit_names"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
# (name, type, nullable) of each new table, in order; "id" is the primary key.
_TABLES = {
    "known_office": [
        ("id", sa.Integer, False), ("uuid", _TEXT, False), ("office_uuid", _TEXT, False),
        ("name", _TEXT, False), ("parent_agency", _TEXT, False), ("fingerprint", _TEXT, False),
        ("public_key", _TEXT, False), ("trusted_at", _TEXT, False), ("updated_at", _TEXT, False),
    ],
    "received_package": [
        ("id", sa.Integer, False), ("uuid", _TEXT, False), ("package_id", _TEXT, False),
        ("sha256", _TEXT, False), ("kind", _TEXT, False), ("title", _TEXT, False),
        ("sender_uuid", _TEXT, False), ("sender_name", _TEXT, False),
        ("sender_fingerprint", _TEXT, False), ("created_at", _TEXT, False),
        ("received_at", _TEXT, False), ("state", _TEXT, False), ("state_note", _TEXT, False),
        ("summary", _TEXT, False), ("manifest", _TEXT, False), ("records", sa.LargeBinary, False),
        ("records_sha256", _TEXT, False), ("dossier", sa.LargeBinary, False),
        ("dossier_sha256", _TEXT, False), ("dossier_size", sa.Integer, False),
        ("batch_id", sa.Integer, True),
    ],
    "received_nominee": [
        ("id", sa.Integer, False), ("uuid", _TEXT, False), ("package_id", sa.Integer, False),
        ("source_uuid", _TEXT, False), ("position", sa.Integer, False),
        ("subject_kind", _TEXT, False), ("person_id", sa.Integer, True),
        ("unit_id", sa.Integer, True), ("household_name", _TEXT, False), ("name", _TEXT, False),
        ("award_code", _TEXT, False), ("summary", _TEXT, False),
        ("sender_eligibility", _TEXT, False), ("eligibility", _TEXT, False),
        ("eligibility_reasons", _TEXT, False), ("checked_at", _TEXT, True),
        ("nominee_id", sa.Integer, True),
    ],
}  # fmt: skip
# (table, column, referred table, on delete)
_FOREIGN = [
    ("received_package", "batch_id", "proposal_batch", "SET NULL"),
    ("received_nominee", "package_id", "received_package", "CASCADE"),
    ("received_nominee", "person_id", "person", "RESTRICT"),
    ("received_nominee", "unit_id", "unit", "RESTRICT"),
    ("received_nominee", "nominee_id", "nominee", "SET NULL"),
]
_UNIQUE = {"known_office": ["office_uuid"], "received_package": ["package_id"]}
_INDEX = {"received_package": "received_at", "received_nominee": "package_id"}


def _audit_triggers(table: str) -> None:
    """The same audit triggers as every data table: the row's JSON (BLOBs left out, their
    SHA-256 columns stand in) into audit_pending on insert, update and delete."""
    logged = [c for c, kind, _ in _TABLES[table] if kind is not sa.LargeBinary]

    def row(alias: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in logged) + ")"

    for suffix, event, ref, before, after in (
        ("ai", "INSERT", "NEW", "NULL", row("NEW")),
        ("au", "UPDATE", "NEW", row("OLD"), row("NEW")),
        ("ad", "DELETE", "OLD", row("OLD"), "NULL"),
    ):
        name = f"audit_{table}_{suffix}"
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute(
            f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" BEGIN INSERT INTO audit_pending'
            "(table_name, record_uuid, action, old_json, new_json) VALUES "
            f"('{table}', {ref}.uuid, '{event.lower()}', {before}, {after}); END"
        )


def upgrade() -> None:
    for table, columns in _TABLES.items():
        parts: list[sa.SchemaItem] = [sa.Column(c, kind(), nullable=n) for c, kind, n in columns]
        parts += [
            sa.ForeignKeyConstraint(
                [col], [f"{ref}.id"], name=op.f(f"fk_{t}_{col}_{ref}"), ondelete=rule
            )
            for t, col, ref, rule in _FOREIGN
            if t == table
        ]
        parts.append(sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")))
        parts += [
            sa.UniqueConstraint(col, name=op.f(f"uq_{table}_{col}"))
            for col in ["uuid", *_UNIQUE.get(table, [])]
        ]
        op.create_table(table, *parts)
        if table in _INDEX:
            op.create_index(f"ix_{table}_{_INDEX[table]}", table, [_INDEX[table]])
        _audit_triggers(table)


def downgrade() -> None:
    for table in _TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    op.drop_index("ix_received_nominee_package_id", table_name="received_nominee")
    op.drop_table("received_nominee")
    op.drop_index("ix_received_package_received_at", table_name="received_package")
    op.drop_table("received_package")
    op.drop_table("known_office")
