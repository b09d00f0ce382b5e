"""Verbs of the exchange area: `template`, `import` and `export` of spreadsheets, by kind."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import parsing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    from desktop.services import transfer

    names = transfer.kinds()
    listed = ", ".join(names)

    p = sub.add_parser("template", help=f"ghi tệp Excel mẫu để điền ({listed})")
    p.add_argument("kind", metavar="LOAI", choices=names, help=f"loại bảng tính: {listed}")
    p.add_argument("--out", required=True, metavar="TEP.xlsx", help="tệp sẽ ghi")
    p.set_defaults(handler=cmd_template)

    importable = transfer.kinds("import")
    p = sub.add_parser("import", help=f"nhập từ tệp Excel ({', '.join(importable)})")
    p.add_argument(
        "kind", metavar="LOAI", choices=importable, help=f"loại bảng tính: {', '.join(importable)}"
    )
    p.add_argument("file", metavar="TEP.xlsx")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="nhập các dòng hợp lệ, bỏ qua (và liệt kê) các dòng lỗi",
    )
    _kind_options(p, transfer, "import")
    p.set_defaults(handler=cmd_import)

    exportable = transfer.kinds("export")
    p = sub.add_parser("export", help=f"xuất ra tệp Excel ({', '.join(exportable)})")
    p.add_argument(
        "kind", metavar="LOAI", choices=exportable, help=f"loại bảng tính: {', '.join(exportable)}"
    )
    p.add_argument("file", metavar="TEP.xlsx")
    _kind_options(p, transfer, "export")
    p.set_defaults(handler=cmd_export)


def _kind_options(p: argparse.ArgumentParser, transfer: Any, able: str) -> None:
    """The options the kinds declare in the registry, each once (`--bloc` for bloc-scores …);
    a bool option is a flag (`--replace`)."""
    for name, (option, kinds) in transfer.all_options(able).items():
        if option.type is bool:
            p.add_argument(
                option.flag,
                dest=f"kind_{name}",
                action="store_true",
                default=None,  # absent: not given at all (the kind's options check skips it)
                help=f"({', '.join(kinds)}) {option.help}",
            )
            continue
        p.add_argument(
            option.flag,
            dest=f"kind_{name}",
            type=parsing.reader(option.type, name),
            metavar=option.metavar or ("NAM" if option.type is int else "TEN"),
            help=f"({', '.join(kinds)}) {option.help}",
        )


def _options(args: argparse.Namespace) -> dict[str, object]:
    """The kind options given on the command line, by name."""
    return {
        key.removeprefix("kind_"): value
        for key, value in vars(args).items()
        if key.startswith("kind_") and value is not None
    }


def cmd_template(args: argparse.Namespace) -> int:
    """`thidua template KIND --out F.xlsx` (needs no database)."""
    from desktop.services import transfer

    out = Path(args.out)
    transfer.write_template(args.kind, out)
    print(f"Đã ghi tệp mẫu {out}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """`thidua --db PATH import KIND F.xlsx [--skip-invalid]`."""
    from desktop.cli.commands import workspace
    from desktop.services import transfer

    # An option the kind does not take is refused before the database is opened (exit 2).
    transfer.get_kind(args.kind).checked_options(_options(args))
    ws = workspace(args)
    try:
        result = transfer.import_file(
            ws, args.kind, Path(args.file), skip_invalid=args.skip_invalid, options=_options(args)
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
    for line in result.changes:
        print(line)
    print(result.summary())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`thidua --db PATH export KIND F.xlsx`."""
    from desktop.cli.commands import workspace
    from desktop.services import transfer

    ws = workspace(args, create=False)
    try:
        count = transfer.export(ws, args.kind, Path(args.file), _options(args))
    finally:
        ws.close()
    print(f"Đã xuất {count} dòng ra tệp {args.file}.")
    return 0
