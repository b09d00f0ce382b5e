"""Targets of a movement by year and for the whole period: the grid, one value at a time, and
the `targets` spreadsheet kind (template, import, export)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.row_problems import of_error
from desktop.domain.targets import Measure, TargetCell, TargetSheet, TargetValues
from desktop.domain.text import clean, fold
from desktop.exchange import targets as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import targets as repo
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
    PreviewRow,
    refused,
    require_rows,
    rows_in_error,
    spreadsheet_kind,
)


def target_sheet(ws: Workspace, movement_id: int) -> TargetSheet:
    """The targets of a movement with their values by year and for the period."""
    with ws.db.read() as conn:
        return repo.sheet(conn, movement_id)


def set_value(
    ws: Workspace, target_id: int, year: int | None, measure: Measure, value: float | None
) -> None:
    """Set the planned or achieved value of a target for a year (None: the whole period)."""
    with ws.db.write() as conn:
        _, first, last = repo.movement_years(conn, repo.movement_of_target(conn, target_id))
        repo.set_cell(conn, TargetCell(target_id, year, measure, value).validated(first, last))


# --- the `targets` spreadsheet ------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def export_targets(ws: Workspace, path: Path, movement_id: int | None = None) -> int:
    """Every target (of one movement, or all): a row per year with a value, then the period."""
    with ws.db.read() as conn:
        sheets = repo.all_sheets(conn, movement_id)
    rows: list[tuple[object, ...]] = []
    for s in sheets:
        for line in s.lines:
            for year in s.years:
                v = line.year(year)
                rows.append(
                    (s.movement_name, line.description, line.unit_label, str(year),
                     v.planned, v.achieved)
                )  # fmt: skip
            rows.append(
                (s.movement_name, line.description, line.unit_label, sheet.PERIOD_TEXT,
                 line.period.planned, line.period.achieved)
            )  # fmt: skip
    return sheet.write_targets(path, rows)


@dataclass(frozen=True, slots=True)
class _Planned:
    movement_id: int
    target_id: int | None  # None: a new target (key: movement, folded description)
    description: str
    unit: str
    cells: tuple[TargetCell, ...]


def _plan(
    conn: Connection, rows: list[sheet.TargetSheetRow]
) -> tuple[list[PreviewRow], list[_Planned]]:
    movements = repo.movements_by_name(conn)
    sheets: dict[int, TargetSheet] = {}
    seen: set[tuple[int, str, int | None]] = set()
    shown: list[PreviewRow] = []
    planned: list[_Planned] = []
    for row in rows:
        error = row.problems
        action = ADD
        item = None
        changes: list[str] = []
        if not error:
            try:
                mid = movements.get(fold(row.movement))
                if mid is None:
                    raise ValidationError(
                        "movement",
                        "movement_unknown",
                        f"Không có phong trào “{row.movement}”",
                        {"name": row.movement},
                    )
                if mid not in sheets:
                    sheets[mid] = repo.sheet(conn, mid)
                s = sheets[mid]
                line = next(
                    (ln for ln in s.lines if fold(ln.description) == fold(row.target)), None
                )
                key = (mid, fold(row.target), row.year)
                if key in seen:
                    raise ValidationError("row", "row_twice", "Dòng trùng chỉ tiêu và năm ở trên")
                seen.add(key)
                cells = []
                for measure, value, given in (
                    (Measure.PLANNED, row.planned, row.planned_given),
                    (Measure.ACHIEVED, row.achieved, row.achieved_given),
                ):
                    if not given:
                        continue
                    cell = TargetCell(0, row.year, measure, value).validated(
                        s.first_year, s.last_year
                    )
                    old: TargetValues | None = None
                    if line is not None:
                        old = line.period if row.year is None else line.year(row.year)
                    before = old.get(measure) if old else None
                    if before != value:
                        changes.append(f"{measure.label}: {_fmt(before)} → {_fmt(value)}")
                        cells.append(cell)
                if line is not None:
                    action = UPDATE if changes else UNCHANGED
                item = _Planned(
                    mid, line.target_id if line else None, clean(row.target), row.unit, tuple(cells)
                )
            except ValidationError as exc:
                error = (of_error(exc),)
        if error or item is None:
            shown.append(refused(row.number, row.display, error))
            continue
        shown.append(PreviewRow(row.number, row.display, action, changes=tuple(changes)))
        if action != UNCHANGED:
            planned.append(item)
    return shown, planned


def preview_targets(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check a targets file; nothing is written."""
    rows = sheet.read_targets(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan(conn, rows)
    return ImportPreview("targets", Path(path), tuple(c.header for c in sheet.COLUMNS), shown, rows)


def commit_targets(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction (new targets are added to their movement)."""
    with ws.db.write() as conn:
        shown, planned = _plan(conn, previewed.payload)
        errors = rows_in_error(shown, skip_invalid)
        made: dict[tuple[int, str], int] = {}
        for item in planned:
            tid = item.target_id
            if tid is None:
                key = (item.movement_id, fold(item.description))
                if key not in made:
                    made[key] = repo.add_target(conn, item.movement_id, item.description, item.unit)
                tid = made[key]
            for cell in item.cells:
                repo.set_cell(conn, TargetCell(tid, cell.year, cell.measure, cell.value))
    added = sum(1 for r in shown if r.action == ADD)
    updated = sum(1 for r in shown if r.action == UPDATE)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    changes = tuple(f"Dòng {r.number}: {c}" for r in shown for c in r.changes)
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged, changes)


KINDS = (
    spreadsheet_kind(
        "targets",
        title=sheet.TITLE,
        template=sheet.write_targets_template,
        preview_import=preview_targets,
        commit_import=commit_targets,
        export=lambda ws, path: export_targets(ws, path),
    ),
)
