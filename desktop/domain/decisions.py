"""A batch's Quyết định drafts: each a line of the outgoing register with the awards it covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Draft:
    """One drafted decision of a batch."""

    id: int
    batch_id: int
    register_id: int
    number: int
    symbol: str
    decided_on: date
    award_codes: tuple[str, ...]  # empty: every award the head decides
