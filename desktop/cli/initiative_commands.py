"""Verbs of the initiative area. The spreadsheet verbs (`template`/`import`/`export
initiatives`) come from the exchange area's registry; this adds the printed list."""

from __future__ import annotations

import argparse

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "initiatives-list",
        help="in danh sách sáng kiến được công nhận trong một năm ra tệp PDF",
    )
    p.add_argument("--year", type=parsing.year, required=True, metavar="NĂM", help="năm công nhận")
    p.add_argument(
        "--out", required=True, metavar="TEP.pdf|TEP.docx", help="tệp PDF (đuôi .docx: bản Word)"
    )
    p.set_defaults(handler=cmd_initiatives_list)


def cmd_initiatives_list(args: argparse.Namespace) -> int:
    """`thidua --db PATH initiatives-list --year YYYY --out F.pdf`."""
    from desktop.cli.commands import workspace
    from desktop.services import initiative_list

    ws = workspace(args, create=False)
    try:
        count = initiative_list.write_pdf(ws, args.year, args.out)
    finally:
        ws.close()
    print(
        f"Đã ghi danh sách {count} sáng kiến được công nhận năm {args.year} ra tệp {args.out}, "
        "lưu vào danh sách văn bản đã phát hành."
    )
    return 0
