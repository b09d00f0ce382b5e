"""The lock-out counter and lock of an account are in the audit log: resetting them with another
tool (the sqlite3 shell) is caught by check and recorded, never silent (issue 21)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from desktop.domain.accounts import Role
from desktop.domain.errors import ConflictError
from desktop.domain.units import UnitInput
from desktop.persistence import audit as store
from desktop.services import accounts, audit, backups, units
from desktop.services.session import Workspace

T0 = datetime(2026, 3, 1, 8, 0, 0)


def _locked_officer(ws: Workspace) -> str:
    accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    uuid = accounts.create_account(ws, "canbo", "mật khẩu cán bộ", Role.OFFICER)
    for i in range(accounts.MAX_FAILED_LOGINS):
        with pytest.raises(ConflictError):
            accounts.login(ws, "canbo", "sai", now=T0 + timedelta(seconds=i))
    return uuid


def _shell_reset(ws: Workspace, drop_triggers: bool = False) -> None:
    conn = sqlite3.connect(ws.path, isolation_level=None)
    if drop_triggers:
        for suffix in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER audit_account_{suffix}")
    conn.execute("UPDATE account SET failed_attempts = 0, locked_until = '' WHERE username='canbo'")
    conn.close()


def test_wrong_passwords_and_the_lock_are_logged(ws: Workspace) -> None:
    uuid = _locked_officer(ws)
    events = audit.history(ws, table="account", record_uuid=uuid, oldest_first=True)
    changed = [e.changes for e in events if e.action == "update"]
    assert changed[0] == {"failed_attempts": [0, 1]}
    assert "locked_until" in changed[-1] and changed[-1]["locked_until"][0] == ""
    assert all("password_hash" not in c for c in changed)
    assert audit.verify(ws) == []


def test_an_unlock_with_the_sqlite_shell_is_caught_and_recorded(ws: Workspace) -> None:
    uuid = _locked_officer(ws)
    # WHEN another tool resets the counter and the lock (the audit triggers still in place)
    _shell_reset(ws)
    # THEN check says a change waits and the account no longer matches its last logged state
    assert {"pending", "changed_outside"} <= {f.code for f in audit.verify(ws)}
    # AND the next save records the reset under "another tool", with the lock it removed
    units.save(ws, UnitInput(name="Phòng Tổ chức"))
    reset = audit.history(ws, table="account", record_uuid=uuid, limit=1)[0]
    assert reset.user == store.EXTERNAL_USER
    assert reset.changes["locked_until"][1] == ""
    assert [f.code for f in audit.verify(ws)] == ["outside_unacknowledged"]


def test_an_unlock_with_the_triggers_dropped_is_caught_by_check(ws: Workspace) -> None:
    _locked_officer(ws)
    _shell_reset(ws, drop_triggers=True)
    codes = {f.code for f in audit.verify(ws)}
    assert {"changed_outside", "trigger_missing"} <= codes
    assert any("bị sửa ngoài chương trình" in p for p in backups.check(ws))


def test_a_wrong_password_typed_at_a_readers_desk_is_logged_not_refused(ws: Workspace) -> None:
    accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    uuid = accounts.create_account(ws, "canbo", "mật khẩu cán bộ", Role.OFFICER)
    accounts.create_account(ws, "lanhdao", "mật khẩu lãnh đạo", Role.VIEWER)
    accounts.login(ws, "lanhdao", "mật khẩu lãnh đạo")
    with pytest.raises(ConflictError) as err:
        accounts.login(ws, "canbo", "sai", now=T0)
    assert err.value.code == "bad_login"
    last = audit.history(ws, table="account", record_uuid=uuid, limit=1)[0]
    assert (last.user, last.changes) == ("lanhdao", {"failed_attempts": [0, 1]})
