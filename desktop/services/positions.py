"""The positions a person held (quá trình công tác: chức vụ, from, to)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.errors import ValidationError
from desktop.domain.subjects import Position, PositionInput, overlapping
from desktop.persistence.repositories import subjects as repo
from desktop.services.session import Workspace


def of_person(ws: Workspace, person_id: int) -> list[Position]:
    """A person's positions, oldest first."""
    with ws.db.read() as conn:
        return repo.positions_of(conn, person_id)


def validated(positions: Iterable[PositionInput]) -> list[PositionInput]:
    """Each position checked; overlapping leadership periods refused (tenure counts once)."""
    clean = [p.validated() for p in positions]
    clash = overlapping(clean)
    if clash:
        a, b = clash[0]
        raise ValidationError(
            "positions",
            "overlap",
            f"Hai chức vụ lãnh đạo trùng thời gian: “{a.title}” và “{b.title}”.",
        )
    return clean


def replace_all(ws: Workspace, person_id: int, positions: Iterable[PositionInput]) -> None:
    """Make the person's positions exactly these."""
    clean = validated(positions)
    with ws.db.write() as conn:
        repo.replace_positions(conn, person_id, clean)
