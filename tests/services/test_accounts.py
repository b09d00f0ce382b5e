"""Accounts: implicit user, first administrator, roles, Argon2id, lock after 5 wrong passwords."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.accounts import Role
from desktop.domain.errors import ConflictError
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import accounts, audit, people, units
from desktop.services.session import Workspace


def test_one_implicit_user_until_an_administrator_is_created(ws: Workspace) -> None:
    assert not accounts.has_accounts(ws)
    assert accounts.current(ws) is None
    units.save(ws, UnitInput(name="Phòng Tổ chức"))  # the implicit user writes freely
    with pytest.raises(ConflictError) as err:
        accounts.create_account(ws, "lanhdao", "mật khẩu dài", Role.VIEWER)
    assert err.value.code == "first_admin"
    accounts.create_account(ws, "QuanTri", "mật khẩu dài", Role.ADMIN, "Nguyễn Văn Quản")
    assert accounts.has_accounts(ws)
    me = accounts.current(ws)
    assert me is not None and me.username == "quantri" and me.role is Role.ADMIN


def test_password_hash_is_argon2id_and_never_in_the_audit_log(ws: Workspace) -> None:
    uuid = accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    with ws.db.read() as conn:
        hashed = conn.execute("SELECT password_hash FROM account").fetchone()[0]
    assert hashed.startswith("$argon2id$")
    events = audit.history(ws, table="account", record_uuid=uuid)
    assert events and all("password_hash" not in e.changes for e in events)
    assert audit.verify(ws) == []


def test_roles_and_the_read_only_refusal_even_when_a_service_is_called_directly(
    ws: Workspace,
) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    accounts.create_account(ws, "canbo", "mật khẩu cán bộ", Role.OFFICER)
    accounts.create_account(ws, "lanhdao", "mật khẩu lãnh đạo", Role.VIEWER)
    accounts.login(ws, "lanhdao", "mật khẩu lãnh đạo")
    with pytest.raises(ConflictError) as err:
        people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit_id))
    assert err.value.code == "read_only_role"
    assert people.count(ws) == 0
    with pytest.raises(ConflictError):  # not an administrator
        accounts.list_accounts(ws)
    # a reader may still change their own password
    accounts.change_own_password(ws, "mật khẩu lãnh đạo", "mật khẩu mới 2026")
    accounts.login(ws, "canbo", "mật khẩu cán bộ")
    people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit_id))
    assert audit.history(ws, table="person")[0].user == "canbo"
    with pytest.raises(ConflictError):
        accounts.reset_password(ws, accounts.current(ws).uuid, "mật khẩu khác hẳn")  # type: ignore[union-attr]
    accounts.login(ws, "lanhdao", "mật khẩu mới 2026")


def test_five_wrong_passwords_lock_the_account_for_five_minutes(ws: Workspace) -> None:
    accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    uuid = accounts.create_account(ws, "canbo", "mật khẩu cán bộ", Role.OFFICER)
    t0 = datetime(2026, 3, 1, 8, 0, 0)
    for i in range(4):
        with pytest.raises(ConflictError) as err:
            accounts.login(ws, "canbo", "sai", now=t0 + timedelta(seconds=i))
        assert err.value.code == "bad_login"
    with pytest.raises(ConflictError) as err:
        accounts.login(ws, "canbo", "sai", now=t0 + timedelta(seconds=5))
    assert err.value.code == "account_locked"
    # even the right password is refused while locked
    with pytest.raises(ConflictError) as err:
        accounts.login(ws, "canbo", "mật khẩu cán bộ", now=t0 + timedelta(minutes=4))
    assert err.value.code == "account_locked"
    assert (
        accounts.login(ws, "canbo", "mật khẩu cán bộ", now=t0 + timedelta(minutes=6)).uuid == uuid
    )
    # the administrator resets a password
    accounts.login(ws, "admin", "mật khẩu dài")
    accounts.reset_password(ws, uuid, "mật khẩu đặt lại")
    accounts.login(ws, "canbo", "mật khẩu đặt lại")


def test_the_last_administrator_cannot_be_removed(ws: Workspace) -> None:
    uuid = accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    with pytest.raises(ConflictError) as err:
        accounts.update_account(ws, uuid, display_name="A", role=Role.OFFICER, active=True)
    assert err.value.code == "last_admin"
    assert accounts.current(ws).role is Role.ADMIN  # type: ignore[union-attr]


def test_only_an_administrator_restores_a_backup(ws: Workspace, tmp_path: object) -> None:
    from pathlib import Path

    from desktop.services import backups

    accounts.create_account(ws, "admin", "mật khẩu dài", Role.ADMIN)
    accounts.create_account(ws, "canbo", "mật khẩu cán bộ", Role.OFFICER)
    saved = backups.backup_now(ws, Path(str(tmp_path)) / "usb").path
    accounts.login(ws, "canbo", "mật khẩu cán bộ")
    with pytest.raises(ConflictError) as err:
        backups.restore(ws, saved)
    assert err.value.code == "admin_only"
    accounts.login(ws, "admin", "mật khẩu dài")
    backups.restore(ws, saved)
