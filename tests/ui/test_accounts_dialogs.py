"""Accounts in the UI: create the administrator, log in, a reader cannot save."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.domain.accounts import Role
from desktop.services import accounts
from desktop.services.session import Workspace
from desktop.ui.dialogs.accounts import (
    AccountsBox,
    LoginDialog,
    ManageAccountsDialog,
    NewAccountDialog,
    login_if_needed,
)


def test_create_the_administrator_then_log_in(qtbot: QtBot, ws: Workspace) -> None:
    # GIVEN the one implicit user: no login needed, the box offers to create an administrator
    assert login_if_needed(ws)
    box = AccountsBox(ws)
    qtbot.addWidget(box)
    assert not box.create_button.isHidden() and box.manage_button.isHidden()
    # WHEN the administrator is created with two different passwords, then the same twice
    dialog = NewAccountDialog(ws)
    qtbot.addWidget(dialog)
    dialog.username.setText("quantri")
    dialog.display_name.setText("Nguyễn Văn Quản")
    dialog.password.setText("mật khẩu dài")
    dialog.repeat.setText("khác hẳn")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.error_label.isHidden()
    dialog.repeat.setText("mật khẩu dài")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    # THEN the box shows the administrator and the account list
    box.refresh()
    assert box.create_button.isHidden() and not box.manage_button.isHidden()
    assert "Nguyễn Văn Quản" in box.who.text()
    manage = ManageAccountsDialog(ws)
    qtbot.addWidget(manage)
    assert manage.table.rowCount() == 1


def test_login_dialog_refuses_a_wrong_password(qtbot: QtBot, ws: Workspace) -> None:
    accounts.create_account(ws, "quantri", "mật khẩu dài", Role.ADMIN)
    accounts.create_account(ws, "lanhdao", "mật khẩu lãnh đạo", Role.VIEWER)
    dialog = LoginDialog(ws)
    qtbot.addWidget(dialog)
    dialog.username.setText("lanhdao")
    dialog.password.setText("sai")
    dialog.accept()
    assert "Wrong user name" in dialog.error_label.text()
    dialog.password.setText("mật khẩu lãnh đạo")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.db.actor.user == "lanhdao" and ws.db.actor.role == "xem"
