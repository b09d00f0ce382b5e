"""Emulation blocs (khối, cụm thi đua): which unit led which bloc in which year."""

from __future__ import annotations

from desktop.domain.subjects import BlocLeader, BlocLeaderInput
from desktop.persistence.repositories import subjects as repo
from desktop.services.session import Workspace


def set_leader(ws: Workspace, data: BlocLeaderInput) -> int:
    """Record (or replace) the leader of a bloc for a year; the entry's id."""
    clean = data.validated()
    with ws.db.write() as conn:
        return repo.set_leader(conn, clean)


def leaders(ws: Workspace, year: int | None = None) -> list[BlocLeader]:
    """Leader entries, newest year first."""
    with ws.db.read() as conn:
        return repo.leaders(conn, year)


def delete_leader(ws: Workspace, leader_id: int) -> None:
    """Forget a leader entry."""
    with ws.db.write() as conn:
        repo.delete_leader(conn, leader_id)
