"""Writing output files (spreadsheets, PDFs, documents) safely, for every layer.

Two rules for every file the program writes on the user's request:

- the target is checked first: never the open database, its journal, its backups folder or the
  data folder's own files, never something that exists and is not a regular file (a folder, a
  device such as /dev/full, a pipe);
- the bytes go to a temporary file in the same folder, are flushed to the disk, and only then
  renamed over the target, so a full disk, an error or a kill leaves the previous good file
  (or nothing) and never a 0-byte or half-written one.

This module sits at the package root (standard library and `desktop.domain` only) so that the
services, the exchange and the documents layers can all use it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from desktop.domain.errors import ValidationError

_JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")
_BACKUPS_FOLDER = "backups"
_protected: list[Path] = []


def protect(db_path: str | os.PathLike[str]) -> None:
    """Remember an open database: no output may be written over it or beside it as its journal."""
    path = Path(db_path)
    if path not in _protected:
        _protected.append(path)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _data_folder() -> Path | None:
    from desktop import paths

    try:
        return _resolved(paths.data_dir())
    except OSError:
        return None


def _refuse(path: Path, code: str, why: str) -> ValidationError:
    return ValidationError(
        "out",
        code,
        f"Không ghi vào {path}: {why}. Hãy chọn tên tệp hoặc nơi khác.",
        {"path": str(path)},
    )


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse (ValidationError, nothing written) a target that must never be overwritten;
    return the path."""
    path = Path(path)
    target = _resolved(path)
    for db in _protected:
        real_db = _resolved(db)
        if target == real_db or _same_file(path, db):
            raise _refuse(path, "target_open_db", "đây là tệp dữ liệu đang mở")
        names = {real_db.name + s for s in _JOURNAL_SUFFIXES}
        if target.parent == real_db.parent and target.name in names:
            raise _refuse(path, "target_journal", "đây là tệp nhật ký giao dịch của tệp dữ liệu")
        if _inside(target, real_db.parent / _BACKUPS_FOLDER):
            raise _refuse(path, "target_backups", "đây là thư mục sao lưu của tệp dữ liệu")
    data = _data_folder()
    if data is not None and _inside(target, data):
        raise _refuse(path, "target_data_folder", "đây là thư mục dữ liệu của chương trình")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _refuse(path, "target_unreadable", reason(exc)) from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise _refuse(path, "target_folder", "đây là một thư mục, không phải tệp")
        raise _refuse(
            path, "target_special", "đây không phải là một tệp thường (thiết bị, ống dẫn…)"
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            "out", "no_folder", f"Không ghi được tệp {path.name}: không có thư mục {folder}."
        )
    return path


def reason(exc: OSError, *, reading: bool = False) -> str:
    """Why a file could not be written (or read), in plain Vietnamese, never the system's
    English words."""
    if reading and isinstance(exc, PermissionError):
        return "không có quyền đọc tệp này, hoặc tệp đang bị chương trình khác khoá"
    if isinstance(exc, IsADirectoryError):
        return "đường dẫn này là một thư mục, không phải tệp"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return "ổ đĩa đã đầy"
    if exc.errno == errno.EROFS:
        return "ổ đĩa chỉ cho đọc"
    if getattr(exc, "winerror", None) in (32, 33):  # sharing / lock violation on Windows
        return "tệp đang được mở trong chương trình khác"
    if isinstance(exc, PermissionError):
        return "tệp đang được mở trong chương trình khác hoặc không có quyền ghi"
    if isinstance(exc, NotADirectoryError):
        return "một phần của đường dẫn là tệp, không phải thư mục"
    if isinstance(exc, FileNotFoundError):
        return "không có thư mục này"
    return "lỗi đọc ghi của ổ đĩa"


def write_failed(path: Path, exc: OSError) -> ValidationError:
    """The error to raise when writing `path` failed with `exc`."""
    return ValidationError(
        "out",
        "write_failed",
        f"Không ghi được tệp {path}: {reason(exc)}. Tệp cũ (nếu có) vẫn giữ nguyên; hãy đóng "
        "tệp, giải phóng ổ đĩa hoặc chọn nơi khác rồi thử lại.",
    )


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Check `path`, yield a temporary path in the same folder to write to; on success flush
    it to the disk and rename it over `path`, on any failure remove it (the target untouched).

    OSErrors (full disk, locked file …) become a ValidationError naming the target.
    """
    path = check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem[:40]}-", suffix=".tmp")
    except OSError as exc:
        raise write_failed(path, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
        _fsync_folder(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _keep_mode(path: Path, tmp: Path) -> None:
    """mkstemp makes a file for the user alone; an overwritten file keeps its own mode."""
    with suppress(OSError):
        os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_stream(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> Path:
    """Atomically write what `write(file)` puts into an open binary file; return the path."""
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        write(f)
        f.flush()
    return Path(path)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically write `data` to `path`; return the path."""

    def write(f: BinaryIO) -> None:
        f.write(data)

    return write_stream(path, write)
