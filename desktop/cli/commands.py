"""The verbs of `thidua`; each calls one service."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths
from desktop.cli import parsing
from desktop.services.session import Workspace

# Verbs that change the office's data: with accounts in the file they need a login (an
# administrator's for purge and restore). Any other verb run without a login works as the
# read-only role (which may still print: a dossier's record), so a verb that writes but is
# missing here is refused by the log's read-only rule, never run as nobody.
WRITING_VERBS = frozenset(
    {
        "import",
        "demo",
        "new-batch",
        "quota",
        "trash restore",
        "trash purge",
        "restore",
        "certificates",
        "rename-unit",
        "merge-units",
        "office-name",
        # exchange packages: each records the sending or receiving in the audit log
        "send",
        "send-decision",
        "send-report",
        "send-movement",
        "receive",
        "reply",
    }
)
ADMIN_VERBS = frozenset({"trash purge", "restore"})
USER_ENV, PASSWORD_ENV = "THIDUA_USER", "THIDUA_PASSWORD"


def verb_name(args: argparse.Namespace) -> str:
    """The verb, with the recycle bin's action joined to it (trash restore, trash purge)."""
    action = getattr(args, "trash_action", None)
    return f"{args.verb} {action}" if args.verb == "trash" and action else str(args.verb)


def workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    """Open the database named by --db (or the default one), logged in as the accounts ask."""
    path = Path(args.db) if args.db else paths.default_database()
    ws = Workspace.open(path, create=create)
    if ws.db.read_only:  # a CD, a write-protected stick: reading works, saving is refused
        print(f"Lưu ý: {ws.db.read_only}", file=sys.stderr)
    try:
        login(ws, args)
    except BaseException:
        ws.close()
        raise
    return ws


def login(ws: Workspace, args: argparse.Namespace) -> None:
    """When the file has accounts: log in from THIDUA_USER/THIDUA_PASSWORD (or, for a writing
    verb in a terminal, by asking); refuse a writing verb without one, the read-only role for
    it, and non-administrators for purge and restore; else work as the read-only role."""
    import os

    from desktop.domain.accounts import Role
    from desktop.domain.errors import ConflictError
    from desktop.services import accounts, audit

    if not accounts.has_accounts(ws):
        return
    verb = verb_name(args)
    writing = verb in WRITING_VERBS
    user = os.environ.get(USER_ENV, "")
    password = os.environ.get(PASSWORD_ENV, "")
    if writing and not (user and password) and sys.stdin.isatty():
        user, password = _ask(user)
    if not (user and password):
        if writing:
            raise ConflictError(
                "login_required",
                f"Tệp dữ liệu {ws.path.name} có tài khoản: lệnh “{verb}” cần đăng nhập. Hãy chạy "
                f"lệnh trong cửa sổ dòng lệnh để nhập mật khẩu, hoặc đặt biến môi trường "
                f"{USER_ENV} và {PASSWORD_ENV}.",
            )
        audit.set_user(ws, "(chưa đăng nhập)", Role.VIEWER.value, None)
        return
    account = accounts.login(ws, user, password)
    if writing and not account.role.can_write:
        raise ConflictError(
            "read_only_role",
            f"Tài khoản {account.username} chỉ được xem và in, không chạy được lệnh “{verb}”.",
            {"user": account.username},
        )
    if verb in ADMIN_VERBS and account.role is not Role.ADMIN:
        raise ConflictError("admin_only", f"Chỉ tài khoản quản trị mới chạy được lệnh “{verb}”.")


def _ask(user: str) -> tuple[str, str]:
    import getpass

    try:
        if not user:
            print("Tên đăng nhập: ", end="", file=sys.stderr, flush=True)
            user = sys.stdin.readline().strip()
        password = getpass.getpass("Mật khẩu: ")
    except (EOFError, KeyboardInterrupt):
        return "", ""
    return user, password


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add every verb to the parser."""
    p = sub.add_parser("find", help="tìm người và đơn vị (không phân biệt dấu, hoa thường)")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_find)

    p = sub.add_parser("demo", help="tạo dữ liệu mẫu vào một tệp dữ liệu mới")
    p.add_argument("--people", type=parsing.count, default=400, help="số người (mặc định 400)")
    p.add_argument("--seed", type=parsing.signed, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    p.set_defaults(handler=cmd_demo)

    # Each area adds its own verbs (and its spreadsheet kinds) from its own module.
    from desktop.cli import (
        audit_commands,
        award_commands,
        backup_commands,
        candidate_commands,
        certificate_commands,
        decision_commands,
        desk_commands,
        document_commands,
        exchange_commands,
        initiative_commands,
        movement_commands,
        package_commands,
        report_commands,
        trash_commands,
        unit_commands,
    )

    exchange_commands.register(sub)
    movement_commands.register(sub)
    initiative_commands.register(sub)
    backup_commands.register(sub)
    document_commands.register(sub)
    award_commands.register(sub)
    report_commands.register(sub)
    audit_commands.register(sub)
    trash_commands.register(sub)
    certificate_commands.register(sub)
    decision_commands.register(sub)  # the office's decision and reward money
    unit_commands.register(sub)  # dated unit names and merges
    package_commands.register(sub)  # exchange packages between offices
    desk_commands.register(sub)  # deadlines
    candidate_commands.register(sub)  # results that ground awards (issue 20)


def cmd_find(args: argparse.Namespace) -> int:
    """`thidua find TEXT [--json]`."""
    from desktop.services import search

    ws = workspace(args, create=False)
    hits = search.find(ws, args.text)
    if args.json:
        out = [
            {"kind": h.kind, "id": h.id, "name": h.name, "unit": h.unit, "cccd": h.cccd}
            for h in hits
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("Không tìm thấy.")
        return 0
    for h in hits:
        if h.kind == "unit":
            print(f"[Đơn vị] {h.name} (id {h.id})")
        else:
            extra = ", ".join(x for x in (h.birth, h.cccd, h.unit) if x)
            print(f"{h.name} — {extra} (id {h.id})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`thidua --db PATH demo [--people N] [--seed S]`."""
    from desktop.services import demo

    if args.people < 0:
        print("Lỗi: --people phải là số không âm.", file=sys.stderr)
        return 2
    ws = workspace(args)
    summary = demo.fill(ws, people=args.people, seed=args.seed)
    print(summary)
    return 0
