"""The `units` spreadsheet kind: the unit tree in and out.

A row is the stored unit with the same code; else the one with the same folded name (when one of
the two has no code). `Đơn vị cấp trên` names a unit of the file (rows are written parents first)
or a stored unit, by code or name. A new unit of an outside kind (xã, thôn, doanh nghiệp, hợp tác
xã) is marked outside the office; an updated one keeps its flag. Empty cells keep stored values.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.text import fold, loses_diacritics
from desktop.domain.units import OUTSIDE_KINDS, Unit, UnitInput, UnitKind
from desktop.exchange import units as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import units as repo
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
from desktop.services.unit_refs import UnitRefs, split_qualified


@dataclass(slots=True)
class _Planned:
    number: int
    data: UnitInput
    unit_id: int | None  # stored unit to update
    parent_row: int | None = None  # parent is this row of the file
    error: RowProblem | None = None
    old: Unit | None = None
    changes: tuple[str, ...] = ()


def _changes(old: Unit, new: UnitInput, refs: UnitRefs) -> tuple[str, ...]:
    """ "Field: old → new" for what an update would change."""

    def parent(pid: int | None) -> str:
        return refs.label(pid) if pid is not None else "(không có)"

    pairs = (
        ("Tên đơn vị", old.name, new.name),
        ("Mã", old.code or "(trống)", new.code or "(trống)"),
        ("Loại", old.kind.label, new.kind.label),
        ("Đơn vị cấp trên", parent(old.parent_id), parent(new.parent_id)),
        ("Địa chỉ", old.address or "(trống)", new.address or "(trống)"),
    )
    return tuple(f"{label}: {a} → {b}" for label, a, b in pairs if a != b)


def _lookup(index: dict[str, list[Any]], key: str) -> list[Any]:
    return index.get(key, []) if key else []


def _in_file(
    text: str,
    f_code: dict[str, list[int]],
    f_name: dict[str, list[int]],
    rows: dict[int, sheet.UnitRow],
) -> list[int]:
    """Rows of the file that `text` names: by code, by name, or as `Name (Parent)`."""
    key = fold(text)
    found = _lookup(f_code, key) or _lookup(f_name, key)
    if len(found) != 1 and (parts := split_qualified(text)):
        name, parent = fold(parts[0]), fold(parts[1])

        def under(n: int) -> bool:
            own = rows[n].parent_text
            head = split_qualified(own)
            return fold(own) == parent or (head is not None and fold(head[0]) == parent)

        found = [n for n in _lookup(f_name, name) if under(n)] or found
    return found


def _plan(conn: Connection, rows: list[sheet.UnitRow]) -> tuple[list[PreviewRow], list[_Planned]]:
    refs = UnitRefs(repo.list_all(conn))
    f_code: dict[str, list[int]] = defaultdict(list)
    f_name: dict[str, list[int]] = defaultdict(list)
    f_place: dict[tuple[str, str], int] = {}
    plans: dict[int, _Planned] = {}
    targeted: dict[int, int] = {}  # stored unit id -> the row that updates it
    by_number = {r.number: r for r in rows}
    errors: dict[int, tuple[RowProblem, ...]] = {r.number: r.problems for r in rows if r.problems}
    for r in rows:
        if r.problems:
            continue
        target = _lookup(refs.by_code, fold(r.code))
        if not target:
            target = [u for u in _lookup(refs.by_name, fold(r.name)) if not u.code or not r.code]
            if r.parent_text:  # "Thôn 1" of another xã is another unit
                target = [u for u in target if refs.parent_matches(u, r.parent_text)]
        if len(target) > 1:
            errors[r.number] = (problem("units_same_name", count=len(target), name=r.name),)
            continue
        old = target[0] if target else None
        if r.code and (dup := _lookup(f_code, fold(r.code))):
            errors[r.number] = (problem("same_unit_code_as_row", row=dup[0]),)
            continue
        place = (fold(r.name), fold(r.parent_text))
        if not r.code and (same := f_place.get(place)):
            errors[r.number] = (problem("same_unit_name_as_row", row=same),)
            continue
        if old is not None and old.id in targeted:
            errors[r.number] = (problem("same_unit_as_row", row=targeted[old.id]),)
            continue
        kind = r.kind or (old.kind if old else UnitKind.DEPARTMENT)
        name = r.name
        if old is not None and loses_diacritics(old.name, name):
            name = old.name  # "Phong Tin hoc" never replaces "Phòng Tin học"
        data = UnitInput(
            name=name,
            kind=kind,
            code=r.code or (old.code if old else ""),
            parent_id=old.parent_id if old else None,
            internal=old.internal if old else kind not in OUTSIDE_KINDS,
            address=r.address or (old.address if old else ""),
            active=old.active if old else True,
        )
        try:
            data = data.validated()
        except ValidationError as exc:
            errors[r.number] = (of_error(exc),)
            continue
        plans[r.number] = _Planned(r.number, data, old.id if old else None, old=old)
        if old is not None:
            targeted[old.id] = r.number
        if r.code:
            f_code[fold(r.code)].append(r.number)
        f_name[fold(r.name)].append(r.number)
        f_place.setdefault(place, r.number)
    # Parents: a row of the file first, else a stored unit.
    for r in rows:
        p = plans.get(r.number)
        if p is None or not r.parent_text:
            continue
        in_file = _in_file(r.parent_text, f_code, f_name, by_number)
        if len(in_file) == 1:
            p.parent_row = in_file[0]
            p.data = replace(p.data, parent_id=None)
            continue
        found = refs.find(r.parent_text)
        if len(in_file) > 1 or len(found) > 1:
            p.error = problem("parent_ambiguous", name=r.parent_text)
        elif not found:
            p.error = problem("parent_unknown", name=r.parent_text)
        elif p.unit_id is not None and found[0].id in repo.descendants(conn, p.unit_id):
            p.error = problem("parent_below")
        else:
            p.data = replace(p.data, parent_id=found[0].id)
    _mark_broken_chains(plans)
    for p in plans.values():
        if p.error:
            errors[p.number] = (p.error,)
    shown = []
    for r in rows:
        if r.number in errors:
            shown.append(PreviewRow(r.number, r.display, ERROR, errors[r.number]))
        else:
            p = plans[r.number]
            parent_id = _known_parent(p, plans)
            if p.old is None:
                action = ADD
            elif parent_id is None and p.parent_row is not None:
                action = UPDATE  # its parent is a new row of the file
            else:
                if p.parent_row is not None:
                    p.data = replace(p.data, parent_id=parent_id)
                    p.parent_row = None  # the parent is stored: no need to wait for it
                p.changes = _changes(p.old, p.data, refs)
                action = UPDATE if p.changes else UNCHANGED
            shown.append(PreviewRow(r.number, r.display, action, (), p.changes))
    good = [p for p in plans.values() if not p.error]
    return shown, _parents_first(good)


def _known_parent(p: _Planned, plans: dict[int, _Planned]) -> int | None:
    """The stored id of the parent when the parent row updates a stored unit."""
    if p.parent_row is None:
        return p.data.parent_id
    parent = plans.get(p.parent_row)
    return parent.unit_id if parent is not None else None


def _mark_broken_chains(plans: dict[int, _Planned]) -> None:
    """A row whose parent row is bad (or in a cycle) cannot be written either."""
    changed = True
    while changed:
        changed = False
        for p in plans.values():
            if p.error or p.parent_row is None:
                continue
            parent = plans.get(p.parent_row)
            if parent is None or parent.error:
                p.error = problem("parent_row_bad", row=p.parent_row)
                changed = True
    for p in plans.values():  # cycles inside the file
        seen = {p.number}
        q = p
        while not p.error and q.parent_row is not None:
            if q.parent_row in seen:
                p.error = problem("parent_cycle")
                break
            seen.add(q.parent_row)
            q = plans[q.parent_row]


def _parents_first(plans: list[_Planned]) -> list[_Planned]:
    done: set[int] = set()
    ordered: list[_Planned] = []
    pending = list(plans)
    while pending:
        rest = []
        for p in pending:
            if p.parent_row is None or p.parent_row in done:
                ordered.append(p)
                done.add(p.number)
            else:
                rest.append(p)
        if len(rest) == len(pending):  # cannot happen after _mark_broken_chains
            break
        pending = rest
    return ordered


def preview(ws: Workspace, path: Path, check: bool = True) -> ImportPreview:
    """Parse and (with `check`) check a units file; nothing is written."""
    rows = sheet.read_units(path)
    return preview_rows(ws, "units", path, sheet.HEADERS, rows, _plan, check)


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction, parents before children."""
    rows: list[sheet.UnitRow] = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan(conn, rows)
        errors = rows_in_error(shown, skip_invalid)
        ids: dict[int, int] = {}
        added = updated = unchanged = 0
        lines: list[str] = []
        for p in planned:
            data = p.data
            if p.parent_row is not None:
                data = replace(data, parent_id=ids[p.parent_row])
            if p.unit_id is None:
                ids[p.number] = repo.insert(conn, data)
                added += 1
            elif p.parent_row is None and not p.changes:
                ids[p.number] = p.unit_id  # the same as stored: nothing written or logged
                unchanged += 1
            else:
                repo.update(conn, p.unit_id, data)
                ids[p.number] = p.unit_id
                updated += 1
                lines += [f"Dòng {p.number} ({data.name}): {c}" for c in p.changes]
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged, tuple(lines))


def _tree_rows(units: list[Unit]) -> list[tuple[object, ...]]:
    children: dict[int | None, list[Unit]] = defaultdict(list)
    ids = {u.id for u in units}
    for u in units:  # list_all is in Vietnamese name order already
        children[u.parent_id if u.parent_id in ids else None].append(u)
    refs = UnitRefs(units)
    out: list[tuple[object, ...]] = []
    stack = list(reversed(children[None]))
    while stack:
        u = stack.pop()
        parent = refs.label(u.parent_id) if u.parent_id in ids else ""
        out.append((u.name, u.code, parent, u.kind.label, u.address))
        stack.extend(reversed(children[u.id]))
    return out


def export(ws: Workspace, path: Path) -> int:
    """Write every unit in tree order (each parent before its children); return how many."""
    with ws.db.read() as conn:
        units = repo.list_all(conn)
    return sheet.write_units(path, _tree_rows(units))


KINDS = (
    spreadsheet_kind(
        "units",
        title="Đơn vị",
        template=sheet.write_units_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
        read_import=lambda ws, path: preview(ws, path, check=False),
    ),
)
