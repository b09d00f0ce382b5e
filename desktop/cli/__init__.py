"""The `thidua` command: open the program, or run one verb against a database.

Exit codes: 0 success, 2 bad input (a Vietnamese message on stderr, nothing written),
1 unexpected error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.cli import commands
from desktop.domain.errors import ThiDuaError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Lỗi: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(*, verbs: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every verb (or only the global options)."""
    parser = _Parser(
        prog="thidua",
        description="Thi đua: quản lý thi đua, khen thưởng. Không có lệnh: mở chương trình.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)"
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện")
    parser.add_argument("--demo", action="store_true", help="mở chương trình trên dữ liệu mẫu")
    parser.add_argument(
        "--self-test", action="store_true", help="tự kiểm tra chương trình trong thư mục tạm"
    )
    if verbs:
        sub = parser.add_subparsers(dest="verb", metavar="LỆNH", parser_class=_Parser)
        commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `thidua` command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    argv = list(sys.argv[1:] if argv is None else argv)
    # Opening the program must not load every verb (their services import reportlab and
    # openpyxl, a second of start-up): without a verb or --help, parse the global options only.
    if not {"-h", "--help"} & set(argv):
        args, rest = build_parser(verbs=False).parse_known_args(argv)
        if args.self_test and not rest:
            from desktop.selftest import run as self_test

            return self_test()
        if not rest:
            from desktop.cli.gui import run_gui

            return run_gui(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        from desktop.cli.gui import run_gui

        return run_gui(args)
    try:
        return int(args.handler(args) or 0)
    except ThiDuaError as exc:
        print(f"Lỗi: {getattr(exc, 'message', str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 1
