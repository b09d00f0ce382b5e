"""Verb of the certificates: `certificates BATCH --out F.pdf|F.docx [--layout NAME] [--plain]`."""

from __future__ import annotations

import argparse

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the verb."""
    p = sub.add_parser(
        "certificates",
        help="in giấy khen, giấy chứng nhận danh hiệu của một đợt đã có quyết định"
        " (mỗi người một trang; ghi sổ vào sổ)",
    )
    p.add_argument("batch", type=parsing.count, help="số hiệu (id) của đợt đề nghị")
    p.add_argument(
        "--out",
        required=True,
        metavar="TEP.pdf|TEP.docx",
        help="tệp PDF sẽ ghi (đuôi .docx: bản Word, cùng số vào sổ)",
    )
    p.add_argument(
        "--layout", default="", metavar="TEN", help="tên mẫu phôi (mặc định: theo danh hiệu)"
    )
    p.add_argument(
        "--plain",
        action="store_true",
        help="in trên giấy trắng, cả mẫu trình bày (không dùng phôi)",
    )
    p.add_argument("--printer", default="", metavar="MAY_IN", help="căn chỉnh của máy in này")
    p.set_defaults(handler=cmd_certificates)


def cmd_certificates(args: argparse.Namespace) -> int:
    """`thidua --db PATH certificates BATCH --out F.pdf|F.docx [--layout NAME] [--plain]`: the
    PDF, or the Word copy with the same register numbers."""
    from desktop.cli.commands import workspace
    from desktop.services import certificates

    ws = workspace(args, create=False)
    result = certificates.print_batch(
        ws,
        args.batch,
        args.out,
        layout_name=args.layout,
        plain=args.plain,
        printer=args.printer,
    )
    word = " (bản Word)" if result.path.suffix.lower() == ".docx" else ""
    print(f"Đã ghi {result.path}{word} ({result.pages} giấy khen).")
    for name in result.skipped:
        print(f"Không in (hình thức do cấp trên tặng): {name}")
    return 0
