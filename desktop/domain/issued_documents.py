"""The papers the office printed and recorded: each kept byte for byte with its fingerprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class IssuedRow:
    """A recorded printed paper, without its bytes (a line of the issued list)."""

    id: int
    kind: str  # the printed part or paper: "ho-so", "to-trinh", "bao-cao", a report's kind …
    number: str
    issued_on: date
    batch_id: int | None
    title: str
    file_name: str
    sha256: str
    pages: int  # 0: a Word copy
