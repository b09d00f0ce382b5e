"""Verbs of the document area: the sample dossier (the real `dossier BATCH` comes with batches)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    from desktop.services.dossier_sample import PARTS

    p = sub.add_parser(
        "dossier-sample",
        help="in thử hồ sơ đề nghị khen thưởng với dữ liệu mẫu (PDF theo Nghị định 30/2020)",
    )
    p.add_argument("--out", required=True, metavar="TEP.pdf", help="tệp PDF sẽ ghi")
    p.add_argument(
        "--nominees",
        type=parsing.count,
        default=12,
        metavar="N",
        help="số tập thể, cá nhân đề nghị (mặc định 12)",
    )
    p.add_argument(
        "--part",
        choices=PARTS,
        default="all",
        help="chỉ in một phần của hồ sơ (mặc định: all, cả hồ sơ)",
    )
    p.set_defaults(handler=cmd_dossier_sample)


def cmd_dossier_sample(args: argparse.Namespace) -> int:
    """`thidua dossier-sample --out F.pdf [--nominees N] [--part PART]` (needs no database)."""
    from desktop.services.dossier_sample import render_sample

    result = render_sample(Path(args.out), nominees=args.nominees, part=args.part)
    print(f"Đã ghi {result.path} ({result.pages} trang, {result.size // 1024} KB).")
    return 0
