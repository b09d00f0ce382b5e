"""Verbs of the backup area: `backup`, `restore`, `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import paths
from desktop.domain.errors import DatabaseError

KEY_SUFFIX = ".khoa.json"  # the key file written beside a backup by `backup --with-key`

TABLE_NAMES = {
    "unit": "đơn vị",
    "person": "cá nhân",
    "movement": "phong trào",
    "initiative": "sáng kiến",
    "proposal_batch": "đợt đề nghị",
    "nominee": "lượt đề nghị",
    "award_record": "khen thưởng đã nhận",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's verbs."""
    p = sub.add_parser("backup", help="sao lưu tệp dữ liệu (qua cơ chế sao lưu của SQLite)")
    p.add_argument("--out", metavar="FILE", help="tệp sao lưu (mặc định: thư mục backups)")
    p.add_argument(
        "--with-key",
        action="store_true",
        help="ghi kèm khoá ký nhật ký (FILE" + KEY_SUFFIX + ") để chuyển sang máy khác một bước",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục dữ liệu từ một bản sao lưu")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="kiểm tra toàn vẹn tệp dữ liệu (chỉ đọc)")
    p.set_defaults(handler=cmd_check)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_database()


def _counts(counts: dict[str, int]) -> str:
    parts = [f"{counts[t]} {name}" for t, name in TABLE_NAMES.items() if t in counts]
    return ", ".join(parts) or "trống"


def _head(head: tuple[int, str]) -> str:
    number, digest = head
    return f"sự kiện số {number}, mã {digest}" if number else "trống"


def cmd_backup(args: argparse.Namespace) -> int:
    """`thidua --db PATH backup [--out FILE]`."""
    from desktop.services import audit, backups
    from desktop.services.session import Workspace

    ws = Workspace.open(_db_path(args), create=False)
    key_file: Path | None = None
    try:
        rec = backups.backup_now(ws, out=Path(args.out) if args.out else None)
        if args.with_key:
            key_file = Path(rec.file + KEY_SUFFIX)
            audit.export_key(ws, key_file)
    finally:
        ws.close()
    print(f"Đã sao lưu vào {rec.file}")
    print(f"  {rec.size:,} byte, SHA-256 {rec.sha256}".replace(",", "."))
    print(f"  {_counts(rec.counts)}")
    print(f"  Đầu chuỗi nhật ký: {_head(rec.audit_head)}")
    if key_file is not None:
        print(
            f"  Khoá ký nhật ký: {key_file} (giữ kín như mật khẩu; trên máy mới, lệnh restore "
            "tự nhập khoá nằm cạnh bản sao lưu)"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """`thidua --db PATH restore FILE`."""
    from desktop.services import backups, instance_lock
    from desktop.services.session import Workspace

    db = _db_path(args)
    source = Path(args.file)
    running = instance_lock.holder(db) if db.exists() else None
    if running is not None:
        raise DatabaseError(
            "in_use",
            f"Chương trình đang mở tệp {db} (tiến trình {running}); chưa khôi phục gì. Hãy đóng "
            "cửa sổ chương trình rồi chạy lại lệnh, hoặc khôi phục ngay trong cửa sổ (trang Sao lưu).",
            str(db),
        )
    desc = backups.describe(source)  # refuses a foreign, damaged or newer file first
    when = desc.created.strftime("%d/%m/%Y %H:%M") if desc.created else "?"
    print(f"Bản sao lưu {source} ({when}): {_counts(desc.counts)}")
    print(f"  Đầu chuỗi nhật ký: {_head(desc.audit_head)}")
    if desc.head_matches is False:
        print(
            "  Cảnh báo: khác với lúc sao lưu "
            f"({_head(desc.recorded_head or (0, ''))}): tệp đã bị thay đổi sau khi sao lưu."
        )
    for warning in backups.restore_warnings(db, source):
        print(f"  Cảnh báo: {warning}")
    carried = Path(str(source) + KEY_SUFFIX)
    if carried.is_file():  # written by `backup --with-key`: the move in one step
        from desktop.services import audit

        n = audit.import_key(carried)
        print(f"  Đã nhập {n} khoá ký nhật ký từ {carried}.")
    if not db.exists():  # a new PC: nothing to replace
        backups.restore_new(db, source)
        print(f"Đã khôi phục vào tệp mới {db}.")
        print(f"Đầu chuỗi nhật ký sau khi khôi phục: {_head(desc.audit_head)}")
        return 0
    try:
        ws = Workspace.open(db, create=False)
    except DatabaseError as exc:
        if exc.code not in ("damaged", "not_db", "empty"):
            raise
        kept = backups.restore_damaged(db, source)
        print(f"Tệp dữ liệu hiện tại bị hỏng; đã thay bằng bản sao lưu. Tệp hỏng giữ tại: {kept}")
        return 0
    try:
        current = backups.describe_current(ws)
        print(f"Dữ liệu hiện tại: {_counts(current.counts)}")
        result = backups.restore(ws, source)
    except DatabaseError as exc:
        if exc.code != "current_damaged":
            raise
        ws.close()
        kept = backups.restore_damaged(db, source)
        print(f"Tệp dữ liệu hiện tại bị hỏng; đã thay bằng bản sao lưu. Tệp hỏng giữ tại: {kept}")
        return 0
    finally:
        ws.close()
    print(f"Đã khôi phục. Dữ liệu trước khi khôi phục được sao lưu tại {result.before.file}")
    print(f"Đầu chuỗi nhật ký sau khi khôi phục: {_head(result.restored.audit_head)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """`thidua --db PATH check`: exit 0 when every check holds, 2 with the findings."""
    from desktop.services import backups

    db = _db_path(args)
    report = backups.check_report(db)
    for f in report.problems:
        print(f"- {f}")
    for f in report.warnings:
        print(f"- Cảnh báo: {f}")
    for f in report.notes:
        print(f"Ghi chú: {f}")
    if report.clean:
        print(f"Tệp {db}: kiểm tra toàn vẹn, liên kết, phiên bản và nhật ký thay đổi đều đạt.")
        return 0
    if report.problems:
        print(f"Lỗi: tệp {db} không đạt kiểm tra ({len(report.problems)} vấn đề).", file=sys.stderr)
    else:
        print(
            f"Lỗi: tệp {db} có {len(report.warnings)} điều chưa kiểm chứng được (xem cảnh báo).",
            file=sys.stderr,
        )
    return 2
