"""Verb of the results that ground awards: `candidates MOVEMENT_ID --year Y [--json]
[--out F.xlsx]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import parsing

if TYPE_CHECKING:
    from desktop.services.candidates import CandidateList


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verb."""
    p = sub.add_parser(
        "candidates",
        help="những người, tập thể đạt mức đóng góp hoặc thứ hạng điểm mà phong trào đặt làm"
        " căn cứ đề nghị khen thưởng trong một năm",
    )
    p.add_argument("movement", type=parsing.count, metavar="PHONG_TRÀO", help="số của phong trào")
    p.add_argument("--year", required=True, type=parsing.year, metavar="NĂM")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--out", metavar="TEP.xlsx", help="ghi danh sách ra tệp Excel")
    p.set_defaults(handler=cmd_candidates)


def cmd_candidates(args: argparse.Namespace) -> int:
    """List (and write) a movement's candidates of a year with their reasons."""
    from desktop.cli.commands import workspace
    from desktop.services import candidates
    from desktop.services import catalog as catalog_service

    ws = workspace(args, create=False)
    try:
        found = candidates.candidates(ws, args.movement, args.year)
        names = {a.code: a.name for a in catalog_service.load(ws).awards}
        if args.out:
            candidates.export_candidates(ws, Path(args.out), args.movement, args.year)
    finally:
        ws.close()
    sheet = found.sheet
    if args.json:
        print(json.dumps(_as_json(found), ensure_ascii=False, indent=1))
    else:
        print(f"Phong trào {sheet.movement_name} — năm {found.year}")
        if not sheet.rules:
            print("Phong trào chưa đặt quy định xét chọn (mức đóng góp, thứ hạng điểm).")
        for rule in sheet.rules:
            print(f"Căn cứ: {sheet.rule_text(rule)}")
        for n, c in enumerate(found.candidates, start=1):
            p = c.participant
            award = names.get(c.award, c.award)
            print(f"{n}\t{p.name}\t{p.detail}\t{c.reason_text()}\t{award}".rstrip("\t"))
        print(f"Tổng số: {len(found.candidates)} người, tập thể đủ căn cứ đề nghị.")
    if args.out:  # on stderr after JSON, so that stdout stays JSON
        print(f"Đã ghi danh sách ra tệp {args.out}.", file=sys.stderr if args.json else sys.stdout)
    return 0


def _as_json(found: CandidateList) -> dict[str, object]:
    from dataclasses import asdict

    sheet = found.sheet
    return {
        "movement_id": sheet.movement_id,
        "movement": sheet.movement_name,
        "year": found.year,
        "rules": [
            {
                "id": r.id,
                "kind": r.kind.value,
                "contribution_kind": r.contribution_kind.value if r.contribution_kind else None,
                "minimum": r.minimum,
                "cumulative": r.cumulative,
                "group_id": r.group_id,
                "top_n": r.top_n,
                "top_percent": r.top_percent,
                "award": r.award,
                "text": sheet.rule_text(r),
            }
            for r in sheet.rules
        ],
        "candidates": [
            {
                "kind": c.participant.kind.value,
                "id": c.participant.id,
                "name": c.participant.name,
                "unit": c.participant.detail,
                "award": c.award,
                "reasons": [
                    {
                        **{k: v for k, v in asdict(r).items() if v is not None and k != "award"},
                        "text": r.text(),
                    }
                    for r in c.reasons
                ],
            }
            for c in found.candidates
        ],
    }
