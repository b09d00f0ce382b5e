"""Verbs of the office's own decision and the reward money: `decision BATCH --out F.pdf`,
`rewards --year YYYY [--json] [--xlsx F.xlsx]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "decision",
        help="in quyết định khen thưởng của cơ quan (dự thảo hoặc đã ghi nhận) kèm danh sách",
    )
    p.add_argument("batch", type=parsing.count, metavar="ĐỢT", help="số của đợt đề nghị")
    p.add_argument(
        "--out", required=True, metavar="TEP.pdf|TEP.docx", help="tệp PDF (đuôi .docx: bản Word)"
    )
    p.add_argument(
        "--date",
        dest="on",
        type=parsing.iso_date,
        metavar="NGÀY",
        help="ngày của bản xem trước khi chưa lập dự thảo (mặc định hôm nay)",
    )
    p.set_defaults(handler=cmd_decision)

    p = sub.add_parser(
        "rewards",
        help="tiền thưởng của các danh hiệu, hình thức được quyết định trong một năm",
    )
    p.add_argument("--year", required=True, type=parsing.year, metavar="NĂM")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument(
        "--xlsx", metavar="TEP.xlsx", help="ghi danh sách chi tiền thưởng (có cột ký nhận)"
    )
    p.set_defaults(handler=cmd_rewards)


def cmd_decision(args: argparse.Namespace) -> int:
    """Print the batch's decision(s) with the list (the drafts, the recorded decision, or a
    preview marked DỰ THẢO)."""
    from datetime import date

    from desktop.cli.commands import workspace
    from desktop.services import decisions

    ws = workspace(args, create=False)
    try:
        on = date.fromisoformat(args.on) if args.on else None
        found = decisions.drafts(ws, args.batch)
        path, sha = decisions.write(ws, args.batch, Path(args.out), on=on)
    finally:
        ws.close()
    what = ", ".join(d.symbol for d in found) or "bản xem trước (chưa lập dự thảo)"
    print(
        f"Đã ghi quyết định {what} ra tệp {path} (SHA-256 {sha[:16]}…), "
        "lưu vào danh sách văn bản đã phát hành."
    )
    return 0


def _money(amount: int | None) -> str:
    from desktop.domain.rewards import money

    return money(amount) + " đ" if amount is not None else "không tính"


def cmd_rewards(args: argparse.Namespace) -> int:
    """List (or write) the reward money of the awards decided in a year."""
    from desktop.cli.commands import workspace
    from desktop.services import rewards

    ws = workspace(args, create=False)
    try:
        rows = rewards.year_rows(ws, args.year)
        if args.xlsx:
            rewards.write_workbook(ws, args.year, Path(args.xlsx))
    finally:
        ws.close()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            when = f"{r.decision_date:%d/%m/%Y}"
            print(
                f"{r.name}\t{r.unit}\t{r.award}\tQĐ {r.decision_number} ngày {when}\t"
                f"{_money(r.amount)}" + (f"\t({r.missing})" if r.missing else "")
            )
        total = sum(r.amount or 0 for r in rows)
        print(f"Năm {args.year}: {len(rows)} lượt khen thưởng, tổng tiền thưởng {_money(total)}.")
    if args.xlsx:  # on stderr after JSON, so that stdout stays JSON
        print(
            f"Đã ghi danh sách chi tiền thưởng ra tệp {args.xlsx}.",
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0
