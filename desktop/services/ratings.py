"""Yearly ratings and discipline of people, ratings of units, a person's history by year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.errors import ConflictError
from desktop.domain.ratings import (
    GridRow,
    PersonRatingInput,
    Rating,
    UnitRatingInput,
    UnitYearRating,
)
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import ratings as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace

__all__ = [
    "GridRow",
    "HistoryYear",
    "clear_person_rating",
    "grid",
    "history",
    "person_rating",
    "set_person_rating",
    "set_unit_rating",
    "unit_ratings",
]


def latest_rated_year(ws: Workspace) -> int | None:
    """The most recent year with people's ratings (the year the awards are usually checked for)."""
    with ws.db.read() as conn:
        return repo.latest_person_rating_year(conn)


def set_person_rating(ws: Workspace, data: PersonRatingInput, *, replace: bool = False) -> None:
    """Store a person's rating for a year.

    A second rating for the same person and year raises ConflictError("rating_exists") unless
    `replace` (the clerk confirmed) is given.
    """
    clean = data.validated()
    with ws.db.write() as conn:
        person = people_repo.get(conn, clean.person_id)
        old = repo.person_rating(conn, clean.person_id, clean.year)
        if old is not None and not replace and old != clean:
            shown = old.rating.value if old.rating else "kỷ luật"
            raise ConflictError(
                "rating_exists",
                f"{person.data.full_name} đã có xếp loại năm {clean.year} ({shown}). "
                "Xác nhận để thay bằng xếp loại mới.",
                {"name": person.data.full_name, "year": clean.year, "rating": old.rating or "—"},
            )
        repo.upsert_person_ratings(conn, [clean])


def clear_person_rating(ws: Workspace, person_id: int, year: int) -> None:
    """Remove a person's rating for a year."""
    with ws.db.write() as conn:
        repo.delete_person_rating(conn, person_id, year)


def person_rating(ws: Workspace, person_id: int, year: int) -> PersonRatingInput | None:
    """A person's rating for a year, if any."""
    with ws.db.read() as conn:
        return repo.person_rating(conn, person_id, year)


def set_unit_rating(ws: Workspace, data: UnitRatingInput, *, replace: bool = False) -> None:
    """Store an internal unit's rating for a year (same replace rule as for people)."""
    clean = data.validated()
    with ws.db.write() as conn:
        unit = unit_repo.get(conn, clean.unit_id)
        old = repo.rated_units(conn, [clean.unit_id], clean.year).get(clean.unit_id)
        if old is not None and not replace and old != clean.rating.value:
            raise ConflictError(
                "rating_exists",
                f"{unit.name} đã có xếp loại năm {clean.year} ({old}). "
                "Xác nhận để thay bằng xếp loại mới.",
                {"name": unit.name, "year": clean.year, "rating": Rating(old)},
            )
        repo.upsert_unit_ratings(conn, [clean])


def grid(ws: Workspace, unit_id: int, year: int, *, with_subunits: bool = True) -> list[GridRow]:
    """The people of a unit with their rating of the year, for the entry grid."""
    with ws.db.read() as conn:
        ids = unit_repo.descendants(conn, unit_id) if with_subunits else [unit_id]
        return repo.unit_grid(conn, ids, year)


def unit_ratings(ws: Workspace, year: int) -> list[UnitYearRating]:
    """Every internal unit with its rating of a year."""
    with ws.db.read() as conn:
        return repo.unit_ratings_of_year(conn, year)


def ratings_of_units(ws: Workspace, unit_ids: Sequence[int], year: int) -> dict[int, Rating]:
    """Stored ratings of these units for a year."""
    with ws.db.read() as conn:
        return {k: Rating(v) for k, v in repo.rated_units(conn, unit_ids, year).items()}


@dataclass(frozen=True, slots=True)
class HistoryYear:
    """What a person did in one year."""

    year: int
    rating: str  # code, or ""
    discipline: str  # label, or ""
    registrations: tuple[str, ...]
    contributions: tuple[tuple[str, int], ...]  # (kind, value in đồng)


def history(ws: Workspace, person_id: int) -> list[HistoryYear]:
    """A person's ratings, registrations and contributions grouped by year, newest first."""
    from desktop.domain.participation import ContributionKind
    from desktop.domain.ratings import DisciplineKind

    with ws.db.read() as conn:
        ratings = repo.person_ratings(conn, person_id)
        regs = repo.person_registrations(conn, person_id)
        gifts = repo.person_contributions(conn, person_id)
    years = sorted(
        {r[0] for r in ratings} | {r[0] for r in regs} | {g[0] for g in gifts}, reverse=True
    )
    by_rating = {r[0]: r for r in ratings}
    out = []
    for y in years:
        rating = by_rating.get(y)
        discipline = ""
        if rating and rating[2]:
            discipline = DisciplineKind(rating[2]).label
            if rating[3]:
                discipline += f" ({rating[3]})"
        out.append(
            HistoryYear(
                y,
                (rating[1] or "") if rating else "",
                discipline,
                tuple(f"{t} — {m}" if m else t for yy, t, m in regs if yy == y),
                tuple((ContributionKind(k).label, v) for yy, k, v, _ in gifts if yy == y),
            )
        )
    return out
