"""The periodic report verb: `thidua --db PATH report --period … --out F.pdf [--xlsx F.xlsx]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "report",
        help="in báo cáo kết quả công tác thi đua, khen thưởng của một kỳ ra tệp PDF (và Excel)",
    )
    p.add_argument(
        "--period",
        required=True,
        metavar="KỲ",
        help="2025 (năm), 2025-H1 (6 tháng đầu năm), 2021-2025, hoặc YYYY-MM-DD:YYYY-MM-DD",
    )
    p.add_argument("--movement", type=parsing.count, metavar="SỐ", help="chỉ một phong trào (theo số)")
    p.add_argument(
        "--kind",
        metavar="LOẠI",
        help="6-thang, nam, so-ket hoặc tong-ket (mặc định theo kỳ báo cáo)",
    )
    p.add_argument(
        "--out", required=True, metavar="TEP.pdf|TEP.docx", help="tệp PDF (đuôi .docx: bản Word)"
    )
    p.add_argument("--xlsx", metavar="TEP.xlsx", help="ghi thêm các bảng số liệu ra tệp Excel")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Build the report and write the PDF (and the workbook); bad input → exit 2."""
    from desktop.cli.commands import workspace
    from desktop.domain.errors import ValidationError
    from desktop.domain.reports import parse_kind, parse_period
    from desktop.services import reports

    period = parse_period(args.period)
    kind = parse_kind(args.kind) if args.kind else None
    for target in (args.out, args.xlsx):
        folder = Path(target).parent if target else None
        if folder is not None and not folder.is_dir():
            raise ValidationError("out", "no_folder", f"Không có thư mục {folder} để ghi tệp.")
    ws = workspace(args, create=False)
    try:
        data = reports.build(ws, period, kind=kind, movement_id=args.movement)
        reports.write_pdf(data, args.out)
        sheets = reports.write_xlsx(data, args.xlsx) if args.xlsx else 0
    finally:
        ws.close()
    what = f"{data.kind.label.lower()} ({data.period.label})"
    print(f"Đã ghi {what} ra tệp {args.out}.")
    if not data.has_records:
        print("Kỳ này chưa có số liệu nào; báo cáo ghi rõ điều đó.")
    if args.xlsx:
        print(f"Đã ghi {sheets} bảng số liệu ra tệp {args.xlsx}.")
    return 0
