"""The `positions` spreadsheet kind (quá trình công tác): positions held, for existing people.

The person is found as in the award history (CCCD; name and birth date; a name unique in the
unit). A row with the same position (title, folded) and start date as a stored one updates it;
others are added. Concurrent posts may overlap (the tenure rule counts overlaps once).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.subjects import PositionInput
from desktop.domain.text import fold
from desktop.exchange import positions as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import subjects as repo
from desktop.services.person_match import PersonMatcher
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


@dataclass(slots=True)
class _Plan:
    number: int
    person_id: int
    data: PositionInput
    replaces: PositionInput | None


def _key(p: PositionInput) -> tuple[str, str]:
    return (fold(p.title), p.start.isoformat())


def _plan(conn: Connection, rows: list[sheet.PositionRow]) -> tuple[list[PreviewRow], list[_Plan]]:
    matcher = PersonMatcher(conn)
    errors: dict[int, tuple[RowProblem, ...]] = {r.number: r.problems for r in rows if r.problems}
    plans: list[_Plan] = []
    seen: dict[tuple[int, tuple[str, str]], int] = {}
    stored = repo.positions_by_person(conn)
    for r in rows:
        if r.number in errors or r.start is None:
            continue
        try:
            pid = matcher.find(r.full_name, r.cccd, r.birth, r.unit_text)
            data = PositionInput(r.title, r.start, r.end, r.leadership, r.organisation).validated()
        except ValidationError as exc:
            errors[r.number] = (of_error(exc),)
            continue
        key = (pid, _key(data))
        if key in seen:
            errors[r.number] = (problem("same_as_row", row=seen[key]),)
            continue
        seen[key] = r.number
        old = next((p for p in stored.get(pid, []) if _key(p) == _key(data)), None)
        if old is not None:  # the sheet has no note column: the stored note stays
            data = replace(data, note=old.note)
        plans.append(_Plan(r.number, pid, data, old))
    shown = []
    good = []
    by_number = {p.number: p for p in plans}
    for r in rows:
        if r.number in errors:
            shown.append(PreviewRow(r.number, r.display, ERROR, errors[r.number]))
            continue
        plan = by_number[r.number]
        if plan.data == plan.replaces:  # the same position: nothing written, nothing logged
            shown.append(PreviewRow(r.number, r.display, UNCHANGED))
            continue
        shown.append(PreviewRow(r.number, r.display, ADD if plan.replaces is None else UPDATE))
        good.append(plan)
    return shown, good


def preview(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check a positions file; nothing is written."""
    rows = sheet.read_positions(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan(conn, rows)
    return ImportPreview(
        "positions", Path(path), tuple(c.header for c in sheet.COLUMNS), shown, payload=rows
    )


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write all rows (or only the valid ones) in one transaction."""
    rows: list[sheet.PositionRow] = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan(conn, rows)
        errors = rows_in_error(shown, skip_invalid)
        by_person: dict[int, list[_Plan]] = defaultdict(list)
        for p in planned:
            by_person[p.person_id].append(p)
        for pid, mine in by_person.items():
            replaced = {_key(p.replaces) for p in mine if p.replaces is not None}
            kept = [p.data for p in repo.positions_of(conn, pid) if _key(p.data) not in replaced]
            repo.replace_positions(conn, pid, kept + [p.data for p in mine])
    added = sum(1 for p in planned if p.replaces is None)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(added, len(planned) - added, len(errors), tuple(errors), unchanged)


def export(ws: Workspace, path: Path) -> int:
    """Every position held, by person."""
    with ws.db.read() as conn:
        people = conn_people(conn)
        held = repo.positions_by_person(conn)
    out = []
    for pid, (name, cccd, birth, unit) in people.items():
        for p in held.get(pid, []):
            b = BirthDate.from_iso(birth)
            out.append(
                (
                    name,
                    cccd or "",
                    b.display() if b else "",
                    unit,
                    p.title,
                    p.organisation,
                    p.start.strftime("%d/%m/%Y"),
                    p.end.strftime("%d/%m/%Y") if p.end else "",
                    "x" if p.leadership else "",
                )
            )
    return sheet.write_positions(path, out)


def conn_people(conn: Connection) -> dict[int, tuple[str, str | None, str | None, str]]:
    """Name, CCCD, birth and unit of every person with a position, in name order."""
    return repo.people_with_positions(conn)


KINDS = (
    spreadsheet_kind(
        "positions",
        title="Quá trình công tác",
        template=sheet.write_positions_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
    ),
)
