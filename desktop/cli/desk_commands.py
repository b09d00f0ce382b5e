"""Verbs of the clerk's desk: `due` (what is late and what is due soon)."""

from __future__ import annotations

import argparse
import json

from desktop.cli import parsing
from desktop.domain.deadlines import DEFAULT_DAYS, DueItem


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "due", help="việc quá hạn và việc đến hạn (báo cáo, chấm điểm, sơ kết, tổng kết, đăng ký)"
    )
    p.add_argument(
        "--days", type=parsing.count, default=DEFAULT_DAYS, help=f"số ngày tới (mặc định {DEFAULT_DAYS})"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_due)


def _as_json(item: DueItem, late: bool) -> dict[str, object]:
    return {
        "source": item.source.value,
        "id": item.id,
        "title": item.title,
        "kind": item.kind.value,
        "kind_label": item.kind.label,
        "due_date": item.due_on.isoformat(),
        "assignee": item.assignee,
        "movement": item.movement,
        "late": late,
    }


def cmd_due(args: argparse.Namespace) -> int:
    """`thidua --db PATH due [--days N] [--json]`: late items first, then those due soon."""
    from desktop.cli.commands import workspace
    from desktop.domain.deadlines import check_days
    from desktop.services import deadlines

    check_days(args.days)
    ws = workspace(args, create=False)
    try:
        view = deadlines.due(ws, args.days)
    finally:
        ws.close()
    if args.json:
        out = [_as_json(i, True) for i in view.late] + [_as_json(i, False) for i in view.soon]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for heading, items in (("Quá hạn", view.late), (f"Đến hạn trong {view.days} ngày", view.soon)):
        print(f"{heading}: {len(items)} việc")
        for i in items:
            days = i.days_left(view.today)
            when = (
                f"quá {-days} ngày"
                if days < 0
                else ("hôm nay" if days == 0 else f"còn {days} ngày")
            )
            who = f" — {i.assignee}" if i.assignee else ""
            where = f" [{i.movement}]" if i.movement else ""
            print(f"  {i.due_on:%d/%m/%Y} ({when}) {i.title}{where}{who}")
    return 0
