"""Writing printed papers to disk: atomically, with a plain message when the file is held."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from desktop.domain.errors import ValidationError


def _reason(exc: OSError) -> str:
    """Why a file could not be written, in plain Vietnamese."""
    if isinstance(exc, IsADirectoryError):
        return "đường dẫn này là một thư mục, không phải tệp"
    if exc.errno == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    if exc.errno == errno.EROFS:
        return "ổ đĩa chỉ cho đọc"
    if getattr(exc, "winerror", None) in (32, 33):  # sharing / lock violation on Windows
        return "tệp đang được mở trong chương trình khác"
    if isinstance(exc, PermissionError):
        return "tệp đang được mở trong chương trình khác hoặc không có quyền ghi"
    return "lỗi đọc ghi của ổ đĩa"


def write_pdf(path: Path, data: bytes) -> str:
    """Write `data` to `path` through a temporary file; return the file's SHA-256 (hex).

    A file held open by another program (or a folder without write permission) gives a
    ValidationError naming the file; the old file, if any, is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("out", "no_folder", f"Không có thư mục {folder} để ghi tệp.")
    if path.is_dir():
        raise ValidationError(
            "out", "is_folder", f"Không ghi được tệp {path}: {_reason(IsADirectoryError())}."
        )
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{path.stem}-", suffix=".tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)
        raise ValidationError(
            "out",
            "file_locked",
            f"Không ghi được tệp {path}: {_reason(exc)}. Hãy đóng tệp hoặc chọn nơi khác "
            "rồi thử lại.",
        ) from exc
    return hashlib.sha256(data).hexdigest()
