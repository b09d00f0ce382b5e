"""Spreadsheet kinds of the movement area: `ratings`, `unit-ratings`, `registrations` (import,
export, template) and `scores` (export).

A rating row for a person and year that already has a different rating is an error unless the
import is run with `replace=True` (`--replace` on the command line; the GUI asks first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.participation import RegistrationInput
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.text import fold
from desktop.exchange import ratings as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import participation as part_repo
from desktop.persistence.repositories import ratings as repo
from desktop.services.person_match import PersonMatcher
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
    KindOption,
    PreviewRow,
    refused,
    require_rows,
    rows_in_error,
    spreadsheet_kind,
    spreadsheet_kind_with_options,
)

# A row for a person (unit) and year that already has another rating replaces it only with this.
REPLACE = KindOption(
    "replace", "thay xếp loại đã có của cùng người/đơn vị và năm", bool, on_export=False
)


def _headers(columns: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(c.header for c in columns)


def _existing_text(code: str | None, discipline: str | None) -> str:
    text = code or ""
    if discipline:
        text += (", " if text else "") + DisciplineKind(discipline).label.lower()
    return text


# --- person ratings ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Payload:
    rows: list[Any]
    replace: bool
    conflicts: int = 0  # rows that would replace another stored rating


def _plan_ratings(
    conn: Connection, rows: list[sheet.RatingRow], replace: bool, conflicts: list[int] | None = None
) -> tuple[list[PreviewRow], list[PersonRatingInput]]:
    conflicts = conflicts if conflicts is not None else []
    matcher = PersonMatcher(conn)
    found: list[tuple[sheet.RatingRow, PersonRatingInput | None, tuple[RowProblem, ...]]] = []
    for row in rows:
        if row.problems or row.person is None or row.year is None:
            found.append((row, None, row.problems))
            continue
        p = row.person
        try:
            pid = matcher.find(p.full_name, p.cccd, p.birth, p.unit_text)
            parsed = PersonRatingInput(pid, row.year, row.rating, row.discipline).validated()
        except ValidationError as exc:
            found.append((row, None, (of_error(exc),)))
            continue
        found.append((row, parsed, ()))
    existing: dict[int, dict[int, tuple[str | None, str | None]]] = {}
    for year in {d.year for _, d, _ in found if d is not None}:
        ids = [d.person_id for _, d, _ in found if d is not None and d.year == year]
        existing[year] = repo.rated_full(conn, ids, year)
    seen: dict[tuple[int, int], int] = {}
    shown: list[PreviewRow] = []
    planned: list[PersonRatingInput] = []
    conflicts.clear()
    for row, item, error in found:
        action = ADD
        data = item
        if data is not None:
            key = (data.person_id, data.year)
            old = existing[data.year].get(data.person_id)
            new = (
                data.rating.value if data.rating else None,
                data.discipline.value if data.discipline else None,
            )
            if key in seen:
                error = (problem("same_person_year_as_row", row=seen[key]),)
            elif old is not None and old != new:
                if replace:
                    action = UPDATE
                else:
                    conflicts.append(row.number)
                    who, was = matcher.describe(data.person_id), _existing_text(*old)
                    error = (problem("person_rated", person=who, year=data.year, rating=was),)
            elif old is not None:
                action = UNCHANGED  # the same rating: nothing written, nothing logged
            seen.setdefault(key, row.number)
        if error or data is None:
            shown.append(PreviewRow(row.number, row.display, ERROR, error))
        else:
            shown.append(PreviewRow(row.number, row.display, action))
            if action != UNCHANGED:
                planned.append(data)
    return shown, planned


def preview_ratings(ws: Workspace, path: Path, *, replace: bool = False) -> ImportPreview:
    """Read and check a person ratings file; nothing is written."""
    rows = sheet.read_ratings(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        conflicts: list[int] = []
        shown, _ = _plan_ratings(conn, rows, replace, conflicts)
    return ImportPreview(
        "ratings",
        Path(path),
        _headers(sheet.RATING_COLUMNS),
        shown,
        _Payload(rows, replace, len(conflicts)),
    )


def replacements(previewed: ImportPreview) -> int:
    """How many rows of a ratings preview would replace a different stored rating (these rows
    are errors until the preview is made again with `replace=True`)."""
    payload = previewed.payload
    return int(getattr(payload, "conflicts", 0))


def commit_ratings(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write all rows (or the valid ones) in one transaction."""
    payload: _Payload = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan_ratings(conn, payload.rows, payload.replace)
        errors = rows_in_error(shown, skip_invalid)
        repo.upsert_person_ratings(conn, planned)
    return _result(shown, planned, errors)


def _result(shown: list[PreviewRow], planned: list[Any], errors: list[str]) -> ImportResult:
    updated = sum(1 for r in shown if r.action == UPDATE)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(len(planned) - updated, updated, len(errors), tuple(errors), unchanged)


# --- unit ratings --------------------------------------------------------------------------


def _plan_units(
    conn: Connection, rows: list[sheet.UnitRatingRow], replace: bool
) -> tuple[list[PreviewRow], list[UnitRatingInput]]:
    units = PersonMatcher(conn).units
    shown: list[PreviewRow] = []
    planned: list[UnitRatingInput] = []
    seen: dict[tuple[int, int], int] = {}
    for row in rows:
        error = row.problems
        data = None
        if not error and row.year is not None and row.rating is not None:
            try:
                unit = units.resolve(row.unit_text)
                if not unit.internal:
                    raise ValidationError(
                        "unit",
                        "unit_not_internal",
                        f"{unit.name} không phải đơn vị của cơ quan",
                        {"unit": unit.name},
                    )
                data = UnitRatingInput(unit.id, row.year, row.rating).validated()
            except ValidationError as exc:
                error = (of_error(exc),)
        action = ADD
        if data is not None:
            key = (data.unit_id, data.year)
            old = repo.rated_units(conn, [data.unit_id], data.year).get(data.unit_id)
            if key in seen:
                error = (problem("same_unit_year_as_row", row=seen[key]),)
            elif old is not None and old != data.rating.value and not replace:
                error = (problem("unit_rated", year=data.year, rating=old),)
            elif old is not None:
                action = UPDATE if old != data.rating.value else UNCHANGED
            seen.setdefault(key, row.number)
        if error or data is None:
            shown.append(refused(row.number, row.display, error))
        else:
            shown.append(PreviewRow(row.number, row.display, action))
            if action != UNCHANGED:
                planned.append(data)
    return shown, planned


def preview_unit_ratings(ws: Workspace, path: Path, *, replace: bool = False) -> ImportPreview:
    """Read and check a unit ratings file; nothing is written."""
    rows = sheet.read_unit_ratings(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan_units(conn, rows, replace)
    return ImportPreview(
        "unit-ratings",
        Path(path),
        _headers(sheet.UNIT_RATING_COLUMNS),
        shown,
        _Payload(rows, replace),
    )


def commit_unit_ratings(
    ws: Workspace, previewed: ImportPreview, skip_invalid: bool
) -> ImportResult:
    """Check again and write in one transaction."""
    payload: _Payload = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan_units(conn, payload.rows, payload.replace)
        errors = rows_in_error(shown, skip_invalid)
        repo.upsert_unit_ratings(conn, planned)
    return _result(shown, planned, errors)


def export_ratings(ws: Workspace, path: Path) -> int:
    """Every person rating, by year and name."""
    with ws.db.read() as conn:
        rows: list[Any] = repo.ratings_for_export(conn, None)
    out = []
    for year, name, cccd, birth, unit, rating, discipline in rows:
        b = BirthDate.from_iso(birth)
        out.append(
            (
                year,
                name,
                cccd or "",
                b.display() if b else "",
                unit,
                Rating(rating).label if rating else "",
                DisciplineKind(discipline).label if discipline else "",
            )
        )
    return sheet.write_ratings(path, out)


# --- registrations -------------------------------------------------------------------------


def _plan_registrations(
    conn: Connection, rows: list[sheet.RegistrationSheetRow]
) -> tuple[list[PreviewRow], list[RegistrationInput]]:
    matcher = PersonMatcher(conn)
    movements = {fold(m.name): m.id for m in movement_repo.list_rows(conn)}
    groups: dict[int, dict[str, int]] = {}
    have: dict[tuple[int | None, int | None], set[tuple[str, int, str]]] = {}
    shown: list[PreviewRow] = []
    planned: list[RegistrationInput] = []
    for row in rows:
        error = row.problems
        data = None
        if not error:
            try:
                movement_id = None
                if row.movement_text:
                    movement_id = movements.get(fold(row.movement_text))
                    if movement_id is None:
                        raise ValidationError(
                            "movement",
                            "movement_unknown",
                            f"Không có phong trào “{row.movement_text}”",
                            {"name": row.movement_text},
                        )
                group_id = None
                if row.group_text and movement_id is not None:
                    if movement_id not in groups:
                        m = movement_repo.get(conn, movement_id)
                        groups[movement_id] = {fold(g.name): g.id for g in m.data.groups if g.id}
                    group_id = groups[movement_id].get(fold(row.group_text))
                    if group_id is None:
                        raise ValidationError(
                            "group",
                            "group_unknown",
                            f"Phong trào không có nhóm “{row.group_text}”",
                            {"name": row.group_text},
                        )
                person_id = unit_id = None
                if row.person is not None:
                    p = row.person
                    person_id = matcher.find(p.full_name, p.cccd, p.birth, p.unit_text)
                else:
                    unit_id = matcher.units.resolve(row.unit_text).id
                data = RegistrationInput(
                    row.registered_on or date.today(),
                    row.title,
                    person_id=person_id,
                    unit_id=unit_id,
                    movement_id=movement_id,
                    year=row.year,
                    group_id=group_id,
                    commitments=row.commitments,
                ).validated()
            except ValidationError as exc:
                error = (of_error(exc),)
        if data is not None:
            scope = (data.movement_id, None if data.movement_id else data.year)
            if scope not in have:
                have[scope] = part_repo.registered_keys(conn, *scope)
            key = (
                ("p", data.person_id, fold(data.title))
                if data.person_id is not None
                else ("u", data.unit_id, fold(data.title))
            )
            if key in have[scope]:
                error = (problem("registered_already"),)
            have[scope].add(key)  # type: ignore[arg-type]
        if error or data is None:
            shown.append(refused(row.number, row.display, error))
        else:
            shown.append(PreviewRow(row.number, row.display, ADD))
            planned.append(data)
    return shown, planned


def preview_registrations(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check a registrations file; nothing is written."""
    rows = sheet.read_registrations(path)
    require_rows(rows, path)
    with ws.db.read() as conn:
        shown, _ = _plan_registrations(conn, rows)
    return ImportPreview(
        "registrations", Path(path), _headers(sheet.REGISTRATION_COLUMNS), shown, rows
    )


def commit_registrations(
    ws: Workspace, previewed: ImportPreview, skip_invalid: bool
) -> ImportResult:
    """Check again and write in one transaction."""
    with ws.db.write() as conn:
        shown, planned = _plan_registrations(conn, previewed.payload)
        errors = rows_in_error(shown, skip_invalid)
        part_repo.insert_registrations(conn, planned)
    return ImportResult(len(planned), 0, len(errors), tuple(errors))


def export_registrations(ws: Workspace, path: Path, movement_id: int | None = None) -> int:
    """Registrations (of one movement, or all), in the registrations file layout."""
    with ws.db.read() as conn:
        rows: list[Any] = repo.registrations_for_export(conn, movement_id)
    out = []
    for movement, year, name, cccd, birth, unit, group, title, when, commitments in rows:
        b = BirthDate.from_iso(birth)
        out.append(
            (
                movement or "",
                year or "",
                name or "",
                cccd or "",
                b.display() if b else "",
                unit,
                group or "",
                title,
                date.fromisoformat(when).strftime("%d/%m/%Y"),
                commitments,
            )
        )
    return sheet.write_registrations(path, out)


def export_scores(ws: Workspace, path: Path, movement_id: int | None = None) -> int:
    """The ranking table of every group and year (of one movement, or all)."""
    from desktop.services import participation

    with ws.db.read() as conn:
        plan = repo.scored_groups(conn, movement_id)
    out: list[tuple[object, ...]] = []
    for mid, movement_name, group_id, group_name, year in plan:
        group, lines = participation.ranking(ws, mid, group_id, year)
        names = [c.text for c in group.criteria]
        for ln in lines:
            detail = "; ".join(
                f"{n}: {'' if s is None else f'{s:g}'}"
                for n, s in zip(names, ln.scores, strict=False)
            )
            out.append(
                (
                    movement_name,
                    group_name,
                    year,
                    ln.rank,
                    "x" if ln.tied else "",
                    ln.name,
                    ln.detail,
                    round(ln.total, 2),
                    detail,
                )
            )
    return sheet.write_scores(path, out)


def _scores_template(path: Path) -> None:
    sheet.write_scores(path, [])


KINDS = (
    spreadsheet_kind_with_options(
        "ratings",
        title="Xếp loại cá nhân",
        template=sheet.write_ratings_template,
        options=(REPLACE,),
        preview_import=lambda ws, path, o: preview_ratings(
            ws, path, replace=bool(o.get("replace"))
        ),
        commit_import=commit_ratings,
        export=lambda ws, path, _o: export_ratings(ws, path),
    ),
    spreadsheet_kind_with_options(
        "unit-ratings",
        title="Xếp loại tập thể",
        template=sheet.write_unit_ratings_template,
        options=(REPLACE,),
        preview_import=lambda ws, path, o: preview_unit_ratings(
            ws, path, replace=bool(o.get("replace"))
        ),
        commit_import=commit_unit_ratings,
    ),
    spreadsheet_kind(
        "registrations",
        title="Đăng ký thi đua",
        template=sheet.write_registrations_template,
        preview_import=preview_registrations,
        commit_import=commit_registrations,
        export=export_registrations,
    ),
    spreadsheet_kind(
        "scores", title="Chấm điểm thi đua", template=_scores_template, export=export_scores
    ),
)
