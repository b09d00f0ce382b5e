"""Files whose bytes are kept in the database (initiative attachments, a batch's files): the
checks before reading one in, and writing one back out."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop import outputs
from desktop.domain.errors import FileRejected
from desktop.domain.initiatives import MAX_ATTACHMENT_BYTES, format_size, safe_file_name

_READ_CHUNK = 1024 * 1024


def too_big(name: str, size: int) -> FileRejected:
    """The refusal of a file over the 50 MB limit."""
    limit = format_size(MAX_ATTACHMENT_BYTES)
    return FileRejected(
        f"Tệp {name} có dung lượng {format_size(size)}, vượt giới hạn {limit}; không đính kèm. "
        "Hãy nén hoặc quét lại với độ phân giải thấp hơn.",
        "file_too_large",
        {"name": name, "size": format_size(size), "limit": limit},
    )


def _unreadable(path: Path, exc: OSError) -> FileRejected:
    return FileRejected(
        f"Không đọc được tệp {path.name}: {outputs.reason(exc, reading=True)}.",
        "file_unreadable",
        {"name": path.name},
    )


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file about to be stored: its path, the name it is kept under and its size."""

    path: Path
    name: str
    size: int

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes, a megabyte at a time."""
        with self.path.open("rb") as f:
            while block := f.read(_READ_CHUNK):
                yield block


def source_file(source: str | os.PathLike[str]) -> SourceFile:
    """Check a file before it is read: it exists, is a file, is at most 50 MB; its name is made
    safe for Windows (a device name such as CON or nul.txt gets a leading "_")."""
    path = Path(source)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileRejected(
                f"{path.name} không phải là một tệp.", "not_a_file", {"name": path.name}
            )
    except FileNotFoundError:
        raise FileRejected(
            f"Không tìm thấy tệp {path.name}.", "file_missing", {"name": path.name}
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return SourceFile(path, kept_name(path.name, size), size)


def kept_name(name: str, size: int) -> str:
    """The name a file of `size` bytes is kept under (made safe for Windows); FileRejected when
    it is over 50 MB."""
    safe = safe_file_name(name)
    if size > MAX_ATTACHMENT_BYTES:
        raise too_big(safe, size)
    return safe


@contextmanager
def reading(source: SourceFile) -> Iterator[None]:
    """Turn a file that changed or failed while it was stored into a FileRejected."""
    try:
        yield
    except ValueError:
        raise FileRejected(
            f"Tệp {source.path.name} thay đổi trong khi đang đọc; hãy đóng chương trình đang ghi "
            "tệp rồi thử lại.",
            "file_changed",
            {"name": source.path.name},
        ) from None
    except OSError as exc:
        raise _unreadable(source.path, exc) from None


def write_out(target: str | os.PathLike[str], name: str, chunks: Iterable[bytes]) -> Path:
    """Write stored bytes to `target` (a file, or a folder to keep `name`), beside and renamed
    into place so a failure never leaves half a file under the chosen name."""
    path = Path(target)
    if path.is_dir():
        path = path / name
    with outputs.atomic_path(path) as temp, temp.open("wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return path


def temporary_place(name: str) -> Path:
    """Where to write a stored file to open it with its program: a fresh temporary folder."""
    return Path(tempfile.mkdtemp(prefix="thidua-tep-")) / name
