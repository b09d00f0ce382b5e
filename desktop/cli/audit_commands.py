"""Verb of the audit log: `history` (events, filtered; the head of the chain)."""

from __future__ import annotations

import argparse
import json

from desktop.domain.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser("history", help="lịch sử thay đổi (nhật ký), mới nhất trước")
    p.add_argument("--table", help="chỉ bảng này (vd. person, unit, proposal_batch)")
    p.add_argument("--record", metavar="UUID", help="chỉ bản ghi này")
    p.add_argument("--user", help="chỉ người dùng này")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="từ ngày")
    p.add_argument("--limit", type=int, default=50, help="số sự kiện tối đa (mặc định 50)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    """`thidua --db PATH history [...]`: events newest first, then the head of the chain."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    if args.limit <= 0:
        raise ValidationError("limit", "invalid", "--limit phải là số dương.")
    ws = workspace(args, create=False)
    try:
        events = audit.history(ws, args.table, args.record, args.user, args.since, limit=args.limit)
        number, digest = audit.head(ws)
    finally:
        ws.close()
    if args.json:
        out = [
            {
                "id": e.id,
                "time": e.time,
                "user": e.user,
                "machine": e.machine,
                "table": e.table_name,
                "record": e.record_uuid,
                "action": e.action,
                "changes": e.changes,
            }
            for e in events
        ]
        print(json.dumps({"events": out, "head": [number, digest]}, ensure_ascii=False))
        return 0
    for e in events:
        fields = ", ".join(e.changes)
        print(
            f"{e.id}\t{e.time}\t{e.user}@{e.machine}\t{e.action}\t{e.table_name}"
            f"\t{e.record_uuid}\t{fields}"
        )
    print(f"Đầu chuỗi nhật ký: sự kiện số {number}, mã {digest or '(trống)'}")
    return 0
