"""Participation in movements: registrations (one or many), sponsored communes and their
support, contributions with totals, scores with the ranking per target group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.movements import TargetGroupInput
from desktop.domain.participation import (
    ContributionInput,
    ContributionLine,
    ContributorTotal,
    Ranked,
    RegistrationInput,
    RegistrationLine,
    ScoreInput,
    SponsorshipInput,
    SponsorshipLine,
    SupportActivity,
    SupportActivityInput,
    rank,
)
from desktop.domain.text import fold
from desktop.domain.units import OUTSIDE_KINDS, UnitKind
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import participation as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace

__all__ = [
    "BulkResult",
    "RankingLine",
    "SponsorshipLine",
    "add_activity",
    "add_contribution",
    "add_sponsorship",
    "contribution_totals",
    "contributions",
    "delete_activity",
    "delete_contribution",
    "delete_registrations",
    "delete_sponsorship",
    "ranking",
    "register",
    "register_many",
    "registrations",
    "set_score",
    "set_scores",
    "sponsorships",
]


def register(ws: Workspace, data: RegistrationInput) -> int:
    """Validate and store one registration; return its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        _check_group(conn, clean)
        return repo.insert_registrations(conn, [clean])[0]


def _check_group(conn: object, r: RegistrationInput) -> None:
    if r.group_id is None:
        return
    if r.movement_id is None or r.group_id not in movement_repo.group_ids(conn, r.movement_id):  # type: ignore[arg-type]
        raise ValidationError(
            "group_id", "group_other", "Nhóm đối tượng không thuộc phong trào đã chọn."
        )


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk registration did."""

    added: int
    already: int


def register_many(
    ws: Workspace,
    template: RegistrationInput,
    *,
    person_ids: Sequence[int] = (),
    unit_ids: Sequence[int] = (),
) -> BulkResult:
    """Register many people and/or units at once with the same title, date and group.

    Those already registered with the same title (for the same movement or year) are skipped.
    """
    items = [replace(template, person_id=p, unit_id=None) for p in dict.fromkeys(person_ids)]
    items += [replace(template, person_id=None, unit_id=u) for u in dict.fromkeys(unit_ids)]
    if not items:
        raise ValidationError("participant", "pick_none", "Hãy chọn ít nhất một người hoặc đơn vị.")
    clean = [i.validated() for i in items]
    with ws.db.write() as conn:
        _check_group(conn, clean[0])
        have = repo.registered_keys(conn, template.movement_id, template.year)
        new = [
            c
            for c in clean
            if (
                ("p", c.person_id, fold(c.title))
                if c.person_id is not None
                else ("u", c.unit_id, fold(c.title))
            )
            not in have
        ]
        repo.insert_registrations(conn, new)
    return BulkResult(len(new), len(clean) - len(new))


def update_registration(ws: Workspace, reg_id: int, data: RegistrationInput) -> None:
    """Change a registration."""
    clean = data.validated()
    with ws.db.write() as conn:
        _check_group(conn, clean)
        repo.update_registration(conn, reg_id, clean)


def delete_registrations(ws: Workspace, ids: Sequence[int]) -> int:
    """Delete registrations with their scores; return how many."""
    with ws.db.write() as conn:
        return repo.delete_registrations(conn, ids)


def registrations(
    ws: Workspace, movement_id: int | None = None, year: int | None = None
) -> list[RegistrationLine]:
    """Registrations of a movement, or for a year's titles."""
    with ws.db.read() as conn:
        if movement_id is not None:
            return repo.registrations_of_movement(conn, movement_id)
        assert year is not None
        return repo.registrations_of_year(conn, year)


# --- sponsored communes --------------------------------------------------------------------


def add_sponsorship(ws: Workspace, data: SponsorshipInput) -> int:
    """An internal unit starts supporting an outside commune or village."""
    clean = data.validated()
    with ws.db.write() as conn:
        sponsor = unit_repo.get(conn, clean.unit_id)
        commune = unit_repo.get(conn, clean.commune_id)
        if not sponsor.internal:
            raise ValidationError(
                "unit_id", "not_internal", "Đơn vị đỡ đầu phải là đơn vị của cơ quan."
            )
        if commune.kind not in (UnitKind.COMMUNE, UnitKind.VILLAGE) or commune.internal:
            raise ValidationError(
                "commune_id", "not_commune", "Nơi được đỡ đầu phải là một xã hoặc thôn bên ngoài."
            )
        return repo.insert_sponsorship(conn, clean)


def delete_sponsorship(ws: Workspace, sponsorship_id: int) -> None:
    """Remove a sponsorship with its support activities."""
    with ws.db.write() as conn:
        repo.delete_sponsorship(conn, sponsorship_id)


def sponsorships(ws: Workspace, movement_id: int) -> list[SponsorshipLine]:
    """Sponsorships of a movement with their totals."""
    with ws.db.read() as conn:
        return repo.sponsorships_of_movement(conn, movement_id)


def add_activity(ws: Workspace, data: SupportActivityInput) -> int:
    """Record one support activity."""
    clean = data.validated()
    with ws.db.write() as conn:
        return repo.insert_activity(conn, clean)


def activities(ws: Workspace, sponsorship_id: int) -> list[SupportActivity]:
    """A sponsorship's activities, by date."""
    with ws.db.read() as conn:
        return repo.activities(conn, sponsorship_id)


def delete_activity(ws: Workspace, activity_id: int) -> None:
    """Delete one support activity."""
    with ws.db.write() as conn:
        repo.delete_activity(conn, activity_id)


def outside_communes(ws: Workspace) -> list[tuple[int, str]]:
    """(id, name) of the outside communes and villages, for pickers."""
    with ws.db.read() as conn:
        return [
            (u.id, u.name)
            for u in unit_repo.list_all(conn, include_inactive=False)
            if u.kind in (UnitKind.COMMUNE, UnitKind.VILLAGE) and not u.internal
        ]


def internal_units(ws: Workspace) -> list[tuple[int, str]]:
    """(id, name) of the office's own active units."""
    with ws.db.read() as conn:
        return [
            (u.id, u.name)
            for u in unit_repo.list_all(conn, include_inactive=False)
            if u.internal and u.kind not in OUTSIDE_KINDS
        ]


# --- contributions -------------------------------------------------------------------------


def add_contribution(ws: Workspace, data: ContributionInput) -> int:
    """Validate and store a contribution."""
    clean = data.validated()
    with ws.db.write() as conn:
        return repo.insert_contribution(conn, clean)


def delete_contribution(ws: Workspace, contribution_id: int) -> None:
    """Delete a contribution."""
    with ws.db.write() as conn:
        repo.delete_contribution(conn, contribution_id)


def contributions(ws: Workspace, movement_id: int) -> list[ContributionLine]:
    """Contributions of a movement, by date."""
    with ws.db.read() as conn:
        return repo.contributions_of_movement(conn, movement_id)


def contribution_totals(rows: Sequence[ContributionLine]) -> list[ContributorTotal]:
    """What each contributor gave (number, total đồng), largest first."""
    by_key: dict[str, list[ContributionLine]] = {}
    for r in rows:
        by_key.setdefault(r.contributor_key, []).append(r)
    out = [
        ContributorTotal(
            given[0].contributor_name,
            given[0].contributor_kind,
            len(given),
            sum(r.value for r in given),
        )
        for given in by_key.values()
    ]
    out.sort(key=lambda t: (-t.total, fold(t.name)))
    return out


# --- scores and ranking --------------------------------------------------------------------


def set_scores(ws: Workspace, scores: Sequence[ScoreInput]) -> None:
    """Validate (0 ≤ score ≤ the criterion's maximum) and write scores in one transaction."""
    with ws.db.write() as conn:
        maxima: dict[int, tuple[int, float | None]] = {}
        clean: list[ScoreInput] = []
        for s in scores:
            if s.criterion_id not in maxima:
                maxima[s.criterion_id] = movement_repo.criterion_max(conn, s.criterion_id)
            movement_id, maximum = maxima[s.criterion_id]
            reg_movement, _ = repo.registration_group(conn, s.registration_id)
            if reg_movement != movement_id:
                raise ConflictError(
                    "score_other_movement", "Tiêu chí và người/đơn vị không cùng một phong trào."
                )
            clean.append(s.validated(maximum))
        repo.upsert_scores(conn, clean)


def set_score(
    ws: Workspace, score: ScoreInput | None, *, clear: tuple[int, int, int] | None = None
) -> None:
    """Write one score, or clear the cell (registration, criterion, year) when `score` is None."""
    if score is not None:
        set_scores(ws, [score])
        return
    assert clear is not None
    with ws.db.write() as conn:
        repo.clear_score(conn, *clear)


class RankingLine(NamedTuple):
    """A participant of a group with its scores and place."""

    registration_id: int
    name: str
    detail: str
    scores: tuple[float | None, ...]  # in the order of the group's criteria
    total: float
    rank: int
    tied: bool


def ranking_order(
    ws: Workspace, movement_id: int, group_id: int, year: int
) -> tuple[TargetGroupInput, list[Ranked[int]]]:
    """The group's criteria and the ranked registration ids (totals, ranks, ties) for a year.

    Names and per-criterion scores come from `ranking_details`, for the rows shown.
    """
    with ws.db.read() as conn:
        group = movement_repo.group(conn, movement_id, group_id)
        if group is None:
            raise ValidationError(
                "group_id", "group_other", "Nhóm đối tượng không thuộc phong trào."
            )
        order = repo.ranking_order(conn, group_id, year)
    # Rows come sorted by total and name: rank() numbers them and marks the ties.
    return group, rank(order)


def ranking_details(
    ws: Workspace, group: TargetGroupInput, ranked: Sequence[Ranked[int]], year: int
) -> list[RankingLine]:
    """Full lines (name, unit, score of each criterion) for some ranked registrations."""
    crit_ids = [c.id for c in group.criteria if c.id is not None]
    with ws.db.read() as conn:
        details = repo.ranking_details(conn, [x.key for x in ranked], year)
    lines = []
    for x in ranked:
        name, unit, scores = details.get(x.key, ("", "", {}))
        lines.append(
            RankingLine(
                x.key, name, unit, tuple([scores.get(c) for c in crit_ids]), x.total, x.rank, x.tied
            )
        )
    return lines


def ranking(
    ws: Workspace, movement_id: int, group_id: int, year: int
) -> tuple[TargetGroupInput, list[RankingLine]]:
    """The group's criteria and its participants ranked by total score for a year (ties kept)."""
    group, ranked = ranking_order(ws, movement_id, group_id, year)
    return group, ranking_details(ws, group, ranked, year)


def registration_ids(ws: Workspace, movement_id: int) -> list[int]:
    """A movement's registration ids in table order."""
    with ws.db.read() as conn:
        return repo.registration_ids(conn, movement_id)


def registration_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, RegistrationLine]:
    """Table rows of these registrations."""
    with ws.db.read() as conn:
        return repo.registration_rows(conn, ids)
