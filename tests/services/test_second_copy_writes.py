"""Checks that decide a write are made inside it: a second copy of the program that checked
before another copy's change refuses once it holds the write lock (real file, two handles)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.accounts import Role
from desktop.domain.errors import ConflictError
from desktop.services import accounts
from desktop.services.session import Workspace
from tests.second_copy import while_it_waits_to_write

OLD = "mật khẩu cán bộ"


def test_an_administrators_reset_wins_over_a_password_change_checked_before_it(
    ws: Workspace, db_path: Path, qtbot
) -> None:
    accounts.create_account(ws, "admin", "mật khẩu quản trị", Role.ADMIN)
    officer = accounts.create_account(ws, "canbo", OLD, Role.OFFICER)
    other = Workspace.open(db_path)  # the officer's copy of the program
    try:
        accounts.login(other, "canbo", OLD)
        got = while_it_waits_to_write(
            qtbot,
            ws,
            lambda: accounts.change_own_password(other, OLD, "mật khẩu tự đổi 2026"),
            lambda: accounts.reset_password(ws, officer, "mật khẩu quản trị đặt"),
        )
    finally:
        other.close()
    assert isinstance(got, ConflictError) and got.code == "bad_password"
    assert accounts.login(ws, "canbo", "mật khẩu quản trị đặt").uuid == officer
