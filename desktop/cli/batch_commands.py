"""Verbs about one proposal batch: `check-batch`."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the verbs."""
    p = sub.add_parser(
        "check-batch",
        help="liệt kê những điểm chặn việc trình một đợt đề nghị (mã thoát 2 khi có)",
    )
    p.add_argument("batch", type=parsing.count, help="số hiệu (id) của đợt đề nghị")
    p.add_argument("--json", action="store_true", help="in danh sách dạng JSON")
    p.set_defaults(handler=cmd_check_batch)


def cmd_check_batch(args: argparse.Namespace) -> int:
    """`thidua --db PATH check-batch BATCH [--json]`: 0 when nothing blocks, 2 when something does."""
    from desktop.cli.commands import workspace
    from desktop.services import proposals

    ws = workspace(args, create=False)
    found = proposals.problem_list(ws, args.batch)
    if args.json:
        print(json.dumps([p.as_json() for p in found], ensure_ascii=False, indent=1))
    elif found:
        for p in found:
            print(f"[{p.code}] {p.message}")
    else:
        print("Đợt đề nghị không có điểm nào chặn việc trình.")
    if found and not args.json:
        print(f"Có {len(found)} điểm chặn việc trình.", file=sys.stderr)
    return 2 if found else 0
