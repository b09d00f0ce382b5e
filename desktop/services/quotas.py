"""Movement quotas as a whole: read them for the movement form and replace them in one save."""

from __future__ import annotations

from desktop.domain.errors import ValidationError
from desktop.domain.movements import MovementInput
from desktop.domain.quotas import QuotaInput, validated_all
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import proposals as proposal_repo
from desktop.persistence.repositories import quotas as repo
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace


def for_movement(ws: Workspace, movement_id: int) -> list[QuotaInput]:
    """The quotas stored for a movement."""
    with ws.db.read() as conn:
        return repo.for_movement(conn, movement_id)


def check(ws: Workspace, quotas: list[QuotaInput]) -> list[QuotaInput]:
    """Validate quotas against the rules and the award catalog, without saving."""
    out = validated_all(quotas)
    catalog = catalog_service.load(ws)
    for i, q in enumerate(out):
        try:
            catalog.get(q.award_code)
        except ValidationError as exc:
            raise ValidationError(f"quotas[{i}].award_code", exc.code, exc.message) from None
    return out


def replace(ws: Workspace, movement_id: int, quotas: list[QuotaInput]) -> None:
    """Make a movement's quotas exactly these, in one transaction."""
    checked = check(ws, quotas)
    with ws.db.write() as conn:
        if not proposal_repo.movement_exists(conn, movement_id):
            raise ValidationError(
                "movement_id",
                "unknown_movement",
                f"Không có phong trào số {movement_id}.",
                {"number": movement_id},
            )
        repo.replace(conn, movement_id, checked)


def save_movement(
    ws: Workspace, data: MovementInput, movement_id: int | None, quotas: list[QuotaInput]
) -> int:
    """Write a movement and its quotas together: both or neither. Returns the movement id."""
    clean = data.validated()
    checked = check(ws, quotas)
    with ws.db.write() as conn:
        if movement_id is None:
            movement_id = movement_repo.insert(conn, clean)
        else:
            movement_repo.update(conn, movement_id, clean)
        repo.replace(conn, movement_id, checked)
    return movement_id
