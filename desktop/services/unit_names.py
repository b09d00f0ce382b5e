"""Dated names: rename a unit from a date (the old name kept with its dates), the office's and
its superior's earlier names, merging units (sáp nhập), and the name a paper of a given day
prints for a unit or for the office."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from desktop.domain import progress as steps
from desktop.domain.awards import AwardLine
from desktop.domain.errors import ValidationError
from desktop.domain.office import OfficeInfo
from desktop.domain.unit_names import (
    MergePlan,
    MergeRecord,
    NamePeriod,
    OfficeField,
    check_merge,
    check_past_period,
    clean_name,
    current_since,
    rename_period,
    shared_names,
)
from desktop.domain.units import UnitInput
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import unit_names as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace

# What a merge moves, in words (the command line and printed answers; the UI has its own).
MOVE_LABELS: dict[tuple[str, str], str] = {
    ("person", "unit_id"): "Cán bộ, người lao động",
    ("unit", "parent_id"): "Đơn vị cấp dưới",
    ("household", "unit_id"): "Hộ gia đình",
    ("award_record", "unit_id"): "Khen thưởng đã nhận",
    ("nominee", "unit_id"): "Đề nghị khen thưởng",
    ("unit_rating", "unit_id"): "Xếp loại đơn vị",
    ("registration", "unit_id"): "Đăng ký thi đua",
    ("contribution", "unit_id"): "Đóng góp",
    ("sponsorship", "unit_id"): "Đỡ đầu (đơn vị đỡ đầu)",
    ("sponsorship", "commune_id"): "Đỡ đầu (xã được đỡ đầu)",
    ("initiative", "unit_id"): "Sáng kiến",
    ("bloc_leader", "unit_id"): "Trưởng khối, cụm thi đua",
}


def history(ws: Workspace, unit_id: int) -> list[NamePeriod]:
    """A unit's names, oldest first, the current one last (without an end)."""
    with ws.db.read() as conn:
        names = repo.unit_names(conn, unit_id)
    return [*names.past, names.current]


def rename(
    ws: Workspace,
    unit_id: int,
    new_name: str,
    effective: date,
    *,
    parent_id: int | bool | None = False,
) -> NamePeriod:
    """Give a unit a new name (and, when `parent_id` is not False, a new parent) from
    `effective`; the old name is kept as a period ending the day before. Returns that period."""
    name = clean_name(new_name)
    with ws.db.write() as conn:
        names = repo.unit_names(conn, unit_id)
        parent = names.parent_id if parent_id is False else parent_id
        assert parent is None or isinstance(parent, int)
        if name == names.name and parent == names.parent_id:
            raise ValidationError("name", "same_name", "Tên mới trùng với tên hiện tại.")
        if parent is not None and parent in unit_repo.descendants(conn, unit_id):
            raise ValidationError(
                "parent", "unit_cycle", "Không thể đặt đơn vị dưới chính nó hoặc cấp dưới của nó."
            )
        old = rename_period(names.past, names.name, names.parent_id, effective)
        repo.add_period(conn, unit_id, old, "đổi tên")
        repo.set_name(conn, unit_id, name, parent)
    return old


def save_renamed(ws: Workspace, data: UnitInput, unit_id: int, effective: date) -> None:
    """Save a unit's form whose name (or parent) changed as a rename from `effective`: the old
    name and parent are kept as a period ending the day before; one transaction."""
    clean = data.validated()
    with ws.db.write() as conn:
        names = repo.unit_names(conn, unit_id)
        if clean.name != names.name or clean.parent_id != names.parent_id:
            old = rename_period(names.past, names.name, names.parent_id, effective)
            repo.add_period(conn, unit_id, old, "đổi tên")
        unit_repo.update(conn, unit_id, clean)


def given_under(ws: Workspace, lines: Sequence[AwardLine]) -> dict[int, str]:
    """Unit award lines given under another name (a unit renamed since, or merged into this
    one): line id → the unit's name on the decision's day."""
    with ws.db.read() as conn:
        return dated_names.given_under(conn, lines)


def add_past_name(ws: Workspace, unit_id: int, period: NamePeriod) -> int:
    """Record a name the unit had before (e.g. entered after the fact); return its id."""
    with ws.db.write() as conn:
        names = repo.unit_names(conn, unit_id)
        checked = check_past_period(names.past, period)
        return repo.add_period(conn, unit_id, checked)


def delete_past_name(ws: Workspace, period_id: int) -> None:
    """Remove a past name entered by mistake."""
    with ws.db.write() as conn:
        repo.delete_period(conn, period_id)


def office_history(ws: Workspace, field: OfficeField) -> list[NamePeriod]:
    """The office's (or its superior's) names, oldest first, the current one last."""
    with ws.db.read() as conn:
        past = repo.office_periods(conn, field)
        info = office_repo.load(conn)
    current = getattr(info, field.value)
    return [*past, NamePeriod(current, current_since(past), None)]


def rename_office(ws: Workspace, field: OfficeField, new_name: str, effective: date) -> NamePeriod:
    """Change the office's name, superior or place from `effective`; the old one is kept as a
    period ending the day before (papers dated earlier print it). Returns that period."""
    name = clean_name(new_name)
    with ws.db.write() as conn:
        info = office_repo.load(conn)
        current = getattr(info, field.value)
        if name == current:
            raise ValidationError("name", "same_name", "Tên mới trùng với tên hiện tại.")
        old = rename_period(repo.office_periods(conn, field), current, None, effective)
        if current:  # nothing to keep before the office was first described
            repo.add_office_period(conn, field, old)
        office_repo.save(conn, replace(info, **{field.value: name}).validated())
    return old


def save_office_renamed(ws: Workspace, info: OfficeInfo, effective: date) -> OfficeInfo:
    """Store the office identity whose name, superior or place changed as a change from
    `effective`: each changed one keeps its old value as a period ending the day before (papers
    dated earlier print it); one transaction. Returns what was stored."""
    clean = info.validated()
    with ws.db.write() as conn:
        before = office_repo.load(conn)
        for field in OfficeField:
            old = getattr(before, field.value)
            if old and old != getattr(clean, field.value):
                period = rename_period(repo.office_periods(conn, field), old, None, effective)
                repo.add_office_period(conn, field, period)
        office_repo.save(conn, clean)
    return clean


def add_office_past_name(ws: Workspace, field: OfficeField, period: NamePeriod) -> int:
    """Record an earlier name of the office or its superior (e.g. the province before
    01/07/2025); return its id."""
    with ws.db.write() as conn:
        checked = check_past_period(repo.office_periods(conn, field), period)
        return repo.add_office_period(conn, field, checked)


def delete_office_past_name(ws: Workspace, period_id: int) -> None:
    """Remove an earlier office name entered by mistake."""
    with ws.db.write() as conn:
        repo.delete_office_period(conn, period_id)


# ---------------------------------------------------------------- merges


class _DryRun(Exception):
    def __init__(self, plan: MergePlan) -> None:
        super().__init__("dry run")
        self.plan = plan


def _merge(
    ws: Workspace,
    from_ids: list[int],
    into_id: int,
    merged_on: date,
    note: str,
    *,
    dry_run: bool,
) -> MergePlan:
    with ws.db.write() as conn:
        sources = check_merge(from_ids, into_id, repo.merged_units(conn))
        into = unit_repo.get(conn, into_id)
        olds = [unit_repo.get(conn, u) for u in sources]
        moves = repo.merge(conn, sources, into_id, merged_on, note)
        labelled = tuple(
            replace(m, label=MOVE_LABELS.get((m.table, m.column), m.table))
            for m in moves
            if m.moved or m.kept
        )
        if not into.active:
            unit_repo.set_active(conn, into_id, True)
        children = [u.name for u in unit_repo.list_all(conn) if u.parent_id == into_id and u.active]
        plan = MergePlan(
            into_id,
            into.name,
            sources,
            tuple(u.name for u in olds),
            merged_on,
            labelled,
            shared_names(children),
        )
        if dry_run:
            raise _DryRun(plan)  # the write block rolls everything back
        steps.current().check()  # a Cancel up to here rolls the merge back whole
    return plan


def merge_preview(ws: Workspace, from_ids: list[int], into_id: int, merged_on: date) -> MergePlan:
    """What merging would move (done for real, then rolled back: nothing is written)."""
    try:
        return _merge(ws, from_ids, into_id, merged_on, "", dry_run=True)
    except _DryRun as done:
        return done.plan


def merge(
    ws: Workspace, from_ids: list[int], into_id: int, merged_on: date, note: str = ""
) -> MergePlan:
    """Merge units into `into_id` on `merged_on` in one transaction: their people and history
    move to it, the old units stay as closed records with their names."""
    return _merge(ws, from_ids, into_id, merged_on, note, dry_run=False)


def merges(ws: Workspace, unit_id: int | None = None) -> list[MergeRecord]:
    """The merges a unit took part in (all without a unit)."""
    with ws.db.read() as conn:
        return repo.merges(conn, unit_id)
