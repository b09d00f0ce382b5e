"""Verbs of the audit log's keys: `audit-key export|import FILE`, `adopt`, `acknowledge`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "audit-key", help="khoá ký nhật ký: xuất ra tệp (để chuyển máy) hoặc nhập từ tệp"
    )
    actions = p.add_subparsers(dest="key_action", metavar="export|import", required=True)
    e = actions.add_parser("export", help="ghi khoá của tệp dữ liệu ra một tệp (giữ kín)")
    e.add_argument("file", metavar="FILE")
    e.set_defaults(handler=cmd_key_export)
    i = actions.add_parser("import", help="nhập khoá từ tệp đã xuất (hoặc audit.key của máy cũ)")
    i.add_argument("file", metavar="FILE")
    i.set_defaults(handler=cmd_key_import)

    p = sub.add_parser(
        "adopt",
        help="quản trị viên tiếp nhận tệp dữ liệu mà khoá không có trên máy này (ghi vào nhật ký)",
    )
    p.set_defaults(handler=cmd_adopt)

    p = sub.add_parser(
        "acknowledge",
        help="quản trị viên xác nhận đã xem các thay đổi làm bằng công cụ khác (ghi vào nhật ký)",
    )
    p.set_defaults(handler=cmd_acknowledge)


def cmd_key_export(args: argparse.Namespace) -> int:
    """`thidua --db PATH audit-key export FILE`."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    ws = workspace(args, create=False)
    try:
        n = audit.export_key(ws, Path(args.file))
    finally:
        ws.close()
    print(
        f"Đã ghi {n} khoá vào {args.file}. Giữ tệp này kín như mật khẩu; trên máy mới chạy: "
        f"thidua audit-key import {args.file}"
    )
    return 0


def cmd_key_import(args: argparse.Namespace) -> int:
    """`thidua audit-key import FILE` (the key goes to this user's data folder)."""
    from desktop.services import audit

    n = audit.import_key(Path(args.file))
    print(f"Đã nhập {n} khoá nhật ký vào máy này.")
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    """`thidua --db PATH adopt`: this PC's key takes over the file, recorded in its log."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    ws = workspace(args, create=False)
    try:
        number, digest = audit.adopt(ws)
        status = audit.key_status(ws)
    finally:
        ws.close()
    print(
        f"Đã tiếp nhận tệp: nhật ký nhất quán; từ nay ký bằng khoá {status.shown} của máy này. "
        f"Việc tiếp nhận được ghi ở sự kiện số {number} (mã {digest[:16]})."
    )
    return 0


def cmd_acknowledge(args: argparse.Namespace) -> int:
    """`thidua --db PATH acknowledge`: the outside changes were seen (an event of the log)."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    ws = workspace(args, create=False)
    try:
        n = audit.acknowledge_outside(ws)
    finally:
        ws.close()
    if n:
        print(f"Đã ghi nhận: {n} thay đổi làm bằng công cụ khác đã được xem.")
    else:
        print("Không có thay đổi nào làm bằng công cụ khác đang chờ xác nhận.")
    return 0
