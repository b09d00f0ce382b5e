"""khối thi đua members, chairs by year, criteria and scores; giao ước thi đua

Revision ID: 0015_blocs
Revises: 0014_council

New tables and one new column (emulation_bloc.since_year, whose audit triggers are remade to
carry it). The audit triggers are written here (the row's old/new JSON into audit_pending), not
by importing the live audit module.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0015_blocs"
down_revision = "0014_council"
branch_labels = None
depends_on = None



_INT, _TEXT, _FLOAT = "int", "text", "float"
# name: ((column, type, nullable), …) after id and uuid; foreign keys: (column, table, ondelete).
_SPEC: dict[str, tuple[tuple[tuple[str, str, bool], ...], tuple[tuple[str, str, str], ...]]] = {
    "bloc_member": (
        (("bloc_id", _INT, False), ("position", _INT, False), ("unit_id", _INT, True),
         ("name", _TEXT, False), ("from_year", _INT, True), ("to_year", _INT, True),
         ("note", _TEXT, False)),
        (("bloc_id", "emulation_bloc", "CASCADE"), ("unit_id", "unit", "RESTRICT")),
    ),
    "bloc_year": (
        (("bloc_id", _INT, False), ("year", _INT, False), ("chair_id", _INT, True),
         ("deputy_id", _INT, True)),
        (("bloc_id", "emulation_bloc", "CASCADE"), ("chair_id", "bloc_member", "SET NULL"),
         ("deputy_id", "bloc_member", "SET NULL")),
    ),
    "bloc_criterion": (
        (("bloc_id", _INT, False), ("year", _INT, False), ("position", _INT, False),
         ("text", _TEXT, False), ("max_score", _FLOAT, True)),
        (("bloc_id", "emulation_bloc", "CASCADE"),),
    ),
    "bloc_score": (
        (("member_id", _INT, False), ("criterion_id", _INT, False), ("score", _FLOAT, False)),
        (("member_id", "bloc_member", "CASCADE"), ("criterion_id", "bloc_criterion", "CASCADE")),
    ),
    "covenant": (
        (("title", _TEXT, False), ("signed_on", _TEXT, False), ("place", _TEXT, False),
         ("movement_id", _INT, True), ("bloc_id", _INT, True), ("period", _TEXT, False),
         ("preamble", _TEXT, False), ("created_at", _TEXT, False), ("updated_at", _TEXT, False)),
        (("movement_id", "movement", "SET NULL"), ("bloc_id", "emulation_bloc", "SET NULL")),
    ),
    "covenant_party": (
        (("covenant_id", _INT, False), ("position", _INT, False), ("unit_id", _INT, True),
         ("name", _TEXT, False), ("signatory", _TEXT, False), ("signatory_title", _TEXT, False)),
        (("covenant_id", "covenant", "CASCADE"), ("unit_id", "unit", "RESTRICT")),
    ),
    "covenant_commitment": (
        (("covenant_id", _INT, False), ("position", _INT, False), ("text", _TEXT, False)),
        (("covenant_id", "covenant", "CASCADE"),),
    ),
}  # fmt: skip
_COLUMNS = {
    "emulation_bloc": ("id", "uuid", "name", "kind", "note", "created_at", "since_year"),
    **{t: ("id", "uuid", *(c[0] for c in spec[0])) for t, spec in _SPEC.items()},
}
_UNIQUE = {"bloc_year": ("bloc_id", "year"), "bloc_score": ("member_id", "criterion_id")}
_INDEXES = {
    "ix_bloc_member_bloc_id": ("bloc_member", ["bloc_id"]),
    "ix_bloc_member_unit_id": ("bloc_member", ["unit_id"]),
    "ix_bloc_criterion_bloc_id_year": ("bloc_criterion", ["bloc_id", "year"]),
    "ix_bloc_score_criterion_id": ("bloc_score", ["criterion_id"]),
    "ix_covenant_signed_on": ("covenant", ["signed_on"]),
    "ix_covenant_party_covenant_id": ("covenant_party", ["covenant_id"]),
    "ix_covenant_commitment_covenant_id": ("covenant_commitment", ["covenant_id"]),
}


def _audit(table: str) -> None:
    """Insert, update and delete triggers writing the row's JSON into audit_pending."""

    def row(alias: str) -> str:
        cols = _COLUMNS[table]
        return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in cols) + ")"

    into = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    for suffix, event, ref, old, new in (
        ("ai", "INSERT", "NEW", "NULL", row("NEW")),
        ("au", "UPDATE", "NEW", row("OLD"), row("NEW")),
        ("ad", "DELETE", "OLD", row("OLD"), "NULL"),
    ):
        name = f'"audit_{table}_{suffix}"'
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(
            f'CREATE TRIGGER {name} AFTER {event} ON "{table}" BEGIN {into} VALUES'
            f" ('{table}', {ref}.uuid, '{event.lower()}', {old}, {new}); END"
        )


def _create(table: str) -> None:
    types = {_INT: sa.Integer, _TEXT: sqlmodel.sql.sqltypes.AutoString, _FLOAT: sa.Float}
    columns, fks = _SPEC[table]
    parts: list[sa.SchemaItem] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        *(sa.Column(c, types[t](), nullable=n) for c, t, n in columns),
        *(
            sa.ForeignKeyConstraint(
                [c], [f"{target}.id"], name=op.f(f"fk_{table}_{c}_{target}"), ondelete=rule
            )
            for c, target, rule in fks
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]
    if table in _UNIQUE:
        cols = _UNIQUE[table]
        parts.append(sa.UniqueConstraint(*cols, name=op.f(f"uq_{table}_{'_'.join(cols)}")))
    op.create_table(table, *parts)


def upgrade() -> None:
    op.add_column("emulation_bloc", sa.Column("since_year", sa.Integer(), nullable=True))
    for table in _SPEC:
        _create(table)
    for name, (table, cols) in _INDEXES.items():
        op.create_index(name, table, cols)
    for table in _COLUMNS:
        _audit(table)


def downgrade() -> None:
    for table in _COLUMNS:
        for suffix in ("ai", "au", "ad"):
            op.execute(f'DROP TRIGGER IF EXISTS "audit_{table}_{suffix}"')
    for table in reversed(_SPEC):
        op.drop_table(table)
    with op.batch_alter_table("emulation_bloc") as batch:
        batch.drop_column("since_year")
