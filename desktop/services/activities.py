"""The propaganda and inspection log of a movement (tin bài, chuyên mục, đoàn kiểm tra, giám
sát…): lines, the files kept with them, counts for the periodic report, and the `activities`
spreadsheet kind."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.activities import Activity, ActivityFile, ActivityInput
from desktop.domain.text import fold
from desktop.exchange import activities as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import activities as repo
from desktop.persistence.repositories import targets as target_repo
from desktop.services import stored_files
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    UNCHANGED,
    ImportPreview,
    ImportResult,
    PreviewRow,
    refused,
    require_rows,
    rows_in_error,
    spreadsheet_kind,
    unknown_movement,
)


def activities(ws: Workspace, movement_id: int) -> list[Activity]:
    """A movement's activities, oldest first."""
    with ws.db.read() as conn:
        return repo.list_for(conn, movement_id)


def save(
    ws: Workspace, movement_id: int, data: ActivityInput, activity_id: int | None = None
) -> int:
    """Add an activity (or rewrite one); its id. ValidationError for a bad line."""
    clean = data.validated()
    with ws.db.write() as conn:
        target_repo.movement_years(conn, movement_id)  # NotFoundError for a stale movement
        if activity_id is None:
            return repo.insert(conn, movement_id, clean)
        repo.update(conn, activity_id, clean)
        return activity_id


def delete(ws: Workspace, activity_ids: list[int]) -> None:
    """Remove activities with their files."""
    with ws.db.write() as conn:
        repo.delete(conn, activity_ids)


def files(ws: Workspace, activity_id: int) -> list[ActivityFile]:
    """The files kept with an activity."""
    with ws.db.read() as conn:
        return repo.files(conn, activity_id)


def add_file(ws: Workspace, activity_id: int, source: str | os.PathLike[str]) -> ActivityFile:
    """Keep a file's bytes with an activity (over 50 MB refused before reading)."""
    src = stored_files.source_file(source)
    with stored_files.reading(src), ws.db.write() as conn:
        return repo.add_file(conn, activity_id, src.name, src.size, src.chunks())


def export_file(ws: Workspace, file_id: int, target: str | os.PathLike[str]) -> Path:
    """Write a kept file to `target` (a file, or a folder to keep its own name)."""
    with ws.db.read() as conn:
        info = repo.file_info(conn, file_id)
        return stored_files.write_out(target, info.name, repo.file_chunks(conn, file_id))


def remove_file(ws: Workspace, file_id: int) -> None:
    """Delete a kept file."""
    with ws.db.write() as conn:
        repo.delete_file(conn, file_id)


# --- the `activities` spreadsheet ---------------------------------------------------------------


def _row(name: str, a: ActivityInput) -> tuple[object, ...]:
    return (name, a.kind.label, a.done_on, a.actor, a.content, a.result, a.quantity)


def export_activities(
    ws: Workspace, path: str | os.PathLike[str], movement_id: int | None = None
) -> int:
    """Every activity (of one movement, or all), a row each."""
    with ws.db.read() as conn:
        sheets = target_repo.all_sheets(conn, movement_id)
        rows = [
            _row(s.movement_name, a.data)
            for s in sheets
            for a in repo.list_for(conn, s.movement_id)
        ]
    return sheet.write_activities(Path(path), rows)


@dataclass(frozen=True, slots=True)
class _Planned:
    movement_id: int
    data: ActivityInput


def _key(movement_id: int, a: ActivityInput) -> tuple[object, ...]:
    return (movement_id, a.kind, a.done_on, fold(a.content))


def _plan(
    conn: Connection, rows: list[sheet.ActivitySheetRow]
) -> tuple[list[PreviewRow], list[_Planned]]:
    movements = target_repo.movements_by_name(conn)
    stored: dict[int, set[tuple[object, ...]]] = {}
    shown: list[PreviewRow] = []
    planned: list[_Planned] = []
    for row in rows:
        mid = movements.get(fold(row.movement))
        error = row.problems or (() if mid is not None else (unknown_movement(row.movement),))
        if error or row.data is None or mid is None:
            shown.append(refused(row.number, row.display, error))
            continue
        data = row.data.validated()
        if mid not in stored:
            stored[mid] = {_key(mid, a.data) for a in repo.list_for(conn, mid)}
        if _key(mid, data) in stored[mid]:
            shown.append(PreviewRow(row.number, row.display, UNCHANGED))
            continue
        stored[mid].add(_key(mid, data))  # the same line twice in the file is added once
        shown.append(PreviewRow(row.number, row.display, ADD))
        planned.append(_Planned(mid, data))
    return shown, planned


def preview_activities(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check an activities file; nothing is written."""
    rows = sheet.read_activities(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan(conn, rows)
    headers = tuple(c.header for c in sheet.COLUMNS)
    return ImportPreview("activities", Path(path), headers, shown, rows)


def commit_activities(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and add the new lines in one transaction (a line already stored is kept)."""
    with ws.db.write() as conn:
        shown, planned = _plan(conn, previewed.payload)
        errors = rows_in_error(shown, skip_invalid)
        for item in planned:
            repo.insert(conn, item.movement_id, item.data)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(len(planned), 0, len(errors), tuple(errors), unchanged)


KINDS = (
    spreadsheet_kind(
        "activities",
        title=sheet.TITLE,
        template=sheet.write_activities_template,
        preview_import=preview_activities,
        commit_import=commit_activities,
        export=lambda ws, path: export_activities(ws, path),
    ),
)
