"""The `households` spreadsheet kind: the household register in and out.

A row is the stored household with the same head (folded name) in the same thôn, else a new
one. `Thôn, tổ dân phố` names a stored unit of kind thôn by name, code or `Name (Xã)`. An empty
`Số nhân khẩu` keeps the stored number (1 for a new household).
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.subjects import HouseholdInput
from desktop.domain.text import fold
from desktop.domain.units import UnitKind
from desktop.exchange import households as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import subjects as repo
from desktop.persistence.repositories import units as units_repo
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
    PreviewRow,
    preview_rows,
    rows_in_error,
    spreadsheet_kind,
)
from desktop.services.unit_refs import UnitRefs


def _plan(
    conn: Connection, rows: list[sheet.HouseholdRow]
) -> tuple[list[PreviewRow], list[tuple[HouseholdInput, int | None]]]:
    refs = UnitRefs(units_repo.list_all(conn))
    shown: list[PreviewRow] = []
    planned: list[tuple[HouseholdInput, int | None]] = []
    seen: dict[tuple[str, int], int] = {}
    for r in rows:
        error: tuple[RowProblem, ...] = r.problems
        data: HouseholdInput | None = None
        old_id: int | None = None
        stored: HouseholdInput | None = None
        if not error:
            found = [u for u in refs.find(r.village) if u.kind is UnitKind.VILLAGE]
            if not found:
                error = (problem("village_unknown", name=r.village),)
            elif len(found) > 1:
                error = (problem("villages_same_name", count=len(found), name=r.village),)
            else:
                unit_id = found[0].id
                key = (fold(r.head), unit_id)
                if key in seen:
                    error = (problem("same_household_as_row", row=seen[key]),)
                else:
                    seen[key] = r.number
                    old_id = repo.find_household(conn, r.head, unit_id)
                    old = repo.get_household(conn, old_id) if old_id is not None else None
                    if old is not None:
                        stored = HouseholdInput(
                            old.head_name, old.unit_id, old.members, old.address, old.note
                        )
                    try:
                        # A name typed without accents does not replace the stored spelling.
                        plain = old is not None and r.head.casefold() == fold(r.head)
                        data = HouseholdInput(
                            old.head_name if old is not None and plain else r.head,
                            unit_id,
                            r.members if r.members is not None else (old.members if old else 1),
                            r.address or (old.address if old else ""),
                            r.note or (old.note if old else ""),
                        ).validated()
                    except ValidationError as exc:
                        error = (of_error(exc),)
        if error or data is None:
            shown.append(PreviewRow(r.number, r.display, ERROR, error))
            continue
        if data == stored:  # an unchanged row writes nothing (and logs nothing)
            shown.append(PreviewRow(r.number, r.display, UNCHANGED))
            continue
        shown.append(PreviewRow(r.number, r.display, ADD if old_id is None else UPDATE))
        planned.append((data, old_id))
    return shown, planned


def preview(ws: Workspace, path: Path, check: bool = True) -> ImportPreview:
    """Parse and (with `check`) check a households file; nothing is written."""
    rows = sheet.read_households(path)
    return preview_rows(ws, "households", path, sheet.HEADERS, rows, _plan, check)


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction (all rows, or the valid ones)."""
    rows: list[sheet.HouseholdRow] = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan(conn, rows)
        errors = rows_in_error(shown, skip_invalid)
        added = updated = 0
        for data, old_id in planned:
            if old_id is None:
                repo.insert_household(conn, data)
                added += 1
            else:
                repo.update_household(conn, old_id, data)
                updated += 1
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged)


def export(ws: Workspace, path: Path) -> int:
    """Write every household, by thôn and name; return how many."""
    with ws.db.read() as conn:
        refs = UnitRefs(units_repo.list_all(conn))
        found = repo.list_households(conn)
    return sheet.write_households(
        path,
        [(h.head_name, refs.label(h.unit_id), h.members, h.address, h.note) for h in found],
    )


KINDS = (
    spreadsheet_kind(
        "households",
        title="Hộ gia đình",
        template=sheet.write_households_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
        read_import=lambda ws, path: preview(ws, path, check=False),
    ),
)
