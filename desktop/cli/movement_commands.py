"""Verbs of the movement area.

The spreadsheet kinds `ratings`, `unit-ratings`, `registrations` and `scores` go through the
generic `template`, `import` and `export` verbs (services.transfer registry). This module adds
`--replace` to `import`: for `ratings` and `unit-ratings`, a row for a person (unit) and year
that already has another rating replaces it only with this flag.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

_RATING_KINDS = ("ratings", "unit-ratings")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs and options."""
    importer = sub.choices.get("import")
    if importer is not None:
        importer.add_argument(
            "--replace",
            action="store_true",
            help="(ratings, unit-ratings) thay xếp loại đã có của cùng người/đơn vị và năm",
        )
        generic = importer.get_default("handler")
        importer.set_defaults(handler=lambda args: cmd_import(args, generic))

    p = sub.add_parser("movements", help="liệt kê các phong trào thi đua")
    p.add_argument("text", nargs="?", default="", help="lọc theo tên (không phân biệt dấu)")
    p.set_defaults(handler=cmd_movements)


def cmd_import(args: argparse.Namespace, generic: Callable[[argparse.Namespace], int]) -> int:
    """`thidua --db PATH import ratings|unit-ratings F.xlsx [--skip-invalid] [--replace]`."""
    if args.kind not in _RATING_KINDS:
        if getattr(args, "replace", False):
            print("Lỗi: --replace chỉ dùng khi nhập ratings hoặc unit-ratings.", file=sys.stderr)
            return 2
        return generic(args)
    from desktop.cli.commands import workspace
    from desktop.services import transfer, transfer_ratings

    ws = workspace(args)
    try:
        result = transfer_ratings.import_ratings(
            ws,
            args.kind,
            Path(args.file),
            skip_invalid=args.skip_invalid,
            replace=args.replace,
        )
    except transfer.ImportRejected as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    finally:
        ws.close()
    for line in result.errors:
        print(line, file=sys.stderr)
    print(result.summary())
    return 0


def cmd_movements(args: argparse.Namespace) -> int:
    """`thidua --db PATH movements [TEXT]`."""
    from desktop.cli.commands import workspace
    from desktop.services import movements

    ws = workspace(args, create=False)
    try:
        rows = movements.list_movements(ws, args.text)
    finally:
        ws.close()
    if not rows:
        print("Chưa có phong trào nào.")
    for r in rows:
        period = f"{r.start:%d/%m/%Y} - {r.end:%d/%m/%Y}"
        print(f"{r.id}\t{r.name}\t{period}\t{r.kind.label}\t{r.registrations} đăng ký")
    return 0
