"""The verbs of `thidua`; each calls one service."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths
from desktop.services.session import Workspace


def workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    """Open the database named by --db (or the default one)."""
    path = Path(args.db) if args.db else paths.default_database()
    return Workspace.open(path, create=create)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add every verb to the parser."""
    p = sub.add_parser("find", help="tìm người và đơn vị (không phân biệt dấu, hoa thường)")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_find)

    p = sub.add_parser("demo", help="tạo dữ liệu mẫu vào một tệp dữ liệu mới")
    p.add_argument("--people", type=int, default=400, help="số người (mặc định 400)")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    p.set_defaults(handler=cmd_demo)

    # Each area adds its own verbs (and its spreadsheet kinds) from its own module.
    from desktop.cli import (
        audit_commands,
        award_commands,
        backup_commands,
        document_commands,
        exchange_commands,
        initiative_commands,
        movement_commands,
        report_commands,
        trash_commands,
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
