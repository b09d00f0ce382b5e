"""Office identity."""

from __future__ import annotations

from desktop.domain.office import OfficeInfo
from desktop.persistence.repositories import office as repo
from desktop.services.session import Workspace


def load(ws: Workspace) -> OfficeInfo:
    """The office identity (empty fields when never saved)."""
    with ws.db.read() as conn:
        return repo.load(conn)


def save(ws: Workspace, info: OfficeInfo) -> OfficeInfo:
    """Validate and store the office identity; return what was stored."""
    clean = info.validated()
    with ws.db.write() as conn:
        repo.save(conn, clean)
    return clean
