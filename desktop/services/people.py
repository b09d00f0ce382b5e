"""People: save with validation and duplicate warning, search for the table."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.errors import ConflictError
from desktop.domain.people import DuplicateCandidate, Person, PersonInput
from desktop.domain.people_table import PersonQuery, PersonTableRow, SortColumn
from desktop.domain.subjects import PositionInput
from desktop.domain.text import search_tokens
from desktop.persistence.repositories import people as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services import positions as position_service
from desktop.services.session import Workspace


def get(ws: Workspace, person_id: int) -> Person:
    """One person, all fields."""
    with ws.db.read() as conn:
        return repo.get(conn, person_id)


def count(ws: Workspace) -> int:
    """Number of people."""
    with ws.db.read() as conn:
        return repo.count(conn)


def check_duplicates(
    ws: Workspace, data: PersonInput, person_id: int | None = None
) -> list[DuplicateCandidate]:
    """People who look like `data` (same CCCD, or same folded name and birth date)."""
    clean = data.validated()
    with ws.db.read() as conn:
        return repo.find_duplicates(conn, clean, exclude_id=person_id)


def save(
    ws: Workspace,
    data: PersonInput,
    person_id: int | None = None,
    *,
    allow_namesake: bool = False,
) -> int:
    """Validate and write a person; return the id.

    A same-CCCD person is always refused. A same name and birth date is refused with
    ConflictError("possible_duplicate") unless `allow_namesake` (the clerk confirmed).
    """
    clean = data.validated()
    with ws.db.write() as conn:
        assert clean.unit_id is not None
        repo.ensure_unit_exists(conn, clean.unit_id)
        for dup in repo.find_duplicates(conn, clean, exclude_id=person_id):
            if dup.reason == "cccd":
                raise ConflictError(
                    "cccd_taken",
                    f"Số CCCD {clean.cccd} đã có ở {dup.full_name} ({dup.unit_name}).",
                    {"cccd": clean.cccd, "name": dup.full_name, "unit": dup.unit_name},
                )
            if not allow_namesake:
                raise ConflictError(
                    "possible_duplicate",
                    f"Đã có {dup.full_name}, sinh {dup.birth}, ở {dup.unit_name}: có thể trùng người.",
                )
        if person_id is None:
            return repo.insert(conn, clean)
        repo.update(conn, person_id, clean)
        return person_id


def save_with_positions(
    ws: Workspace,
    data: PersonInput,
    positions: Sequence[PositionInput] | None,
    person_id: int | None = None,
    *,
    allow_namesake: bool = False,
) -> int:
    """The person form's save: the person (as `save`) and, unless None, exactly these positions,
    in one transaction, so a refused position leaves the person as it was; return the id."""
    held = None if positions is None else position_service.validated(positions)
    with ws.db.write():  # the two saves below join this transaction
        saved = save(ws, data, person_id, allow_namesake=allow_namesake)
        if held is not None:
            position_service.replace_all(ws, saved, held)
    return saved


def delete(ws: Workspace, person_id: int) -> None:
    """Move a person to the recycle bin (restorable until purged)."""
    with ws.db.write() as conn:
        repo.delete(conn, person_id, ws.db.actor.user)


def make_query(
    text: str = "",
    unit_id: int | None = None,
    *,
    ws: Workspace | None = None,
    sort: SortColumn = SortColumn.NAME,
    descending: bool = False,
) -> PersonQuery:
    """Build the table query: search text (any accents, any case) and a unit with sub-units."""
    unit_ids: tuple[int, ...] | None = None
    if unit_id is not None:
        assert ws is not None, "a unit filter needs the workspace to find sub-units"
        with ws.db.read() as conn:
            unit_ids = tuple(unit_repo.descendants(conn, unit_id))
    return PersonQuery(tuple(search_tokens(text)), unit_ids, sort, descending)


def query_ids(ws: Workspace, query: PersonQuery) -> list[int]:
    """Ids of the matching people, in table order."""
    with ws.db.read() as conn:
        return repo.query_ids(conn, query)


def table_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, PersonTableRow]:
    """Row data for the people table."""
    with ws.db.read() as conn:
        return repo.table_rows(conn, ids)
