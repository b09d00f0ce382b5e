"""The recycle bin: what was deleted, restoring it whole, and purging (administrators only).

Deleting goes through the usual services (`people.delete`, `units.delete`, `movements.delete`,
`initiatives.delete`, `proposals.delete_batch`), which move the record and its dependents here.
"""

from __future__ import annotations

from desktop.domain import progress as steps
from desktop.domain.errors import ConflictError
from desktop.domain.progress import Progress
from desktop.domain.recycle_bin import BinEntry
from desktop.persistence.repositories import recycle_bin as repo
from desktop.services.accounts import require_admin
from desktop.services.session import Workspace


def entries(ws: Workspace) -> list[BinEntry]:
    """Every entry of the bin, newest deletion first."""
    with ws.db.read() as conn:
        return repo.list_entries(conn)


def count(ws: Workspace) -> int:
    """How many entries the bin holds."""
    with ws.db.read() as conn:
        return repo.count(conn)


def get(ws: Workspace, entry_id: int) -> BinEntry:
    """One entry (NotFoundError when it is not in the bin)."""
    with ws.db.read() as conn:
        return repo.get(conn, entry_id)


def can_purge(ws: Workspace) -> bool:
    """True when the current user may purge (an administrator, or the one implicit user)."""
    try:
        require_admin(ws)
    except ConflictError:
        return False
    return True


def restore(ws: Workspace, entry_id: int, *, progress: Progress | None = None) -> BinEntry:
    """Put the record and its dependents back as they were; ConflictError with the reason when
    something it needs is gone or its place is taken (nothing changes then, nor when
    `progress` is cancelled before the end)."""
    with steps.active(progress) as tick, ws.db.write() as conn:
        tick.report(0, 0, steps.WRITE)
        entry = repo.restore(conn, entry_id)
        tick.check()
        return entry


def purge(ws: Workspace, entry_id: int, *, progress: Progress | None = None) -> BinEntry:
    """Delete one entry for good (administrators, or the one implicit user)."""
    require_admin(ws)
    with steps.active(progress) as tick, ws.db.write() as conn:
        tick.report(0, 0, steps.WRITE)
        entry = repo.purge(conn, entry_id)
        tick.check()
        return entry


def purge_all(ws: Workspace, *, progress: Progress | None = None) -> int:
    """Empty the bin for good (administrators, or the one implicit user); entries removed."""
    require_admin(ws)
    with steps.active(progress) as tick, ws.db.write() as conn:
        tick.report(0, 0, steps.WRITE)
        removed = repo.purge_all(conn)
        tick.check()
        return removed
