"""audit log signed per transaction (Ed25519), verifiable on any PC; redaction allowed

Revision ID: 0011_audit_signatures
Revises: 0010_papers

Adds `audit_seal` (event number, key fingerprint, public key, the key's introduction when it
enters the log, signature of the chain's head after each transaction), append-only like the log, and lets the log's update guard pass one change only:
an event's `changes` replaced by its redacted form (`{"$redacted": sha256}`), every other
column unchanged. No row is rewritten: old events keep their HMAC; the first write by this
version records them in a signed `upgrade` event (see persistence/audit.py). Own SQL only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_audit_signatures"
down_revision = "0010_papers"
branch_labels = None
depends_on = None

_SAME = " AND ".join(
    f"NEW.{c} IS OLD.{c}"
    for c in (
        "id",
        "time",
        "user",
        "machine",
        "table_name",
        "record_uuid",
        "action",
        "digest",
        "prev_hash",
        "hash",
    )
)
NO_UPDATE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    f"WHEN NOT ({_SAME} AND NEW.changes LIKE '{{\"$redacted\":%') "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
)
OLD_NO_UPDATE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
)


def upgrade() -> None:
    op.create_table(
        "audit_seal",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("intro", sa.String(), nullable=True),
        sa.Column("signature", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_audit_seal")),
    )
    op.execute(
        "CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.execute(NO_UPDATE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.execute(OLD_NO_UPDATE)
    op.execute("DROP TRIGGER IF EXISTS audit_seal_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_seal_no_delete")
    op.drop_table("audit_seal")
