"""The `thidua` command: open the program, or run one verb against a database.

Exit codes: 0 success, 2 bad input (a Vietnamese message on stderr, nothing written),
1 unexpected error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import commands, parsing
from desktop.domain.errors import ThiDuaError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Lỗi: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(*, verbs: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every verb (or only the global options)."""
    parsing.install_vietnamese()
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
    if os.name == "posix":
        # The data file, backups, exports, keys and the log are the office's personal data:
        # created readable by this user alone (a shared Linux PC).
        os.umask(0o077)
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
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a message already printed (2)
        return exc.code if isinstance(exc.code, int) else 2
    if args.verb is None:
        from desktop.cli.gui import run_gui

        return run_gui(args)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """Run the verb: protect the database from being written over, turn expected errors into
    messages, and leave no new empty database behind when the verb fails."""
    from desktop import outputs, paths

    db = Path(args.db) if args.db else paths.default_database()
    outputs.protect(db)
    existed = db.exists()
    code = 1
    try:
        for target in _output_targets(args):
            outputs.check_target(target)
        if args.verb == "restore":
            _restore_gate(args, db)
        code = int(args.handler(args) or 0)
    except ThiDuaError as exc:
        print(f"Lỗi: {getattr(exc, 'message', str(exc))}", file=sys.stderr)
        code = 2
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        code = 1
    except OSError as exc:
        # A path given on the command line that the system refuses (missing folder, a file
        # used as a folder, no permission, full disk): the user's input, in Vietnamese.
        where = exc.filename or ""
        print(
            f"Lỗi: không dùng được {where}: {outputs.reason(exc)}.".replace(" :", ":"),
            file=sys.stderr,
        )
        code = 2
    finally:
        if code != 0 and not existed:
            _remove_new_database(db)
    return code


def _restore_gate(args: argparse.Namespace, db: Path) -> None:
    """A restore replaces the accounts too: with accounts in the current file, only an
    administrator (logged in) may run it (a file that does not open is left to the restore);
    then say whose accounts the backup brings back."""
    from desktop.cli.commands import workspace
    from desktop.domain.errors import DatabaseError
    from desktop.services import accounts

    if db.exists():
        try:
            ws = workspace(args, create=False)
        except DatabaseError:
            pass
        else:
            ws.close()
    if not Path(args.file).is_file():
        return
    brought = accounts.accounts_in_backup(str(args.file))
    if brought:
        names = ", ".join(f"{a.username} ({a.role.label})" for a in brought)
        print(f"Bản sao lưu mang theo {len(brought)} tài khoản: {names}.")
    else:
        print(
            "Bản sao lưu không có tài khoản nào: sau khi khôi phục, ai dùng máy này cũng thay "
            "đổi được dữ liệu mà không cần đăng nhập."
        )


def _output_targets(args: argparse.Namespace) -> list[str]:
    """The files a verb will write on the user's request, checked before any work is done
    (a backup's target is judged by the backup itself)."""
    if args.verb == "backup":
        return []
    names = ["out", "xlsx", "docx", "pdf"] + (["file"] if args.verb == "export" else [])
    return [str(v) for v in (getattr(args, n, None) for n in names) if isinstance(v, str) and v]


def _remove_new_database(db: object) -> None:
    """A verb that failed on a --db path that did not exist leaves nothing there."""
    path = Path(str(db))
    for extra in ("-journal", "-wal", "-shm", ".checked", ".auditanchor", ""):
        with contextlib.suppress(OSError):
            Path(str(path) + extra).unlink(missing_ok=True)
