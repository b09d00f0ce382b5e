"""Login, accounts (administrator), own password, and the settings section that opens them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts import Account, Role
from desktop.domain.errors import ThiDuaError
from desktop.services import accounts
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog
from desktop.ui.style import mark_error
from desktop.ui.tasks import on_worker


def role_label(role: Role) -> str:
    """Translated name of a role."""
    from PySide6.QtCore import QCoreApplication

    return {
        Role.ADMIN: QCoreApplication.translate("Accounts", "Administrator"),
        Role.OFFICER: QCoreApplication.translate("Accounts", "Emulation officer"),
        Role.VIEWER: QCoreApplication.translate("Accounts", "Leader / read only"),
    }[role]


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    mark_error(label)
    label.setWordWrap(True)
    label.hide()
    return label


class _AccountForm(FormDialog):
    """An account form: `values()` checks the fields and returns the service call to make,
    which `write` makes on the database worker."""

    def __init__(self, ws: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self.setWindowTitle(title)

    def write(self, values: object) -> None:
        assert callable(values)
        values()


class LoginDialog(_AccountForm):
    """Tên đăng nhập and mật khẩu; on success the writes are recorded under that account."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Log in to Thi đua"), parent)
        self.username = QLineEdit()
        self.password = _password()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.setup()

    def values(self) -> Callable[[], object]:
        name, password = self.username.text(), self.password.text()
        return lambda: accounts.login(self._ws, name, password)


class NewAccountDialog(_AccountForm):
    """Create an account (the first one: the administrator)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        first = not accounts.has_accounts(ws)
        title = self.tr("Create the administrator") if first else self.tr("New account")
        super().__init__(ws, title, parent)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in [Role.ADMIN] if first else list(Role):
            self.role.addItem(role_label(role), role.value)
        self.password = _password()
        self.repeat = _password()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.display_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("Re&peat password:"), self.repeat)
        self.setup()

    def values(self) -> Callable[[], object]:
        if self.password.text() != self.repeat.text():
            raise ThiDuaError(self.tr("The two passwords differ."))
        name, password = self.username.text(), self.password.text()
        role, display = Role(self.role.currentData()), self.display_name.text()
        return lambda: accounts.create_account(self._ws, name, password, role, display)


class PasswordDialog(_AccountForm):
    """Change one's own password, or (administrator) set another account's password."""

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, account_uuid: str | None = None
    ) -> None:
        super().__init__(ws, self.tr("Change password"), parent)
        self._target = account_uuid
        self.old = _password()
        self.new = _password()
        self.repeat = _password()
        if account_uuid is None:
            self.form.addRow(self.tr("&Current password:"), self.old)
        self.form.addRow(self.tr("&New password:"), self.new)
        self.form.addRow(self.tr("Re&peat password:"), self.repeat)
        self.setup()

    def values(self) -> Callable[[], object]:
        if self.new.text() != self.repeat.text():
            raise ThiDuaError(self.tr("The two passwords differ."))
        old, new, target = self.old.text(), self.new.text(), self._target
        if target is None:
            return lambda: accounts.change_own_password(self._ws, old, new)
        return lambda: accounts.reset_password(self._ws, target, new)


class ManageAccountsDialog(QDialog):
    """The administrator's list of accounts: add, set a password, change role, (de)activate."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.error_label = _error_label()
        add = QPushButton(self.tr("&Add…"))
        add.clicked.connect(self._add)
        reset = QPushButton(self.tr("Set &password…"))
        reset.clicked.connect(self._reset)
        apply_role = QPushButton(self.tr("Change r&ole"))
        apply_role.clicked.connect(self._apply_role)
        self.toggle = QPushButton(self.tr("&Deactivate / activate"))
        self.toggle.clicked.connect(self._toggle)
        row = QHBoxLayout()
        for w in (add, reset, self.role, apply_role, self.toggle):
            row.addWidget(w)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        """Read the accounts again."""
        self._accounts = accounts.list_accounts(self._ws)
        self.table.setRowCount(len(self._accounts))
        for i, a in enumerate(self._accounts):
            role = role_label(a.role) + ("" if a.active else " — " + self.tr("inactive"))
            for j, text in enumerate((a.username, a.display_name, role)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _selected(self) -> Account | None:
        row = self.table.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _run(self, work: Callable[[], object]) -> None:
        try:
            on_worker(self, work)
        except ThiDuaError as exc:
            from desktop.ui.messages import error_text

            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.reload()

    def _add(self) -> None:
        NewAccountDialog(self._ws, self).exec()
        self.reload()

    def _reset(self) -> None:
        a = self._selected()
        if a is not None:
            PasswordDialog(self._ws, self, account_uuid=a.uuid).exec()

    def _apply_role(self) -> None:
        a = self._selected()
        if a is not None:
            role = Role(self.role.currentData())
            self._run(
                lambda: accounts.update_account(
                    self._ws, a.uuid, display_name=a.display_name, role=role, active=a.active
                )
            )

    def _toggle(self) -> None:
        a = self._selected()
        if a is not None:
            self._run(
                lambda: accounts.update_account(
                    self._ws, a.uuid, display_name=a.display_name, role=a.role, active=not a.active
                )
            )


class AccountsBox(QGroupBox):
    """Settings section “Users and change history”."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Users and change history"), parent)
        self._ws = ws
        self.setMaximumWidth(760)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.history_button = QPushButton(self.tr("Change &history…"))
        self.history_button.clicked.connect(self._show_history)
        self.create_button = QPushButton(self.tr("Create the &administrator…"))
        self.create_button.clicked.connect(self._create_admin)
        self.manage_button = QPushButton(self.tr("&Accounts…"))
        self.manage_button.clicked.connect(lambda: ManageAccountsDialog(self._ws, self).exec())
        self.password_button = QPushButton(self.tr("Change my &password…"))
        self.password_button.clicked.connect(lambda: PasswordDialog(self._ws, self).exec())
        note = QLabel(
            self.tr(
                "Accounts guard against mistakes and casual misuse, not against someone who "
                "can copy the data file."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        for b in (self.history_button, self.create_button, self.manage_button):
            row.addWidget(b)
        row.addWidget(self.password_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(row)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        """Show who works and which buttons apply."""
        me = accounts.current(self._ws)
        has = accounts.has_accounts(self._ws)
        if me is None:
            self.who.setText(
                self.tr(
                    "One user, no login (%1). Create an administrator to require accounts."
                ).replace("%1", self._ws.db.actor.user)
                if not has
                else self.tr("Not logged in.")
            )
        else:
            self.who.setText(
                self.tr("Logged in as %1 (%2).")
                .replace("%1", me.display_name or me.username)
                .replace("%2", role_label(me.role))
            )
        self.create_button.setVisible(not has)
        self.manage_button.setVisible(me is not None and me.role is Role.ADMIN)
        self.password_button.setVisible(me is not None)

    def _show_history(self) -> None:
        from desktop.ui.dialogs.history import HistoryDialog  # imported on use: faster start

        HistoryDialog(self._ws, self).exec()

    def _create_admin(self) -> None:
        NewAccountDialog(self._ws, self).exec()
        self.refresh()


def login_if_needed(ws: Workspace, parent: QWidget | None = None) -> bool:
    """Ask for a login once accounts exist; False when the user gave up."""
    if not accounts.has_accounts(ws):
        return True
    return LoginDialog(ws, parent).exec() == QDialog.DialogCode.Accepted
