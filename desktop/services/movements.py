"""Movements: create, edit, copy from an earlier one, delete with its records, summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import ConflictError
from desktop.domain.movements import (
    Movement,
    MovementInput,
    MovementListRow,
    MovementRecords,
    copy_for_new_period,
)
from desktop.persistence.repositories import movements as repo
from desktop.services.session import Workspace

__all__ = [
    "MovementRecords",
    "MovementSummary",
    "copy_from",
    "delete",
    "get",
    "list_movements",
    "records",
    "save",
    "summary",
]


def list_movements(ws: Workspace, text: str = "") -> list[MovementListRow]:
    """Movements, newest first; `text` filters by name (any accents, any case)."""
    with ws.db.read() as conn:
        return repo.list_rows(conn, text)


def get(ws: Workspace, movement_id: int) -> Movement:
    """One movement with its plan details."""
    with ws.db.read() as conn:
        return repo.get(conn, movement_id)


def save(ws: Workspace, data: MovementInput, movement_id: int | None = None) -> int:
    """Validate and write a movement; return its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if movement_id is None:
            return repo.insert(conn, clean)
        repo.update(conn, movement_id, clean)
        return movement_id


def copy_from(ws: Workspace, source_id: int, new_start: date, name: str = "") -> MovementInput:
    """An unsaved copy of an earlier movement, dates shifted to start at `new_start`."""
    return copy_for_new_period(get(ws, source_id).data, new_start, name)


def records(ws: Workspace, movement_id: int) -> MovementRecords:
    """How many records a movement has (what a deletion would take with it)."""
    with ws.db.read() as conn:
        return repo.records(conn, movement_id)


def delete(ws: Workspace, movement_id: int) -> MovementRecords:
    """Delete a movement with its registrations, sponsorships, contributions and scores.

    Returns what was deleted. The UI asks first, saying how many records go.
    """
    with ws.db.write() as conn:
        counted = repo.records(conn, movement_id)
        if counted.proposals:
            raise ConflictError(
                "movement_has_proposals",
                f"Không thể xóa phong trào vì đã có {counted.proposals} đợt đề nghị khen thưởng"
                " theo phong trào này. Hãy xóa các đợt đề nghị trước.",
                {"count": counted.proposals},
            )
        repo.delete(conn, movement_id, ws.db.actor.user)
    return counted


@dataclass(frozen=True, slots=True)
class MovementSummary:
    """The summary strip of a movement."""

    units: int
    people: int
    communes: int
    contributions: int  # đồng
    support: int  # đồng, support activities for the sponsored communes
    initiatives: int
    proposals: int


def summary(ws: Workspace, movement_id: int) -> MovementSummary:
    """Units and people registered, communes sponsored, money given, initiatives, proposals."""
    with ws.db.read() as conn:
        r = repo.records(conn, movement_id)
        units, people, communes, money, support = repo.participation_totals(conn, movement_id)
    return MovementSummary(units, people, communes, money, support, r.initiatives, r.proposals)
