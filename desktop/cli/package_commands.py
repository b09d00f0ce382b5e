"""Verbs of the exchange packages between offices: `send`, `send-decision`, `send-report`,
`send-movement`, `receive`, `inbox`, `reply`, `offices`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    to_help = "cơ quan nhận: mã (uuid) hoặc một phần tên của cơ quan đã biết (xem lệnh offices)"
    to_one = to_help + "; bỏ trống: cơ quan duy nhất đã biết"
    p = sub.add_parser("send", help="gửi đợt đề nghị lên cấp trên thành gói hồ sơ .tdkt có ký số")
    p.add_argument("batch", type=parsing.count, metavar="ĐỢT", help="số của đợt đề nghị")
    p.add_argument("--to", metavar="CƠ_QUAN", help=to_one)
    p.add_argument("--out", required=True, metavar="TEP.tdkt", help="tệp gói sẽ ghi")
    p.set_defaults(handler=cmd_send)

    p = sub.add_parser("send-decision", help="gửi quyết định khen thưởng của đợt xuống nơi đề nghị")
    p.add_argument("batch", type=parsing.count, metavar="ĐỢT", help="số của đợt đã có quyết định")
    p.add_argument("--to", metavar="CƠ_QUAN", help=to_help + " (bỏ trống khi chỉ một nơi đề nghị)")
    p.add_argument("--out", required=True, metavar="TEP.tdkt", help="tệp gói sẽ ghi")
    p.set_defaults(handler=cmd_send_decision)

    p = sub.add_parser("send-report", help="gửi báo cáo định kỳ (các bảng và bản PDF) lên cấp trên")
    p.add_argument("--period", required=True, metavar="KỲ", help="2025, 2025-H1 hoặc 2021-2025")
    p.add_argument("--movement", type=parsing.count, metavar="PHONG_TRÀO", help="chỉ một phong trào")
    p.add_argument("--to", metavar="CƠ_QUAN", help=to_one)
    p.add_argument("--out", required=True, metavar="TEP.tdkt", help="tệp gói sẽ ghi")
    p.set_defaults(handler=cmd_send_report)

    p = sub.add_parser(
        "send-movement", help="gửi kế hoạch phong trào (tiêu chí, tỷ lệ khen thưởng) xuống cấp dưới"
    )
    p.add_argument("movement", type=parsing.count, metavar="PHONG_TRÀO", help="số của phong trào")
    p.add_argument("--to", metavar="CƠ_QUAN", help=to_one)
    p.add_argument("--out", required=True, metavar="TEP.tdkt", help="tệp gói sẽ ghi")
    p.set_defaults(handler=cmd_send_movement)

    p = sub.add_parser("receive", help="nhận một gói hồ sơ .tdkt (kiểm tra chữ ký, xem trước)")
    p.add_argument("file", metavar="TEP.tdkt")
    p.add_argument("--preview", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument(
        "--trust",
        action="store_true",
        help="tin nơi gửi chưa biết (sau khi đã so dấu vân tay khoá qua điện thoại)",
    )
    p.set_defaults(handler=cmd_receive)

    p = sub.add_parser("inbox", help="Hồ sơ nhận: các gói đã nhận")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_inbox)

    p = sub.add_parser(
        "reply",
        help="trả lại (kèm lý do) hoặc tiếp nhận một hồ sơ đề nghị đã nhận vào đợt của mình",
    )
    p.add_argument("received", type=parsing.count, metavar="HỒ_SƠ", help="số của hồ sơ nhận (lệnh inbox)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--return", dest="reason", metavar="LÝ_DO", help="trả lại với lý do")
    what.add_argument("--accept", type=parsing.count, metavar="ĐỢT", help="tiếp nhận vào đợt dự thảo này")
    p.add_argument("--out", metavar="TEP.tdkt", help="gói trả lời gửi cho nơi đề nghị")
    p.set_defaults(handler=cmd_reply)

    p = sub.add_parser("offices", help="mã và dấu vân tay khoá của cơ quan, các cơ quan đã biết")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_offices)


def _sent(s: Any) -> None:
    pages = f", hồ sơ {s.dossier_pages} trang" if s.dossier_pages else ""
    print(
        f"Đã ghi gói {s.kind.label.lower()} gửi {s.receiver.name or s.receiver.uuid} ra tệp "
        f"{s.path} ({s.records} bản ghi{pages}; SHA-256 {s.sha256[:16]}…)."
    )


def _send(args: argparse.Namespace, make: Callable[[Any, Any], Any]) -> int:
    """Open the file, write one package with `make(ws, identity)`, say what was written."""
    from desktop.cli.commands import workspace
    from desktop.services.packages import identity

    ws = workspace(args, create=False)
    try:
        s = make(ws, identity)
    finally:
        ws.close()
    _sent(s)
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    """A batch up."""
    from desktop.services.packages import send

    return _send(
        args,
        lambda ws, ident: send.send_proposal(ws, args.batch, ident.receiver(ws, args.to), args.out),
    )


def cmd_send_decision(args: argparse.Namespace) -> int:
    """The decision down."""
    from desktop.services.packages import send

    return _send(
        args,
        lambda ws, ident: send.send_decision(
            ws, args.batch, args.out, ident.find_office(ws, args.to) if args.to else None
        ),
    )


def cmd_send_report(args: argparse.Namespace) -> int:
    """A periodic report up."""
    from desktop.services.packages import send

    return _send(
        args,
        lambda ws, ident: send.send_report(
            ws, args.period, ident.receiver(ws, args.to), args.out, args.movement
        ),
    )


def cmd_send_movement(args: argparse.Namespace) -> int:
    """A movement plan down."""
    from desktop.services.packages import send

    return _send(
        args,
        lambda ws, ident: send.send_movement(
            ws, args.movement, ident.receiver(ws, args.to), args.out
        ),
    )


def preview_json(pv: Any, fingerprint_text: Any) -> dict[str, Any]:
    """The JSON shape of `receive --preview --json`."""
    return {
        "package_id": pv.package_id,
        "sha256": pv.sha256,
        "kind": pv.kind.value,
        "title": pv.title,
        "created_at": pv.created_at.isoformat(),
        "program_version": pv.program_version,
        "sender": {
            "uuid": pv.sender.uuid,
            "name": pv.sender.name,
            "fingerprint": pv.sender.fingerprint,
            "fingerprint_short": fingerprint_text(pv.sender.fingerprint),
        },
        "receiver": {"uuid": pv.receiver.uuid, "name": pv.receiver.name},
        "signature_ok": pv.signature_ok,
        "sender_known": pv.sender_known,
        "sender_key_changed": pv.sender_key_changed,
        "already_received": pv.already_received,
        "added": pv.added,
        "changed": pv.changed,
        "records": [
            {
                "table": r.table,
                "label": r.label,
                "matched_by": r.matched_by,
                "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in r.changes],
            }
            for r in pv.records
        ],
        "notes": list(pv.notes),
        "attachments": [
            {
                "member": a.member,
                "name": a.name,
                "kind": a.kind,
                "size": a.size,
                "sha256": a.sha256,
                "nominee": a.nominee,
            }
            for a in pv.attachments
        ],
    }


def _print_preview(pv: Any, fingerprint_text: Any) -> None:
    print(f"Gói: {pv.kind.label} — {pv.title}")
    print(f"Nơi gửi: {pv.sender.name} (mã {pv.sender.uuid}), lập lúc {pv.created_at.isoformat()}")
    print(f"Dấu vân tay khoá: {fingerprint_text(pv.sender.fingerprint)}")
    print("Chữ ký: " + ("đúng" if pv.signature_ok else "KHÔNG ĐÚNG (gói đã bị sửa hoặc giả mạo)"))
    if pv.sender_known:
        print("Nơi gửi: đã biết, khoá khớp.")
    elif pv.sender_key_changed:
        print("Nơi gửi: ĐÃ ĐỔI KHOÁ so với lần trước — hãy gọi điện so dấu vân tay.")
    else:
        print("Nơi gửi: chưa biết — hãy gọi điện so dấu vân tay trước khi nhận (--trust).")
    if pv.already_received:
        print("Gói này đã nhận trước đây: nhận lại không thay đổi gì.")
        return
    print(f"Sẽ thêm {pv.added} bản ghi, sửa {pv.changed} bản ghi đã có:")
    for r in pv.records:
        if r.is_new:
            print(f"  + [{r.table}] {r.label}")
        elif r.changes:
            print(f"  ~ [{r.table}] {r.label} (khớp theo {r.matched_by}):")
            for c in r.changes:
                print(f"      {c.field}: {c.old or '(trống)'} → {c.new or '(trống)'}")
    for n in pv.notes:
        print(f"Ghi chú: {n}")
    for a in pv.attachments:
        print(f"Tệp kèm theo: {a.name} ({a.size} byte, SHA-256 {a.sha256[:16]}…)")


def cmd_receive(args: argparse.Namespace) -> int:
    """Check, preview, and (without --preview) file a package."""
    from desktop.cli.commands import workspace
    from desktop.services.packages import identity, receive

    ws = workspace(args, create=False)
    try:
        if args.preview:
            pv = receive.preview(ws, args.file)
            result = None
        else:
            result = receive.receive(ws, args.file, trust=args.trust)
            pv = result.preview
    finally:
        ws.close()
    fp = identity.fingerprint_text
    if args.json:
        out = preview_json(pv, fp)
        if result is not None:
            out["received_id"] = result.received_id
            out["summary"] = result.summary
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    _print_preview(pv, fp)
    if result is not None:
        if result.received_id is None:
            print(result.summary)
        else:
            print(f"Đã nhận vào Hồ sơ nhận số {result.received_id}: {result.summary}.")
    elif not pv.signature_ok:
        print("Gói này sẽ bị từ chối khi nhận.", file=sys.stderr)
    return 0


def cmd_inbox(args: argparse.Namespace) -> int:
    """List Hồ sơ nhận."""
    from desktop.cli.commands import workspace
    from desktop.services.packages import inbox

    ws = workspace(args, create=False)
    try:
        rows = inbox.inbox(ws)
        nominees = {r.id: inbox.nominees(ws, r.id) for r in rows}
    finally:
        ws.close()
    if args.json:
        out = [
            {
                "id": r.id,
                "package_id": r.package_id,
                "sha256": r.sha256,
                "kind": r.kind.value,
                "title": r.title,
                "sender": {"uuid": r.sender_uuid, "name": r.sender_name},
                "fingerprint": r.sender_fingerprint,
                "created_at": r.created_at.isoformat(),
                "received_at": r.received_at.isoformat(),
                "state": r.state.value,
                "state_note": r.state_note,
                "summary": r.summary,
                "dossier_size": r.dossier_size,
                "batch_id": r.batch_id,
                "nominees": [
                    {
                        "name": n.name,
                        "award": n.award_code,
                        "sender_eligibility": n.sender_eligibility,
                        "eligibility": n.eligibility or "",
                        "reasons": n.eligibility_reasons.splitlines(),
                        "nominee_id": n.nominee_id,
                    }
                    for n in nominees[r.id]
                ],
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("Chưa nhận gói hồ sơ nào.")
    for r in rows:
        print(
            f"[{r.id}] {r.received_at:%Y-%m-%d %H:%M}  {r.kind.label}: {r.title} — "
            f"{r.sender_name} — {r.state.label}" + (f" ({r.state_note})" if r.state_note else "")
        )
        for n in nominees[r.id]:
            print(f"      {n.name}: {n.award_code} — tại đây: {n.eligibility or 'chưa xét'}")
    return 0


def cmd_reply(args: argparse.Namespace) -> int:
    """Return a received proposal with reasons, or accept it into a batch."""
    from desktop.cli.commands import workspace
    from desktop.services.packages import inbox

    ws = workspace(args, create=False)
    try:
        if args.reason is not None:
            answer = inbox.return_proposal(ws, args.received, args.reason, args.out)
        else:
            answer = inbox.accept_proposal(ws, args.received, args.accept, args.out)
    finally:
        ws.close()
    if answer.batch_id is not None:
        print(f"Đã tiếp nhận {answer.added} người, đơn vị vào đợt số {answer.batch_id}.")
    else:
        print("Đã trả lại hồ sơ.")
    if answer.reply is not None:
        _sent(answer.reply)
    return 0


def cmd_offices(args: argparse.Namespace) -> int:
    """This office's identity and key, and the offices it knows."""
    from desktop.cli.commands import workspace
    from desktop.services.packages import identity

    ws = workspace(args, create=False)
    try:
        me = identity.own_office(ws)
        known = identity.known_offices(ws)
    finally:
        ws.close()
    fp = identity.fingerprint_text
    if args.json:
        out = {
            "office": {"uuid": me.uuid, "name": me.name, "fingerprint": me.fingerprint},
            "known": [
                {"uuid": o.uuid, "name": o.name, "fingerprint": o.fingerprint} for o in known
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"Cơ quan: {me.name}\nMã cơ quan: {me.uuid}\nDấu vân tay khoá: {fp(me.fingerprint)}")
    for o in known:
        print(f"Đã biết: {o.name} — mã {o.uuid} — khoá {fp(o.fingerprint)}")
    return 0
