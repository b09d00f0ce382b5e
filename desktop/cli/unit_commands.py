"""Verbs of dated unit names: `rename-unit`, `unit-names`, `merge-units`, `office-name`."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.cli import parsing
from desktop.domain.unit_names import MergePlan, NamePeriod

WRITING = frozenset({"rename-unit", "merge-units", "office-name"})


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser(
        "rename-unit", help="đổi tên đơn vị từ một ngày (tên cũ được giữ cùng thời gian dùng)"
    )
    p.add_argument("id", type=parsing.count, metavar="ID", help="số của đơn vị")
    p.add_argument("--name", required=True, help="tên mới")
    p.add_argument(
        "--from-date", required=True, type=parsing.iso_date, help="ngày bắt đầu dùng tên mới"
    )
    p.add_argument("--parent", type=parsing.count, metavar="ID", help="đơn vị cấp trên mới (số)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_rename)

    p = sub.add_parser("unit-names", help="các tên của một đơn vị theo thời gian")
    p.add_argument("id", type=parsing.count, metavar="ID", help="số của đơn vị")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_names)

    p = sub.add_parser(
        "merge-units",
        help="sáp nhập đơn vị: người và lịch sử chuyển sang đơn vị nhận, đơn vị cũ được giữ (đóng)",
    )
    p.add_argument("--into", type=parsing.count, required=True, metavar="ID", help="đơn vị nhận sáp nhập")
    p.add_argument(
        "--from", dest="sources", type=parsing.count, nargs="+", required=True, metavar="ID",
        help="các đơn vị bị sáp nhập",
    )  # fmt: skip
    p.add_argument("--date", required=True, type=parsing.iso_date, help="ngày sáp nhập (ngày đầu tiên thuộc đơn vị mới)")
    p.add_argument("--preview", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser(
        "office-name",
        help="ghi tên cũ của cơ quan hoặc cơ quan chủ quản (in trên văn bản của thời gian đó)",
    )
    p.add_argument("--field", choices=("superior", "name", "place"), default="superior",
                   help="superior: cơ quan chủ quản (mặc định); name: tên cơ quan; place: địa danh")  # fmt: skip
    p.add_argument("--name", help="tên cũ")
    p.add_argument("--until", type=parsing.iso_date, help="ngày cuối cùng dùng tên cũ")
    p.add_argument("--since", type=parsing.iso_date, help="ngày bắt đầu dùng tên cũ (bỏ trống: không rõ)")
    p.add_argument("--json", action="store_true", help="in các tên theo thời gian dạng JSON")
    p.set_defaults(handler=cmd_office_name)


def _period_json(p: NamePeriod) -> dict[str, object]:
    return {
        "id": p.id,
        "name": p.name,
        "parent_id": p.parent_id,
        "valid_from": p.valid_from.isoformat() if p.valid_from else None,
        "valid_to": p.valid_to.isoformat() if p.valid_to else None,
    }


def _period_text(p: NamePeriod) -> str:
    start = f"{p.valid_from:%d/%m/%Y}" if p.valid_from else "…"
    end = f"{p.valid_to:%d/%m/%Y}" if p.valid_to else "nay"
    return f"{start} – {end}\t{p.name}"


def cmd_rename(args: argparse.Namespace) -> int:
    """`thidua --db PATH rename-unit ID --name NAME --from-date YYYY-MM-DD [--parent ID]`."""
    from desktop.cli.commands import workspace
    from desktop.services import unit_names

    ws = workspace(args, create=False)
    try:
        parent: int | bool | None = args.parent if args.parent is not None else False
        old = unit_names.rename(
            ws, args.id, args.name, date.fromisoformat(args.from_date), parent_id=parent
        )
        hist = unit_names.history(ws, args.id)
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_period_json(p) for p in hist], ensure_ascii=False))
    else:
        print(
            f"Đã đổi tên “{old.name}” thành “{hist[-1].name}” từ ngày "
            f"{date.fromisoformat(args.from_date):%d/%m/%Y}."
        )
    return 0


def cmd_names(args: argparse.Namespace) -> int:
    """`thidua --db PATH unit-names ID [--json]`."""
    from desktop.cli.commands import workspace
    from desktop.services import unit_names

    ws = workspace(args, create=False)
    try:
        hist = unit_names.history(ws, args.id)
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_period_json(p) for p in hist], ensure_ascii=False))
    else:
        for p in hist:
            print(_period_text(p))
    return 0


def _plan_json(plan: MergePlan, preview: bool) -> dict[str, object]:
    return {
        "preview": preview,
        "into": plan.into_id,
        "into_name": plan.into_name,
        "from": list(plan.from_ids),
        "from_names": list(plan.from_names),
        "date": plan.merged_on.isoformat(),
        "moves": [
            {
                "table": m.table,
                "column": m.column,
                "label": m.label,
                "moved": m.moved,
                "kept": m.kept,
            }
            for m in plan.moves
        ],
        "moved_total": plan.moved_total,
    }


def cmd_merge(args: argparse.Namespace) -> int:
    """`thidua --db PATH merge-units --into ID --from ID [ID…] --date YYYY-MM-DD [--json]`."""
    from desktop.cli.commands import workspace
    from desktop.services import unit_names

    when = date.fromisoformat(args.date)
    ws = workspace(args, create=False)
    try:
        run = unit_names.merge_preview if args.preview else unit_names.merge
        plan = run(ws, list(args.sources), args.into, when)
    finally:
        ws.close()
    if args.json:
        print(json.dumps(_plan_json(plan, args.preview), ensure_ascii=False))
        return 0
    head = "Xem trước: sẽ sáp nhập" if args.preview else "Đã sáp nhập"
    print(f"{head} {', '.join(plan.from_names)} vào {plan.into_name} từ ngày {when:%d/%m/%Y}.")
    for m in plan.moves:
        kept = f" (giữ lại ở đơn vị cũ {m.kept} vì trùng)" if m.kept else ""
        print(f"  {m.label}: {m.moved}{kept}")
    return 0


def cmd_office_name(args: argparse.Namespace) -> int:
    """`thidua --db PATH office-name [--field superior|name] --name NAME --until DATE`."""
    from desktop.cli.commands import workspace
    from desktop.domain.errors import ValidationError
    from desktop.domain.unit_names import OfficeField
    from desktop.services import unit_names

    field = OfficeField.PARENT_AGENCY if args.field == "superior" else OfficeField(args.field)
    if (args.name is None) != (args.until is None):
        raise ValidationError("until", "required", "Cần cả --name và --until để ghi một tên cũ.")
    since = date.fromisoformat(parsing.iso_date(args.since)) if args.since else None
    ws = workspace(args, create=False)
    try:
        if args.name is not None:
            period = NamePeriod(args.name, since, date.fromisoformat(args.until))
            unit_names.add_office_past_name(ws, field, period)
        hist = unit_names.office_history(ws, field)
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_period_json(p) for p in hist], ensure_ascii=False))
    else:
        for p in hist:
            print(_period_text(p))
    return 0
