"""Verbs of the audit log: `history` (events, filtered; the head of the chain),
`batch-history` (a batch's “Quá trình xử lý hồ sơ”, as text or PDF) and `check-paper` (the
check code printed on a dossier's mục lục, matched against the log)."""

from __future__ import annotations

import argparse
import json

from desktop.cli import parsing
from desktop.domain.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser("history", help="lịch sử thay đổi (nhật ký), mới nhất trước")
    p.add_argument("--table", help="chỉ bảng này (vd. person, unit, proposal_batch)")
    p.add_argument("--record", metavar="UUID", help="chỉ bản ghi này")
    p.add_argument("--user", help="chỉ người dùng này")
    p.add_argument("--since", type=parsing.iso_date, metavar="YYYY-MM-DD", help="từ ngày")
    p.add_argument("--limit", type=parsing.count, default=50, help="số sự kiện tối đa (mặc định 50)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser(
        "check-paper",
        help="đối chiếu mã kiểm tra in trên hồ sơ (Mã kiểm tra dữ liệu … sự kiện số N) với nhật ký",
    )
    p.add_argument("code", metavar="MA", help="mã in trên giấy (dãy 16 ký tự)")
    p.add_argument("--event", type=parsing.count, required=True, metavar="N", help="số sự kiện in trên giấy")
    p.set_defaults(handler=cmd_check_paper)

    p = sub.add_parser(
        "batch-history", help="quá trình xử lý hồ sơ của một đợt đề nghị (theo nhật ký)"
    )
    p.add_argument("batch", type=parsing.count, metavar="BATCH", help="số của đợt đề nghị (xem: batches)")
    p.add_argument(
        "--out",
        metavar="TEP.pdf|TEP.docx",
        help="ghi ra tệp PDF, hoặc bản Word khi tên có đuôi .docx (mặc định: in ra màn hình)",
    )
    p.set_defaults(handler=cmd_batch_history)

    from desktop.cli import audit_key_commands

    audit_key_commands.register(sub)


def cmd_history(args: argparse.Namespace) -> int:
    """`thidua --db PATH history [...]`: events newest first, then the head of the chain."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    if args.limit <= 0:
        raise ValidationError("limit", "limit_positive", "--limit phải là số dương.")
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
                "time": e.time.isoformat(timespec="seconds"),
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
        when = e.time.isoformat(timespec="seconds")
        print(
            f"{e.id}\t{when}\t{e.user}@{e.machine}\t{e.action}\t{e.table_name}"
            f"\t{e.record_uuid}\t{fields}"
        )
    print(f"Đầu chuỗi nhật ký: sự kiện số {number}, mã {digest or '(trống)'}")
    return 0


def cmd_check_paper(args: argparse.Namespace) -> int:
    """`thidua --db PATH check-paper CODE --event N`: 0 when the paper matches an intact log."""
    from desktop.cli.commands import workspace
    from desktop.services import audit

    ws = workspace(args, create=False)
    try:
        result = audit.check_paper_code(ws, args.event, args.code)
    finally:
        ws.close()
    if not result.found:
        print(f"Không có sự kiện số {args.event} trong nhật ký của tệp dữ liệu này.")
        return 2
    if not result.matches:
        print(
            f"KHÔNG KHỚP: sự kiện số {args.event} ({result.time}) có mã khác với mã in trên giấy; "
            "giấy không được in từ dữ liệu này, hoặc mã bị chép sai."
        )
        return 2
    if result.findings:
        print(f"Mã khớp với sự kiện số {args.event} ({result.time}), nhưng nhật ký có vấn đề:")
        for f in result.findings:
            print(f"  - {f.message}")
        return 2
    print(
        f"KHỚP: giấy được in từ dữ liệu này khi nhật ký ở sự kiện số {args.event} ({result.time}); "
        "nhật ký nguyên vẹn."
    )
    return 0


def cmd_batch_history(args: argparse.Namespace) -> int:
    """`thidua --db PATH batch-history BATCH [--out F.pdf]`: the steps, or the printed paper."""
    from pathlib import Path

    from desktop.cli.commands import workspace
    from desktop.services import process_history

    ws = workspace(args, create=False)
    try:
        if args.out:
            process_history.write(ws, args.batch, Path(args.out))
            print(
                f"Đã ghi quá trình xử lý hồ sơ của đợt {args.batch} vào {args.out}, "
                "lưu vào danh sách văn bản đã phát hành."
            )
            return 0
        data = process_history.build(ws, args.batch)
    finally:
        ws.close()
    print(f"Quá trình xử lý hồ sơ: {data.batch_title}")
    for step in data.steps:
        print(f"{step.time}\t{step.user}")
        for line in step.lines:
            print(f"  - {line}")
    number, digest = data.chain_head
    print(f"Đầu chuỗi nhật ký: sự kiện số {number}, mã {digest or '(trống)'}")
    return 0
