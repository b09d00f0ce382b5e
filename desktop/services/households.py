"""The household register (hộ gia đình): judged for "Gia đình văn hóa"."""

from __future__ import annotations

from desktop.domain.subjects import Household, HouseholdInput
from desktop.domain.text import search_tokens
from desktop.persistence.repositories import subjects as repo
from desktop.services.session import Workspace


def save(ws: Workspace, data: HouseholdInput, household_id: int | None = None) -> int:
    """Validate and write a household; its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if household_id is None:
            return repo.insert_household(conn, clean)
        repo.update_household(conn, household_id, clean)
        return household_id


def get(ws: Workspace, household_id: int) -> Household:
    """One household."""
    with ws.db.read() as conn:
        return repo.get_household(conn, household_id)


def delete(ws: Workspace, household_id: int) -> None:
    """Delete a household."""
    with ws.db.write() as conn:
        repo.delete_household(conn, household_id)


def query(ws: Workspace, text: str = "", unit_id: int | None = None) -> list[Household]:
    """Households of a thôn (or all) whose head's name matches the text (accents optional)."""
    with ws.db.read() as conn:
        return repo.list_households(conn, unit_id=unit_id, tokens=search_tokens(text))
