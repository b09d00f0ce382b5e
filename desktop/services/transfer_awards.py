"""The `awards` spreadsheet kind: award history in and out.

A row with `Họ và tên` is a person's award (the person found by CCCD, else name and birth date,
else a name unique in the unit); a row with only `Tên tập thể` is a unit's. The award is matched
to the catalog by code or name (ignoring case and accents); any other text is kept as a free-text
form (old or outside awards). A row already in the history (same subject, year and award) is
counted as updated and not written twice, so re-importing a file adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.row_problems import of_error, problem
from desktop.domain.text import fold
from desktop.exchange import awards as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import awards as repo
from desktop.services import catalog as catalog_service
from desktop.services.person_match import PersonMatcher
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    ImportPreview,
    ImportResult,
    PreviewRow,
    require_rows,
    rows_in_error,
    spreadsheet_kind,
)


@dataclass(slots=True)
class _Payload:
    rows: list[sheet.AwardRow]


def _catalog_index(ws: Workspace) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for a in catalog_service.load(ws).awards:
        index[fold(a.code)] = (a.code, a.name)
        index[fold(a.name)] = (a.code, a.name)
        index[fold(a.code.replace("_", " "))] = (a.code, a.name)
    return index


def _plan(
    conn: Connection, rows: list[sheet.AwardRow], index: dict[str, tuple[str, str]]
) -> tuple[list[PreviewRow], list[repo.AwardRecordInput]]:
    matcher = PersonMatcher(conn)
    shown: list[PreviewRow] = []
    planned: list[repo.AwardRecordInput] = []
    seen: dict[tuple[object, ...], int] = {}
    for row in rows:
        if row.problems or row.year is None:
            why = row.problems or (problem("missing_year"),)
            shown.append(PreviewRow(row.number, row.display, ERROR, why))
            continue
        code, name = index.get(fold(row.award), ("", row.award))
        try:
            if row.full_name:
                pid = matcher.find(row.full_name, row.cccd, row.birth, row.unit_text)
                rec = repo.AwardRecordInput("person", row.year, name, code, person_id=pid)
            else:
                unit = matcher.units.resolve(row.collective)
                rec = repo.AwardRecordInput("unit", row.year, name, code, unit_id=unit.id)
        except ValidationError as exc:
            shown.append(PreviewRow(row.number, row.display, ERROR, (of_error(exc),)))
            continue
        rec = repo.AwardRecordInput(
            rec.subject_kind,
            rec.year,
            rec.award_name,
            rec.award_code,
            person_id=rec.person_id,
            unit_id=rec.unit_id,
            decision_number=row.decision_number,
            decision_date=row.decision_date,
            issuer=row.issuer,
        )
        key = (rec.person_id, rec.unit_id, rec.year, rec.award_code or fold(rec.award_name))
        if key in seen:
            twice = (problem("same_as_row", row=seen[key]),)
            shown.append(PreviewRow(row.number, row.display, ERROR, twice))
            continue
        seen[key] = row.number
        if repo.exists(conn, rec):  # already recorded: nothing is written
            shown.append(PreviewRow(row.number, row.display, UNCHANGED))
            continue
        shown.append(PreviewRow(row.number, row.display, ADD))
        planned.append(rec)
    return shown, planned


def preview(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check an award history file; nothing is written."""
    rows = sheet.read_awards(path)
    require_rows(rows, path)
    index = _catalog_index(ws)
    with ws.db.read() as conn:
        shown, _ = _plan(conn, rows, index)
    return ImportPreview(
        "awards", Path(path), tuple(c.header for c in sheet.COLUMNS), shown, _Payload(rows)
    )


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write all rows (or only the valid ones) in one transaction."""
    payload: _Payload = previewed.payload
    index = _catalog_index(ws)
    with ws.db.write() as conn:
        shown, planned = _plan(conn, payload.rows, index)
        errors = rows_in_error(shown, skip_invalid)
        for rec in planned:
            repo.insert(conn, rec)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(len(planned), 0, len(errors), tuple(errors), unchanged)


def export(ws: Workspace, path: Path) -> int:
    """Every line of award history."""
    with ws.db.read() as conn:
        rows = repo.rows_for_export(conn)
    out = []
    for year, name, cccd, birth, unit, collective, award, number, decided, issuer in rows:
        b = BirthDate.from_iso(str(birth) if birth else None)
        day = str(decided or "")
        d = f"{day[8:10]}/{day[5:7]}/{day[:4]}" if day else ""
        out.append(
            (
                year,
                name or "",
                cccd or "",
                b.display() if b else "",
                unit or "",
                collective or "",
                award,
                number,
                d,
                issuer,
            )
        )
    return sheet.write_awards(path, out)


KINDS = (
    spreadsheet_kind(
        "awards",
        title="Lịch sử khen thưởng",
        template=sheet.write_awards_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
    ),
)
