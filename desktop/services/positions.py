"""The positions a person held (quá trình công tác: chức vụ, from, to)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.subjects import Position, PositionInput
from desktop.persistence.repositories import subjects as repo
from desktop.services.session import Workspace


def of_person(ws: Workspace, person_id: int) -> list[Position]:
    """A person's positions, oldest first."""
    with ws.db.read() as conn:
        return repo.positions_of(conn, person_id)


def validated(positions: Iterable[PositionInput]) -> list[PositionInput]:
    """Each position checked. Concurrent posts (kiêm nhiệm) may overlap: the tenure rule
    counts overlapping leadership periods once."""
    return [p.validated() for p in positions]


def replace_all(ws: Workspace, person_id: int, positions: Iterable[PositionInput]) -> None:
    """Make the person's positions exactly these."""
    clean = validated(positions)
    with ws.db.write() as conn:
        repo.replace_positions(conn, person_id, clean)
