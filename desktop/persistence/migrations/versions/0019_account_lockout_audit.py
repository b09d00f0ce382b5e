"""the account's lock-out fields (failed_attempts, locked_until) go into the audit log

Revision ID: 0019_account_lockout_audit
Revises: 0018_desk

Until now the log left out the counter of wrong passwords and the lock's end, so another tool
could unlock an account without a trace. The account triggers are written again here with this
revision's own column list (only the password hash stays out), and since the logged shape of an
account changed, every account is noted as a 'snapshot' event, left pending for the opening to
seal (the rule for migrations in persistence/audit.py; this one carries its own SQL).
"""

from alembic import op

revision = "0019_account_lockout_audit"
down_revision = "0018_desk"
branch_labels = None
depends_on = None

_LOGGED = (
    "id", "uuid", "username", "display_name", "role", "failed_attempts", "locked_until",
    "password_changed_at", "active", "created_at", "updated_at",
)  # fmt: skip
_BEFORE = tuple(c for c in _LOGGED if c not in ("failed_attempts", "locked_until"))


def _json(alias: str, columns: tuple[str, ...]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"


def _triggers(columns: tuple[str, ...]) -> None:
    ins = "INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
    new, old = _json("NEW", columns), _json("OLD", columns)
    for suffix, sql in (
        ("ai", f"AFTER INSERT ON account BEGIN {ins} VALUES ('account', NEW.uuid, 'insert', NULL, {new}); END"),
        ("au", f"AFTER UPDATE ON account BEGIN {ins} VALUES ('account', NEW.uuid, 'update', {old}, {new}); END"),
        ("ad", f"AFTER DELETE ON account BEGIN {ins} VALUES ('account', OLD.uuid, 'delete', {old}, NULL); END"),
    ):  # fmt: skip
        op.execute(f'DROP TRIGGER IF EXISTS "audit_account_{suffix}"')
        op.execute(f'CREATE TRIGGER "audit_account_{suffix}" {sql}')


def upgrade() -> None:
    _triggers(_LOGGED)
    op.execute(
        f"INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
        f" SELECT 'account', uuid, 'snapshot', NULL, {_json('x', _LOGGED)} FROM account AS x"
    )


def downgrade() -> None:
    _triggers(_BEFORE)
    op.execute(
        f"INSERT INTO audit_pending(table_name, record_uuid, action, old_json, new_json)"
        f" SELECT 'account', uuid, 'snapshot', NULL, {_json('x', _BEFORE)} FROM account AS x"
    )
