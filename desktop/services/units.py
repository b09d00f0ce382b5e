"""Units: create, edit, move, deactivate, delete when nothing depends on them."""

from __future__ import annotations

from desktop.domain.errors import ConflictError
from desktop.domain.units import Unit, UnitInput
from desktop.persistence.repositories import units as repo
from desktop.services.session import Workspace


def list_units(ws: Workspace, *, include_inactive: bool = True) -> list[Unit]:
    """All units, Vietnamese order."""
    with ws.db.read() as conn:
        return repo.list_all(conn, include_inactive=include_inactive)


def get(ws: Workspace, unit_id: int) -> Unit:
    """One unit."""
    with ws.db.read() as conn:
        return repo.get(conn, unit_id)


def save(ws: Workspace, data: UnitInput, unit_id: int | None = None) -> int:
    """Validate and write a unit; return its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if unit_id is None:
            return repo.insert(conn, clean)
        repo.update(conn, unit_id, clean)
        return unit_id


def move(ws: Workspace, unit_id: int, new_parent_id: int | None) -> None:
    """Put a unit under another (or at the top)."""
    with ws.db.write() as conn:
        unit = repo.get(conn, unit_id)
        repo.update(
            conn,
            unit_id,
            UnitInput(
                name=unit.name,
                kind=unit.kind,
                code=unit.code,
                parent_id=new_parent_id,
                internal=unit.internal,
                address=unit.address,
                active=unit.active,
            ),
        )


def set_active(ws: Workspace, unit_id: int, active: bool) -> None:
    """Deactivate (or reactivate) a unit; its people and history stay."""
    with ws.db.write() as conn:
        repo.set_active(conn, unit_id, active)


def delete(ws: Workspace, unit_id: int) -> None:
    """Delete a unit that has no people, no sub-units and no history.

    Raises ConflictError saying why otherwise: such a unit can only be deactivated.
    """
    with ws.db.write() as conn:
        use = repo.usage(conn, unit_id)
        if not use.empty:
            parts = []
            if use.people:
                parts.append(f"{use.people} người")
            if use.children:
                parts.append(f"{use.children} đơn vị cấp dưới")
            raise ConflictError(
                "unit_in_use",
                "Không thể xóa đơn vị vì còn "
                + " và ".join(parts)
                + ". Hãy chuyển họ đi trước, hoặc chọn \u201cNgừng hoạt động\u201d để giữ lịch sử.",
                {"people": use.people, "children": use.children},
            )
        repo.delete(conn, unit_id, ws.db.actor.user)


def descendants(ws: Workspace, unit_id: int) -> list[int]:
    """The unit and every unit below it."""
    with ws.db.read() as conn:
        return repo.descendants(conn, unit_id)
