"""What every file kept in the database (its bytes stored beside a record) tells without them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class KeptFile:
    """A kept file's facts: the name it is kept under, size, SHA-256 and when it was added."""

    name: str
    size: int
    sha256: str
    added_at: datetime
