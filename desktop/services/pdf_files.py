"""Writing printed papers to disk: atomically, with a plain message when the file is held."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop import outputs

WORD_SUFFIX = ".docx"


def is_word(path: str | os.PathLike[str]) -> bool:
    """Whether the file asked for is a Word copy (its name ends in .docx)."""
    return Path(path).suffix.lower() == WORD_SUFFIX


def write_pdf(path: Path, data: bytes) -> str:
    """Write `data` to `path` through a temporary file; return the file's SHA-256 (hex).

    A refused target (the open database, a folder, a device …), a file held open by another
    program or a full disk gives a ValidationError naming the file; the old file, if any, is
    left as it was.
    """
    outputs.write_bytes(Path(path), data)
    return hashlib.sha256(data).hexdigest()
