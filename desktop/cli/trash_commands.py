"""Verbs of the recycle bin: `trash` (list), `trash restore ID`, `trash purge ID|--all`."""

from __future__ import annotations

import argparse
import json

from desktop.cli import parsing
from desktop.domain.errors import ValidationError
from desktop.domain.recycle_bin import BinEntry


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser("trash", help="thùng rác: các mục đã xóa, khôi phục, xóa hẳn")
    p.add_argument("--json", action="store_true", help="in danh sách dạng JSON")
    p.set_defaults(handler=cmd_trash)
    actions = p.add_subparsers(dest="trash_action", metavar="VIỆC", parser_class=type(p))
    r = actions.add_parser("restore", help="khôi phục một mục (cùng các bản ghi đi kèm)")
    r.add_argument("id", type=parsing.count, metavar="ID", help="số của mục trong thùng rác")
    r.set_defaults(handler=cmd_restore)
    g = actions.add_parser("purge", help="xóa hẳn một mục hoặc cả thùng rác (quản trị)")
    g.add_argument("id", type=parsing.count, nargs="?", metavar="ID", help="số của mục")
    g.add_argument("--all", action="store_true", help="xóa hẳn mọi mục")
    g.set_defaults(handler=cmd_purge)


def _as_json(e: BinEntry) -> dict[str, object]:
    return {
        "id": e.id,
        "kind": e.kind.value,
        "kind_label": e.kind.label,
        "record_id": e.record_id,
        "record_uuid": e.record_uuid,
        "label": e.label,
        "deleted_at": e.deleted_at,
        "deleted_by": e.deleted_by,
        "rows": e.row_count,
    }


def cmd_trash(args: argparse.Namespace) -> int:
    """`thidua --db PATH trash [--json]`: the entries, newest deletion first."""
    from desktop.cli.commands import workspace
    from desktop.services import recycle_bin

    ws = workspace(args, create=False)
    try:
        entries = recycle_bin.entries(ws)
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_as_json(e) for e in entries], ensure_ascii=False))
        return 0
    for e in entries:
        when = e.deleted_at.replace("T", " ")
        print(
            f"{e.id}\t{e.kind.label}\t{e.label}\t{when}\t{e.deleted_by}"
            f"\t{e.dependents} bản ghi đi kèm"
        )
    print(f"Thùng rác có {len(entries)} mục." if entries else "Thùng rác trống.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """`thidua --db PATH trash restore ID`."""
    from desktop.cli.commands import workspace
    from desktop.services import recycle_bin

    ws = workspace(args, create=False)
    try:
        e = recycle_bin.restore(ws, args.id)
    finally:
        ws.close()
    print(f"Đã khôi phục {e.kind.label.lower()} {e.label} ({e.row_count} bản ghi).")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """`thidua --db PATH trash purge ID|--all`."""
    from desktop.cli.commands import workspace
    from desktop.services import recycle_bin

    if (args.id is None) != bool(args.all):
        raise ValidationError(
            "id", "required", "Hãy cho số của mục cần xóa hẳn, hoặc --all để xóa hẳn mọi mục."
        )
    ws = workspace(args, create=False)
    try:
        if args.all:
            n = recycle_bin.purge_all(ws)
            print(f"Đã xóa hẳn {n} mục khỏi thùng rác.")
        else:
            e = recycle_bin.purge(ws, args.id)
            print(f"Đã xóa hẳn {e.kind.label.lower()} {e.label} khỏi thùng rác.")
    finally:
        ws.close()
    return 0
