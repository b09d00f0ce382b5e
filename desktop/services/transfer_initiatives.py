"""The `initiatives` spreadsheet kind: sáng kiến in and out.

Authors are matched to people (see `initiative_authors`); `Đơn vị` to a unit by code or name;
`Phong trào` to a movement by name. A row is the stored initiative with the same title (any
accents, any case) and year, so re-importing an exported file updates instead of duplicating.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import Initiative, InitiativeInput
from desktop.domain.row_problems import of_error, problem
from desktop.domain.text import fold
from desktop.exchange import initiatives as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import initiatives as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.initiative_authors import match_cell
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
    PreviewRow,
    require_rows,
    rows_in_error,
    spreadsheet_kind,
)
from desktop.services.transfer_staff import UnitIndex

KIND = "initiatives"


@dataclass(frozen=True, slots=True)
class _Planned:
    number: int
    data: InitiativeInput
    initiative_id: int | None


def _movement_index(conn: Connection) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for mid, name in repo.movement_choices(conn):
        index.setdefault(fold(name), []).append(mid)
    return index


def _resolve_movement(index: dict[str, list[int]], text: str) -> int | None:
    if not text:
        return None
    found = index.get(fold(text), [])
    if not found:
        raise ValidationError(
            "movement_id",
            "movement_unknown",
            f"Không tìm thấy phong trào “{text}”",
            {"name": text},
        )
    if len(found) > 1:
        raise ValidationError(
            "movement_id", "movement_ambiguous", f"Có {len(found)} phong trào tên “{text}”"
        )
    return found[0]


def _input(
    conn: Connection, row: sheet.ParsedRow, units: UnitIndex, movements: dict[str, list[int]]
) -> InitiativeInput:
    unit_id = units.resolve(row.unit_text).id if row.unit_text else None
    authors = match_cell(conn, row.authors_text, row.unit_text)
    assert row.year is not None
    return InitiativeInput(
        title=row.title,
        year=row.year,
        kind=row.kind,
        authors=authors,
        unit_id=unit_id,
        movement_id=_resolve_movement(movements, row.movement_text),
        field=row.field,
        summary=row.summary,
        benefit=row.benefit,
        benefit_value=row.benefit_value,
        status=row.status,
        recognising_body=row.recognising_body,
        decision_number=row.decision_number,
        decision_date=row.decision_date,
        scope=row.scope,
    ).validated()


def _plan(conn: Connection, rows: list[sheet.ParsedRow]) -> tuple[list[PreviewRow], list[_Planned]]:
    units = UnitIndex(unit_repo.list_all(conn))
    movements = _movement_index(conn)
    seen: dict[tuple[str, int], int] = {}
    preview: list[PreviewRow] = []
    planned: list[_Planned] = []
    for row in rows:
        if row.problems:
            preview.append(PreviewRow(row.number, row.display, ERROR, row.problems))
            continue
        try:
            data = _input(conn, row, units, movements)
        except ValidationError as exc:
            preview.append(PreviewRow(row.number, row.display, ERROR, (of_error(exc),)))
            continue
        key = (repo.title_fold(data.title), data.year)
        if key in seen:
            twice = (problem("same_initiative_as_row", row=seen[key]),)
            preview.append(PreviewRow(row.number, row.display, ERROR, twice))
            continue
        seen[key] = row.number
        stored = repo.ids_by_title_year(conn, data.title, data.year)
        if len(stored) > 1:
            stored_twice = (problem("initiatives_stored_twice", count=len(stored)),)
            preview.append(PreviewRow(row.number, row.display, ERROR, stored_twice))
            continue
        target = stored[0] if stored else None
        if target is not None and repo.get(conn, target).data == data:
            # The stored initiative already says this: nothing to write, nothing to log.
            preview.append(PreviewRow(row.number, row.display, UNCHANGED))
            continue
        preview.append(PreviewRow(row.number, row.display, ADD if target is None else UPDATE))
        planned.append(_Planned(row.number, data, target))
    return preview, planned


def preview(ws: Workspace, path: Path) -> ImportPreview:
    """Parse and check an initiatives file; nothing is written."""
    rows = sheet.read_initiatives(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan(conn, rows)
    return ImportPreview(KIND, Path(path), sheet.HEADERS, shown, payload=rows)


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction; all rows, or the valid ones."""
    rows: list[sheet.ParsedRow] = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan(conn, rows)
        errors = rows_in_error(shown, skip_invalid)
        updated = 0
        for p in planned:
            if p.initiative_id is None:
                repo.insert(conn, p.data)
            else:
                repo.update(conn, p.initiative_id, p.data)
                updated += 1
        unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(len(planned) - updated, updated, len(errors), tuple(errors), unchanged)


def _authors_cell(conn: Connection, item: Initiative, cache: dict[str, list[Any]]) -> str:
    parts = []
    several = len(item.authors) > 1
    for a in item.authors:
        key = fold(a.full_name)
        if key not in cache:
            cache[key] = repo.person_candidates(conn, key)
        namesakes = cache[key]
        text = a.full_name
        if len(namesakes) > 1:
            same_unit = [c for c in namesakes if c[3] == a.unit_name]
            cccd = repo.person_cccd(conn, a.person_id)
            text = cccd if len(same_unit) > 1 and cccd else f"{a.full_name} ({a.unit_name})"
        if several and a.share is not None:
            text += f" {a.share:g}%"
        parts.append(text)
    return "; ".join(parts)


def export_rows(conn: Connection) -> list[tuple[object, ...]]:
    """Every initiative as spreadsheet values, by year then title."""
    cache: dict[str, list[Any]] = {}
    units = UnitIndex(unit_repo.list_all(conn))  # labels that read back: "Name (Parent)"
    out: list[tuple[object, ...]] = []
    for item in repo.iter_full(conn, repo.ids_in_order(conn)):
        d = item.data
        out.append(
            (
                d.title,
                d.kind.label,
                _authors_cell(conn, item, cache),
                units.label(d.unit_id) if d.unit_id is not None else "",
                d.field,
                d.year,
                d.status.label,
                d.decision_number,
                d.decision_date.strftime("%d/%m/%Y") if d.decision_date else "",
                d.scope.label if d.scope else "",
                item.movement_name,
                d.recognising_body,
                d.benefit,
                d.benefit_value,
                d.summary,
            )
        )
    return out


def export(ws: Workspace, path: Path) -> int:
    """Write every initiative; return how many."""
    with ws.db.read() as conn:
        rows = export_rows(conn)
    return sheet.write_initiatives(path, rows)


KINDS = (
    spreadsheet_kind(
        KIND,
        title="Sáng kiến",
        template=sheet.write_initiatives_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
    ),
)
