"""Verbs of the awards area: eligibility, proposal batches."""

from __future__ import annotations

import argparse
import json

from desktop.cli import parsing
from desktop.domain.awards import CommendationType
from desktop.domain.proposals import BatchInput

KINDS = {
    "annual": CommendationType.MERIT,
    "movement": CommendationType.MOVEMENT,
    "sudden": CommendationType.SUDDEN,
    "service": CommendationType.SERVICE,
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the verbs."""
    p = sub.add_parser("eligibility", help="xét điều kiện danh hiệu, khen thưởng cho một năm")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--award", help="chỉ một mã danh hiệu, hình thức (ví dụ CSTDCS)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_eligibility)

    p = sub.add_parser("new-batch", help="tạo đợt đề nghị khen thưởng, in số hiệu (id) của đợt")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", choices=sorted(KINDS), required=True)
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--movement", type=parsing.count, help="phong trào (bắt buộc với --kind movement)")
    p.add_argument("--award", help="mã danh hiệu, hình thức để thêm người đủ điều kiện")
    p.add_argument(
        "--eligible", action="store_true", help="thêm mọi đối tượng đủ điều kiện --award"
    )
    p.set_defaults(handler=cmd_new_batch)

    p = sub.add_parser("batches", help="liệt kê các đợt đề nghị khen thưởng")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_batches)

    register_dossier(sub)

    p = sub.add_parser(
        "quota", help="đặt chỉ tiêu khen thưởng của một phong trào (tỷ lệ hoặc số lượng)"
    )
    p.add_argument("--movement", type=parsing.count, required=True)
    p.add_argument("--award", required=True, help="mã danh hiệu, hình thức (ví dụ BK_TINH)")
    p.add_argument("--subject", choices=["person", "unit"], default="person")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--percent", type=parsing.number, help="tỷ lệ %% trên số đối tượng đăng ký tham gia")
    group.add_argument("--count", type=parsing.count, help="số lượng tối đa")
    p.set_defaults(handler=cmd_quota)

    from desktop.cli import batch_commands

    batch_commands.register(sub)


def cmd_eligibility(args: argparse.Namespace) -> int:
    """`thidua --db PATH eligibility --year YYYY [--award CODE] [--json]`."""
    from desktop.cli.commands import workspace
    from desktop.services import catalog, eligibility

    ws = workspace(args, create=False)
    if args.award:
        catalog.load(ws).get(args.award)  # unknown code → exit 2 with a message
    rows = eligibility.evaluate(ws, args.year, args.award)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r.award}\t{r.result.label}\t{r.name}\t{r.unit}")
        for reason in r.reasons:
            print(f"\t- {reason}")
    return 0


def cmd_new_batch(args: argparse.Namespace) -> int:
    """`thidua --db PATH new-batch --title T --kind K --year Y [--movement ID] [--award CODE --eligible]`."""
    import sys

    from desktop.cli.commands import workspace
    from desktop.services import catalog, movements, proposals

    if args.eligible and not args.award:
        print("Lỗi: --eligible cần đi kèm --award.", file=sys.stderr)
        return 2
    ws = workspace(args, create=False)
    if args.award:
        catalog.load(ws).get(args.award)
    if args.movement is not None:
        movements.get(ws, args.movement)  # unknown number → exit 2 with a message
    batch = proposals.create_batch(
        ws, BatchInput(args.title, KINDS[args.kind], args.year, args.movement)
    )
    added = proposals.add_eligible(ws, batch, args.award) if args.eligible else 0
    print(batch)
    if args.eligible:
        print(f"Đã thêm {added} đối tượng đủ điều kiện.", file=sys.stderr)
    return 0


def cmd_batches(args: argparse.Namespace) -> int:
    """`thidua --db PATH batches [--json]`."""
    from desktop.cli.commands import workspace
    from desktop.services import proposals

    ws = workspace(args, create=False)
    rows = proposals.list_batches(ws)
    if args.json:
        out = [
            {
                "id": r.id,
                "title": r.title,
                "year": r.year,
                "state": r.state.value,
                "nominees": r.nominee_count,
                "number": r.number_text,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(
            f"{r.id}\t{r.year}\t{r.state.label}\t{r.nominee_count} người\t{r.number_text}\t{r.title}"
        )
    return 0


def register_dossier(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`thidua --db PATH dossier BATCH --out F.pdf|F.docx [--part ...]`."""
    from desktop.services.dossier import PARTS

    p = sub.add_parser(
        "dossier", help="in hồ sơ đề nghị khen thưởng của một đợt (PDF, hoặc bản Word .docx)"
    )
    p.add_argument("batch", type=parsing.count, help="số hiệu (id) của đợt đề nghị")
    p.add_argument(
        "--out", required=True, metavar="TEP.pdf|TEP.docx", help="tên đuôi .docx: ghi bản Word"
    )
    p.add_argument(
        "--part", choices=PARTS, default="all", help="chỉ in một phần (mặc định: cả hồ sơ)"
    )
    p.set_defaults(handler=cmd_dossier)


def cmd_dossier(args: argparse.Namespace) -> int:
    """Render, write and record the dossier of a batch (empty required sections named on
    stderr)."""
    import sys
    from pathlib import Path

    from desktop.cli.commands import workspace
    from desktop.services import dossier

    ws = workspace(args, create=False)
    empty = dossier.missing(ws, args.batch)
    if empty:
        print(
            "Cảnh báo: hồ sơ in còn để trống các mục bắt buộc sau (in dòng chấm để điền tay):\n"
            + dossier.missing_text(empty),
            file=sys.stderr,
        )
    result = dossier.issue(ws, args.batch, Path(args.out), args.part)
    pages = f"{result.pages} trang, " if result.pages else "bản Word, "
    print(f"Đã ghi {result.path} ({pages}SHA-256 {result.sha256[:16]}…).")
    return 0


def cmd_quota(args: argparse.Namespace) -> int:
    """`thidua --db PATH quota --movement ID --award CODE [--subject person|unit] --percent P|--count N`."""
    from desktop.cli.commands import workspace
    from desktop.services import proposals

    ws = workspace(args, create=False)
    proposals.set_quota(
        ws, args.movement, args.award, args.subject, percent=args.percent, count=args.count
    )
    limit = f"{args.percent:g} %" if args.percent is not None else str(args.count)
    print(f"Đã đặt chỉ tiêu {args.award} ({args.subject}) của phong trào {args.movement}: {limit}.")
    return 0
