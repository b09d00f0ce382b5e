"""Accounts: one implicit user until an administrator is created, then login by password.

Accounts guard against mistakes and casual misuse, not against someone who can copy the file.
Argon2id hashes (argon2-cffi defaults); 5 wrong passwords lock the account for 5 minutes. A
read-only role is refused generically by `Database.write()` (see persistence.audit.seal).
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain.accounts import (
    LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    Account,
    Role,
    check_password,
    normalize_username,
)
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.text import clean
from desktop.persistence.repositories import accounts as repo
from desktop.services.session import Workspace

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@functools.cache
def _hasher() -> PasswordHasher:
    """Argon2id; argon2 is imported on first use (20 ms the program's start need not pay)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """A hash checked when the login name is unknown, so that an unknown name takes as long to
    answer as a wrong password (the answer's delay tells nothing)."""
    return _hasher().hash("không phải mật khẩu của ai")


def accounts_in_backup(path: str) -> list[Account]:
    """The active accounts a backup file would bring back if restored."""
    return repo.accounts_in_file(path)


def has_accounts(ws: Workspace) -> bool:
    """True once an administrator was created (login required from then on)."""
    with ws.db.read() as conn:
        return repo.count_active(conn) > 0


def list_accounts(ws: Workspace) -> list[Account]:
    """Every account (administrators only)."""
    with ws.db.read() as conn:
        _require_admin(ws, conn)
        return repo.list_all(conn)


def current(ws: Workspace) -> Account | None:
    """The logged-in account, or None for the implicit user."""
    uuid = ws.db.actor.account_uuid
    if uuid is None:
        return None
    with ws.db.read() as conn:
        return repo.get(conn, uuid)


def require_admin(ws: Workspace) -> None:
    """Refuse (ConflictError "admin_only") unless the implicit user or an administrator works:
    for actions outside `Database.write()` such as restoring a backup."""
    role = ws.db.actor.role
    if role is not None and role != Role.ADMIN.value:
        raise ConflictError("admin_only", "Chỉ tài khoản quản trị mới làm được việc này.")


def _require_admin(ws: Workspace, conn: object) -> None:
    if repo.count_active(conn) == 0:  # type: ignore[arg-type]
        return  # the implicit user may create the first administrator
    if ws.db.actor.role != Role.ADMIN.value:
        raise ConflictError("admin_only", "Chỉ tài khoản quản trị mới làm được việc này.")


def create_account(
    ws: Workspace, username: str, password: str, role: Role, display_name: str = ""
) -> str:
    """Add an account; the first one must be an administrator (and becomes the current user)."""
    name = normalize_username(username)
    check_password(password)
    hashed = _hasher().hash(password)
    with ws.db.write() as conn:
        _require_admin(ws, conn)
        first = repo.count_active(conn) == 0
        if first and role is not Role.ADMIN:
            raise ConflictError("first_admin", "Tài khoản đầu tiên phải là tài khoản quản trị.")
        if repo.login_row(conn, name) is not None:
            raise ConflictError("username_taken", f"Tên đăng nhập “{name}” đã có.")
        uuid = repo.insert(conn, name, clean(display_name) or name, role, hashed)
    if first:
        from desktop.services import audit  # its log readers: not at start-up

        audit.set_user(ws, name, role.value, uuid)
    return uuid


def login(ws: Workspace, username: str, password: str, now: datetime | None = None) -> Account:
    """Check a password; the writes that follow are recorded under this account."""
    now = now or datetime.now()
    stamp = now.isoformat(timespec="seconds")
    try:
        name = normalize_username(username)
    except Exception:
        name = ""
    outcome: str
    with ws.db.write() as conn:
        found = repo.login_row(conn, name) if name else None
        if found is None or not found[0].active:
            _verify(_dummy_hash(), password)
            outcome = "bad"
        else:
            account, hashed, attempts = found
            if account.locked_until and account.locked_until > stamp:
                outcome = "locked"
            elif _verify(hashed, password):
                outcome = "ok"
                if attempts or account.locked_until:
                    repo.set_failures(conn, account.uuid, 0, "")
                if _hasher().check_needs_rehash(hashed):
                    repo.rehash(conn, account.uuid, _hasher().hash(password))
            else:
                attempts += 1
                locked = ""
                if attempts >= MAX_FAILED_LOGINS:
                    locked = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
                    attempts = 0
                repo.set_failures(conn, account.uuid, attempts, locked)
                outcome = "locked_now" if locked else "bad"
    if outcome == "ok":
        from desktop.services import audit  # its log readers: not at start-up

        audit.set_user(ws, account.username, account.role.value, account.uuid)
        return account
    if outcome in ("locked", "locked_now"):
        until = found[0].locked_until if outcome == "locked" else locked  # type: ignore[index]
        raise ConflictError(
            "account_locked",
            f"Tài khoản tạm khoá do nhập sai mật khẩu {MAX_FAILED_LOGINS} lần; "
            f"hãy thử lại sau {until[11:16]}.",
            {"count": MAX_FAILED_LOGINS, "until": until[11:16]},
        )
    raise ConflictError("bad_login", "Sai tên đăng nhập hoặc mật khẩu.")


def _verify(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def change_own_password(ws: Workspace, old: str, new: str) -> None:
    """The logged-in user changes their own password (any role).

    The slow hashing runs outside the write; inside it the stored hash must still be the one
    the old password was checked against (an administrator's reset meanwhile wins)."""
    check_password(new)
    me = current(ws)
    if me is None:
        raise ConflictError("no_account", "Chưa đăng nhập bằng tài khoản nào.")
    with ws.db.read() as conn:
        found = repo.login_row(conn, me.username)
    if found is None or not _verify(found[1], old):
        raise ConflictError("bad_password", "Mật khẩu hiện tại không đúng.")
    hashed = _hasher().hash(new)
    with ws.db.write() as conn:
        now = repo.login_row(conn, me.username)
        if now is None or now[1] != found[1] or now[0].uuid != me.uuid:
            raise ConflictError("bad_password", "Mật khẩu hiện tại không đúng.")
        repo.set_password(conn, me.uuid, hashed)


def reset_password(ws: Workspace, account_uuid: str, new: str) -> None:
    """An administrator sets a new password for an account (and unlocks it)."""
    check_password(new)
    hashed = _hasher().hash(new)
    with ws.db.write() as conn:
        _require_admin(ws, conn)
        if repo.get(conn, account_uuid) is None:
            raise NotFoundError("Không tìm thấy tài khoản.")
        repo.set_password(conn, account_uuid, hashed)


def update_account(
    ws: Workspace, account_uuid: str, *, display_name: str, role: Role, active: bool
) -> None:
    """An administrator changes an account's name, role or activity (one admin always stays)."""
    with ws.db.write() as conn:
        _require_admin(ws, conn)
        old = repo.get(conn, account_uuid)
        if old is None:
            raise NotFoundError("Không tìm thấy tài khoản.")
        repo.update(conn, account_uuid, clean(display_name) or old.username, role, active)
        if repo.count_active_admins(conn) == 0:
            raise ConflictError(
                "last_admin", "Phải còn ít nhất một tài khoản quản trị đang hoạt động."
            )
