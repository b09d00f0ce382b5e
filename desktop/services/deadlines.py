"""Deadlines: what is late and what is due soon, office duties added and marked done."""

from __future__ import annotations

from datetime import date

from desktop.domain.deadlines import (
    DEFAULT_DAYS,
    DueItem,
    DueSource,
    DueView,
    DutyInput,
    due_view,
    next_occurrence,
    office_duties,
)
from desktop.domain.errors import ValidationError
from desktop.persistence.repositories import deadlines as repo
from desktop.services.session import Workspace

__all__ = [
    "DueItem",
    "DueSource",
    "DueView",
    "DutyInput",
    "add",
    "add_year_duties",
    "all_items",
    "delete",
    "due",
    "mark_done",
    "reopen",
]


def due(ws: Workspace, days: int = DEFAULT_DAYS, today: date | None = None) -> DueView:
    """What is late and what is due within `days` days of `today`."""
    with ws.db.read() as conn:
        found = repo.items(conn)
    return due_view(found, today or date.today(), days)


def all_items(ws: Workspace, *, open_only: bool = False) -> list[DueItem]:
    """Every duty and milestone, done ones included unless `open_only`."""
    with ws.db.read() as conn:
        return repo.items(conn, open_only=open_only)


def add(ws: Workspace, duty: DutyInput) -> int:
    """Validate and add an office duty; return its id."""
    clean = duty.validated()
    with ws.db.write() as conn:
        return repo.insert(conn, clean)


def add_year_duties(ws: Workspace, year: int) -> int:
    """Add the office's usual duties of `year` that are not listed yet; return how many."""
    if not 1975 <= year <= 2100:
        raise ValidationError(
            "year", "range", "Năm phải từ 1975 đến 2100.", {"low": 1975, "high": 2100}
        )
    added = 0
    with ws.db.write() as conn:
        for duty in office_duties(year):
            if not repo.exists_like(conn, duty.title, duty.due_on):
                repo.insert(conn, duty.validated())
                added += 1
    return added


def mark_done(ws: Workspace, source: DueSource, item_id: int, on: date) -> int | None:
    """Mark a duty or milestone done on `on`; a yearly duty gets its next one, whose id is
    returned (None otherwise). One transaction."""
    if on > date.today():
        raise ValidationError("done_on", "done_future", "Ngày hoàn thành không được sau hôm nay.")
    with ws.db.write() as conn:
        following = None
        if source is DueSource.DUTY:
            duty, done = repo.get(conn, item_id)
            following = next_occurrence(duty) if done is None else None
        repo.set_done(conn, source, item_id, on)
        if following is not None and not repo.exists_like(conn, following.title, following.due_on):
            return repo.insert(conn, following)
    return None


def reopen(ws: Workspace, source: DueSource, item_id: int) -> None:
    """Mark a duty or milestone not done again."""
    with ws.db.write() as conn:
        repo.set_done(conn, source, item_id, None)


def delete(ws: Workspace, duty_id: int) -> None:
    """Remove an office duty (a movement's milestones are edited with the movement)."""
    with ws.db.write() as conn:
        repo.delete(conn, duty_id)
