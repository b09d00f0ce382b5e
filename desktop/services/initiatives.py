"""Initiatives: save with validation, search for the table, a person's initiatives, attachments."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop.domain import initiative_table as table
from desktop.domain.initiatives import (
    AttachmentInfo,
    AwardUse,
    Initiative,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.text import search_tokens
from desktop.persistence.repositories import attachments as att_repo
from desktop.persistence.repositories import initiative_search as search_repo
from desktop.persistence.repositories import initiatives as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services import stored_files
from desktop.services.session import Workspace


def get(ws: Workspace, initiative_id: int) -> Initiative:
    """One initiative with authors and names."""
    with ws.db.read() as conn:
        return repo.get(conn, initiative_id)


def count(ws: Workspace) -> int:
    """Number of initiatives."""
    with ws.db.read() as conn:
        return repo.count(conn)


def save(ws: Workspace, data: InitiativeInput, initiative_id: int | None = None) -> int:
    """Validate and write an initiative with its authors; return the id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if initiative_id is None:
            return repo.insert(conn, clean)
        repo.update(conn, initiative_id, clean)
        return initiative_id


def delete(ws: Workspace, initiative_id: int) -> None:
    """Delete an initiative, its authors and its attached files."""
    with ws.db.write() as conn:
        repo.delete(conn, initiative_id, ws.db.actor.user)


def mark_used(ws: Workspace, initiative_id: int, use: AwardUse) -> None:
    """Record that the initiative served as ground for an award; refuses a second use."""
    with ws.db.write() as conn:
        repo.mark_used(conn, initiative_id, use)


def clear_used(ws: Workspace, initiative_id: int) -> None:
    """Free an initiative whose award proposal was withdrawn."""
    with ws.db.write() as conn:
        repo.clear_used(conn, initiative_id)


def make_query(
    ws: Workspace,
    text: str = "",
    *,
    kind: InitiativeKind | None = None,
    status: RecognitionStatus | None = None,
    scope: Scope | None = None,
    year: int | None = None,
    movement_id: int | None = None,
    unit_id: int | None = None,
    sort: table.SortColumn = table.SortColumn.TITLE,
    descending: bool = False,
) -> table.InitiativeQuery:
    """Build the table query: search text (any accents, any case) and filters.

    A unit filter takes its sub-units too, and matches the initiative's unit or an author's.
    """
    unit_ids: tuple[int, ...] | None = None
    if unit_id is not None:
        with ws.db.read() as conn:
            unit_ids = tuple(unit_repo.descendants(conn, unit_id))
    return table.InitiativeQuery(
        tuple(search_tokens(text)),
        kind,
        status,
        scope,
        year,
        movement_id,
        unit_ids,
        sort,
        descending,
    )


def query_ids(ws: Workspace, query: table.InitiativeQuery) -> list[int]:
    """Ids of the matching initiatives, in table order."""
    with ws.db.read() as conn:
        return search_repo.query_ids(conn, query)


def table_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, table.InitiativeTableRow]:
    """Row data for the initiatives table."""
    with ws.db.read() as conn:
        return search_repo.table_rows(conn, ids)


def for_person(ws: Workspace, person_id: int) -> list[table.PersonInitiative]:
    """The initiatives this person is an author of, newest first (for the person page)."""
    with ws.db.read() as conn:
        return search_repo.for_person(conn, person_id)


def years(ws: Workspace) -> list[int]:
    """Years that have initiatives, newest first (for the year filter)."""
    with ws.db.read() as conn:
        return search_repo.years(conn)


def movement_choices(ws: Workspace) -> list[tuple[int, str]]:
    """(id, name) of the movements an initiative can come from."""
    with ws.db.read() as conn:
        return repo.movement_choices(conn)


# --- attachments -------------------------------------------------------------------------


def attachments(ws: Workspace, initiative_id: int) -> list[AttachmentInfo]:
    """The files attached to an initiative (without their bytes)."""
    with ws.db.read() as conn:
        return att_repo.list_for(conn, initiative_id)


def add_attachment(
    ws: Workspace, initiative_id: int, source: str | os.PathLike[str]
) -> AttachmentInfo:
    """Copy a file's bytes into the database (name, size, SHA-256); the path is not kept.

    A file over 50 MB is refused before it is read.
    """
    src = stored_files.source_file(source)
    with stored_files.reading(src), ws.db.write() as conn:
        return att_repo.insert(conn, initiative_id, src.name, src.size, src.chunks())


def export_attachment(ws: Workspace, attachment_id: int, target: str | os.PathLike[str]) -> Path:
    """Write an attachment to `target` (a file path, or a folder to keep its own name).

    The file is written beside the target and renamed into place, so a failure never leaves
    half a file under the chosen name.
    """
    with ws.db.read() as conn:
        info = att_repo.get(conn, attachment_id)
        return stored_files.write_out(target, info.name, att_repo.read_chunks(conn, attachment_id))


def open_copy(ws: Workspace, attachment_id: int) -> Path:
    """Write an attachment into a fresh temporary folder (to open it with its program)."""
    with ws.db.read() as conn:
        info = att_repo.get(conn, attachment_id)
    return export_attachment(ws, attachment_id, stored_files.temporary_place(info.name))


def remove_attachment(ws: Workspace, attachment_id: int) -> None:
    """Delete an attachment."""
    with ws.db.write() as conn:
        att_repo.delete(conn, attachment_id)


def attachment_info(ws: Workspace, attachment_id: int) -> AttachmentInfo:
    """One attachment's name, size, SHA-256."""
    with ws.db.read() as conn:
        return att_repo.get(conn, attachment_id)
