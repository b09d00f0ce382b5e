"""The `bloc-members` and `bloc-scores` spreadsheet kinds.

`bloc-members`: a row is a member of the khối named in its first column (a khối not yet stored
is made, of the kind in `Loại`); the member is a unit of the tree found by name, code or
`Name (Parent)`, or, with an `x` in `Ngoài danh mục đơn vị`, a free name. New members join the
end of the rotation order, in the order of `Thứ tự luân phiên`. Option `--bloc`: the khối of
rows that leave the first column empty (import) or the only khối written (export).

`bloc-scores`: the scores of one khối (`--bloc`) in one year (`--year`): a row names a member
and a criterion (its text or its number) and the score; an empty score changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.blocs import BlocInput, BlocMemberInput, BlocScoreInput, check_year
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.row_problems import of_error, problem
from desktop.domain.subjects import BlocKind
from desktop.domain.text import fold
from desktop.exchange import blocs as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import blocs as repo
from desktop.persistence.repositories import units as units_repo
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
    require_rows,
    rows_in_error,
    spreadsheet_kind_with_options,
)
from desktop.services.unit_refs import UnitRefs

BLOC = KindOption("bloc", "tên khối, cụm thi đua")
YEAR = KindOption("year", "năm chấm điểm", int, required=True)
REQUIRED_BLOC = KindOption("bloc", "tên khối, cụm thi đua", required=True)


def _kind(text: str) -> BlocKind | None:
    key = fold(text)
    if not key or key.startswith("khoi"):
        return BlocKind.KHOI
    return BlocKind.CUM if key.startswith("cum") else None


# -- members ------------------------------------------------------------------------------

_MemberPlan = tuple[str, BlocKind, int | None, BlocMemberInput, int]


def _plan_members(
    conn: Connection, lines: list[sheet.MemberLine], default_bloc: str
) -> tuple[list[PreviewRow], list[_MemberPlan]]:
    refs = UnitRefs(units_repo.list_all(conn))
    shown: list[PreviewRow] = []
    planned: list[_MemberPlan] = []
    seen: dict[tuple[str, str], int] = {}
    for ln in lines:
        bloc_name = ln.bloc or default_bloc
        problems = [p for p in ln.problems if not (p.code == "missing_bloc" and bloc_name)]
        kind = _kind(ln.kind)
        if kind is None:
            problems.append(problem("bloc_kind_unknown", value=ln.kind))
        data: BlocMemberInput | None = None
        bloc_id = repo.find_bloc(conn, bloc_name) if bloc_name else None
        if not problems and kind is not None:
            unit_id = None
            if not ln.outside:
                found = refs.find(ln.member)
                if not found:
                    problems.append(problem("member_unknown", name=ln.member))
                elif len(found) > 1:
                    problems.append(
                        problem("member_units_same_name", count=len(found), name=ln.member)
                    )
                else:
                    unit_id = found[0].id
            if not problems:
                try:
                    data = BlocMemberInput(
                        unit_id, ln.member if ln.outside else "", ln.from_year, ln.to_year, ln.note
                    ).validated()
                except ValidationError as exc:
                    problems.append(of_error(exc))
        if data is not None:
            key = (fold(bloc_name), str(data.unit_id) if data.unit_id else fold(data.name))
            if key in seen:
                problems.append(problem("same_member_as_row", row=seen[key]))
            seen[key] = ln.number
        if problems or data is None or kind is None:
            shown.append(PreviewRow(ln.number, ln.display, ERROR, tuple(problems)))
            continue
        old_id = repo.find_member(conn, bloc_id, data) if bloc_id is not None else None
        action = ADD
        changes: tuple[str, ...] = ()
        if old_id is not None:
            old = repo.get_member(conn, old_id)
            changes = tuple(
                f"{label}: {before or '—'} → {after or '—'}"
                for label, before, after in (
                    ("Từ năm", old.from_year, data.from_year),
                    ("Đến năm", old.to_year, data.to_year),
                    ("Ghi chú", old.note, data.note),
                )
                if before != after
            )
            action = UPDATE if changes else UNCHANGED
        shown.append(PreviewRow(ln.number, ln.display, action, changes=changes))
        order = ln.order if ln.order is not None else 10**6 + ln.number
        planned.append((bloc_name, kind, old_id, data, order))
    return shown, planned


def preview_members(ws: Workspace, path: Path, options: dict[str, object]) -> ImportPreview:
    """Parse and check a members file; nothing is written."""
    lines = sheet.read_members(path)
    require_rows(lines, path)
    with ws.db.read() as conn:
        shown, _ = _plan_members(conn, lines, str(options.get("bloc", "")))
    payload = (lines, str(options.get("bloc", "")))
    return ImportPreview("bloc-members", Path(path), sheet.MEMBER_HEADERS, shown, payload)


def commit_members(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction (all rows, or the valid ones)."""
    lines, default_bloc = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan_members(conn, lines, default_bloc)
        errors = rows_in_error(shown, skip_invalid)
        added = updated = 0
        for bloc_name, kind, old_id, data, _ in sorted(planned, key=lambda p: p[4]):
            if old_id is not None:
                if repo.get_member(conn, old_id).input() != data:
                    repo.update_member(conn, old_id, data)
                    updated += 1
                continue
            bloc_id = repo.find_bloc(conn, bloc_name)
            if bloc_id is None:
                bloc_id = repo.insert_bloc(conn, BlocInput(bloc_name, kind).validated())
            repo.add_member(conn, bloc_id, data)
            added += 1
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged)


def export_members(ws: Workspace, path: Path, options: dict[str, object]) -> int:
    """Write the members of every khối (or of `--bloc`) in rotation order; how many."""
    with ws.db.read() as conn:
        chosen = _bloc_option(conn, options) if options.get("bloc") else None
        rows = []
        for b in repo.list_blocs(conn):
            if chosen is not None and b.id != chosen:
                continue
            for m in repo.members(conn, b.id):
                rows.append(
                    (
                        b.name,
                        "Cụm" if b.kind is BlocKind.CUM else "Khối",
                        m.position,
                        m.name,
                        "x" if m.outside else "",
                        m.from_year,
                        m.to_year,
                        m.note,
                    )
                )
    return sheet.write_members(path, rows)


# -- scores -------------------------------------------------------------------------------


def _bloc_option(conn: Connection, options: dict[str, object]) -> int:
    name = str(options.get("bloc", ""))
    found = repo.find_bloc(conn, name)
    if found is None:
        raise ValidationError("bloc", "unknown_bloc", f"Không có khối, cụm thi đua “{name}”.")
    return found


def _year_option(options: dict[str, object]) -> int:
    year = int(str(options.get("year")))
    check_year(year, "year")
    return year


def _plan_scores(
    conn: Connection, lines: list[sheet.ScoreLine], bloc_id: int, year: int
) -> tuple[list[PreviewRow], list[BlocScoreInput]]:
    members = [m for m in repo.members(conn, bloc_id) if m.active_in(year)]
    by_name: dict[str, list[int]] = {}
    for m in members:
        by_name.setdefault(fold(m.name), []).append(m.id)
    crits = repo.criteria(conn, bloc_id, year)
    by_text = {fold(c.text): c for c in crits}
    by_number = {str(i): c for i, c in enumerate(crits, start=1)}
    stored = repo.scores(conn, bloc_id, year)
    shown: list[PreviewRow] = []
    planned: list[BlocScoreInput] = []
    seen: dict[tuple[int, int], int] = {}
    for ln in lines:
        problems = list(ln.problems)
        ids = by_name.get(fold(ln.member), [])
        crit = by_text.get(fold(ln.criterion)) or by_number.get(ln.criterion.strip())
        if ln.member and not ids:
            problems.append(problem("not_member_of_year", name=ln.member, year=year))
        if ln.criterion and crit is None:
            problems.append(problem("no_criterion_of_year", year=year, criterion=ln.criterion))
        if problems or crit is None:
            shown.append(PreviewRow(ln.number, ln.display, ERROR, tuple(problems)))
            continue
        key = (ids[0], crit.id)
        entry = BlocScoreInput(ids[0], crit.id, ln.score)
        try:
            entry.validated(crit.max_score)
        except ValidationError as exc:
            shown.append(PreviewRow(ln.number, ln.display, ERROR, (of_error(exc),)))
            continue
        if key in seen:
            twice = (problem("same_as_row", row=seen[key]),)
            shown.append(PreviewRow(ln.number, ln.display, ERROR, twice))
            continue
        seen[key] = ln.number
        old = stored.get(key)
        if ln.score is None or old == ln.score:
            shown.append(PreviewRow(ln.number, ln.display, UNCHANGED))
            continue
        action = ADD if old is None else UPDATE
        changes = () if old is None else (f"Điểm: {old:g} → {ln.score:g}",)
        shown.append(PreviewRow(ln.number, ln.display, action, changes=changes))
        planned.append(entry)
    return shown, planned


def preview_scores(ws: Workspace, path: Path, options: dict[str, object]) -> ImportPreview:
    """Parse and check a scores file for the khối and year of the options; nothing is written."""
    year = _year_option(options)
    lines = sheet.read_scores(path)
    require_rows(lines, path)
    with ws.db.read() as conn:
        bloc_id = _bloc_option(conn, options)
        shown, _ = _plan_scores(conn, lines, bloc_id, year)
    payload = (lines, bloc_id, year)
    return ImportPreview("bloc-scores", Path(path), sheet.SCORE_HEADERS, shown, payload)


def commit_scores(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction (all rows, or the valid ones)."""
    lines, bloc_id, year = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan_scores(conn, lines, bloc_id, year)
        errors = rows_in_error(shown, skip_invalid)
        for entry in planned:
            repo.set_score(conn, entry)
    added = sum(1 for r in shown if r.action == ADD)
    updated = sum(1 for r in shown if r.action == UPDATE)
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged)


def export_scores(ws: Workspace, path: Path, options: dict[str, object]) -> int:
    """Write a line per member of the year and criterion, with the score given (or empty)."""
    year = _year_option(options)
    with ws.db.read() as conn:
        bloc_id = _bloc_option(conn, options)
        members = [m for m in repo.members(conn, bloc_id) if m.active_in(year)]
        crits = repo.criteria(conn, bloc_id, year)
        stored = repo.scores(conn, bloc_id, year)
    if not crits:
        raise ConflictError("no_criteria", f"Năm {year} khối chưa có tiêu chí chấm điểm.")
    rows = [(m.name, c.text, c.max_score, stored.get((m.id, c.id))) for m in members for c in crits]
    return sheet.write_scores(path, rows)


KINDS = (
    spreadsheet_kind_with_options(
        "bloc-members",
        title="Thành viên khối thi đua",
        template=sheet.write_members_template,
        options=(BLOC,),
        preview_import=preview_members,
        commit_import=commit_members,
        export=export_members,
    ),
    spreadsheet_kind_with_options(
        "bloc-scores",
        title="Chấm điểm khối thi đua",
        template=sheet.write_scores_template,
        options=(REQUIRED_BLOC, YEAR),
        preview_import=preview_scores,
        commit_import=commit_scores,
        export=export_scores,
    ),
)
