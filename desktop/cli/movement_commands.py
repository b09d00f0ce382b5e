"""Verbs of the movement area.

The spreadsheet kinds `ratings`, `unit-ratings`, `registrations` and `scores` go through the
generic `template`, `import` and `export` verbs (services.transfer registry, where the rating
kinds declare their `--replace`).
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser("movements", help="liệt kê các phong trào thi đua")
    p.add_argument("text", nargs="?", default="", help="lọc theo tên (không phân biệt dấu)")
    p.set_defaults(handler=cmd_movements)


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
